package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.plot.internal.Charts;
import dev.statlearn.plot.internal.Histograms;
import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.Replication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Monte Carlo figures on hand-made estimates: the convergence series with its 1.96·SE bars, the
 * exact-value line, the y range that holds every bar with an 8% margin, a single estimate's decade
 * either side; the replication histogram with its normal approximation, mean and exact markers,
 * and the summary box.
 */
class MonteCarloPlotsByHandTest {

    private static final List<Estimate> TRACE = List.of(new Estimate(1.0, 0.5, 10), new Estimate(1.2, 0.1, 100),
            new Estimate(1.1, 0.05, 1000));

    private static XYChart chart(Figure f) {
        return (XYChart) f.panel(0);
    }

    @Test
    void convergenceBarsAreNinetyFivePercentIntervals() {
        XYChart c = chart(MonteCarloPlots.convergence(TRACE, 1.15));
        XYSeries s = c.getSeriesMap().get("estimate ± 1.96·SE");
        assertArrayEquals(new double[] {10, 100, 1000}, s.getXData(), 0.0);
        assertArrayEquals(new double[] {1.0, 1.2, 1.1}, s.getYData(), 0.0);
        assertArrayEquals(new double[] {0.98, 0.196, 0.098}, s.getExtraValues(), 1e-15);
        XYSeries exact = c.getSeriesMap().get("exact = 1.15");
        assertArrayEquals(new double[] {10, 1000}, exact.getXData(), 0.0);
        assertArrayEquals(new double[] {1.15, 1.15}, exact.getYData(), 0.0);
        // bars span [0.02, 1.98]; margin 8% of 1.96
        assertEquals(0.02 - 0.08 * 1.96, c.getStyler().getYAxisMin(), 1e-12);
        assertEquals(1.98 + 0.08 * 1.96, c.getStyler().getYAxisMax(), 1e-12);
        assertTrue(c.getStyler().isXAxisLogarithmic());
        // an exact value above every bar widens the range to it
        XYChart above = chart(MonteCarloPlots.convergence(TRACE, 3));
        assertEquals(0.02 - 0.08 * 2.98, above.getStyler().getYAxisMin(), 1e-12);
        assertEquals(3 + 0.08 * 2.98, above.getStyler().getYAxisMax(), 1e-12);
        // and one below every bar
        XYChart below = chart(MonteCarloPlots.convergence(TRACE, -1));
        assertEquals(-1 - 0.08 * 2.98, below.getStyler().getYAxisMin(), 1e-12);
        // unknown exact value: no line
        XYChart unknown = chart(MonteCarloPlots.convergence(TRACE));
        assertEquals(1, unknown.getSeriesMap().size());
        assertEquals(0.02 - 0.08 * 1.96, unknown.getStyler().getYAxisMin(), 1e-12);
    }

    @Test
    void oneEstimateGetsADecadeEitherSide() {
        XYChart c = chart(MonteCarloPlots.convergence(List.of(new Estimate(2.0, 0.0, 500)), Double.NaN));
        assertEquals(50.0, c.getStyler().getXAxisMin(), 0.0);
        assertEquals(5000.0, c.getStyler().getXAxisMax(), 0.0);
        // no spread at all: still a y range of positive width around the value
        double lo = c.getStyler().getYAxisMin();
        double hi = c.getStyler().getYAxisMax();
        assertTrue(lo < 2 && hi > 2 && hi - lo < 1e-9, lo + " " + hi);
        // several estimates leave the x axis to XChart
        assertEquals(null, chart(MonteCarloPlots.convergence(TRACE)).getStyler().getXAxisMin());
    }

    @Test
    void convergenceRejectsSampleCountsThatDoNotIncrease() {
        List<Estimate> flat = List.of(new Estimate(1, 0.1, 100), new Estimate(1, 0.1, 100));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MonteCarloPlots.convergence(flat));
        assertEquals("trace sample counts must increase strictly, but trace[1].samples() = 100 <= trace[0].samples()"
                + " = 100", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MonteCarloPlots.convergence(TRACE, Double.NEGATIVE_INFINITY));
        assertEquals("exactValue must be finite or NaN (unknown), was -Infinity", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MonteCarloPlots.convergence(List.of()));
        assertEquals("trace must not be empty", e.getMessage());
    }

    @Test
    void replicationsShowHistogramNormalApproximationAndMarkers() {
        // values 1..5, mean 3, sd sqrt(10/4)
        Replication r = new Replication(List.of(new Estimate(1, 0.5, 100), new Estimate(2, 0.5, 100),
                new Estimate(3, 0.5, 100), new Estimate(4, 0.5, 100), new Estimate(5, 0.5, 100)));
        double sd = Math.sqrt(2.5);
        XYChart c = chart(MonteCarloPlots.replications(r, 4.5));
        XYSeries hist = c.getSeriesMap().get("5 estimates");
        double[] edges = Histograms.edges(hist);
        assertEquals(1.0, edges[0], 0.0);
        assertEquals(5.0, edges[edges.length - 1], 0.0);
        String normalName = c.getSeriesMap().keySet().stream().filter(k -> k.startsWith("normal approximation"))
                .findFirst().orElseThrow();
        double[] gx = c.getSeriesMap().get(normalName).getXData();
        double[] gy = c.getSeriesMap().get(normalName).getYData();
        assertEquals(3 - 4 * sd, gx[0], 1e-12);
        assertEquals(3 + 4 * sd, gx[gx.length - 1], 1e-12);
        double top = Math.max(Charts.finiteMax(Histograms.heights(hist)), Charts.finiteMax(gy));
        assertTrue(top >= 0.99 / (sd * Math.sqrt(2 * Math.PI)));
        XYSeries mean = c.getSeriesMap().get("mean = 3");
        assertArrayEquals(new double[] {3, 3}, mean.getXData(), 0.0);
        assertArrayEquals(new double[] {0, 1.05 * top}, mean.getYData(), 1e-15);
        XYSeries exact = c.getSeriesMap().get("exact = 4.5");
        assertArrayEquals(new double[] {4.5, 4.5}, exact.getXData(), 0.0);
        assertArrayEquals(new double[] {0, 1.05 * top}, exact.getYData(), 1e-15);
        assertEquals(1.45 * top, c.getStyler().getYAxisMax(), 1e-15);
        assertTrue(c.getStyler().getXAxisMin() <= 3 - 4 * sd);
        assertTrue(c.getStyler().getXAxisMax() >= 3 + 4 * sd);
        List<String> box = PlotAssertions.textLines(c);
        assertEquals("R = 5 replications, n = 100 samples each", box.get(0));
        assertTrue(box.get(1).startsWith("mean = 3, sd = 1.6"), box.get(1));
        assertEquals("mean single-run SE = 0.5", box.get(2));
        // an exact value far outside widens the x axis to it
        XYChart far = chart(MonteCarloPlots.replications(r, 20));
        assertTrue(far.getStyler().getXAxisMax() >= 20);
        XYChart farBelow = chart(MonteCarloPlots.replications(r, -20));
        assertTrue(farBelow.getStyler().getXAxisMin() <= -20);
    }

    @Test
    void identicalReplicatesHaveNoNormalCurve() {
        Replication r = new Replication(List.of(new Estimate(2, 0.1, 10), new Estimate(2, 0.1, 10)));
        XYChart c = chart(MonteCarloPlots.replications(r));
        assertFalse(c.getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("normal")),
                c.getSeriesMap().keySet().toString());
        assertFalse(c.getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("exact")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MonteCarloPlots.replications(r, Double.POSITIVE_INFINITY));
        assertEquals("exactValue must be finite or NaN (unknown), was Infinity", e.getMessage());
    }
}
