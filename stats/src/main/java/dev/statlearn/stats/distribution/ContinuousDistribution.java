package dev.statlearn.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * A univariate distribution with a density with respect to Lebesgue measure.
 *
 * <p>Conventions shared by every implementation:
 * <ul>
 *   <li>{@code density}, {@code logDensity} and {@code cdf} accept any non-NaN argument,
 *       including \( \pm\infty \); outside the support the density is 0 and the log-density
 *       \( -\infty \). A {@code NaN} argument throws {@link IllegalArgumentException}.</li>
 *   <li>{@code inverseCdf(p)} is the quantile function
 *       \( F^{-1}(p) = \inf\{x : F(x) \ge p\} \) for \( p \in [0, 1] \);
 *       {@code inverseCdf(0)} is the lower end of the support and {@code inverseCdf(1)} the
 *       upper end (possibly infinite).</li>
 *   <li>{@code logLikelihood(x)} is \( \sum_i \log f(x_i) \) (a compensated sum); it is
 *       \( -\infty \) if any value lies outside the support, and 0 for an empty array.</li>
 * </ul>
 *
 * @since 0.1
 */
public interface ContinuousDistribution extends Distribution {

    /**
     * Probability density \( f(x) \).
     *
     * @param x point
     * @return the density, 0 outside the support
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    double density(double x);

    /**
     * Natural logarithm of the density, computed without forming \( f(x) \) (so it does not
     * underflow in the tails).
     *
     * @param x point
     * @return \( \log f(x) \), \( -\infty \) outside the support
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    double logDensity(double x);

    /**
     * Cumulative distribution function \( F(x) = P(X \le x) \).
     *
     * @param x point (may be infinite)
     * @return the probability, in [0, 1]
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    double cdf(double x);

    /**
     * Survival function \( S(x) = P(X &gt; x) = 1 - F(x) \). Implementations override it where
     * the upper tail can be computed more accurately than {@code 1 - cdf(x)}.
     *
     * @param x point (may be infinite)
     * @return the probability, in [0, 1]
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    default double survival(double x) {
        return 1.0 - cdf(x);
    }

    /**
     * Quantile function \( F^{-1}(p) \). Every distribution of this package implements it
     * (in closed form, or by a safeguarded Newton iteration on the CDF for the gamma and beta
     * families). The default implementation, meant for a user's own distributions that have
     * no usable form, throws {@link UnsupportedOperationException}.
     *
     * @param p probability in [0, 1]
     * @return the smallest \( x \) with \( F(x) \ge p \)
     * @throws IllegalArgumentException      if {@code p} is NaN or outside [0, 1]
     * @throws UnsupportedOperationException if this distribution has no usable quantile function
     */
    default double inverseCdf(double p) {
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " has no usable inverse CDF");
    }

    /**
     * Mean \( E[X] \).
     *
     * @return the mean (may be infinite for heavy-tailed distributions)
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
     * Greatest lower bound of the support (e.g. 0 for the exponential, \( -\infty \) for the
     * normal).
     *
     * @return the lower end of the support
     */
    double supportLowerBound();

    /**
     * Least upper bound of the support.
     *
     * @return the upper end of the support
     */
    double supportUpperBound();

    /**
     * Draws one value.
     *
     * @param rng source of randomness; its state advances
     * @return a draw from this distribution
     * @throws NullPointerException if {@code rng} is null
     */
    double sample(RandomGenerator rng);

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
    default double[] sample(RandomGenerator rng, int n) {
        java.util.Objects.requireNonNull(rng, "rng");
        dev.statlearn.core.Checks.arrayLength(n, "n");
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = sample(rng);
        }
        return out;
    }

    /**
     * Log-likelihood of independent observations, \( \sum_i \log f(x_i) \).
     *
     * @param x observations; not modified
     * @return the log-likelihood, \( -\infty \) if some observation is outside the support,
     *         0 if {@code x} is empty
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if some {@code x[i]} is NaN
     */
    default double logLikelihood(double[] x) {
        java.util.Objects.requireNonNull(x, "x");
        double sum = 0.0;
        double c = 0.0;
        for (double xi : x) {
            double v = logDensity(xi);
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
