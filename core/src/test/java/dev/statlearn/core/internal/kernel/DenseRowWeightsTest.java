package dev.statlearn.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DenseRowWeights#used}: the mask of the inputs the single-row kernels take, compared
 * with its definition (bit \( q \) set iff \( x_{base+q} \ne \pm 0 \), every bit when a weight is
 * not finite) for every block length 1 … 64, offsets, and inputs mixing ±0, NaN, infinities,
 * subnormals and ordinary values.
 */
class DenseRowWeightsTest {

    private static final double[] VALUES = {0.0, -0.0, 0.0, -0.0, 1.5, -2.0, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE};

    @Test
    void usedMarksExactlyTheNonzeroInputs() {
        DenseRowWeights finite = new DenseRowWeights(1, 1, new double[] {1.0}, 1);
        DenseRowWeights infinite = new DenseRowWeights(1, 1, new double[] {Double.POSITIVE_INFINITY}, 1);
        qt().withExamples(400)
                .forAll(integers().between(1, 64), integers().between(0, 5), integers().between(0, 70), longs().all())
                .checkAssert((len, off, base, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] x = new double[off + base + len];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = VALUES[rng.nextInt(VALUES.length)];
                    }
                    long expected = 0L;
                    for (int q = 0; q < len; q++) {
                        if (x[off + base + q] != 0.0 || Double.isNaN(x[off + base + q])) {
                            expected |= 1L << q;
                        }
                    }
                    assertEquals(expected, finite.used(x, off, base, len), "len " + len);
                    assertEquals(len == 64 ? -1L : (1L << len) - 1, infinite.used(x, off, base, len));
                });
    }
}
