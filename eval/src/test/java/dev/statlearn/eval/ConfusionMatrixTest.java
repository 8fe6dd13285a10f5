package dev.statlearn.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static dev.statlearn.eval.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class ConfusionMatrixTest {

    // ---- reference values: /usr/bin/python3 tools/reference/eval_metrics.py confusion
    // scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2
    // random multiclass (RandomState(20240601), see random_multiclass()):
    // class 3 is never predicted, class 4 is predicted but never occurs.
    static final int[] ACTUAL = {3, 0, 1, 2, 1, 2, 0, 1, 2, 3, 1, 3, 2, 0, 2, 1, 3, 3, 0, 0, 3, 1, 1, 1, 3, 2, 1, 0, 3, 2, 3, 3, 0, 0, 0, 3, 1, 1, 3, 0, 0, 1, 0, 0, 3, 3, 1, 3, 3, 1, 1, 1, 0, 1, 3, 1, 2, 2, 1, 3};
    static final int[] PREDICTED = {2, 2, 0, 0, 1, 4, 0, 1, 2, 2, 2, 1, 2, 0, 2, 0, 2, 4, 1, 0, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 2, 0, 0, 0, 2, 2, 0, 2, 0, 0, 2, 0, 0, 2, 2, 1, 1, 2, 1, 1, 1, 0, 1, 2, 1, 2, 2, 2, 0};

    /** One table of reference values; arrays in the script's order. */
    record Expected(long[][] cm, double[] precision, double[] recall, double[] f1, double[] f2,
                    double[] specificity, double[] gmeanPerClass, double[] iba,
                    double[] avgPrecision, double[] avgRecall, double[] avgF1, double[] avgF2,
                    double[] avgSpecificity, double[] whole) {
    }

    // confusion_matrix(a, p); precision_recall_fscore_support(a, p, average=None, zero_division=0) (and beta=2);
    // imblearn specificity_score / geometric_mean_score(average=None);
    // make_index_balanced_accuracy(alpha=0.1, squared=True)(geometric_mean_score)(average=None);
    // {macro, weighted, micro} of precision_score, recall_score, f1_score, fbeta_score(beta=2), specificity_score;
    // whole = accuracy_score, balanced_accuracy_score, geometric_mean_score, matthews_corrcoef, cohen_kappa_score
    static final Expected RANDOM = new Expected(
            new long[][] {{11, 2, 1, 0, 0}, {3, 12, 4, 0, 0}, {1, 1, 6, 0, 1}, {1, 4, 12, 0, 1}, {0, 0, 0, 0, 0}},
            new double[] {0.6875, 0.631578947368421, 0.2608695652173913, 0.0, 0.0},
            new double[] {0.7857142857142857, 0.631578947368421, 0.6666666666666666, 0.0, 0.0},
            new double[] {0.7333333333333334, 0.631578947368421, 0.37500000000000006, 0.0, 0.0},
            new double[] {0.763888888888889, 0.631578947368421, 0.5084745762711864, 0.0, 0.0},
            new double[] {0.8913043478260869, 0.8292682926829268, 0.6666666666666666, 1.0, 0.9666666666666667},
            new double[] {0.8368456004581796, 0.7237046326911902, 0.6666666666666666, 0.0, 0.0},
            new double[] {0.6929159754639095, 0.5133944476394969, 0.4444444444444444, 0.0, 0.0},
            new double[] {0.31598970251716246, 0.3995471014492754, 0.48333333333333334},
            new double[] {0.41679197994987466, 0.48333333333333334, 0.48333333333333334},
            new double[] {0.3479824561403509, 0.4273611111111111, 0.48333333333333334},
            new double[] {0.3807884825056993, 0.4545119271814187, 0.4833333333333333},
            new double[] {0.8707811947684693, 0.8705726405090137, 0.8708333333333333},
            new double[] {0.48333333333333334, 0.5209899749373433, 0.0, 0.37289615006765875, 0.3376068376068375});

    // breast cancer, actual = malignant, predicted = worst radius > 16.8
    static final Expected CANCER = new Expected(
            new long[][] {{346, 11}, {33, 179}},
            new double[] {0.9129287598944591, 0.9421052631578948},
            new double[] {0.969187675070028, 0.8443396226415094},
            new double[] {0.9402173913043479, 0.8905472636815921},
            new double[] {0.9573879358052021, 0.8622350674373795},
            new double[] {0.8443396226415094, 0.969187675070028},
            new double[] {0.904612378777468, 0.904612378777468},
            new double[] {0.8285401660576976, 0.808106945617161},
            new double[] {0.9275170115261769, 0.923799443008428, 0.9226713532513181},
            new double[] {0.9067636488557687, 0.9226713532513181, 0.9226713532513181},
            new double[] {0.91538232749297, 0.9217111223130925, 0.9226713532513181},
            new double[] {0.9098115016212909, 0.9219355489968043, 0.9226713532513182},
            new double[] {0.9067636488557687, 0.8908559444602193, 0.9226713532513181},
            new double[] {0.9226713532513181, 0.9067636488557687, 0.904612378777468, 0.8340224926374623, 0.8310410452293863});

    // digits 0 vs rest, predicted = integer ring/centre score > 20
    static final Expected DIGITS = new Expected(
            new long[][] {{1573, 46}, {7, 171}},
            new double[] {0.9955696202531645, 0.7880184331797235},
            new double[] {0.9715873996294009, 0.9606741573033708},
            new double[] {0.9834323226008128, 0.8658227848101266},
            new double[] {0.9762909632571996, 0.9203444564047364},
            new double[] {0.9606741573033708, 0.9715873996294009},
            new double[] {0.966115369086709, 0.966115369086709},
            new double[] {0.934397525404287, 0.9323602873668089},
            new double[] {0.891794026716444, 0.9750108493577431, 0.9705063995548135},
            new double[] {0.9661307784663858, 0.9705063995548135, 0.9705063995548135},
            new double[] {0.9246275537054698, 0.9717826299315073, 0.9705063995548135},
            new double[] {0.948317709830968, 0.9707492391505004, 0.9705063995548137},
            new double[] {0.9661307784663858, 0.9617551573779581, 0.9705063995548135},
            new double[] {0.9705063995548135, 0.9661307784663858, 0.966115369086709, 0.8546982032783643, 0.8494363407281172});

    static void check(Expected e, ConfusionMatrix m) {
        assertArrayEquals(e.cm(), m.counts());
        int k = e.cm().length;
        assertEquals(k, m.numClasses());
        for (int c = 0; c < k; c++) {
            assertClose(e.precision()[c], m.precision(c), "precision " + c);
            assertClose(e.recall()[c], m.recall(c), "recall " + c);
            assertClose(e.f1()[c], m.f1(c), "f1 " + c);
            assertClose(e.f2()[c], m.fBeta(c, 2.0), "f2 " + c);
            assertClose(e.specificity()[c], m.specificity(c), "specificity " + c);
            assertClose(e.gmeanPerClass()[c], m.gMean(c), "gmean " + c);
            assertClose(e.iba()[c], m.indexBalancedAccuracy(c, 0.1), "iba " + c);
        }
        Average[] avgs = {Average.MACRO, Average.WEIGHTED, Average.MICRO};
        for (int i = 0; i < 3; i++) {
            assertClose(e.avgPrecision()[i], m.precision(avgs[i]), "precision " + avgs[i]);
            assertClose(e.avgRecall()[i], m.recall(avgs[i]), "recall " + avgs[i]);
            assertClose(e.avgF1()[i], m.f1(avgs[i]), "f1 " + avgs[i]);
            assertClose(e.avgF2()[i], m.fBeta(avgs[i], 2.0), "f2 " + avgs[i]);
            assertClose(e.avgSpecificity()[i], m.specificity(avgs[i]), "specificity " + avgs[i]);
        }
        assertClose(e.whole()[0], m.accuracy(), "accuracy");
        assertClose(e.whole()[1], m.balancedAccuracy(), "balanced accuracy");
        assertClose(e.whole()[2], m.gMean(), "gmean");
        assertClose(e.whole()[3], m.mcc(), "mcc");
        assertClose(e.whole()[4], m.cohenKappa(), "kappa");
    }

    @Test
    void randomMulticlassWithNeverPredictedAndNeverActualClassesMatchesSklearn() {
        ConfusionMatrix m = ConfusionMatrix.of(ACTUAL, PREDICTED);
        check(RANDOM, m);
        assertEquals(0, m.predictedCount(3));
        assertEquals(0, m.support(4));
        assertEquals(60, m.total());
    }

    @Test
    void breastCancerMatchesSklearn() {
        int[] y = Fixtures.cancerActual();
        check(CANCER, ConfusionMatrix.of(y, Fixtures.threshold(Fixtures.cancerScore(), 16.8), 2));
    }

    @Test
    void digitsZeroVsRestMatchesSklearn() {
        int[] y = Fixtures.digitsActual();
        check(DIGITS, ConfusionMatrix.of(y, Fixtures.threshold(Fixtures.digitsScore(), 20)));
    }

    @Test
    void binaryFactoryAndCounts() {
        ConfusionMatrix m = ConfusionMatrix.binary(179, 11, 33, 346);
        assertEquals(ConfusionMatrix.ofCounts(CANCER.cm()), m);
        assertEquals(179, m.truePositives(1));
        assertEquals(11, m.falsePositives(1));
        assertEquals(33, m.falseNegatives(1));
        assertEquals(346, m.trueNegatives(1));
        assertEquals(346, m.count(0, 0));
        assertClose(11.0 / 357, m.falsePositiveRate(1), "fpr");
        assertClose(33.0 / 212, m.falseNegativeRate(1), "fnr");
        assertClose(1 - m.specificity(1), m.falsePositiveRate(1), "fpr = 1 - tnr");
        assertClose(1 - m.recall(1), m.falseNegativeRate(1), "fnr = 1 - tpr");
        String s = m.toString();
        assertTrue(s.contains("346") && s.contains("179") && s.contains("accuracy"), s);
    }

    @Test
    void zeroDivisionCasesAreZero() {
        // every sample of class 1, all predicted 1: specificity / FPR undefined -> 0
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {1, 1, 1}, new int[] {1, 1, 1});
        assertEquals(0.0, m.specificity(1));
        assertEquals(0.0, m.falsePositiveRate(1));
        assertEquals(0.0, m.precision(0));
        assertEquals(0.0, m.recall(0));
        assertEquals(0.0, m.f1(0));
        assertEquals(0.0, m.mcc()); // sklearn: matthews_corrcoef([1,1,1],[1,1,1]) == 0.0
        assertTrue(Double.isNaN(m.cohenKappa())); // sklearn: cohen_kappa_score gives nan
        assertEquals(1.0, m.accuracy());
        assertEquals(1.0, m.balancedAccuracy());
        assertEquals(1.0, m.gMean());
        assertEquals(2, m.numClasses());
        assertTrue(!m.isPresent(0));
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0}));
        assertTrue(e.getMessage().contains("actual") && e.getMessage().contains("predicted"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 1}, 3));
        assertTrue(e.getMessage().contains("actual[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {-1}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[0], new int[0]));
        e = assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0}, new int[] {1_000_000}));
        assertTrue(e.getMessage().contains("at most 4096 classes"), e.getMessage());
        assertThrows(NullPointerException.class, () -> ConfusionMatrix.of(null, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.ofCounts(new long[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.ofCounts(new long[][] {{1, -2}, {3, 0}}));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.ofCounts(new long[][] {{0, 0}, {0, 0}}));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.binary(-1, 0, 0, 1));
        ConfusionMatrix m = ConfusionMatrix.of(ACTUAL, PREDICTED);
        e = assertThrows(IllegalArgumentException.class, () -> m.precision(5));
        assertTrue(e.getMessage().contains("c"), e.getMessage());
        assertEquals(m.precision(0), m.fBeta(0, 0.0), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> m.fBeta(0, Double.NaN));
        assertEquals(m.recall(0), m.fBeta(0, 1e200), 0.0);
        assertEquals(m.recall(3), m.fBeta(3, 1e200), 0.0);
        assertThrows(IllegalArgumentException.class,
                () -> m.combine(ConfusionMatrix.of(new int[] {0}, new int[] {1})));
    }

    @Test
    void doesNotModifyInputs() {
        int[] a = ACTUAL.clone();
        int[] p = PREDICTED.clone();
        ConfusionMatrix.of(a, p);
        assertArrayEquals(ACTUAL, a);
        assertArrayEquals(PREDICTED, p);
    }

    // ---------------------------------------------------------------- properties

    private static int[][] randomLabels(long seed, int n, int k) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] a = new int[n];
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.nextInt(k);
            p[i] = rng.nextDouble() < 0.5 ? a[i] : rng.nextInt(k);
        }
        return new int[][] {a, p};
    }

    @Test
    void metricsStayInRange() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 60), integers().between(1, 6))
                .checkAssert((seed, n, k) -> {
                    int[][] ap = randomLabels(seed, n, k);
                    ConfusionMatrix m = ConfusionMatrix.of(ap[0], ap[1], k);
                    assertEquals((long) n, m.total());
                    List<Double> unit = new ArrayList<>(List.of(m.accuracy(), m.balancedAccuracy(), m.gMean()));
                    for (Average av : Average.values()) {
                        unit.addAll(List.of(m.precision(av), m.recall(av), m.f1(av), m.fBeta(av, 0.5),
                                m.specificity(av)));
                    }
                    for (int c = 0; c < k; c++) {
                        unit.addAll(List.of(m.precision(c), m.recall(c), m.specificity(c), m.f1(c),
                                m.fBeta(c, 3), m.falsePositiveRate(c), m.falseNegativeRate(c), m.gMean(c),
                                m.indexBalancedAccuracy(c, 0.1)));
                    }
                    for (double v : unit) {
                        assertTrue(v >= 0 && v <= 1, "metric out of [0, 1]: " + v + "\n" + m);
                    }
                    assertTrue(m.mcc() >= -1 && m.mcc() <= 1, "mcc " + m.mcc());
                    double kappa = m.cohenKappa();
                    assertTrue(Double.isNaN(kappa) || (kappa >= -1 - 1e-12 && kappa <= 1 + 1e-12), "kappa " + kappa);
                });
    }

    @Test
    void combineEqualsMatrixOfConcatenatedData() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 50), integers().between(1, 50), integers().between(1, 5))
                .checkAssert((seed, n1, n2, k) -> {
                    int[][] x = randomLabels(seed, n1, k);
                    int[][] y = randomLabels(~seed, n2, k);
                    int[] a = new int[n1 + n2];
                    int[] p = new int[n1 + n2];
                    System.arraycopy(x[0], 0, a, 0, n1);
                    System.arraycopy(y[0], 0, a, n1, n2);
                    System.arraycopy(x[1], 0, p, 0, n1);
                    System.arraycopy(y[1], 0, p, n1, n2);
                    ConfusionMatrix combined = ConfusionMatrix.of(x[0], x[1], k).combine(ConfusionMatrix.of(y[0], y[1], k));
                    assertEquals(ConfusionMatrix.of(a, p, k), combined);
                    assertEquals((long) (n1 + n2), combined.total());
                });
    }
}
