package dev.statlearn.plot.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one place where statlearn's figures get their look: chart factories with a shared theme,
 * a fixed colour cycle, and number formatting for legends and annotations. Not public API.
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

    private Charts() {
    }

    /**
     * An XY chart with the shared theme.
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
        return chart;
    }

    /**
     * Applies the shared theme to any axes chart's styler.
     *
     * @param s the styler
     */
    public static void theme(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(180, 180, 180));
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendBorderColor(new Color(200, 200, 200));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setChartTitleBoxVisible(false);
        s.setSeriesColors(PALETTE);
        s.setLocale(Locale.ROOT);
    }

    /**
     * A number with {@code digits} significant digits, without trailing zeros, for legends and
     * annotations ({@code fmt(0.912345, 3)} is {@code "0.912"}).
     *
     * @param x      the number
     * @param digits significant digits, at least 1
     * @return the text
     */
    public static String fmt(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        double ax = Math.abs(x);
        if (ax >= 1e6 || ax < 1e-4) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", x);
        }
        String s = new java.math.BigDecimal(x).round(new java.math.MathContext(digits)).stripTrailingZeros()
                .toPlainString();
        return s;
    }
}
