package dev.statlearn.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The contract on the scalar kernels, which must equal naive loops bit for bit. */
class ScalarKernelOpsTest extends KernelOpsContract {

    @Override
    KernelOps ops() {
        return Kernels.scalar();
    }

    @Override
    boolean exactProducts() {
        return true;
    }

    /**
     * The products skip the zero terms of sparse rows of A: they must still equal the naive loop
     * bit for bit, with signed zeros in A and C, and with infinite or NaN values in B (whose
     * products with a zero are NaN, so nothing may be skipped), for dense and sparse tiles,
     * every orientation, with and without accumulating.
     */
    @Test
    void productsWithZerosAndNonFiniteValuesMatchNaiveLoops() {
        SplittableRandom rng = new SplittableRandom(11);
        int[][] shapes = {{64, 128, 64}, {10, 128, 64}, {64, 128, 10}, {64, 10, 128}, {7, 33, 9},
            {13, 5, 140}, {3, 300, 20}};
        double[] zeroFractions = {0.0, 0.5, 0.9, 1.0};
        for (int[] shape : shapes) {
            for (int mode = 0; mode < 8; mode++) {
                for (double zeros : zeroFractions) {
                    for (int special = 0; special < 3; special++) {
                        checkSparse(rng, (mode & 1) != 0, (mode & 2) != 0, (mode & 4) != 0,
                                shape[0], shape[1], shape[2], zeros, special);
                    }
                }
            }
        }
    }

    /** special: 0 all finite, 1 one infinity in B, 2 one NaN in B. */
    private void checkSparse(SplittableRandom rng, boolean ta, boolean tb, boolean acc, int m,
                             int n, int k, double zeros, int special) {
        double[] a = new double[m * k];
        for (int i = 0; i < a.length; i++) {
            double u = rng.nextDouble();
            a[i] = u < zeros / 2 ? 0.0 : u < zeros ? -0.0 : rng.nextDouble(-2, 2);
        }
        double[] b = random(rng, k * n);
        if (special > 0) {
            b[rng.nextInt(b.length)] = special == 1 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        double[] c0 = new double[m * n];
        for (int i = 0; i < c0.length; i++) {
            c0[i] = rng.nextBoolean() ? -0.0 : rng.nextDouble(-1, 1);
        }
        int lda = ta ? m : k;
        int ldb = tb ? k : n;
        double[] expected = c0.clone();
        naiveGemm(ta, tb, acc, m, n, k, a, 0, lda, b, 0, ldb, expected, 0, n);
        double[] actual = Gemm.run(ops(), ta, tb, acc, m, n, k, a, 0, lda, b, 0, ldb, c0.clone(),
                0, n, Long.MAX_VALUE);
        for (int i = 0; i < expected.length; i++) {
            boolean same = Double.isNaN(expected[i])
                    ? Double.isNaN(actual[i])
                    : Double.doubleToRawLongBits(expected[i]) == Double.doubleToRawLongBits(actual[i]);
            if (!same) {
                fail(String.format("C[%d][%d] = %s, naive %s (ta=%s tb=%s acc=%s m=%d n=%d k=%d"
                        + " zeros=%s special=%d)", i / n, i % n, actual[i], expected[i], ta, tb,
                        acc, m, n, k, zeros, special));
            }
        }
    }
}
