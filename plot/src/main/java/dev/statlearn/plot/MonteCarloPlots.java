package dev.statlearn.plot;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.plot.internal.Charts;
import dev.statlearn.plot.internal.Histograms;
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
 *   <li>{@link #replications(Replication, double)}: the histogram (density-scaled) of \( R \)
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
        XYChart chart = Charts.xy("Monte Carlo convergence: " + Format.sig(last.value(), 6) + " ± "
                        + Format.sig(Z95 * last.standardError(), 2) + " (95%) at n = " + last.samples(),
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
            Charts.horizontal(chart, "exact = " + Format.sig(exactValue, 8), exactValue, n[0], n[m - 1]);
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
     * {@link #replications(Replication, double)}.
     *
     * @param replication the estimates, e.g. from {@link MonteCarlo#replicate}
     * @return the figure
     * @throws NullPointerException if {@code replication} is null
     */
    public static Figure replications(Replication replication) {
        return replications(replication, Double.NaN);
    }

    /**
     * The spread of replicated estimates: series {@code "R estimates"} is the density-scaled
     * histogram with heights \( c_i / (R\,w_i) \) (an outline, see the
     * {@linkplain dev.statlearn.plot package description}), with equal-width bins from the
     * smallest to the largest estimate, their number by the automatic rule of {@link DataPlots}.
     * Series {@code "normal approximation …"} is the density of
     * \( \mathcal N(\bar I, s^2) \) over \( \bar I \pm 4s \); {@code "mean"} marks \( \bar I \),
     * and {@code "exact = …"} the true value when {@code exactValue} is finite. A box gives
     * \( R \), \( n \), \( \bar I \), \( s \) and the mean single-run standard error, which
     * estimates \( s \).
     *
     * @param replication the estimates, e.g. from {@link MonteCarlo#replicate} (the notes'
     *                    experiment: {@code MonteCarlo.replicate(x -> Math.exp(-x * x), -1, 1,
     *                    10_000, 100, rng)})
     * @param exactValue  the true value, or NaN when unknown
     * @return the figure
     * @throws NullPointerException     if {@code replication} is null
     * @throws IllegalArgumentException if {@code exactValue} is infinite
     */
    public static Figure replications(Replication replication, double exactValue) {
        Checks.notNull(replication, "replication");
        if (Double.isInfinite(exactValue)) {
            throw new IllegalArgumentException("exactValue must be finite or NaN (unknown), was " + exactValue);
        }
        List<Estimate> estimates = replication.estimates();
        long n = replication.sampleSize();
        int r = estimates.size();
        double[] x = new double[r];
        double seSum = 0;
        for (int i = 0; i < r; i++) {
            x[i] = estimates.get(i).value();
            seSum += estimates.get(i).standardError();
        }
        double mean = replication.mean();
        double sd = replication.standardDeviation();
        double[] edges = Histograms.autoEdges(x);
        double[] h = Histograms.densities(edges, x);
        XYChart chart = Charts.xy("Monte Carlo replications: " + r + " estimates of n = " + n + " samples",
                "estimate", "density", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        Histograms.add(chart, r + " estimates", edges, h, Charts.PALETTE[0], 90);
        double top = Charts.finiteMax(h);
        double lo = edges[0];
        double hi = edges[edges.length - 1];
        if (sd > 0) {
            Normal normal = Normal.of(mean, sd);
            double[] gx = Charts.linspace(mean - 4 * sd, mean + 4 * sd, DENSITY_POINTS);
            double[] gy = new double[gx.length];
            for (int i = 0; i < gx.length; i++) {
                gy[i] = normal.density(gx[i]);
            }
            Charts.line(chart, "normal approximation N(" + Format.sig(mean, 5) + ", " + Format.sig(sd, 2)
                    + "²)", gx, gy, Charts.PALETTE[1]);
            top = Math.max(top, Charts.finiteMax(gy));
            lo = Math.min(lo, gx[0]);
            hi = Math.max(hi, gx[gx.length - 1]);
        }
        Charts.vertical(chart, "mean = " + Format.sig(mean, 5), mean, 0, top * 1.05)
                .setLineColor(Charts.PALETTE[1]);
        if (Double.isFinite(exactValue)) {
            Charts.vertical(chart, "exact = " + Format.sig(exactValue, 8), exactValue, 0, top * 1.05);
            lo = Math.min(lo, exactValue);
            hi = Math.max(hi, exactValue);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(top * 1.45);
        Charts.roundXAxis(chart, lo, hi);
        List<String> lines = new ArrayList<>();
        lines.add("R = " + r + " replications, n = " + n + " samples each");
        lines.add("mean = " + Format.sig(mean, 5) + ", sd = " + Format.sig(sd, 2));
        lines.add("mean single-run SE = " + Format.sig(seSum / r, 2));
        chart.addAnnotation(new TextBox(lines, TextBox.Corner.NORTH_WEST));
        return Figure.of("Monte Carlo replications", chart);
    }
}
