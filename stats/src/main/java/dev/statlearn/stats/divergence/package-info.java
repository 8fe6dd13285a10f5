/**
 * Distances and divergences between probability distributions.
 *
 * <p>{@link dev.statlearn.stats.divergence.Divergences} holds static functions on discrete
 * distributions given as probability arrays (entropy, cross-entropy, Kullback–Leibler,
 * total variation, Jensen–Shannon, Hellinger), the 1-Wasserstein distance between samples (as
 * {@code scipy.stats.wasserstein_distance}), closed forms between parametric distributions, and
 * numerical estimates (quadrature, Monte Carlo) between continuous distributions.
 * {@link dev.statlearn.stats.divergence.Histogram} turns samples into the probability arrays,
 * with optional additive smoothing.
 *
 * <p>Logarithms are natural (results in nats) unless a base is given; \( 0 \log 0 = 0 \).
 *
 * @since 0.1
 */
package dev.statlearn.stats.divergence;
