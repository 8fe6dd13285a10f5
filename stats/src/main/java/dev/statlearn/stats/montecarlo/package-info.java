/**
 * Monte Carlo integration with honest standard errors.
 *
 * <p>{@link dev.statlearn.stats.montecarlo.MonteCarlo} estimates integrals
 * \( I = \int_a^b f(x)\,dx \) (one or several dimensions) and expectations
 * \( \mathbb{E}[f(X)] \) by averaging \( f \) at random points, and reports each result as an
 * {@link dev.statlearn.stats.montecarlo.Estimate}: the value, its standard error and the number
 * of function evaluations, with normal-theory confidence intervals. Variance reduction
 * (antithetic variates, control variates, importance sampling, stratified sampling, randomized
 * quasi-Monte Carlo on digitally shifted Sobol points) reports the standard error of its own
 * estimator. The parallel integrator splits the work into fixed chunks with one reproducible
 * random stream per chunk, so its result is bit-for-bit the same at any parallelism; other
 * runners (a cluster) evaluate the same chunks with
 * {@link dev.statlearn.stats.montecarlo.MonteCarlo#chunk(java.util.function.DoubleUnaryOperator, double, double, long, long, long)
 * MonteCarlo.chunk} and merge their {@link dev.statlearn.stats.montecarlo.PartialSums} to the
 * same bits.
 * {@link dev.statlearn.stats.montecarlo.MultivariateNormalCdf} evaluates the multivariate normal
 * CDF by Genz's randomized lattice rule, with its standard error.
 *
 * <p>Every stochastic method takes an explicit {@link java.util.random.RandomGenerator} (or a
 * seed); the same generator state gives the same result.
 *
 * @since 0.1
 */
package dev.statlearn.stats.montecarlo;
