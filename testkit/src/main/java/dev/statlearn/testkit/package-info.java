/**
 * Statistical assertions for property-based test suites, with a stated false-failure rate:
 * {@link dev.statlearn.testkit.StatisticalAssertions} checks samplers, estimators, interval
 * procedures, Monte Carlo estimates, calibration and metric bounds, and throws an
 * {@link java.lang.AssertionError} naming the statistic, p-value, threshold, sample size and the seed
 * that replays the failure. Generators of statistical objects are in
 * {@link dev.statlearn.testkit.generate}.
 *
 * <p>Nothing here depends on a test framework: the assertions work under JUnit, TestNG,
 * QuickTheories or any library that hands a test a random generator or a seed.
 */
package dev.statlearn.testkit;
