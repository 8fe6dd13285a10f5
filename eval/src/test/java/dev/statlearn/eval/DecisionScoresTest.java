package dev.statlearn.eval;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static dev.statlearn.eval.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class DecisionScoresTest {

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py score
    // scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2
    // tied_scores(): RandomState(13)
    static final int[] TIED_Y = {2, 0, 2, 0, 2, 2, 0, 1, 0, 2, 3, 2, 0, 2, 2, 2, 2, 1, 1, 2, 1, 3, 0, 2, 0, 3, 1, 3, 3, 2, 1, 3, 1, 2, 0, 0, 3, 0, 0, 2, 2, 2, 0, 1, 3, 3, 1, 0, 3, 2};
    static final double[][] TIED_S = {{0.2, -0.6, 1.5, 0.6}, {1.0, -0.6, -3.2, 1.5}, {0.8, -1.0, -0.3999999999999999, -0.9}, {0.5, 0.5, 0.5, 0.5}, {-0.7, -1.4, 2.2, 0.5}, {0.2, -0.5, -0.30000000000000004, 0.1}, {0.6000000000000001, -0.4, -1.1, 0.8}, {0.2, 0.9, 0.9, 0.1}, {0.8, -1.4, -0.0, 1.1}, {-1.3, -0.6, 1.3, -1.4}, {0.5, 0.1, -1.1, 0.7000000000000001}, {-0.7, 0.6, 0.6000000000000001, -1.3}, {1.0, -0.1, 0.1, -0.1}, {-0.7, 0.3, 1.6, -1.3}, {1.9, 0.4, 1.4, -0.5}, {0.7, -1.0, 0.4, -0.5}, {0.0, -0.1, 0.6000000000000001, -0.1}, {-0.7, -0.09999999999999998, 1.2, 0.8}, {0.5, -0.5, 0.1, 0.9}, {0.4, 0.4, 1.0, 1.2}, {-0.9, 0.4, 0.1, -0.9}, {0.1, 0.1, -0.7, 2.2}, {2.2, 0.8, -0.1, -0.5}, {-0.5, -0.8, 0.10000000000000009, -1.0}, {1.2000000000000002, -0.8, 0.1, -0.6}, {0.0, -1.3, -0.8, -0.5999999999999999}, {-1.1, 0.8, -1.1, -0.4}, {0.5, 0.8, 0.9, 1.0}, {-0.2, 0.0, -1.1, 2.0}, {-0.3, -0.3, -0.3999999999999999, 1.1}, {0.6, 1.0, -0.3, -0.2}, {1.6, -0.9, -1.8, 0.5}, {-0.6, -0.19999999999999996, 0.1, 0.1}, {-1.2, 1.0, 0.8, -0.8}, {-0.19999999999999996, -0.4, 0.7, 0.4}, {-0.09999999999999998, 0.4, -0.6, 0.6}, {1.3, 1.6, -1.3, 0.7000000000000001}, {1.7000000000000002, -0.9, -0.9, 0.8}, {0.0, 1.0, 0.9, -0.8}, {-1.1, 0.9, 2.1, -0.0}, {0.9, -1.7, 0.30000000000000004, -1.0}, {0.0, 1.9, 0.9, 0.1}, {1.7000000000000002, 0.3, -0.3, -0.4}, {-1.0, -0.3999999999999999, -0.2, -0.7}, {-0.1, -0.7, 0.2, 1.8}, {-0.1, 1.3, 0.7, 0.30000000000000004}, {1.3, -0.09999999999999998, -1.6, 0.1}, {0.9, 0.9, 0.0, -0.4}, {-1.5, -0.0, 0.2, -0.8}, {-0.6, -0.7, 0.10000000000000009, -0.1}};
    // top_k_accuracy_score(y, s, k=k, labels=range(4)) for k = 1..4
    static final double[] TIED_TOP_K = {0.44, 0.74, 0.94, 1.0};
    // hinge_loss(y, s, labels=range(4)) (Crammer-Singer)
    static final double TIED_HINGE = 1.0539999999999998;
    // digits_multiclass_scores(): top_k_accuracy_score(y, p, k=k) for k = 1, 2, 3, 5; hinge_loss(y, p)
    static final double[] DIGITS_TOP_K = {0.8836950473010573, 0.9604897050639956, 0.9782971619365609, 0.9961046188091264};
    static final double DIGITS_HINGE = 0.9903775893235826;
    // breast cancer: hinge_loss(y, (worst radius - 16.8) / 4)
    static final double CANCER_HINGE = 0.31960017574692434;

    @Test
    void tiedScoresMatchSklearn() {
        for (int k = 1; k <= 4; k++) {
            assertClose(TIED_TOP_K[k - 1], DecisionScores.topKAccuracy(TIED_Y, TIED_S, k), "top-" + k);
        }
        assertEquals(1.0, DecisionScores.topKAccuracy(TIED_Y, TIED_S, 10));
        assertClose(TIED_HINGE, DecisionScores.hingeLoss(TIED_Y, TIED_S), "hinge");
    }

    @Test
    void digitsMulticlassMatchesSklearn() {
        int[] y = Fixtures.digitsLabels();
        double[][] p = Fixtures.digitsMulticlassScores();
        int[] ks = {1, 2, 3, 5};
        for (int i = 0; i < ks.length; i++) {
            assertClose(DIGITS_TOP_K[i], DecisionScores.topKAccuracy(y, p, ks[i]), "top-" + ks[i]);
        }
        assertClose(DIGITS_HINGE, DecisionScores.hingeLoss(y, p), "hinge");
    }

    @Test
    void breastCancerBinaryHingeMatchesSklearn() {
        double[] s = Fixtures.cancerScore();
        double[] dec = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            dec[i] = (s[i] - 16.8) / 4.0;
        }
        assertClose(CANCER_HINGE, DecisionScores.hingeLoss(Fixtures.cancerActual(), dec), "hinge");
    }

    @Test
    void tiesRankTheLargerClassIndexFirstAsSklearn() {
        // sklearn: top_k_accuracy_score([0, 1, 2], [[.5, .5, .5]] * 3, k=1) == 1/3, k=2 -> 2/3
        double[][] s = {{0.5, 0.5, 0.5}, {0.5, 0.5, 0.5}, {0.5, 0.5, 0.5}};
        int[] y = {0, 1, 2};
        assertEquals(1.0 / 3, DecisionScores.topKAccuracy(y, s, 1));
        assertEquals(2.0 / 3, DecisionScores.topKAccuracy(y, s, 2));
    }

    @Test
    void rejectsBadInputAndDoesNotModifyIt() {
        int[] y = {0, 1, 2};
        double[][] s = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DecisionScores.topKAccuracy(y, s, 0));
        assertEquals("k must be >= 1, was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DecisionScores.topKAccuracy(new int[] {0, 3, 1}, s, 1));
        assertTrue(e.getMessage().contains("actual[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DecisionScores.hingeLoss(y, new double[][] {{1, 0, 0}, {0, Double.NaN, 0}, {0, 0, 1}}));
        assertTrue(e.getMessage().contains("decision[1][1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DecisionScores.topKAccuracy(new int[] {0, 0}, new double[][] {{1}, {2}}, 1));
        assertEquals("scores must have at least 2 columns (classes), had 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DecisionScores.topKAccuracy(new int[] {0, 1}, s, 1));
        assertThrows(IllegalArgumentException.class, () -> DecisionScores.hingeLoss(new int[] {0, 2}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> DecisionScores.hingeLoss(new int[] {0, 1}, new double[] {1, Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> DecisionScores.hingeLoss(new int[0], new double[0]));
        assertThrows(NullPointerException.class, () -> DecisionScores.hingeLoss(null, new double[] {1}));
        assertThrows(NullPointerException.class, () -> DecisionScores.topKAccuracy(y, null, 1));
        double[][] copy = {s[0].clone(), s[1].clone(), s[2].clone()};
        DecisionScores.topKAccuracy(y, s, 2);
        DecisionScores.hingeLoss(y, s);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(copy[i], s[i]);
        }
        assertArrayEquals(new int[] {0, 1, 2}, y);
    }

    // ---------------------------------------------------------------- properties

    @Test
    void topKIsMonotoneAndTopOneIsArgMaxAccuracy() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 40), integers().between(2, 6))
                .checkAssert((seed, n, m) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] y = new int[n];
                    double[][] s = new double[n][m];
                    int correct = 0;
                    for (int i = 0; i < n; i++) {
                        y[i] = rng.nextInt(m);
                        int best = 0;
                        for (int c = 0; c < m; c++) {
                            s[i][c] = rng.nextInt(4) - 1.5; // coarse: many ties
                            if (s[i][c] >= s[i][best]) {
                                best = c; // ties: the larger index wins
                            }
                        }
                        correct += best == y[i] ? 1 : 0;
                    }
                    assertEquals((double) correct / n, DecisionScores.topKAccuracy(y, s, 1), 0.0);
                    double prev = 0;
                    for (int k = 1; k <= m; k++) {
                        double acc = DecisionScores.topKAccuracy(y, s, k);
                        assertTrue(acc >= prev && acc <= 1, "top-" + k + " = " + acc + " after " + prev);
                        prev = acc;
                    }
                    assertEquals(1.0, prev, 0.0);
                });
    }

    @Test
    void binaryHingeIsTheTwoColumnCrammerSingerLoss() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 40))
                .checkAssert((seed, n) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] y = new int[n];
                    double[] f = new double[n];
                    double[][] two = new double[n][];
                    for (int i = 0; i < n; i++) {
                        y[i] = rng.nextInt(2);
                        f[i] = rng.nextInt(17) * 0.25 - 2; // multiples of 1/4: exact halves
                        two[i] = new double[] {-f[i] / 2, f[i] / 2};
                    }
                    double binary = DecisionScores.hingeLoss(y, f);
                    assertTrue(binary >= 0);
                    assertEquals(binary, DecisionScores.hingeLoss(y, two), 1e-15);
                });
    }
}
