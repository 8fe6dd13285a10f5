package dev.statlearn.eval.curve;

import dev.statlearn.core.Randomness;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

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
 * The point lists of {@link WeightedRocCurve} and {@link WeightedPrecisionRecallCurve} against
 * scikit-learn's {@code roc_curve} / {@code precision_recall_curve} with {@code sample_weight}, and
 * their properties: integer weights repeat rows, equal weights change nothing, zero weights remove
 * rows, and the areas of the points are the weighted AUC and AP.
 */
class WeightedCurvePointsTest {

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py weightedcurvepoints
    // scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2
    // TINY: ties at 0.9, 0.7, 0.3, 0.2; score 0.6 has weight 0 only (no threshold); weights
    static final int[] TINY_Y = {1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0};
    static final double[] TINY_S = {0.9, 0.9, 0.7, 0.7, 0.5, 0.3, 0.3, 0.1, 0.6, 0.2, 0.2};
    static final double[] TINY_W = {1.0, 2.0, 0.0, 0.5, 1.5, 0.0, 1.0, 0.25, 0.0, 0.75, 0.25};
    // TINY: roc_curve(y, s, sample_weight=w, drop_intermediate=False) -> fpr, tpr, thresholds
    static final double[] TINY_W_FPR = {0.0, 0.5333333333333333, 0.6666666666666666, 0.6666666666666666, 0.9333333333333333, 1.0, 1.0};
    static final double[] TINY_W_TPR = {0.0, 0.2857142857142857, 0.2857142857142857, 0.7142857142857143, 0.7142857142857143, 0.9285714285714286, 1.0};
    static final double[] TINY_W_ROC_THR = {1.9, 0.9, 0.7, 0.5, 0.3, 0.2, 0.1};
    // TINY: roc_curve(y, s, sample_weight=w, drop_intermediate=True) -> fpr, tpr, thresholds
    static final double[] TINY_W_DROP_FPR = {0.0, 0.5333333333333333, 0.6666666666666666, 0.6666666666666666, 0.9333333333333333, 1.0, 1.0};
    static final double[] TINY_W_DROP_TPR = {0.0, 0.2857142857142857, 0.2857142857142857, 0.7142857142857143, 0.7142857142857143, 0.9285714285714286, 1.0};
    static final double[] TINY_W_DROP_ROC_THR = {1.9, 0.9, 0.7, 0.5, 0.3, 0.2, 0.1};
    // TINY: precision_recall_curve(y, s, sample_weight=w) -> precision, recall, thresholds; average_precision_score(y, s, sample_weight=w)
    static final double[] TINY_W_PREC = {0.4827586206896552, 0.4642857142857143, 0.4166666666666667, 0.5, 0.2857142857142857, 0.3333333333333333, 1.0};
    static final double[] TINY_W_REC = {1.0, 0.9285714285714286, 0.7142857142857143, 0.7142857142857143, 0.2857142857142857, 0.2857142857142857, 0.0};
    static final double[] TINY_W_PR_THR = {0.1, 0.2, 0.3, 0.5, 0.7, 0.9};
    static final double TINY_W_AP = 0.4434963640628665;
    // TINY: precision_recall_curve(y, s, sample_weight=w, drop_intermediate=True), 1.3 rule on 1.2.1's _binary_clf_curve(y, s, sample_weight=w) -> precision, recall, thresholds
    static final double[] TINY_W_DROP_PREC = {0.4827586206896552, 0.4642857142857143, 0.4166666666666667, 0.5, 0.2857142857142857, 0.3333333333333333, 1.0};
    static final double[] TINY_W_DROP_REC = {1.0, 0.9285714285714286, 0.7142857142857143, 0.7142857142857143, 0.2857142857142857, 0.2857142857142857, 0.0};
    static final double[] TINY_W_DROP_PR_THR = {0.1, 0.2, 0.3, 0.5, 0.7, 0.9};
    // RANDOM (w = 0.5 (i mod 4)): roc_curve(y, s, sample_weight=w, drop_intermediate=False) -> fpr, tpr, thresholds
    static final double[] RANDOM_W_FPR = {0.0, 0.0, 0.0, 0.006993006993006993, 0.006993006993006993, 0.006993006993006993, 0.03496503496503497, 0.03496503496503497, 0.03496503496503497, 0.04195804195804196, 0.11188811188811189, 0.16783216783216784, 0.16783216783216784, 0.21678321678321677, 0.2517482517482518, 0.32867132867132864, 0.34265734265734266, 0.3916083916083916, 0.4195804195804196, 0.46853146853146854, 0.5104895104895105, 0.5314685314685315, 0.5524475524475524, 0.5874125874125874, 0.6223776223776224, 0.6923076923076923, 0.7272727272727273, 0.7692307692307693, 0.7902097902097902, 0.8391608391608392, 0.8531468531468531, 0.8741258741258742, 0.8881118881118881, 0.916083916083916, 0.9230769230769231, 0.951048951048951, 0.965034965034965, 0.9790209790209791, 1.0};
    static final double[] RANDOM_W_TPR = {0.0, 0.08108108108108109, 0.16216216216216217, 0.16216216216216217, 0.24324324324324326, 0.2972972972972973, 0.43243243243243246, 0.4594594594594595, 0.4864864864864865, 0.5405405405405406, 0.5945945945945946, 0.5945945945945946, 0.6756756756756757, 0.6756756756756757, 0.8108108108108109, 0.8108108108108109, 0.8108108108108109, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.9459459459459459, 0.9459459459459459, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
    static final double[] RANDOM_W_ROC_THR = {3.9, 2.9, 2.2, 2.1, 2.0, 1.8, 1.7, 1.6, 1.4, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0, -0.1, -0.2, -0.3, -0.4, -0.5, -0.6, -0.7, -0.8, -0.9, -1.1, -1.2, -1.3, -1.4, -1.5, -1.6, -1.8, -1.9};
    // RANDOM (w = 0.5 (i mod 4)): roc_curve(y, s, sample_weight=w, drop_intermediate=True) -> fpr, tpr, thresholds
    static final double[] RANDOM_W_DROP_FPR = {0.0, 0.0, 0.0, 0.006993006993006993, 0.006993006993006993, 0.006993006993006993, 0.03496503496503497, 0.03496503496503497, 0.04195804195804196, 0.11188811188811189, 0.16783216783216784, 0.16783216783216784, 0.21678321678321677, 0.2517482517482518, 0.32867132867132864, 0.34265734265734266, 0.3916083916083916, 0.4195804195804196, 0.46853146853146854, 0.5104895104895105, 0.5524475524475524, 0.6223776223776224, 0.6923076923076923, 0.7272727272727273, 0.7692307692307693, 0.7902097902097902, 0.8391608391608392, 0.8531468531468531, 0.8741258741258742, 0.8881118881118881, 0.916083916083916, 0.9230769230769231, 0.951048951048951, 0.9790209790209791, 1.0};
    static final double[] RANDOM_W_DROP_TPR = {0.0, 0.08108108108108109, 0.16216216216216217, 0.16216216216216217, 0.24324324324324326, 0.2972972972972973, 0.43243243243243246, 0.4864864864864865, 0.5405405405405406, 0.5945945945945946, 0.5945945945945946, 0.6756756756756757, 0.6756756756756757, 0.8108108108108109, 0.8108108108108109, 0.8108108108108109, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.9459459459459459, 0.9459459459459459, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
    static final double[] RANDOM_W_DROP_ROC_THR = {3.9, 2.9, 2.2, 2.1, 2.0, 1.8, 1.7, 1.4, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, -0.1, -0.3, -0.4, -0.5, -0.6, -0.7, -0.8, -0.9, -1.1, -1.2, -1.3, -1.4, -1.5, -1.8, -1.9};
    // RANDOM: precision_recall_curve(y, s, sample_weight=w) -> precision, recall, thresholds; average_precision_score(y, s, sample_weight=w)
    static final double[] RANDOM_W_PREC = {0.20555555555555555, 0.20903954802259886, 0.21142857142857144, 0.2138728323699422, 0.21893491124260356, 0.22023809523809523, 0.22560975609756098, 0.22839506172839505, 0.23270440251572327, 0.2356687898089172, 0.24666666666666667, 0.2413793103448276, 0.2517985611510791, 0.25, 0.27049180327868855, 0.28205128205128205, 0.29464285714285715, 0.30275229357798167, 0.3113207547169811, 0.33, 0.3548387096774194, 0.3707865168539326, 0.379746835443038, 0.38961038961038963, 0.45454545454545453, 0.44642857142857145, 0.5102040816326531, 0.4782608695652174, 0.5789473684210527, 0.7692307692307693, 0.782608695652174, 0.7727272727272727, 0.7619047619047619, 0.9166666666666666, 0.9, 0.8571428571428571, 1.0, 1.0, 1.0};
    static final double[] RANDOM_W_REC = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9459459459459459, 0.9459459459459459, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8918918918918919, 0.8108108108108109, 0.8108108108108109, 0.8108108108108109, 0.6756756756756757, 0.6756756756756757, 0.5945945945945946, 0.5945945945945946, 0.5405405405405406, 0.4864864864864865, 0.4594594594594595, 0.43243243243243246, 0.2972972972972973, 0.24324324324324326, 0.16216216216216217, 0.16216216216216217, 0.08108108108108109, 0.0};
    static final double[] RANDOM_W_PR_THR = {-1.9, -1.8, -1.6, -1.5, -1.4, -1.3, -1.2, -1.1, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.4, 1.6, 1.7, 1.8, 2.0, 2.1, 2.2, 2.9};
    static final double RANDOM_W_AP = 0.662356186766561;
    // RANDOM: precision_recall_curve(y, s, sample_weight=w, drop_intermediate=True), 1.3 rule on 1.2.1's _binary_clf_curve(y, s, sample_weight=w) -> precision, recall, thresholds
    static final double[] RANDOM_W_DROP_PREC = {0.20555555555555555, 0.24666666666666667, 0.2413793103448276, 0.2517985611510791, 0.25, 0.3707865168539326, 0.379746835443038, 0.45454545454545453, 0.44642857142857145, 0.5102040816326531, 0.4782608695652174, 0.5789473684210527, 0.7692307692307693, 0.782608695652174, 0.7727272727272727, 0.7619047619047619, 0.9166666666666666, 0.9, 0.8571428571428571, 1.0, 1.0, 1.0};
    static final double[] RANDOM_W_DROP_REC = {1.0, 1.0, 0.9459459459459459, 0.9459459459459459, 0.8918918918918919, 0.8918918918918919, 0.8108108108108109, 0.8108108108108109, 0.6756756756756757, 0.6756756756756757, 0.5945945945945946, 0.5945945945945946, 0.5405405405405406, 0.4864864864864865, 0.4594594594594595, 0.43243243243243246, 0.2972972972972973, 0.24324324324324326, 0.16216216216216217, 0.16216216216216217, 0.08108108108108109, 0.0};
    static final double[] RANDOM_W_DROP_PR_THR = {-1.9, -0.7, -0.6, -0.5, -0.4, 0.4, 0.5, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.4, 1.6, 1.7, 1.8, 2.0, 2.1, 2.2, 2.9};
    // digits_multiclass_scores() class 8 vs rest, w = 0.5 + 0.3 (i mod 5) (not exact in binary): roc_curve(y == 8, p[:, 8], sample_weight=w, drop_intermediate=False): len, sum(fpr), sum(tpr), sum(thr[1:]); precision_recall_curve(..., sample_weight=w): len(thr), sum(precision), sum(recall), sum(thr)
    static final double[] DIGITS8_W_SUMMARY = {1798.0, 820.6893105200752, 1594.259150805271, 188.8795383334927, 1797.0, 524.7148136774244, 1594.259150805271, 188.8795383334927};

    @Test
    void rocPointsMatchSklearn() {
        WeightedRocCurve tiny = WeightedRocCurve.of(TINY_Y, TINY_S, TINY_W);
        assertRoc(tiny, TINY_W_FPR, TINY_W_TPR, TINY_W_ROC_THR, "tiny");
        assertRoc(tiny.dropIntermediate(), TINY_W_DROP_FPR, TINY_W_DROP_TPR, TINY_W_DROP_ROC_THR, "tiny drop");
        WeightedRocCurve random = WeightedRocCurve.of(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S, randomWeights());
        assertRoc(random, RANDOM_W_FPR, RANDOM_W_TPR, RANDOM_W_ROC_THR, "random");
        WeightedRocCurve dropped = random.dropIntermediate();
        assertRoc(dropped, RANDOM_W_DROP_FPR, RANDOM_W_DROP_TPR, RANDOM_W_DROP_ROC_THR, "random drop");
        assertEquals(random.auc(), dropped.auc(), 0.0);
        assertClose(WeightedCurveTest.RANDOM_WEIGHTED[0], random.auc(), "random auc");
        assertClose(trapezoid(dropped.falsePositiveRates(), dropped.truePositiveRates()), random.auc(), "dropped area");
    }

    @Test
    void precisionRecallPointsMatchSklearn() {
        WeightedPrecisionRecallCurve tiny = WeightedPrecisionRecallCurve.of(TINY_Y, TINY_S, TINY_W);
        assertPr(tiny, TINY_W_PREC, TINY_W_REC, TINY_W_PR_THR, "tiny");
        assertPr(tiny.dropIntermediate(), TINY_W_DROP_PREC, TINY_W_DROP_REC, TINY_W_DROP_PR_THR, "tiny drop");
        assertClose(TINY_W_AP, tiny.averagePrecision(), "tiny ap");
        WeightedPrecisionRecallCurve random = WeightedPrecisionRecallCurve.of(RocCurveTest.RANDOM_Y,
                RocCurveTest.RANDOM_S, randomWeights());
        assertPr(random, RANDOM_W_PREC, RANDOM_W_REC, RANDOM_W_PR_THR, "random");
        WeightedPrecisionRecallCurve dropped = random.dropIntermediate();
        assertPr(dropped, RANDOM_W_DROP_PREC, RANDOM_W_DROP_REC, RANDOM_W_DROP_PR_THR, "random drop");
        assertClose(RANDOM_W_AP, random.averagePrecision(), "random ap");
        assertEquals(random.averagePrecision(), dropped.averagePrecision(), 0.0);
        assertClose(stepArea(dropped.precisions(), dropped.recalls()), RANDOM_W_AP, "dropped step area");
    }

    @Test
    void digitsWithInexactWeightsMatchSklearnSummary() {
        int[] y = dev.statlearn.eval.Fixtures.digitsLabels();
        double[][] p = dev.statlearn.eval.Fixtures.digitsMulticlassScores();
        double[] s = new double[y.length];
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            s[i] = p[i][8];
            w[i] = 0.5 + (i % 5) * 0.3;
        }
        WeightedRocCurve roc = WeightedRocCurve.of(y, s, 8, w);
        WeightedPrecisionRecallCurve pr = WeightedPrecisionRecallCurve.of(y, s, 8, w);
        double[] thr = roc.thresholds();
        double[] got = {roc.size(), sum(roc.falsePositiveRates()), sum(roc.truePositiveRates()),
                sum(Arrays.copyOfRange(thr, 1, thr.length)), pr.size(), sum(pr.precisions()), sum(pr.recalls()),
                sum(pr.thresholds())};
        for (int i = 0; i < got.length; i++) {
            assertEquals(DIGITS8_W_SUMMARY[i], got[i], 1e-10 * Math.abs(DIGITS8_W_SUMMARY[i]), "summary " + i);
        }
    }

    @Test
    void countsAndWeightsAreExposedInTheirUnits() {
        WeightedRocCurve roc = WeightedRocCurve.of(TINY_Y, TINY_S, TINY_W);
        assertEquals(3.5, roc.positiveWeight(), 0.0);  // 1 + 1.5 + 0.25 + 0.75
        assertEquals(3.75, roc.negativeWeight(), 0.0); // 2 + 0.5 + 1 + 0.25
        assertEquals(1.0, roc.truePositiveWeight(1), 0.0);
        assertEquals(2.0, roc.falsePositiveWeight(1), 0.0);
        assertEquals(3.75, roc.falsePositiveWeight(roc.size() - 1), 0.0);
        assertThrows(IllegalArgumentException.class, () -> roc.truePositiveWeight(roc.size()));
        assertTrue(roc.toString().startsWith("WeightedRocCurve[positive weight=3.5"), roc.toString());
        WeightedPrecisionRecallCurve pr = WeightedPrecisionRecallCurve.of(TINY_Y, TINY_S, TINY_W);
        assertEquals(3.5, pr.positiveWeight(), 0.0);
        assertEquals(3.75, pr.negativeWeight(), 0.0);
        List<PrecisionRecallCurve.Point> points = pr.points();
        assertEquals(pr.size(), points.size());
        assertEquals(0.1, points.get(0).threshold(), 0.0);
        // without weights, the weights are the counts
        RocCurve plain = RocCurve.of(TINY_Y, TINY_S);
        assertEquals(plain.positives(), plain.positiveWeight(), 0.0);
        assertEquals(plain.negatives(), plain.negativeWeight(), 0.0);
        PrecisionRecallCurve plainPr = PrecisionRecallCurve.of(TINY_Y, TINY_S);
        assertEquals(5.0, plainPr.positiveWeight(), 0.0);
        assertEquals(6.0, plainPr.negativeWeight(), 0.0);
    }

    @Test
    void badInputIsRejectedWithItsName() {
        int[] y = {0, 1, 0, 1};
        double[] s = {0.1, 0.4, 0.35, 0.8};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WeightedRocCurve.of(y, s, new double[] {1, 0, 1, 0}));
        assertTrue(e.getMessage().contains("positive weight"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WeightedRocCurve.of(y, s, new double[] {1, -1, 1, 1}));
        assertTrue(e.getMessage().contains("weights[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WeightedPrecisionRecallCurve.of(y, s, new double[4]));
        assertTrue(e.getMessage().contains("weights"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WeightedRocCurve.of(y, s, new double[3]));
        assertTrue(e.getMessage().contains("weights has length 3"), e.getMessage());
        assertThrows(NullPointerException.class, () -> WeightedRocCurve.of(y, s, null));
        assertThrows(NullPointerException.class, () -> WeightedPrecisionRecallCurve.of(y, null, new double[4]));
        // positives of weight 0: recall 1 at every threshold and AP 0, as the unweighted curve without positives
        WeightedPrecisionRecallCurve none = WeightedPrecisionRecallCurve.of(y, s, new double[] {1, 0, 2, 0});
        assertArrayEquals(new double[] {1, 1, 0}, none.recalls(), 0.0);
        assertEquals(0.0, none.averagePrecision(), 0.0);
    }

    // ------------------------------------------------------------------ properties

    /** Small samples with many ties and -0.0 vs 0.0, both classes present. */
    private static int[] labels(RandomGenerator rng, int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i < 2 ? i : rng.nextInt(2);
        }
        return y;
    }

    private static double[] tiedScores(RandomGenerator rng, int n) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = rng.nextInt(6) * (rng.nextBoolean() ? 1 : -1) * 0.5;
        }
        return s;
    }

    @Test
    void integerWeightsEqualRepeatedRows() {
        qt().withFixedSeed(131).withExamples(200)
                .forAll(longs().all(), integers().between(2, 30))
                .checkAssert((seed, n) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    int[] y = labels(rng, n);
                    double[] s = tiedScores(rng, n);
                    double[] w = new double[n];
                    int total = 0;
                    for (int i = 0; i < n; i++) {
                        w[i] = i < 2 ? 1 + rng.nextInt(3) : rng.nextInt(4); // 0..3, zeros included
                        total += (int) w[i];
                    }
                    int[] ry = new int[total];
                    double[] rs = new double[total];
                    int k = 0;
                    for (int i = 0; i < n; i++) {
                        for (int r = 0; r < w[i]; r++) {
                            ry[k] = y[i];
                            rs[k++] = s[i];
                        }
                    }
                    assertSameRoc(RocCurve.of(ry, rs), WeightedRocCurve.of(y, s, w));
                    assertSameRoc(RocCurve.of(ry, rs).dropIntermediate(), WeightedRocCurve.of(y, s, w).dropIntermediate());
                    assertSamePr(PrecisionRecallCurve.of(ry, rs), WeightedPrecisionRecallCurve.of(y, s, w));
                    assertSamePr(PrecisionRecallCurve.of(ry, rs).dropIntermediate(),
                            WeightedPrecisionRecallCurve.of(y, s, w).dropIntermediate());
                });
    }

    @Test
    void equalWeightsGiveTheUnweightedCurve() {
        qt().withFixedSeed(132).withExamples(200)
                .forAll(longs().all(), integers().between(2, 40))
                .checkAssert((seed, n) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    int[] y = labels(rng, n);
                    double[] s = tiedScores(rng, n);
                    double[] w = new double[n];
                    Arrays.fill(w, 0.25 + rng.nextInt(8) * 0.5); // exact in binary: sums and rates exact
                    assertSameRoc(RocCurve.of(y, s), WeightedRocCurve.of(y, s, w));
                    assertSameRoc(RocCurve.of(y, s).dropIntermediate(), WeightedRocCurve.of(y, s, w).dropIntermediate());
                    assertSamePr(PrecisionRecallCurve.of(y, s), WeightedPrecisionRecallCurve.of(y, s, w));
                    assertSamePr(PrecisionRecallCurve.of(y, s).dropIntermediate(),
                            WeightedPrecisionRecallCurve.of(y, s, w).dropIntermediate());
                });
    }

    @Test
    void areasOfTheWeightedPointsAreTheWeightedAucAndAp() {
        qt().withFixedSeed(133).withExamples(200)
                .forAll(longs().all(), integers().between(2, 60))
                .checkAssert((seed, n) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    int[] y = labels(rng, n);
                    double[] s = tiedScores(rng, n);
                    double[] w = new double[n];
                    for (int i = 0; i < n; i++) {
                        w[i] = i < 2 ? 0.1 + rng.nextDouble() : (rng.nextInt(5) == 0 ? 0.0 : rng.nextDouble() * 3);
                    }
                    WeightedRocCurve roc = WeightedRocCurve.of(y, s, w);
                    double auc = RocCurve.auc(y, s, w);
                    assertEquals(auc, roc.auc(), 0.0);
                    assertEquals(auc, trapezoid(roc.falsePositiveRates(), roc.truePositiveRates()), 1e-12);
                    WeightedRocCurve dropped = roc.dropIntermediate();
                    assertEquals(auc, trapezoid(dropped.falsePositiveRates(), dropped.truePositiveRates()), 1e-12);
                    assertEquals(auc, roc.standardizedPartialAuc(1.0), 0.0);
                    WeightedPrecisionRecallCurve pr = WeightedPrecisionRecallCurve.of(y, s, w);
                    double ap = PrecisionRecallCurve.averagePrecision(y, s, w);
                    assertEquals(ap, pr.averagePrecision(), 0.0);
                    assertEquals(ap, stepArea(pr.precisions(), pr.recalls()), 1e-12);
                    WeightedPrecisionRecallCurve prDropped = pr.dropIntermediate();
                    assertEquals(ap, stepArea(prDropped.precisions(), prDropped.recalls()), 1e-12);
                });
    }

    @Test
    void zeroWeightsRemoveRows() {
        qt().withFixedSeed(134).withExamples(200)
                .forAll(longs().all(), integers().between(4, 40))
                .checkAssert((seed, n) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    int[] y = labels(rng, n);
                    double[] s = tiedScores(rng, n);
                    double[] w = new double[n];
                    int kept = 0;
                    for (int i = 0; i < n; i++) {
                        w[i] = i < 2 || rng.nextBoolean() ? 1.0 : 0.0;
                        kept += (int) w[i];
                    }
                    int[] ky = new int[kept];
                    double[] ks = new double[kept];
                    int k = 0;
                    for (int i = 0; i < n; i++) {
                        if (w[i] > 0) {
                            ky[k] = y[i];
                            ks[k++] = s[i];
                        }
                    }
                    assertSameRoc(RocCurve.of(ky, ks), WeightedRocCurve.of(y, s, w));
                    assertSamePr(PrecisionRecallCurve.of(ky, ks), WeightedPrecisionRecallCurve.of(y, s, w));
                });
    }

    @Test
    void dropIntermediateOnAShortCurveIsTheSameCurve() {
        WeightedRocCurve roc = WeightedRocCurve.of(new int[] {0, 1}, new double[] {0.2, 0.7}, new double[] {1, 2});
        assertSame(roc, roc.dropIntermediate());
        WeightedPrecisionRecallCurve pr = WeightedPrecisionRecallCurve.of(new int[] {0, 1}, new double[] {0.2, 0.7},
                new double[] {1, 2});
        assertSame(pr, pr.dropIntermediate());
    }

    // ------------------------------------------------------------------ helpers

    private static double[] randomWeights() {
        double[] w = new double[RocCurveTest.RANDOM_Y.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 4) * 0.5;
        }
        return w;
    }

    private static void assertRoc(WeightedRocCurve c, double[] fpr, double[] tpr, double[] thr, String what) {
        assertClose(fpr, c.falsePositiveRates(), what + " fpr");
        assertClose(tpr, c.truePositiveRates(), what + " tpr");
        assertArrayEquals(thr, c.thresholds(), 1e-12, what + " thresholds");
        assertEquals(thr.length, c.points().size(), what + " points");
    }

    private static void assertPr(WeightedPrecisionRecallCurve c, double[] prec, double[] rec, double[] thr,
                                 String what) {
        assertClose(prec, c.precisions(), what + " precision");
        assertClose(rec, c.recalls(), what + " recall");
        assertArrayEquals(thr, c.thresholds(), 0.0, what + " thresholds");
    }

    private static void assertSameRoc(RocCurve expected, WeightedRocCurve actual) {
        assertArrayEquals(expected.thresholds(), actual.thresholds(), 0.0, "thresholds");
        assertArrayEquals(expected.falsePositiveRates(), actual.falsePositiveRates(), 1e-12, "fpr");
        assertArrayEquals(expected.truePositiveRates(), actual.truePositiveRates(), 1e-12, "tpr");
        assertEquals(expected.auc(), actual.auc(), 1e-12, "auc");
    }

    private static void assertSamePr(PrecisionRecallCurve expected, WeightedPrecisionRecallCurve actual) {
        assertArrayEquals(expected.thresholds(), actual.thresholds(), 0.0, "thresholds");
        assertArrayEquals(expected.precisions(), actual.precisions(), 1e-12, "precision");
        assertArrayEquals(expected.recalls(), actual.recalls(), 1e-12, "recall");
        assertEquals(expected.averagePrecision(), actual.averagePrecision(), 1e-12, "ap");
    }

    /** Trapezoidal area under (x, y). */
    private static double trapezoid(double[] x, double[] y) {
        double a = 0;
        for (int i = 1; i < x.length; i++) {
            a += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }
        return a;
    }

    /** scikit-learn's average precision from the arrays: -sum(diff(recall) * precision[:-1]). */
    private static double stepArea(double[] precision, double[] recall) {
        double a = 0;
        for (int i = 0; i + 1 < recall.length; i++) {
            a -= (recall[i + 1] - recall[i]) * precision[i];
        }
        return a;
    }

    private static double sum(double[] x) {
        double t = 0;
        for (double v : x) {
            t += v;
        }
        return t;
    }
}
