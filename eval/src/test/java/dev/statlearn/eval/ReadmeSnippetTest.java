package dev.statlearn.eval;

import dev.statlearn.eval.curve.DeLong;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.eval.threshold.OperatingPoint;
import dev.statlearn.eval.threshold.Thresholds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compiles and runs the snippet of the README's "Evaluation" section (breast cancer, malignant = positive). */
class ReadmeSnippetTest {

    @Test
    void snippetRuns() {
        int[] actual = Fixtures.cancerActual();
        double[] scores = Fixtures.cancerScore();
        StringBuilder out = new StringBuilder();
        // ---- snippet (System.out.println replaced by out.append)
        RocCurve roc = RocCurve.of(actual, scores);                      // labels 0/1, any finite scores
        out.append(roc.auc() + " " + DeLong.of(actual, scores).confidenceInterval(0.95)).append('\n');
        OperatingPoint op = Thresholds.minExpectedCost(roc, 1.0, 25.0);  // a miss costs 25 false alarms
        out.append(op.project(10_000, 0.005).describe("transactions a day", "frauds", "valid transactions")).append('\n');
        out.append(ClassificationReport.of(op.matrix())).append('\n');
        // ----
        String s = out.toString();
        assertTrue(s.contains("95% CI") && s.contains("frauds caught") && s.contains("avg / total"), s);
    }
}
