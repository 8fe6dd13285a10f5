/**
 * Descriptive statistics: streaming, mergeable moments and covariances, and the sampling
 * distribution of the mean.
 *
 * <p>The accumulators ({@link dev.statlearn.stats.descriptive.Moments},
 * {@link dev.statlearn.stats.descriptive.Covariance},
 * {@link dev.statlearn.stats.descriptive.CovarianceMatrix}) are mutable and not thread-safe:
 * give each thread its own and merge them with {@code combine}, which gives the result of
 * one pass over the concatenated data (up to rounding).
 *
 * @since 0.1
 */
package dev.statlearn.stats.descriptive;
