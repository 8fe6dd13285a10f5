package dev.statlearn.eval.threshold;

import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.Fixtures;
import dev.statlearn.eval.curve.RocCurve;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static dev.statlearn.eval.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Threshold selection against a brute-force search in tools/reference/eval_metrics.py
 * (threshold_section: every roc_curve threshold, metrics by scikit-learn 1.2.1 / imbalanced-learn 0.10.0
 * on the thresholded predictions, first optimum = highest threshold).
 */
class ThresholdsTest {

    // /usr/bin/python3 tools/reference/eval_metrics.py threshold
// columns: threshold, criterion value, tn, fp, fn, tp (confusion_matrix(y, s >= t).ravel())
// RANDOM max YOUDEN
    static final double[] RANDOM_YOUDEN = {0.7, 0.4642857142857143, 69.0, 23.0, 8.0, 20.0};
// RANDOM max F1
    static final double[] RANDOM_F1 = {1.2, 0.5714285714285715, 85.0, 7.0, 14.0, 14.0};
// RANDOM max F2
    static final double[] RANDOM_F2 = {-0.2, 0.6648936170212766, 41.0, 51.0, 3.0, 25.0};
// RANDOM max GMEAN
    static final double[] RANDOM_GMEAN = {0.7, 0.7319250547113999, 69.0, 23.0, 8.0, 20.0};
// RANDOM max MCC
    static final double[] RANDOM_MCC = {1.2, 0.47187010561640796, 85.0, 7.0, 14.0, 14.0};
// RANDOM min expected cost (c_fp = 1, c_fn = 10), per sample
    static final double[] RANDOM_COST = {-0.9, 0.6333333333333333, 16.0, 76.0, 0.0, 28.0};
// RANDOM max recall with precision >= 0.9 (value = recall)
    static final double[] RANDOM_RECALL_AT_P90 = {2.2, 0.10714285714285714, 92.0, 0.0, 25.0, 3.0};
// CANCER max YOUDEN
    static final double[] CANCER_YOUDEN = {16.82, 0.8135272977115374, 346.0, 11.0, 33.0, 179.0};
// CANCER max F1
    static final double[] CANCER_F1 = {16.82, 0.8905472636815921, 346.0, 11.0, 33.0, 179.0};
// CANCER max F2
    static final double[] CANCER_F2 = {14.99, 0.9123117803365811, 282.0, 75.0, 6.0, 206.0};
// CANCER max GMEAN
    static final double[] CANCER_GMEAN = {16.82, 0.904612378777468, 346.0, 11.0, 33.0, 179.0};
// CANCER max MCC
    static final double[] CANCER_MCC = {16.82, 0.8340224926374623, 346.0, 11.0, 33.0, 179.0};
// CANCER min expected cost (c_fp = 1, c_fn = 10), per sample
    static final double[] CANCER_COST = {14.91, 0.23374340949033393, 274.0, 83.0, 5.0, 207.0};
// CANCER max recall with precision >= 0.9 (value = recall)
    static final double[] CANCER_RECALL_AT_P90 = {16.57, 0.8490566037735849, 341.0, 16.0, 32.0, 180.0};
// DIGITS max YOUDEN
    static final double[] DIGITS_YOUDEN = {20.0, 0.9372618692354138, 1572.0, 47.0, 6.0, 172.0};
// DIGITS max F1
    static final double[] DIGITS_F1 = {41.0, 0.9302325581395349, 1613.0, 6.0, 18.0, 160.0};
// DIGITS max F2
    static final double[] DIGITS_F2 = {31.0, 0.9288097886540599, 1599.0, 20.0, 11.0, 167.0};
// DIGITS max GMEAN
    static final double[] DIGITS_GMEAN = {20.0, 0.9686281110487823, 1572.0, 47.0, 6.0, 172.0};
// DIGITS max MCC
    static final double[] DIGITS_MCC = {41.0, 0.9235451258536541, 1613.0, 6.0, 18.0, 160.0};
// DIGITS min expected cost (c_fp = 1, c_fn = 10), per sample
    static final double[] DIGITS_COST = {20.0, 0.05954368391764051, 1572.0, 47.0, 6.0, 172.0};
// DIGITS max recall with precision >= 0.9 (value = recall)
    static final double[] DIGITS_RECALL_AT_P90 = {32.0, 0.9325842696629213, 1602.0, 17.0, 12.0, 166.0};

    static final int[] RANDOM_Y = dev.statlearn.eval.curve.RocCurveTestData.RANDOM_Y;
    static final double[] RANDOM_S = dev.statlearn.eval.curve.RocCurveTestData.RANDOM_S;

    static void check(double[] e, OperatingPoint op) {
        assertEquals(e[0], op.threshold(), 1e-12, op.criterion() + " threshold");
        assertClose(e[1], op.value(), op.criterion() + " value");
        assertEquals((long) e[2], op.trueNegatives(), op.criterion() + " tn");
        assertEquals((long) e[3], op.falsePositives(), op.criterion() + " fp");
        assertEquals((long) e[4], op.falseNegatives(), op.criterion() + " fn");
        assertEquals((long) e[5], op.truePositives(), op.criterion() + " tp");
    }

    static void checkAll(int[] y, double[] s, double[][] e) {
        RocCurve roc = RocCurve.of(y, s);
        check(e[0], Thresholds.youden(roc));
        check(e[1], Thresholds.maxFBeta(roc, 1.0));
        check(e[2], Thresholds.maxFBeta(y, s, 2.0));
        check(e[3], Thresholds.maxGMean(roc));
        check(e[4], Thresholds.maxMcc(y, s));
        check(e[5], Thresholds.minExpectedCost(roc, 1.0, 10.0));
        check(e[6], Thresholds.maxRecallAtPrecision(y, s, 0.9));
        assertEquals(Thresholds.youden(roc), Thresholds.youden(y, s));
    }

    @Test
    void randomWithTies() {
        checkAll(RANDOM_Y, RANDOM_S, new double[][] {RANDOM_YOUDEN, RANDOM_F1, RANDOM_F2, RANDOM_GMEAN, RANDOM_MCC,
                RANDOM_COST, RANDOM_RECALL_AT_P90});
    }

    @Test
    void breastCancer() {
        checkAll(Fixtures.cancerActual(), Fixtures.cancerScore(), new double[][] {CANCER_YOUDEN, CANCER_F1, CANCER_F2,
                CANCER_GMEAN, CANCER_MCC, CANCER_COST, CANCER_RECALL_AT_P90});
    }

    @Test
    void digitsZeroVsRest() {
        checkAll(Fixtures.digitsActual(), Fixtures.digitsScore(), new double[][] {DIGITS_YOUDEN, DIGITS_F1, DIGITS_F2,
                DIGITS_GMEAN, DIGITS_MCC, DIGITS_COST, DIGITS_RECALL_AT_P90});
    }

    @Test
    void businessProjection() {
        // digits max F1: TP=160 FN=18 FP=6 TN=1613 -> TPR = 160/178, FPR = 6/1619
        OperatingPoint op = Thresholds.maxFBeta(Fixtures.digitsActual(), Fixtures.digitsScore(), 1.0);
        BusinessProjection b = op.project(10_000, 0.005);
        double tpr = 160.0 / 178;
        double fpr = 6.0 / 1619;
        assertClose(50.0 * tpr, b.caught(), "caught");
        assertClose(50.0 * (1 - tpr), b.missed(), "missed");
        assertClose(9950.0 * fpr, b.falseAlarms(), "false alarms");
        assertClose(9950.0 * (1 - fpr), b.correctlyPassed(), "passed");
        assertClose(b.caught() / (b.caught() + b.falseAlarms()), b.precision(), "precision");
        String s = b.describe("transactions a day", "frauds", "valid transactions");
        assertTrue(s.startsWith("At 10,000 transactions a day with 0.50% frauds: 44.9 frauds caught, 5.1 frauds missed, "
                + "36.9 valid transactions flagged"), s);
        // default prevalence = the data's
        assertClose(178.0 / 1797, op.prevalence(), "prevalence");
        assertClose(178.0 * tpr * 1000 / 1797, op.project(1000).caught(), "caught at data prevalence");
        assertTrue(op.toString().contains("max F1") && op.toString().contains("TP=160"), op.toString());
    }

    @Test
    void fixedThreshold() {
        int[] y = Fixtures.cancerActual();
        double[] s = Fixtures.cancerScore();
        OperatingPoint op = Thresholds.at(y, s, 16.82);
        assertEquals(ConfusionMatrix.of(y, Fixtures.threshold(s, 16.81999), 2), op.matrix());
        assertEquals(op.matrix().accuracy(), op.value());
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Thresholds.maxRecallAtPrecision(new int[] {0, 1, 0, 1}, new double[] {4, 3, 2, 1}, 0.99));
        assertTrue(e.getMessage().contains("highest precision available is 0.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Thresholds.youden(new int[] {1, 1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.maxFBeta(new int[] {0, 1}, new double[] {1, 2}, 0));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.minExpectedCost(new int[] {0, 1}, new double[] {1, 2}, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.at(new int[] {0, 1}, new double[] {1, 2}, Double.NaN));
        OperatingPoint op = Thresholds.at(new int[] {0, 1}, new double[] {1, 2}, 1.5);
        assertThrows(IllegalArgumentException.class, () -> op.project(0));
        assertThrows(IllegalArgumentException.class, () -> op.project(100, 1.5));
        assertThrows(IllegalArgumentException.class,
                () -> new OperatingPoint("x", 0.5, 1, ConfusionMatrix.of(new int[] {0, 1, 2}, new int[] {0, 1, 2})));
    }

    @Test
    void selectedPointIsOptimalAmongAllThresholds() {
        qt().withExamples(100)
                .forAll(longs().all(), integers().between(2, 80), doubles().between(0.0, 20.0))
                .checkAssert((seed, n, costFn) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] y = new int[n];
                    double[] s = new double[n];
                    for (int i = 0; i < n; i++) {
                        y[i] = rng.nextInt(2);
                        s[i] = rng.nextInt(12) + 0.5 * y[i];
                    }
                    y[0] = 0;
                    y[n - 1] = 1;
                    OperatingPoint cost = Thresholds.minExpectedCost(y, s, 1.0, costFn);
                    OperatingPoint mcc = Thresholds.maxMcc(y, s);
                    for (double t : RocCurve.of(y, s).thresholds()) {
                        ConfusionMatrix m = Thresholds.at(y, s, t).matrix();
                        double c = (m.falsePositives(1) + costFn * m.falseNegatives(1)) / n;
                        assertTrue(cost.value() <= c + 1e-12, "cost " + cost.value() + " > " + c);
                        assertTrue(mcc.value() >= m.mcc() - 1e-12);
                    }
                    assertEquals(mcc.matrix().mcc(), mcc.value(), 1e-15);
                });
    }
}
