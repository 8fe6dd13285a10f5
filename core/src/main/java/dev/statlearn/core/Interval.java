package dev.statlearn.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

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

    private static final MathContext DIGITS = new MathContext(5, RoundingMode.HALF_EVEN);

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
     * Returns a locale-independent summary with the ends to 5 significant digits and the level
     * as a percentage.
     *
     * @return e.g. {@code "[1.2345, 1.4567] (95%)"}
     */
    @Override
    public String toString() {
        return "[" + format(lower) + ", " + format(upper) + "] (" + percent(level) + "%)";
    }

    /**
     * The level as a percentage without spurious digits: 0.95 gives {@code "95"}, 0.999 gives
     * {@code "99.9"}.
     *
     * @param level a level in (0, 1)
     * @return the percentage
     */
    static String percent(double level) {
        return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** 5 significant digits, trailing zeros dropped; scientific notation outside [1e-4, 1e7). */
    static String format(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(DIGITS).stripTrailingZeros();
        double a = Math.abs(x);
        if (a >= 1e-4 && a < 1e7) {
            return d.toPlainString();
        }
        return d.toString(); // e.g. 1.2346E-12
    }
}
