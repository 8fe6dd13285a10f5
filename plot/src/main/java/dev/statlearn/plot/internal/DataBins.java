package dev.statlearn.plot.internal;

import dev.statlearn.stats.divergence.Histogram;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Histogram binning and drawing shared by the data and monitoring figures: the automatic bin
 * count, shared equal-width edges, counts, and a histogram drawn as a filled step outline on an
 * {@link XYChart}. Not public API.
 */
public final class DataBins {

    /** Largest number of bins the automatic rule returns. */
    public static final int MAX_AUTO_BINS = 100;

    private DataBins() {
    }

    /**
     * The values that are not NaN, in order.
     *
     * @param x values; not modified
     * @return a new array
     */
    public static double[] present(double[] x) {
        int m = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                m++;
            }
        }
        double[] out = new double[m];
        int i = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                out[i++] = v;
            }
        }
        return out;
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
        double range = s[n - 1] - s[0];
        if (n < 2 || !(range > 0)) {
            return 1;
        }
        double sturges = range / (Math.log(n) / Math.log(2) + 1);
        double iqr = quantile(s, 0.75) - quantile(s, 0.25);
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
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * Equal-width edges spanning all the samples ({@link Histogram#spanning}: a constant sample
     * \( v \) gets \( [v - 0.5, v + 0.5] \)).
     *
     * @param bins    number of bins, at least 1
     * @param samples non-empty finite samples
     * @return {@code bins + 1} edges
     */
    public static double[] edges(int bins, double[]... samples) {
        return Histogram.spanning(bins, samples).edges();
    }

    /**
     * Counts of a sample on given edges (numpy's convention: the last bin holds its right edge).
     *
     * @param edges bin edges
     * @param x     finite values inside the edges
     * @return one count per bin
     */
    public static double[] counts(double[] edges, double[] x) {
        long[] c = Histogram.of(edges, x).counts();
        double[] out = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i];
        }
        return out;
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
     * Adds a histogram as a filled step outline.
     *
     * @param chart   the chart
     * @param name    series name (legend)
     * @param edges   bin edges
     * @param heights bin heights
     * @param colour  line colour; the fill is the same colour with alpha {@code fillAlpha}
     * @param fillAlpha fill opacity, 0 to 255
     * @return the series
     */
    public static XYSeries addHistogram(XYChart chart, String name, double[] edges, double[] heights,
                                        Color colour, int fillAlpha) {
        double[][] o = outline(edges, heights);
        XYSeries s = chart.addSeries(name, o[0], o[1]);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineWidth(1.3f);
        s.setFillColor(withAlpha(colour, fillAlpha));
        return s;
    }

    /**
     * Readable x-axis ticks for a histogram: a margin of 2% of the edge range \( R \) on each
     * side. Besides looking better, the margin keeps XChart from treating the equally spaced bin
     * edges as categories (it would put a tick at every edge, printed with all its digits, and
     * crowd them); with it, ticks fall on round numbers.
     *
     * @param chart the chart
     * @param edges the bin edges on its x-axis
     */
    public static void edgeTicks(XYChart chart, double[] edges) {
        double lo = edges[0];
        double hi = edges[edges.length - 1];
        double pad = 0.02 * (hi - lo);
        chart.getStyler().setXAxisMin(lo - pad);
        chart.getStyler().setXAxisMax(hi + pad);
    }

    /**
     * Leaves room above the tallest bar for a legend in the upper corner: the y-axis runs from 0
     * to {@code factor} times the tallest height.
     *
     * @param chart     the chart
     * @param maxHeight the tallest height drawn
     * @param factor    headroom factor, e.g. 1.3
     */
    public static void headroom(XYChart chart, double maxHeight, double factor) {
        chart.getStyler().setYAxisMin(0.0);
        if (maxHeight > 0) {
            chart.getStyler().setYAxisMax(maxHeight * factor);
        }
    }

    /**
     * The largest value of an array.
     *
     * @param x values, at least one
     * @return the maximum
     */
    public static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }

    /**
     * A colour with another opacity.
     *
     * @param c     colour
     * @param alpha opacity, 0 to 255
     * @return the colour
     */
    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /**
     * Smaller fonts for a panel of a grid.
     *
     * @param s the styler
     */
    public static void smallPanel(AxesChartStyler s) {
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        s.setChartPadding(4);
        s.setLegendPadding(4);
    }

    /**
     * Columns of a near-square grid for {@code k} panels: \( \lceil \sqrt{k} \rceil \).
     *
     * @param k number of panels, at least 1
     * @return columns
     */
    public static int gridColumns(int k) {
        return (int) Math.ceil(Math.sqrt(k));
    }
}
