package dev.statlearn.eval;

import dev.statlearn.eval.ConfusionMatrix.KappaWeights;
import dev.statlearn.eval.ConfusionMatrix.Normalization;
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

/**
 * Weighted kappa, likelihood ratios, adjusted balanced accuracy, F-beta at its limits,
 * normalisation, Jaccard and the macro-averaged MAE of {@link ConfusionMatrix}, on the data sets
 * of {@link ConfusionMatrixTest}.
 */
class ConfusionMatrixExtendedMetricsTest {

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py confusion
    // scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2
    // RANDOM (k = 5): cohen_kappa_score(a, p, labels=range(k), weights=w) for w in (None, 'linear', 'quadratic')
    static final double[] RANDOM_KAPPA = {0.3376068376068375, 0.45080091533180777, 0.5669954293961992};
    // class_likelihood_ratios(a == c, p == c, labels=[0, 1]) -> (LR+, LR-) for c in 0..k-1 (nan when undefined)
    static final double[] RANDOM_LIKELIHOOD_RATIOS = {7.228571428571429, 0.24041811846689895, 3.699248120300752, 0.44427244582043346, 2.0, 0.5, Double.NaN, 1.0, Double.NaN, Double.NaN};
    // balanced_accuracy_score(a, p, adjusted=True)
    static final double RANDOM_ADJUSTED_BALANCED_ACCURACY = 0.36131996658312443;
    // fbeta_score(a, p, beta=b, average=None, zero_division=0) for b in (0, inf), then {macro, weighted, micro} for b = 0, then for b = inf
    static final double[] RANDOM_F0 = {0.6875, 0.631578947368421, 0.2608695652173913, 0.0, 0.0};
    static final double[] RANDOM_FINF = {0.7857142857142857, 0.631578947368421, 0.6666666666666666, 0.0, 0.0};
    static final double[] RANDOM_AVG_F0 = {0.31598970251716246, 0.3995471014492754, 0.48333333333333334};
    static final double[] RANDOM_AVG_FINF = {0.41679197994987466, 0.48333333333333334, 0.48333333333333334};
    // confusion_matrix(a, p, labels=range(k), normalize='true')
    static final double[][] RANDOM_NORMALIZED_TRUE = {{0.7857142857142857, 0.14285714285714285, 0.07142857142857142, 0.0, 0.0}, {0.15789473684210525, 0.631578947368421, 0.21052631578947367, 0.0, 0.0}, {0.1111111111111111, 0.1111111111111111, 0.6666666666666666, 0.0, 0.1111111111111111}, {0.05555555555555555, 0.2222222222222222, 0.6666666666666666, 0.0, 0.05555555555555555}, {0.0, 0.0, 0.0, 0.0, 0.0}};
    // confusion_matrix(a, p, labels=range(k), normalize='pred')
    static final double[][] RANDOM_NORMALIZED_PRED = {{0.6875, 0.10526315789473684, 0.043478260869565216, 0.0, 0.0}, {0.1875, 0.631578947368421, 0.17391304347826086, 0.0, 0.0}, {0.0625, 0.05263157894736842, 0.2608695652173913, 0.0, 0.5}, {0.0625, 0.21052631578947367, 0.5217391304347826, 0.0, 0.5}, {0.0, 0.0, 0.0, 0.0, 0.0}};
    // confusion_matrix(a, p, labels=range(k), normalize='all')
    static final double[][] RANDOM_NORMALIZED_ALL = {{0.18333333333333332, 0.03333333333333333, 0.016666666666666666, 0.0, 0.0}, {0.05, 0.2, 0.06666666666666667, 0.0, 0.0}, {0.016666666666666666, 0.016666666666666666, 0.1, 0.0, 0.016666666666666666}, {0.016666666666666666, 0.06666666666666667, 0.2, 0.0, 0.016666666666666666}, {0.0, 0.0, 0.0, 0.0, 0.0}};
    // jaccard_score(a, p, labels=range(k), average=None, zero_division=0), then {macro, weighted, micro} with default labels
    static final double[] RANDOM_JACCARD = {0.5789473684210527, 0.46153846153846156, 0.23076923076923078, 0.0, 0.0};
    static final double[] RANDOM_AVG_JACCARD = {0.254251012145749, 0.3158569500674764, 0.31868131868131866};
    // mean over c in unique(a) of mean_absolute_error(a[a == c], p[a == c]) (imblearn raises here)
    static final double RANDOM_MACRO_MAE = 0.6357560568086884;
    // CANCER (k = 2): cohen_kappa_score(a, p, labels=range(k), weights=w) for w in (None, 'linear', 'quadratic')
    static final double[] CANCER_KAPPA = {0.8310410452293863, 0.8310410452293863, 0.8310410452293863};
    // class_likelihood_ratios(a == c, p == c, labels=[0, 1]) -> (LR+, LR-) for c in 0..k-1 (nan when undefined)
    static final double[] CANCER_LIKELIHOOD_RATIOS = {6.226296579237756, 0.0364928094142685, 27.402658662092623, 0.16060911767913622};
    // balanced_accuracy_score(a, p, adjusted=True)
    static final double CANCER_ADJUSTED_BALANCED_ACCURACY = 0.8135272977115373;
    // fbeta_score(a, p, beta=b, average=None, zero_division=0) for b in (0, inf), then {macro, weighted, micro} for b = 0, then for b = inf
    static final double[] CANCER_F0 = {0.9129287598944592, 0.9421052631578948};
    static final double[] CANCER_FINF = {0.969187675070028, 0.8443396226415094};
    static final double[] CANCER_AVG_F0 = {0.927517011526177, 0.9237994430084282, 0.9226713532513181};
    static final double[] CANCER_AVG_FINF = {0.9067636488557687, 0.9226713532513181, 0.9226713532513181};
    // confusion_matrix(a, p, labels=range(k), normalize='true')
    static final double[][] CANCER_NORMALIZED_TRUE = {{0.969187675070028, 0.03081232492997199}, {0.15566037735849056, 0.8443396226415094}};
    // confusion_matrix(a, p, labels=range(k), normalize='pred')
    static final double[][] CANCER_NORMALIZED_PRED = {{0.9129287598944591, 0.05789473684210526}, {0.0870712401055409, 0.9421052631578948}};
    // confusion_matrix(a, p, labels=range(k), normalize='all')
    static final double[][] CANCER_NORMALIZED_ALL = {{0.6080843585237259, 0.019332161687170474}, {0.05799648506151142, 0.3145869947275923}};
    // jaccard_score(a, p, labels=range(k), average=None, zero_division=0), then {macro, weighted, micro} with default labels
    static final double[] CANCER_JACCARD = {0.8871794871794871, 0.8026905829596412};
    static final double[] CANCER_AVG_JACCARD = {0.8449350350695641, 0.8557003172416887, 0.8564437194127243};
    // imblearn macro_averaged_mean_absolute_error(a, p)
    static final double CANCER_MACRO_MAE = 0.09323635114423127;
    // DIGITS (k = 2): cohen_kappa_score(a, p, labels=range(k), weights=w) for w in (None, 'linear', 'quadratic')
    static final double[] DIGITS_KAPPA = {0.8494363407281172, 0.8494363407281172, 0.8494363407281172};
    // class_likelihood_ratios(a == c, p == c, labels=[0, 1]) -> (LR+, LR-) for c in 0..k-1 (nan when undefined)
    static final double[] DIGITS_LIKELIHOOD_RATIOS = {24.706079590576195, 0.02957568927465875, 33.81155349291646, 0.04047586734001443};
    // balanced_accuracy_score(a, p, adjusted=True)
    static final double DIGITS_ADJUSTED_BALANCED_ACCURACY = 0.9322615569327717;
    // fbeta_score(a, p, beta=b, average=None, zero_division=0) for b in (0, inf), then {macro, weighted, micro} for b = 0, then for b = inf
    static final double[] DIGITS_F0 = {0.9955696202531645, 0.7880184331797235};
    static final double[] DIGITS_FINF = {0.9715873996294009, 0.9606741573033708};
    static final double[] DIGITS_AVG_F0 = {0.891794026716444, 0.9750108493577431, 0.9705063995548135};
    static final double[] DIGITS_AVG_FINF = {0.9661307784663858, 0.9705063995548135, 0.9705063995548135};
    // confusion_matrix(a, p, labels=range(k), normalize='true')
    static final double[][] DIGITS_NORMALIZED_TRUE = {{0.9715873996294009, 0.028412600370599134}, {0.03932584269662921, 0.9606741573033708}};
    // confusion_matrix(a, p, labels=range(k), normalize='pred')
    static final double[][] DIGITS_NORMALIZED_PRED = {{0.9955696202531645, 0.2119815668202765}, {0.004430379746835443, 0.7880184331797235}};
    // confusion_matrix(a, p, labels=range(k), normalize='all')
    static final double[][] DIGITS_NORMALIZED_ALL = {{0.8753478018920423, 0.025598219254312743}, {0.0038953811908736783, 0.09515859766277128}};
    // jaccard_score(a, p, labels=range(k), average=None, zero_division=0), then {macro, weighted, micro} with default labels
    static final double[] DIGITS_JACCARD = {0.9674046740467405, 0.7633928571428571};
    static final double[] DIGITS_AVG_JACCARD = {0.8653987655947988, 0.9471964918492496, 0.9427027027027027};
    // imblearn macro_averaged_mean_absolute_error(a, p)
    static final double DIGITS_MACRO_MAE = 0.03386922153361417;

    record Expected(double[] kappa, double[] likelihoodRatios, double adjustedBalancedAccuracy, double[] f0,
                    double[] fInf, double[] avgF0, double[] avgFInf, double[][] normalizedTrue,
                    double[][] normalizedPred, double[][] normalizedAll, double[] jaccard, double[] avgJaccard,
                    double macroMae) {
    }

    static final Expected RANDOM = new Expected(RANDOM_KAPPA, RANDOM_LIKELIHOOD_RATIOS,
            RANDOM_ADJUSTED_BALANCED_ACCURACY, RANDOM_F0, RANDOM_FINF, RANDOM_AVG_F0, RANDOM_AVG_FINF,
            RANDOM_NORMALIZED_TRUE, RANDOM_NORMALIZED_PRED, RANDOM_NORMALIZED_ALL, RANDOM_JACCARD, RANDOM_AVG_JACCARD,
            RANDOM_MACRO_MAE);
    static final Expected CANCER = new Expected(CANCER_KAPPA, CANCER_LIKELIHOOD_RATIOS,
            CANCER_ADJUSTED_BALANCED_ACCURACY, CANCER_F0, CANCER_FINF, CANCER_AVG_F0, CANCER_AVG_FINF,
            CANCER_NORMALIZED_TRUE, CANCER_NORMALIZED_PRED, CANCER_NORMALIZED_ALL, CANCER_JACCARD, CANCER_AVG_JACCARD,
            CANCER_MACRO_MAE);
    static final Expected DIGITS = new Expected(DIGITS_KAPPA, DIGITS_LIKELIHOOD_RATIOS,
            DIGITS_ADJUSTED_BALANCED_ACCURACY, DIGITS_F0, DIGITS_FINF, DIGITS_AVG_F0, DIGITS_AVG_FINF,
            DIGITS_NORMALIZED_TRUE, DIGITS_NORMALIZED_PRED, DIGITS_NORMALIZED_ALL, DIGITS_JACCARD, DIGITS_AVG_JACCARD,
            DIGITS_MACRO_MAE);

    private static final Average[] AVERAGES = {Average.MACRO, Average.WEIGHTED, Average.MICRO};

    static void check(Expected e, ConfusionMatrix m) {
        int k = m.numClasses();
        KappaWeights[] w = {KappaWeights.NONE, KappaWeights.LINEAR, KappaWeights.QUADRATIC};
        for (int i = 0; i < 3; i++) {
            assertClose(e.kappa()[i], m.cohenKappa(w[i]), "kappa " + w[i]);
        }
        assertClose(e.adjustedBalancedAccuracy(), m.adjustedBalancedAccuracy(), "adjusted balanced accuracy");
        assertClose(e.macroMae(), m.macroAveragedMeanAbsoluteError(), "macro MAE");
        for (int c = 0; c < k; c++) {
            assertClose(e.likelihoodRatios()[2 * c], m.positiveLikelihoodRatio(c), "LR+ " + c);
            assertClose(e.likelihoodRatios()[2 * c + 1], m.negativeLikelihoodRatio(c), "LR- " + c);
            assertClose(e.f0()[c], m.fBeta(c, 0.0), "F0 " + c);
            assertClose(e.fInf()[c], m.fBeta(c, Double.POSITIVE_INFINITY), "Finf " + c);
            assertClose(e.jaccard()[c], m.jaccard(c), "jaccard " + c);
        }
        for (int i = 0; i < 3; i++) {
            assertClose(e.avgF0()[i], m.fBeta(AVERAGES[i], 0.0), "F0 " + AVERAGES[i]);
            assertClose(e.avgFInf()[i], m.fBeta(AVERAGES[i], Double.POSITIVE_INFINITY), "Finf " + AVERAGES[i]);
            assertClose(e.avgJaccard()[i], m.jaccard(AVERAGES[i]), "jaccard " + AVERAGES[i]);
        }
        double[][][] norm = {e.normalizedTrue(), e.normalizedPred(), e.normalizedAll()};
        Normalization[] over = {Normalization.ACTUAL, Normalization.PREDICTED, Normalization.ALL};
        for (int i = 0; i < 3; i++) {
            double[][] got = m.normalized(over[i]);
            assertEquals(k, got.length);
            for (int a = 0; a < k; a++) {
                assertClose(norm[i][a], got[a], "normalized " + over[i] + " row " + a);
            }
        }
    }

    @Test
    void randomMulticlassMatchesSklearn() {
        check(RANDOM, ConfusionMatrix.of(ConfusionMatrixTest.ACTUAL, ConfusionMatrixTest.PREDICTED));
    }

    @Test
    void breastCancerMatchesSklearn() {
        check(CANCER, ConfusionMatrix.of(Fixtures.cancerActual(), Fixtures.threshold(Fixtures.cancerScore(), 16.8), 2));
    }

    @Test
    void digitsZeroVsRestMatchesSklearn() {
        check(DIGITS, ConfusionMatrix.of(Fixtures.digitsActual(), Fixtures.threshold(Fixtures.digitsScore(), 20)));
    }

    // ---------------------------------------------------------------- degenerate cases

    @Test
    void undefinedValuesAreNaNAsSklearn() {
        // sklearn: class_likelihood_ratios([1, 1, 0, 0], [1, 1, 0, 0]) -> (nan, 0.0) (no false positives)
        ConfusionMatrix perfect = ConfusionMatrix.binary(2, 0, 0, 2);
        assertTrue(Double.isNaN(perfect.positiveLikelihoodRatio(1)));
        assertEquals(0.0, perfect.negativeLikelihoodRatio(1));
        // every sample of class 1: no negatives at all, both undefined; balanced_accuracy_score(adjusted=True) divides by 0
        ConfusionMatrix oneClass = ConfusionMatrix.of(new int[] {1, 1, 1}, new int[] {1, 0, 1});
        assertTrue(Double.isNaN(oneClass.positiveLikelihoodRatio(1)));
        assertTrue(Double.isNaN(oneClass.negativeLikelihoodRatio(1)));
        assertTrue(Double.isNaN(oneClass.adjustedBalancedAccuracy()));
        assertTrue(Double.isNaN(oneClass.positiveLikelihoodRatio(0)), "class 0 never occurs");
        // weighted kappa: NaN when the expected disagreement is 0, as the unweighted one
        ConfusionMatrix same = ConfusionMatrix.of(new int[] {2, 2}, new int[] {2, 2});
        for (KappaWeights w : KappaWeights.values()) {
            assertTrue(Double.isNaN(same.cohenKappa(w)), w.toString());
        }
        // a row / column with total 0 normalises to zeros, as sklearn
        double[][] rows = oneClass.normalized(Normalization.ACTUAL);
        assertArrayEquals(new double[] {0, 0}, rows[0]);
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, rows[1]);
        assertEquals(0.0, same.jaccard(0));
        assertEquals(0.0, same.macroAveragedMeanAbsoluteError());
    }

    @Test
    void rejectsBadInput() {
        ConfusionMatrix m = ConfusionMatrix.of(ConfusionMatrixTest.ACTUAL, ConfusionMatrixTest.PREDICTED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.fBeta(0, -0.5));
        assertEquals("beta must be in [0, +Infinity], was -0.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.fBeta(Average.MACRO, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> m.fBeta(0, Double.NEGATIVE_INFINITY));
        assertThrows(NullPointerException.class, () -> m.cohenKappa(null));
        assertThrows(NullPointerException.class, () -> m.normalized(null));
        assertThrows(NullPointerException.class, () -> m.jaccard(null));
        e = assertThrows(IllegalArgumentException.class, () -> m.positiveLikelihoodRatio(5));
        assertTrue(e.getMessage().contains("c"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.negativeLikelihoodRatio(-1));
        assertThrows(IllegalArgumentException.class, () -> m.jaccard(7));
    }

    @Test
    void normalizedReturnsAFreshCopy() {
        ConfusionMatrix m = ConfusionMatrix.binary(3, 1, 2, 4);
        double[][] a = m.normalized(Normalization.ALL);
        a[0][0] = 99;
        assertEquals(0.4, m.normalized(Normalization.ALL)[0][0]);
    }

    // ---------------------------------------------------------------- properties

    private static ConfusionMatrix random(long seed, int n, int k) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] a = new int[n];
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.nextInt(k);
            p[i] = rng.nextDouble() < 0.5 ? a[i] : rng.nextInt(k);
        }
        return ConfusionMatrix.of(a, p, k);
    }

    /** The same matrix with the class order reversed (class c becomes k-1-c). */
    private static ConfusionMatrix reversed(ConfusionMatrix m) {
        int k = m.numClasses();
        long[][] c = new long[k][k];
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                c[k - 1 - a][k - 1 - p] = m.count(a, p);
            }
        }
        return ConfusionMatrix.ofCounts(c);
    }

    @Test
    void identitiesBetweenMetrics() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 60), integers().between(1, 6))
                .checkAssert((seed, n, k) -> {
                    ConfusionMatrix m = random(seed, n, k);
                    assertEquals(m.cohenKappa(), m.cohenKappa(KappaWeights.NONE), 1e-12);
                    ConfusionMatrix r = reversed(m);
                    for (KappaWeights w : KappaWeights.values()) {
                        double kw = m.cohenKappa(w);
                        assertTrue(Double.isNaN(kw) || (kw >= -1 - 1e-12 && kw <= 1 + 1e-12), w + " " + kw);
                        assertEquals(kw, r.cohenKappa(w), 1e-12, "kappa is invariant under reversing the order");
                    }
                    if (k == 2) {
                        assertEquals(m.cohenKappa(), m.cohenKappa(KappaWeights.QUADRATIC), 1e-12);
                    }
                    double mae = m.macroAveragedMeanAbsoluteError();
                    assertTrue(mae >= 0 && mae <= k - 1, "macro MAE " + mae);
                    assertEquals(mae, r.macroAveragedMeanAbsoluteError(), 1e-12);
                    double ba = m.balancedAccuracy();
                    double adj = m.adjustedBalancedAccuracy();
                    if (!Double.isNaN(adj)) {
                        assertTrue(adj <= 1 + 1e-12 && (adj == 1) == (ba == 1), "adjusted " + adj + " ba " + ba);
                    }
                    for (int c = 0; c < k; c++) {
                        assertEquals(m.precision(c), m.fBeta(c, 0.0), 1e-15); // p r / r, as sklearn: within an ulp
                        assertEquals(m.recall(c), m.fBeta(c, Double.POSITIVE_INFINITY), 0.0);
                        double f1 = m.f1(c);
                        assertEquals(f1 / (2 - f1), m.jaccard(c), 1e-12, "J = F1 / (2 - F1)");
                        double lrPos = m.positiveLikelihoodRatio(c);
                        if (!Double.isNaN(lrPos)) {
                            assertEquals(m.recall(c) / m.falsePositiveRate(c), lrPos, 1e-12 * Math.max(1, lrPos));
                        }
                        double lrNeg = m.negativeLikelihoodRatio(c);
                        if (!Double.isNaN(lrNeg)) {
                            assertEquals(m.falseNegativeRate(c) / m.specificity(c), lrNeg, 1e-12 * Math.max(1, lrNeg));
                        }
                    }
                    for (Average av : Average.values()) {
                        assertEquals(m.precision(av), m.fBeta(av, 0.0), 1e-15);
                        assertEquals(m.recall(av), m.fBeta(av, Double.POSITIVE_INFINITY), 1e-15);
                        double j = m.jaccard(av);
                        assertTrue(j >= 0 && j <= 1, "jaccard " + j);
                    }
                });
    }

    @Test
    void normalisedCountsSumToOne() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 60), integers().between(1, 6))
                .checkAssert((seed, n, k) -> {
                    ConfusionMatrix m = random(seed, n, k);
                    double[][] rows = m.normalized(Normalization.ACTUAL);
                    double[][] cols = m.normalized(Normalization.PREDICTED);
                    double[][] all = m.normalized(Normalization.ALL);
                    double total = 0;
                    for (int i = 0; i < k; i++) {
                        double rs = 0;
                        double cs = 0;
                        for (int j = 0; j < k; j++) {
                            rs += rows[i][j];
                            cs += cols[j][i];
                            total += all[i][j];
                            assertEquals(m.count(i, j), all[i][j] * n, 1e-9);
                        }
                        assertEquals(m.support(i) > 0 ? 1.0 : 0.0, rs, 1e-12);
                        assertEquals(m.predictedCount(i) > 0 ? 1.0 : 0.0, cs, 1e-12);
                        assertEquals(m.recall(i), rows[i][i], 1e-15, "diagonal of ACTUAL is the recall");
                        assertEquals(m.precision(i), cols[i][i], 1e-15, "diagonal of PREDICTED is the precision");
                    }
                    assertEquals(1.0, total, 1e-12);
                });
    }
}
