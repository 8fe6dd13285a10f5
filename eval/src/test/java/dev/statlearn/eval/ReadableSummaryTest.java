package dev.statlearn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.eval.calibration.ReliabilityTable;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.eval.threshold.Thresholds;
import dev.statlearn.eval.validation.Baselines;
import dev.statlearn.eval.validation.CrossValidation;
import dev.statlearn.eval.validation.CrossValidationResult;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JShell summaries of eval's results: class names where the data has them, a few digits. */
class ReadableSummaryTest {

    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{10,}");
    private static final Dataset IRIS = Datasets.iris();

    /** Iris labels with a few versicolor/virginica swaps. */
    private static int[] predicted() {
        int[] p = IRIS.labels();
        p[60] = 2;
        p[61] = 2;
        p[120] = 1;
        return p;
    }

    @Test
    void confusionMatrixShowsTheDatasetsClassNames() {
        ConfusionMatrix m = ConfusionMatrix.of(IRIS.labels(), predicted()).withClassNames(IRIS.classNames());
        assertEquals("actual \\ predicted  setosa  versicolor  virginica\n"
                + "setosa                  50           0          0\n"
                + "versicolor               0          48          2\n"
                + "virginica                0           1         49\n"
                + "n = 150, accuracy = 0.98", m.toString());
        assertEquals(IRIS.classNames(), m.classNames());
        ConfusionMatrix plain = ConfusionMatrix.of(IRIS.labels(), predicted());
        assertEquals(plain, m); // names are for display only
        assertEquals(List.of("0", "1", "2"), plain.classNames());
        assertTrue(plain.toString().startsWith("actual \\ predicted   0   1   2\n"), plain.toString());
        assertEquals(IRIS.classNames(), m.combine(plain).classNames());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> plain.withClassNames(List.of("a", "b")));
        assertEquals("classNames has 2 names but the matrix has 3 classes", e.getMessage());
    }

    @Test
    void reportRowsAreNamedByTheMatrixsClassNames() {
        ConfusionMatrix m = ConfusionMatrix.of(IRIS.labels(), predicted()).withClassNames(IRIS.classNames());
        ClassificationReport r = ClassificationReport.of(m);
        assertEquals("                pre   rec   spe      f1     geo     iba  sup\n"
                + "setosa            1     1     1       1       1       1   50\n"
                + "versicolor   0.9796  0.96  0.99  0.9697  0.9749  0.9475   50\n"
                + "virginica    0.9608  0.98  0.98  0.9703    0.98  0.9604   50\n"
                + "\n"
                + "macro avg    0.9801  0.98  0.99    0.98   0.985  0.9693  150\n"
                + "avg / total  0.9801  0.98  0.99    0.98   0.985  0.9693  150", r.toString());
        assertEquals(r.toString(), ClassificationReport.of(ConfusionMatrix.of(IRIS.labels(), predicted()),
                IRIS.classNames(), ClassificationReport.DEFAULT_ALPHA).toString());
        assertEquals("versicolor: precision 0.9796, recall 0.96, specificity 0.99, f1 0.9697, g-mean 0.9749, "
                + "iba 0.9475, support 50", r.rows().get(1).toString());
    }

    @Test
    void crossValidationPoolsWithTheDatasetsClassNames() {
        CrossValidationResult r = CrossValidation.stratifiedKFold(3).classify(IRIS, Baselines.majorityClass(),
                Randomness.seeded(1));
        assertEquals(IRIS.classNames(), r.pooledConfusion().classNames());
        String s = r.toString();
        assertTrue(s.contains("model (mean ± sd)") && s.contains("gain vs best baseline"), s);
        assertFalse(LONG_NUMBER.matcher(s).find(), s);
    }

    @Test
    void oneLineSummaries() {
        assertEquals("0.97 (95% CI 0.958 to 0.983)", ConfidenceInterval.of(0.97, 0.958, 0.983, 0.95).toString());
        int[] y = {0, 0, 1, 1, 0, 1};
        double[] s = {0.1, 0.4, 0.35, 0.8, 0.2, 0.9};
        assertEquals("RocCurve[n=6 (3 positive), 7 points, AUC=0.8889]", RocCurve.of(y, s).toString());
        assertEquals("Point(threshold=1.9, fpr=0, tpr=0)", RocCurve.of(y, s).points().get(0).toString());
    }

    @Test
    void noSummaryPrintsLongDigitRuns() {
        qt().withExamples(30)
                .forAll(integers().between(20, 200), integers().between(0, 1000))
                .checkAssert((n, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] y = new int[n];
                    double[] p = new double[n];
                    int[] pred = new int[n];
                    for (int i = 0; i < n; i++) {
                        y[i] = i % 3 == 0 ? 1 : 0;
                        p[i] = Math.min(1, Math.max(0, 0.3 * y[i] + 0.7 * rng.nextDouble()));
                        pred[i] = p[i] > 0.5 ? 1 : 0;
                    }
                    ConfusionMatrix m = ConfusionMatrix.of(y, pred, 2).withClassNames(List.of("no", "yes"));
                    RocCurve roc = RocCurve.of(y, p);
                    for (Object o : List.of(m, ClassificationReport.of(m), roc, ReliabilityTable.of(y, p, 5),
                            Thresholds.youden(roc), ConfidenceInterval.of(p[0], 0, 1, 0.9))) {
                        String text = o.toString();
                        assertFalse(LONG_NUMBER.matcher(text).find(), text);
                        assertFalse(text.contains("@"), text);
                    }
                    assertNotEquals("", m.toString());
                });
    }
}
