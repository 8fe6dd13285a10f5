package dev.statlearn.benchmarks.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code Moments} by array, by accumulator, one value at a time, and a two-pass loop agree. */
class MomentsBenchmarkTest {

    static double[] run(String impl) {
        MomentsBenchmark b = new MomentsBenchmark();
        b.size = 200_000;
        b.impl = impl;
        b.setup();
        return b.moments();
    }

    @Test
    void everyImplementationAgrees() {
        double[] expected = run("twoPass");
        for (String impl : new String[] {"of", "acceptAll", "accept"}) {
            double[] actual = run(impl);
            String[] names = {"mean", "variance", "skewness", "kurtosis"};
            for (int i = 0; i < 4; i++) {
                // the two-pass loop sums 2e5 terms naively: relative error well below 1e-10
                assertEquals(expected[i], actual[i], 1e-10 * Math.abs(expected[i]),
                        impl + " " + names[i]);
            }
        }
    }
}
