package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Bernoulli distribution: 1 with probability \( p \), 0 with probability \( 1 - p \).
 *
 * <p>\[ P(X = k) = p^k (1-p)^{1-k}, \qquad k \in \{0, 1\}. \]
 *
 * <ul>
 *   <li>Mean \( p \), variance \( p(1-p) \); \( p = 0 \) and \( p = 1 \) are allowed
 *       (degenerate distributions; {@code logPmf} of the impossible outcome is
 *       \( -\infty \)).</li>
 *   <li>{@code sample} returns 1 when {@link RandomGenerator#nextDouble()} \( &lt; p \).</li>
 *   <li>Entropy \( -p\log p - (1-p)\log(1-p) \); skewness \( (1-2p)/\sqrt{p(1-p)} \); excess
 *       kurtosis \( (1 - 6p(1-p))/(p(1-p)) \); both NaN for \( p \in \{0, 1\} \) (a point mass).
 *       {@code logCdf}, {@code logSurvival} and {@code inverseSurvival} are the interface defaults
 *       (exact here: no tail underflows).</li>
 * </ul>
 *
 * @param p success probability, in [0, 1]
 * @since 0.1
 */
public record Bernoulli(double p) implements DiscreteDistribution {

    /**
     * Validates the parameter.
     *
     * @throws IllegalArgumentException if {@code p} is NaN or outside [0, 1]
     */
    public Bernoulli {
        Checks.probability(p, "p");
    }

    /**
     * The Bernoulli distribution with success probability {@code p}.
     *
     * @param p success probability, in [0, 1]
     * @return the distribution
     * @throws IllegalArgumentException if {@code p} is out of range
     */
    public static Bernoulli of(double p) {
        return new Bernoulli(p);
    }

    @Override
    public int parameterCount() {
        return 1;
    }

    @Override
    public double pmf(int k) {
        return k == 1 ? p : k == 0 ? 1.0 - p : 0.0;
    }

    @Override
    public double logPmf(int k) {
        return k == 1 ? Math.log(p) : k == 0 ? (p == 0 ? 0.0 : Math.log1p(-p)) : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double cdf(int k) {
        return k < 0 ? 0.0 : k == 0 ? 1.0 - p : 1.0;
    }

    @Override
    public double survival(int k) {
        return k < 0 ? 1.0 : k == 0 ? p : 0.0;
    }

    @Override
    public int inverseCdf(double q) {
        Special.checkProbability(q, "q");
        return q <= 1.0 - p ? 0 : 1;
    }

    @Override
    public double entropy() {
        double a = p == 0 ? 0.0 : -p * Math.log(p);
        double b = p == 1 ? 0.0 : -(1 - p) * Math.log1p(-p);
        return a + b;
    }

    @Override
    public double skewness() {
        return Binomial.skewness(p, variance());
    }

    @Override
    public double excessKurtosis() {
        double v = variance();
        return Binomial.excessKurtosis(6 * v, v);
    }

    @Override
    public double mean() {
        return p;
    }

    @Override
    public double variance() {
        return p * (1.0 - p);
    }

    @Override
    public int supportLowerBound() {
        return 0;
    }

    @Override
    public int supportUpperBound() {
        return 1;
    }

    @Override
    public int sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        return rng.nextDouble() < p ? 1 : 0;
    }

    @Override
    public double logLikelihood(int[] k) {
        Objects.requireNonNull(k, "k");
        long ones = 0;
        for (int v : k) {
            if (v == 1) {
                ones++;
            } else if (v != 0) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        long zeros = k.length - ones;
        double a = ones == 0 ? 0.0 : ones * Math.log(p);
        double b = zeros == 0 ? 0.0 : zeros * Math.log1p(-p);
        return a + b;
    }

    @Override
    public String toString() {
        return "Bernoulli(p=" + Format.sig(p) + ")";
    }
}
