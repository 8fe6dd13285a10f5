package dev.statlearn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.eval.curve.RocCurve;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * A seeded bootstrap interval against bits committed from the scalar kernel path: resampling
 * and the metrics use no kernel, so the interval is bit-identical on both paths (the build runs
 * this class on both). To regenerate, run on the scalar path and copy the printed lines.
 */
class KernelPathReproducibilityTest {

    @Test
    void bootstrapIntervalIsBitIdenticalOnBothPaths() {
        RandomGenerator data = Randomness.seeded(21);
        int n = 400;
        int[] actual = new int[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = data.nextDouble() < 0.3 ? 1 : 0;
            scores[i] = actual[i] + 1.5 * data.nextGaussian();
        }
        ConfidenceInterval ci = Bootstrap.withDefaults().withResamples(500)
                .scoreInterval(actual, scores, RocCurve::auc, Randomness.seeded(42));
        System.out.println("KernelPathReproducibilityTest [" + (Kernels.isVector() ? "vector" : "scalar")
                + "] auc interval = " + ci.estimate() + " [" + ci.lower() + ", " + ci.upper() + "]");
        assertEquals(Double.doubleToLongBits(ESTIMATE), Double.doubleToLongBits(ci.estimate()), "estimate");
        assertEquals(Double.doubleToLongBits(LOWER), Double.doubleToLongBits(ci.lower()), "lower");
        assertEquals(Double.doubleToLongBits(UPPER), Double.doubleToLongBits(ci.upper()), "upper");
    }

    // committed from the scalar path
    private static final double ESTIMATE = 0.7037940917733193;
    private static final double LOWER = 0.6530789749992906;
    private static final double UPPER = 0.758011010528108;
}
