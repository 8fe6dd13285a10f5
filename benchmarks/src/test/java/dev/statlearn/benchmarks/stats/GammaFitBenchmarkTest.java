package dev.statlearn.benchmarks.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code Mle.gamma} and the bare one-pass fit agree, and both recover the true parameters. */
class GammaFitBenchmarkTest {

    static double[] run(String impl) {
        GammaFitBenchmark b = new GammaFitBenchmark();
        b.size = 100_000;
        b.impl = impl;
        b.setup();
        return b.fit();
    }

    @Test
    void variantsAgree() {
        double[] mle = run("mle");
        double[] loop = run("onePass");
        assertEquals(loop[0], mle[0], 1e-9 * loop[0], "shape");
        assertEquals(loop[1], mle[1], 1e-9 * loop[1], "rate");
        // n = 1e5: the standard error of the shape is about 0.01; 0.06 is > 5 standard errors
        assertEquals(2.5, mle[0], 0.06);
        assertEquals(1.5, mle[1], 0.04);
    }
}
