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
     * Probability density \( f(x) \). The default is \( \exp(\log f(x)) \) from
     * {@link #logDensity(double)}; implementations override it where \( f(x) \) has a more direct
     * form.
     *
     * @param x point
     * @return the density, 0 outside the support
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    default double density(double x) {
        return Math.exp(logDensity(x));
    }

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
     * Natural logarithm of the CDF, \( \log F(x) \). The default is
     * \( \log F(x) \) for \( F(x) \le \tfrac12 \) and \( \operatorname{log1p}(-S(x)) \) above,
     * as accurate as {@link #cdf(double)} and {@link #survival(double)} but \( -\infty \) where
     * \( F(x) \) underflows; every distribution of this package overrides it so that it stays
     * finite and accurate deep in the lower tail (e.g. {@code Normal.standard().logCdf(-40)}
     * \( \approx -804.608 \)).
     *
     * @param x point (may be infinite)
     * @return \( \log F(x) \), in \( [-\infty, 0] \)
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    default double logCdf(double x) {
        double c = cdf(x);
        return c > 0.5 ? Math.log1p(-survival(x)) : Math.log(c);
    }

    /**
     * Natural logarithm of the survival function, \( \log S(x) \). The default is
     * \( \log S(x) \) for \( S(x) \le \tfrac12 \) and \( \operatorname{log1p}(-F(x)) \) above,
     * \( -\infty \) where \( S(x) \) underflows; every distribution of this package overrides it
     * so that it stays finite and accurate deep in the upper tail (e.g. the gamma's at
     * \( x = 1000\alpha/\beta \)).
     *
     * @param x point (may be infinite)
     * @return \( \log S(x) \), in \( [-\infty, 0] \)
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    default double logSurvival(double x) {
        double s = survival(x);
        return s > 0.5 ? Math.log1p(-cdf(x)) : Math.log(s);
    }

    /**
     * Inverse survival function \( S^{-1}(q) = F^{-1}(1 - q) \), computed from \( q \) itself so
     * that small upper-tail probabilities keep their relative accuracy ({@code inverseCdf(1 - q)}
     * would round \( 1 - q \) to 1 below \( q \approx 10^{-16} \)). Every distribution of this
     * package implements it; the default, for a user's own distributions, throws.
     *
     * @param q upper-tail probability in [0, 1]
     * @return the \( x \) with \( S(x) = q \); {@code inverseSurvival(0)} is the upper end of the
     *         support, {@code inverseSurvival(1)} the lower end
     * @throws IllegalArgumentException      if {@code q} is NaN or outside [0, 1]
     * @throws UnsupportedOperationException if this distribution does not implement it
     */
    default double inverseSurvival(double q) {
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " has no inverse survival function");
    }

    /**
     * Differential entropy \( h = -\int f(x) \log f(x)\,dx \) in nats (as SciPy's
     * {@code entropy()}); may be negative. Every distribution of this package implements it; the
     * default throws.
     *
     * @return the entropy
     * @throws UnsupportedOperationException if this distribution does not implement it
     */
    default double entropy() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no entropy");
    }

    /**
     * Skewness \( E[(X - \mu)^3] / \sigma^3 \) (SciPy's {@code stats(moments='s')}); NaN where the
     * third moment does not exist (documented per family). Every distribution of this package
     * implements it; the default throws.
     *
     * @return the skewness
     * @throws UnsupportedOperationException if this distribution does not implement it
     */
    default double skewness() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no skewness");
    }

    /**
     * Excess kurtosis \( E[(X - \mu)^4] / \sigma^4 - 3 \) (0 for the normal; SciPy's
     * {@code stats(moments='k')}); \( +\infty \) or NaN where the fourth moment does not exist
     * (documented per family). Every distribution of this package implements it; the default
     * throws.
     *
     * @return the excess kurtosis
     * @throws UnsupportedOperationException if this distribution does not implement it
     */
    default double excessKurtosis() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no excess kurtosis");
    }

    /**
     * This distribution moved by a location \( c \): the distribution of \( X + c \), with density
     * \( f(x - c) \) and quantile \( F^{-1}(p) + c \) (SciPy's {@code loc}).
     *
     * @param location the shift \( c \), finite
     * @return a {@link Shifted} with this distribution as its base
     * @throws IllegalArgumentException if {@code location} is not finite
     */
    default ContinuousDistribution shifted(double location) {
        return Shifted.of(this, location);
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
        double[] out = new double[Special.drawCount(rng, n)];
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
        return Special.sumOfLogs(x.length, i -> logDensity(x[i]));
    }
}
