package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.random.RandomGenerator;

/**
 * Inverse-gamma distribution with shape \( \alpha \) and scale \( \beta \): \( X = 1/Y \) with
 * \( Y \sim \mathrm{Gamma}(\alpha, \text{rate } \beta) \); the conjugate prior and posterior of a
 * normal variance.
 *
 * <p>\[ f(x) = \frac{\beta^\alpha}{\Gamma(\alpha)} x^{-\alpha-1} e^{-\beta/x}, \qquad
 *    F(x) = Q(\alpha, \beta/x), \quad x &gt; 0, \]
 * with \( Q \) the regularized upper incomplete gamma function.
 *
 * <ul>
 *   <li>Mean \( \beta/(\alpha-1) \) for \( \alpha &gt; 1 \) (\( +\infty \) otherwise); variance
 *       \( \beta^2/((\alpha-1)^2(\alpha-2)) \) for \( \alpha &gt; 2 \) (\( +\infty \) otherwise);
 *       mode \( \beta/(\alpha+1) \).</li>
 *   <li>Density 0 for \( x \le 0 \).</li>
 *   <li>{@code inverseCdf(p)} \( = \beta / Q^{-1}(\alpha, p) \), the unit gamma quantile taken with
 *       upper-tail probability \( p \) itself (never \( 1 - p \), which loses every digit
 *       below \( 10^{-16} \)), polished by a bracketed root search on \( F \); quantiles
 *       below {@code Double.MIN_VALUE} are 0 and above {@code Double.MAX_VALUE} \( +\infty \), as
 *       in SciPy.</li>
 *   <li>Equal to {@code scipy.stats.invgamma(a=shape, scale=scale)}.</li>
 *   <li>{@code logCdf} and {@code logSurvival} are \( \log Q(\alpha, \beta/x) \) and
 *       \( \log P(\alpha, \beta/x) \), in log space deep in the tails (see {@link Gamma});
 *       {@code inverseSurvival(q)} solves \( S(x) = q \) with \( q \) itself.</li>
 *   <li>Entropy \( \alpha + \log(\beta\,\Gamma(\alpha)) - (1+\alpha)\psi(\alpha) \), evaluated from
 *       \( \alpha = 10^5 \) as \( H_\Gamma(\alpha) + \log\beta - 2\psi(\alpha) \) (\( H_\Gamma \) the unit gamma's
 *       entropy, no cancellation at large \( \alpha \)); skewness \( 4\sqrt{\alpha-2}/(\alpha-3) \)
 *       for \( \alpha &gt; 3 \), excess kurtosis \( 6(5\alpha-11)/((\alpha-3)(\alpha-4)) \) for
 *       \( \alpha &gt; 4 \), NaN otherwise (as SciPy's {@code invgamma.stats}).</li>
 * </ul>
 *
 * @since 0.1
 */
public final class InverseGamma implements HalfLineSupport {

    private final double shape;
    private final double scale;
    /** \( 1/X \sim \mathrm{Gamma}(\alpha, \text{rate } \beta) \), which computes the constants below and draws the samples. */
    private final Gamma reciprocal;
    /** \( \log\beta \), computed once (by {@code reciprocal}; held here for the log density). */
    private final double logScale;
    /** \( \log\Gamma(\alpha) \), computed once (by {@code reciprocal}). */
    private final double logGammaShape;

    /**
     * Validates the parameters.
     *
     * @param shape \( \alpha \), {@code > 0} and finite
     * @param scale \( \beta \), {@code > 0} and finite
     * @throws IllegalArgumentException if a parameter is not {@code > 0} and finite
     */
    public InverseGamma(double shape, double scale) {
        Checks.positive(shape, "shape");
        Checks.positive(scale, "scale");
        this.shape = shape;
        this.scale = scale;
        this.reciprocal = new Gamma(shape, scale);
        this.logScale = reciprocal.logRate;
        this.logGammaShape = reciprocal.logGammaShape;
    }

    /**
     * The parameter {@code shape}.
     *
     * @return \( \alpha \), {@code > 0} and finite
     */
    public double shape() {
        return shape;
    }

    /**
     * The parameter {@code scale}.
     *
     * @return \( \beta \), {@code > 0} and finite
     */
    public double scale() {
        return scale;
    }

    /**
     * Equal when the other object is an {@code InverseGamma} with the same parameters (compared as
     * {@link Double#compare(double, double)} does, as a record would).
     *
     * @param other object to compare with
     * @return whether the parameters are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof InverseGamma o && reciprocal.equals(o.reciprocal);
    }

    @Override
    public int hashCode() {
        return reciprocal.hashCode();
    }

    /**
     * The inverse-gamma distribution.
     *
     * @param shape \( \alpha &gt; 0 \)
     * @param scale \( \beta &gt; 0 \)
     * @return the distribution
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static InverseGamma of(double shape, double scale) {
        return new InverseGamma(shape, scale);
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public double logDensity(double x) {
        Special.notNaN(x, "x");
        if (x <= 0 || x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return shape * logScale - logGammaShape
                - (shape + 1) * Math.log(x) - scale / x;
    }

    @Override
    public double cdf(double x) {
        return tail(x, false, false);
    }

    @Override
    public double survival(double x) {
        return tail(x, true, false);
    }

    /**
     * \( F(x) = Q(\alpha, \beta/x) \), or \( S(x) = P(\alpha, \beta/x) \) when {@code upper}, or
     * their logarithms when {@code log}; a NaN {@code x} throws.
     */
    private double tail(double x, boolean upper, boolean log) {
        Special.notNaN(x, "x");
        if (x <= 0) {
            double t = upper ? 1.0 : 0.0;
            return log ? Math.log(t) : t;
        }
        return log ? Special.logRegularizedGamma(shape, scale / x, !upper)
                : Special.regularizedGamma(shape, scale / x, !upper);
    }

    @Override
    public double inverseCdf(double p) {
        // F(x) = Q(alpha, beta / x): the gamma quantile with upper-tail probability p exactly
        // (not 1 - p), then polished on this distribution's own CDF
        return Special.inverseCdf(p, 0.0, Double.POSITIVE_INFINITY, this::quantile);
    }

    /** Quantile given both tail probabilities \( p \) and \( q = 1 - p \), each exact. */
    private double quantile(double p, double q) {
        double y = Gamma.of(shape, 1.0).quantile(q, p);
        return Special.invert(this, p, q, scale / y, Double.POSITIVE_INFINITY);
    }

    @Override
    public double logCdf(double x) {
        return tail(x, false, true);
    }

    @Override
    public double logSurvival(double x) {
        return tail(x, true, true);
    }

    @Override
    public double inverseSurvival(double q) {
        return Special.inverseSurvival(q, 0.0, Double.POSITIVE_INFINITY, this::quantile);
    }

    @Override
    public double entropy() {
        if (shape < 1e5) {
            return shape + logScale + logGammaShape
                    - (1 + shape) * org.apache.commons.numbers.gamma.Digamma.value(shape);
        }
        return Special.gammaEntropy(shape) + logScale - 2 * org.apache.commons.numbers.gamma.Digamma.value(shape);
    }

    @Override
    public double skewness() {
        return shape > 3 ? 4 * Math.sqrt(shape - 2) / (shape - 3) : Double.NaN;
    }

    @Override
    public double excessKurtosis() {
        return shape > 4 ? 6 * (5 * shape - 11) / (shape - 3) / (shape - 4) : Double.NaN;
    }

    /**
     * The mode \( \beta/(\alpha+1) \).
     *
     * @return the mode
     */
    public double mode() {
        return scale / (shape + 1);
    }

    @Override
    public double mean() {
        return shape > 1 ? scale / (shape - 1) : Double.POSITIVE_INFINITY;
    }

    @Override
    public double variance() {
        if (shape > 2) {
            // m^2 / (shape - 2) with the mean m = scale / (shape - 1), grouped so that neither
            // scale^2 nor (shape - 1)^2 (shape - 2) overflows or underflows on its own
            double m = scale / (shape - 1);
            return m * (m / (shape - 2));
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * \( \beta / ((\alpha - 1)\sqrt{\alpha - 2}) \) for \( \alpha &gt; 2 \) (finite also
     * when the variance overflows), \( +\infty \) otherwise.
     *
     * @return the standard deviation
     */
    @Override
    public double standardDeviation() {
        double v = variance();
        if (shape <= 2 || v >= Double.MIN_NORMAL && v < Double.POSITIVE_INFINITY) {
            return Math.sqrt(v);
        }
        return scale / (shape - 1) / Math.sqrt(shape - 2);
    }

    @Override
    public double sample(RandomGenerator rng) {
        return 1 / reciprocal.sample(rng);
    }

    @Override
    public String toString() {
        return "InverseGamma(shape=" + Format.sig(shape) + ", scale=" + Format.sig(scale) + ")";
    }
}
