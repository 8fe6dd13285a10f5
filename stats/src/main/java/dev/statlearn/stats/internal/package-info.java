/**
 * Internal helpers shared by the statlearn statistics packages (and the testkit):
 * {@link dev.statlearn.stats.internal.ShiftedSums}, the one accumulation of a sample's mean and
 * standard error behind every Monte Carlo method and the sample-based divergence estimates, and
 * {@link dev.statlearn.stats.internal.Replicates}, the mean and variance of a few replicated
 * estimates.
 *
 * <p>Not public API: the package is not exported and may change without notice.
 */
package dev.statlearn.stats.internal;
