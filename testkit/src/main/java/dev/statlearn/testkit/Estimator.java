package dev.statlearn.testkit;

import java.util.random.RandomGenerator;

/**
 * An estimator under test, as a procedure: draw a sample of the given size from {@code rng} and
 * return the estimate \( T_n \) of a parameter \( \theta \). The testkit calls it once per
 * replication, each time with the same attempt's generator, so successive calls see independent
 * samples.
 *
 * <p>Example, the sample mean of \( n \) standard normal draws:
 * <pre>{@code
 * Estimator mean = (rng, n) -> {
 *     double s = 0;
 *     for (int i = 0; i < n; i++) s += rng.nextGaussian();
 *     return s / n;
 * };
 * }</pre>
 *
 * @since 0.2
 */
@FunctionalInterface
public interface Estimator {

    /**
     * Draws a sample of {@code sampleSize} observations from {@code rng} and estimates the
     * parameter from it.
     *
     * @param rng        the source of randomness; draw everything from it
     * @param sampleSize the sample size \( n \ge 1 \)
     * @return the estimate \( T_n \); a non-finite value fails the assertion
     */
    double estimate(RandomGenerator rng, int sampleSize);
}
