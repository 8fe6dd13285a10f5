package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.internal.Format;
import dev.statlearn.plot.DistributionPlots.PlottingPositions;
import dev.statlearn.plot.internal.Histograms;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.divergence.Divergences;
import dev.statlearn.stats.divergence.Histogram;
import dev.statlearn.stats.mle.Fit;
import dev.statlearn.stats.mle.Mle;
import dev.statlearn.stats.mle.Ranking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class DistributionPlotsTest {

    private static double[] feature(Dataset d, String name) {
        return d.column(d.featureNames().indexOf(name));
    }

    private static double[] featureOfClass(Dataset d, String name, int label) {
        double[] x = feature(d, name);
        int[] y = d.labels();
        return java.util.stream.IntStream.range(0, x.length).filter(i -> y[i] == label).mapToDouble(i -> x[i])
                .toArray();
    }

    @Test
    void continuousDensitiesAndCdfsAreTheDistributions() {
        List<ContinuousDistribution> ds = List.of(Normal.of(0, 1), Gamma.of(2, 1), Beta.of(2, 5));
        Figure f = DistributionPlots.continuous(ds);
        assertEquals(2, f.panelCount());
        XYChart pdf = (XYChart) f.panel(0);
        XYChart cdf = (XYChart) f.panel(1);
        assertEquals(List.of("Normal(mean=0, sd=1)", "Gamma(shape=2, rate=1)", "Beta(alpha=2, beta=5)"),
                new ArrayList<>(pdf.getSeriesMap().keySet()));
        // default range: smallest 0.001-quantile to largest 0.999-quantile
        XYSeries n = pdf.getSeriesMap().get("Normal(mean=0, sd=1)");
        double[] x = n.getXData();
        assertEquals(Normal.of(0, 1).inverseCdf(0.001), x[0], 1e-12);
        assertEquals(Gamma.of(2, 1).inverseCdf(0.999), x[x.length - 1], 1e-12);
        for (int j = 0; j < ds.size(); j++) {
            String name = new ArrayList<>(pdf.getSeriesMap().keySet()).get(j);
            double[] px = pdf.getSeriesMap().get(name).getXData();
            double[] py = pdf.getSeriesMap().get(name).getYData();
            double[] cy = cdf.getSeriesMap().get(name).getYData();
            for (int i = 0; i < px.length; i += 37) {
                assertEquals(ds.get(j).density(px[i]), py[i], 0.0);
                assertEquals(ds.get(j).cdf(px[i]), cy[i], 0.0);
            }
        }
        PlotAssertions.render(f, "dist-continuous", DistributionPlots.PAIR_WIDTH, DistributionPlots.PAIR_HEIGHT);
        PlotAssertions.render(DistributionPlots.continuous(List.of(Gamma.of(3, 2))), "dist-continuous-one",
                DistributionPlots.PAIR_WIDTH, DistributionPlots.PAIR_HEIGHT);
    }

    @Test
    void discretePmfsAreMarkersAndCdfsAreSteps() {
        Figure f = DistributionPlots.discrete(List.of(Poisson.of(4), Binomial.of(10, 0.3)));
        XYChart pmf = (XYChart) f.panel(0);
        XYChart cdf = (XYChart) f.panel(1);
        XYSeries pois = pmf.getSeriesMap().get("Poisson(rate=4)");
        XYSeries steps = cdf.getSeriesMap().get("Poisson(rate=4)");
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, pois.getXYSeriesRenderStyle());
        assertEquals(XYSeries.XYSeriesRenderStyle.Step, steps.getXYSeriesRenderStyle());
        assertFalse(pmf.getSeriesMap().get("Poisson(rate=4) stems").isShowInLegend());
        double[] k = steps.getXData();
        assertEquals(0, k[0]);
        assertEquals(Math.max(Poisson.of(4).inverseCdf(0.999), Binomial.of(10, 0.3).inverseCdf(0.999)),
                k[k.length - 1]);
        for (int i = 0; i < k.length; i++) {
            assertEquals(Poisson.of(4).pmf((int) k[i]), pois.getYData()[i], 0.0);
            assertEquals(Poisson.of(4).cdf((int) k[i]), steps.getYData()[i], 0.0);
        }
        PlotAssertions.render(f, "dist-discrete", DistributionPlots.PAIR_WIDTH, DistributionPlots.PAIR_HEIGHT);
    }

    @Test
    void densityPlotsRejectBadInput() {
        assertThrows(IllegalArgumentException.class, () -> DistributionPlots.continuous(List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.continuous(List.of(Normal.standard()), 1, 1));
        assertTrue(e.getMessage().contains("hi must be > lo"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.continuous(List.of(Normal.standard()), Double.NaN, 1));
        assertTrue(e.getMessage().startsWith("lo must be finite"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.discrete(List.of(Poisson.of(1)), 0, 20_000));
        assertTrue(e.getMessage().contains("at most 10000 integers"), e.getMessage());
        List<Normal> withNull = Arrays.asList(Normal.standard(), null);
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> DistributionPlots.continuous(withNull));
        assertEquals("distributions[1]", npe.getMessage());
    }

    @Test
    void fitsOverlayTheRankedDensitiesOnTheHistogram() {
        Dataset wine = Datasets.wine();
        double[] proline = feature(wine, "proline");
        Ranking ranking = Mle.best(proline);
        Figure f = DistributionPlots.fits(proline, ranking, "wine: proline");
        XYChart c = (XYChart) f.panel(0);
        List<String> names = new ArrayList<>(c.getSeriesMap().keySet());
        assertEquals("data (n = 178)", names.get(0));
        assertEquals(ranking.fits().size() + 1, names.size());
        for (int j = 0; j < ranking.fits().size(); j++) {
            Fit<? extends ContinuousDistribution> fit = ranking.fits().get(j);
            String name = names.get(j + 1);
            assertTrue(name.startsWith((j + 1) + ". "), name);
            assertTrue(name.endsWith("AIC " + Format.sig(fit.aic(), 5)), name);
            XYSeries s = c.getSeriesMap().get(name);
            int mid = s.getXData().length / 2;
            assertEquals(fit.distribution().density(s.getXData()[mid]), s.getYData()[mid], 0.0);
        }
        // AIC order is the ranking's order
        for (int j = 1; j < ranking.fits().size(); j++) {
            assertTrue(ranking.fits().get(j - 1).aic() <= ranking.fits().get(j).aic());
        }
        // the histogram is density-scaled
        XYSeries hist = c.getSeriesMap().get("data (n = 178)");
        double area = 0;
        double[] edges = Histograms.edges(hist);
        double[] heights = Histograms.heights(hist);
        for (int i = 0; i < heights.length; i++) {
            area += heights[i] * (edges[i + 1] - edges[i]);
        }
        assertEquals(1.0, area, 1e-12);
        PlotAssertions.render(f, "dist-fits-proline", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        Figure g = DistributionPlots.fits(Datasets.iris(), "petal length (cm)");
        PlotAssertions.render(g, "dist-fits-iris", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
    }

    @Test
    void sameInputSamePictureAndInputsUntouched() {
        double[] radius = feature(Datasets.breastCancer(), "mean radius");
        double[] copy = radius.clone();
        Ranking ranking = Mle.best(radius);
        byte[] a = DistributionPlots.fits(radius, ranking, "mean radius").toPng();
        byte[] b = DistributionPlots.fits(radius, ranking, "mean radius").toPng();
        assertArrayEquals(a, b);
        DistributionPlots.qq(radius, ranking.best().distribution(), "mean radius");
        assertArrayEquals(copy, radius, 0.0);
        String svg = DistributionPlots.divergences(Normal.of(0, 1), Normal.of(1, 1)).toSvg();
        assertTrue(svg.contains("Hellinger"), "the text box is in the SVG");
    }

    @Test
    void fitsRejectBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.fits(Datasets.iris(), "petal area"));
        assertTrue(e.getMessage().contains("petal area"), e.getMessage());
        Ranking r = Mle.best(new double[] {1, 2, 3});
        e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.fits(new double[] {1, Double.NaN}, r, "x"));
        assertEquals("x[1] must be finite, was NaN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DistributionPlots.fits(new double[] {1}, r, "x"));
        assertThrows(NullPointerException.class, () -> DistributionPlots.fits(new double[] {1, 2}, null, "x"));
    }

    @Test
    void qqPlotsSortedDataAgainstQuantiles() {
        Dataset bc = Datasets.breastCancer();
        double[] radius = feature(bc, "mean radius");
        Fit<Normal> fit = Mle.normal(radius);
        Figure f = DistributionPlots.qq(radius, fit.distribution(), "breast cancer: mean radius");
        XYChart c = (XYChart) f.panel(0);
        XYSeries s = c.getSeriesMap().get("data");
        double[] sorted = radius.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, s.getYData(), 0.0);
        double[] p = PlottingPositions.FILLIBEN.positions(radius.length);
        for (int i = 0; i < p.length; i += 50) {
            assertEquals(fit.distribution().inverseCdf(p[i]), s.getXData()[i], 0.0);
        }
        assertEquals(Math.pow(0.5, 1.0 / radius.length), p[p.length - 1], 0.0);
        assertEquals((2 - 0.3175) / (radius.length + 0.365), p[1], 1e-15);
        XYSeries ref = c.getSeriesMap().get("y = x");
        assertArrayEquals(ref.getXData(), ref.getYData(), 0.0);
        PlotAssertions.render(f, "dist-qq-radius", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        double[] hazen = ((XYChart) DistributionPlots.qq(radius, fit.distribution(), "r", PlottingPositions.HAZEN)
                .panel(0)).getSeriesMap().get("data").getXData();
        assertEquals(fit.distribution().inverseCdf(0.5 / radius.length), hazen[0], 0.0);
    }

    @Test
    void plottingPositionsAreIncreasingAndSymmetric() {
        qt().withExamples(200).forAll(integers().between(1, 2000)).checkAssert(n -> {
            for (PlottingPositions kind : PlottingPositions.values()) {
                double[] p = kind.positions(n);
                for (int i = 0; i < n; i++) {
                    assertTrue(p[i] > 0 && p[i] < 1);
                    assertEquals(1.0, p[i] + p[n - 1 - i], 1e-12);
                    if (i > 0) {
                        assertTrue(p[i] > p[i - 1]);
                    }
                }
            }
        });
    }

    @Test
    void qqRejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.qq(new double[0], Normal.standard(), "x"));
        assertEquals("x must not be empty", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.qq(new double[] {Double.POSITIVE_INFINITY}, Normal.standard(), "x"));
        assertTrue(e.getMessage().startsWith("x[0] must be finite"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlottingPositions.HAZEN.positions(0));
    }

    @Test
    void histogramDivergencesAreTheLibrarysOnSharedBins() {
        Dataset bc = Datasets.breastCancer();
        double[] malignant = featureOfClass(bc, "mean radius", 0);
        double[] benign = featureOfClass(bc, "mean radius", 1);
        Figure f = DistributionPlots.divergences(malignant, benign, "malignant", "benign", 25, 0.5);
        XYChart c = (XYChart) f.panel(0);
        Histogram shared = Histogram.spanning(25, malignant, benign);
        double[] p = shared.emptyCopy().addAll(malignant).probabilities(0.5);
        double[] q = shared.emptyCopy().addAll(benign).probabilities(0.5);
        XYSeries sp = c.getSeriesMap().get("malignant");
        double[] e = Histograms.edges(sp);
        assertArrayEquals(shared.edges(), e, 0.0);
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i] / (e[i + 1] - e[i]), Histograms.heights(sp)[i], 1e-12);
        }
        List<String> box = PlotAssertions.textLines(c);
        assertEquals("KL(P‖Q) = " + Format.sig(Divergences.kl(p, q), 4) + " nats", box.get(1));
        assertEquals("KL(Q‖P) = " + Format.sig(Divergences.kl(q, p), 4) + " nats", box.get(2));
        assertEquals("JS = " + Format.sig(Divergences.jensenShannon(p, q), 4) + " nats", box.get(3));
        assertEquals("TV = " + Format.sig(Divergences.totalVariation(p, q), 4), box.get(4));
        assertEquals("Hellinger = " + Format.sig(Divergences.hellinger(p, q), 4), box.get(5));
        PlotAssertions.render(f, "dist-divergence-radius", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);

        // without smoothing, disjoint setosa and virginica petal lengths: KL infinite, TV and Hellinger 1
        Dataset iris = Datasets.iris();
        Figure g = DistributionPlots.divergences(featureOfClass(iris, "petal length (cm)", 0),
                featureOfClass(iris, "petal length (cm)", 2), "setosa", "virginica", 20, 0);
        List<String> disjoint = PlotAssertions.textLines(g.panel(0));
        assertEquals("KL(P‖Q) = ∞ nats", disjoint.get(1));
        assertEquals("TV = 1", disjoint.get(4));
        assertEquals("JS = " + Format.sig(Math.log(2), 4) + " nats", disjoint.get(3));
    }

    @Test
    void histogramDivergencesRejectBadInput() {
        Histogram a = Histogram.uniform(0, 1, 10).add(0.5);
        Histogram b = Histogram.uniform(0, 2, 10).add(0.5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.divergences(a, b, "a", "b", 0));
        assertTrue(e.getMessage().contains("same bin edges"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.divergences(a, a.copy(), "a", "b", -1));
        assertTrue(e.getMessage().startsWith("alpha"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.divergences(new double[0], new double[] {1}, "a", "b", 5, 0.5));
        assertEquals("a must not be empty", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DistributionPlots.divergences(new double[] {1, Double.NaN}, new double[] {1}, "a", "b", 5, 0.5));
    }

    @Test
    void normalDivergencesUseClosedForms() {
        Normal p = Normal.of(0, 1);
        Normal q = Normal.of(1, 2);
        Figure f = DistributionPlots.divergences(p, q);
        XYChart c = (XYChart) f.panel(0);
        Map<String, XYSeries> m = c.getSeriesMap();
        XYSeries sp = m.get("P = Normal(mean=0, sd=1)");
        assertEquals(p.density(sp.getXData()[100]), sp.getYData()[100], 0.0);
        assertTrue(m.containsKey("Q = Normal(mean=1, sd=2)"));
        // KL(N(0,1) || N(1,4)) = ln 2 + (1 + 1)/8 - 1/2
        double kl = Math.log(2) + 2.0 / 8 - 0.5;
        List<String> box = PlotAssertions.textLines(c);
        assertEquals("KL(P‖Q) = " + Format.sig(kl, 4) + " nats (closed form)", box.get(0));
        PlotAssertions.render(f, "dist-divergence-normals", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
    }

    @Test
    void simpsonJensenShannonIsAccurate() {
        // equal normals: 0; far apart: ln 2; symmetric in its arguments
        assertEquals(0.0, DistributionPlots.jensenShannon(Normal.of(3, 2), Normal.of(3, 2)), 1e-15);
        assertEquals(Math.log(2), DistributionPlots.jensenShannon(Normal.of(0, 1), Normal.of(100, 1)), 1e-9);
        qt().withExamples(50).forAll(doubles().between(-3, 3), doubles().between(0.2, 5)).checkAssert((mu, sd) -> {
            Normal a = Normal.of(0, 1);
            Normal b = Normal.of(mu, sd);
            double js = DistributionPlots.jensenShannon(a, b);
            assertEquals(js, DistributionPlots.jensenShannon(b, a), 1e-12);
            // JS <= TV ln 2 ... and JS >= 0; and JS <= min(KL)/2 bound: JS <= (KL(a||b) + KL(b||a)) / 4
            assertTrue(js >= 0 && js <= Math.log(2));
            assertTrue(js <= (Divergences.kl(a, b) + Divergences.kl(b, a)) / 4 + 1e-9);
        });
    }
}
