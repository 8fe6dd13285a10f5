package dev.statlearn.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PcaTest {

    private static void assertRows(double[][] expected, double[][] actual, double relTol) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], actual[i][j], relTol * Math.max(1, Math.abs(expected[i][j])),
                        "[" + i + "][" + j + "]");
            }
        }
    }

    private static void checkAgainstSklearn(Dataset data, double[][] components, double[] variance, double[] ratio,
            double[] singular, double[][] firstScores, double[] lastScore) {
        Pca pca = Pca.fit(data, 3);
        assertRows(components, pca.components(), 1e-10);
        assertRows(new double[][] {variance}, new double[][] {pca.explainedVariance()}, 1e-12);
        assertRows(new double[][] {ratio}, new double[][] {pca.explainedVarianceRatio()}, 1e-12);
        assertRows(new double[][] {singular}, new double[][] {pca.singularValues()}, 1e-12);
        double[][] x = data.features();
        assertRows(firstScores, pca.transform(new double[][] {x[0], x[1], x[2]}), 1e-10);
        assertRows(new double[][] {lastScore}, new double[][] {pca.transform(x[x.length - 1])}, 1e-10);
        Dataset scored = pca.transform(data);
        assertEquals(3, scored.numFeatures());
        assertArrayEquals(data.labels(), scored.labels());
    }

    @Test
    void irisMatchesSklearn() {
        // scikit-learn 1.2.1, tools/reference/ejml.py: PCA(n_components=3, svd_solver="full").fit(load_iris().data)
        // components_, explained_variance_, explained_variance_ratio_, singular_values_, transform(x[:3]), transform(x[-1:])
        checkAgainstSklearn(Datasets.iris(),
                new double[][] {
                    {0.3613865917853687, -0.08452251406456868, 0.8566706059498351, 0.3582891971515508},
                    {0.6565887712868422, 0.7301614347850266, -0.17337266279585684, -0.0754810199174632},
                    {-0.5820298513060654, 0.5979108301000856, 0.07623607582096326, 0.5458314320200756}},
                new double[] {4.228241706034864, 0.24267074792863344, 0.07820950004291942},
                new double[] {0.9246187232017271, 0.05306648311706783, 0.017102609807929773},
                new double[] {25.099960442183864, 6.013147382308734, 3.4136806391921013},
                new double[][] {
                    {-2.6841256259695374, 0.3193972465850999, -0.02791482758941377},
                    {-2.7141416872943265, -0.1770012250647814, -0.21046427237824394},
                    {-2.8889905690592976, -0.14494942608555886, 0.017900256320890096}},
                new double[] {1.3901888619479132, -0.2826609379905505, 0.36290964808537557});
    }

    @Test
    void wineMatchesSklearn() {
        // scikit-learn 1.2.1, tools/reference/ejml.py: PCA(n_components=3, svd_solver="full").fit(load_wine().data)
        checkAgainstSklearn(Datasets.wine(),
                new double[][] {
                    {0.001659264719642073, -0.0006810155555011521, 0.0001949057418915889, -0.00467130058127623,
                        0.017868007506895368, 0.0009898296800817925, 0.001567288301793057, -0.00012308666181031305,
                        0.0006006077918217758, 0.0023271431925767474, 0.00017138003714523408, 0.0007049316445910609,
                        0.9998229365233258},
                    {0.0012034061657710277, 0.002154981839745153, 0.004593692543405325, 0.026450393026476143,
                        0.9993441860623371, 0.0008779621521437714, -5.185072836496959e-05, -0.0013544789203906976,
                        0.0050044004028683906, 0.015100352998600292, -0.0007626731152747403, -0.003495364313661064,
                        -0.017773809456949115},
                    {-0.01687380940568654, -0.12200337281754124, -0.05198743036096083, -0.9385930029730265,
                        0.029780248422212233, 0.04048464386779422, 0.08544333866677438, -0.013510779680585951,
                        0.024659382353570722, -0.2913984640632882, 0.025977662378046246, 0.07032396931674169,
                        -0.004528681589552575}},
                new double[] {99201.78951748094, 172.53526647789155, 9.43811370347062},
                new double[] {0.9980912304918974, 0.0017359156247057496, 9.495895755146089e-05},
                new double[] {4190.312249056641, 174.75337526522, 40.872314902807986},
                new double[][] {
                    {318.5629792879366, 21.49213073453997, 3.1307347048126317},
                    {303.0974196593864, -5.364717683064029, 6.8228354952679355},
                    {438.0611329172363, -6.537309449440066, -1.1132229813678283}},
                new double[] {-186.94319027310928, -0.213330803121668, -5.63050983877714});
    }

    @Test
    void fittedOnTrainingDataOnly() {
        Dataset iris = Datasets.iris();
        int[] train = new int[100];
        for (int i = 0; i < train.length; i++) {
            train[i] = i;
        }
        Transformer t = Pca.preprocessor(2).fit(iris.select(train));
        assertArrayEquals(Pca.fit(iris.select(train), 2).transform(iris.row(149)), t.transform(iris.row(149)), 0.0);
        assertEquals(4, t.inputFeatures());
        assertEquals(2, t.outputFeatures());
    }

    @Test
    void badInput() {
        double[][] x = {{1, 2}, {3, 5}, {4, 4}};
        assertEquals("components must be in [1, min(rows, columns) = 2], was 3",
                assertThrows(IllegalArgumentException.class, () -> Pca.fit(x, 3)).getMessage());
        assertEquals("x must have at least 2 rows, had 1",
                assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}}, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}, {Double.NaN, 1}}, 1));
        assertThrows(IllegalArgumentException.class, () -> Pca.preprocessor(0));
        assertThrows(NullPointerException.class, () -> Pca.fit((double[][]) null, 1));
        Pca pca = Pca.fit(x, 2);
        assertThrows(IllegalArgumentException.class, () -> pca.transform(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> pca.transform(new double[] {1, Double.POSITIVE_INFINITY}));
        assertTrue(Double.isNaN(pca.transform(new double[] {1, Double.NaN})[0]));
    }

    @Test
    void propertiesOfTheDecomposition() {
        // every component has unit length, the components are orthogonal, the variances decrease, the ratios
        // sum to 1 when k = min(n, d), the training scores have mean 0 and the given variances, and
        // inverseTransform(transform(x)) = x at full rank
        qt().withExamples(100).forAll(integers().between(2, 30), integers().between(1, 6), longs().all())
                .checkAssert((n, d, seed) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double[][] x = new double[n][d];
                    for (double[] row : x) {
                        for (int j = 0; j < d; j++) {
                            row[j] = (j + 1) * rng.nextGaussian() + 10 * j;
                        }
                    }
                    int k = Math.min(n, d);
                    Pca pca = Pca.fit(x, k);
                    double[][] v = pca.components();
                    double[] var = pca.explainedVariance();
                    double sumRatio = 0;
                    for (int a = 0; a < k; a++) {
                        sumRatio += pca.explainedVarianceRatio()[a];
                        if (a > 0) {
                            assertTrue(var[a] <= var[a - 1] * (1 + 1e-12));
                        }
                        for (int b = 0; b < k; b++) {
                            double dot = 0;
                            for (int j = 0; j < d; j++) {
                                dot += v[a][j] * v[b][j];
                            }
                            assertEquals(a == b ? 1 : 0, dot, 1e-10);
                        }
                    }
                    assertEquals(1, sumRatio, 1e-10);
                    double[][] scores = pca.transform(x);
                    for (int a = 0; a < k; a++) {
                        double s = 0;
                        double ss = 0;
                        double largest = 0;
                        double largestPositive = 0;
                        for (double[] row : scores) {
                            s += row[a];
                            ss += row[a] * row[a];
                            largest = Math.max(largest, Math.abs(row[a]));
                            largestPositive = Math.max(largestPositive, row[a]);
                        }
                        double scale = Math.sqrt(var[0]) + 1;
                        assertEquals(0, s / n, 1e-9 * scale);
                        assertEquals(var[a], ss / (n - 1), 1e-9 * scale * scale);
                        // svd_flip: the score of largest magnitude is positive (up to ties)
                        assertTrue(largestPositive >= largest * (1 - 1e-9) - 1e-9 * scale, "svd_flip sign");
                    }
                    if (k == d) {
                        for (int i = 0; i < n; i++) {
                            assertArrayEquals(x[i], pca.inverseTransform(scores[i]), 1e-9 * (10 * d + Math.sqrt(var[0])));
                        }
                    }
                });
    }
}
