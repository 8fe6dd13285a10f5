package dev.statlearn.eval;

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

/** imbalanced-learn's averaged and corrected G-mean, and the index balanced accuracy around any metric. */
class GeometricMeanTest {

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py gmean
    // scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2
    // RANDOM: imblearn geometric_mean_score(a, p, average=av) for av in (macro, weighted, micro); geometric_mean_score(a, p, correction=c) for c in (0, 0.001, 0.5)
    static final double[] RANDOM_GMEAN_AVG = {0.6024405516485986, 0.6486730888868625, 0.6487702041383974};
    static final double[] RANDOM_GMEAN_CORRECTION = {0.0, 0.05057317354086778, 0.607446744439195};
    // make_index_balanced_accuracy(alpha, squared)(f)(a, p, ...): (0.1, True, f1_score, average='macro'), (0.1, False, precision_score, average='weighted', zero_division=0), (0.5, True, recall_score, average='micro'), (0.1, True, geometric_mean_score) [multiclass score, macro dominance], and with correction=0.001
    static final double[] RANDOM_IBA_WRAPPED = {0.1155943531250844, 0.38407506717434853, 0.18834895833333334, 0.0, 0.002441531517419649};
    // CANCER: imblearn geometric_mean_score(a, p, average=av) for av in (macro, weighted, micro); geometric_mean_score(a, p, correction=c) for c in (0, 0.001, 0.5)
    static final double[] CANCER_GMEAN_AVG = {0.9067636488557687, 0.9066241006211404, 0.9226713532513181};
    static final double[] CANCER_GMEAN_CORRECTION = {0.904612378777468, 0.904612378777468, 0.904612378777468};
    // make_index_balanced_accuracy(alpha, squared)(f)(a, p, ...): (0.1, True, f1_score, average='macro'), (0.1, False, precision_score, average='weighted', zero_division=0), (0.5, True, recall_score, average='micro'), (0.1, True, geometric_mean_score) [multiclass score, macro dominance], and with correction=0.001
    static final double[] CANCER_IBA_WRAPPED = {0.837924805486447, 0.9267385487004581, 0.8513224261106186, 0.8183235558374292, 0.8183235558374292};
    // make_index_balanced_accuracy(alpha=0.1, squared=True)(accuracy_score)(a, p) (binary dominance, pos_label=1); (alpha=0.2, squared=False)(f1_score)(a, p) (average='binary')
    static final double[] CANCER_IBA_BINARY = {0.8406938314217554, 0.8683106453883535};
    // DIGITS: imblearn geometric_mean_score(a, p, average=av) for av in (macro, weighted, micro); geometric_mean_score(a, p, correction=c) for c in (0, 0.001, 0.5)
    static final double[] DIGITS_GMEAN_AVG = {0.9661307784663858, 0.9661208697881208, 0.9705063995548135};
    static final double[] DIGITS_GMEAN_CORRECTION = {0.9661153690867091, 0.9661153690867091, 0.9661153690867091};
    // make_index_balanced_accuracy(alpha, squared)(f)(a, p, ...): (0.1, True, f1_score, average='macro'), (0.1, False, precision_score, average='weighted', zero_division=0), (0.5, True, recall_score, average='micro'), (0.1, True, geometric_mean_score) [multiclass score, macro dominance], and with correction=0.001
    static final double[] DIGITS_IBA_WRAPPED = {0.8549361130713613, 0.9758641049645222, 0.9418826715768474, 0.9333789063855482, 0.9333789063855482};
    // make_index_balanced_accuracy(alpha=0.1, squared=True)(accuracy_score)(a, p) (binary dominance, pos_label=1); (alpha=0.2, squared=False)(f1_score)(a, p) (average='binary')
    static final double[] DIGITS_IBA_BINARY = {0.9408547721930867, 0.8639329980377204};

    static void check(ConfusionMatrix m, double[] avg, double[] correction, double[] wrapped) {
        assertClose(avg[0], m.gMean(Average.MACRO), "gmean macro");
        assertClose(avg[1], m.gMean(Average.WEIGHTED), "gmean weighted");
        assertClose(avg[2], m.gMean(Average.MICRO), "gmean micro");
        double[] c = {0.0, 0.001, 0.5};
        for (int i = 0; i < 3; i++) {
            assertClose(correction[i], m.gMeanWithCorrection(c[i]), "gmean correction " + c[i]);
        }
        assertClose(wrapped[0], m.indexBalancedAccuracy(x -> x.f1(Average.MACRO), Average.MACRO, 0.1, true), "iba f1");
        assertClose(wrapped[1], m.indexBalancedAccuracy(x -> x.precision(Average.WEIGHTED), Average.WEIGHTED, 0.1, false),
                "iba precision");
        assertClose(wrapped[2], m.indexBalancedAccuracy(x -> x.recall(Average.MICRO), Average.MICRO, 0.5, true), "iba recall");
        assertClose(wrapped[3], m.indexBalancedAccuracy(ConfusionMatrix::gMean, Average.MACRO, 0.1, true), "iba gmean");
        assertClose(wrapped[4], m.indexBalancedAccuracy(x -> x.gMeanWithCorrection(0.001), Average.MACRO, 0.1, true),
                "iba corrected gmean");
    }

    @Test
    void randomMulticlassMatchesImblearn() {
        check(ConfusionMatrix.of(ConfusionMatrixTest.ACTUAL, ConfusionMatrixTest.PREDICTED), RANDOM_GMEAN_AVG,
                RANDOM_GMEAN_CORRECTION, RANDOM_IBA_WRAPPED);
    }

    @Test
    void binaryDataMatchImblearn() {
        ConfusionMatrix cancer = ConfusionMatrix.of(Fixtures.cancerActual(), Fixtures.threshold(Fixtures.cancerScore(), 16.8), 2);
        ConfusionMatrix digits = ConfusionMatrix.of(Fixtures.digitsActual(), Fixtures.threshold(Fixtures.digitsScore(), 20));
        check(cancer, CANCER_GMEAN_AVG, CANCER_GMEAN_CORRECTION, CANCER_IBA_WRAPPED);
        check(digits, DIGITS_GMEAN_AVG, DIGITS_GMEAN_CORRECTION, DIGITS_IBA_WRAPPED);
        ConfusionMatrix[] ms = {cancer, digits};
        double[][] binary = {CANCER_IBA_BINARY, DIGITS_IBA_BINARY};
        for (int i = 0; i < 2; i++) {
            assertClose(binary[i][0], ms[i].indexBalancedAccuracy(ConfusionMatrix::accuracy, 1, 0.1, true), "iba accuracy");
            assertClose(binary[i][1], ms[i].indexBalancedAccuracy(x -> x.f1(1), 1, 0.2, false), "iba binary f1");
        }
    }

    @Test
    void rejectsBadInput() {
        ConfusionMatrix m = ConfusionMatrix.of(ConfusionMatrixTest.ACTUAL, ConfusionMatrixTest.PREDICTED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.gMeanWithCorrection(1.5));
        assertTrue(e.getMessage().startsWith("correction must be in [0, 1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.gMeanWithCorrection(Double.NaN));
        assertThrows(NullPointerException.class, () -> m.gMean((Average) null));
        assertThrows(NullPointerException.class, () -> m.indexBalancedAccuracy(null, Average.MACRO, 0.1, true));
        assertThrows(IllegalArgumentException.class,
                () -> m.indexBalancedAccuracy(ConfusionMatrix::accuracy, Average.MACRO, Double.NaN, true));
        assertThrows(IllegalArgumentException.class, () -> m.indexBalancedAccuracy(ConfusionMatrix::accuracy, 5, 0.1, true));
    }

    @Test
    void propertiesOfTheCorrectionAndTheIndex() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 50), integers().between(2, 5), doubles().between(0, 1))
                .checkAssert((seed, n, k, corr) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] a = new int[n];
                    int[] p = new int[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = rng.nextInt(k);
                        p[i] = rng.nextDouble() < 0.4 ? a[i] : rng.nextInt(k);
                    }
                    ConfusionMatrix m = ConfusionMatrix.of(a, p, k);
                    double g = m.gMeanWithCorrection(corr);
                    assertTrue(g >= m.gMean() - 1e-15 && g <= 1 + 1e-15, "corrected " + g + " vs " + m.gMean());
                    assertEquals(m.gMean(), m.gMeanWithCorrection(0), 0.0);
                    // with alpha = 0 the index is the (squared) metric; the per-class form is the wrapped squared G-mean
                    assertEquals(m.f1(Average.MACRO), m.indexBalancedAccuracy(x -> x.f1(Average.MACRO), Average.MACRO, 0, false), 0.0);
                    for (int c = 0; c < k; c++) {
                        int cc = c;
                        assertEquals(m.indexBalancedAccuracy(c, 0.1),
                                m.indexBalancedAccuracy(x -> x.gMean(cc), c, 0.1, true), 1e-15);
                    }
                    for (Average av : Average.values()) {
                        double ga = m.gMean(av);
                        assertTrue(ga >= 0 && ga <= 1, av + " " + ga);
                    }
                });
    }
}
