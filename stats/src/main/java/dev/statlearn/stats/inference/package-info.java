/**
 * Statistical inference: hypothesis tests with their p-values (SciPy's and Commons Statistics' word
 * for this package). Goodness of fit: {@link dev.statlearn.stats.inference.KolmogorovSmirnov} (one sample against a
 * continuous distribution, or two samples), {@link dev.statlearn.stats.inference.AndersonDarling} (one
 * sample, more weight on the tails) and {@link dev.statlearn.stats.inference.ChiSquare} (observed counts against expected probabilities, or two
 * samples of counts against each other), {@link dev.statlearn.stats.inference.PowerDivergence} (the
 * Cressie&ndash;Read family: G-test, Freeman&ndash;Tukey, Neyman, ...), the normality tests
 * {@link dev.statlearn.stats.inference.ShapiroWilk} and {@code AndersonDarling.normality}, and
 * {@link dev.statlearn.stats.inference.Correlation} (Pearson, Spearman, Kendall). Each returns a
 * {@link dev.statlearn.stats.inference.TestResult}, equal to SciPy's where SciPy has the test.
 *
 * <p>These are meant for property-based tests of samplers: draw a sample with a fixed seed and
 * assert that the p-value is not tiny.
 *
 * @since 0.1
 */
package dev.statlearn.stats.inference;
