package dev.statlearn.plot;

import dev.statlearn.core.Checks;
import dev.statlearn.plot.internal.Charts;
import java.awt.Color;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Helpers shared by {@link MonteCarloPlots}, {@link DistributionPlots} and {@link BayesPlots}:
 * histogram bins, step-area histograms, reference lines and compact labels. Package-private.
 */
final class StatFigures {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+(?:[eE][-+]?\\d+)?");

    private StatFigures() {
    }

    /**
     * A distribution's (or any value's) {@code toString()} with every decimal number cut to 4
     * significant digits: {@code Normal(mean=3.758000000000001, sd=1.759)} becomes
     * {@code Normal(mean=3.758, sd=1.759)}.
     */
    static String label(Object value) {
        Matcher m = NUMBER.matcher(String.valueOf(value));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Charts.fmt(Double.parseDouble(m.group()), 4)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** {@code n >= 2} equally spaced points from {@code lo} to {@code hi} inclusive. */
    static double[] linspace(double lo, double hi, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1);
        }
        x[n - 1] = hi;
        return x;
    }

    /**
     * Freedman–Diaconis bin count \( \lceil (\max - \min) / (2\,\mathrm{IQR}\,n^{-1/3}) \rceil \),
     * clamped to [5, 60]; Sturges' \( \lceil \log_2 n \rceil + 1 \) when the IQR is 0.
     */
    static int binCount(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        double range = s[n - 1] - s[0];
        double iqr = quantileSorted(s, 0.75) - quantileSorted(s, 0.25);
        int bins;
        if (iqr > 0 && range > 0) {
            bins = (int) Math.ceil(range / (2 * iqr * Math.pow(n, -1.0 / 3)));
        } else {
            bins = (int) Math.ceil(Math.log(n) / Math.log(2)) + 1;
        }
        return Math.max(5, Math.min(60, bins));
    }

    /** Linear-interpolation quantile of sorted data (type 7, as numpy's default). */
    static double quantileSorted(double[] s, double p) {
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /**
     * Density-scaled histogram heights \( c_i / (N\,w_i) \) on the given edges (bins as
     * {@code numpy.histogram}: right edge of the last bin included).
     */
    static double[] densityHeights(double[] x, double[] edges) {
        int k = edges.length - 1;
        long[] counts = new long[k];
        for (double v : x) {
            int i = Arrays.binarySearch(edges, v);
            if (i < 0) {
                i = -i - 2;
            }
            if (i == k) {
                i = k - 1;
            }
            if (i >= 0 && i < k) {
                counts[i]++;
            }
        }
        double[] h = new double[k];
        for (int i = 0; i < k; i++) {
            h[i] = counts[i] / (x.length * (edges[i + 1] - edges[i]));
        }
        return h;
    }

    /** Equal-width edges covering the data, {@link #binCount} bins (a unit range for constant data). */
    static double[] edges(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        return linspace(lo, hi, binCount(x) + 1);
    }

    /**
     * Adds a histogram as a filled step series: x are the {@code k + 1} edges, y the {@code k}
     * heights followed by the last height again (so {@code y[i]} is bin {@code i}'s height).
     */
    static XYSeries addHistogram(XYChart chart, String name, double[] edges, double[] heights, Color colour) {
        double[] y = Arrays.copyOf(heights, heights.length + 1);
        y[heights.length] = heights[heights.length - 1];
        XYSeries s = chart.addSeries(name, edges.clone(), y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(new java.awt.BasicStroke(1f));
        s.setFillColor(translucent(colour, 90));
        return s;
    }

    /** A plain line series without markers. */
    static XYSeries addLine(XYChart chart, String name, double[] x, double[] y, Color colour) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(Charts.SOLID);
        return s;
    }

    /** A dashed grey vertical reference line from {@code y0} to {@code y1} at {@code x}. */
    static XYSeries addVertical(XYChart chart, String name, double x, double y0, double y1) {
        XYSeries s = addLine(chart, name, new double[] {x, x}, new double[] {y0, y1}, Charts.REFERENCE);
        s.setLineStyle(Charts.DASHED);
        return s;
    }

    /** The colour with the given alpha (0–255). */
    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Palette colour {@code i} (cycling). */
    static Color colour(int i) {
        return Charts.PALETTE[i % Charts.PALETTE.length];
    }

    /** Checks a data array: non-null, at least {@code min} values, all finite. */
    static double[] data(double[] x, int min, String name) {
        Checks.notNull(x, name);
        if (x.length < min) {
            throw new IllegalArgumentException(name + " must have at least " + min + (min == 1 ? " value" : " values")
                    + ", had " + x.length);
        }
        return Checks.allFinite(x, name);
    }

    /** Largest finite value of an array (0 if none). */
    static double finiteMax(double[] y) {
        double m = 0;
        for (double v : y) {
            if (Double.isFinite(v)) {
                m = Math.max(m, v);
            }
        }
        return m;
    }

    /**
     * Sets the x axis to {@code [lo, hi]} widened outward to multiples of a 1-2-5 step of about a
     * tenth of the range, so that XChart puts its ticks on round numbers.
     */
    static void niceX(XYChart chart, double lo, double hi) {
        double[] r = nice(lo, hi);
        chart.getStyler().setXAxisMin(r[0]);
        chart.getStyler().setXAxisMax(r[1]);
    }

    /** {@code [lo, hi]} widened outward to multiples of a 1-2-5 step of about a tenth of the range. */
    static double[] nice(double lo, double hi) {
        double range = hi - lo;
        if (!(range > 0)) {
            return new double[] {lo - 0.5, hi + 0.5};
        }
        double raw = range / 10;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double step = (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
        return new double[] {Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step};
    }

    /** Tick labels with a leading zero ({@code 0.05}, not XChart's default {@code .05}). */
    static void leadingZeros(XYChart chart) {
        chart.getStyler().setYAxisDecimalPattern("0.######");
    }

    /** {@link Charts#xy} with {@link #leadingZeros} applied and x ticks at least about 90 pixels apart. */
    static XYChart xy(String title, String xTitle, String yTitle, int width, int height) {
        XYChart chart = Charts.xy(title, xTitle, yTitle, width, height);
        leadingZeros(chart);
        chart.getStyler().setXAxisTickMarkSpacingHint(90);
        chart.getStyler().setXAxisMaxLabelCount(12);
        return chart;
    }
}
