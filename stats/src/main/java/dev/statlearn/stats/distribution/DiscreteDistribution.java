package dev.statlearn.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * A univariate distribution on the integers, given by a probability mass function.
 *
 * <p>Conventions shared by every implementation:
 * <ul>
 *   <li>{@code pmf}, {@code logPmf} and {@code cdf} accept any {@code int}; outside the
 *       support the mass is 0 and the log-mass \( -\infty \).</li>
 *   <li>{@code inverseCdf(p)} is the smallest \( k \) in the support with
 *       \( F(k) \ge p \).</li>
 *   <li>{@code logLikelihood(k)} is \( \sum_i \log p(k_i) \); it is \( -\infty \) if any
 *       value lies outside the support, and 0 for an empty array.</li>
 *   <li>Outcomes are {@code int}. A distribution with unbounded support rejects, at construction,
 *       parameters that may put more than \( 10^{-20} \) of the mass above
 *       {@link Integer#MAX_VALUE} (e.g. {@link Poisson#MAX_RATE}, {@link Geometric#MIN_P}); its
 *       sampler redraws the rarer draws beyond it, so no result saturates at
 *       {@code Integer.MAX_VALUE}.</li>
 * </ul>
 *
 * @since 0.1
 */
public interface DiscreteDistribution extends Distribution {

    /**
     * Probability mass \( P(X = k) \).
     *
     * @param k outcome
     * @return the probability, 0 outside the support
     */
    double pmf(int k);

    /**
     * Natural logarithm of the probability mass, computed without forming \( P(X = k) \).
     *
     * @param k outcome
     * @return \( \log P(X = k) \), \( -\infty \) outside the support
     */
    double logPmf(int k);

    /**
     * Cumulative distribution function \( F(k) = P(X \le k) \).
     *
     * @param k outcome
     * @return the probability, in [0, 1]
     */
    double cdf(int k);

    /**
     * Survival function \( P(X &gt; k) = 1 - F(k) \). Implementations override it where the
     * upper tail can be computed more accurately.
     *
     * @param k outcome
     * @return the probability, in [0, 1]
     */
    default double survival(int k) {
        return 1.0 - cdf(k);
    }

    /**
     * Quantile function: the smallest \( k \) in the support with \( F(k) \ge p \).
     * The default implementation searches with {@link #cdf(int)} (exponential search then
     * bisection, \( O(\log k) \) CDF evaluations); implementations may override it.
     *
     * @param p probability in [0, 1]
     * @return the quantile; {@code inverseCdf(0)} is the lower end of the support
     *         ({@link #supportUpperBound()} when \( p = 1 \) and the support is unbounded)
     * @throws IllegalArgumentException if {@code p} is NaN or outside [0, 1]
     */
    default int inverseCdf(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], was " + p);
        }
        int lo = supportLowerBound();
        int upper = supportUpperBound();
        if (p == 0 || cdf(lo) >= p) {
            return lo;
        }
        if (p == 1) {
            return upper;
        }
        // invariant: cdf(lo) < p; find hi with cdf(hi) >= p
        long step = 1;
        long hi = lo + step;
        while (hi < upper && cdf((int) hi) < p) {
            lo = (int) hi;
            step *= 2;
            hi = Math.min((long) upper, (long) lo + step);
        }
        if (hi >= upper) {
            hi = upper;
        }
        long a = lo;
        long b = hi;
        while (b - a > 1) {
            long mid = (a + b) >>> 1;
            if (cdf((int) mid) >= p) {
                b = mid;
            } else {
                a = mid;
            }
        }
        return (int) b;
    }

    /**
     * Mean \( E[X] \).
     *
     * @return the mean
     */
    double mean();

    /**
     * Variance \( \operatorname{Var}[X] \).
     *
     * @return the variance
     */
    double variance();

    /**
     * Standard deviation, the square root of {@link #variance()}.
     *
     * @return the standard deviation
     */
    default double standardDeviation() {
        return Math.sqrt(variance());
    }

    /**
     * Smallest value of the support (e.g. 0 for the Poisson, 1 for the geometric).
     *
     * @return the lower end of the support
     */
    int supportLowerBound();

    /**
     * Largest value of the support; {@link Integer#MAX_VALUE} for an unbounded support.
     *
     * @return the upper end of the support
     */
    int supportUpperBound();

    /**
     * Draws one value.
     *
     * @param rng source of randomness; its state advances
     * @return a draw from this distribution
     * @throws NullPointerException if {@code rng} is null
     */
    int sample(RandomGenerator rng);

    /**
     * Draws {@code n} independent values; equal to calling {@link #sample(RandomGenerator)}
     * {@code n} times in order.
     *
     * @param rng source of randomness; its state advances
     * @param n   number of draws, in {@code [0, }{@link dev.statlearn.core.Checks#MAX_ARRAY_LENGTH}{@code ]}
     * @return a new array of {@code n} draws
     * @throws NullPointerException     if {@code rng} is null
     * @throws IllegalArgumentException if {@code n} is negative or above
     *                                  {@link dev.statlearn.core.Checks#MAX_ARRAY_LENGTH} (checked
     *                                  before allocating)
     */
    default int[] sample(RandomGenerator rng, int n) {
        java.util.Objects.requireNonNull(rng, "rng");
        dev.statlearn.core.Checks.arrayLength(n, "n");
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = sample(rng);
        }
        return out;
    }

    /**
     * Log-likelihood of independent observations, \( \sum_i \log p(k_i) \).
     *
     * @param k observations; not modified
     * @return the log-likelihood, \( -\infty \) if some observation is outside the support,
     *         0 if {@code k} is empty
     * @throws NullPointerException if {@code k} is null
     */
    default double logLikelihood(int[] k) {
        java.util.Objects.requireNonNull(k, "k");
        double sum = 0.0;
        double c = 0.0;
        for (int ki : k) {
            double v = logPmf(ki);
            if (v == Double.NEGATIVE_INFINITY) {
                return Double.NEGATIVE_INFINITY;
            }
            double t = sum + v;
            c += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        return sum + c;
    }
}
