/**
 * Probability distributions as immutable values.
 *
 * <p>Three families of interfaces share the root {@link dev.statlearn.stats.distribution.Distribution}:
 * <ul>
 *   <li>{@link dev.statlearn.stats.distribution.ContinuousDistribution}: a density on the real
 *       line ({@code density}, {@code logDensity}, {@code cdf}, {@code inverseCdf});</li>
 *   <li>{@link dev.statlearn.stats.distribution.DiscreteDistribution}: a probability mass
 *       function on the integers ({@code pmf}, {@code logPmf}, {@code cdf});</li>
 *   <li>{@link dev.statlearn.stats.distribution.MultivariateDistribution}: a density on
 *       \( \mathbb{R}^d \) ({@code logDensity(double[])}).</li>
 * </ul>
 *
 * <p>Every implementation in this package is immutable and thread-safe, validates its
 * parameters at construction ({@link java.lang.IllegalArgumentException} naming the
 * parameter, the rule and the value), computes in log space where products underflow, and
 * samples from an explicit {@link java.util.random.RandomGenerator}: the same generator state
 * gives the same draws. Special functions (log-gamma, digamma, regularized incomplete
 * gamma and beta, erf) come from Commons Math 3.
 *
 * @since 0.1
 */
package dev.statlearn.stats.distribution;
