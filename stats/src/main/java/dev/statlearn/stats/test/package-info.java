/**
 * Goodness-of-fit tests: {@link dev.statlearn.stats.test.KolmogorovSmirnov} (one sample against a
 * continuous distribution, or two samples) and {@link dev.statlearn.stats.test.ChiSquare}
 * (observed counts against expected probabilities). Each returns a
 * {@link dev.statlearn.stats.test.TestResult} equal to SciPy's.
 *
 * <p>These are meant for property-based tests of samplers: draw a sample with a fixed seed and
 * assert that the p-value is not tiny.
 *
 * @since 0.1
 */
package dev.statlearn.stats.test;
