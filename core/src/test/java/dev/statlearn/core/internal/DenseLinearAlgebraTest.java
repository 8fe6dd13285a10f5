package dev.statlearn.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class DenseLinearAlgebraTest {

    private static final double[][] A = {{4.0, 2.0, 0.6}, {2.0, 5.0, 1.5}, {0.6, 1.5, 3.0}};

    @Test
    void matchesScipy() {
        // scipy 1.10.1, tools/reference/ejml.py: scipy.linalg.cholesky(a, lower=True), scipy.linalg.inv(a),
        // scipy.linalg.solve_triangular(L, [1, -2, 0.5], lower=True)
        double[][] l = {{2.0, 0.0, 0.0}, {1.0, 2.0, 0.0}, {0.3, 0.6, 1.5968719422671311}};
        double[][] inv = {{0.3125, -0.125, -0.0}, {-0.12499999999999999, 0.2852941176470588, -0.11764705882352942},
            {7.891291106404302e-19, -0.11764705882352942, 0.3921568627450981}};
        double[] z = {0.5, -1.25, 0.6888467201936643};
        double[][] gotL = DenseLinearAlgebra.choleskyLowerOrNull(A);
        double[][] gotInv = DenseLinearAlgebra.inverseSpdOrNull(A);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(l[i], gotL[i], 1e-15);
            assertArrayEquals(inv[i], gotInv[i], 1e-15);
        }
        assertArrayEquals(z, DenseLinearAlgebra.forwardSolve(gotL, new double[] {1, -2, 0.5}), 1e-15);
    }

    @Test
    void notPositiveDefiniteGivesNull() {
        double[][] singular = {{1, 2}, {2, 4}};
        double[][] indefinite = {{1, 2}, {2, 1}};
        assertNull(DenseLinearAlgebra.choleskyLowerOrNull(singular));
        assertNull(DenseLinearAlgebra.choleskyLowerOrNull(indefinite));
        assertNull(DenseLinearAlgebra.inverseSpdOrNull(indefinite));
        assertNull(DenseLinearAlgebra.solveSpdOrNull(indefinite, new double[] {1, 1}));
        assertNull(DenseLinearAlgebra.choleskyLowerOrNull(new double[][] {{-1}}));
    }

    /** A = B B^T + d I with B standard normal: symmetric positive definite. */
    private static double[][] spd(int d, long seed) {
        RandomGenerator rng = Randomness.seeded(seed);
        double[][] b = new double[d][d];
        for (double[] row : b) {
            for (int j = 0; j < d; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    a[i][j] += b[i][k] * b[j][k];
                }
            }
            a[i][i] += d;
        }
        return a;
    }

    @Test
    void factorSolveAndInverseReproduceTheMatrix() {
        qt().withExamples(200).forAll(integers().between(1, 12), longs().all()).checkAssert((d, seed) -> {
            double[][] a = spd(d, seed);
            double[][] copy = DenseLinearAlgebra.array(DenseLinearAlgebra.matrix(a));
            double[][] l = DenseLinearAlgebra.choleskyLowerOrNull(a);
            double[][] inv = DenseLinearAlgebra.inverseSpdOrNull(a);
            double[] b = new double[d];
            for (int i = 0; i < d; i++) {
                b[i] = i - 0.5 * d;
            }
            double[] x = DenseLinearAlgebra.solveSpdOrNull(a, b);
            double[] z = DenseLinearAlgebra.forwardSolve(l, b);
            for (int i = 0; i < d; i++) {
                assertArrayEquals(copy[i], a[i], 0.0, "input modified");
                double ax = 0;
                double lz = 0;
                for (int j = 0; j < d; j++) {
                    double llt = 0;
                    double ainv = 0;
                    for (int k = 0; k < d; k++) {
                        llt += l[i][k] * l[j][k];
                        ainv += a[i][k] * inv[k][j];
                    }
                    assertEquals(a[i][j], llt, 1e-12 * a[i][i], "L L^T");
                    assertEquals(i == j ? 1 : 0, ainv, 1e-12 * d, "A A^-1");
                    assertEquals(inv[i][j], inv[j][i], 0.0, "symmetric inverse");
                    if (j > i) {
                        assertEquals(0.0, l[i][j], 0.0, "lower triangular");
                    }
                    ax += a[i][j] * x[j];
                    lz += l[i][j] * z[j];
                }
                assertTrue(l[i][i] > 0);
                assertEquals(b[i], ax, 1e-11 * d * d, "A x = b");
                assertEquals(b[i], lz, 1e-11 * d * d, "L z = b");
            }
        });
    }
}
