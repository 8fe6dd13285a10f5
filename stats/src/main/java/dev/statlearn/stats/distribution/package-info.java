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
 * gamma and beta, erf) come from Commons Numbers.
 *
 * <p><b>Extreme parameters.</b> Every finite location and every positive finite scale is legal,
 * also near {@link java.lang.Double#MAX_VALUE} (e.g. {@code Normal.of(1e308, 1e308)},
 * {@code Uniform.of(-1e308, 1e308)}, {@code Laplace.of(0, 1e308)}): \( (x - m)/s \),
 * \( m + s z \), \( b - a \) and \( 2s \) are computed so that they do not overflow when the
 * result does not (halving both terms first). A result whose exact value lies beyond
 * {@code MAX_VALUE} is \( \pm\infty \): a variance \( s^2 \) above it, a quantile or a draw
 * more than {@code MAX_VALUE} from 0 (e.g. about 7 % of the draws of {@code Normal.of(0, 1e308)});
 * the standard deviation stays finite when the variance overflows (see
 * {@code LocationScaleExtremesTest}).
 *
 * @since 0.1
 */
package dev.statlearn.stats.distribution;
