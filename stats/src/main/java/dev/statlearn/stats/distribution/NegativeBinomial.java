package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Negative binomial distribution with real "size" \( r \) and success probability \( p \): the
 * number of failures before the \( r \)-th success, and the posterior predictive of the
 * Gamma&ndash;Poisson model (a gamma mixture of Poissons).
 *
 * <p>\[ P(X = k) = \frac{\Gamma(k + r)}{\Gamma(r)\,k!}\, p^r (1-p)^k, \qquad
 *    F(k) = I_p(r, k + 1), \qquad k = 0, 1, \dots \]
 *
 * <ul>
 *   <li>Mean \( r(1-p)/p \), variance \( r(1-p)/p^2 \).</li>
 *   <li>\( p = 1 \) is the point mass at 0.</li>
 *   <li>Equal to {@code scipy.stats.nbinom(n=size, p=p)}.</li>
 *   <li>{@code sample}: \( \mathrm{Poisson}(\Lambda) \) with \( \Lambda \sim \mathrm{Gamma}(r, \text{rate } p/(1-p)) \).</li>
 * </ul>
 *
 * @param size \( r \), {@code > 0} and finite
 * @param p    success probability in (0, 1]
 * @since 0.1
 */
public record NegativeBinomial(double size, double p) implements DiscreteDistribution {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if {@code size} is not {@code > 0} and finite or {@code p} not in (0, 1]
     */
    public NegativeBinomial {
        Checks.positive(size, "size");
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1], was " + p);
        }
    }

    /**
     * The negative binomial distribution.
     *
     * @param size \( r &gt; 0 \)
     * @param p    success probability in (0, 1]
     * @return the distribution
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static NegativeBinomial of(double size, double p) {
        return new NegativeBinomial(size, p);
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public double pmf(int k) {
        return Math.exp(logPmf(k));
    }

    @Override
    public double logPmf(int k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return k == 0 ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        return Gamma.logGamma(k + size) - Gamma.logGamma(size) - Gamma.logGamma(k + 1.0)
                + size * Math.log(p) + (k == 0 ? 0.0 : k * Math.log1p(-p));
    }

    @Override
    public double cdf(int k) {
        if (k < 0) {
            return 0.0;
        }
        if (p == 1) {
            return 1.0;
        }
        return Beta.regularizedBeta(p, size, k + 1.0, 1e-16, 100_000);
    }

    @Override
    public double survival(int k) {
        if (k < 0) {
            return 1.0;
        }
        if (p == 1) {
            return 0.0;
        }
        return Beta.regularizedBeta(1 - p, k + 1.0, size, 1e-16, 100_000);
    }

    @Override
    public double mean() {
        return size * (1 - p) / p;
    }

    @Override
    public double variance() {
        return size * (1 - p) / (p * p);
    }

    @Override
    public int supportLowerBound() {
        return 0;
    }

    @Override
    public int supportUpperBound() {
        return p == 1 ? 0 : Integer.MAX_VALUE;
    }

    @Override
    public int sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        if (p == 1) {
            return 0;
        }
        double lambda = dev.statlearn.stats.distribution.Gamma.of(size, p / (1 - p)).sample(rng);
        return lambda > 0 ? Poisson.of(lambda).sample(rng) : 0;
    }

    @Override
    public String toString() {
        return "NegativeBinomial(size=" + Format.sig(size) + ", p=" + Format.sig(p) + ")";
    }
}
