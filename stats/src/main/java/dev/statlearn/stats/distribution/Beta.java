package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Beta distribution with shapes \( \alpha, \beta \) on [0, 1].
 *
 * <p>\[ f(x) = \frac{x^{\alpha-1} (1-x)^{\beta-1}}{B(\alpha, \beta)}, \qquad
 * F(x) = I_x(\alpha, \beta), \]
 * where \( I \) is the regularized incomplete beta function (Commons Numbers
 * {@code RegularizedBeta.value}); the survival function is its complement computed directly
 * ({@code RegularizedBeta.complement}), accurate in the upper tail. When both shapes are
 * \( \ge 10^9 \), where Commons loses accuracy, Paulson's cube-root normal approximation is used
 * instead (relative error \( O(1/\min(\alpha, \beta)) \), below the effect of rounding \( x \)
 * at those shapes); variance computed as \( pq/(\alpha+\beta+1) \) with the means
 * \( p = \alpha/(\alpha+\beta) \), \( q = 1 - p \), so that it does not overflow.
 *
 * <ul>
 *   <li>Support [0, 1]; mean \( \alpha/(\alpha+\beta) \), variance
 *       \( \alpha\beta / ((\alpha+\beta)^2(\alpha+\beta+1)) \).</li>
 *   <li>At the end points the density is \( +\infty \), finite or 0 according as the
 *       matching shape is &lt; 1, = 1 or &gt; 1.</li>
 *   <li>{@code inverseCdf}: a bracketed root search on the CDF (survival function above the
 *       median) inside [0, 1], Newton steps in \( \log x \) safeguarded by geometric bisection;
 *       quantiles below {@code Double.MIN_VALUE} are 0 and those within half an ulp of 1 are 1,
 *       as in SciPy.</li>
 *   <li>Equal to {@code scipy.stats.beta(a=alpha, b=beta)}.</li>
 *   <li>{@code sample}: \( X = G_\alpha / (G_\alpha + G_\beta) \) from two gamma variates,
 *       formed in log space so that tiny shapes do not give 0/0.</li>
 *   <li>{@code logCdf} and {@code logSurvival} are \( \log I_x(\alpha, \beta) \) and its
 *       complement's, computed in log space (continued fraction with its prefactor
 *       \( x^\alpha(1-x)^\beta/(\alpha B(\alpha,\beta)) \) in logs) once the tail falls below
 *       \( 10^{-250} \); {@code inverseSurvival(q)} solves \( S(x) = q \) with \( q \) itself.</li>
 *   <li>Entropy \( \log B(\alpha,\beta) - (\alpha-1)\psi(\alpha) - (\beta-1)\psi(\beta)
 *       + (\alpha+\beta-2)\psi(\alpha+\beta) \), evaluated as
 *       \( H_\Gamma(\alpha) + H_\Gamma(\beta) - H_\Gamma(\alpha+\beta) - \psi(\alpha+\beta) \) with
 *       \( H_\Gamma \) the unit gamma's entropy, which has no terms of size \( \alpha\log\alpha \)
 *       to cancel; skewness \( \frac{2(\beta-\alpha)\sqrt{\alpha+\beta+1}}{(\alpha+\beta+2)\sqrt{\alpha\beta}} \);
 *       excess kurtosis \( \frac{6[(\alpha-\beta)^2(\alpha+\beta+1) - \alpha\beta(\alpha+\beta+2)]}
 *       {\alpha\beta(\alpha+\beta+2)(\alpha+\beta+3)} \), both rearranged so that no product
 *       overflows.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Beta implements ContinuousDistribution {

    private final double alpha;
    private final double beta;
    /** \( \log B(\alpha, \beta) \), computed once. */
    final double logBeta;

    /**
     * Validates the parameters.
     *
     * @param alpha first shape \( \alpha \), {@code > 0} and finite
     * @param beta  second shape \( \beta \), {@code > 0} and finite
     * @throws IllegalArgumentException if a shape is not {@code > 0} and finite
     */
    public Beta(double alpha, double beta) {
        Checks.positive(alpha, "alpha");
        Checks.positive(beta, "beta");
        this.alpha = alpha;
        this.beta = beta;
        this.logBeta = org.apache.commons.numbers.gamma.LogBeta.value(alpha, beta);
    }

    /**
     * The parameter {@code alpha}.
     *
     * @return first shape \( \alpha \), {@code > 0} and finite
     */
    public double alpha() {
        return alpha;
    }

    /**
     * The parameter {@code beta}.
     *
     * @return second shape \( \beta \), {@code > 0} and finite
     */
    public double beta() {
        return beta;
    }

    /**
     * Equal when the other object is a {@code Beta} with the same parameters (compared as
     * {@link Double#compare(double, double)} does, as a record would).
     *
     * @param other object to compare with
     * @return whether the parameters are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Beta o && Double.compare(alpha, o.alpha) == 0 && Double.compare(beta, o.beta) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(alpha) + Double.hashCode(beta);
    }

    /**
     * The beta distribution with the given shapes.
     *
     * @param alpha first shape, {@code > 0} and finite
     * @param beta  second shape, {@code > 0} and finite
     * @return the distribution
     * @throws IllegalArgumentException if a shape is out of range
     */
    public static Beta of(double alpha, double beta) {
        return new Beta(alpha, beta);
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public double logDensity(double x) {
        Special.notNaN(x, "x");
        if (x < 0 || x > 1) {
            return Double.NEGATIVE_INFINITY;
        }
        double logB = logBeta;
        return xLog(alpha - 1, x) + xLog1m(beta - 1, x) - logB;
    }

    /** \( a \log x \) with \( 0 \cdot \log 0 = 0 \). */
    private static double xLog(double a, double x) {
        return a == 0 ? 0.0 : a * Math.log(x);
    }

    /** \( a \log(1 - x) \) with \( 0 \cdot \log 0 = 0 \). */
    private static double xLog1m(double a, double x) {
        return a == 0 ? 0.0 : a * Math.log1p(-x);
    }

    @Override
    public double cdf(double x) {
        return tail(x, false);
    }

    @Override
    public double survival(double x) {
        return tail(x, true);
    }

    /** \( F(x) = I_x(\alpha, \beta) \), or \( S(x) = 1 - I_x(\alpha, \beta) \) when {@code upper}. */
    private double tail(double x, boolean upper) {
        Special.notNaN(x, "x");
        if (x <= 0) {
            return upper ? 1.0 : 0.0;
        }
        if (x >= 1) {
            return upper ? 0.0 : 1.0;
        }
        return Special.regularizedBeta(x, alpha, beta, upper);
    }

    @Override
    public double inverseCdf(double p) {
        return Special.inverseCdf(p, 0.0, 1.0, this::quantile);
    }

    /** Quantile given both tail probabilities \( p \) and \( q = 1 - p \), each exact. */
    private double quantile(double p, double q) {
        // start from the lower-tail series F(x) ~ x^a / (a B(a, b)) when it is small,
        // the mirrored upper-tail series when p is near 1, the mean otherwise
        double logB = logBeta;
        double lower = Math.exp((Math.log(p) + Math.log(alpha) + logB) / alpha);
        double upper = 1.0 - Math.exp((Math.log(q) + Math.log(beta) + logB) / beta);
        double m = mean();
        double x0 = lower < m ? lower : upper > m ? upper : m;
        return Special.invert(this, p, q, x0, 1.0);
    }

    @Override
    public double logCdf(double x) {
        Special.notNaN(x, "x");
        return Special.logRegularizedBeta(x, alpha, beta, false);
    }

    @Override
    public double logSurvival(double x) {
        Special.notNaN(x, "x");
        return Special.logRegularizedBeta(x, alpha, beta, true);
    }

    @Override
    public double inverseSurvival(double q) {
        return Special.inverseSurvival(q, 0.0, 1.0, this::quantile);
    }

    @Override
    public double entropy() {
        double s = alpha + beta;
        if (s == Double.POSITIVE_INFINITY) {
            // H_G(s) + psi(s) = log(2 pi e) / 2 + 3/2 log s + O(1/s), log s without forming s
            double logS = Math.log(0.5 * alpha + 0.5 * beta) + Math.log(2);
            return Special.gammaEntropy(alpha) + Special.gammaEntropy(beta)
                    - (0.5 + Special.LN_SQRT_2PI + 1.5 * logS);
        }
        return Special.gammaEntropy(alpha) + Special.gammaEntropy(beta) - Special.gammaEntropy(s)
                - org.apache.commons.numbers.gamma.Digamma.value(s);
    }

    @Override
    public double skewness() {
        double s = alpha + beta;
        return 2 * (beta - alpha) / (s + 2) * (Math.sqrt(s + 1) / (Math.sqrt(alpha) * Math.sqrt(beta)));
    }

    @Override
    public double excessKurtosis() {
        double s = alpha + beta;
        double r = (alpha - beta) / (Math.sqrt(alpha) * Math.sqrt(beta)) / Math.sqrt(s + 3);
        return 6 * (r * r * ((s + 1) / (s + 2)) - 1 / (s + 3));
    }

    @Override
    public double mean() {
        return alpha / (alpha + beta);
    }

    @Override
    public double variance() {
        // p q / (s + 1) with p = alpha / s, q = beta / s: no intermediate overflows or underflows
        // (alpha beta / (s^2 (s + 1)) is NaN or 0 once s^3 overflows or alpha beta underflows)
        double p = 1 / (1 + beta / alpha);
        double q = 1 / (1 + alpha / beta);
        double s = alpha + beta;
        if (s == Double.POSITIVE_INFINITY) {
            return p * q / 2 / (alpha / 2 + beta / 2);
        }
        return p * q / (s + 1);
    }

    @Override
    public double supportLowerBound() {
        return 0.0;
    }

    @Override
    public double supportUpperBound() {
        return 1.0;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        return draw(alpha, beta, rng);
    }

    /** A draw from \( \mathrm{Beta}(\alpha, \beta) \) for valid shapes (also Binomial's sampler's, without building a Beta). */
    static double draw(double alpha, double beta, RandomGenerator rng) {
        double la = Special.logGammaSample(alpha, rng);
        double lb = Special.logGammaSample(beta, rng);
        // X = 1 / (1 + exp(lb - la)), written to avoid overflow
        double d = lb - la;
        if (Double.isNaN(d)) {
            // both log-gamma draws underflowed to -Infinity (shapes of order 1e-300 or less): in
            // that limit the beta is the two-point law on {0, 1} with P(1) = alpha / (alpha + beta)
            return rng.nextDouble() < alpha / (alpha + beta) ? 1.0 : 0.0;
        }
        return d > 0 ? Math.exp(-d) / (1.0 + Math.exp(-d)) : 1.0 / (1.0 + Math.exp(d));
    }

    /**
     * Log-likelihood \( (\alpha-1)\sum\log x_i + (\beta-1)\sum\log(1-x_i) - n\log B(\alpha,\beta) \),
     * with the normalizing constant computed once.
     *
     * @param x observations; not modified
     * @return the log-likelihood, \( -\infty \) if a value is outside the support, 0 for an
     *         empty array
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if a value is NaN
     */
    @Override
    public double logLikelihood(double[] x) {
        Objects.requireNonNull(x, "x");
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (!(v > 0 && v < 1)) {
                // NaN, an end point or outside: the general path handles every case
                return ContinuousDistribution.super.logLikelihood(x);
            }
            s1 += Math.log(v);
            s2 += Math.log1p(-v);
        }
        if (x.length == 0) {
            return 0.0;
        }
        return (alpha - 1) * s1 + (beta - 1) * s2
                - x.length * logBeta;
    }

    @Override
    public String toString() {
        return "Beta(alpha=" + Format.sig(alpha) + ", beta=" + Format.sig(beta) + ")";
    }
}
