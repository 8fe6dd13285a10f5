package dev.statlearn.eval.internal;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The branch-free split against the obvious two-branch loop (same arrays, same order), and the
 * merged twice-area, also of the fused check-and-split of binary labels, against the pair count
 * \( \sum_{p, n} (2[s_p > s_n] + [s_p = s_n]) \), and the average precision without the curve
 * against the curve's, bit for bit.
 */
class RankCountsTest {

    @Test
    void splitKeepsOrderAndClassOfEveryScore() {
        qt().withFixedSeed(20261201L).withExamples(300)
                .forAll(longs().all(), integers().between(0, 60), integers().between(-1, 3))
                .checkAssert((seed, n, positiveClass) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] y = new int[n];
                    double[] s = new double[n];
                    // runs of one class at the start and end exercise the tail loop
                    int bias = rng.nextInt(3);
                    for (int i = 0; i < n; i++) {
                        y[i] = bias == 0 ? rng.nextInt(3) : (i < n / 2) == (bias == 1) ? positiveClass : 0;
                        s[i] = rng.nextInt(7) - 3 + (rng.nextBoolean() ? 0.0 : -0.0);
                    }
                    double[][] pn = RankCounts.split(y, s, positiveClass);
                    double[][] expected = naiveSplit(y, s, positiveClass);
                    assertArrayEquals(expected[0], pn[0]);
                    assertArrayEquals(expected[1], pn[1]);
                    if (pn[0].length > 0 && pn[1].length > 0) {
                        assertEquals(pairCount(pn[0], pn[1]), RankCounts.twiceArea(pn[0], pn[1]));
                    }
                });
    }

    @Test
    void binaryAreaIsThePairCountOfTheSplit() {
        qt().withFixedSeed(20261202L).withExamples(400)
                .forAll(longs().all(), integers().between(0, 80), integers().between(0, 4))
                .checkAssert((seed, n, shape) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] y = new int[n];
                    double[] s = new double[n];
                    for (int i = 0; i < n; i++) {
                        // shape 0: mixed; 1, 2: one class first; 3: all positive; 4: all negative
                        y[i] = shape == 0 ? rng.nextInt(2) : shape < 3 ? ((i < n / 2) == (shape == 1) ? 1 : 0)
                                : shape == 3 ? 1 : 0;
                        // few distinct values: ties within and across classes, both zeros
                        s[i] = rng.nextInt(7) - 3 + (rng.nextBoolean() ? 0.0 : -0.0) + (rng.nextInt(4) == 0 ? 0.5 : 0);
                    }
                    double[] before = s.clone();
                    RankCounts.BinaryArea area = RankCounts.binaryArea(y, s);
                    double[][] pn = naiveSplit(y, s, 1);
                    assertEquals(pn[0].length, area.positives());
                    assertEquals(pn[1].length, area.negatives());
                    assertEquals(pairCount(pn[0], pn[1]), area.twiceArea());
                    RankCounts curve = RankCounts.of(y, s, 1);
                    double ap = curve.positives == 0 ? 0.0 : curve.averagePrecision();
                    assertEquals(Double.doubleToRawLongBits(ap),
                            Double.doubleToRawLongBits(RankCounts.averagePrecision(y, s)));
                    assertArrayEquals(before, s);
                });
    }

    @Test
    void averagePrecisionWithoutTheCurveHasTheCurvesBits() {
        qt().withFixedSeed(20261203L).withExamples(100)
                .forAll(longs().all(), integers().between(1, 3000))
                .checkAssert((seed, n) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] y = new int[n];
                    double[] s = new double[n];
                    double grid = rng.nextBoolean() ? 1e-2 : 0; // ties on a grid, or (almost) none
                    for (int i = 0; i < n; i++) {
                        y[i] = rng.nextInt(10) < 3 ? 1 : 0;
                        double v = y[i] + 1.2 * (rng.nextDouble() + rng.nextDouble() + rng.nextDouble() - 1.5);
                        s[i] = grid > 0 ? Math.rint(v / grid) * grid : v;
                    }
                    RankCounts curve = RankCounts.of(y, s, 1);
                    double ap = curve.positives == 0 ? 0.0 : curve.averagePrecision();
                    assertEquals(Double.doubleToRawLongBits(ap),
                            Double.doubleToRawLongBits(RankCounts.averagePrecision(y, s)));
                });
    }

    @Test
    void binaryAreaChecksAsTheSeparateChecksInTheirOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RankCounts.binaryArea(new int[] {1, 0, 2}, new double[] {0.1, Double.NaN}));
        assertEquals("actual[2] must be a class index in [0, 1], was 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RankCounts.binaryArea(new int[] {1, -1, 0}, new double[] {0.1, Double.NaN, 0.2}));
        assertEquals("actual[1] must be a class index in [0, 1], was -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RankCounts.binaryArea(new int[] {1, 0, 1}, new double[] {0.1, 0.2}));
        assertEquals("actual has length 3 but scores has length 2", e.getMessage());
        double[][] bad = {
            {0.1, 0.2, Double.POSITIVE_INFINITY, Double.NaN, 0.3},
            {0.1, 0.2, 0.3, 0.4, Double.NEGATIVE_INFINITY},
            {Double.NaN, 0.2, 0.3, 0.4, 0.5},
            {0.1, -Double.MAX_VALUE, 0.3, Double.POSITIVE_INFINITY, Double.MAX_VALUE},
        };
        String[] expected = {"scores[2] must be finite, was Infinity", "scores[4] must be finite, was -Infinity",
            "scores[0] must be finite, was NaN", "scores[3] must be finite, was Infinity"};
        for (int[] y : new int[][] {{1, 0, 0, 1, 0}, {0, 0, 0, 0, 0}, {1, 1, 1, 1, 1}, {0, 1, 1, 0, 1}}) {
            for (int k = 0; k < bad.length; k++) {
                double[] s = bad[k];
                e = assertThrows(IllegalArgumentException.class, () -> RankCounts.binaryArea(y, s));
                assertEquals(expected[k], e.getMessage());
            }
        }
        for (int k = 0; k < bad.length; k++) {
            double[] s = bad[k];
            e = assertThrows(IllegalArgumentException.class,
                    () -> RankCounts.averagePrecision(new int[] {0, 1, 1, 0, 1}, s));
            assertEquals(expected[k], e.getMessage());
        }
        e = assertThrows(IllegalArgumentException.class,
                () -> RankCounts.averagePrecision(new int[] {1, 0, 3}, new double[] {0.1, 0.2}));
        assertEquals("actual[2] must be a class index in [0, 1], was 3", e.getMessage());
        RankCounts.BinaryArea extremes = RankCounts.binaryArea(new int[] {1, 0, 0},
                new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE});
        assertEquals(new RankCounts.BinaryArea(3, 1, 2), extremes);
    }

    @Test
    void firstNonFiniteScoreIsNamed() {
        int[] y = {1, 0, 0, 1, 0};
        double[] s = {0.1, 0.2, Double.POSITIVE_INFINITY, Double.NaN, 0.3};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RankCounts.split(y, s, 1, "scoresA"));
        assertEquals("scoresA[2] must be finite, was Infinity", e.getMessage());
        double[] tail = {0.1, 0.2, 0.3, 0.4, Double.NaN}; // found by the single-class tail loop
        e = assertThrows(IllegalArgumentException.class, () -> RankCounts.split(new int[] {1, 0, 0, 0, 0}, tail, 1));
        assertEquals("scores[4] must be finite, was NaN", e.getMessage());
    }

    private static double[][] naiveSplit(int[] y, double[] s, int positiveClass) {
        int p = 0;
        for (int label : y) {
            if (label == positiveClass) {
                p++;
            }
        }
        double[] pos = new double[p];
        double[] neg = new double[y.length - p];
        int ip = 0;
        int in = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == positiveClass) {
                pos[ip++] = s[i];
            } else {
                neg[in++] = s[i];
            }
        }
        return new double[][] {pos, neg};
    }

    private static long pairCount(double[] pos, double[] neg) {
        long c = 0;
        for (double a : pos) {
            for (double b : neg) {
                c += a > b ? 2 : a == b ? 1 : 0;
            }
        }
        return c;
    }
}
