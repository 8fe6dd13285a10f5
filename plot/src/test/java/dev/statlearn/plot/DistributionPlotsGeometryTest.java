package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.plot.internal.Charts;
import dev.statlearn.plot.internal.Histograms;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.divergence.Histogram;
import dev.statlearn.stats.mle.Fit;
import dev.statlearn.stats.mle.Mle;
import dev.statlearn.stats.mle.Ranking;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The data behind the distribution figures, checked against closed forms: pmf markers, stems and
 * CDF steps of discrete distributions (and how several are spread apart), the default plotting
 * ranges with support bounds, the axis headroom, the fitted curves' ranges, the Q–Q axes and the
 * histogram heights of the divergence figures.
 */
class DistributionPlotsGeometryTest {

    private static final double[] BINOMIAL_4_HALF = {1 / 16.0, 4 / 16.0, 6 / 16.0, 4 / 16.0, 1 / 16.0};

    private static double poisson2(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return Math.exp(-2) * Math.pow(2, k) / f;
    }

    private static XYChart panel(Figure f, int k) {
        return (XYChart) f.panel(k);
    }

    @Test
    void twoDiscreteDistributionsAreShiftedApartSymmetrically() {
        Binomial b = Binomial.of(4, 0.5);
        Poisson p = Poisson.of(2);
        Figure f = DistributionPlots.discrete(List.of(b, p), 0, 4);
        XYChart pmf = panel(f, 0);
        XYChart cdf = panel(f, 1);
        // a quarter of a unit spread over two distributions: k - 1/16 and k + 1/16
        double shift = 0.25 * 0.5 / 2;
        XYSeries bm = pmf.getSeriesMap().get(b.toString());
        XYSeries pm = pmf.getSeriesMap().get(p.toString());
        XYSeries bs = pmf.getSeriesMap().get(b + " stems");
        double cb = 0;
        double cp = 0;
        for (int k = 0; k <= 4; k++) {
            assertEquals(k - shift, bm.getXData()[k], 1e-15);
            assertEquals(k + shift, pm.getXData()[k], 1e-15);
            assertEquals(BINOMIAL_4_HALF[k], bm.getYData()[k], 1e-15);
            assertEquals(poisson2(k), pm.getYData()[k], 1e-15);
            // stem k: (k - shift, 0) up to (k - shift, p_k), then a gap
            assertEquals(k - shift, bs.getXData()[3 * k], 1e-15);
            assertEquals(k - shift, bs.getXData()[3 * k + 1], 1e-15);
            assertEquals(k - shift, bs.getXData()[3 * k + 2], 1e-15);
            assertEquals(0.0, bs.getYData()[3 * k], 0.0);
            assertEquals(BINOMIAL_4_HALF[k], bs.getYData()[3 * k + 1], 1e-15);
            assertTrue(Double.isNaN(bs.getYData()[3 * k + 2]));
            // CDF steps at the integers themselves
            cb += BINOMIAL_4_HALF[k];
            cp += poisson2(k);
            assertEquals(k, cdf.getSeriesMap().get(b.toString()).getXData()[k], 0.0);
            assertEquals(cb, cdf.getSeriesMap().get(b.toString()).getYData()[k], 1e-15);
            assertEquals(cp, cdf.getSeriesMap().get(p.toString()).getYData()[k], 1e-14);
        }
        assertEquals(15, bs.getXData().length);
        assertEquals(5, bm.getXData().length);
        // x axes: half a unit beyond the ends; pmf axis 30% above the largest mass (6/16)
        for (XYChart c : List.of(pmf, cdf)) {
            assertEquals(-0.5, c.getStyler().getXAxisMin(), 0.0);
            assertEquals(4.5, c.getStyler().getXAxisMax(), 0.0);
            assertEquals(0.0, c.getStyler().getYAxisMin(), 0.0);
        }
        assertEquals(1.3 * 6 / 16, pmf.getStyler().getYAxisMax(), 1e-15);
        assertEquals(1.05, cdf.getStyler().getYAxisMax(), 0.0);
    }

    @Test
    void threeDiscreteDistributionsAreCentredOnTheMiddleOne() {
        List<Poisson> ds = List.of(Poisson.of(1), Poisson.of(2), Poisson.of(3));
        XYChart pmf = panel(DistributionPlots.discrete(ds, 2, 3), 0);
        double[] shifts = {-0.25 / 3, 0, 0.25 / 3};
        for (int j = 0; j < 3; j++) {
            double[] x = pmf.getSeriesMap().get(ds.get(j).toString()).getXData();
            assertEquals(2 + shifts[j], x[0], 1e-15, "distribution " + j);
            assertEquals(3 + shifts[j], x[1], 1e-15, "distribution " + j);
        }
        // one distribution: no shift
        double[] x = panel(DistributionPlots.discrete(List.of(Poisson.of(2)), 0, 1), 0)
                .getSeriesMap().get(Poisson.of(2).toString()).getXData();
        assertArrayEquals(new double[] {0, 1}, x, 0.0);
    }

    @Test
    void discreteRangeBoundsAreInclusive() {
        // a single integer
        XYChart one = panel(DistributionPlots.discrete(List.of(Poisson.of(2)), 3, 3), 1);
        assertArrayEquals(new double[] {3}, one.getSeriesMap().get(Poisson.of(2).toString()).getXData(), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.discrete(List.of(Poisson.of(2)), 3, 2));
        assertEquals("hi must be >= lo, was lo = 3, hi = 2", e.getMessage());
        // exactly MAX_DISCRETE_POINTS integers are allowed, one more is not
        int max = DistributionPlots.MAX_DISCRETE_POINTS;
        XYChart full = panel(DistributionPlots.discrete(List.of(Poisson.of(2)), -5, max - 6), 1);
        assertEquals(max, full.getSeriesMap().get(Poisson.of(2).toString()).getXData().length);
        e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.discrete(List.of(Poisson.of(2)), -5, max - 5));
        assertEquals("range [lo, hi] must hold at most " + max + " integers (DistributionPlots.MAX_DISCRETE_POINTS),"
                + " held " + (max + 1) + " with lo = -5, hi = " + (max - 5), e.getMessage());
        // the count is taken in long arithmetic: the whole int range is rejected, not wrapped
        e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.discrete(List.of(Poisson.of(2)), Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertTrue(e.getMessage().contains("held 4294967296 "), e.getMessage());
    }

    @Test
    void withNoMassOrDensityInRangeTheAxisIsTheUnitInterval() {
        XYChart pmf = panel(DistributionPlots.discrete(List.of(Binomial.of(4, 0.5)), 10, 12), 0);
        assertEquals(1.0, pmf.getStyler().getYAxisMax(), 0.0);
        XYChart pdf = panel(DistributionPlots.continuous(List.of(Gamma.of(2, 1)), -3, -1), 0);
        assertEquals(1.0, pdf.getStyler().getYAxisMax(), 0.0);
        // with density: 30% above the largest value drawn; N(0, 1) on [-1, 1] peaks at x = 0 (a
        // grid point only if 400 points hit it: they do not, so compare with the grid's maximum)
        XYChart n = panel(DistributionPlots.continuous(List.of(Normal.standard()), -1, 1), 0);
        double[] y = n.getSeriesMap().get(Normal.standard().toString()).getYData();
        double top = 0;
        for (double v : y) {
            top = Math.max(top, v);
        }
        assertTrue(top > 0.398 && top <= 1 / Math.sqrt(2 * Math.PI), "peak " + top);
        assertEquals(1.3 * top, n.getStyler().getYAxisMax(), 1e-15);
        assertEquals(0.0, n.getStyler().getYAxisMin(), 0.0);
        assertEquals(1.05, panel(DistributionPlots.continuous(List.of(Normal.standard()), -1, 1), 1)
                .getStyler().getYAxisMax(), 0.0);
    }

    @Test
    void theXAxisIsRoundedOutward() {
        // [-1.3, 2.7]: step 0.5 (a tenth of the range is 0.4), rounded out to [-1.5, 3]
        for (XYChart c : List.of(panel(DistributionPlots.continuous(List.of(Normal.standard()), -1.3, 2.7), 0),
                panel(DistributionPlots.continuous(List.of(Normal.standard()), -1.3, 2.7), 1))) {
            assertEquals(-1.5, c.getStyler().getXAxisMin(), 1e-12);
            assertTrue(c.getStyler().getXAxisMax() >= 3.0 - 1e-12, "max " + c.getStyler().getXAxisMax());
            assertTrue(c.getStyler().getXAxisMax() <= 3.25 + 1e-12, "max " + c.getStyler().getXAxisMax());
        }
    }

    @Test
    void defaultRangesIncludeNearbySupportBounds() {
        // Beta(2, 2): quantiles 0.0184 and 0.9816, both support bounds within 10% of the width: [0, 1]
        Beta beta = Beta.of(2, 2);
        double[] x = panel(DistributionPlots.continuous(List.of(beta)), 0).getSeriesMap().get(beta.toString())
                .getXData();
        assertEquals(0.0, x[0], 0.0);
        assertEquals(1.0, x[x.length - 1], 0.0);
        assertEquals(400, x.length);
        // Beta(2, 5): quantiles 0.0083 and 0.8186 (width 0.8104): 0 is within 10% of it, 1 is not
        Beta skewed = Beta.of(2, 5);
        x = panel(DistributionPlots.continuous(List.of(skewed)), 0).getSeriesMap().get(skewed.toString()).getXData();
        assertEquals(0.0, x[0], 0.0);
        assertEquals(skewed.inverseCdf(0.999), x[x.length - 1], 1e-12);
        // Gamma(50, 1): 0 is far below the 0.001-quantile (about 30.96), so the range starts there
        Gamma far = Gamma.of(50, 1);
        x = panel(DistributionPlots.continuous(List.of(far)), 0).getSeriesMap().get(far.toString()).getXData();
        assertEquals(far.inverseCdf(0.001), x[0], 1e-12);
        assertEquals(far.inverseCdf(0.999), x[x.length - 1], 1e-12);
        // Gamma(2, 1): 0.001-quantile 0.0454 and 0 is within 10% of the width: starts at 0
        Gamma near = Gamma.of(2, 1);
        x = panel(DistributionPlots.continuous(List.of(near)), 0).getSeriesMap().get(near.toString()).getXData();
        assertEquals(0.0, x[0], 0.0);
        assertEquals(near.inverseCdf(0.999), x[x.length - 1], 1e-12);
    }

    @Test
    void emptyListsAreRejectedWithTheirOwnMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.continuous(List.of()));
        assertEquals("distributions must not be empty", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DistributionPlots.discrete(List.of()));
        assertEquals("distributions must not be empty", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DistributionPlots.discrete(List.of(), 0, 1));
        assertEquals("distributions must not be empty", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DistributionPlots.continuous(List.of(), 0, 1));
        assertEquals("distributions must not be empty", e.getMessage());
    }

    @Test
    void fittedCurvesSpanThePaddedDataRangeWithinTheirSupport() {
        // positive data from 0.2 to 9.7: the range padded by 5% (0.475) crosses 0, the lower
        // support bound of the positive families
        double[] data = new double[60];
        for (int i = 0; i < data.length; i++) {
            data[i] = 0.2 + 9.5 * Math.pow(i / 59.0, 2);
        }
        Ranking ranking = Mle.best(data);
        XYChart c = panel(DistributionPlots.fits(data, ranking, "v"), 0);
        double lo = 0.2;
        double hi = 9.7;
        double pad = 0.05 * (hi - lo);
        double[] edges = Histograms.edges(c.getSeriesMap().get("data (n = 60)"));
        assertEquals(lo, edges[0], 1e-12);
        assertEquals(hi, edges[edges.length - 1], 1e-12);
        List<Fit<? extends ContinuousDistribution>> fits = ranking.fits();
        int drawn = 0;
        for (String name : c.getSeriesMap().keySet()) {
            if (name.startsWith("data")) {
                continue;
            }
            int rank = Integer.parseInt(name.substring(0, name.indexOf('.')));
            ContinuousDistribution d = fits.get(rank - 1).distribution();
            double[] x = c.getSeriesMap().get(name).getXData();
            assertEquals(Math.max(lo - pad, d.supportLowerBound()), x[0], 1e-12, name);
            assertEquals(Math.min(hi + pad, d.supportUpperBound()), x[x.length - 1], 1e-12, name);
            assertEquals(400, x.length, name);
            drawn++;
        }
        assertEquals(fits.size(), drawn);
        assertTrue(fits.stream().anyMatch(fit -> fit.distribution().supportLowerBound() == 0),
                "fixture: some family is clipped at 0");
        assertTrue(fits.stream().anyMatch(fit -> fit.distribution().supportLowerBound() < lo - pad),
                "fixture: some family is not clipped");
        // the y axis leaves room above the histogram for the legend: 25% plus 6% per fit
        double histTop = Charts.finiteMax(Histograms.heights(c.getSeriesMap().get("data (n = 60)")));
        double top = histTop;
        for (String name : c.getSeriesMap().keySet()) {
            if (!name.startsWith("data")) {
                top = Math.max(top, Math.min(Charts.finiteMax(c.getSeriesMap().get(name).getYData()), 2 * histTop));
            }
        }
        assertEquals(top * (1.25 + 0.06 * fits.size()), c.getStyler().getYAxisMax(), 1e-12 * top);
        assertEquals(0.0, c.getStyler().getYAxisMin(), 0.0);
        double xmin = c.getStyler().getXAxisMin();
        assertTrue(xmin <= lo - pad && xmin > lo - pad - 1.0 - 1e-12, "x axis from " + xmin);
        assertTrue(c.getStyler().getXAxisMax() >= hi + pad, "x axis to " + c.getStyler().getXAxisMax());
    }

    @Test
    void qqAxesAreSquareAndCoverBothQuantilesWithMargin() {
        // data 1..9 against N(5, 1): quantiles within [3.3, 6.7], data wider
        double[] x = {9, 1, 2, 3, 4, 5, 6, 7, 8};
        XYChart c = panel(DistributionPlots.qq(x, Normal.of(5, 1), "v"), 0);
        XYSeries line = c.getSeriesMap().get("y = x");
        assertArrayEquals(new double[] {1, 9}, line.getXData(), 0.0);
        assertArrayEquals(new double[] {1, 9}, line.getYData(), 0.0);
        // 3% margin: [0.76, 9.24] on a 1-2-5 grid of step 1: [0, 10]
        assertEquals(0.0, c.getStyler().getXAxisMin(), 1e-12);
        assertEquals(10.0, c.getStyler().getXAxisMax(), 1e-12);
        assertEquals(c.getStyler().getXAxisMin(), c.getStyler().getYAxisMin());
        assertEquals(c.getStyler().getXAxisMax(), c.getStyler().getYAxisMax());
        // quantiles wider than the data: N(5, 10) against 4..6
        XYChart wide = panel(DistributionPlots.qq(new double[] {4, 5, 6}, Normal.of(5, 10), "v"), 0);
        double[] q = wide.getSeriesMap().get("data").getXData();
        assertEquals(q[0], wide.getSeriesMap().get("y = x").getXData()[0], 0.0);
        assertEquals(q[2], wide.getSeriesMap().get("y = x").getXData()[1], 0.0);
        assertTrue(wide.getStyler().getXAxisMin() < q[0] - 0.03 * (q[2] - q[0]) + 1e-12);
        // one value on its own quantile: a unit range around it, then rounded
        XYChart single = panel(DistributionPlots.qq(new double[] {5}, Normal.of(5, 1), "v"), 0);
        assertTrue(single.getStyler().getXAxisMin() <= 4.5 && single.getStyler().getXAxisMin() > 3.5,
                "min " + single.getStyler().getXAxisMin());
        assertTrue(single.getStyler().getXAxisMax() >= 5.5 && single.getStyler().getXAxisMax() < 6.5,
                "max " + single.getStyler().getXAxisMax());
        assertEquals(List.of("n = 1", "plotting positions: Filliben"), PlotAssertions.textLines(single));
        assertEquals(List.of("n = 3", "plotting positions: (i − 0.5)/n"), PlotAssertions.textLines(panel(
                DistributionPlots.qq(new double[] {4, 5, 6}, Normal.of(5, 10), "v",
                        DistributionPlots.PlottingPositions.HAZEN), 0)));
    }

    @Test
    void normalDivergenceCurvesSpanFourSdsOfBoth() {
        Normal p = Normal.of(0, 1);
        Normal q = Normal.of(3, 2);
        XYChart c = panel(DistributionPlots.divergences(p, q), 0);
        double[] x = c.getSeriesMap().get("P = " + p).getXData();
        // union of [-4, 4] and [-5, 11]
        assertEquals(-5.0, x[0], 0.0);
        assertEquals(11.0, x[x.length - 1], 1e-12);
        double[] y = c.getSeriesMap().get("P = " + p).getYData();
        double top = 0;
        for (double v : y) {
            top = Math.max(top, v);
        }
        assertEquals(1.5 * top, c.getStyler().getYAxisMax(), 1e-15);
        assertTrue(c.getStyler().getXAxisMin() <= -5 && c.getStyler().getXAxisMax() >= 11);
        // the other way round: P is the wider one, union still [-5, 11]
        double[] back = panel(DistributionPlots.divergences(q, p), 0).getSeriesMap().get("P = " + q).getXData();
        assertEquals(-5.0, back[0], 0.0);
        assertEquals(11.0, back[back.length - 1], 1e-12);
    }

    @Test
    void jensenShannonOfNormalsMatchesQuadrature() {
        // scipy.integrate.quad of the JS integrand for N(0, 1) vs N(1, 1) and N(0, 1) vs N(0, 3)
        // (tools/reference/js_normals.py)
        assertEquals(0.1114214822, DistributionPlots.jensenShannon(Normal.of(0, 1), Normal.of(1, 1)), 1e-9);
        assertEquals(0.1864940191, DistributionPlots.jensenShannon(Normal.of(0, 1), Normal.of(0, 3)), 1e-9);
        assertEquals(0.0, DistributionPlots.jensenShannon(Normal.of(2, 1), Normal.of(2, 1)), 1e-15);
        // far apart: ln 2
        assertEquals(Math.log(2), DistributionPlots.jensenShannon(Normal.of(0, 1), Normal.of(100, 1)), 1e-12);
    }

    @Test
    void histogramDivergenceHeightsAreProbabilitiesPerWidth() {
        // bins of width 1 on [0, 4]; a has 1, 2, 0, 1 values, b 0, 1, 1, 2; alpha 0.5: (c + 0.5) / 6
        Histogram a = Histogram.create(new double[] {0, 1, 2, 3, 4}).addAll(new double[] {0.5, 1.5, 1.2, 3.5});
        Histogram b = Histogram.create(new double[] {0, 1, 2, 3, 4}).addAll(new double[] {1.5, 2.5, 3.5, 3.7});
        XYChart c = panel(DistributionPlots.divergences(a, b, "a", "b", 0.5), 0);
        assertArrayEquals(new double[] {1.5 / 6, 2.5 / 6, 0.5 / 6, 1.5 / 6},
                Histograms.heights(c.getSeriesMap().get("a")), 1e-15);
        assertArrayEquals(new double[] {0.5 / 6, 1.5 / 6, 1.5 / 6, 2.5 / 6},
                Histograms.heights(c.getSeriesMap().get("b")), 1e-15);
        assertEquals(1.5 * 2.5 / 6, c.getStyler().getYAxisMax(), 1e-15);
        // bins of width 2: heights are halved
        Histogram wa = Histogram.create(new double[] {0, 2, 4}).addAll(new double[] {1, 3, 3});
        Histogram wb = Histogram.create(new double[] {0, 2, 4}).addAll(new double[] {1, 1, 3});
        XYChart w = panel(DistributionPlots.divergences(wa, wb, "a", "b", 0), 0);
        assertArrayEquals(new double[] {1.0 / 6, 2.0 / 6}, Histograms.heights(w.getSeriesMap().get("a")), 1e-15);
        assertEquals(0.0, w.getStyler().getXAxisMin(), 1e-12);
        assertTrue(w.getStyler().getXAxisMax() >= 4);
        assertFalse(PlotAssertions.textLines(w).isEmpty());
    }
}
