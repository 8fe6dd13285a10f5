package dev.statlearn.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class EjmlMatricesTest {

    @Test
    void elementIJIsFeatureJOfExampleI() {
        DMatrixRMaj m = new DMatrixRMaj(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Dataset d = EjmlMatrices.classification(m, new int[] {0, 1});
        assertEquals(2, d.size());
        assertEquals(3, d.numFeatures());
        assertEquals(6.0, d.value(1, 2));
        assertEquals(2.0, d.value(0, 1));
        DMatrixRMaj back = EjmlMatrices.features(d);
        assertEquals(2, back.getNumRows());
        assertEquals(3, back.getNumCols());
        assertArrayEquals(m.data, back.data, 0.0);
        Dataset r = EjmlMatrices.regression(m, new double[] {0.5, -1});
        assertArrayEquals(new double[] {0.5, -1}, r.targets(), 0.0);
    }

    @Test
    void roundTripCopiesAndNeverShares() {
        qt().withExamples(100).forAll(integers().between(1, 20), integers().between(1, 8), longs().all())
                .checkAssert((n, d, seed) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double[][] x = new double[n][d];
                    for (double[] row : x) {
                        for (int j = 0; j < d; j++) {
                            row[j] = rng.nextGaussian();
                        }
                    }
                    DMatrixRMaj m = EjmlMatrices.toMatrix(x);
                    double[] before = m.data.clone();
                    Dataset ds = EjmlMatrices.regression(m, new double[n]);
                    m.data[0] = 99;
                    assertEquals(x[0][0], ds.value(0, 0), 0.0);
                    m.data[0] = before[0];
                    double[][] back = EjmlMatrices.toArray(EjmlMatrices.features(ds));
                    for (int i = 0; i < n; i++) {
                        assertArrayEquals(x[i], back[i], 0.0);
                        for (int j = 0; j < d; j++) {
                            assertEquals(x[i][j], m.get(i, j), 0.0);
                        }
                    }
                    assertArrayEquals(before, m.data, 0.0);
                });
    }

    @Test
    void badInput() {
        assertEquals("m must have at least one row and one column, was 0x3", assertThrows(IllegalArgumentException.class,
                () -> EjmlMatrices.toArray(new DMatrixRMaj(0, 3))).getMessage());
        assertThrows(NullPointerException.class, () -> EjmlMatrices.classification(null, new int[] {0}));
        assertThrows(NullPointerException.class, () -> EjmlMatrices.regression(new DMatrixRMaj(1, 1), null));
        assertThrows(IllegalArgumentException.class,
                () -> EjmlMatrices.classification(new DMatrixRMaj(2, 1), new int[] {0}));
        DMatrixRMaj inf = new DMatrixRMaj(1, 1);
        inf.set(0, 0, Double.POSITIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, () -> EjmlMatrices.regression(inf, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> EjmlMatrices.toMatrix(new double[][] {{1, 2}, {3}}));
    }
}
