package dev.statlearn.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static dev.statlearn.eval.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** {@link ConfusionMatrix#withLabels(int...)}: an explicit label set, as scikit-learn's {@code labels=}. */
class ConfusionMatrixLabelsTest {

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py labels
    // scikit-learn 1.2.1, imbalanced-learn 0.10.0, numpy 1.24.2
    // random_multiclass() with explicit labels (sklearn / imblearn labels=)
    // ALL7: labels = [0, 1, 2, 3, 4, 5, 6]; {macro, weighted, micro} of precision_score, recall_score, f1_score, fbeta_score(beta=2), jaccard_score (zero_division=0), imblearn specificity_score; then imblearn geometric_mean_score(labels=) (average='multiclass')
    static final double[] ALL7_AVERAGES = {0.22570693036940176, 0.3995471014492754, 0.48333333333333334, 0.29770855710705335, 0.48333333333333334, 0.48333333333333334, 0.24855889724310778, 0.4273611111111111, 0.48333333333333334, 0.27199177321835666, 0.4545119271814187, 0.4833333333333333, 0.18160786581839217, 0.3158569500674764, 0.31868131868131866, 0.9077008534060494, 0.8705726405090137, 0.9138888888888889};
    static final double ALL7_GMEAN = 0.0;
    // SUBSET: labels = [2, 0, 1]; {macro, weighted, micro} of precision_score, recall_score, f1_score, fbeta_score(beta=2), jaccard_score (zero_division=0), imblearn specificity_score; then imblearn geometric_mean_score(labels=) (average='multiclass')
    static final double[] SUBSET_AVERAGES = {0.5266495041952708, 0.5707815734989649, 0.5, 0.6946532999164577, 0.6904761904761905, 0.6904761904761905, 0.5799707602339181, 0.610515873015873, 0.58, 0.6346474708428321, 0.6493027531163124, 0.6415929203539823, 0.4237516869095817, 0.45122421438210913, 0.4084507042253521, 0.7957464357252267, 0.815103772155734, 0.7898550724637681};
    static final double SUBSET_GMEAN = 0.6916191532547608;
    // classification_report_imbalanced(a, p, labels=[2, 0, 1], target_names=['two', 'zero', 'one'], alpha=0.1, zero_division=0, output_dict=True): per row pre, rec, spe, f1, geo, iba, sup; then avg_*
    static final double[][] SUBSET_REPORT = {{0.2608695652173913, 0.6666666666666666, 0.6666666666666666, 0.37500000000000006, 0.6666666666666666, 0.44444444444444436, 9.0}, {0.6875, 0.7857142857142857, 0.8913043478260869, 0.7333333333333334, 0.8368456004581796, 0.6929159754639095, 14.0}, {0.631578947368421, 0.631578947368421, 0.8292682926829268, 0.631578947368421, 0.7237046326911902, 0.5133944476394969, 19.0}};
    static final double[] SUBSET_REPORT_AVG = {0.5707815734989649, 0.6904761904761905, 0.815103772155734, 0.610515873015873, 0.7491958673225506, 0.558459956229647, 42.0};

    private static final Average[] AVERAGES = {Average.MACRO, Average.WEIGHTED, Average.MICRO};

    static void checkAverages(double[] e, ConfusionMatrix m) {
        for (int i = 0; i < 3; i++) {
            Average av = AVERAGES[i];
            assertClose(e[i], m.precision(av), "precision " + av);
            assertClose(e[3 + i], m.recall(av), "recall " + av);
            assertClose(e[6 + i], m.f1(av), "f1 " + av);
            assertClose(e[9 + i], m.fBeta(av, 2.0), "f2 " + av);
            assertClose(e[12 + i], m.jaccard(av), "jaccard " + av);
            assertClose(e[15 + i], m.specificity(av), "specificity " + av);
        }
    }

    @Test
    void absentLabelsCountInAveragesAsSklearn() {
        ConfusionMatrix m = ConfusionMatrix.of(ConfusionMatrixTest.ACTUAL, ConfusionMatrixTest.PREDICTED, 7)
                .withLabels(0, 1, 2, 3, 4, 5, 6);
        checkAverages(ALL7_AVERAGES, m);
        assertEquals(ALL7_GMEAN, m.gMean()); // an absent class has recall 0
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, m.labels());
        assertEquals(7, ClassificationReport.of(m).rows().size());
    }

    @Test
    void aSubsetRestrictsTheAveragesAndOrdersTheReport() {
        ConfusionMatrix full = ConfusionMatrix.of(ConfusionMatrixTest.ACTUAL, ConfusionMatrixTest.PREDICTED);
        ConfusionMatrix m = full.withClassNames(List.of("zero", "one", "two", "three", "four")).withLabels(2, 0, 1);
        checkAverages(SUBSET_AVERAGES, m);
        assertClose(SUBSET_GMEAN, m.gMean(), "gmean");
        ClassificationReport r = ClassificationReport.of(m);
        String[] names = {"two", "zero", "one"};
        assertEquals(3, r.rows().size());
        for (int i = 0; i < 3; i++) {
            ClassificationReport.Row row = r.rows().get(i);
            assertEquals(names[i], row.label());
            double[] e = SUBSET_REPORT[i];
            double[] got = {row.precision(), row.recall(), row.specificity(), row.f1(), row.gMean(), row.iba()};
            for (int j = 0; j < 6; j++) {
                assertClose(e[j], got[j], names[i] + " column " + j);
            }
            assertEquals((long) e[6], row.support());
        }
        ClassificationReport.Row w = r.weightedAverage();
        double[] got = {w.precision(), w.recall(), w.specificity(), w.f1(), w.gMean(), w.iba()};
        for (int j = 0; j < 6; j++) {
            assertClose(SUBSET_REPORT_AVG[j], got[j], "avg / total column " + j);
        }
        assertEquals(42, w.support());
        // whole-matrix metrics and per-class metrics are unchanged; the counts keep every sample
        assertEquals(full.accuracy(), m.accuracy());
        assertEquals(full.mcc(), m.mcc());
        assertEquals(full.precision(3), m.precision(3));
        assertArrayEquals(full.counts(), m.counts());
        assertNotEquals(full, m);
        assertEquals(full.withLabels(full.labels()).f1(Average.MACRO), full.f1(Average.MACRO));
        // names survive withLabels and the labels survive withClassNames and combine
        assertEquals(List.of(2, 0, 1), toList(m.combine(full).labels()));
        assertEquals("two", ClassificationReport.of(m.withClassNames(m.classNames())).rows().get(0).label());
    }

    private static List<Integer> toList(int[] x) {
        return java.util.Arrays.stream(x).boxed().toList();
    }

    @Test
    void defaultLabelsAreThePresentClasses() {
        ConfusionMatrix m = ConfusionMatrix.of(ConfusionMatrixTest.ACTUAL, ConfusionMatrixTest.PREDICTED, 7);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, m.labels());
        int[] copy = m.labels();
        copy[0] = 6;
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, m.labels());
    }

    @Test
    void noSupportAmongTheLabelsGivesZeroWeightedAverage() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 1}, 3).withLabels(2);
        ClassificationReport.Row w = ClassificationReport.of(m).weightedAverage();
        assertEquals(0.0, w.precision());
        assertEquals(0L, w.support());
        assertEquals(0.0, m.f1(Average.WEIGHTED));
        assertEquals(0.0, m.recall(Average.MICRO));
    }

    @Test
    void rejectsBadLabelsAndDoesNotKeepTheCallersArray() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 1, 2}, new int[] {0, 2, 2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.withLabels(0, 3));
        assertEquals("labels[1] must be a class index in [0, 2], was 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.withLabels(1, 0, 1));
        assertEquals("labels must be distinct, labels[2] repeats class 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.withLabels());
        assertEquals("labels must name at least one class, was empty", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.withLabels(-1));
        assertThrows(NullPointerException.class, () -> m.withLabels((int[]) null));
        int[] mine = {2, 1};
        ConfusionMatrix l = m.withLabels(mine);
        mine[0] = 0;
        assertArrayEquals(new int[] {2, 1}, l.labels());
    }

    @Test
    void averagesOverAllClassesEqualTheMeanOfTheListedPerClassValues() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 40), integers().between(2, 6))
                .checkAssert((seed, n, k) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] a = new int[n];
                    int[] p = new int[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = rng.nextInt(k);
                        p[i] = rng.nextInt(k);
                    }
                    int[] subset = rng.ints(0, k).distinct().limit(1 + rng.nextInt(k)).toArray();
                    ConfusionMatrix m = ConfusionMatrix.of(a, p, k).withLabels(subset);
                    double f1 = 0;
                    double tp = 0;
                    double fp = 0;
                    for (int c : subset) {
                        f1 += m.f1(c);
                        tp += m.truePositives(c);
                        fp += m.falsePositives(c);
                    }
                    assertEquals(f1 / subset.length, m.f1(Average.MACRO), 1e-12);
                    assertEquals(tp + fp == 0 ? 0 : tp / (tp + fp), m.precision(Average.MICRO), 1e-12);
                    assertEquals(subset.length, ClassificationReport.of(m).rows().size());
                    if (subset.length == k) {
                        assertTrue(m.recall(Average.MICRO) == m.accuracy() || Math.abs(m.recall(Average.MICRO) - m.accuracy()) < 1e-12);
                    }
                });
    }
}
