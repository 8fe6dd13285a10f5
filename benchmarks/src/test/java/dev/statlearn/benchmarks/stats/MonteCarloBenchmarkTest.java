package dev.statlearn.benchmarks.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.stats.montecarlo.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Sequential and parallel Monte Carlo estimate the same integral: they use different random
 * streams, so they agree within their standard errors (fixed seeds; each is also within 5
 * standard errors of the exact value \( \sqrt\pi\,\mathrm{erf}(1) \)).
 */
class MonteCarloBenchmarkTest {

    static Estimate run(int samples, String impl) {
        MonteCarloBenchmark b = new MonteCarloBenchmark();
        b.samples = samples;
        b.impl = impl;
        return b.integrate();
    }

    @Test
    void bothVariantsEstimateTheIntegral() {
        double exact = 1.4936482656248540; // sqrt(pi) * erf(1), scipy.special.erf(1) * sqrt(pi)
        for (int n : new int[] {10000, 1000000}) {
            Estimate seq = run(n, "sequential");
            Estimate par = run(n, "parallel");
            assertEquals(n, seq.samples());
            assertEquals(n, par.samples());
            assertEquals(exact, seq.value(), 5 * seq.standardError(), "sequential n=" + n);
            assertEquals(exact, par.value(), 5 * par.standardError(), "parallel n=" + n);
            double se = Math.hypot(seq.standardError(), par.standardError());
            assertTrue(Math.abs(seq.value() - par.value()) < 5 * se, "n=" + n);
            // reproducible
            assertEquals(par.value(), run(n, "parallel").value(), 0.0);
        }
    }
}
