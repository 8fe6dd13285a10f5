package dev.statlearn.eval;

import dev.statlearn.core.Checks;

/**
 * A point estimate with a two-sided confidence interval.
 *
 * @param estimate the point estimate on the full data
 * @param lower    lower bound
 * @param upper    upper bound, {@code >= lower}
 * @param level    nominal coverage in (0, 1), e.g. 0.95
 * @since 0.1
 */
public record ConfidenceInterval(double estimate, double lower, double upper, double level) {

    /**
     * Checks the interval.
     *
     * @throws IllegalArgumentException if a value is not finite, {@code lower > upper} or
     *                                  {@code level} is not in (0, 1)
     */
    public ConfidenceInterval {
        Checks.finite(estimate, "estimate");
        Checks.finite(lower, "lower");
        Checks.finite(upper, "upper");
        Checks.inOpenRange(level, 0, 1, "level");
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("lower must be <= upper, was " + lower + " > " + upper);
        }
    }

    /**
     * Returns {@code upper - lower}.
     *
     * @return the width
     */
    public double width() {
        return upper - lower;
    }

    /**
     * Returns whether {@code x} lies in {@code [lower, upper]}.
     *
     * @param x a value
     * @return {@code true} if covered
     */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    /**
     * Returns e.g. {@code "0.9704 (95% CI 0.9581 to 0.9828)"}.
     *
     * @return a readable summary
     */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4f (%s%% CI %.4f to %.4f)", estimate,
                new java.math.BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString(), lower, upper);
    }
}
