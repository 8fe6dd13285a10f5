package dev.statlearn.stats.distribution;

import java.util.function.IntPredicate;
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
     * Probability mass \( P(X = k) \). The default is \( \exp(\log P(X = k)) \) from
     * {@link #logPmf(int)}; implementations override it where the mass has a more direct form.
     *
     * @param k outcome
     * @return the probability, 0 outside the support
     */
    default double pmf(int k) {
        return Math.exp(logPmf(k));
    }

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
        Special.checkProbability(p);
        return p == 0 ? supportLowerBound() : smallestReaching(k -> cdf(k) >= p, p == 1);
    }

    /**
     * The smallest \( k \) of the support with {@code reached(k)}, for a predicate that is false up
     * to some \( k \) and true from there on: the lower end if it holds there, otherwise the upper end
     * when {@code otherwiseUpper}, otherwise found by exponential search then bisection
     * (\( O(\log k) \) evaluations).
     */
    private int smallestReaching(IntPredicate reached, boolean otherwiseUpper) {
        int lo = supportLowerBound();
        int upper = supportUpperBound();
        if (reached.test(lo)) {
            return lo;
        }
        if (otherwiseUpper) {
            return upper;
        }
        // invariant: !reached(lo); find hi with reached(hi)
        long step = 1;
        long hi = lo + step;
        while (hi < upper && !reached.test((int) hi)) {
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
            if (reached.test((int) mid)) {
                b = mid;
            } else {
                a = mid;
            }
        }
        return (int) b;
    }

    /**
     * Natural logarithm of the CDF, \( \log F(k) \). The default is \( \log F(k) \) for
     * \( F(k) \le \tfrac12 \) and \( \operatorname{log1p}(-S(k)) \) above, \( -\infty \) where
     * \( F(k) \) underflows; the distributions of this package whose tails can underflow override
     * it to stay finite and accurate there.
     *
     * @param k outcome
     * @return \( \log F(k) \), in \( [-\infty, 0] \)
     */
    default double logCdf(int k) {
        double c = cdf(k);
        return c > 0.5 ? Math.log1p(-survival(k)) : Math.log(c);
    }

    /**
     * Natural logarithm of the survival function, \( \log P(X &gt; k) \). The default is
     * \( \log S(k) \) for \( S(k) \le \tfrac12 \) and \( \operatorname{log1p}(-F(k)) \) above,
     * \( -\infty \) where \( S(k) \) underflows; the distributions of this package whose tails can
     * underflow override it to stay finite and accurate there.
     *
     * @param k outcome
     * @return \( \log S(k) \), in \( [-\infty, 0] \)
     */
    default double logSurvival(int k) {
        double s = survival(k);
        return s > 0.5 ? Math.log1p(-cdf(k)) : Math.log(s);
    }

    /**
     * Inverse survival function: the smallest \( k \) in the support with
     * \( P(X &gt; k) \le q \) (SciPy's {@code isf}). The default searches with
     * {@link #survival(int)} (exponential search then bisection), so it is exactly as accurate as
     * the survival function, also for tiny \( q \) where {@code inverseCdf(1 - q)} would round.
     *
     * @param q upper-tail probability in [0, 1]
     * @return the quantile; {@code inverseSurvival(1)} is the lower end of the support,
     *         {@code inverseSurvival(0)} the upper end ({@link #supportUpperBound()})
     * @throws IllegalArgumentException if {@code q} is NaN or outside [0, 1]
     */
    default int inverseSurvival(double q) {
        Special.checkProbability(q, "q");
        return q == 1 ? supportLowerBound() : smallestReaching(k -> survival(k) <= q, q == 0);
    }

    /**
     * Shannon entropy \( H = -\sum_k P(X = k) \log P(X = k) \) in nats (as SciPy's
     * {@code entropy()}). Every distribution of this package implements it; the default throws.
     *
     * @return the entropy, \( \ge 0 \)
     * @throws UnsupportedOperationException if this distribution does not implement it
     */
    default double entropy() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no entropy");
    }

    /**
     * Skewness \( E[(X - \mu)^3] / \sigma^3 \) (SciPy's {@code stats(moments='s')}); NaN for a
     * point mass (zero variance). Every distribution of this package implements it; the default
     * throws.
     *
     * @return the skewness
     * @throws UnsupportedOperationException if this distribution does not implement it
     */
    default double skewness() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no skewness");
    }

    /**
     * Excess kurtosis \( E[(X - \mu)^4] / \sigma^4 - 3 \) (SciPy's {@code stats(moments='k')});
     * NaN for a point mass (zero variance). Every distribution of this package implements it;
     * the default throws.
     *
     * @return the excess kurtosis
     * @throws UnsupportedOperationException if this distribution does not implement it
     */
    default double excessKurtosis() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no excess kurtosis");
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
        int[] out = new int[Special.drawCount(rng, n)];
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
        return Special.sumOfLogs(k.length, i -> logPmf(k[i]));
    }
}
