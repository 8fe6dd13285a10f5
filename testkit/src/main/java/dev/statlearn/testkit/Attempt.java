package dev.statlearn.testkit;

import java.util.random.RandomGenerator;

/**
 * One attempt of a statistical check: draws what it needs from {@code rng} (a fresh, independent
 * stream per attempt) and returns the test's outcome. A check on fixed data ignores {@code rng}.
 */
@FunctionalInterface
interface Attempt {

    Outcome run(RandomGenerator rng);
}
