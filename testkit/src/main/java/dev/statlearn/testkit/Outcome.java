package dev.statlearn.testkit;

/**
 * What one attempt of a statistical check found: the test, its statistic and p-value, the sample
 * size behind them and a compact text comparison of observed against expected (an ECDF against
 * the hypothesised CDF, cell counts against expected counts, ...), shown when the check fails.
 *
 * @param test       the test's name, e.g. "Kolmogorov-Smirnov"
 * @param statistic  the test statistic
 * @param pValue     its p-value, in [0, 1]
 * @param sampleSize draws or replications behind the statistic
 * @param comparison a few lines of text, observed against expected; may be empty
 */
record Outcome(String test, double statistic, double pValue, long sampleSize, String comparison) {
}
