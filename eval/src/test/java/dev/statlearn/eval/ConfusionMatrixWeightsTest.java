package dev.statlearn.eval;

import dev.statlearn.eval.ConfusionMatrix.KappaWeights;
import dev.statlearn.eval.ConfusionMatrix.Normalization;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static dev.statlearn.eval.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Sample weights in {@link ConfusionMatrix#of(int[], int[], int, double[])}, as scikit-learn's {@code sample_weight}. */
class ConfusionMatrixWeightsTest {

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py weights
    // scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2
    // random_multiclass() with sample weights: w = 2 * RandomState(99).rand(60), w[[3, 10, 40]] = 0
    static final double[] WEIGHTS = {1.3445571172615836, 0.9761567984811674, 1.6509903480717927, 0.0, 1.6160999267296954, 1.1312348392210612, 0.5952449974078879, 0.0933914410139065, 1.9812547989415923, 0.013651466087310382, 0.0, 1.4935342019885993, 0.7548778726699303, 0.9882949044819518, 1.8578967841911584, 0.7909080886916406, 1.94791259365792, 1.0488294307504802, 0.18722618659550516, 1.626616825564258, 0.423373571178727, 1.1086915691813708, 0.5845382319183232, 1.6322847199743764, 1.6560851324136228, 0.4431547434591554, 1.2896694032066232, 0.19036324386706083, 0.8233264776858769, 0.1937305225253343, 0.2880219978153693, 0.424392350631114, 0.9533123089117199, 0.15522767320002973, 0.4700875630490693, 0.013106005362328199, 1.7972883741447996, 1.1044688537553264, 0.335093255428607, 1.8577563669914718, 0.0, 0.0835170625884798, 1.049753679924026, 1.2802850810286497, 1.6013163272928213, 1.6698377033812206, 0.5052644603047651, 1.936547025550568, 0.9324762694196844, 0.528182339709744, 1.0987568356321438, 0.7546675744907936, 0.4074566959663888, 1.83092499795969, 1.8783548457706234, 1.6749871851505094, 0.8655786703822141, 1.4322259038445337, 1.7026879813435711, 0.1580933706226686};
    // confusion_matrix(a, p, sample_weight=w)
    static final double[][] W_CM = {{9.384036096525453, 0.377589430462566, 0.9761567984811674, 0.0, 0.0}, {3.54636729051876, 12.717458685271943, 3.5834934180768503, 0.0, 0.0}, {0.0, 0.1937305225253343, 7.334988773488584, 0.0, 1.1312348392210612}, {0.1580933706226686, 5.909492837638666, 10.872093503287308, 0.0, 1.0488294307504802}, {0.0, 0.0, 0.0, 0.0, 0.0}};
    // precision_recall_fscore_support(a, p, sample_weight=w, zero_division=0): precision, recall, f1; specificity tn / (tn + fp) of multilabel_confusion_matrix(a, p, sample_weight=w)
    static final double[][] W_PER_CLASS = {{0.7169682103507068, 0.6624272763950353, 0.32218012732552925, 0.0, 0.0}, {0.8739268325701899, 0.6407645502596888, 0.8470008800213532, 0.0, 0.0}, {0.7877047073764323, 0.6514158655040038, 0.46680000727920234, 0.0, 0.0}, {0.9203269533643115, 0.8266524844605966, 0.682301903315293, 1.0, 0.961909339911104}};
    // {macro, weighted, micro} of precision_score, recall_score, f1_score, jaccard_score (sample_weight=w, zero_division=0), then of the specificity above (mean, support-weighted mean, sum tn / sum (tn + fp) over the present classes)
    static final double[] W_AVERAGES = {0.34031512281425425, 0.4129765363046083, 0.5143220338781164, 0.4723384525702464, 0.5143220338781164, 0.5143220338781164, 0.38118411603192764, 0.444311429494244, 0.5143220338781164, 0.287452241053718, 0.3354783523686323, 0.3461867548730422, 0.878238136210261, 0.8768686471731887, 0.8785805084695292};
    // accuracy_score, balanced_accuracy_score, balanced_accuracy_score(adjusted=True), imblearn geometric_mean_score, matthews_corrcoef, cohen_kappa_score(labels=range(5), weights=None / 'linear' / 'quadratic'), mean over c in unique(a) of mean_absolute_error(a[a == c], p[a == c], sample_weight=w[a == c]); all with sample_weight=w
    static final double[] W_WHOLE = {0.5143220338781163, 0.590423065712808, 0.4538974209504107, 0.0, 0.4220293971723915, 0.3778023514771669, 0.4706804080106577, 0.5838081187440591, 0.5514841596471709};
    // class_likelihood_ratios(a == c, p == c, labels=[0, 1], sample_weight=w) for c in 0..4
    static final double[] W_LIKELIHOOD_RATIOS = {10.968914450658446, 0.13698736842264808, 3.6964161168726832, 0.43456646715907205, 2.6660558840613446, 0.22423962066531958, Double.NaN, 1.0, Double.NaN, Double.NaN};
    // confusion_matrix(a, p, sample_weight=w, normalize='true')
    static final double[][] W_NORMALIZED_TRUE = {{0.8739268325701899, 0.03516456368899872, 0.09090860374081149, 0.0, 0.0}, {0.1786824316242183, 0.6407645502596889, 0.18055301811609292, 0.0, 0.0}, {0.0, 0.022370848563400342, 0.8470008800213532, 0.0, 0.1306282714152465}, {0.008788575494059125, 0.32851487529573953, 0.6043910263648308, 0.0, 0.05830552284537065}, {0.0, 0.0, 0.0, 0.0, 0.0}};

    private static final Average[] AVERAGES = {Average.MACRO, Average.WEIGHTED, Average.MICRO};

    @Test
    void weightedMetricsMatchSklearn() {
        ConfusionMatrix m = ConfusionMatrix.of(ConfusionMatrixTest.ACTUAL, ConfusionMatrixTest.PREDICTED, 5, WEIGHTS);
        assertTrue(m.isWeighted());
        double[][] cells = m.weights();
        for (int a = 0; a < 5; a++) {
            assertClose(W_CM[a], cells[a], "cells row " + a);
            assertClose(W_NORMALIZED_TRUE[a], m.normalized(Normalization.ACTUAL)[a], "normalized row " + a);
        }
        assertEquals(60, m.total()); // samples, whatever their weight
        assertClose(Arrays.stream(WEIGHTS).sum(), m.totalWeight(), "total weight");
        for (int c = 0; c < 5; c++) {
            assertClose(W_PER_CLASS[0][c], m.precision(c), "precision " + c);
            assertClose(W_PER_CLASS[1][c], m.recall(c), "recall " + c);
            assertClose(W_PER_CLASS[2][c], m.f1(c), "f1 " + c);
            assertClose(W_PER_CLASS[3][c], m.specificity(c), "specificity " + c);
            assertClose(W_LIKELIHOOD_RATIOS[2 * c], m.positiveLikelihoodRatio(c), "LR+ " + c);
            assertClose(W_LIKELIHOOD_RATIOS[2 * c + 1], m.negativeLikelihoodRatio(c), "LR- " + c);
        }
        for (int i = 0; i < 3; i++) {
            Average av = AVERAGES[i];
            assertClose(W_AVERAGES[i], m.precision(av), "precision " + av);
            assertClose(W_AVERAGES[3 + i], m.recall(av), "recall " + av);
            assertClose(W_AVERAGES[6 + i], m.f1(av), "f1 " + av);
            assertClose(W_AVERAGES[9 + i], m.jaccard(av), "jaccard " + av);
            assertClose(W_AVERAGES[12 + i], m.specificity(av), "specificity " + av);
        }
        assertClose(W_WHOLE[0], m.accuracy(), "accuracy");
        assertClose(W_WHOLE[1], m.balancedAccuracy(), "balanced accuracy");
        assertClose(W_WHOLE[2], m.adjustedBalancedAccuracy(), "adjusted balanced accuracy");
        assertClose(W_WHOLE[3], m.gMean(), "gmean");
        assertClose(W_WHOLE[4], m.mcc(), "mcc");
        assertClose(W_WHOLE[5], m.cohenKappa(), "kappa");
        assertClose(W_WHOLE[5], m.cohenKappa(KappaWeights.NONE), "kappa");
        assertClose(W_WHOLE[6], m.cohenKappa(KappaWeights.LINEAR), "linear kappa");
        assertClose(W_WHOLE[7], m.cohenKappa(KappaWeights.QUADRATIC), "quadratic kappa");
        assertClose(W_WHOLE[8], m.macroAveragedMeanAbsoluteError(), "macro MAE");
        ClassificationReport.Row avg = ClassificationReport.of(m).weightedAverage();
        assertClose(W_AVERAGES[1], avg.precision(), "report avg precision");
        assertClose(W_AVERAGES[4], avg.recall(), "report avg recall");
        assertClose(W_AVERAGES[7], avg.f1(), "report avg f1");
        assertClose(W_AVERAGES[13], avg.specificity(), "report avg specificity");
        assertEquals(60, avg.support());
        String s = m.toString();
        assertTrue(s.contains("total weight = ") && s.contains("9.384"), s);
    }

    @Test
    void unitWeightsGiveTheUnweightedMatrixValues() {
        int[] a = ConfusionMatrixTest.ACTUAL;
        int[] p = ConfusionMatrixTest.PREDICTED;
        double[] ones = new double[a.length];
        Arrays.fill(ones, 1.0);
        ConfusionMatrix w = ConfusionMatrix.of(a, p, 5, ones);
        ConfusionMatrix u = ConfusionMatrix.of(a, p, 5);
        assertFalse(u.isWeighted());
        assertArrayEquals(u.counts(), w.counts());
        assertNotEquals(u, w); // a weighted matrix is not equal to an unweighted one
        for (Average av : Average.values()) {
            assertEquals(u.f1(av), w.f1(av), 0.0);
        }
        assertEquals(u.mcc(), w.mcc(), 0.0);
        assertEquals(u.cohenKappa(KappaWeights.QUADRATIC), w.cohenKappa(KappaWeights.QUADRATIC), 0.0);
        assertEquals(u.toString().replace("n = 60", "n = 60, total weight = 60"), w.toString());
        assertEquals((double) u.total(), u.totalWeight());
        assertEquals(4.0, u.weight(3, 1));
    }

    @Test
    void rejectsBadWeightsAndDoesNotModifyThem() {
        int[] a = {0, 1, 1};
        int[] p = {0, 1, 0};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(a, p, 2, new double[] {1, -0.5, 1}));
        assertEquals("weights[1] must be finite and >= 0, was -0.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(a, p, 2, new double[] {1, Double.NaN, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(a, p, 2, new double[] {1, Double.POSITIVE_INFINITY, 1}));
        e = assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(a, p, 2, new double[] {0, 0, 0}));
        assertEquals("weights must have a positive, finite total, was 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(a, p, 2, new double[] {Double.MAX_VALUE, Double.MAX_VALUE, 1}));
        e = assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(a, p, 2, new double[] {1, 1}));
        assertTrue(e.getMessage().contains("weights"), e.getMessage());
        assertThrows(NullPointerException.class, () -> ConfusionMatrix.of(a, p, 2, null));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(a, p, 1, new double[] {1, 1, 1}));
        double[] w = {0.5, 2, 1};
        ConfusionMatrix m = ConfusionMatrix.of(a, p, 2, w);
        assertArrayEquals(new double[] {0.5, 2, 1}, w);
        assertEquals(2.0, m.weight(1, 1));
        assertThrows(IllegalArgumentException.class, () -> m.weight(2, 0));
        // a zero-weight sample keeps its class present
        ConfusionMatrix z = ConfusionMatrix.of(new int[] {0, 1, 2}, new int[] {0, 1, 2}, 3, new double[] {1, 1, 0});
        assertTrue(z.isPresent(2));
        assertEquals(2.0 / 3, z.recall(Average.MACRO), 1e-15); // class 2: 0 / 0 -> 0
    }

    @Test
    void integerWeightsEqualRepeatedSamples() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 30), integers().between(1, 5))
                .checkAssert((seed, n, k) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] a = new int[n];
                    int[] p = new int[n];
                    double[] w = new double[n];
                    int[] ra = new int[4 * n];
                    int[] rp = new int[4 * n];
                    int m = 0;
                    for (int i = 0; i < n; i++) {
                        a[i] = rng.nextInt(k);
                        p[i] = rng.nextDouble() < 0.5 ? a[i] : rng.nextInt(k);
                        int times = rng.nextInt(4) + (i == 0 ? 1 : 0);
                        w[i] = times;
                        for (int t = 0; t < times; t++) {
                            ra[m] = a[i];
                            rp[m++] = p[i];
                        }
                    }
                    ConfusionMatrix weighted = ConfusionMatrix.of(a, p, k, w);
                    ConfusionMatrix repeated = ConfusionMatrix.of(Arrays.copyOf(ra, m), Arrays.copyOf(rp, m), k);
                    assertEquals(repeated.totalWeight(), weighted.totalWeight(), 0.0);
                    assertEquals(repeated.accuracy(), weighted.accuracy(), 1e-12);
                    assertEquals(repeated.mcc(), weighted.mcc(), 1e-12);
                    assertEquals(repeated.cohenKappa(KappaWeights.LINEAR), weighted.cohenKappa(KappaWeights.LINEAR), 1e-12);
                    assertEquals(repeated.balancedAccuracy(), weighted.balancedAccuracy(), 1e-12);
                    for (int c = 0; c < k; c++) {
                        assertEquals(repeated.precision(c), weighted.precision(c), 1e-12);
                        assertEquals(repeated.specificity(c), weighted.specificity(c), 1e-12);
                    }
                    // combining weighted halves equals the weighted whole
                    int h = n / 2;
                    if (h > 0 && Arrays.stream(w, 0, h).sum() > 0 && Arrays.stream(w, h, n).sum() > 0) {
                        ConfusionMatrix left = ConfusionMatrix.of(Arrays.copyOf(a, h), Arrays.copyOf(p, h), k, Arrays.copyOf(w, h));
                        ConfusionMatrix right = ConfusionMatrix.of(Arrays.copyOfRange(a, h, n), Arrays.copyOfRange(p, h, n), k,
                                Arrays.copyOfRange(w, h, n));
                        assertEquals(weighted, left.combine(right));
                    }
                });
    }
}
