package dev.statlearn.plot;

import dev.statlearn.core.Checks;
import dev.statlearn.plot.internal.Charts;
import dev.statlearn.plot.internal.TextBox;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import dev.statlearn.stats.montecarlo.Replication;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures of Monte Carlo estimates ({@code dev.statlearn.stats.montecarlo}): how one run
 * converges, and how replicated estimates spread.
 *
 * <ul>
 *   <li>{@link #convergence(List, double)}: the running estimate \( \hat I_n \) of a
 *       {@link MonteCarlo#trace trace} against the number of samples \( n \) (log axis), with
 *       the normal-theory 95% band \( \hat I_n \pm 1.96\,\mathrm{se}_n \) drawn as error bars and
 *       the exact value as a dashed line when it is known. The band shrinks as
 *       \( 1/\sqrt n \).</li>
 *   <li>{@link #replications(List, double)}: the histogram (density-scaled) of \( R \)
 *       independent estimates with the normal approximation
 *       \( \mathcal N(\bar I, s^2) \), \( s \) the sample standard deviation (divisor
 *       \( R - 1 \), as {@link Replication}), overlaid; for the course notes' experiment
 *       (\( \int_{-1}^{1} e^{-x^2}dx \), 100 runs of 10,000 samples) the mean is about 1.4937 and
 *       \( s \approx 0.0041 \).</li>
 * </ul>
 *
 * @since 0.1
 */
public final class MonteCarloPlots {

    /** The 97.5% standard normal quantile used for the 95% band. */
    public static final double Z95 = 1.96;

    private static final int DENSITY_POINTS = 200;

    private MonteCarloPlots() {
    }

    /**
     * The convergence of one Monte Carlo run, without a known exact value; see
     * {@link #convergence(List, double)}.
     *
     * @param trace the estimates after increasing numbers of samples (e.g. from
     *              {@link MonteCarlo#trace}), at least one
     * @return the figure
     * @throws NullPointerException     if {@code trace} or an element is null
     * @throws IllegalArgumentException if {@code trace} is empty or its sample counts do not
     *                                  increase strictly
     */
    public static Figure convergence(List<Estimate> trace) {
        return convergence(trace, Double.NaN);
    }

    /**
     * The convergence of one Monte Carlo run: series {@code "estimate ± 1.96·SE"} has x = the
     * sample counts \( n_j \), y = the estimates \( \hat I_{n_j} \) and error bars
     * \( 1.96\,\mathrm{se}_{n_j} \) (the 95% normal-theory interval); the x axis is logarithmic.
     * When {@code exactValue} is finite, a dashed series {@code "exact = …"} marks it across the
     * range. The title gives the final estimate.
     *
     * @param trace      the estimates after increasing numbers of samples (e.g. from
     *                   {@link MonteCarlo#trace}), at least one
     * @param exactValue the true value of the integral, or NaN when unknown
     * @return the figure
     * @throws NullPointerException     if {@code trace} or an element is null
     * @throws IllegalArgumentException if {@code trace} is empty, its sample counts do not
     *                                  increase strictly, or {@code exactValue} is infinite
     */
    public static Figure convergence(List<Estimate> trace, double exactValue) {
        Checks.notNull(trace, "trace");
        if (trace.isEmpty()) {
            throw new IllegalArgumentException("trace must not be empty");
        }
        if (Double.isInfinite(exactValue)) {
            throw new IllegalArgumentException("exactValue must be finite or NaN (unknown), was " + exactValue);
        }
        int m = trace.size();
        double[] n = new double[m];
        double[] v = new double[m];
        double[] err = new double[m];
        for (int j = 0; j < m; j++) {
            Estimate e = Checks.notNull(trace.get(j), "trace[" + j + "]");
            if (j > 0 && e.samples() <= trace.get(j - 1).samples()) {
                throw new IllegalArgumentException("trace sample counts must increase strictly, but trace[" + j
                        + "].samples() = " + e.samples() + " <= trace[" + (j - 1) + "].samples() = "
                        + trace.get(j - 1).samples());
            }
            n[j] = e.samples();
            v[j] = e.value();
            err[j] = Z95 * e.standardError();
        }
        Estimate last = trace.get(m - 1);
        XYChart chart = StatFigures.xy("Monte Carlo convergence: " + Charts.fmt(last.value(), 6) + " ± "
                        + Charts.fmt(Z95 * last.standardError(), 2) + " (95%) at n = " + last.samples(),
                "samples n (log scale)", "estimate", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,###");
        chart.getStyler().setErrorBarsColor(Charts.PALETTE[0]);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            lo = Math.min(lo, v[j] - err[j]);
            hi = Math.max(hi, v[j] + err[j]);
        }
        if (Double.isFinite(exactValue)) {
            XYSeries exact = StatFigures.addLine(chart, "exact = " + Charts.fmt(exactValue, 8),
                    new double[] {n[0], n[m - 1]}, new double[] {exactValue, exactValue}, Charts.REFERENCE);
            exact.setLineStyle(Charts.DASHED);
            lo = Math.min(lo, exactValue);
            hi = Math.max(hi, exactValue);
        }
        XYSeries s = chart.addSeries("estimate ± 1.96·SE", n, v, err);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(Charts.PALETTE[0]);
        s.setLineColor(Charts.PALETTE[0]);
        s.setLineStyle(Charts.SOLID);
        chart.getStyler().setMarkerSize(7);
        double pad = 0.08 * Math.max(hi - lo, 1e-12 * Math.max(1, Math.abs(hi)));
        chart.getStyler().setYAxisMin(lo - pad);
        chart.getStyler().setYAxisMax(hi + pad);
        if (m == 1) {
            chart.getStyler().setXAxisMin(n[0] / 10);
            chart.getStyler().setXAxisMax(n[0] * 10);
        }
        return Figure.of("Monte Carlo convergence", chart);
    }

    /**
     * The spread of replicated estimates, without a known exact value; see
     * {@link #replications(List, double)}.
     *
     * @param estimates independent estimates, each from the same number of samples, at least 2
     * @return the figure
     * @throws NullPointerException     if {@code estimates} or an element is null
     * @throws IllegalArgumentException if fewer than 2 estimates are given
     */
    public static Figure replications(List<Estimate> estimates) {
        return replications(estimates, Double.NaN);
    }

    /**
     * The spread of replicated estimates: series {@code "R estimates"} is the density-scaled
     * histogram (x = the bin edges, y = \( c_i / (R\,w_i) \) with the last height repeated), with
     * equal-width bins from the smallest to the largest estimate, their number by the
     * Freedman–Diaconis rule \( \lceil \mathrm{range} / (2\,\mathrm{IQR}\,R^{-1/3}) \rceil \)
     * clamped to [5, 60]. Series {@code "normal approximation …"} is the density of
     * \( \mathcal N(\bar I, s^2) \) over \( \bar I \pm 4s \); {@code "mean"} marks \( \bar I \),
     * and {@code "exact = …"} the true value when {@code exactValue} is finite. A box gives
     * \( R \), \( n \), \( \bar I \), \( s \) and the mean single-run standard error, which
     * estimates \( s \).
     *
     * @param estimates  independent estimates, each from the same number of samples (e.g. repeated
     *                   {@link MonteCarlo#integrate(java.util.function.DoubleUnaryOperator, double,
     *                   double, int, java.util.random.RandomGenerator) integrate} calls), at least 2
     * @param exactValue the true value, or NaN when unknown
     * @return the figure
     * @throws NullPointerException     if {@code estimates} or an element is null
     * @throws IllegalArgumentException if fewer than 2 estimates are given, they come from different
     *                                  sample sizes, or {@code exactValue} is infinite
     */
    public static Figure replications(List<Estimate> estimates, double exactValue) {
        Checks.notNull(estimates, "estimates");
        if (estimates.size() < 2) {
            throw new IllegalArgumentException("estimates must have at least 2 replications, had " + estimates.size());
        }
        if (Double.isInfinite(exactValue)) {
            throw new IllegalArgumentException("exactValue must be finite or NaN (unknown), was " + exactValue);
        }
        int r = estimates.size();
        double[] x = new double[r];
        double seSum = 0;
        long n = Checks.notNull(estimates.get(0), "estimates[0]").samples();
        for (int i = 0; i < r; i++) {
            Estimate e = Checks.notNull(estimates.get(i), "estimates[" + i + "]");
            if (e.samples() != n) {
                throw new IllegalArgumentException("estimates must share one sample size, but estimates[" + i
                        + "].samples() = " + e.samples() + " != estimates[0].samples() = " + n);
            }
            x[i] = e.value();
            seSum += e.standardError();
        }
        Replication summary = summarise(x, n);
        double mean = summary.mean();
        double sd = summary.standardDeviation();
        double[] edges = StatFigures.edges(x);
        double[] h = StatFigures.densityHeights(x, edges);
        XYChart chart = StatFigures.xy("Monte Carlo replications: " + r + " estimates of n = " + n + " samples",
                "estimate", "density", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        StatFigures.addHistogram(chart, r + " estimates", edges, h, Charts.PALETTE[0]);
        double top = StatFigures.finiteMax(h);
        double lo = edges[0];
        double hi = edges[edges.length - 1];
        if (sd > 0) {
            Normal normal = Normal.of(mean, sd);
            double[] gx = StatFigures.linspace(mean - 4 * sd, mean + 4 * sd, DENSITY_POINTS);
            double[] gy = new double[gx.length];
            for (int i = 0; i < gx.length; i++) {
                gy[i] = normal.density(gx[i]);
            }
            StatFigures.addLine(chart, "normal approximation N(" + Charts.fmt(mean, 5) + ", " + Charts.fmt(sd, 2)
                    + "²)", gx, gy, Charts.PALETTE[1]);
            top = Math.max(top, StatFigures.finiteMax(gy));
            lo = Math.min(lo, gx[0]);
            hi = Math.max(hi, gx[gx.length - 1]);
        }
        StatFigures.addVertical(chart, "mean = " + Charts.fmt(mean, 5), mean, 0, top * 1.05)
                .setLineColor(Charts.PALETTE[1]);
        if (Double.isFinite(exactValue)) {
            StatFigures.addVertical(chart, "exact = " + Charts.fmt(exactValue, 8), exactValue, 0, top * 1.05);
            lo = Math.min(lo, exactValue);
            hi = Math.max(hi, exactValue);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(top * 1.45);
        StatFigures.niceX(chart, lo, hi);
        List<String> lines = new ArrayList<>();
        lines.add("R = " + r + " replications, n = " + n + " samples each");
        lines.add("mean = " + Charts.fmt(mean, 5) + ", sd = " + Charts.fmt(sd, 2));
        lines.add("mean single-run SE = " + Charts.fmt(seSum / r, 2));
        chart.addAnnotation(new TextBox(lines, TextBox.Corner.NORTH_WEST));
        return Figure.of("Monte Carlo replications", chart);
    }

    /**
     * The mean and sample standard deviation (divisor \( R - 1 \)) of replicated estimates, as
     * {@link MonteCarlo#replicate} reports them; the numbers {@link #replications(List, double)}
     * draws.
     *
     * @param estimates independent estimates, each from the same number of samples, at least 2
     * @return the summary
     * @throws NullPointerException     if {@code estimates} or an element is null
     * @throws IllegalArgumentException if fewer than 2 estimates are given
     */
    static Replication summary(List<Estimate> estimates) {
        Checks.notNull(estimates, "estimates");
        if (estimates.size() < 2) {
            throw new IllegalArgumentException("estimates must have at least 2 replications, had " + estimates.size());
        }
        double[] x = new double[estimates.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Checks.notNull(estimates.get(i), "estimates[" + i + "]").value();
        }
        return summarise(x, estimates.get(0).samples());
    }

    private static Replication summarise(double[] x, long n) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return new Replication(mean, Math.sqrt(ss / (x.length - 1)), (int) Math.min(Integer.MAX_VALUE, n), x.length);
    }
}
