package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.plot.internal.Histograms;
import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import dev.statlearn.stats.montecarlo.Replication;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class MonteCarloPlotsTest {

    private static final DoubleUnaryOperator GAUSS = x -> Math.exp(-x * x);
    /** \( \sqrt\pi\,\mathrm{erf}(1) \). */
    private static final double EXACT = 1.4936482656248540;

    @Test
    void convergenceSeriesAreTheTrace() {
        List<Estimate> trace = MonteCarlo.trace(GAUSS, -1, 1, 100_000, new SplittableRandom(1));
        Figure f = MonteCarloPlots.convergence(trace, EXACT);
        XYChart c = (XYChart) f.panel(0);
        XYSeries s = c.getSeriesMap().get("estimate ± 1.96·SE");
        assertEquals(trace.size(), s.getXData().length);
        for (int j = 0; j < trace.size(); j++) {
            assertEquals(trace.get(j).samples(), s.getXData()[j]);
            assertEquals(trace.get(j).value(), s.getYData()[j]);
            assertEquals(1.96 * trace.get(j).standardError(), s.getExtraValues()[j], 1e-15);
        }
        XYSeries exact = c.getSeriesMap().get("exact = 1.4936483");
        assertArrayEquals(new double[] {EXACT, EXACT}, exact.getYData());
        assertTrue(c.getStyler().isXAxisLogarithmic());
        PlotAssertions.render(f, "mc-convergence", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        // without the exact value there is one series
        assertEquals(1, ((XYChart) MonteCarloPlots.convergence(trace).panel(0)).getSeriesMap().size());
    }

    @Test
    void convergenceRejectsBadTraces() {
        Estimate a = new Estimate(1, 0.1, 100);
        Estimate b = new Estimate(1, 0.1, 100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MonteCarloPlots.convergence(List.of(a, b)));
        assertTrue(e.getMessage().contains("trace[1].samples() = 100"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MonteCarloPlots.convergence(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> MonteCarloPlots.convergence(List.of(a), Double.POSITIVE_INFINITY));
        assertThrows(NullPointerException.class, () -> MonteCarloPlots.convergence(null));
        List<Estimate> withNull = new ArrayList<>();
        withNull.add(null);
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> MonteCarloPlots.convergence(withNull));
        assertEquals("trace[0]", npe.getMessage());
    }

    /** The course notes' experiment, scaled down for a unit test: 100 replications of 2,000 samples. */
    @Test
    void replicationsHistogramAndNormalMatchTheEstimates() {
        SplittableRandom rng = new SplittableRandom(7);
        List<Estimate> est = new ArrayList<>();
        for (int r = 0; r < 100; r++) {
            est.add(MonteCarlo.integrate(GAUSS, -1, 1, 2_000, rng));
        }
        Replication summary = MonteCarlo.replicate(GAUSS, -1, 1, 2_000, 100, new SplittableRandom(7));
        assertEquals(est, summary.estimates(), "replicate makes the same estimates on the same stream");
        // sd of one estimate ~ 0.0041 * sqrt(10000 / 2000)
        assertEquals(0.0041 * Math.sqrt(5), summary.standardDeviation(), 0.003);

        Figure f = MonteCarloPlots.replications(summary, EXACT);
        XYChart c = (XYChart) f.panel(0);
        XYSeries hist = c.getSeriesMap().get("100 estimates");
        double[] edges = Histograms.edges(hist);
        double[] h = Histograms.heights(hist);
        double area = 0;
        long counted = 0;
        for (int i = 0; i + 1 < edges.length; i++) {
            area += h[i] * (edges[i + 1] - edges[i]);
            final int bin = i;
            counted += est.stream().filter(e -> e.value() >= edges[bin]
                    && (e.value() < edges[bin + 1] || bin == edges.length - 2 && e.value() == edges[bin + 1])).count();
            assertEquals(est.stream().filter(e -> e.value() >= edges[bin]
                    && (e.value() < edges[bin + 1] || bin == edges.length - 2)).count()
                    / (100.0 * (edges[i + 1] - edges[i])), h[i], 1e-9);
        }
        assertEquals(1.0, area, 1e-12);
        assertEquals(100, counted);
        XYSeries normal = c.getSeriesMap().keySet().stream().filter(k -> k.startsWith("normal approximation"))
                .findFirst().map(c.getSeriesMap()::get).orElseThrow();
        double[] nx = normal.getXData();
        double[] ny = normal.getYData();
        int mid = nx.length / 2;
        double sd = summary.standardDeviation();
        double z = (nx[mid] - summary.mean()) / sd;
        assertEquals(Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI)), ny[mid], 1e-9 / sd);
        List<String> box = PlotAssertions.textLines(c);
        assertTrue(box.get(1).startsWith("mean = 1.49"), box.toString());
        PlotAssertions.render(f, "mc-replications", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
    }

    @Test
    void replicationsRejectBadInput() {
        Estimate a = new Estimate(1, 0.1, 100);
        assertThrows(NullPointerException.class, () -> MonteCarloPlots.replications(null));
        assertThrows(IllegalArgumentException.class,
                () -> MonteCarloPlots.replications(new Replication(List.of(a, a)), Double.NEGATIVE_INFINITY));
    }
}
