package dev.statlearn.stats.distribution;

import dev.statlearn.core.CompensatedSum;
import java.util.random.RandomGenerator;

/**
 * A distribution on \( \mathbb{R}^d \) with a density.
 *
 * <p>Arrays passed in are never modified; arrays returned are fresh copies.
 * A point of the wrong length, or containing NaN, throws {@link IllegalArgumentException};
 * outside the support the density is 0 and the log-density \( -\infty \).
 *
 * @since 0.1
 */
public interface MultivariateDistribution extends Distribution {

    /**
     * Dimension \( d \) of an outcome.
     *
     * @return the dimension, at least 1 (at least 2 for a Dirichlet)
     */
    int dimension();

    /**
     * Probability density \( f(x) \).
     *
     * @param x point of length {@link #dimension()}; not modified
     * @return the density
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has the wrong length or contains NaN
     */
    default double density(double[] x) {
        return Math.exp(logDensity(x));
    }

    /**
     * Natural logarithm of the density.
     *
     * @param x point of length {@link #dimension()}; not modified
     * @return \( \log f(x) \), \( -\infty \) outside the support
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has the wrong length or contains NaN
     */
    double logDensity(double[] x);

    /**
     * Mean vector \( E[X] \).
     *
     * @return a new array of length {@link #dimension()}
     */
    double[] mean();

    /**
     * Covariance matrix \( \operatorname{Cov}[X] \).
     *
     * @return a new {@code d × d} array
     */
    double[][] covariance();

    /**
     * Per-coordinate variances, the diagonal of {@link #covariance()}.
     *
     * @return a new array of length {@link #dimension()}
     */
    default double[] variance() {
        double[][] c = covariance();
        double[] v = new double[c.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = c[i][i];
        }
        return v;
    }

    /**
     * Draws one vector.
     *
     * @param rng source of randomness; its state advances
     * @return a new array of length {@link #dimension()}
     * @throws NullPointerException if {@code rng} is null
     */
    double[] sample(RandomGenerator rng);

    /**
     * Draws {@code n} independent vectors; equal to calling {@link #sample(RandomGenerator)}
     * {@code n} times in order.
     *
     * @param rng source of randomness; its state advances
     * @param n   number of draws, in {@code [0, }{@link dev.statlearn.core.Checks#MAX_ARRAY_LENGTH}{@code ]}
     * @return a new {@code n × d} array, one draw per row
     * @throws NullPointerException     if {@code rng} is null
     * @throws IllegalArgumentException if {@code n} is negative or above
     *                                  {@link dev.statlearn.core.Checks#MAX_ARRAY_LENGTH} (checked
     *                                  before allocating)
     */
    default double[][] sample(RandomGenerator rng, int n) {
        java.util.Objects.requireNonNull(rng, "rng");
        dev.statlearn.core.Checks.arrayLength(n, "n");
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = sample(rng);
        }
        return out;
    }

    /**
     * Log-likelihood of independent observations, \( \sum_i \log f(x_i) \).
     *
     * @param x observations, one per row; not modified
     * @return the log-likelihood, \( -\infty \) if some observation is outside the support,
     *         0 if {@code x} has no rows
     * @throws NullPointerException     if {@code x} or a row is null
     * @throws IllegalArgumentException if a row has the wrong length or contains NaN
     */
    default double logLikelihood(double[][] x) {
        java.util.Objects.requireNonNull(x, "x");
        CompensatedSum sum = new CompensatedSum();
        for (double[] xi : x) {
            double v = logDensity(xi);
            if (v == Double.NEGATIVE_INFINITY) {
                return Double.NEGATIVE_INFINITY;
            }
            sum.add(v);
        }
        return sum.value();
    }
}
