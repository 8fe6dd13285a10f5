package dev.statlearn.eval.curve;

import dev.statlearn.eval.Average;
import dev.statlearn.eval.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static dev.statlearn.eval.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Multiclass AUC (one-vs-rest micro, one-vs-one Hand &amp; Till) and average precision, partial AUC
 * (McClish), {@link RocCurve#dropIntermediate()} and the {@link DetCurve}.
 */
class CurveBreadthTest {

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py multiclasscurve
    // scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2
    // digits_multiclass_scores(): roc_auc_score(y, p, multi_class='ovr', average='micro'), roc_auc_score(y, p, multi_class='ovo', average='macro'), (..., average='weighted')
    static final double[] DIGITS_MULTI_AUC = {0.9800486056423654, 0.9805988467989514, 0.9806336089829156};
    // average_precision_score(label_binarize(y, classes=range(10)), p, average=a) for a in (macro, weighted, micro)
    static final double[] DIGITS_MULTI_AP = {0.8932814950557967, 0.893937694873465, 0.8907045679530263};
    // three imbalanced classes (20, 7, 3), RandomState(5); rows sum to 1 as scikit-learn requires
    static final int[] SMALL_Y = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2};
    static final double[][] SMALL_P = {{0.40909090909090906, 0.45454545454545453, 0.13636363636363638}, {0.5517241379310345, 0.2068965517241379, 0.24137931034482754}, {0.6, 0.24, 0.16}, {0.4736842105263158, 0.10526315789473685, 0.42105263157894735}, {0.4583333333333333, 0.125, 0.41666666666666663}, {0.5263157894736842, 0.2631578947368421, 0.2105263157894737}, {0.48148148148148145, 0.25925925925925924, 0.25925925925925924}, {0.5555555555555556, 0.22222222222222227, 0.22222222222222227}, {0.6666666666666666, 0.13333333333333333, 0.20000000000000004}, {0.5483870967741935, 0.3548387096774193, 0.0967741935483871}, {0.3888888888888889, 0.1666666666666667, 0.4444444444444445}, {0.6521739130434783, 0.04347826086956522, 0.30434782608695654}, {0.35000000000000003, 0.30000000000000004, 0.35000000000000003}, {0.5666666666666668, 0.13333333333333333, 0.3}, {0.5925925925925926, 0.37037037037037035, 0.037037037037037035}, {0.4285714285714286, 0.39285714285714285, 0.17857142857142855}, {0.5, 0.19999999999999998, 0.3}, {0.8, 0.06666666666666667, 0.13333333333333333}, {0.34782608695652173, 0.1739130434782609, 0.47826086956521746}, {0.44827586206896547, 0.31034482758620685, 0.24137931034482754}, {0.21874999999999997, 0.46875, 0.3125}, {0.37037037037037035, 0.5555555555555555, 0.07407407407407407}, {0.2777777777777778, 0.3888888888888889, 0.33333333333333337}, {0.45, 0.39999999999999997, 0.15000000000000002}, {0.2173913043478261, 0.391304347826087, 0.391304347826087}, {0.20833333333333334, 0.5416666666666667, 0.25}, {0.21212121212121213, 0.4848484848484849, 0.30303030303030304}, {0.09523809523809523, 0.42857142857142855, 0.47619047619047616}, {0.10526315789473684, 0.2631578947368421, 0.6315789473684211}, {0.47826086956521746, 0.2173913043478261, 0.30434782608695654}};
    // roc_auc_score ovr micro / macro / weighted, ovo macro / weighted; average_precision_score macro / weighted / micro
    static final double[] SMALL_MULTI = {0.9402777777777778, 0.9176755361296424, 0.9233440687063875, 0.8966269841269842, 0.9089781746031746, 0.8218835408790796, 0.90529013542407, 0.8965056799902287};

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py partialdet
    // scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2
    // RANDOM: roc_curve(y, s) (drop_intermediate=True) -> fpr, tpr, thresholds
    static final double[] RANDOM_DROP_FPR = {0.0, 0.0, 0.0, 0.010869565217391304, 0.010869565217391304, 0.021739130434782608, 0.021739130434782608, 0.05434782608695652, 0.05434782608695652, 0.05434782608695652, 0.06521739130434782, 0.07608695652173914, 0.13043478260869565, 0.17391304347826086, 0.18478260869565216, 0.21739130434782608, 0.25, 0.30434782608695654, 0.33695652173913043, 0.3695652173913043, 0.45652173913043476, 0.5, 0.5108695652173914, 0.5543478260869565, 0.5978260869565217, 0.6521739130434783, 0.6847826086956522, 0.7282608695652174, 0.7608695652173914, 0.8043478260869565, 0.8260869565217391, 0.8586956521739131, 0.9456521739130435, 0.9565217391304348, 0.9782608695652174, 1.0};
    static final double[] RANDOM_DROP_TPR = {0.0, 0.03571428571428571, 0.10714285714285714, 0.10714285714285714, 0.14285714285714285, 0.14285714285714285, 0.21428571428571427, 0.2857142857142857, 0.35714285714285715, 0.39285714285714285, 0.42857142857142855, 0.5, 0.5357142857142857, 0.5714285714285714, 0.6428571428571429, 0.6428571428571429, 0.7142857142857143, 0.75, 0.75, 0.7857142857142857, 0.7857142857142857, 0.8214285714285714, 0.8214285714285714, 0.8928571428571429, 0.8928571428571429, 0.8928571428571429, 0.9285714285714286, 0.9285714285714286, 0.9642857142857143, 0.9642857142857143, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
    static final double[] RANDOM_DROP_THR = {3.9, 2.9, 2.2, 2.1, 2.0, 1.9, 1.8, 1.7, 1.6, 1.5, 1.4, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.2, 0.1, 0.0, -0.2, -0.3, -0.4, -0.5, -0.6, -0.7, -0.8, -0.9, -1.1, -1.5, -1.6, -1.8, -2.0};
    // RANDOM: det_curve(y, s) -> fpr, fnr, thresholds
    static final double[] RANDOM_DET_FPR = {0.8260869565217391, 0.8043478260869565, 0.7608695652173914, 0.7282608695652174, 0.6847826086956522, 0.6521739130434783, 0.5978260869565217, 0.5543478260869565, 0.532608695652174, 0.5108695652173914, 0.5, 0.45652173913043476, 0.41304347826086957, 0.3695652173913043, 0.33695652173913043, 0.30434782608695654, 0.25, 0.21739130434782608, 0.18478260869565216, 0.17391304347826086, 0.13043478260869565, 0.07608695652173914, 0.06521739130434782, 0.05434782608695652, 0.05434782608695652, 0.05434782608695652, 0.021739130434782608, 0.021739130434782608, 0.010869565217391304, 0.010869565217391304, 0.0};
    static final double[] RANDOM_DET_FNR = {0.0, 0.03571428571428571, 0.03571428571428571, 0.07142857142857142, 0.07142857142857142, 0.10714285714285714, 0.10714285714285714, 0.10714285714285714, 0.14285714285714285, 0.17857142857142858, 0.17857142857142858, 0.21428571428571427, 0.21428571428571427, 0.21428571428571427, 0.25, 0.25, 0.2857142857142857, 0.35714285714285715, 0.35714285714285715, 0.42857142857142855, 0.4642857142857143, 0.5, 0.5714285714285714, 0.6071428571428571, 0.6428571428571429, 0.7142857142857143, 0.7857142857142857, 0.8571428571428571, 0.8571428571428571, 0.8928571428571429, 0.8928571428571429};
    static final double[] RANDOM_DET_THR = {-0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.1, 2.2};
    // RANDOM: roc_auc_score(y, s, max_fpr=m) for m in (0.05, 0.1, 0.3, 0.5, 1.0)
    static final double[] RANDOM_PARTIAL = {0.5861336730901948, 0.6448676037920889, 0.7231731823164048, 0.7531055900621118, 0.7864906832298136};
    // CANCER: roc_curve(y, s) (drop_intermediate=True): len, sum(fpr), sum(tpr), sum(thresholds[1:]); det_curve(y, s): len, sum(fpr), sum(fnr), sum(thresholds)
    static final double[] CANCER_DROP_DET_SUMMARY = {187.0, 53.86834733893558, 162.2641509433962, 2886.12, 234.0, 54.09523809523809, 23.849056603773583, 3624.73};
    // CANCER: roc_auc_score(y, s, max_fpr=m) for m in (0.05, 0.1, 0.3, 0.5, 1.0)
    static final double[] CANCER_PARTIAL = {0.8935248990742887, 0.9118495461739811, 0.9502731170159517, 0.9616915948769444, 0.9704428941387877};
    // DIGITS: roc_curve(y, s) (drop_intermediate=True): len, sum(fpr), sum(tpr), sum(thresholds[1:]); det_curve(y, s): len, sum(fpr), sum(fnr), sum(thresholds)
    static final double[] DIGITS_DROP_DET_SUMMARY = {191.0, 70.9728227300803, 164.06741573033707, -2892.0, 78.0, 5.022235948116123, 6.089887640449438, 1567.0};
    // DIGITS: roc_auc_score(y, s, max_fpr=m) for m in (0.05, 0.1, 0.3, 0.5, 1.0)
    static final double[] DIGITS_PARTIAL = {0.9703445952691222, 0.9799980202569355, 0.9900321705741237, 0.9932218759904041, 0.9949164069928031};

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py prdrop
    // random_scores(): precision_recall_curve(y, s, drop_intermediate=True) per scikit-learn 1.3's rule (transcribed onto 1.2.1's _binary_clf_curve, see pr_drop_section) -> precision, recall, thresholds
    static final double[] RANDOM_PR_DROP_PREC = {0.23333333333333334, 0.2692307692307692, 0.26732673267326734, 0.27835051546391754, 0.27956989247311825, 0.29213483146067415, 0.29411764705882354, 0.32894736842105265, 0.3287671232876712, 0.32857142857142857, 0.3333333333333333, 0.34375, 0.39285714285714285, 0.40384615384615385, 0.42857142857142855, 0.46511627906976744, 0.47368421052631576, 0.5142857142857142, 0.5, 0.5555555555555556, 0.6666666666666666, 0.6666666666666666, 0.6875, 0.6666666666666666, 0.6153846153846154, 0.75, 0.6666666666666666, 0.8, 0.75, 1.0, 1.0, 1.0, 1.0};
    static final double[] RANDOM_PR_DROP_REC = {1.0, 1.0, 0.9642857142857143, 0.9642857142857143, 0.9285714285714286, 0.9285714285714286, 0.8928571428571429, 0.8928571428571429, 0.8571428571428571, 0.8214285714285714, 0.8214285714285714, 0.7857142857142857, 0.7857142857142857, 0.75, 0.75, 0.7142857142857143, 0.6428571428571429, 0.6428571428571429, 0.5714285714285714, 0.5357142857142857, 0.5, 0.42857142857142855, 0.39285714285714285, 0.35714285714285715, 0.2857142857142857, 0.21428571428571427, 0.14285714285714285, 0.14285714285714285, 0.10714285714285714, 0.10714285714285714, 0.07142857142857142, 0.03571428571428571, 0.0};
    static final double[] RANDOM_PR_DROP_THR = {-2.0, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.2, -0.1, 0.0, 0.1, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.1, 2.2, 2.4, 2.9};

    private static final double[] MAX_FPR = {0.05, 0.1, 0.3, 0.5, 1.0};

    @Test
    void precisionRecallDropIntermediateMatchesScikitLearn13Rule() {
        PrecisionRecallCurve full = PrecisionRecallCurve.of(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S);
        PrecisionRecallCurve drop = full.dropIntermediate();
        assertClose(RANDOM_PR_DROP_PREC, drop.precisions(), "precision");
        assertClose(RANDOM_PR_DROP_REC, drop.recalls(), "recall");
        assertClose(RANDOM_PR_DROP_THR, drop.thresholds(), "thresholds");
        assertEquals(full.averagePrecision(), drop.averagePrecision());
        assertTrue(drop.size() < full.size());
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 40))
                .checkAssert((seed, n) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] y = new int[n];
                    double[] s = new double[n];
                    for (int i = 0; i < n; i++) {
                        y[i] = rng.nextInt(2);
                        s[i] = rng.nextInt(10) + y[i] * rng.nextInt(4);
                    }
                    PrecisionRecallCurve f = PrecisionRecallCurve.of(y, s);
                    PrecisionRecallCurve d = f.dropIntermediate();
                    // the step area over the kept points is the average precision of the full curve
                    double[] r = d.recalls();
                    double[] p = d.precisions();
                    double ap = 0;
                    for (int i = 0; i < d.size(); i++) {
                        ap += (r[i] - r[i + 1]) * p[i];
                    }
                    assertEquals(f.averagePrecision(), ap, 1e-12);
                    assertEquals(f.averagePrecision(), d.averagePrecision(), 0.0);
                    // kept thresholds are a subset, with the lowest and the highest
                    double[] ft = f.thresholds();
                    double[] dt = d.thresholds();
                    assertEquals(ft[0], dt[0], 0.0);
                    assertEquals(ft[ft.length - 1], dt[dt.length - 1], 0.0);
                    for (double t : dt) {
                        assertTrue(Arrays.binarySearch(ft, t) >= 0, "threshold " + t);
                    }
                });
    }

    @Test
    void digitsMulticlassAucAndApMatchSklearn() {
        int[] y = Fixtures.digitsLabels();
        double[][] p = Fixtures.digitsMulticlassScores();
        assertClose(DIGITS_MULTI_AUC[0], RocCurve.oneVsRestMicroAuc(y, p), "ovr micro");
        assertClose(DIGITS_MULTI_AUC[1], RocCurve.oneVsOneMacroAuc(y, p), "ovo macro");
        assertClose(DIGITS_MULTI_AUC[2], RocCurve.oneVsOneWeightedAuc(y, p), "ovo weighted");
        assertClose(DIGITS_MULTI_AP[0], PrecisionRecallCurve.averagePrecision(y, p, Average.MACRO), "ap macro");
        assertClose(DIGITS_MULTI_AP[1], PrecisionRecallCurve.averagePrecision(y, p, Average.WEIGHTED), "ap weighted");
        assertClose(DIGITS_MULTI_AP[2], PrecisionRecallCurve.averagePrecision(y, p, Average.MICRO), "ap micro");
    }

    @Test
    void smallImbalancedMulticlassMatchesSklearn() {
        assertClose(SMALL_MULTI[0], RocCurve.oneVsRestMicroAuc(SMALL_Y, SMALL_P), "ovr micro");
        assertClose(SMALL_MULTI[1], RocCurve.oneVsRestMacroAuc(SMALL_Y, SMALL_P), "ovr macro");
        assertClose(SMALL_MULTI[2], RocCurve.oneVsRestWeightedAuc(SMALL_Y, SMALL_P), "ovr weighted");
        assertClose(SMALL_MULTI[3], RocCurve.oneVsOneMacroAuc(SMALL_Y, SMALL_P), "ovo macro");
        assertClose(SMALL_MULTI[4], RocCurve.oneVsOneWeightedAuc(SMALL_Y, SMALL_P), "ovo weighted");
        assertClose(SMALL_MULTI[5], PrecisionRecallCurve.averagePrecision(SMALL_Y, SMALL_P, Average.MACRO), "ap macro");
        assertClose(SMALL_MULTI[6], PrecisionRecallCurve.averagePrecision(SMALL_Y, SMALL_P, Average.WEIGHTED), "ap weighted");
        assertClose(SMALL_MULTI[7], PrecisionRecallCurve.averagePrecision(SMALL_Y, SMALL_P, Average.MICRO), "ap micro");
    }

    @Test
    void partialAucMatchesSklearn() {
        RocCurve[] curves = {RocCurve.of(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S),
                RocCurve.of(Fixtures.cancerActual(), Fixtures.cancerScore()),
                RocCurve.of(Fixtures.digitsActual(), Fixtures.digitsScore())};
        double[][] expected = {RANDOM_PARTIAL, CANCER_PARTIAL, DIGITS_PARTIAL};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < MAX_FPR.length; i++) {
                double got = curves[c].standardizedPartialAuc(MAX_FPR[i]);
                assertEquals(expected[c][i], got, 1e-12, "curve " + c + " max_fpr " + MAX_FPR[i]);
                assertEquals(got, curves[c].dropIntermediate().standardizedPartialAuc(MAX_FPR[i]), 1e-12);
            }
        }
    }

    @Test
    void dropIntermediateMatchesSklearnRocCurveDefault() {
        RocCurve full = RocCurve.of(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S);
        RocCurve drop = full.dropIntermediate();
        assertClose(RANDOM_DROP_FPR, drop.falsePositiveRates(), "fpr");
        assertClose(RANDOM_DROP_TPR, drop.truePositiveRates(), "tpr");
        assertClose(RANDOM_DROP_THR, drop.thresholds(), "thresholds");
        assertEquals(full.auc(), drop.auc());
        assertTrue(drop.size() < full.size());
        RocCurve[] curves = {RocCurve.of(Fixtures.cancerActual(), Fixtures.cancerScore()).dropIntermediate(),
                RocCurve.of(Fixtures.digitsActual(), Fixtures.digitsScore()).dropIntermediate()};
        double[][] summary = {CANCER_DROP_DET_SUMMARY, DIGITS_DROP_DET_SUMMARY};
        for (int c = 0; c < 2; c++) {
            RocCurve r = curves[c];
            assertEquals((int) summary[c][0], r.size());
            assertEquals(summary[c][1], Arrays.stream(r.falsePositiveRates()).sum(), 1e-10);
            assertEquals(summary[c][2], Arrays.stream(r.truePositiveRates()).sum(), 1e-10);
            assertEquals(summary[c][3], Arrays.stream(r.thresholds()).skip(1).sum(), 1e-9);
            // each kept point keeps its counts: the confusion matrix at a point is that of the full curve
            assertEquals(r.truePositives(r.size() - 1), r.positives());
        }
        RocCurve two = RocCurve.of(new int[] {0, 1}, new double[] {0.2, 0.7});
        assertSame(two, two.dropIntermediate());
    }

    @Test
    void detCurveMatchesSklearn() {
        DetCurve det = DetCurve.of(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S);
        assertClose(RANDOM_DET_FPR, det.falsePositiveRates(), "fpr");
        assertClose(RANDOM_DET_FNR, det.falseNegativeRates(), "fnr");
        assertClose(RANDOM_DET_THR, det.thresholds(), "thresholds");
        DetCurve[] curves = {DetCurve.of(Fixtures.cancerActual(), Fixtures.cancerScore()),
                DetCurve.of(Fixtures.digitsActual(), Fixtures.digitsScore())};
        double[][] summary = {CANCER_DROP_DET_SUMMARY, DIGITS_DROP_DET_SUMMARY};
        for (int c = 0; c < 2; c++) {
            DetCurve d = curves[c];
            assertEquals((int) summary[c][4], d.size());
            assertEquals(summary[c][5], Arrays.stream(d.falsePositiveRates()).sum(), 1e-10);
            assertEquals(summary[c][6], Arrays.stream(d.falseNegativeRates()).sum(), 1e-10);
            assertEquals(summary[c][7], Arrays.stream(d.thresholds()).sum(), 1e-9);
        }
        assertTrue(det.toString().startsWith("DetCurve[" + det.size() + " points"), det.toString());
        assertEquals(det, DetCurve.of(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S));
    }

    @Test
    void rejectsBadInput() {
        RocCurve r = RocCurve.of(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.standardizedPartialAuc(0));
        assertEquals("maxFpr must be in (0, 1], was 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.standardizedPartialAuc(1.5));
        assertThrows(IllegalArgumentException.class, () -> r.standardizedPartialAuc(Double.NaN));
        e = assertThrows(IllegalArgumentException.class,
                () -> RocCurve.oneVsOneMacroAuc(new int[] {0, 1, 0}, new double[][] {{1, 0, 0}, {0, 1, 0}, {1, 0, 0}}));
        assertEquals("actual must contain every class 0..2 for one-vs-one AUC, but class 2 never occurs", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RocCurve.oneVsRestMicroAuc(new int[] {0, 1}, new double[][] {{1}, {0}}));
        // a class that never occurs has AP 0: sklearn average_precision_score([[1, 0], [1, 0]], [[1, 0], [.5, .5]], average=macro / weighted) = 0.5 / 1.0
        assertEquals(0.5, PrecisionRecallCurve.averagePrecision(new int[] {0, 0}, new double[][] {{1, 0}, {0.5, 0.5}}, Average.MACRO));
        assertEquals(1.0, PrecisionRecallCurve.averagePrecision(new int[] {0, 0}, new double[][] {{1, 0}, {0.5, 0.5}}, Average.WEIGHTED));
        assertThrows(NullPointerException.class,
                () -> PrecisionRecallCurve.averagePrecision(new int[] {0, 1}, new double[][] {{1, 0}, {0, 1}}, null));
        e = assertThrows(IllegalArgumentException.class, () -> DetCurve.of(new int[] {1, 1}, new double[] {0.1, 0.2}));
        assertTrue(e.getMessage().contains("both positives and negatives"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DetCurve.of(new int[] {0, 1}, new double[] {0.1, Double.NaN}));
    }

    // ---------------------------------------------------------------- properties

    @Test
    void twoClassOneVsOneEqualsBinaryAucAndPartialAucIsMonotoneInQuality() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(2, 40))
                .checkAssert((seed, n) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] y = new int[n];
                    double[] s = new double[n];
                    double[][] two = new double[n][];
                    for (int i = 0; i < n; i++) {
                        y[i] = i < 2 ? i : rng.nextInt(2);
                        s[i] = rng.nextInt(8) + y[i] * rng.nextInt(3);
                        two[i] = new double[] {-s[i], s[i]};
                    }
                    double auc = RocCurve.auc(y, s);
                    // with two classes and columns (-s, s), each one-vs-one half is the binary AUC
                    assertEquals(auc, RocCurve.oneVsOneMacroAuc(y, two), 1e-12);
                    assertEquals(auc, RocCurve.oneVsRestMacroAuc(y, two), 1e-12);
                    RocCurve r = RocCurve.of(y, s);
                    RocCurve d = r.dropIntermediate();
                    assertEquals(r.auc(), d.auc(), 0.0);
                    double[] fprFull = r.falsePositiveRates();
                    double[] tprFull = r.truePositiveRates();
                    double[] fpr = d.falsePositiveRates();
                    double[] tpr = d.truePositiveRates();
                    // the kept points are points of the full curve, and the trapezoid area is unchanged
                    double area = 0;
                    for (int i = 1; i < fpr.length; i++) {
                        area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
                    }
                    assertEquals(auc, area, 1e-12);
                    assertEquals(fprFull[fprFull.length - 1], fpr[fpr.length - 1], 0.0);
                    assertEquals(tprFull[tprFull.length - 1], tpr[tpr.length - 1], 0.0);
                    for (double m : MAX_FPR) {
                        double p = r.standardizedPartialAuc(m);
                        assertTrue(p >= 0.5 * (1 - m / (2 - m)) - 1e-12 && p <= 1 + 1e-12, "pAUC " + p + " at " + m);
                    }
                    DetCurve det = DetCurve.of(y, s);
                    double[] fnr = det.falseNegativeRates();
                    double[] dfpr = det.falsePositiveRates();
                    for (int i = 1; i < det.size(); i++) {
                        assertTrue(fnr[i] >= fnr[i - 1] && dfpr[i] <= dfpr[i - 1]);
                    }
                    assertEquals(0.0, fnr[0], 0.0);
                });
    }

    @Test
    void multiclassApIsOneForPerfectScores() {
        int[] y = {0, 1, 2, 2, 1, 0};
        double[][] p = new double[6][3];
        for (int i = 0; i < 6; i++) {
            p[i][y[i]] = 1;
        }
        for (Average av : Average.values()) {
            assertEquals(1.0, PrecisionRecallCurve.averagePrecision(y, p, av), 1e-15, av.toString());
        }
        assertEquals(1.0, RocCurve.oneVsOneMacroAuc(y, p), 1e-15);
        assertEquals(1.0, RocCurve.oneVsRestMicroAuc(y, p), 1e-15);
        assertArrayEquals(new int[] {0, 1, 2, 2, 1, 0}, y);
    }
}
