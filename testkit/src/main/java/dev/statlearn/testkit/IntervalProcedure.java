package dev.statlearn.testkit;

import dev.statlearn.core.Interval;
import java.util.random.RandomGenerator;

/**
 * An interval procedure under test: draw a sample of the given size from {@code rng} and return a
 * confidence interval for a parameter \( \theta \) at the nominal level {@link Interval#level()}.
 * The testkit calls it once per replication with the same attempt's generator and checks that the
 * intervals cover \( \theta \) in a fraction {@code level} of the replications.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface IntervalProcedure {

    /**
     * Draws a sample of {@code sampleSize} observations from {@code rng} and returns the interval.
     *
     * @param rng        the source of randomness; draw everything from it
     * @param sampleSize the sample size \( n \ge 1 \)
     * @return the interval; its level must be the same in every call
     */
    Interval interval(RandomGenerator rng, int sampleSize);
}
