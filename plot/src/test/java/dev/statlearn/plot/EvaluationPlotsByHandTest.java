package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.calibration.ReliabilityTable;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.eval.threshold.OperatingPoint;
import dev.statlearn.eval.threshold.Thresholds;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Evaluation figures on five hand-counted cases: the cost panel's values, the chosen threshold's
 * marker, the unit axes of ROC, precision–recall and reliability diagrams, the confusion matrix's
 * axis titles, and the argument checks with their messages.
 */
class EvaluationPlotsByHandTest {

    // scores 0.1 0.35 0.4 0.8 0.9 with labels 0 1 0 1 1: P = 3, n = 5
    private static final int[] ACTUAL = {0, 0, 1, 1, 1};
    private static final double[] SCORES = {0.1, 0.4, 0.35, 0.8, 0.9};

    private static XYSeries series(Figure f, int panel, int index) {
        return new ArrayList<>(((XYChart) f.panel(panel)).getSeriesMap().values()).get(index);
    }

    private static void assertUnitSquare(XYChart c) {
        assertEquals(0.0, c.getStyler().getXAxisMin(), 0.0);
        assertEquals(1.0, c.getStyler().getXAxisMax(), 0.0);
        assertEquals(0.0, c.getStyler().getYAxisMin(), 0.0);
        assertEquals(1.0, c.getStyler().getYAxisMax(), 0.0);
    }

    @Test
    void costPerCaseAtEveryThreshold() {
        RocCurve roc = RocCurve.of(ACTUAL, SCORES);
        // flagging score >= t, FP costs 2 and FN 1:
        // t = 0.1: FP 2, FN 0 -> 4/5; 0.35: FP 1, FN 0 -> 2/5; 0.4: FP 1, FN 1 -> 3/5;
        // 0.8: FP 0, FN 1 -> 1/5; 0.9: FP 0, FN 2 -> 2/5
        OperatingPoint cheapest = Thresholds.minExpectedCost(roc, 2, 1);
        assertEquals(0.8, cheapest.threshold(), 0.0);
        Figure f = EvaluationPlots.thresholds(roc, cheapest, 2, 1);
        XYSeries cost = series(f, 1, 0);
        assertArrayEquals(new double[] {0.1, 0.35, 0.4, 0.8, 0.9}, cost.getXData(), 0.0);
        assertArrayEquals(new double[] {0.8, 0.4, 0.6, 0.2, 0.4}, cost.getYData(), 1e-15);
        // the marker spans the costs drawn, from 1/5 to 4/5
        XYSeries marker = series(f, 1, 1);
        assertArrayEquals(new double[] {0.8, 0.8}, marker.getXData(), 0.0);
        assertArrayEquals(new double[] {0.2, 0.8}, marker.getYData(), 1e-15);
        assertEquals(true, marker.getName().endsWith(", cost 0.2"), marker.getName());
        // free errors are allowed (cost 0): FN only -> 0, 0, 1/5, 1/5, 2/5
        Figure free = EvaluationPlots.thresholds(roc, cheapest, 0, 1);
        assertArrayEquals(new double[] {0, 0, 0.2, 0.2, 0.4}, series(free, 1, 0).getYData(), 1e-15);
        // all costs zero: a flat line, the marker spans [0, 1]
        Figure flat = EvaluationPlots.thresholds(roc, cheapest, 0, 0);
        assertArrayEquals(new double[] {0, 1}, series(flat, 1, 1).getYData(), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.thresholds(roc, cheapest, -Double.MIN_VALUE, 1));
        assertEquals("costFalsePositive must be >= 0 and finite, was -4.9E-324", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.thresholds(roc, cheapest, 1, Double.POSITIVE_INFINITY));
        assertEquals("costFalseNegative must be >= 0 and finite, was Infinity", e.getMessage());
        // an operating point on other data, even with costs given
        OperatingPoint other = Thresholds.youden(new int[] {0, 1, 1}, new double[] {0.2, 0.5, 0.7});
        e = assertThrows(IllegalArgumentException.class, () -> EvaluationPlots.thresholds(roc, other, 1, 1));
        assertEquals("chosen must be an operating point on the data of roc (3 positives, 2 negatives), but it has"
                + " 2 positives and 1 negatives", e.getMessage());
    }

    @Test
    void curvesAreDrawnOnTheUnitSquare() {
        Map<String, double[]> scores = Map.of("m", SCORES);
        assertUnitSquare((XYChart) EvaluationPlots.roc(ACTUAL, scores).panel(0));
        assertUnitSquare((XYChart) EvaluationPlots.precisionRecall(ACTUAL, scores).panel(0));
        assertUnitSquare((XYChart) EvaluationPlots.reliability(ReliabilityTable.of(ACTUAL, SCORES, 2)).panel(0));
    }

    @Test
    void rocIntervalLevelIsStrictlyBetweenZeroAndOne() {
        Map<String, double[]> scores = Map.of("m", SCORES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.roc(ACTUAL, scores, 0.0));
        assertEquals("level must be in (0, 1), was 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EvaluationPlots.roc(ACTUAL, scores, 1.0));
        assertEquals("level must be in (0, 1), was 1.0", e.getMessage());
        assertEquals(1, EvaluationPlots.roc(ACTUAL, scores, Math.nextDown(1.0)).panelCount());
    }

    @Test
    void scoresAreCheckedBeforeAnyCurveIsBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.precisionRecall(ACTUAL, Map.of("short", new double[] {0.1, 0.2})));
        assertEquals("scores of \"short\" must have one score per label in actual (5), had 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.precisionRecall(ACTUAL, Map.of("nan", new double[] {0.1, 0.2, Double.NaN, 1, 1})));
        assertEquals("scores of \"nan\" must be finite, but score 2 is NaN", e.getMessage());
    }

    @Test
    void confusionMatrixAxesAreNamed() {
        EvaluationPlots.ConfusionHeatMap c = (EvaluationPlots.ConfusionHeatMap) EvaluationPlots
                .confusionMatrix(ConfusionMatrix.binary(3, 1, 2, 4)).panel(0);
        assertEquals("Predicted", c.getXAxisTitle());
        assertEquals("Actual", c.getYAxisTitle());
    }
}
