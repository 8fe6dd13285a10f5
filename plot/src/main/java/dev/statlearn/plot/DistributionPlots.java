package dev.statlearn.plot;

import dev.statlearn.core.Checks;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.internal.Format;
import dev.statlearn.plot.internal.Charts;
import dev.statlearn.plot.internal.Histograms;
import dev.statlearn.plot.internal.TextBox;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.divergence.Divergences;
import dev.statlearn.stats.divergence.Histogram;
import dev.statlearn.stats.mle.Fit;
import dev.statlearn.stats.mle.Mle;
import dev.statlearn.stats.mle.Ranking;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures of probability distributions ({@code dev.statlearn.stats.distribution}), of maximum
 * likelihood fits ({@code dev.statlearn.stats.mle}) and of divergences between two distributions
 * ({@code dev.statlearn.stats.divergence}).
 *
 * <ul>
 *   <li>{@link #continuous(List)} and {@link #discrete(List)}: density or pmf next to the CDF of
 *       one or several distributions; continuous ones as lines, discrete ones as stems (pmf) and
 *       steps (CDF). Without an explicit range the x range runs from the smallest 0.001-quantile
 *       to the largest 0.999-quantile of the distributions (mean \( \pm 4 \) sd for a
 *       distribution without a quantile function), extended to a finite support bound within 10%
 *       of the width.</li>
 *   <li>{@link #fits(double[], Ranking, String)}: a density-scaled histogram of the data with the
 *       densities of {@link Mle#best(double[])}'s fits, best AIC first, each labelled with its
 *       parameters and AIC.</li>
 *   <li>{@link #qq(double[], ContinuousDistribution, String, PlottingPositions)}: sample
 *       quantiles against the distribution's quantiles at the chosen plotting positions, with the
 *       line \( y = x \).</li>
 *   <li>{@link #divergences(Histogram, Histogram, String, String, double)} and
 *       {@link #divergences(Normal, Normal)}: two distributions drawn together, with the
 *       Kullback–Leibler divergences both ways, the Jensen–Shannon divergence, the total variation
 *       distance and the Hellinger distance written on the figure (natural logarithms, nats).</li>
 * </ul>
 *
 * @since 0.1
 */
public final class DistributionPlots {

    /** Width of the two-panel (density and CDF) figures in pixels. */
    public static final int PAIR_WIDTH = 1200;
    /** Height of the two-panel (density and CDF) figures in pixels. */
    public static final int PAIR_HEIGHT = 500;
    /** Lower quantile of the default plotting range. */
    public static final double RANGE_LOWER_QUANTILE = 0.001;
    /** Upper quantile of the default plotting range. */
    public static final double RANGE_UPPER_QUANTILE = 0.999;
    /** Largest number of integers a discrete plot covers. */
    public static final int MAX_DISCRETE_POINTS = 10_000;

    private static final int CURVE_POINTS = 400;
    private static final int JS_PANELS = 4000;

    /**
     * Plotting positions \( p_i \) for the \( i \)-th smallest of \( n \) values in a Q–Q plot;
     * the theoretical quantile is \( F^{-1}(p_i) \).
     */
    public enum PlottingPositions {
        /**
         * Filliben's (1975) approximation to the medians of the uniform order statistics, as
         * {@code scipy.stats.probplot}: \( p_n = 0.5^{1/n} \), \( p_1 = 1 - p_n \) and
         * \( p_i = (i - 0.3175)/(n + 0.365) \) otherwise.
         */
        FILLIBEN,
        /** Hazen's \( p_i = (i - 0.5)/n \). */
        HAZEN;

        /**
         * The positions for a sample of size {@code n}.
         *
         * @param n sample size, at least 1
         * @return \( p_1, \dots, p_n \), increasing, in (0, 1)
         * @throws IllegalArgumentException if {@code n < 1}
         */
        public double[] positions(int n) {
            Checks.positive(n, "n");
            double[] p = new double[n];
            if (this == HAZEN) {
                for (int i = 0; i < n; i++) {
                    p[i] = (i + 0.5) / n;
                }
                return p;
            }
            for (int i = 0; i < n; i++) {
                p[i] = (i + 1 - 0.3175) / (n + 0.365);
            }
            p[n - 1] = Math.pow(0.5, 1.0 / n);
            p[0] = 1 - p[n - 1];
            return p;
        }
    }

    private DistributionPlots() {
    }

    // ------------------------------------------------------------------ densities and CDFs

    /**
     * Densities and CDFs of continuous distributions over the default range: from the smallest
     * {@value #RANGE_LOWER_QUANTILE}-quantile to the largest {@value #RANGE_UPPER_QUANTILE}-quantile
     * (mean \( \pm 4 \) sd where there is no quantile function), each distribution's range
     * extended to a finite support bound that lies within 10% of its width (so a gamma or beta
     * density is drawn from 0). A range that collapses to one value \( c \) in double precision
     * (e.g. a normal with mean 1e300 and sd 1) becomes \( c \pm \max(0.5, 512\,\mathrm{ulp}(c)) \).
     *
     * @param distributions one or more distributions, drawn in order
     * @return a two-panel figure: densities (panel 0) and CDFs (panel 1)
     * @throws NullPointerException     if the list or an element is null
     * @throws IllegalArgumentException if the list is empty or the range is not finite
     */
    public static Figure continuous(List<? extends ContinuousDistribution> distributions) {
        checkList(distributions, "distributions");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ContinuousDistribution d : distributions) {
            double[] r = range(d);
            lo = Math.min(lo, r[0]);
            hi = Math.max(hi, r[1]);
        }
        if (!(hi > lo)) {
            double c = lo;
            double h = Math.max(0.5, 512 * Math.ulp(c)); // 400 distinct points even far from 0
            lo = c - h;
            hi = c + h;
        }
        return continuous(distributions, lo, hi);
    }

    /**
     * Densities and CDFs of continuous distributions on \( [lo, hi] \), each evaluated at 400
     * equally spaced points. Series are named by the distributions' parameters (4 significant
     * digits); in panel 0 y is \( f(x) \), in panel 1 \( F(x) \). Points where a density is
     * infinite (an integrable singularity at a support bound) are left out.
     *
     * @param distributions one or more distributions, drawn in order
     * @param lo            left end, finite
     * @param hi            right end, finite, \( &gt; lo \)
     * @return a two-panel figure: densities (panel 0) and CDFs (panel 1)
     * @throws NullPointerException     if the list or an element is null
     * @throws IllegalArgumentException if the list is empty or the range is invalid
     */
    public static Figure continuous(List<? extends ContinuousDistribution> distributions, double lo, double hi) {
        checkList(distributions, "distributions");
        checkRange(lo, hi);
        double[] x = Charts.linspace(lo, hi, CURVE_POINTS);
        XYChart pdf = Charts.xy("Density", "x", "f(x)", PAIR_WIDTH / 2, PAIR_HEIGHT);
        XYChart cdf = Charts.xy("Cumulative distribution", "x", "F(x)", PAIR_WIDTH / 2, PAIR_HEIGHT);
        cdf.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        double top = 0;
        for (int j = 0; j < distributions.size(); j++) {
            ContinuousDistribution d = distributions.get(j);
            double[] f = new double[x.length];
            double[] cf = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double v = d.density(x[i]);
                f[i] = Double.isFinite(v) ? v : Double.NaN;
                cf[i] = d.cdf(x[i]);
            }
            String name = uniqueName(pdf, String.valueOf(d));
            Charts.line(pdf, name, x, f, Charts.colour(j));
            Charts.line(cdf, name, x, cf, Charts.colour(j));
            top = Math.max(top, Charts.finiteMax(f));
        }
        pdf.getStyler().setYAxisMin(0.0);
        pdf.getStyler().setYAxisMax(top > 0 ? top * 1.3 : 1.0);
        cdf.getStyler().setYAxisMin(0.0);
        cdf.getStyler().setYAxisMax(1.05);
        Charts.roundXAxis(pdf, lo, hi);
        Charts.roundXAxis(cdf, lo, hi);
        return Figure.grid("Densities and CDFs", List.of(pdf, cdf), 2, PAIR_WIDTH, PAIR_HEIGHT);
    }

    /**
     * Probability mass functions and CDFs of discrete distributions over the default range (from
     * the smallest {@value #RANGE_LOWER_QUANTILE}-quantile to the largest
     * {@value #RANGE_UPPER_QUANTILE}-quantile).
     *
     * @param distributions one or more distributions, drawn in order
     * @return a two-panel figure: pmfs (panel 0) and CDFs (panel 1)
     * @throws NullPointerException     if the list or an element is null
     * @throws IllegalArgumentException if the list is empty or the range holds more than
     *                                  {@value #MAX_DISCRETE_POINTS} integers
     */
    public static Figure discrete(List<? extends DiscreteDistribution> distributions) {
        checkList(distributions, "distributions");
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (DiscreteDistribution d : distributions) {
            lo = Math.min(lo, d.inverseCdf(RANGE_LOWER_QUANTILE));
            hi = Math.max(hi, d.inverseCdf(RANGE_UPPER_QUANTILE));
        }
        return discrete(distributions, lo, hi);
    }

    /**
     * Probability mass functions and CDFs of discrete distributions on the integers
     * \( lo, \dots, hi \). In panel 0 each distribution's series (named by its parameters) has
     * markers at \( (k, P(X = k)) \), with stems to 0 drawn by a companion series that is not in
     * the legend; in panel 1 the CDF \( F(k) \) is drawn as steps.
     *
     * @param distributions one or more distributions, drawn in order
     * @param lo            smallest integer shown
     * @param hi            largest integer shown, \( \ge lo \), at most
     *                      {@value #MAX_DISCRETE_POINTS} integers in all
     * @return a two-panel figure: pmfs (panel 0) and CDFs (panel 1)
     * @throws NullPointerException     if the list or an element is null
     * @throws IllegalArgumentException if the list is empty or the range is invalid or too long
     */
    public static Figure discrete(List<? extends DiscreteDistribution> distributions, int lo, int hi) {
        checkList(distributions, "distributions");
        if (hi < lo) {
            throw new IllegalArgumentException("hi must be >= lo, was lo = " + lo + ", hi = " + hi);
        }
        long count = (long) hi - lo + 1;
        if (count > MAX_DISCRETE_POINTS) {
            throw new IllegalArgumentException("range [lo, hi] must hold at most " + MAX_DISCRETE_POINTS
                    + " integers (DistributionPlots.MAX_DISCRETE_POINTS), held " + count + " with lo = " + lo
                    + ", hi = " + hi);
        }
        int m = (int) count;
        double[] k = new double[m];
        for (int i = 0; i < m; i++) {
            k[i] = (double) lo + i;
        }
        XYChart pmf = Charts.xy("Probability mass", "k", "P(X = k)", PAIR_WIDTH / 2, PAIR_HEIGHT);
        XYChart cdf = Charts.xy("Cumulative distribution", "k", "F(k)", PAIR_WIDTH / 2, PAIR_HEIGHT);
        cdf.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        pmf.getStyler().setMarkerSize(7);
        cdf.getStyler().setMarkerSize(0);
        double top = 0;
        int many = distributions.size();
        for (int j = 0; j < many; j++) {
            DiscreteDistribution d = distributions.get(j);
            double[] p = new double[m];
            double[] cf = new double[m];
            for (int i = 0; i < m; i++) {
                p[i] = d.pmf(lo + i);
                cf[i] = d.cdf(lo + i);
            }
            top = Math.max(top, Charts.finiteMax(p));
            Color c = Charts.colour(j);
            String name = uniqueName(pmf, String.valueOf(d));
            // stems, shifted a little per distribution so that several stay visible
            double shift = many == 1 ? 0 : 0.25 * (j - (many - 1) / 2.0) / many;
            double[] sx = new double[3 * m];
            double[] sy = new double[3 * m];
            for (int i = 0; i < m; i++) {
                sx[3 * i] = k[i] + shift;
                sx[3 * i + 1] = k[i] + shift;
                sx[3 * i + 2] = k[i] + shift;
                sy[3 * i] = 0;
                sy[3 * i + 1] = p[i];
                sy[3 * i + 2] = Double.NaN;
            }
            XYSeries stems = Charts.line(pmf, name + " stems", sx, sy, c);
            stems.setLineStyle(Charts.THIN);
            stems.setShowInLegend(false);
            double[] mx = k.clone();
            for (int i = 0; i < m; i++) {
                mx[i] += shift;
            }
            XYSeries s = pmf.addSeries(name, mx, p);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(c);
            XYSeries steps = Charts.line(cdf, name, k, cf, c);
            steps.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        }
        pmf.getStyler().setYAxisMin(0.0);
        pmf.getStyler().setYAxisMax(top > 0 ? top * 1.3 : 1.0);
        pmf.getStyler().setXAxisMin(lo - 0.5);
        pmf.getStyler().setXAxisMax(hi + 0.5);
        cdf.getStyler().setYAxisMin(0.0);
        cdf.getStyler().setYAxisMax(1.05);
        cdf.getStyler().setXAxisMin(lo - 0.5);
        cdf.getStyler().setXAxisMax(hi + 0.5);
        return Figure.grid("Probability mass functions and CDFs", List.of(pmf, cdf), 2, PAIR_WIDTH, PAIR_HEIGHT);
    }

    // ------------------------------------------------------------------ fits

    /**
     * The bundled-data shortcut: ranks the continuous families on one feature of a dataset with
     * {@link Mle#best(double[])} and draws {@link #fits(double[], Ranking, String)}.
     *
     * @param data    a dataset
     * @param feature the name of one of its features
     * @return the figure
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if there is no such feature, or as {@link Mle#best(double[])}
     */
    public static Figure fits(Dataset data, String feature) {
        Checks.notNull(data, "data");
        Checks.notNull(feature, "feature");
        int column = data.featureNames().indexOf(feature);
        if (column < 0) {
            throw new IllegalArgumentException("feature must be one of " + data.featureNames() + ", was '"
                    + feature + "'");
        }
        double[] x = data.column(column);
        return fits(x, Mle.best(x), data.name() + ": " + feature);
    }

    /**
     * A density-scaled histogram of the data with the fitted densities of a ranking. Series
     * {@code "data (n = …)"} is the histogram with heights \( c_i / (n\,w_i) \) (drawn as an
     * outline, see the {@linkplain dev.statlearn.plot package description}), with equal-width bins
     * from the smallest to the largest value, their number by the automatic rule of
     * {@link DataPlots}. Then one line per fit, best AIC
     * first, named {@code "rank. Family(parameters)  AIC …"} and evaluated at 400 points over
     * the data range padded by 5% on each side and clipped to the family's support.
     *
     * @param x        the data that were fitted, at least 2 finite values; not modified
     * @param ranking  the fits, e.g. {@code Mle.best(x)}
     * @param variable what the data are (axis title), e.g. {@code "iris: petal length (cm)"}
     * @return the figure
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code x} has fewer than 2 values or a non-finite one
     */
    public static Figure fits(double[] x, Ranking ranking, String variable) {
        Checks.allFinite(Checks.minLength(x, 2, "x"), "x");
        Checks.notNull(ranking, "ranking");
        Checks.notNull(variable, "variable");
        double[] edges = Histograms.autoEdges(x);
        double[] h = Histograms.densities(edges, x);
        double lo = edges[0];
        double hi = edges[edges.length - 1];
        double pad = 0.05 * (hi - lo);
        XYChart chart = Charts.xy("Maximum-likelihood fits ranked by AIC: " + variable, variable, "density",
                Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        chart.getStyler().setLegendFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
        Histograms.add(chart, "data (n = " + x.length + ")", edges, h, Charts.REFERENCE, 90);
        double histTop = Charts.finiteMax(h);
        double top = histTop;
        List<Fit<? extends ContinuousDistribution>> fits = ranking.fits();
        for (int j = 0; j < fits.size(); j++) {
            Fit<? extends ContinuousDistribution> fit = fits.get(j);
            ContinuousDistribution d = fit.distribution();
            double a = Math.max(lo - pad, d.supportLowerBound());
            double b = Math.min(hi + pad, d.supportUpperBound());
            if (!(b > a)) {
                continue;
            }
            double[] gx = Charts.linspace(a, b, CURVE_POINTS);
            double[] gy = new double[gx.length];
            for (int i = 0; i < gx.length; i++) {
                double v = d.density(gx[i]);
                gy[i] = Double.isFinite(v) ? v : Double.NaN;
            }
            String name = (j + 1) + ". " + d + "  AIC " + Format.sig(fit.aic(), 5);
            XYSeries s = Charts.line(chart, name, gx, gy, Charts.colour(j));
            if (j > 0) {
                s.setLineStyle(Charts.THIN);
            }
            top = Math.max(top, Math.min(Charts.finiteMax(gy), 2 * histTop));
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(top * (1.25 + 0.06 * fits.size()));
        Charts.roundXAxis(chart, lo - pad, hi + pad);
        return Figure.of("Fits ranked by AIC: " + variable, chart);
    }

    // ------------------------------------------------------------------ Q-Q

    /**
     * A Q–Q plot with Filliben plotting positions; see
     * {@link #qq(double[], ContinuousDistribution, String, PlottingPositions)}.
     *
     * @param x            the data, at least 1 finite value; not modified
     * @param distribution the reference distribution, e.g. a fit's {@link Fit#distribution()}
     * @param variable     what the data are
     * @return the figure
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty or has a non-finite value
     */
    public static Figure qq(double[] x, ContinuousDistribution distribution, String variable) {
        return qq(x, distribution, variable, PlottingPositions.FILLIBEN);
    }

    /**
     * A Q–Q plot: series {@code "data"} has x = the theoretical quantiles \( F^{-1}(p_i) \) at the
     * plotting positions and y = the sorted data \( x_{(i)} \); series {@code "y = x"} is the
     * reference line over the range of both. Points on the line mean the data follow the
     * distribution; an S shape means tails lighter or heavier than the model's, a bow skewness.
     *
     * @param x            the data, at least 1 finite value; not modified
     * @param distribution the reference distribution (must have a quantile function)
     * @param variable     what the data are
     * @param positions    the plotting positions
     * @return the figure
     * @throws NullPointerException          if an argument is null
     * @throws IllegalArgumentException      if {@code x} is empty or has a non-finite value
     * @throws UnsupportedOperationException if the distribution has no quantile function
     */
    public static Figure qq(double[] x, ContinuousDistribution distribution, String variable,
                            PlottingPositions positions) {
        Checks.finiteNonEmpty(x, "x");
        Checks.notNull(distribution, "distribution");
        Checks.notNull(variable, "variable");
        Checks.notNull(positions, "positions");
        double[] y = x.clone();
        Arrays.sort(y);
        double[] p = positions.positions(y.length);
        double[] q = new double[y.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = distribution.inverseCdf(p[i]);
        }
        double lo = Math.min(q[0], y[0]);
        double hi = Math.max(q[q.length - 1], y[y.length - 1]);
        XYChart chart = Charts.xy("Q–Q plot: " + variable + " against " + distribution,
                "theoretical quantile", "sample quantile", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        Charts.reference(chart, "y = x", new double[] {lo, hi}, new double[] {lo, hi});
        XYSeries s = chart.addSeries("data", q, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(Charts.withAlpha(Charts.PALETTE[0], 170));
        chart.getStyler().setMarkerSize(6);
        double pad = hi > lo ? 0.03 * (hi - lo) : 0.5;
        double[] axis = Charts.niceRange(lo - pad, hi + pad);
        chart.getStyler().setXAxisMin(axis[0]);
        chart.getStyler().setXAxisMax(axis[1]);
        chart.getStyler().setYAxisMin(axis[0]);
        chart.getStyler().setYAxisMax(axis[1]);
        String kind = positions == PlottingPositions.FILLIBEN ? "Filliben" : "(i − 0.5)/n";
        chart.addAnnotation(new TextBox(List.of("n = " + y.length, "plotting positions: " + kind),
                TextBox.Corner.NORTH_WEST));
        return Figure.of("Q–Q plot: " + variable, chart);
    }

    // ------------------------------------------------------------------ divergences

    /**
     * Two samples on shared bins: {@code bins} equal-width bins spanning both samples
     * ({@link Histogram#spanning(int, double[]...)}), then
     * {@link #divergences(Histogram, Histogram, String, String, double)}.
     *
     * @param a     the first sample, finite values
     * @param b     the second sample, finite values
     * @param aName name of the first (legend)
     * @param bName name of the second (legend)
     * @param bins  number of bins, at least 1
     * @param alpha pseudo-count added to every bin before the divergences are computed, \( \ge 0 \)
     * @return the figure
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a sample is empty or has a non-finite value, {@code bins < 1},
     *                                  {@code alpha} is negative or not finite, or a name is blank or
     *                                  both are equal
     */
    public static Figure divergences(double[] a, double[] b, String aName, String bName, int bins, double alpha) {
        Checks.finiteNonEmpty(a, "a");
        Checks.finiteNonEmpty(b, "b");
        checkNames(aName, "aName", bName, "bName");
        Histogram shared = Histogram.spanning(bins, a, b);
        return divergences(shared.emptyCopy().addAll(a), shared.emptyCopy().addAll(b), aName, bName, alpha);
    }

    /**
     * Two histograms on the same bins, drawn as density-scaled steps, with the divergences between
     * their bin probabilities written on the figure. The probabilities are
     * \( \hat p_i = (c_i + \alpha)/(N + k\alpha) \) ({@link Histogram#probabilities(double)}; values
     * outside the edges are not counted); with \( \alpha = 0 \) a bin that is empty in one
     * histogram and not in the other makes a Kullback–Leibler divergence infinite, which is shown
     * as ∞. Series {@code pName} and {@code qName} are histograms with heights
     * \( \hat p_i / w_i \) (outlines, see the {@linkplain dev.statlearn.plot package
     * description}). The box lists \( D_{KL}(P \| Q) \), \( D_{KL}(Q \| P) \), the
     * Jensen–Shannon divergence, the total variation distance and the Hellinger distance, from
     * {@link Divergences}.
     *
     * @param p     the first histogram
     * @param q     the second histogram, with the same edges
     * @param pName name of the first (legend)
     * @param qName name of the second (legend)
     * @param alpha pseudo-count per bin, finite and \( \ge 0 \) (0.5 is Jeffreys' choice)
     * @return the figure
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the edges differ, {@code alpha} is negative or not finite,
     *                                  or a name is blank or both are equal
     * @throws IllegalStateException    if {@code alpha == 0} and a histogram has no values in range
     */
    public static Figure divergences(Histogram p, Histogram q, String pName, String qName, double alpha) {
        Checks.notNull(p, "p");
        Checks.notNull(q, "q");
        checkNames(pName, "pName", qName, "qName");
        Checks.nonNegative(alpha, "alpha");
        double[] edges = p.edges();
        if (!Arrays.equals(edges, q.edges())) {
            throw new IllegalArgumentException("p and q must have the same bin edges, had " + p.bins() + " bins on ["
                    + edges[0] + ", " + edges[edges.length - 1] + "] and " + q.bins() + " bins on ["
                    + q.edges()[0] + ", " + q.edges()[q.bins()] + "]");
        }
        double[] pp = p.probabilities(alpha);
        double[] qq = q.probabilities(alpha);
        XYChart chart = Charts.xy("Two distributions on shared bins: " + pName + " vs " + qName, "x",
                "density", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        double[] hp = new double[pp.length];
        double[] hq = new double[qq.length];
        for (int i = 0; i < pp.length; i++) {
            double w = edges[i + 1] - edges[i];
            hp[i] = pp[i] / w;
            hq[i] = qq[i] / w;
        }
        Histograms.add(chart, pName, edges, hp, Charts.PALETTE[0], 90);
        Histograms.add(chart, qName, edges, hq, Charts.PALETTE[1], 90);
        double top = Math.max(Charts.finiteMax(hp), Charts.finiteMax(hq));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(top * 1.5);
        Charts.roundXAxis(chart, edges[0], edges[edges.length - 1]);
        List<String> lines = new ArrayList<>();
        lines.add("P = " + pName + ", Q = " + qName + " (" + p.bins() + " bins, α = " + Format.sig(alpha, 3) + ")");
        lines.add("KL(P‖Q) = " + fmtDivergence(Divergences.kl(pp, qq)) + " nats");
        lines.add("KL(Q‖P) = " + fmtDivergence(Divergences.kl(qq, pp)) + " nats");
        lines.add("JS = " + fmtDivergence(Divergences.jensenShannon(pp, qq)) + " nats");
        lines.add("TV = " + fmtDivergence(Divergences.totalVariation(pp, qq)));
        lines.add("Hellinger = " + fmtDivergence(Divergences.hellinger(pp, qq)));
        chart.addAnnotation(new TextBox(lines, TextBox.Corner.NORTH_WEST));
        return Figure.of("Divergences: " + pName + " vs " + qName, chart);
    }

    /**
     * Two normal densities with their divergences: the Kullback–Leibler divergences both ways and
     * the Hellinger distance in closed form ({@link Divergences#kl(Normal, Normal)},
     * {@link Divergences#hellinger(Normal, Normal)}), the total variation distance by
     * {@link Divergences#totalVariation(ContinuousDistribution, ContinuousDistribution) quadrature}
     * (there is no closed form for unequal variances), and the Jensen–Shannon divergence, which has
     * no closed form, by composite Simpson's rule with 4,000 panels over the union of
     * \( \mu \pm 12\sigma \) (error below \( 10^{-8} \) for ordinary parameters). Series
     * {@code "P = Normal(…)"} and {@code "Q = Normal(…)"} are the densities at 400 points over the
     * union of \( \mu \pm 4\sigma \).
     *
     * @param p the first normal
     * @param q the second normal
     * @return the figure
     * @throws NullPointerException if an argument is null
     */
    public static Figure divergences(Normal p, Normal q) {
        Checks.notNull(p, "p");
        Checks.notNull(q, "q");
        double lo = Math.min(p.mean() - 4 * p.sd(), q.mean() - 4 * q.sd());
        double hi = Math.max(p.mean() + 4 * p.sd(), q.mean() + 4 * q.sd());
        double[] x = Charts.linspace(lo, hi, CURVE_POINTS);
        double[] fp = new double[x.length];
        double[] fq = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            fp[i] = p.density(x[i]);
            fq[i] = q.density(x[i]);
        }
        XYChart chart = Charts.xy("Two normal distributions", "x", "density", Figure.DEFAULT_WIDTH,
                Figure.DEFAULT_HEIGHT);
        String pName = "P = " + p;
        String qName = "Q = " + q;
        if (pName.substring(4).equals(qName.substring(4))) {
            qName = qName + " ";
        }
        XYSeries sp = Charts.line(chart, pName, x, fp, Charts.PALETTE[0]);
        sp.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        sp.setFillColor(Charts.withAlpha(Charts.PALETTE[0], 70));
        XYSeries sq = Charts.line(chart, qName, x, fq, Charts.PALETTE[1]);
        sq.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        sq.setFillColor(Charts.withAlpha(Charts.PALETTE[1], 70));
        double top = Math.max(Charts.finiteMax(fp), Charts.finiteMax(fq));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(top * 1.5);
        Charts.roundXAxis(chart, lo, hi);
        List<String> lines = new ArrayList<>();
        lines.add("KL(P‖Q) = " + fmtDivergence(Divergences.kl(p, q)) + " nats (closed form)");
        lines.add("KL(Q‖P) = " + fmtDivergence(Divergences.kl(q, p)) + " nats (closed form)");
        lines.add("JS = " + fmtDivergence(jensenShannon(p, q)) + " nats (Simpson's rule)");
        lines.add("TV = " + fmtDivergence(Divergences.totalVariation(p, q)) + " (quadrature)");
        lines.add("Hellinger = " + fmtDivergence(Divergences.hellinger(p, q)) + " (closed form)");
        chart.addAnnotation(new TextBox(lines, TextBox.Corner.NORTH_WEST));
        return Figure.of("Divergences between two normals", chart);
    }

    /**
     * Jensen–Shannon divergence of two normals in nats by composite Simpson's rule (4,000 panels
     * over the union of \( \mu \pm 12\sigma \)), the value {@link #divergences(Normal, Normal)}
     * writes.
     */
    static double jensenShannon(Normal p, Normal q) {
        double lo = Math.min(p.mean() - 12 * p.sd(), q.mean() - 12 * q.sd());
        double hi = Math.max(p.mean() + 12 * p.sd(), q.mean() + 12 * q.sd());
        double h = (hi - lo) / JS_PANELS;
        double sum = 0;
        for (int i = 0; i <= JS_PANELS; i++) {
            double x = lo + i * h;
            double la = p.logDensity(x);
            double lb = q.logDensity(x);
            // log m = log((f_p + f_q) / 2), by log-sum-exp so that far tails neither underflow nor give NaN
            double hiLog = Math.max(la, lb);
            double lm = hiLog + Math.log(0.5 * (Math.exp(la - hiLog) + Math.exp(lb - hiLog)));
            double v = 0;
            if (la > Double.NEGATIVE_INFINITY) {
                v += 0.5 * Math.exp(la) * (la - lm);
            }
            if (lb > Double.NEGATIVE_INFINITY) {
                v += 0.5 * Math.exp(lb) * (lb - lm);
            }
            double w = i == 0 || i == JS_PANELS ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += w * v;
        }
        return Math.max(0, Math.min(Math.log(2), sum * h / 3));
    }

    // ------------------------------------------------------------------ helpers

    private static String fmtDivergence(double v) {
        return v == Double.POSITIVE_INFINITY ? "∞" : Format.sig(v, 4);
    }

    private static double[] range(ContinuousDistribution d) {
        double a;
        double b;
        try {
            a = d.inverseCdf(RANGE_LOWER_QUANTILE);
            b = d.inverseCdf(RANGE_UPPER_QUANTILE);
        } catch (UnsupportedOperationException none) {
            a = d.mean() - 4 * d.standardDeviation();
            b = d.mean() + 4 * d.standardDeviation();
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("the plotting range of " + d + " must be finite, was [" + a + ", "
                    + b + "]: pass lo and hi");
        }
        // a finite support bound within 10% of the range is included (the density's start is shown)
        double w = b - a;
        if (d.supportLowerBound() > a - 0.1 * w) {
            a = Math.min(a, d.supportLowerBound());
        }
        if (d.supportUpperBound() < b + 0.1 * w) {
            b = Math.max(b, d.supportUpperBound());
        }
        return new double[] {a, b};
    }

    private static void checkRange(double lo, double hi) {
        Checks.finite(lo, "lo");
        Checks.finite(hi, "hi");
        if (!(hi > lo)) {
            throw new IllegalArgumentException("hi must be > lo, was lo = " + lo + ", hi = " + hi);
        }
    }

    /** Legend names: non-null, non-blank and different (series are keyed by name). */
    private static void checkNames(String first, String firstName, String second, String secondName) {
        Checks.notNull(first, firstName);
        Checks.notNull(second, secondName);
        if (first.isBlank()) {
            throw new IllegalArgumentException(firstName + " must not be blank (it names a legend entry), was '"
                    + first + "'");
        }
        if (second.isBlank()) {
            throw new IllegalArgumentException(secondName + " must not be blank (it names a legend entry), was '"
                    + second + "'");
        }
        if (first.equals(second)) {
            throw new IllegalArgumentException(firstName + " and " + secondName + " must differ, both were '"
                    + first + "'");
        }
    }

    private static void checkList(List<?> list, String name) {
        Checks.notNull(list, name);
        if (list.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int i = 0; i < list.size(); i++) {
            Checks.notNull(list.get(i), name + "[" + i + "]");
        }
    }

    private static String uniqueName(XYChart chart, String name) {
        String n = name;
        while (chart.getSeriesMap().containsKey(n)) {
            n = n + " ";
        }
        return n;
    }
}
