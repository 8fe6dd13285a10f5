package dev.statlearn.stats.montecarlo;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.core.internal.Format;

/**
 * A Monte Carlo estimate: the value, its standard error and the number of function evaluations
 * (samples) it cost.
 *
 * <p>The confidence interval is the normal-theory (central limit theorem) interval
 * \[ \hat I \pm z_{(1+\ell)/2}\, \mathrm{se}, \qquad z_q = \Phi^{-1}(q) = \sqrt 2\, \mathrm{erf}^{-1}(2q - 1), \]
 * which is accurate once the number of samples is large enough for the estimate to be
 * approximately normal (the usual Monte Carlo regime of thousands of samples).
 *
 * @param value         the estimate, finite
 * @param standardError its estimated standard error, finite and \( \ge 0 \) (0 when every
 *                      sample gave the same value)
 * @param samples       the number of function evaluations, \( \ge 1 \)
 * @since 0.1
 */
public record Estimate(double value, double standardError, long samples) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code value} is not finite, {@code standardError} is
     *                                  negative, NaN or infinite, or {@code samples < 1}
     */
    public Estimate {
        Checks.finite(value, "value");
        Checks.nonNegative(standardError, "standardError");
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, was " + samples);
        }
    }

    /**
     * The two-sided normal-theory confidence interval \( \hat I \pm z\,\mathrm{se} \).
     *
     * @param level confidence level in (0, 1), e.g. 0.95
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Interval confidenceInterval(double level) {
        Checks.inOpenRange(level, 0, 1, "level");
        double z = Math.sqrt(2) * org.apache.commons.numbers.gamma.InverseErf.value(level);
        return new Interval(value - z * standardError, value + z * standardError, level);
    }

    /**
     * The relative standard error \( \mathrm{se} / |\hat I| \) (infinite when the value is 0 and
     * the error is not).
     *
     * @return the relative error
     */
    public double relativeError() {
        return standardError == 0 ? 0 : standardError / Math.abs(value);
    }

    /**
     * Readable form, e.g. {@code 1.49365 ± 0.00041 (n = 10000)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return Format.sig(value, 6) + " \u00b1 " + Format.sig(standardError, 2) + " (n = " + samples + ")";
    }
}
