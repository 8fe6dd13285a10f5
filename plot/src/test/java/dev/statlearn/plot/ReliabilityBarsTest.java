package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.eval.calibration.ReliabilityTable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The count panel of the reliability diagram on a table counted by hand: one bar per bin over
 * the bin's interval, the axis 15% (one model, counts written above the bars) or 5% (several
 * models, legend instead) above the largest count.
 */
class ReliabilityBarsTest {

    // two bins of width 1/2: [0, 0.5) holds p = 0.1, 0.2, 0.3 (one positive), [0.5, 1] holds 0.8, 0.9
    private static final int[] ACTUAL = {0, 0, 1, 1, 1};
    private static final double[] P = {0.1, 0.2, 0.3, 0.8, 0.9};

    /** (text, x, y) of every {@link AnnotationText} on a chart, in order. */
    private static List<Object[]> annotations(Chart<?, ?> chart) throws ReflectiveOperationException {
        Field f = Chart.class.getDeclaredField("annotations");
        f.setAccessible(true);
        Field text = AnnotationText.class.getDeclaredField("text");
        text.setAccessible(true);
        Field x = AnnotationText.class.getDeclaredField("x");
        x.setAccessible(true);
        Field y = AnnotationText.class.getDeclaredField("y");
        y.setAccessible(true);
        List<Object[]> out = new ArrayList<>();
        for (Object a : (List<?>) f.get(chart)) {
            if (a instanceof AnnotationText) {
                out.add(new Object[] {text.get(a), x.getDouble(a), y.getDouble(a)});
            }
        }
        return out;
    }

    @Test
    void oneModelHasBarsWithTheirCountsAbove() throws ReflectiveOperationException {
        ReliabilityTable t = ReliabilityTable.of(ACTUAL, P, 2);
        Figure f = EvaluationPlots.reliability(t);
        XYChart top = (XYChart) f.panel(0);
        XYChart bottom = (XYChart) f.panel(1);
        XYSeries points = new ArrayList<>(top.getSeriesMap().values()).get(1);
        assertArrayEquals(new double[] {0.2, 0.85}, points.getXData(), 1e-15);
        assertArrayEquals(new double[] {1.0 / 3, 1.0}, points.getYData(), 1e-15);
        XYSeries bars = bottom.getSeriesMap().values().iterator().next();
        assertArrayEquals(new double[] {0, 0, 0.5, 0.5, 0.5, 0.5, 1, 1}, bars.getXData(), 0.0);
        assertArrayEquals(new double[] {0, 3, 3, 0, 0, 2, 2, 0}, bars.getYData(), 0.0);
        assertEquals(3 * 1.15, bottom.getStyler().getYAxisMax(), 1e-15);
        assertFalse(bottom.getStyler().isLegendVisible());
        // each count centred over its bin, 6% of the largest count above the bar
        List<Object[]> labels = annotations(bottom);
        assertEquals(2, labels.size());
        assertEquals("3", labels.get(0)[0]);
        assertEquals(0.25, (double) labels.get(0)[1], 1e-15);
        assertEquals(3 + 0.06 * 3, (double) labels.get(0)[2], 1e-15);
        assertEquals("2", labels.get(1)[0]);
        assertEquals(0.75, (double) labels.get(1)[1], 1e-15);
        assertEquals(2 + 0.06 * 3, (double) labels.get(1)[2], 1e-15);
    }

    @Test
    void severalModelsHaveALegendAndNoCountLabels() throws ReflectiveOperationException {
        Map<String, ReliabilityTable> tables = new LinkedHashMap<>();
        tables.put("a", ReliabilityTable.of(ACTUAL, P, 2));
        tables.put("b", ReliabilityTable.of(ACTUAL, new double[] {0.1, 0.6, 0.6, 0.6, 0.6}, 2));
        Figure f = EvaluationPlots.reliability(tables);
        XYChart bottom = (XYChart) f.panel(1);
        assertTrue(bottom.getStyler().isLegendVisible());
        assertEquals(4 * 1.05, bottom.getStyler().getYAxisMax(), 1e-15);
        assertTrue(annotations(bottom).isEmpty());
        assertArrayEquals(new double[] {0, 1, 1, 0, 0, 4, 4, 0}, bottom.getSeriesMap().get("b").getYData(), 0.0);
    }
}
