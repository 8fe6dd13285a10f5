package dev.statlearn.eval.curve;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.Fixtures;
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

/** ROC and PR curves against scikit-learn 1.2.1 (tools/reference/eval_metrics.py curve). */
class RocCurveTest {

    // ---- /usr/bin/python3 tools/reference/eval_metrics.py curve (tiny: hand-made, with ties and -0.0 / 0.0)
    static final int[] TINY_Y = {0, 0, 1, 1, 0, 1, 1, 0};
    static final double[] TINY_S = {0.1, 0.4, 0.35, 0.8, 0.4, 0.4, -0.0, 0.0};
// random_scores(): RandomState(7)
    static final int[] RANDOM_Y = {1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1};
    static final double[] RANDOM_S = {1.6, -1.4, 0.5, -0.6, 1.4, 0.2, 1.7, 0.7, 0.9, 0.3, 1.1, 0.6, -1.2, 1.4, 1.2, -0.4, 0.6, 1.7, -0.4, 0.4, 0.6, 0.1, 1.1, 0.8, 0.5, 1.6, 1.0, 0.3, -0.6, -0.4, 0.7, 0.2, -1.1, -1.8, 0.1, -1.3, -2.0, 0.4, -0.7, 1.7, -0.5, -1.1, -1.2, -0.5, -0.3, -0.8, -0.3, -1.5, 1.2, -1.8, -0.2, 0.7, 1.1, 1.7, -1.6, 2.0, 2.4, 1.0, -0.9, 0.4, 1.9, -1.5, 1.7, 1.1, -0.7, 1.8, -1.1, -0.8, -0.8, 0.2, -0.1, 2.2, -0.9, -0.1, 1.0, 0.6, -0.1, 0.7, -0.5, 0.4, 1.5, 1.2, 0.1, -1.9, -1.4, 0.7, -0.3, 1.1, 0.3, -0.7, 1.1, -0.8, -0.9, 2.1, -0.7, 0.6, 0.9, 0.1, -0.5, 1.0, -0.2, -1.3, -0.4, 0.8, 0.3, 0.8, -0.4, -0.2, 0.1, -0.3, 0.6, 0.9, 0.5, -0.6, -0.6, 0.0, 1.0, 1.8, 0.2, 2.9};
// TINY: roc_curve(y, s, drop_intermediate=False) -> fpr, tpr, thresholds; roc_auc_score(y, s)
    static final double[] TINY_FPR = {0.0, 0.0, 0.5, 0.5, 0.75, 1.0};
    static final double[] TINY_TPR = {0.0, 0.25, 0.5, 0.75, 0.75, 1.0};
    static final double[] TINY_ROC_THR = {1.8, 0.8, 0.4, 0.35, 0.1, -0.0};
    static final double TINY_AUC = 0.59375;
// TINY: precision_recall_curve(y, s) -> precision, recall, thresholds; average_precision_score(y, s)
    static final double[] TINY_PREC = {0.5, 0.5, 0.6, 0.5, 1.0, 1.0};
    static final double[] TINY_REC = {1.0, 0.75, 0.75, 0.5, 0.25, 0.0};
    static final double[] TINY_PR_THR = {-0.0, 0.1, 0.35, 0.4, 0.8};
    static final double TINY_AP = 0.65;
// RANDOM: roc_curve(y, s, drop_intermediate=False) -> fpr, tpr, thresholds; roc_auc_score(y, s)
    static final double[] RANDOM_FPR = {0.0, 0.0, 0.0, 0.0, 0.010869565217391304, 0.010869565217391304, 0.021739130434782608, 0.021739130434782608, 0.05434782608695652, 0.05434782608695652, 0.05434782608695652, 0.06521739130434782, 0.07608695652173914, 0.13043478260869565, 0.17391304347826086, 0.18478260869565216, 0.21739130434782608, 0.25, 0.30434782608695654, 0.33695652173913043, 0.3695652173913043, 0.41304347826086957, 0.45652173913043476, 0.5, 0.5108695652173914, 0.532608695652174, 0.5543478260869565, 0.5978260869565217, 0.6521739130434783, 0.6847826086956522, 0.7282608695652174, 0.7608695652173914, 0.8043478260869565, 0.8260869565217391, 0.8586956521739131, 0.8804347826086957, 0.9021739130434783, 0.9239130434782609, 0.9456521739130435, 0.9565217391304348, 0.9782608695652174, 0.9891304347826086, 1.0};
    static final double[] RANDOM_TPR = {0.0, 0.03571428571428571, 0.07142857142857142, 0.10714285714285714, 0.10714285714285714, 0.14285714285714285, 0.14285714285714285, 0.21428571428571427, 0.2857142857142857, 0.35714285714285715, 0.39285714285714285, 0.42857142857142855, 0.5, 0.5357142857142857, 0.5714285714285714, 0.6428571428571429, 0.6428571428571429, 0.7142857142857143, 0.75, 0.75, 0.7857142857142857, 0.7857142857142857, 0.7857142857142857, 0.8214285714285714, 0.8214285714285714, 0.8571428571428571, 0.8928571428571429, 0.8928571428571429, 0.8928571428571429, 0.9285714285714286, 0.9285714285714286, 0.9642857142857143, 0.9642857142857143, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
    static final double[] RANDOM_ROC_THR = {3.9, 2.9, 2.4, 2.2, 2.1, 2.0, 1.9, 1.8, 1.7, 1.6, 1.5, 1.4, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0, -0.1, -0.2, -0.3, -0.4, -0.5, -0.6, -0.7, -0.8, -0.9, -1.1, -1.2, -1.3, -1.4, -1.5, -1.6, -1.8, -1.9, -2.0};
    static final double RANDOM_AUC = 0.7864906832298136;
// RANDOM: precision_recall_curve(y, s) -> precision, recall, thresholds; average_precision_score(y, s)
    static final double[] RANDOM_PREC = {0.23333333333333334, 0.23529411764705882, 0.23728813559322035, 0.2413793103448276, 0.24347826086956523, 0.24778761061946902, 0.25225225225225223, 0.25688073394495414, 0.2616822429906542, 0.2692307692307692, 0.26732673267326734, 0.27835051546391754, 0.27956989247311825, 0.29213483146067415, 0.29411764705882354, 0.3125, 0.32894736842105265, 0.3287671232876712, 0.32857142857142857, 0.3333333333333333, 0.34375, 0.36666666666666664, 0.39285714285714285, 0.40384615384615385, 0.42857142857142855, 0.46511627906976744, 0.47368421052631576, 0.5142857142857142, 0.5, 0.5555555555555556, 0.6666666666666666, 0.6666666666666666, 0.6875, 0.6666666666666666, 0.6153846153846154, 0.75, 0.6666666666666666, 0.8, 0.75, 1.0, 1.0, 1.0, 1.0};
    static final double[] RANDOM_REC = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9642857142857143, 0.9642857142857143, 0.9285714285714286, 0.9285714285714286, 0.8928571428571429, 0.8928571428571429, 0.8928571428571429, 0.8571428571428571, 0.8214285714285714, 0.8214285714285714, 0.7857142857142857, 0.7857142857142857, 0.7857142857142857, 0.75, 0.75, 0.7142857142857143, 0.6428571428571429, 0.6428571428571429, 0.5714285714285714, 0.5357142857142857, 0.5, 0.42857142857142855, 0.39285714285714285, 0.35714285714285715, 0.2857142857142857, 0.21428571428571427, 0.14285714285714285, 0.14285714285714285, 0.10714285714285714, 0.10714285714285714, 0.07142857142857142, 0.03571428571428571, 0.0};
    static final double[] RANDOM_PR_THR = {-2.0, -1.9, -1.8, -1.6, -1.5, -1.4, -1.3, -1.2, -1.1, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.1, 2.2, 2.4, 2.9};
    static final double RANDOM_AP = 0.5792198078212526;
// CANCER: roc_auc_score, average_precision_score, len(roc_curve(drop_intermediate=False)), sum(fpr), sum(tpr), len(precision_recall_curve), sum(precision), sum(recall)
    static final double[] CANCER_SUMMARY = {0.9704428941387877, 0.9609840252802345, 458.0, 145.16526610644257, 351.8018867924528, 457.0, 336.8300334644109, 351.8018867924528};
// DIGITS: roc_auc_score, average_precision_score, len(roc_curve(drop_intermediate=False)), sum(fpr), sum(tpr), len(precision_recall_curve), sum(precision), sum(recall)
    static final double[] DIGITS_SUMMARY = {0.9949164069928031, 0.97268274914326, 209.0, 78.81593576281654, 179.85955056179776, 208.0, 101.01069015245263, 179.85955056179776};
// digits_multiclass_scores(): [roc_auc_score(y == c, p[:, c]) for c in 0..9], then roc_auc_score(y, p, multi_class='ovr', average='macro')
    static final double[] DIGITS_OVR = {0.9994690855084635, 0.9757459259007246, 0.9853700216223756, 0.9776443821480083, 0.9879280400415733, 0.9938897016296397, 0.9970290192002625, 0.9971928928051046, 0.9342426753351605, 0.9569813784099499};
    static final double DIGITS_OVR_MACRO = 0.9805493122601263;
    // roc_auc_score(y, p, multi_class='ovr', average='weighted')
    static final double DIGITS_OVR_WEIGHTED = 0.9806834871164573;

    static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    @Test
    void tinyWithTiesMatchesSklearn() {
        RocCurve roc = RocCurve.of(TINY_Y, TINY_S);
        assertClose(TINY_FPR, roc.falsePositiveRates(), "fpr");
        assertClose(TINY_TPR, roc.truePositiveRates(), "tpr");
        assertClose(TINY_ROC_THR, roc.thresholds(), "thresholds");
        assertClose(TINY_AUC, roc.auc(), "auc");
        assertClose(TINY_AUC, RocCurve.auc(TINY_Y, TINY_S), "auc static");
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(TINY_Y, TINY_S);
        assertClose(TINY_PREC, pr.precisions(), "precision");
        assertClose(TINY_REC, pr.recalls(), "recall");
        assertClose(TINY_PR_THR, pr.thresholds(), "pr thresholds");
        assertClose(TINY_AP, pr.averagePrecision(), "ap");
        assertEquals(new RocCurve.Point(TINY_ROC_THR[2], TINY_FPR[2], TINY_TPR[2]), roc.points().get(2));
        assertEquals(roc.size(), roc.points().size());
        assertEquals(new PrecisionRecallCurve.Point(TINY_PR_THR[1], TINY_REC[1], TINY_PREC[1]), pr.points().get(1));
        assertEquals(pr.size(), pr.points().size());
    }

    @Test
    void randomWithTiesMatchesSklearn() {
        RocCurve roc = RocCurve.of(RANDOM_Y, RANDOM_S);
        assertClose(RANDOM_FPR, roc.falsePositiveRates(), "fpr");
        assertClose(RANDOM_TPR, roc.truePositiveRates(), "tpr");
        assertClose(RANDOM_ROC_THR, roc.thresholds(), "thresholds");
        assertClose(RANDOM_AUC, roc.auc(), "auc");
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(RANDOM_Y, RANDOM_S);
        assertClose(RANDOM_PREC, pr.precisions(), "precision");
        assertClose(RANDOM_REC, pr.recalls(), "recall");
        assertClose(RANDOM_PR_THR, pr.thresholds(), "pr thresholds");
        assertClose(RANDOM_AP, pr.averagePrecision(), "ap");
    }

    static void checkSummary(double[] e, int[] y, double[] s) {
        RocCurve roc = RocCurve.of(y, s);
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(y, s);
        assertClose(e[0], roc.auc(), "auc");
        assertClose(e[1], pr.averagePrecision(), "ap");
        assertEquals((int) e[2], roc.size());
        assertClose(e[3], sum(roc.falsePositiveRates()), "sum fpr");
        assertClose(e[4], sum(roc.truePositiveRates()), "sum tpr");
        assertEquals((int) e[5], pr.size());
        assertClose(e[6], sum(pr.precisions()), "sum precision");
        assertClose(e[7], sum(pr.recalls()), "sum recall");
    }

    @Test
    void breastCancerMalignantMatchesSklearn() {
        checkSummary(CANCER_SUMMARY, Fixtures.cancerActual(), Fixtures.cancerScore());
        // same with the file's labels and malignant (0) named as the positive class
        RocCurve roc = RocCurve.of(Datasets.breastCancer().labels(), Fixtures.cancerScore(), 0);
        assertClose(CANCER_SUMMARY[0], roc.auc(), "auc, positiveClass = 0");
    }

    @Test
    void digitsZeroVsRestMatchesSklearn() {
        checkSummary(DIGITS_SUMMARY, Fixtures.digitsActual(), Fixtures.digitsScore());
    }

    @Test
    void digitsOneVsRestMacroAucMatchesSklearn() {
        Dataset d = Datasets.digits();
        double[][] p = Fixtures.digitsMulticlassScores();
        assertClose(DIGITS_OVR, RocCurve.oneVsRestAucs(d.labels(), p), "per class");
        assertClose(DIGITS_OVR_MACRO, RocCurve.oneVsRestMacroAuc(d.labels(), p), "macro");
        assertClose(DIGITS_OVR_WEIGHTED, RocCurve.oneVsRestWeightedAuc(d.labels(), p), "weighted");
    }

    @Test
    void confusionMatrixAtEachPoint() {
        RocCurve roc = RocCurve.of(RANDOM_Y, RANDOM_S);
        for (int i = 0; i < roc.size(); i++) {
            int[] pred = new int[RANDOM_S.length];
            for (int j = 0; j < pred.length; j++) {
                pred[j] = RANDOM_S[j] >= roc.threshold(i) ? 1 : 0;
            }
            assertEquals(ConfusionMatrix.of(RANDOM_Y, pred, 2), roc.confusionMatrix(i));
        }
        assertEquals(0, roc.truePositives(0));
        assertEquals(roc.positives(), roc.truePositives(roc.size() - 1));
        assertEquals(roc.negatives(), roc.falsePositives(roc.size() - 1));
    }

    @Test
    void firstThresholdFlagsNothingEvenForHugeScores() {
        RocCurve roc = RocCurve.of(new int[] {0, 1}, new double[] {1e300, 1e300});
        assertTrue(roc.threshold(0) > 1e300);
        assertEquals(0, roc.truePositives(0) + roc.falsePositives(0));
        assertEquals(0.5, roc.auc());
    }

    @Test
    void singleClassActualIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new int[] {1, 1, 1}, new double[] {0.1, 0.2, 0.3}));
        assertTrue(e.getMessage().contains("both") && e.getMessage().contains("0 negatives"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RocCurve.auc(new int[] {0, 0}, new double[] {0.1, 0.2}));
        // no positives: scikit-learn's precision_recall_curve([0, 0], [0.1, 0.2]) -> precision [0, 0, 1],
        // recall [1, 1, 0], thresholds [0.1, 0.2]; average_precision_score -> -0.0
        PrecisionRecallCurve none = PrecisionRecallCurve.of(new int[] {0, 0}, new double[] {0.1, 0.2});
        assertArrayEquals(new double[] {0, 0, 1}, none.precisions());
        assertArrayEquals(new double[] {1, 1, 0}, none.recalls());
        assertArrayEquals(new double[] {0.1, 0.2}, none.thresholds());
        assertEquals(0.0, none.averagePrecision());
        assertEquals(0.0, PrecisionRecallCurve.averagePrecision(new int[] {0, 0}, new double[] {0.1, 0.2}));
        assertEquals(0.0, PrecisionRecallCurve.averagePrecision(new int[] {0, 1}, new double[] {0.1, 0.2}, new double[] {1, 0}));
        // no negatives: precision 1 everywhere, AP 1 (sklearn: average_precision_score([1, 1], [0.1, 0.2]) == 1.0)
        assertEquals(1.0, PrecisionRecallCurve.averagePrecision(new int[] {1, 1}, new double[] {0.1, 0.2}));
        // multiclass: class 2 never occurs
        assertThrows(IllegalArgumentException.class, () -> RocCurve.oneVsRestMacroAuc(new int[] {0, 1, 1},
                new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}}));
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new int[] {0, 1}, new double[] {0.1, Double.NaN}));
        assertTrue(e.getMessage().contains("scores[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[] {0, 1}, new double[] {0.1, Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[] {0, 1}, new double[] {0.1}));
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[] {0, 2}, new double[] {0.1, 0.2}));
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[0], new double[0]));
        assertThrows(NullPointerException.class, () -> RocCurve.of(null, new double[0]));
        assertThrows(IllegalArgumentException.class, () -> PrecisionRecallCurve.of(new int[0], new double[0]));
        double[] s = RANDOM_S.clone();
        RocCurve.of(RANDOM_Y, s);
        PrecisionRecallCurve.of(RANDOM_Y, s);
        assertTrue(java.util.Arrays.equals(RANDOM_S, s), "scores must not be modified");
    }

    // ---------------------------------------------------------------- properties

    /** Integer scores in [-range, range] (many ties), labels with a score-dependent rate. */
    static Object[] data(long seed, int n, int range) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] y = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = rng.nextInt(2 * range + 1) - range;
            y[i] = rng.nextDouble() < 0.3 + 0.4 * (s[i] / (2.0 * range) + 0.5) * 0.5 ? 1 : 0;
        }
        y[0] = 1;
        y[n - 1] = 0;
        return new Object[] {y, s};
    }

    static double bruteForceAuc(int[] y, double[] s) {
        double num = 0;
        long p = 0;
        long q = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) {
                p++;
            } else {
                q++;
            }
            for (int j = 0; j < y.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    num += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        return num / ((double) p * q);
    }

    @Test
    void aucIsMannWhitneyAndInvariantUnderIncreasingTransforms() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(2, 120), integers().between(0, 40))
                .checkAssert((seed, n, range) -> {
                    Object[] d = data(seed, n, range);
                    int[] y = (int[]) d[0];
                    double[] s = (double[]) d[1];
                    double auc = RocCurve.of(y, s).auc();
                    assertTrue(auc >= 0 && auc <= 1);
                    assertClose(bruteForceAuc(y, s), auc, "Mann-Whitney");
                    double[] exp = new double[n];
                    double[] cube = new double[n];
                    double[] neg = new double[n];
                    for (int i = 0; i < n; i++) {
                        exp[i] = Math.exp(s[i] / 10);
                        cube[i] = s[i] * s[i] * s[i] + 3 * s[i];
                        neg[i] = -s[i];
                    }
                    assertEquals(auc, RocCurve.of(y, exp).auc(), 0.0);
                    assertEquals(auc, RocCurve.of(y, cube).auc(), 0.0);
                    assertEquals(1 - auc, RocCurve.of(y, neg).auc(), 2 * Math.ulp(1.0));
                    double ap = PrecisionRecallCurve.of(y, s).averagePrecision();
                    assertTrue(ap >= 0 && ap <= 1 + 1e-15, "ap " + ap);
                    assertEquals(ap, PrecisionRecallCurve.of(y, exp).averagePrecision(), 0.0);
                });
    }

    @Test
    void curvesAreMonotone() {
        qt().withExamples(100)
                .forAll(longs().all(), integers().between(2, 200))
                .checkAssert((seed, n) -> {
                    Object[] d = data(seed, n, 15);
                    RocCurve roc = RocCurve.of((int[]) d[0], (double[]) d[1]);
                    double[] fpr = roc.falsePositiveRates();
                    double[] tpr = roc.truePositiveRates();
                    double[] thr = roc.thresholds();
                    for (int i = 1; i < fpr.length; i++) {
                        assertTrue(fpr[i] >= fpr[i - 1] && tpr[i] >= tpr[i - 1] && thr[i] < thr[i - 1]);
                    }
                    assertEquals(1.0, fpr[fpr.length - 1]);
                    assertEquals(1.0, tpr[tpr.length - 1]);
                    double[] rec = PrecisionRecallCurve.of((int[]) d[0], (double[]) d[1]).recalls();
                    for (int i = 1; i < rec.length; i++) {
                        assertTrue(rec[i] <= rec[i - 1]);
                    }
                });
    }
}
