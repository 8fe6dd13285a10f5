package dev.statlearn.plot;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.core.internal.Format;
import dev.statlearn.plot.internal.Charts;
import dev.statlearn.plot.internal.TextBox;
import dev.statlearn.stats.bayes.BetaBernoulli;
import dev.statlearn.stats.bayes.BinaryTest;
import dev.statlearn.stats.bayes.GridPosterior;
import dev.statlearn.stats.distribution.Beta;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures of Bayesian updating ({@code dev.statlearn.stats.bayes}).
 *
 * <ul>
 *   <li>{@link #betaBernoulli(BetaBernoulli, double)} and
 *       {@link #grid(GridPosterior, GridPosterior, String, double)}: prior, likelihood and posterior
 *       densities of one parameter on one axis, with the highest-density region of the posterior
 *       shaded. The likelihood \( L(\theta) \) is scaled to unit area,
 *       \( L(\theta) / \int L \), so that it is comparable with the densities: the posterior is
 *       then proportional to the product of the two other curves.</li>
 *   <li>{@link #diagnosticTest(BinaryTest, double, boolean...)} and
 *       {@link #diagnosticTests(List, double, boolean...)}: the probability of the condition
 *       before and after each result of a sequence of test results, as labelled bars; for
 *       prevalence 0.10, sensitivity 0.99 and false-positive rate 0.01 one positive gives 0.9167,
 *       with false-positive rate 0.10 it gives 0.5238, and a second positive 0.9159.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class BayesPlots {

    private static final int CURVE_POINTS = 501;
    private static final int HDI_POINTS = 200;

    private BayesPlots() {
    }

    // ------------------------------------------------------------------ Beta-Bernoulli

    /**
     * Prior, likelihood and posterior of a Beta–Bernoulli update, with the posterior's
     * highest-density interval ({@link BetaBernoulli#highestDensityInterval(double)}) shaded.
     * With prior \( \mathrm{Beta}(\alpha_0, \beta_0) \) and posterior \( \mathrm{Beta}(\alpha,
     * \beta) \), the data are \( s = \alpha - \alpha_0 \) successes and \( f = \beta - \beta_0 \)
     * failures and the likelihood scaled to unit area is the \( \mathrm{Beta}(s + 1, f + 1) \)
     * density. Series, each at 501 equally spaced \( \theta \in [0, 1] \) (an infinite density at
     * 0 or 1 is left out): {@code "prior Beta(…)"}, {@code "likelihood (s successes, f failures,
     * scaled)"}, {@code "posterior Beta(…)"}, and the shaded {@code "95% HDI [a, b]"} (posterior
     * density at 200 points of the interval).
     *
     * @param model a model after its updates
     * @param level credibility of the interval, in (0, 1), e.g. 0.95
     * @return the figure
     * @throws NullPointerException     if {@code model} is null
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     * @throws IllegalStateException    if the posterior is U-shaped (no highest-density interval)
     */
    public static Figure betaBernoulli(BetaBernoulli model, double level) {
        Checks.notNull(model, "model");
        Checks.inOpenRange(level, 0, 1, "level");
        Beta prior = model.prior();
        Beta posterior = model.posterior();
        double s = model.alpha() - prior.alpha();
        double f = model.beta() - prior.beta();
        Beta likelihood = Beta.of(s + 1, f + 1);
        Interval hdi = model.highestDensityInterval(level);
        double[] x = Charts.linspace(0, 1, CURVE_POINTS);
        double[] yPrior = densities(prior, x);
        double[] yLik = densities(likelihood, x);
        double[] yPost = densities(posterior, x);
        String data = counted(s, "success", "successes") + ", " + counted(f, "failure", "failures");
        XYChart chart = Charts.xy("Beta–Bernoulli update: " + data,
                "θ (success probability)", "density", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        String hdiName = levelText(level) + " HDI [" + Format.sig(hdi.lower(), 3) + ", " + Format.sig(hdi.upper(), 3)
                + "]";
        double[] hx = Charts.linspace(hdi.lower(), hdi.upper(), HDI_POINTS);
        addShade(chart, hdiName, hx, densities(posterior, hx));
        prior(chart, "prior " + prior, x, yPrior);
        Charts.line(chart, "likelihood (" + data + ", scaled)", x, yLik, Charts.PALETTE[1])
                .setLineStyle(Charts.THIN);
        Charts.line(chart, "posterior " + posterior, x, yPost, Charts.PALETTE[0]);
        finishDensityAxes(chart, yPost, yLik, yPrior);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(1.0);
        List<String> lines = new ArrayList<>();
        lines.add("posterior mean = " + Format.sig(model.posteriorMean(), 4));
        lines.add(hdiName);
        chart.addAnnotation(new TextBox(lines, TextBox.Corner.NORTH_WEST));
        return Figure.of("Beta–Bernoulli update", chart);
    }

    // ------------------------------------------------------------------ grid posterior

    /**
     * Prior, likelihood and posterior of a grid approximation, with the posterior's
     * highest-posterior-density region shaded. {@code prior} is the grid before the update(s) and
     * {@code posterior} after; they must share the grid. Series, all at the grid points:
     * {@code "prior"} and {@code "posterior"} are {@link GridPosterior#densities()} (mass divided
     * by the spacing); {@code "likelihood (scaled)"} is the ratio of posterior to prior mass,
     * scaled to unit area on the grid (NaN, not drawn, where the prior mass is 0); the shaded
     * series is the posterior density on the region and 0 elsewhere; a dashed line marks the posterior
     * mean. The region is the smallest
     * set of grid points holding at least {@code level} of the mass (points taken by decreasing
     * mass); its name gives its ends, or the number of separate pieces when it is not one
     * interval (a multimodal posterior).
     *
     * @param prior     the grid posterior before the data (e.g. {@link GridPosterior#uniform})
     * @param posterior the grid posterior after the data, on the same grid
     * @param parameter the parameter's name (x-axis title), e.g. {@code "μ (cm)"}
     * @param level     credibility of the region, in (0, 1)
     * @return the figure
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the grids differ or {@code level} is not in (0, 1)
     */
    public static Figure grid(GridPosterior prior, GridPosterior posterior, String parameter, double level) {
        Checks.notNull(prior, "prior");
        Checks.notNull(posterior, "posterior");
        Checks.notNull(parameter, "parameter");
        Checks.inOpenRange(level, 0, 1, "level");
        double[] x = posterior.grid();
        double[] px = prior.grid();
        if (!Arrays.equals(x, px)) {
            throw new IllegalArgumentException("prior and posterior must share one grid, had " + px.length
                    + " points on [" + px[0] + ", " + px[px.length - 1] + "] and " + x.length + " points on ["
                    + x[0] + ", " + x[x.length - 1] + "]");
        }
        double step = (x[x.length - 1] - x[0]) / (x.length - 1);
        double[] priorMass = prior.probabilities();
        double[] postMass = posterior.probabilities();
        double[] yPrior = prior.densities();
        double[] yPost = posterior.densities();
        double[] yLik = new double[x.length];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            yLik[i] = priorMass[i] > 0 ? postMass[i] / priorMass[i] : Double.NaN;
            if (priorMass[i] > 0) {
                total += yLik[i];
            }
        }
        for (int i = 0; i < x.length; i++) {
            yLik[i] /= total * step;
        }
        boolean[] region = highestMassRegion(postMass, level);
        double[] shade = new double[x.length];
        int pieces = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < x.length; i++) {
            shade[i] = region[i] ? yPost[i] : 0;
            if (region[i]) {
                if (i == 0 || !region[i - 1]) {
                    pieces++;
                }
                first = first < 0 ? i : first;
                last = i;
            }
        }
        String regionName = pieces == 1
                ? levelText(level) + " HDI [" + Format.sig(x[first], 4) + ", " + Format.sig(x[last], 4) + "]"
                : levelText(level) + " HPD region (" + pieces + " pieces in [" + Format.sig(x[first], 4) + ", "
                        + Format.sig(x[last], 4) + "])";
        XYChart chart = Charts.xy("Grid posterior: prior × likelihood → posterior (" + x.length + " points)",
                parameter, "density", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        addShade(chart, regionName, x, shade);
        prior(chart, "prior", x, yPrior);
        Charts.line(chart, "likelihood (scaled)", x, yLik, Charts.PALETTE[1])
                .setLineStyle(Charts.THIN);
        Charts.line(chart, "posterior", x, yPost, Charts.PALETTE[0]);
        finishDensityAxes(chart, yPost, yLik, yPrior);
        Charts.vertical(chart, "posterior mean", posterior.mean(), 0, Charts.finiteMax(yPost))
                .setLineColor(Charts.PALETTE[0]);
        Charts.roundXAxis(chart, x[0], x[x.length - 1]);
        List<String> lines = new ArrayList<>();
        lines.add("posterior mean = " + Format.sig(posterior.mean(), 4) + ", sd = "
                + Format.sig(Math.sqrt(posterior.variance()), 3));
        lines.add("MAP = " + Format.sig(posterior.map(), 4));
        lines.add(regionName);
        chart.addAnnotation(new TextBox(lines, TextBox.Corner.NORTH_WEST));
        return Figure.of("Grid posterior", chart);
    }

    /**
     * The smallest set of grid points whose masses sum to at least {@code level}: points are taken
     * in order of decreasing mass (ties by position). Package-private for tests.
     */
    static boolean[] highestMassRegion(double[] mass, double level) {
        Integer[] order = IntStream.range(0, mass.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -mass[i]).thenComparingInt(i -> i));
        boolean[] in = new boolean[mass.length];
        double sum = 0;
        for (int i : order) {
            in[i] = true;
            sum += mass[i];
            if (sum >= level * (1 - 1e-12)) {
                break;
            }
        }
        return in;
    }

    // ------------------------------------------------------------------ diagnostic test

    /**
     * The probability of the condition before and after each result of a sequence, for one test;
     * see {@link #diagnosticTests(List, double, boolean...)}.
     *
     * @param test    the test
     * @param prior   the prevalence \( \pi \in [0, 1] \)
     * @param results the results in order ({@code true} = positive), at least one; not modified
     * @return the figure
     * @throws NullPointerException     if {@code test} or {@code results} is null
     * @throws IllegalArgumentException as {@link #diagnosticTests(List, double, boolean...)}
     */
    public static Figure diagnosticTest(BinaryTest test, double prior, boolean... results) {
        Checks.notNull(test, "test");
        return diagnosticTests(List.of(test), prior, results);
    }

    /**
     * The probability of the condition before and after each result of a sequence
     * ({@link BinaryTest#posteriors(double, boolean...)}), for one or several tests side by side:
     * a bar chart with categories {@code "prior"}, {@code "1: +"}, {@code "2: −"}, … (result
     * \( i \) and its sign), one series per test named {@code "sensitivity s, FPR f"} whose y
     * values are the path of posteriors, each bar labelled with its value (up to 4 decimals). By
     * Bayes' rule, with sensitivity \( s \) and false-positive rate \( f \), a positive result
     * takes \( \pi \) to \( s\pi / (s\pi + f(1 - \pi)) \) and a negative one to
     * \( (1 - s)\pi / ((1 - s)\pi + (1 - f)(1 - \pi)) \); each posterior is the next result's
     * prior.
     *
     * @param tests   one or more tests, distinct
     * @param prior   the prevalence \( \pi \in [0, 1] \)
     * @param results the results in order ({@code true} = positive), at least one; not modified
     * @return the figure
     * @throws NullPointerException     if {@code tests}, one of them, or {@code results} is null
     * @throws IllegalArgumentException if {@code tests} or {@code results} is empty, two tests are
     *                                  equal, {@code prior} is not in [0, 1], or a result is
     *                                  impossible under a test
     */
    public static Figure diagnosticTests(List<BinaryTest> tests, double prior, boolean... results) {
        Checks.notNull(tests, "tests");
        Checks.notNull(results, "results");
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("tests must not be empty");
        }
        if (results.length == 0) {
            throw new IllegalArgumentException("results must not be empty");
        }
        Checks.probability(prior, "prior");
        List<String> categories = new ArrayList<>();
        categories.add("prior");
        int positives = 0;
        for (int i = 0; i < results.length; i++) {
            categories.add((i + 1) + ": " + (results[i] ? "+" : "−"));
            positives += results[i] ? 1 : 0;
        }
        CategoryChart chart = Charts.category("P(condition) after each result (prevalence " + Format.sig(prior, 4)
                        + "; " + positives + " positive, " + (results.length - positives) + " negative)",
                "result", "P(condition | results so far)", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsPosition(0.97);
        chart.getStyler().setYAxisDecimalPattern("0.####");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.15);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setAvailableSpaceFill(tests.size() == 1 ? 0.5 : 0.8);
        for (int j = 0; j < tests.size(); j++) {
            BinaryTest t = Checks.notNull(tests.get(j), "tests[" + j + "]");
            for (int k = 0; k < j; k++) {
                if (tests.get(k).equals(t)) {
                    throw new IllegalArgumentException("tests must be distinct, but tests[" + j + "] = tests[" + k
                            + "] = " + t);
                }
            }
            double[] path = t.posteriors(prior, results);
            List<Double> y = new ArrayList<>();
            for (double v : path) {
                y.add(v);
            }
            CategorySeries s = chart.addSeries("sensitivity " + Format.sig(t.sensitivity(), 4) + ", FPR "
                    + Format.sig(t.falsePositiveRate(), 4), categories, y);
            s.setFillColor(Charts.colour(j));
        }
        return Figure.of("Diagnostic test updating", chart);
    }

    // ------------------------------------------------------------------ helpers

    private static double[] densities(Beta d, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = d.density(x[i]);
            y[i] = Double.isFinite(v) ? v : Double.NaN;
        }
        return y;
    }

    /**
     * The prior: grey like a reference but solid and thin (XChart dashes each segment of a dense
     * curve on its own, so a dashed curve of hundreds of points would look solid beside a dashed
     * legend entry).
     */
    private static void prior(XYChart chart, String name, double[] x, double[] y) {
        Charts.line(chart, name, x, y, Charts.REFERENCE).setLineStyle(Charts.THIN);
    }

    private static void addShade(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setMarker(SeriesMarkers.NONE);
        s.setFillColor(Charts.withAlpha(Charts.PALETTE[0], 70));
        s.setLineColor(Charts.withAlpha(Charts.PALETTE[0], 110));
        s.setLineStyle(new BasicStroke(1f));
    }

    /** y from 0 to a little above the posterior and likelihood peaks (a spiky prior is cut). */
    private static void finishDensityAxes(XYChart chart, double[] post, double[] lik, double[] prior) {
        double top = Math.max(Charts.finiteMax(post), Charts.finiteMax(lik));
        top = Math.max(top, Math.min(Charts.finiteMax(prior), 1.5 * top));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(top > 0 ? top * 1.35 : 1.0);
    }

    private static String counted(double c, String one, String many) {
        return (c == Math.rint(c) ? Long.toString((long) c) : Format.sig(c, 4)) + " " + (c == 1 ? one : many);
    }

    private static String levelText(double level) {
        return Format.percent(level);
    }
}
