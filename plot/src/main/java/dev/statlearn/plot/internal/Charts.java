package dev.statlearn.plot.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The one place where statlearn's figures get their look: chart factories with a shared theme
 * (fonts, colours, tick labels, legend), a fixed colour cycle, line and reference-line series, and
 * round axis ranges. Numbers in titles, legends and annotations are written with core's
 * {@code Format.sig}. Not public API.
 *
 * <p>Rules every builder follows: data in {@link #PALETTE} order; reference lines (chance
 * diagonals, baselines, exact values, chosen thresholds) grey and dashed ({@link #reference});
 * legends inside the plot area on a translucent white background, in the corner the data leave
 * free (headroom above histograms and densities for a legend at the top); tick labels with a
 * leading zero ({@code 0.05}); x axes of evenly spaced data on round numbers
 * ({@link #roundXAxis}).
 */
public final class Charts {

    /** Colour cycle (Tableau 10, colour-blind friendly order), used in series order. */
    public static final Color[] PALETTE = {
        new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
        new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127),
        new Color(188, 189, 34), new Color(23, 190, 207)};

    /** Grey for reference lines (chance diagonal, baselines, exact values). */
    public static final Color REFERENCE = new Color(110, 110, 110);

    /** Dashed stroke for reference lines. */
    public static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    /** Solid stroke for data lines. */
    public static final BasicStroke SOLID = new BasicStroke(2f);

    /** Thinner solid stroke for secondary data lines (likelihoods, lower-ranked fits, stems). */
    public static final BasicStroke THIN = new BasicStroke(1.5f);

    /** Chart title font. */
    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    /** Axis title font. */
    public static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** Tick label font. */
    public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** Legend font. */
    public static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Font of text written on the plot (text boxes, bar labels, annotations). */
    public static final Font TEXT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /**
     * Tick label pattern: grouped thousands and a leading zero ({@code 1,000}, {@code 0.05});
     * XChart's own pattern writes {@code .05}.
     */
    public static final String TICK_PATTERN = "#,##0.########";

    /** Legend background: white, slightly translucent, so that a legend never hides data completely. */
    public static final Color LEGEND_BACKGROUND = new Color(255, 255, 255, 215);

    private Charts() {
    }

    /**
     * An XY chart with the shared theme and no markers by default.
     *
     * @param title  chart title
     * @param xTitle x-axis title
     * @param yTitle y-axis title
     * @param width  width in pixels
     * @param height height in pixels
     * @return the chart
     */
    public static XYChart xy(String title, String xTitle, String yTitle, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        theme(chart.getStyler());
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setXAxisTickMarkSpacingHint(90);
        chart.getStyler().setXAxisMaxLabelCount(12);
        return chart;
    }

    /**
     * A category (bar) chart with the shared theme.
     *
     * @param title  chart title
     * @param xTitle x-axis title
     * @param yTitle y-axis title
     * @param width  width in pixels
     * @param height height in pixels
     * @return the chart
     */
    public static CategoryChart category(String title, String xTitle, String yTitle, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        theme(chart.getStyler());
        chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        return chart;
    }

    /**
     * Applies the shared theme to any axes chart's styler (XY, category, heat map): white
     * background, light grid, the fonts above, {@link #TICK_PATTERN} tick labels, the palette,
     * legend inside at the top right (a heat map keeps its colour scale outside) on
     * {@link #LEGEND_BACKGROUND}, root locale.
     *
     * @param s the styler
     */
    public static void theme(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(180, 180, 180));
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setChartTitleFont(TITLE_FONT);
        s.setAxisTitleFont(AXIS_FONT);
        s.setAxisTickLabelsFont(TICK_FONT);
        s.setLegendFont(LEGEND_FONT);
        s.setAnnotationTextFont(TEXT_FONT);
        s.setLegendBorderColor(new Color(200, 200, 200));
        s.setLegendBackgroundColor(LEGEND_BACKGROUND);
        if (!(s instanceof HeatMapStyler)) {
            s.setLegendPosition(Styler.LegendPosition.InsideNE);
        }
        s.setChartTitleBoxVisible(false);
        s.setSeriesColors(PALETTE);
        s.setLocale(Locale.ROOT);
        s.setDecimalPattern(TICK_PATTERN);
    }

    /**
     * Smaller fonts and padding for a panel of a grid of many panels.
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
        s.setXAxisTickMarkSpacingHint(60);
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

    /**
     * Palette colour {@code i}, cycling.
     *
     * @param i series index, {@code >= 0}
     * @return the colour
     */
    public static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
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
     * Adds a data line: solid, no markers.
     *
     * @param chart  the chart
     * @param name   series name (legend)
     * @param x      x values; not copied by XChart's contract, so pass arrays nobody modifies
     * @param y      y values (NaN leaves a gap)
     * @param colour line colour
     * @return the series
     */
    public static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color colour) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(SOLID);
        return s;
    }

    /**
     * Adds a reference line: grey, dashed, no markers (the chance diagonal, a baseline, an exact
     * value, a chosen threshold).
     *
     * @param chart the chart
     * @param name  series name (legend)
     * @param x     x values
     * @param y     y values
     * @return the series
     */
    public static XYSeries reference(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = line(chart, name, x, y, REFERENCE);
        s.setLineStyle(DASHED);
        return s;
    }

    /**
     * Adds a vertical reference line at \( x \) from \( y_0 \) to \( y_1 \).
     *
     * @param chart the chart
     * @param name  series name (legend)
     * @param x     position
     * @param y0    lower end
     * @param y1    upper end
     * @return the series
     */
    public static XYSeries vertical(XYChart chart, String name, double x, double y0, double y1) {
        return reference(chart, name, new double[] {x, x}, new double[] {y0, y1});
    }

    /**
     * Adds a horizontal reference line at \( y \) from \( x_0 \) to \( x_1 \).
     *
     * @param chart the chart
     * @param name  series name (legend)
     * @param y     position
     * @param x0    left end
     * @param x1    right end
     * @return the series
     */
    public static XYSeries horizontal(XYChart chart, String name, double y, double x0, double x1) {
        return reference(chart, name, new double[] {x0, x1}, new double[] {y, y});
    }

    /**
     * {@code n >= 2} equally spaced points from {@code lo} to {@code hi} inclusive:
     * \( x_i = lo + (hi - lo)\, i/(n - 1) \), the last exactly {@code hi}.
     *
     * @param lo first point
     * @param hi last point
     * @param n  number of points, at least 2
     * @return the points
     */
    public static double[] linspace(double lo, double hi, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1);
        }
        x[n - 1] = hi;
        return x;
    }

    /**
     * The points \( (x_i, y_i) \) of the rows {@code i} that {@code keep} accepts and whose
     * coordinates are both present (not NaN), in row order.
     *
     * @param x    x values, one per row; not modified
     * @param y    y values, one per row; not modified
     * @param keep which rows to consider
     * @return {@code {xs, ys}}
     */
    public static double[][] points(double[] x, double[] y, IntPredicate keep) {
        int[] rows = IntStream.range(0, x.length)
                .filter(i -> keep.test(i) && !Double.isNaN(x[i]) && !Double.isNaN(y[i])).toArray();
        double[] sx = new double[rows.length];
        double[] sy = new double[rows.length];
        for (int t = 0; t < rows.length; t++) {
            sx[t] = x[rows[t]];
            sy[t] = y[rows[t]];
        }
        return new double[][] {sx, sy};
    }

    /**
     * Largest finite value of an array.
     *
     * @param y values
     * @return the maximum, 0 if there is no finite positive value
     */
    public static double finiteMax(double[] y) {
        double m = 0;
        for (double v : y) {
            if (Double.isFinite(v)) {
                m = Math.max(m, v);
            }
        }
        return m;
    }

    /**
     * The y axis from 0 to {@code factor} times the tallest value drawn (room for a legend or a
     * text box at the top); from 0 to 1 when nothing is taller than 0.
     *
     * @param chart  the chart
     * @param top    the tallest value drawn
     * @param factor headroom factor, e.g. 1.3
     */
    public static void headroom(XYChart chart, double top, double factor) {
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(top > 0 ? top * factor : 1.0);
    }

    /**
     * {@code [lo, hi]} widened outward to multiples of a 1-2-5 step \( s \) of about a tenth of
     * the range: \( [\lfloor lo/s \rfloor s, \lceil hi/s \rceil s] \); a unit range around a
     * single value.
     *
     * @param lo smallest value to show
     * @param hi largest value to show
     * @return {@code {lo', hi', s}}
     */
    public static double[] niceRange(double lo, double hi) {
        double range = hi - lo;
        if (!(range > 0)) {
            return new double[] {lo - 0.5, hi + 0.5, 0.5};
        }
        double raw = range / 10;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double step = (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
        return new double[] {Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step, step};
    }

    /**
     * Sets the x axis to {@code [lo, hi]} widened to round numbers ({@link #niceRange}), so that
     * ticks fall on round numbers. Call it after the series are added: when the series' distinct
     * x values together with the two ends are evenly spaced (epochs 1, 2, …; histogram edges),
     * XChart would put a tick on every data value, printed with all its digits; the upper end is
     * then moved out by half a step, which breaks the even spacing and gives round ticks. A single
     * value gets the unit range around it.
     *
     * @param chart the chart, with its series
     * @param lo    smallest x to show
     * @param hi    largest x to show
     */
    public static void roundXAxis(XYChart chart, double lo, double hi) {
        double[] r = niceRange(lo, hi);
        double max = r[1];
        if (hi > lo && evenlySpaced(chart, r[0], max)) {
            max += r[2] / 2;
        }
        chart.getStyler().setXAxisMin(r[0]);
        chart.getStyler().setXAxisMax(max);
    }

    /**
     * Whether XChart would take the x axis for evenly spaced values (its
     * {@code AxisTickCalculator_.areValuesEquallySpaced}: the axis ends and the distinct x values in
     * series order, consecutive differences within \( 10^{-4} \)).
     */
    static boolean evenlySpaced(XYChart chart, double min, double max) {
        Set<Double> set = new LinkedHashSet<>();
        set.add(min);
        for (XYSeries s : chart.getSeriesMap().values()) {
            for (double x : s.getXData()) {
                set.add(x);
            }
        }
        set.add(max);
        List<Double> v = new ArrayList<>(set);
        if (v.size() < 2 || Math.abs(max - min) < 1e-4) {
            return false;
        }
        double space = v.get(1) - v.get(0);
        for (int i = 1; i < v.size(); i++) {
            if (Math.abs(v.get(i) - v.get(i - 1) - space) >= 1e-4) {
                return false;
            }
        }
        return true;
    }
}
