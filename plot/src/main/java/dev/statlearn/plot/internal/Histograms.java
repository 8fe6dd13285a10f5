package dev.statlearn.plot.internal;

import dev.statlearn.stats.divergence.Histogram;
import java.awt.Color;
import java.util.Arrays;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Histogram binning and drawing shared by every figure that shows a histogram (data, drift,
 * Monte Carlo replications, fits, divergences): the automatic bin count, equal-width edges and
 * counts from the library's {@link Histogram}, and a histogram drawn as a filled outline. Not
 * public API.
 *
 * <p>A drawn histogram is one {@link XYSeries} through the points
 * \( (e_0, 0), (e_0, h_0), (e_1, h_0), (e_1, h_1), \dots, (e_k, h_{k-1}), (e_k, 0) \): bin
 * \( i \)'s height is at {@code y[2i + 1]}, its edges at {@code x[2i + 1]} and {@code x[2i + 2]}
 * ({@link #heights}, {@link #edges(XYSeries)} read them back).
 */
public final class Histograms {

    /** Largest number of bins the automatic rule returns. */
    public static final int MAX_AUTO_BINS = 100;

    private Histograms() {
    }

    /**
     * The values that are not NaN, in order.
     *
     * @param x values; not modified
     * @return a new array
     */
    public static double[] present(double[] x) {
        return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    }

    /**
     * numpy's {@code bins="auto"} rule: the bin width is the smaller of the Freedman–Diaconis
     * width \( 2\,\mathrm{IQR}\, n^{-1/3} \) and the Sturges width
     * \( (\max - \min) / (\log_2 n + 1) \) (Sturges alone when the IQR is 0); the count is
     * \( \lceil (\max - \min) / h \rceil \), at least 1 and at most {@link #MAX_AUTO_BINS}.
     *
     * @param x finite values, at least one; not modified
     * @return the number of bins
     */
    public static int autoBins(double[] x) {
        int n = x.length;
        double[] s = x.clone();
        Arrays.sort(s);
        // halved values: the differences cannot overflow, and the count is a ratio of widths
        double range = s[n - 1] / 2 - s[0] / 2;
        if (n < 2 || !(range > 0)) {
            return 1;
        }
        double sturges = range / (Math.log(n) / Math.log(2) + 1);
        double iqr = quantile(s, 0.75) / 2 - quantile(s, 0.25) / 2;
        double fd = 2 * iqr / Math.cbrt(n);
        double h = fd > 0 ? Math.min(fd, sturges) : sturges;
        double bins = Math.ceil(range / h);
        return (int) Math.max(1, Math.min(MAX_AUTO_BINS, bins));
    }

    /** Linear-interpolation quantile of sorted values (numpy's default). */
    private static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double d = sorted[hi] - sorted[lo];
        if (Double.isInfinite(d)) { // values near ±MAX_VALUE: interpolate without the difference
            double t = pos - lo;
            return (1 - t) * sorted[lo] + t * sorted[hi];
        }
        return sorted[lo] + (pos - lo) * d;
    }

    /**
     * Equal-width edges spanning all the samples ({@link Histogram#spanning}: a constant sample
     * \( v \) gets \( [v - 0.5, v + 0.5] \), or a half-width relative to \( |v| \) beyond
     * \( |v| = 2^{49}/\text{bins} \), where \( v \pm 0.5 \) would round back to \( v \); ranges
     * wider than {@code Double.MAX_VALUE} are interpolated without forming \( hi - lo \)).
     *
     * @param bins    number of bins, at least 1
     * @param samples non-empty finite samples
     * @return {@code bins + 1} strictly increasing edges
     * @throws IllegalArgumentException as {@link Histogram#spanning}
     */
    public static double[] edges(int bins, double[]... samples) {
        return Histogram.spanning(bins, samples).edges();
    }

    /**
     * Edges for one sample with the automatic bin count: {@code edges(autoBins(x), x)}.
     *
     * @param x non-empty finite values
     * @return the edges
     */
    public static double[] autoEdges(double[] x) {
        return edges(autoBins(x), x);
    }

    /**
     * Counts of a sample on given edges ({@link Histogram}: bins \( [e_i, e_{i+1}) \), the last
     * bin holding its right edge; values outside are not counted).
     *
     * @param edges bin edges
     * @param x     values, no NaN
     * @return one count per bin
     */
    public static double[] counts(double[] edges, double[] x) {
        return Arrays.stream(Histogram.of(edges, x).counts()).asDoubleStream().toArray();
    }

    /**
     * Density-scaled heights \( c_i / (n\,w_i) \) of a sample on given edges, \( n \) the sample
     * size and \( w_i \) the bin width, so that the bars' area is the share of values inside the
     * edges (1 when the edges span the sample).
     *
     * @param edges bin edges
     * @param x     values, no NaN, at least one
     * @return one height per bin
     */
    public static double[] densities(double[] edges, double[] x) {
        double[] c = counts(edges, x);
        for (int i = 0; i < c.length; i++) {
            c[i] /= x.length * (edges[i + 1] - edges[i]);
        }
        return c;
    }

    /**
     * Proportions \( c_i / n \) of a sample on given edges.
     *
     * @param edges bin edges
     * @param x     values, no NaN, at least one
     * @return one proportion per bin
     */
    public static double[] proportions(double[] edges, double[] x) {
        double[] c = counts(edges, x);
        for (int i = 0; i < c.length; i++) {
            c[i] /= x.length;
        }
        return c;
    }

    /**
     * The outline of a histogram: points \( (e_0, 0), (e_0, h_0), (e_1, h_0), (e_1, h_1), \dots,
     * (e_k, h_{k-1}), (e_k, 0) \). Bin \( i \)'s height is at {@code y[2i + 1]}.
     *
     * @param edges   {@code k + 1} edges
     * @param heights {@code k} heights
     * @return {@code {x, y}}, each of length {@code 2k + 2}
     */
    public static double[][] outline(double[] edges, double[] heights) {
        int k = heights.length;
        double[] x = new double[2 * k + 2];
        double[] y = new double[2 * k + 2];
        x[0] = edges[0];
        for (int i = 0; i < k; i++) {
            x[2 * i + 1] = edges[i];
            y[2 * i + 1] = heights[i];
            x[2 * i + 2] = edges[i + 1];
            y[2 * i + 2] = heights[i];
        }
        x[2 * k + 1] = edges[k];
        return new double[][] {x, y};
    }

    /**
     * The bin heights of a histogram series drawn by {@link #add}: {@code y[2i + 1]}.
     *
     * @param s the series
     * @return {@code k} heights
     */
    public static double[] heights(XYSeries s) {
        double[] y = s.getYData();
        double[] h = new double[(y.length - 2) / 2];
        for (int i = 0; i < h.length; i++) {
            h[i] = y[2 * i + 1];
        }
        return h;
    }

    /**
     * The bin edges of a histogram series drawn by {@link #add}: {@code x[2i + 1]}.
     *
     * @param s the series
     * @return {@code k + 1} edges
     */
    public static double[] edges(XYSeries s) {
        double[] x = s.getXData();
        double[] e = new double[x.length / 2];
        for (int i = 0; i < e.length; i++) {
            e[i] = x[2 * i + 1];
        }
        return e;
    }

    /**
     * Adds a histogram as a filled outline (see the class description).
     *
     * @param chart     the chart
     * @param name      series name (legend)
     * @param edges     bin edges
     * @param heights   bin heights
     * @param colour    line colour; the fill is the same colour with opacity {@code fillAlpha}
     * @param fillAlpha fill opacity, 0 to 255
     * @return the series
     */
    public static XYSeries add(XYChart chart, String name, double[] edges, double[] heights, Color colour,
                               int fillAlpha) {
        double[][] o = outline(edges, heights);
        XYSeries s = chart.addSeries(name, o[0], o[1]);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(new java.awt.BasicStroke(1.3f));
        s.setFillColor(Charts.withAlpha(colour, fillAlpha));
        return s;
    }
}
