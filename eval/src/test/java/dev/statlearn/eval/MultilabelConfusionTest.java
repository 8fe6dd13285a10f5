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

class MultilabelConfusionTest {

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py multilabel
    // scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2
    // multilabel indicators, RandomState(11), 40 x 5; row 0 has no actual label, row 1 no predicted, row 2 neither
    static final int[][] ML_Y = {{0, 0, 0, 0, 0}, {1, 1, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 1, 1, 0, 0}, {0, 0, 0, 0, 0}, {1, 0, 0, 1, 0}, {1, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {1, 0, 1, 0, 0}, {1, 0, 0, 0, 0}, {0, 0, 1, 0, 0}, {1, 1, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {1, 0, 0, 0, 0}, {1, 0, 1, 1, 0}, {1, 0, 0, 0, 0}, {1, 0, 0, 0, 0}, {0, 0, 1, 0, 0}, {1, 0, 0, 0, 0}, {1, 1, 0, 0, 0}, {1, 0, 1, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 1, 0, 0, 0}, {1, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 1, 0, 0}, {0, 0, 0, 1, 0}, {0, 0, 1, 0, 0}, {1, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {1, 1, 0, 0, 0}, {0, 0, 0, 1, 0}, {1, 0, 0, 0, 0}, {1, 1, 0, 0, 0}, {1, 1, 0, 0, 0}, {0, 0, 0, 1, 0}};
    static final int[][] ML_P = {{0, 1, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 1, 0, 0, 0}, {0, 1, 1, 0, 0}, {0, 0, 0, 1, 1}, {1, 0, 0, 1, 0}, {0, 0, 0, 0, 0}, {1, 0, 1, 0, 0}, {1, 0, 0, 0, 0}, {0, 0, 1, 0, 1}, {1, 1, 0, 0, 0}, {0, 1, 0, 0, 0}, {1, 0, 0, 0, 1}, {1, 0, 0, 0, 0}, {1, 0, 0, 0, 0}, {1, 0, 0, 1, 1}, {1, 0, 0, 1, 1}, {0, 0, 0, 1, 1}, {1, 0, 1, 0, 1}, {1, 0, 1, 0, 0}, {1, 0, 1, 1, 0}, {0, 0, 1, 1, 0}, {0, 0, 0, 0, 0}, {0, 1, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 1, 0, 1, 0}, {1, 1, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 1, 0, 1}, {1, 0, 0, 1, 1}, {0, 1, 1, 0, 0}, {1, 0, 0, 0, 1}, {0, 0, 0, 0, 1}, {1, 1, 1, 1, 0}, {0, 1, 0, 1, 1}, {1, 0, 0, 0, 1}, {1, 0, 0, 0, 1}, {1, 1, 0, 0, 0}, {0, 0, 0, 1, 1}};
    // multilabel_confusion_matrix(Y, P) -> per label [[tn, fp], [fn, tp]]
    static final long[][][] ML_MCM = {{{19, 2}, {2, 17}}, {{25, 7}, {3, 5}}, {{27, 5}, {3, 5}}, {{27, 8}, {1, 4}}, {{25, 15}, {0, 0}}};
    // {macro, weighted, micro, samples} of precision_score, recall_score, f1_score, fbeta_score(beta=0.5), jaccard_score (zero_division=0)
    static final double[] ML_AVERAGES = {0.42894736842105263, 0.65, 0.45588235294117646, 0.39583333333333337, 0.5889473684210527, 0.775, 0.775, 0.5833333333333333, 0.4841761265909873, 0.6949346405228758, 0.5740740740740741, 0.4408333333333333, 0.4478714474866411, 0.6656221922731357, 0.49679487179487175, 0.406013431013431, 0.367032967032967, 0.5665750915750916, 0.4025974025974026, 0.35416666666666663};
    // accuracy_score(Y, P) (subset accuracy), hamming_loss(Y, P)
    static final double[] ML_WHOLE = {0.25, 0.23};

    @Test
    void matchesSklearn() {
        MultilabelConfusion m = MultilabelConfusion.of(ML_Y, ML_P);
        assertEquals(5, m.numLabels());
        assertEquals(40, m.size());
        for (int j = 0; j < 5; j++) {
            ConfusionMatrix c = m.label(j);
            assertArrayEquals(ML_MCM[j], c.counts(), "label " + j);
        }
        Average[] avs = {Average.MACRO, Average.WEIGHTED, Average.MICRO};
        for (int i = 0; i < 3; i++) {
            assertClose(ML_AVERAGES[i], m.precision(avs[i]), "precision " + avs[i]);
            assertClose(ML_AVERAGES[4 + i], m.recall(avs[i]), "recall " + avs[i]);
            assertClose(ML_AVERAGES[8 + i], m.f1(avs[i]), "f1 " + avs[i]);
            assertClose(ML_AVERAGES[12 + i], m.fBeta(avs[i], 0.5), "f0.5 " + avs[i]);
            assertClose(ML_AVERAGES[16 + i], m.jaccard(avs[i]), "jaccard " + avs[i]);
        }
        assertClose(ML_AVERAGES[3], m.samplesAveragedPrecision(), "precision samples");
        assertClose(ML_AVERAGES[7], m.samplesAveragedRecall(), "recall samples");
        assertClose(ML_AVERAGES[11], m.samplesAveragedFBeta(1.0), "f1 samples");
        assertClose(ML_AVERAGES[15], m.samplesAveragedFBeta(0.5), "f0.5 samples");
        assertClose(ML_AVERAGES[19], m.samplesAveragedJaccard(), "jaccard samples");
        assertClose(ML_WHOLE[0], m.subsetAccuracy(), "subset accuracy");
        assertClose(ML_WHOLE[1], m.hammingLoss(), "hamming loss");
        assertTrue(m.toString().startsWith("MultilabelConfusion[n=40, 5 labels"), m.toString());
    }

    @Test
    void rejectsBadInputAndDoesNotModifyIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MultilabelConfusion.of(new int[][] {{0, 1}, {1, 2}}, new int[][] {{0, 1}, {1, 1}}));
        assertEquals("actual[1][1] must be 0 or 1, was 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MultilabelConfusion.of(new int[][] {{0, 1}}, new int[][] {{0, 1, 0}}));
        assertEquals("actual has 2 labels (columns) but predicted has 3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MultilabelConfusion.of(new int[][] {{0, 1}, {1}}, new int[][] {{0, 1}, {1, 1}}));
        assertThrows(IllegalArgumentException.class, () -> MultilabelConfusion.of(new int[0][], new int[0][]));
        assertThrows(IllegalArgumentException.class, () -> MultilabelConfusion.of(new int[][] {{}}, new int[][] {{}}));
        assertThrows(IllegalArgumentException.class, () -> MultilabelConfusion.of(new int[][] {{1}}, new int[][] {{1}, {0}}));
        assertThrows(NullPointerException.class, () -> MultilabelConfusion.of(new int[][] {null}, new int[][] {{1}}));
        MultilabelConfusion m = MultilabelConfusion.of(ML_Y, ML_P);
        assertThrows(IllegalArgumentException.class, () -> m.label(5));
        assertThrows(IllegalArgumentException.class, () -> m.fBeta(Average.MACRO, -1));
        assertThrows(IllegalArgumentException.class, () -> m.samplesAveragedFBeta(Double.NaN));
        assertThrows(NullPointerException.class, () -> m.jaccard(null));
        int[][] y = {{1, 0}, {0, 1}};
        MultilabelConfusion.of(y, new int[][] {{1, 1}, {0, 0}});
        assertArrayEquals(new int[] {1, 0}, y[0]);
    }

    @Test
    void oneLabelPerSampleGivesTheMulticlassValues() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 40), integers().between(2, 5))
                .checkAssert((seed, n, k) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] a = new int[n];
                    int[] p = new int[n];
                    int[][] ya = new int[n][k];
                    int[][] yp = new int[n][k];
                    for (int i = 0; i < n; i++) {
                        a[i] = rng.nextInt(k);
                        p[i] = rng.nextDouble() < 0.5 ? a[i] : rng.nextInt(k);
                        ya[i][a[i]] = 1;
                        yp[i][p[i]] = 1;
                    }
                    MultilabelConfusion ml = MultilabelConfusion.of(ya, yp);
                    // every label counts, as ConfusionMatrix.withLabels(all classes)
                    int[] all = new int[k];
                    for (int c = 0; c < k; c++) {
                        all[c] = c;
                    }
                    ConfusionMatrix cm = ConfusionMatrix.of(a, p, k).withLabels(all);
                    for (Average av : Average.values()) {
                        assertEquals(cm.precision(av), ml.precision(av), 1e-12);
                        assertEquals(cm.recall(av), ml.recall(av), 1e-12);
                        assertEquals(cm.f1(av), ml.f1(av), 1e-12);
                        assertEquals(cm.jaccard(av), ml.jaccard(av), 1e-12);
                    }
                    assertEquals(cm.accuracy(), ml.subsetAccuracy(), 1e-15);
                    assertEquals(cm.accuracy(), ml.samplesAveragedPrecision(), 1e-12); // one label each: hit or miss
                    assertEquals(2 * (1 - cm.accuracy()) / k, ml.hammingLoss(), 1e-12);
                    for (int c = 0; c < k; c++) {
                        assertEquals(cm.truePositives(c), ml.label(c).truePositives(1));
                        assertEquals(cm.falsePositives(c), ml.label(c).falsePositives(1));
                    }
                });
    }
}
