/**
 * Internal kernels of the goodness-of-fit tests: null distributions of the
 * Kolmogorov&ndash;Smirnov statistics and the pooled cells of the discrete chi-square test. Not part of the public API.
 */
package dev.statlearn.stats.inference.internal;
