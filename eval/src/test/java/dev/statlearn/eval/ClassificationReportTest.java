package dev.statlearn.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.statlearn.eval.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassificationReportTest {

    // /usr/bin/python3 tools/reference/eval_metrics.py confusion  (imbalanced-learn 0.10.0)
    // classification_report_imbalanced(a, p, alpha=0.1, zero_division=0, output_dict=True):
    // avg_pre, avg_rec, avg_spe, avg_f1, avg_geo, avg_iba, total_support
    static final double[] RANDOM_REPORT_AVG = {0.3995471014492754, 0.48333333333333334, 0.8705726405090137, 0.4273611111111111, 0.5244371071257855, 0.3909219693607529, 60.0};
    static final double[] CANCER_REPORT_AVG = {0.923799443008428, 0.9226713532513181, 0.8908559444602193, 0.9217111223130925, 0.9046123787774679, 0.8209270856826647, 569.0};
    static final double[] DIGITS_REPORT_AVG = {0.9750108493577431, 0.9705063995548135, 0.9617551573779581, 0.9717826299315073, 0.966115369086709, 0.9341957288708028, 1797.0};

    static void checkAverage(double[] e, ClassificationReport r) {
        ClassificationReport.Row w = r.weightedAverage();
        assertClose(e[0], w.precision(), "pre");
        assertClose(e[1], w.recall(), "rec");
        assertClose(e[2], w.specificity(), "spe");
        assertClose(e[3], w.f1(), "f1");
        assertClose(e[4], w.gMean(), "geo");
        assertClose(e[5], w.iba(), "iba");
        assertEquals((long) e[6], w.support());
    }

    static void checkRows(ConfusionMatrixTest.Expected e, ClassificationReport r) {
        assertEquals(e.precision().length, r.rows().size());
        for (int c = 0; c < r.rows().size(); c++) {
            ClassificationReport.Row row = r.rows().get(c);
            assertClose(e.precision()[c], row.precision(), "pre " + c);
            assertClose(e.recall()[c], row.recall(), "rec " + c);
            assertClose(e.specificity()[c], row.specificity(), "spe " + c);
            assertClose(e.f1()[c], row.f1(), "f1 " + c);
            assertClose(e.gmeanPerClass()[c], row.gMean(), "geo " + c);
            assertClose(e.iba()[c], row.iba(), "iba " + c);
        }
    }

    @Test
    void randomMulticlassMatchesImblearn() {
        ClassificationReport r = ClassificationReport.of(ConfusionMatrixTest.ACTUAL, ConfusionMatrixTest.PREDICTED);
        checkRows(ConfusionMatrixTest.RANDOM, r);
        checkAverage(RANDOM_REPORT_AVG, r);
        assertEquals(0, r.rows().get(4).support());
        assertClose(ConfusionMatrix.of(ConfusionMatrixTest.ACTUAL, ConfusionMatrixTest.PREDICTED).f1(Average.MACRO),
                r.macroAverage().f1(), "macro f1");
    }

    @Test
    void breastCancerMatchesImblearn() {
        ConfusionMatrix m = ConfusionMatrix.of(Fixtures.cancerActual(), Fixtures.threshold(Fixtures.cancerScore(), 16.8));
        ClassificationReport r = ClassificationReport.of(m, List.of("benign", "malignant"), 0.1);
        checkRows(ConfusionMatrixTest.CANCER, r);
        checkAverage(CANCER_REPORT_AVG, r);
        String s = r.toString();
        assertTrue(s.contains("malignant") && s.contains("avg / total") && s.contains("0.9421"), s);
    }

    @Test
    void digitsMatchesImblearn() {
        ClassificationReport r = ClassificationReport.of(Fixtures.digitsActual(),
                Fixtures.threshold(Fixtures.digitsScore(), 20));
        checkRows(ConfusionMatrixTest.DIGITS, r);
        checkAverage(DIGITS_REPORT_AVG, r);
    }

    @Test
    void rejectsBadInput() {
        ConfusionMatrix m = ConfusionMatrix.binary(1, 2, 3, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassificationReport.of(m, List.of("a"), 0.1));
        assertTrue(e.getMessage().contains("classNames"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassificationReport.of(m, List.of("a", "b"), Double.NaN));
        assertThrows(NullPointerException.class, () -> ClassificationReport.of((ConfusionMatrix) null));
    }
}
