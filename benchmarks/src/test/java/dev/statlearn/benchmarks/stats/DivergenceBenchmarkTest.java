package dev.statlearn.benchmarks.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The public {@code Divergences} and the bare kernel sums agree on every measure and size. */
class DivergenceBenchmarkTest {

    static double run(int size, String measure, String impl) {
        DivergenceBenchmark b = new DivergenceBenchmark();
        b.size = size;
        b.measure = measure;
        b.impl = impl;
        b.setup();
        return b.divergence();
    }

    @Test
    void everyImplementationAgrees() {
        for (int size : new int[] {1000, 100000}) {
            for (String measure : new String[] {"kl", "tv", "js", "entropy"}) {
                double expected = run(size, measure, "stats");
                for (String impl : new String[] {"kernels", "scalar"}) {
                    double actual = run(size, measure, impl);
                    // different summation orders of size terms: relative 1e-12 is generous
                    assertEquals(expected, actual, 1e-12 * Math.abs(expected),
                            measure + " " + impl + " n=" + size);
                }
            }
        }
    }
}
