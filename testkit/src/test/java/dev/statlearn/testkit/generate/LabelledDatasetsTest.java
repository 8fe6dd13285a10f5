package dev.statlearn.testkit.generate;

import static dev.statlearn.testkit.generate.ProbabilityVectorsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LabelledDatasetsTest {

    @Test
    void classSizesSumToNKeepTheMinimumAndFollowTheProportions() {
        qt().withExamples(300)
                .forAll(integers().between(2, 20), doubles().between(1, 1000), integers().between(1, 10),
                        integers().between(0, 2000))
                .checkAssert((k, ratio, min, extra) -> {
                    int n = k * min + extra;
                    Generator<Dataset> g = LabelledDatasets.classification(n, 2, k, ratio, min, 1);
                    Dataset data = g.next(Randomness.seeded(n));
                    int[] counts = data.classCounts();
                    assertEquals(k, counts.length);
                    assertEquals(n, Arrays.stream(counts).sum());
                    assertTrue(Arrays.stream(counts).allMatch(c -> c >= min), Arrays.toString(counts));
                    // class sizes are non-increasing (the proportions are)
                    for (int c = 1; c < k; c++) {
                        assertTrue(counts[c] <= counts[c - 1] + 1, Arrays.toString(counts));
                    }
                    // when no share is below the minimum, each size is within 1 of n * pi_c
                    double[] pi = new double[k];
                    double sum = 0;
                    for (int c = 0; c < k; c++) {
                        pi[c] = Math.pow(ratio, -(double) c / (k - 1));
                        sum += pi[c];
                    }
                    boolean noneShort = true;
                    for (int c = 0; c < k; c++) {
                        noneShort &= n * pi[c] / sum >= min;
                    }
                    if (noneShort) {
                        for (int c = 0; c < k; c++) {
                            assertEquals(n * pi[c] / sum, counts[c], 1.0 + 1e-9, Arrays.toString(counts));
                        }
                    }
                });
    }

    @Test
    void imbalanceRatioIsTheRatioOfLargestToSmallestClass() {
        Dataset data = LabelledDatasets.classification(11_000, 3, 2, 10, 1, 2).next(Randomness.seeded(1));
        assertArrayEquals(new int[] {10_000, 1_000}, data.classCounts());
        int[] sizes = LabelledDatasets.classSizes(100, new double[] {0.5, 0.3, 0.2}, 1);
        assertArrayEquals(new int[] {50, 30, 20}, sizes);
        // a share below the minimum is raised to it, and the others give up rows
        assertArrayEquals(new int[] {85, 10, 5}, LabelledDatasets.classSizes(100, new double[] {0.9, 0.1, 0}, 5));
    }

    /**
     * Means are (s / sqrt 2) u_c, so |mu0 - mu1| = s sqrt(1 - cos theta) with theta the angle of two
     * uniform directions; in d = 200 the cosine has sd 1 / sqrt(200) = 0.071, so 6 sd keep the
     * distance within 24% of s. The centroids of 2000 rows each add 200 * (1/2000 + 1/2000) = 0.2 to
     * the expected squared distance (negligible next to s^2 = 400). Tolerance 30% of s.
     */
    @Test
    void separationIsTheDistanceBetweenClassMeans() {
        Dataset data = LabelledDatasets.balanced(4_000, 200, 2, 20).next(Randomness.seeded(3));
        double[][] centroid = new double[2][200];
        int[] counts = data.classCounts();
        for (int i = 0; i < data.size(); i++) {
            double[] row = data.row(i);
            for (int j = 0; j < 200; j++) {
                centroid[data.label(i)][j] += row[j] / counts[data.label(i)];
            }
        }
        double d2 = 0;
        for (int j = 0; j < 200; j++) {
            d2 += Math.pow(centroid[0][j] - centroid[1][j], 2);
        }
        // E|c0 - c1|^2 = |mu0 - mu1|^2 + 200 * (1/2000 + 1/2000) = |mu0 - mu1|^2 + 0.2
        assertEquals(20, Math.sqrt(d2), 20 * 0.3, "distance " + Math.sqrt(d2));
    }

    @Test
    void explicitProportionsAndSameSeedSameData() {
        Generator<Dataset> g = LabelledDatasets.classification(60, 4, new double[] {1, 2, 3}, 2, 1.5);
        Dataset a = g.next(Randomness.seeded(9));
        Dataset b = g.next(Randomness.seeded(9));
        assertArrayEquals(new int[] {10, 20, 30}, a.classCounts());
        assertTrue(Arrays.deepEquals(a.features(), b.features()));
        assertArrayEquals(a.labels(), b.labels());
        assertEquals(3, a.numClasses());
        assertEquals(4, a.numFeatures());
    }

    @Test
    void linearRegressionHasItsModel() {
        qt().withExamples(50).forAll(longs().all(), integers().between(1, 50), integers().between(1, 5))
                .checkAssert((seed, n, d) -> {
                    LabelledDatasets.LinearData data = LabelledDatasets.linearRegression(n, d, 0).next(Randomness.seeded(seed));
                    assertEquals(d, data.coefficients().length);
                    double[] y = data.dataset().targets();
                    for (int i = 0; i < n; i++) {
                        double fit = data.intercept();
                        for (int j = 0; j < d; j++) {
                            fit += data.dataset().value(i, j) * data.coefficients()[j];
                        }
                        assertEquals(fit, y[i], 1e-12 * (1 + Math.abs(fit)));
                    }
                    assertEquals(data, LabelledDatasets.linearRegression(n, d, 0).next(Randomness.seeded(seed)));
                });
        // noise: the residual sd of 20000 rows with sigma = 2 is 2 within 6 sd (sd of s ~ 2/sqrt(40000) = 0.01)
        LabelledDatasets.LinearData noisy = LabelledDatasets.linearRegression(20_000, 2, 2).next(Randomness.seeded(4));
        double ss = 0;
        for (int i = 0; i < 20_000; i++) {
            double r = noisy.dataset().targets()[i] - noisy.intercept() - noisy.dataset().value(i, 0) * noisy.coefficients()[0]
                    - noisy.dataset().value(i, 1) * noisy.coefficients()[1];
            ss += r * r;
        }
        assertEquals(2, Math.sqrt(ss / 20_000), 0.06);
        assertTrue(noisy.toString().startsWith("LinearData[intercept="));
    }

    @Test
    void badArgumentsAreRejectedNamingThem() {
        assertMessage("k must be in [2, 65536], was 1", () -> LabelledDatasets.balanced(10, 2, 1, 1));
        assertMessage("n must be >= k * minPerClass = 9, was 8", () -> LabelledDatasets.classification(8, 2, 3, 2, 3, 1));
        assertMessage("imbalanceRatio must be in [1.0, 1.0E9], was 0.5", () -> LabelledDatasets.classification(8, 2, 3, 0.5, 1, 1));
        assertMessage("separation must be in [0.0, 1000000.0], was NaN", () -> LabelledDatasets.balanced(8, 2, 2, Double.NaN));
        assertMessage("d must be in [1, 2147483647], was 0", () -> LabelledDatasets.balanced(8, 0, 2, 1));
        assertMessage("n * d must be <= 67108864 (LabelledDatasets.MAX_CELLS), was 1073741824 * 4 = 4294967296",
                () -> LabelledDatasets.balanced(1 << 30, 4, 2, 1));
        // the limit itself is accepted (the generator allocates only when drawing)
        LabelledDatasets.balanced(1 << 24, 4, 2, 1);
        LabelledDatasets.linearRegression(1 << 24, 4, 1);
        assertMessage("n * d must be <= 67108864 (LabelledDatasets.MAX_CELLS), was 16777217 * 4 = 67108868",
                () -> LabelledDatasets.linearRegression((1 << 24) + 1, 4, 1));
        assertMessage("proportions[1] must be in [0.0, 1.7976931348623157E308], was -1.0",
                () -> LabelledDatasets.classification(8, 2, new double[] {1, -1}, 1, 1));
        assertMessage("proportions must have a positive finite sum, summed to 0.0",
                () -> LabelledDatasets.classification(8, 2, new double[] {0, 0}, 1, 1));
        assertMessage("noiseSd must be in [0.0, 1000000.0], was -1.0", () -> LabelledDatasets.linearRegression(3, 1, -1));
        assertThrows(NullPointerException.class, () -> LabelledDatasets.classification(8, 2, null, 1, 1));
    }
}
