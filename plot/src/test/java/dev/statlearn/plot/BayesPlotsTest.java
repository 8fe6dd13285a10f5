package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.statlearn.core.Interval;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.internal.Format;
import dev.statlearn.stats.bayes.BetaBernoulli;
import dev.statlearn.stats.bayes.BinaryTest;
import dev.statlearn.stats.bayes.GridPosterior;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Normal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class BayesPlotsTest {

    /** Malignant (label 0) or not for the first 40 tumours of the breast-cancer data. */
    private static int[] malignantFirst40() {
        int[] y = Datasets.breastCancer().labels();
        return IntStream.range(0, 40).map(i -> y[i] == 0 ? 1 : 0).toArray();
    }

    private static XYSeries startingWith(XYChart c, String prefix) {
        return c.getSeriesMap().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(prefix));
    }

    @Test
    void betaBernoulliCurvesAreThePriorLikelihoodAndPosterior() {
        int[] outcomes = malignantFirst40();
        int s = Arrays.stream(outcomes).sum();
        BetaBernoulli model = BetaBernoulli.prior(2, 2).update(outcomes);
        Figure f = BayesPlots.betaBernoulli(model, 0.95);
        XYChart c = (XYChart) f.panel(0);
        XYSeries prior = c.getSeriesMap().get("prior Beta(alpha=2, beta=2)");
        XYSeries post = startingWith(c, "posterior Beta");
        XYSeries lik = c.getSeriesMap().get("likelihood (" + s + " successes, " + (40 - s) + " failures, scaled)");
        double[] x = post.getXData();
        for (int i = 1; i < x.length - 1; i += 25) {
            assertEquals(Beta.of(2, 2).density(x[i]), prior.getYData()[i], 1e-12);
            assertEquals(model.posterior().density(x[i]), post.getYData()[i], 1e-12);
            assertEquals(Beta.of(s + 1, 40 - s + 1).density(x[i]), lik.getYData()[i], 1e-12);
            // posterior ∝ prior × likelihood
        }
        int a = 150;
        int b = 300;
        double ratio = post.getYData()[a] / (prior.getYData()[a] * lik.getYData()[a]);
        assertEquals(ratio, post.getYData()[b] / (prior.getYData()[b] * lik.getYData()[b]), 1e-9 * ratio);
        Interval hdi = model.highestDensityInterval(0.95);
        XYSeries shade = startingWith(c, "95% HDI");
        assertEquals(hdi.lower(), shade.getXData()[0], 0.0);
        assertEquals(hdi.upper(), shade.getXData()[shade.getXData().length - 1], 0.0);
        assertTrue(PlotAssertions.textLines(c).contains("posterior mean = " + Format.sig(model.posteriorMean(), 4)));
        PlotAssertions.render(f, "bayes-beta-bernoulli", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        // Jeffreys prior: infinite at 0 and 1, those points are left out
        Figure j = BayesPlots.betaBernoulli(BetaBernoulli.prior(0.5, 0.5).update(1, 0, 1, 1), 0.9);
        double[] jy = ((XYChart) j.panel(0)).getSeriesMap().get("prior Beta(alpha=0.5, beta=0.5)").getYData();
        assertTrue(Double.isNaN(jy[0]) && Double.isNaN(jy[jy.length - 1]));
        PlotAssertions.render(j, "bayes-beta-bernoulli-jeffreys", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
    }

    @Test
    void betaBernoulliRejectsBadInput() {
        BetaBernoulli m = BetaBernoulli.prior(1, 1).update(1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BayesPlots.betaBernoulli(m, 1));
        assertTrue(e.getMessage().startsWith("level"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BayesPlots.betaBernoulli(m, Double.NaN));
        assertThrows(NullPointerException.class, () -> BayesPlots.betaBernoulli(null, 0.9));
        assertThrows(IllegalStateException.class,
                () -> BayesPlots.betaBernoulli(BetaBernoulli.prior(0.5, 0.5), 0.9));
    }

    @Test
    void gridCurvesComeFromTheGridPosteriors() {
        Dataset iris = Datasets.iris();
        double[] petal = iris.column(iris.featureNames().indexOf("petal length (cm)"));
        int[] y = iris.labels();
        double[] setosa = IntStream.range(0, petal.length).filter(i -> y[i] == 0).mapToDouble(i -> petal[i]).toArray();
        double sigma = 0.17;
        Normal priorDensity = Normal.of(1.6, 0.1);
        GridPosterior prior = GridPosterior.of(1.0, 2.0, 401, priorDensity::density);
        GridPosterior posterior = prior.update(mu -> {
            double ll = 0;
            for (double v : setosa) {
                ll += -0.5 * (v - mu) * (v - mu) / (sigma * sigma);
            }
            return ll;
        });
        Figure f = BayesPlots.grid(prior, posterior, "μ, mean setosa petal length (cm)", 0.95);
        XYChart c = (XYChart) f.panel(0);
        assertArrayEquals(prior.densities(), c.getSeriesMap().get("prior").getYData(), 0.0);
        assertArrayEquals(posterior.densities(), c.getSeriesMap().get("posterior").getYData(), 0.0);
        assertArrayEquals(posterior.grid(), c.getSeriesMap().get("posterior").getXData(), 0.0);
        double[] lik = c.getSeriesMap().get("likelihood (scaled)").getYData();
        double area = Arrays.stream(lik).sum() * (1.0 / 400);
        assertEquals(1.0, area, 1e-9);
        // the scaled likelihood is the normal likelihood of the mean: N(xbar, sigma^2/n)
        double xbar = Arrays.stream(setosa).average().orElseThrow();
        int mid = (int) Math.round((xbar - 1.0) * 400);
        double grid = 1.0 + mid / 400.0;
        assertEquals(Normal.of(xbar, sigma / Math.sqrt(setosa.length)).density(grid), lik[mid], 0.01 * lik[mid]);
        // shaded region: the 95% highest-mass points, one interval here
        XYSeries shade = startingWith(c, "95% HDI [");
        double[] mass = posterior.probabilities();
        double inside = 0;
        for (int i = 0; i < mass.length; i++) {
            if (shade.getYData()[i] > 0) {
                inside += mass[i];
            }
        }
        assertTrue(inside >= 0.95 && inside < 0.95 + 0.02, "mass in region " + inside);
        PlotAssertions.render(f, "bayes-grid", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
    }

    @Test
    void highestMassRegionIsTheSmallestSetHoldingTheLevel() {
        qt().withExamples(100).forAll(integers().between(2, 60), doubles().between(0.05, 0.99))
                .checkAssert((n, level) -> {
            double[] w = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = 1 + Math.sin(7.3 * i * n) * Math.sin(7.3 * i * n);
                sum += w[i];
            }
            for (int i = 0; i < n; i++) {
                w[i] /= sum;
            }
            boolean[] in = BayesPlots.highestMassRegion(w, level);
            double held = 0;
            double minIn = Double.POSITIVE_INFINITY;
            double maxOut = 0;
            for (int i = 0; i < n; i++) {
                if (in[i]) {
                    held += w[i];
                    minIn = Math.min(minIn, w[i]);
                } else {
                    maxOut = Math.max(maxOut, w[i]);
                }
            }
            assertTrue(held >= level * (1 - 1e-12));
            assertTrue(minIn >= maxOut);
            // dropping the smallest point would fall below the level
            assertTrue(held - minIn < level);
        });
    }

    @Test
    void bimodalGridPosteriorNamesItsPieces() {
        GridPosterior prior = GridPosterior.uniform(-5, 5, 201);
        GridPosterior post = prior.update(
                t -> Math.log(Math.exp(-8 * (t - 2) * (t - 2)) + Math.exp(-8 * (t + 2) * (t + 2))));
        XYChart c = (XYChart) BayesPlots.grid(prior, post, "θ", 0.9).panel(0);
        assertTrue(c.getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("90% HPD region (2 pieces")),
                c.getSeriesMap().keySet().toString());
    }

    @Test
    void gridRejectsBadInput() {
        GridPosterior a = GridPosterior.uniform(0, 1, 11);
        GridPosterior b = GridPosterior.uniform(0, 1, 21);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BayesPlots.grid(a, b, "θ", 0.9));
        assertTrue(e.getMessage().contains("share one grid"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BayesPlots.grid(a, a, "θ", 0));
        assertThrows(NullPointerException.class, () -> BayesPlots.grid(a, null, "θ", 0.9));
    }

    @Test
    void diagnosticTestBarsAreThePosteriorPath() {
        BinaryTest accurate = BinaryTest.of(0.99, 0.01);
        BinaryTest loose = BinaryTest.of(0.99, 0.10);
        Figure f = BayesPlots.diagnosticTests(List.of(accurate, loose), 0.10, true, true, false);
        CategoryChart c = (CategoryChart) f.panel(0);
        CategorySeries s1 = c.getSeriesMap().get("sensitivity 0.99, FPR 0.01");
        CategorySeries s2 = c.getSeriesMap().get("sensitivity 0.99, FPR 0.1");
        assertEquals(List.of("prior", "1: +", "2: +", "3: −"), new ArrayList<>(s1.getXData()));
        List<Double> y1 = new ArrayList<>();
        s1.getYData().forEach(v -> y1.add(v.doubleValue()));
        List<Double> y2 = new ArrayList<>();
        s2.getYData().forEach(v -> y2.add(v.doubleValue()));
        assertEquals(0.10, y1.get(0), 0.0);
        assertEquals(0.9167, y1.get(1), 5e-5);
        assertEquals(0.5238, y2.get(1), 5e-5);
        assertEquals(0.9159, y2.get(2), 5e-5);
        double[] path = loose.posteriors(0.10, true, true, false);
        for (int i = 0; i < path.length; i++) {
            assertEquals(path[i], y2.get(i), 0.0);
        }
        assertTrue(c.getStyler().isLabelsVisible());
        PlotAssertions.render(f, "bayes-diagnostic", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        PlotAssertions.render(BayesPlots.diagnosticTest(accurate, 0.10, true), "bayes-diagnostic-one",
                Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
    }

    @Test
    void diagnosticTestRejectsBadInput() {
        BinaryTest t = BinaryTest.of(0.99, 0.01);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BayesPlots.diagnosticTest(t, 0.1));
        assertEquals("results must not be empty", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BayesPlots.diagnosticTest(t, 1.5, true));
        assertTrue(e.getMessage().startsWith("prior"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BayesPlots.diagnosticTests(List.of(t, t), 0.1, true));
        assertTrue(e.getMessage().contains("distinct"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BayesPlots.diagnosticTests(List.of(), 0.1, true));
        assertThrows(NullPointerException.class, () -> BayesPlots.diagnosticTest(t, 0.1, (boolean[]) null));
        assertFalse(BayesPlots.diagnosticTest(t, 0.1, false).panelCount() != 1);
    }
}
