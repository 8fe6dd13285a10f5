package dev.statlearn.benchmarks.guard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each pair of the speed guard computes the same thing on both sides (up to the rounding of a
 * different order of operations), so a ratio compares equal work.
 */
class GuardBenchmarkTest {

    private static final GuardBenchmark B = new GuardBenchmark();

    @BeforeAll
    static void setup() {
        B.setup();
    }

    @Test
    void productsAgree() {
        assertArrayEquals(B.mult_reference().clone(), B.mult_statlearn(), 1e-12 * GuardBenchmark.K);
        assertArrayEquals(B.multTransA_reference().clone(), B.multTransA_statlearn(), 1e-12 * GuardBenchmark.M);
        assertArrayEquals(B.multTransB_reference().clone(), B.multTransB_statlearn(), 1e-12 * GuardBenchmark.N);
    }

    @Test
    void softmaxAgrees() {
        assertArrayEquals(B.softmaxRows_reference().clone(), B.softmaxRows_statlearn(), 1e-15);
    }

    @Test
    void sumsAgree() {
        assertEquals(B.kl_reference(), B.kl_statlearn(), 1e-12 * Math.abs(B.kl_reference()));
        assertEquals(B.entropy_reference(), B.entropy_statlearn(), 1e-12 * Math.abs(B.entropy_reference()));
    }

    @Test
    void aucAgrees() {
        double auc = B.auc_statlearn();
        assertEquals(B.auc_reference(), auc, 1e-12);
        // binormal closed form: scores are label + N(0, 1.2^2) (rounded to 4 decimals, so with
        // ties), AUC = Phi(1 / (1.2 sqrt 2)) = 0.7222; its sampling sd on 10^5 scores is ~0.002
        assertEquals(0.7222, auc, 0.01);
    }

    @Test
    void monteCarloAgrees() {
        // the reference adds 1e-300 times its sum of squares so that the JIT keeps that sum
        assertEquals(B.monteCarlo_reference(), B.monteCarlo_statlearn(), 1e-12);
    }

    @Test
    void momentsAgree() {
        double[] reference = B.moments_reference();
        double[] statlearn = B.moments_statlearn();
        for (int i = 0; i < 4; i++) {
            assertEquals(reference[i], statlearn[i], 1e-10 * Math.max(1, Math.abs(reference[i])), "moment " + i);
        }
    }
}
