/**
 * Internal kernels of the goodness-of-fit tests: null distributions of the
 * Kolmogorov&ndash;Smirnov statistics. Not part of the public API.
 */
package dev.statlearn.stats.test.internal;
