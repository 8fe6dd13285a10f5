package dev.statlearn.eval;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.core.internal.Format;

/**
 * A point estimate with a two-sided confidence interval around it, e.g. an AUC with its DeLong or
 * bootstrap interval.
 *
 * <p>The interval is a {@link Interval} (closed, at a nominal coverage {@code level}); the
 * convenience accessors {@link #lower()}, {@link #upper()}, {@link #level()}, {@link #width()}
 * and {@link #contains(double)} read it. The estimate need not lie inside the interval (a
 * percentile bootstrap interval can miss it for a skewed metric). Both the estimate and the
 * ends are finite.
 *
 * <p>Immutable and thread-safe.
 *
 * @param estimate the point estimate on the full data, finite
 * @param interval the confidence interval, with finite ends
 * @since 0.1
 */
public record ConfidenceInterval(double estimate, Interval interval) {

    /**
     * Checks the estimate and the interval.
     *
     * @throws NullPointerException     if {@code interval} is null
     * @throws IllegalArgumentException if the estimate or an end of the interval is not finite
     */
    public ConfidenceInterval {
        Checks.finite(estimate, "estimate");
        Checks.notNull(interval, "interval");
        Checks.finite(interval.lower(), "interval.lower");
        Checks.finite(interval.upper(), "interval.upper");
    }

    /**
     * The estimate with the interval {@code new Interval(lower, upper, level)}.
     *
     * @param estimate the point estimate, finite
     * @param lower    lower end, finite
     * @param upper    upper end, finite, {@code >= lower}
     * @param level    nominal coverage in (0, 1), e.g. 0.95
     * @return the confidence interval
     * @throws IllegalArgumentException if a value is not finite, {@code lower > upper} or
     *                                  {@code level} is not in (0, 1)
     */
    public static ConfidenceInterval of(double estimate, double lower, double upper, double level) {
        return new ConfidenceInterval(estimate, new Interval(lower, upper, level));
    }

    /**
     * Returns the lower end of the interval.
     *
     * @return {@code interval().lower()}
     */
    public double lower() {
        return interval.lower();
    }

    /**
     * Returns the upper end of the interval.
     *
     * @return {@code interval().upper()}
     */
    public double upper() {
        return interval.upper();
    }

    /**
     * Returns the nominal coverage of the interval.
     *
     * @return {@code interval().level()}, in (0, 1)
     */
    public double level() {
        return interval.level();
    }

    /**
     * Returns {@code upper - lower}.
     *
     * @return the width
     */
    public double width() {
        return interval.width();
    }

    /**
     * Returns whether {@code x} lies in {@code [lower, upper]}.
     *
     * @param x a value
     * @return {@code true} if covered
     */
    public boolean contains(double x) {
        return interval.contains(x);
    }

    /**
     * Returns e.g. {@code "0.9704 (95% CI 0.9581 to 0.9828)"}.
     *
     * @return a readable summary
     */
    @Override
    public String toString() {
        return Format.sig(estimate) + " (" + Format.percent(level()) + " CI " + Format.sig(lower()) + " to "
                + Format.sig(upper()) + ")";
    }
}
