package dev.statlearn.eval.curve;

import dev.statlearn.eval.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static dev.statlearn.eval.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Sample weights in ROC AUC and average precision, as scikit-learn's {@code sample_weight}. */
class WeightedCurveTest {

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py weightedcurve
    // scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2
    // random_scores() (RandomState(7), many ties), w = 0.5 (i mod 4): roc_auc_score(y, s, sample_weight=w), average_precision_score(y, s, sample_weight=w)
    static final double[] RANDOM_WEIGHTED = {0.8325458325458326, 0.662356186766561};
    // breast cancer, w = 3.5 for i mod 3 == 0 else 1: roc_auc_score, average_precision_score with sample_weight=w
    static final double[] CANCER_WEIGHTED = {0.97329793788069, 0.9666371309100671};
    // digits_multiclass_scores(), w = 0.5 + 0.3 (i mod 5): [roc_auc_score(y == c, p[:, c], sample_weight=w)], then roc_auc_score(y, p, multi_class='ovr', average='macro' / 'weighted', sample_weight=w)
    static final double[] DIGITS_WEIGHTED_OVR = {0.9993785384260008, 0.9751634888401904, 0.9849544461825476, 0.979188207430262, 0.9905602977014432, 0.9954996415484163, 0.9971780481067828, 0.9976479958294717, 0.9316348810404617, 0.959511859251038};
    static final double[] DIGITS_WEIGHTED_OVR_AVG = {0.9810717404356613, 0.980923991270922};

    @Test
    void randomTiedScoresMatchSklearn() {
        double[] w = new double[RocCurveTest.RANDOM_Y.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 4) * 0.5;
        }
        assertClose(RANDOM_WEIGHTED[0], RocCurve.auc(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S, w), "auc");
        assertClose(RANDOM_WEIGHTED[1], PrecisionRecallCurve.averagePrecision(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S, w),
                "ap");
    }

    @Test
    void breastCancerMatchesSklearn() {
        int[] y = Fixtures.cancerActual();
        double[] s = Fixtures.cancerScore();
        double[] w = new double[y.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = i % 3 == 0 ? 3.5 : 1.0;
        }
        assertClose(CANCER_WEIGHTED[0], RocCurve.auc(y, s, w), "auc");
        assertClose(CANCER_WEIGHTED[1], PrecisionRecallCurve.averagePrecision(y, s, w), "ap");
    }

    // roc_auc_score(y, p, multi_class='ovr', average='micro', sample_weight=w); average_precision_score(label_binarize(y),
    // p, average=a, sample_weight=w) for a in (macro, weighted, micro)
    static final double[] DIGITS_WEIGHTED_MICRO_AP = {0.9804471951259882, 0.8972246234176305, 0.8969598565754537, 0.8903749565228883};

    @Test
    void digitsWeightedMicroAucAndMulticlassApMatchSklearn() {
        int[] y = Fixtures.digitsLabels();
        double[][] p = Fixtures.digitsMulticlassScores();
        double[] w = new double[y.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.5 + (i % 5) * 0.3;
        }
        assertClose(DIGITS_WEIGHTED_MICRO_AP[0], RocCurve.oneVsRestMicroAuc(y, p, w), "ovr micro");
        assertClose(DIGITS_WEIGHTED_MICRO_AP[1], PrecisionRecallCurve.averagePrecision(y, p, dev.statlearn.eval.Average.MACRO, w), "ap macro");
        assertClose(DIGITS_WEIGHTED_MICRO_AP[2], PrecisionRecallCurve.averagePrecision(y, p, dev.statlearn.eval.Average.WEIGHTED, w),
                "ap weighted");
        assertClose(DIGITS_WEIGHTED_MICRO_AP[3], PrecisionRecallCurve.averagePrecision(y, p, dev.statlearn.eval.Average.MICRO, w), "ap micro");
        double[] ones = new double[y.length];
        Arrays.fill(ones, 1.0);
        assertEquals(RocCurve.oneVsRestMicroAuc(y, p), RocCurve.oneVsRestMicroAuc(y, p, ones), 1e-12);
        for (dev.statlearn.eval.Average av : dev.statlearn.eval.Average.values()) {
            assertEquals(PrecisionRecallCurve.averagePrecision(y, p, av), PrecisionRecallCurve.averagePrecision(y, p, av, ones), 1e-12);
        }
        assertThrows(IllegalArgumentException.class,
                () -> RocCurve.oneVsRestMicroAuc(new int[] {0, 1}, new double[][] {{1, 0}, {0, 1}}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> PrecisionRecallCurve.averagePrecision(new int[] {0, 1},
                new double[][] {{1, 0}, {0, 1}}, dev.statlearn.eval.Average.MACRO, new double[] {0, 0}));
    }

    @Test
    void digitsOneVsRestMatchesSklearn() {
        int[] y = Fixtures.digitsLabels();
        double[][] p = Fixtures.digitsMulticlassScores();
        double[] w = new double[y.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.5 + (i % 5) * 0.3;
        }
        assertClose(DIGITS_WEIGHTED_OVR, RocCurve.oneVsRestAucs(y, p, w), "per class");
        assertClose(DIGITS_WEIGHTED_OVR_AVG[0], RocCurve.oneVsRestMacroAuc(y, p, w), "macro");
        assertClose(DIGITS_WEIGHTED_OVR_AVG[1], RocCurve.oneVsRestWeightedAuc(y, p, w), "weighted");
    }

    @Test
    void rejectsBadInputAndDoesNotModifyIt() {
        int[] y = {0, 1, 0, 1};
        double[] s = {0.1, 0.4, 0.35, 0.8};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RocCurve.auc(y, s, new double[] {1, 0, 1, 0}));
        assertTrue(e.getMessage().contains("positive weight"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RocCurve.auc(y, s, new double[] {1, -1, 1, 1}));
        assertEquals("weights[1] must be finite and >= 0, was -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RocCurve.auc(y, s, new double[] {1, Double.NaN, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> RocCurve.auc(y, s, new double[] {1, 1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> RocCurve.auc(y, new double[] {0.1, Double.NaN, 0.3, 0.4}, new double[] {1, 1, 1, 1}));
        assertEquals(0.0, PrecisionRecallCurve.averagePrecision(y, s, new double[] {1, 0, 1, 0})); // as sklearn
        assertThrows(IllegalArgumentException.class,
                () -> PrecisionRecallCurve.averagePrecision(y, s, new double[] {0, 0, 0, 0}));
        assertThrows(NullPointerException.class, () -> PrecisionRecallCurve.averagePrecision(y, s, null));
        assertThrows(IllegalArgumentException.class,
                () -> RocCurve.oneVsRestAucs(new int[] {0, 1, 2}, new double[][] {{1, 0}, {0, 1}, {1, 1}}, new double[] {1, 1, 1}));
        double[] w = {1, 2, 3, 4};
        RocCurve.auc(y, s, w);
        PrecisionRecallCurve.averagePrecision(y, s, w);
        assertArrayEquals(new double[] {1, 2, 3, 4}, w);
        assertArrayEquals(new double[] {0.1, 0.4, 0.35, 0.8}, s);
    }

    /** The weighted Mann–Whitney double sum, written directly from the formula. */
    private static double bruteForceAuc(int[] y, double[] s, double[] w) {
        double num = 0;
        double wp = 0;
        double wn = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) {
                wp += w[i];
            } else {
                wn += w[i];
            }
            for (int j = 0; j < y.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    num += w[i] * w[j] * (s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0);
                }
            }
        }
        return num / (wp * wn);
    }

    @Test
    void weightedAucIsTheWeightedMannWhitneyProbabilityAndUnitWeightsGiveTheUnweightedValues() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(2, 40))
                .checkAssert((seed, n) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] y = new int[n];
                    double[] s = new double[n];
                    double[] w = new double[n];
                    for (int i = 0; i < n; i++) {
                        y[i] = i < 2 ? i : rng.nextInt(2);
                        s[i] = rng.nextInt(6) * (rng.nextBoolean() ? 1 : -1) * 0.5; // ties, and -0.0 vs 0.0
                        w[i] = i < 2 ? 1 : rng.nextInt(4) * 0.25;
                    }
                    assertEquals(bruteForceAuc(y, s, w), RocCurve.auc(y, s, w), 1e-12);
                    double[] ones = new double[n];
                    Arrays.fill(ones, 1.0);
                    assertEquals(RocCurve.auc(y, s), RocCurve.auc(y, s, ones), 1e-12);
                    assertEquals(PrecisionRecallCurve.averagePrecision(y, s),
                            PrecisionRecallCurve.averagePrecision(y, s, ones), 1e-12);
                    double ap = PrecisionRecallCurve.averagePrecision(y, s, w);
                    assertTrue(ap > 0 && ap <= 1, "ap " + ap);
                });
    }
}
