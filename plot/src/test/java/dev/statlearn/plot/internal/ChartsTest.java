package dev.statlearn.plot.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.statlearn.core.data.Datasets;
import dev.statlearn.plot.Figure;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.AxisPair;
import org.knowm.xchart.internal.chartpart.Chart;

class ChartsTest {

    @Test
    void niceRangeWidensToMultiplesOfARoundStep() {
        assertArrayEquals(new double[] {0, 60, 5}, Charts.niceRange(1, 60), 1e-12);
        assertArrayEquals(new double[] {4, 8, 0.5}, Charts.niceRange(4.3, 7.9), 1e-12);
        assertArrayEquals(new double[] {0.5, 1.5, 0.5}, Charts.niceRange(1, 1), 0.0);
        qt().withExamples(200).forAll(doubles().between(-1e6, 1e6), doubles().between(1e-3, 1e6))
                .checkAssert((lo, width) -> {
                    double[] r = Charts.niceRange(lo, lo + width);
                    assertTrue(r[0] <= lo && r[1] >= lo + width, Arrays.toString(r));
                    assertTrue(r[1] - r[0] <= 3 * width + 2 * r[2], Arrays.toString(r));
                    double m = r[2] / Math.pow(10, Math.floor(Math.log10(r[2]) + 1e-9));
                    assertTrue(Math.abs(m - 1) < 1e-6 || Math.abs(m - 2) < 1e-6 || Math.abs(m - 5) < 1e-6
                            || Math.abs(m - 10) < 1e-6, "1-2-5 step: " + r[2]);
                });
    }

    @Test
    void roundXAxisBreaksEvenSpacingSoThatTicksAreRound() {
        XYChart epochs = Charts.xy("", "", "", 400, 300);
        double[] x = Charts.linspace(1, 100, 100);
        epochs.addSeries("a", x, x);
        Charts.roundXAxis(epochs, 1, 100);
        assertEquals(0.0, epochs.getStyler().getXAxisMin(), 0.0);
        assertEquals(105.0, epochs.getStyler().getXAxisMax(), 1e-12);
        assertFalse(Charts.evenlySpaced(epochs, 0, 105));
        // data that are not evenly spaced keep the round range
        XYChart scattered = Charts.xy("", "", "", 400, 300);
        scattered.addSeries("a", new double[] {0.3, 1.7, 9.2}, new double[] {1, 2, 3});
        Charts.roundXAxis(scattered, 0.3, 9.2);
        assertEquals(0.0, scattered.getStyler().getXAxisMin(), 0.0);
        assertEquals(10.0, scattered.getStyler().getXAxisMax(), 1e-12);
    }

    /** The tick labels XChart drew on the x (or y) axis of a chart's last rendering. */
    static List<String> tickLabels(XYChart chart, boolean x) {
        try {
            Field f = Chart.class.getDeclaredField("axisPair");
            f.setAccessible(true);
            AxisPair<?, ?> pair = (AxisPair<?, ?>) f.get(chart);
            Axis<?, ?> axis;
            if (x) {
                axis = pair.getXAxis();
            } else {
                Method m = AxisPair.class.getDeclaredMethod("getYAxis");
                m.setAccessible(true);
                axis = (Axis<?, ?>) m.invoke(pair);
            }
            return axis.getAxisTickCalculator().getTickLabels();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void tickLabelsHaveLeadingZerosAndEvenlySpacedDataGetRoundTicks() {
        XYChart chart = Charts.xy("t", "x", "y", 600, 400);
        chart.addSeries("a", new double[] {0.013, 0.31, 0.77}, new double[] {0.002, 0.04, 0.09});
        Figure.of("t", chart).toImage();
        List<String> xs = tickLabels(chart, true);
        List<String> ys = tickLabels(chart, false);
        assertTrue(xs.contains("0.2") || xs.contains("0.4"), xs.toString());
        assertTrue(ys.contains("0.02") || ys.contains("0.04"), ys.toString());
        for (String t : xs) {
            assertFalse(t.startsWith("."), xs.toString());
        }
        for (String t : ys) {
            assertFalse(t.startsWith("."), ys.toString());
        }
        // histogram edges (evenly spaced, 17 digits each) get round ticks on a round axis
        double[] edges = Histograms.edges(9, Datasets.iris().column(0));
        XYChart hist = Charts.xy("h", "x", "count", 600, 400);
        Histograms.add(hist, "all", edges, Histograms.counts(edges, Datasets.iris().column(0)), Charts.PALETTE[0], 90);
        Charts.roundXAxis(hist, edges[0], edges[edges.length - 1]);
        Figure.of("h", hist).toImage();
        for (String t : tickLabels(hist, true)) {
            assertTrue(t.length() <= 3, "round tick " + t + " in " + tickLabels(hist, true));
        }
    }

    @Test
    void histogramOutlineRoundTripsAndDensitiesIntegrateToOne() {
        double[] sepal = Datasets.iris().column(0);
        assertEquals(9, Histograms.autoBins(sepal));
        assertEquals(1, Histograms.autoBins(new double[] {2, 2, 2}));
        qt().withExamples(50).forAll(integers().between(1, 400), integers().between(0, 1000)).checkAssert((n, seed) -> {
            double[] x = new SplittableRandom(seed).doubles(n).map(v -> 10 * v * v).toArray();
            double[] edges = Histograms.autoEdges(x);
            double[] h = Histograms.densities(edges, x);
            double area = 0;
            for (int i = 0; i < h.length; i++) {
                area += h[i] * (edges[i + 1] - edges[i]);
            }
            assertEquals(1.0, area, 1e-9);
            XYChart chart = Charts.xy("", "", "", 100, 100);
            XYSeries s = Histograms.add(chart, "h", edges, h, Charts.PALETTE[0], 90);
            assertArrayEquals(edges, Histograms.edges(s), 0.0);
            assertArrayEquals(h, Histograms.heights(s), 0.0);
            assertEquals(Arrays.stream(Histograms.counts(edges, x)).sum(), n, 0.0);
        });
    }

    @Test
    void referenceLinesAreGreyAndDashed() {
        XYChart chart = Charts.xy("", "", "", 100, 100);
        XYSeries v = Charts.vertical(chart, "v", 2, 0, 1);
        XYSeries h = Charts.horizontal(chart, "h", 3, 0, 1);
        for (XYSeries s : new XYSeries[] {v, h}) {
            assertEquals(Charts.REFERENCE, s.getLineColor());
            assertEquals(Charts.DASHED, s.getLineStyle());
        }
        assertArrayEquals(new double[] {2, 2}, v.getXData(), 0.0);
        assertArrayEquals(new double[] {3, 3}, h.getYData(), 0.0);
    }
}
