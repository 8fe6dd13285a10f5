package dev.statlearn.core;

import dev.statlearn.core.internal.Format;

/**
 * A closed interval estimate \( [\text{lower}, \text{upper}] \) at a nominal level: a frequentist
 * confidence interval (the procedure covers the true value with probability {@code level}) or a
 * Bayesian credible interval (the parameter lies in it with posterior probability {@code level}).
 *
 * <p>The one interval type of statlearn: maximum-likelihood Wald intervals
 * ({@code stats.mle.Fit.confidenceIntervals}), Monte Carlo intervals
 * ({@code stats.montecarlo.Estimate.confidenceInterval}), posterior credible intervals
 * ({@code stats.bayes}) and the intervals of {@code eval.ConfidenceInterval} are all of this type.
 *
 * <p>Edge cases:
 * <ul>
 *   <li>The ends may be infinite (e.g. a credible interval reaching an unbounded end of the
 *       support) but not NaN.</li>
 *   <li>{@code lower == upper} is allowed (a zero-width interval, e.g. when the standard error
 *       is 0); {@code -0.0} and {@code 0.0} count as equal.</li>
 *   <li>{@link #contains(double)} includes both ends and is false for NaN;
 *       {@link #width()} is \( +\infty \) if an end is infinite.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower lower end, not NaN (may be \( -\infty \))
 * @param upper upper end, not NaN, {@code >= lower} (may be \( +\infty \))
 * @param level nominal coverage or posterior probability, in (0, 1), e.g. 0.95
 * @since 0.1
 */
public record Interval(double lower, double upper, double level) {

    /**
     * Checks the interval.
     *
     * @throws IllegalArgumentException if {@code lower} or {@code upper} is NaN,
     *                                  {@code lower > upper}, or {@code level} is not in (0, 1)
     */
    public Interval {
        if (Double.isNaN(lower)) {
            throw new IllegalArgumentException("lower must not be NaN, was NaN");
        }
        if (Double.isNaN(upper)) {
            throw new IllegalArgumentException("upper must not be NaN, was NaN");
        }
        if (!(lower <= upper)) {
            throw new IllegalArgumentException(
                    "lower must be <= upper, was lower=" + lower + ", upper=" + upper);
        }
        Checks.inOpenRange(level, 0, 1, "level");
    }

    /**
     * Returns whether {@code x} lies in the closed interval.
     *
     * @param x a value
     * @return {@code lower <= x && x <= upper} (false for NaN)
     */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    /**
     * Returns the width \( \text{upper} - \text{lower} \).
     *
     * @return the width, {@code >= 0} (\( +\infty \) if an end is infinite)
     */
    public double width() {
        return upper - lower;
    }

    /**
     * Returns a locale-independent summary with the ends to 4 significant digits (see
     * {@link dev.statlearn.core.internal.Format#sig(double)}: scientific notation outside
     * \( [10^{-4}, 10^{6}) \)) and the level as a percentage.
     *
     * @return e.g. {@code "[1.235, 1.457] (95%)"}
     */
    @Override
    public String toString() {
        return "[" + Format.sig(lower) + ", " + Format.sig(upper) + "] (" + Format.percent(level) + ")";
    }
}
