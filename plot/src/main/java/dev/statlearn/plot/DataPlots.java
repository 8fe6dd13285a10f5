package dev.statlearn.plot;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.plot.internal.Charts;
import dev.statlearn.plot.internal.Histograms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A dataset at a glance: per-feature histograms in a grid, optionally overlaid by class, and a
 * scatter matrix coloured by class. Feature and class names come from the {@link Dataset}.
 *
 * <h2>Binning</h2>
 * Unless a bin count is given, each feature gets numpy's {@code bins="auto"} rule: bin width
 * \( h = \min(h_{FD}, h_S) \) with the Freedman–Diaconis width
 * \( h_{FD} = 2\,\mathrm{IQR}\; n^{-1/3} \) and the Sturges width
 * \( h_S = (\max - \min)/(\log_2 n + 1) \) (Sturges alone when the IQR is 0), and
 * \( \lceil (\max - \min)/h \rceil \) equal-width bins (1 to 100) spanning the feature's values.
 * When a histogram is split by class, every class is counted on the feature's common bins. Missing
 * values (NaN) are left out of histograms and scatter plots.
 *
 * <pre>{@code
 * DataPlots.histograms(Datasets.iris()).save("iris-histograms.png");
 * DataPlots.scatterMatrix(Datasets.wine(), 0, 6, 9, 12).save("wine-scatter.png");
 * }</pre>
 *
 * @since 0.1
 */
public final class DataPlots {

    /** Use the automatic bin rule (see the class description) instead of a fixed bin count. */
    public static final int AUTO_BINS = 0;

    /** Most histogram panels in one figure; by default the first this many features are shown. */
    public static final int MAX_HISTOGRAMS = 30;

    /** Features in a scatter matrix by default (the first ones). */
    public static final int DEFAULT_SCATTER_FEATURES = 4;

    /** Most features in a scatter matrix (a \( 6 \times 6 \) grid). */
    public static final int MAX_SCATTER_FEATURES = 6;

    private static final int PANEL_WIDTH = 320;
    private static final int PANEL_HEIGHT = 250;

    private DataPlots() {
    }

    /**
     * Histograms of the first {@code min(p, }{@link #MAX_HISTOGRAMS}{@code )} features with the
     * automatic bin rule, overlaid by class for a classification dataset.
     *
     * @param data the data; not modified
     * @return the figure; see {@link #histograms(Dataset, int, boolean, int...)}
     */
    public static Figure histograms(Dataset data) {
        Objects.requireNonNull(data, "data");
        return histograms(data, AUTO_BINS, data.isClassification(), firstColumns(data, MAX_HISTOGRAMS));
    }

    /**
     * Histograms of chosen features, one panel per feature in a near-square grid
     * (\( \lceil \sqrt{k} \rceil \) columns), counts on the y-axis, the feature name on the x-axis
     * and as the panel title.
     *
     * <p>With {@code byClass}, each class is a translucent histogram in its own colour on the
     * feature's common bins, and the first panel's legend names the classes; otherwise one
     * histogram of all rows. The figure is {@code max(800, 320c) × max(600, 250r)} pixels for
     * \( r \) rows and \( c \) columns of panels.
     *
     * @param data     the data; not modified
     * @param bins     bins per feature, or {@link #AUTO_BINS} for the automatic rule
     * @param byClass  whether to split by class (classification datasets only)
     * @param features columns, 1 to {@link #MAX_HISTOGRAMS}, no repeats; none = the first
     *                 {@code min(p, MAX_HISTOGRAMS)}
     * @return the figure, panel \( i \) for {@code features[i]}; its series are the class names
     *         (or {@code "all"}), histogram outlines whose bin \( b \) count is at
     *         {@code y[2b + 1]}
     * @throws IllegalArgumentException if {@code bins} is negative, {@code byClass} is asked of a
     *                                  regression dataset, a column is out of range or repeated,
     *                                  or a column has no non-missing value
     */
    public static Figure histograms(Dataset data, int bins, boolean byClass, int... features) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(features, "features");
        if (bins < 0) {
            throw new IllegalArgumentException("bins must be >= 0 (0 = automatic), was " + bins);
        }
        if (byClass && !data.isClassification()) {
            throw new IllegalArgumentException("byClass needs a classification dataset, data is " + data);
        }
        int[] cols = features.length == 0 ? firstColumns(data, MAX_HISTOGRAMS)
                : checkColumns(data, features, MAX_HISTOGRAMS);
        int[] labels = byClass ? data.labels() : null;
        List<XYChart> panels = new ArrayList<>();
        for (int i = 0; i < cols.length; i++) {
            String name = data.featureNames().get(cols[i]);
            XYChart chart = Charts.xy(name, name, "count", PANEL_WIDTH, PANEL_HEIGHT);
            Charts.smallPanel(chart.getStyler());
            chart.getStyler().setLegendVisible(byClass && i == 0);
            addHistograms(chart, data, cols[i], bins, labels);
            panels.add(chart);
        }
        int c = Charts.gridColumns(panels.size());
        int r = (panels.size() + c - 1) / c;
        String title = "histograms of " + cols.length + " of " + data.numFeatures() + " features of " + data.name()
                + (byClass ? " by class" : "");
        return Figure.grid(title, panels, c, Math.max(Figure.DEFAULT_WIDTH, PANEL_WIDTH * c),
                Math.max(Figure.DEFAULT_HEIGHT, PANEL_HEIGHT * r));
    }

    /** Adds the histogram(s) of column {@code j}: per class when {@code labels} is not null. */
    private static void addHistograms(XYChart chart, Dataset data, int j, int bins, int[] labels) {
        double[] column = data.column(j);
        double[] all = Histograms.present(column);
        if (all.length == 0) {
            throw new IllegalArgumentException("feature \"" + data.featureNames().get(j)
                    + "\" (column " + j + ") has no non-missing value");
        }
        int b = bins == AUTO_BINS ? Histograms.autoBins(all) : bins;
        double[] edges = Histograms.edges(b, all);
        double top = 0;
        if (labels == null) {
            double[] counts = Histograms.counts(edges, all);
            Histograms.add(chart, "all", edges, counts, Charts.PALETTE[0], 140);
            top = Charts.finiteMax(counts);
        } else {
            int k = data.numClasses();
            for (int c = 0; c < k; c++) {
                double[] xc = classValues(column, labels, c);
                if (xc.length == 0) {
                    continue;
                }
                double[] counts = Histograms.counts(edges, xc);
                Histograms.add(chart, data.classNames().get(c), edges, counts,
                        Charts.colour(c), 80);
                top = Math.max(top, Charts.finiteMax(counts));
            }
        }
        // room for the legend above the bars when it is shown
        int entries = chart.getSeriesMap().size();
        Charts.headroom(chart, top, chart.getStyler().isLegendVisible() ? 1.15 + 0.1 * entries : 1.05);
        Charts.roundXAxis(chart, edges[0], edges[edges.length - 1]);
    }

    private static double[] classValues(double[] column, int[] labels, int c) {
        return Charts.points(column, column, i -> labels[i] == c)[0];
    }

    /**
     * A scatter matrix of the first {@code min(p, }{@link #DEFAULT_SCATTER_FEATURES}{@code )}
     * features.
     *
     * @param data the data; not modified
     * @return the figure; see {@link #scatterMatrix(Dataset, int...)}
     */
    public static Figure scatterMatrix(Dataset data) {
        Objects.requireNonNull(data, "data");
        return scatterMatrix(data, firstColumns(data, DEFAULT_SCATTER_FEATURES));
    }

    /**
     * A scatter matrix of chosen features: for \( k \) features a \( k \times k \) grid whose
     * panel \( (r, c) \) (index \( rk + c \)) plots feature \( c \) (x) against feature \( r \)
     * (y), and whose diagonal panels are the features' histograms (automatic bins). Points and
     * histograms are coloured by class for a classification dataset (class names in the first
     * panel's legend); a regression dataset is drawn in one colour. Every panel names its axes.
     * The figure is \( \max(800, 240k) \) pixels square.
     *
     * @param data     the data; not modified
     * @param features columns, 1 to {@link #MAX_SCATTER_FEATURES}, no repeats
     * @return the figure; a scatter panel's series are the class names (or {@code "all"}) with
     *         the rows of that class, in row order, rows with a missing coordinate left out
     * @throws IllegalArgumentException if a column is out of range or repeated, there are too many
     *                                  or none, or a column has no non-missing value
     */
    public static Figure scatterMatrix(Dataset data, int... features) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(features, "features");
        if (features.length == 0) {
            throw new IllegalArgumentException("features must name 1 to " + MAX_SCATTER_FEATURES + " columns, had 0");
        }
        int[] cols = checkColumns(data, features, MAX_SCATTER_FEATURES);
        int k = cols.length;
        int cell = Math.max(240, (Figure.DEFAULT_WIDTH + k - 1) / k);
        int[] labels = data.isClassification() ? data.labels() : null;
        List<XYChart> panels = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                String xName = data.featureNames().get(cols[c]);
                String yName = data.featureNames().get(cols[r]);
                XYChart chart;
                if (r == c) {
                    chart = Charts.xy("", xName, "count", cell, cell);
                    chart.getStyler().setLegendVisible(labels != null && r == 0);
                    addHistograms(chart, data, cols[c], AUTO_BINS, labels);
                } else {
                    chart = Charts.xy("", xName, yName, cell, cell);
                    chart.getStyler().setLegendVisible(false);
                    addScatter(chart, data, cols[c], cols[r], labels);
                }
                Charts.smallPanel(chart.getStyler());
                chart.getStyler().setChartTitleVisible(false);
                panels.add(chart);
            }
        }
        String title = "scatter matrix of " + k + " features of " + data.name();
        return Figure.grid(title, panels, k, k * cell, k * cell);
    }

    private static void addScatter(XYChart chart, Dataset data, int xj, int yj, int[] labels) {
        double[] x = data.column(xj);
        double[] y = data.column(yj);
        chart.getStyler().setMarkerSize(4);
        int k = labels == null ? 1 : data.numClasses();
        for (int c = 0; c < k; c++) {
            int cls = c;
            double[][] p = Charts.points(x, y, i -> labels == null || labels[i] == cls);
            if (p[0].length == 0) {
                continue;
            }
            XYSeries s = chart.addSeries(labels == null ? "all" : data.classNames().get(c), p[0], p[1]);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Charts.withAlpha(Charts.colour(c), 150));
        }
        double[] present = Histograms.present(x);
        if (present.length > 0) {
            Charts.roundXAxis(chart, Arrays.stream(present).min().getAsDouble(),
                    Arrays.stream(present).max().getAsDouble());
        }
    }

    private static int[] firstColumns(Dataset data, int limit) {
        int[] cols = new int[Math.min(limit, data.numFeatures())];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = j;
        }
        return cols;
    }

    private static int[] checkColumns(Dataset data, int[] features, int limit) {
        if (features.length > limit) {
            throw new IllegalArgumentException("features must name at most " + limit + " columns, had "
                    + features.length);
        }
        int p = data.numFeatures();
        boolean[] seen = new boolean[p];
        for (int i = 0; i < features.length; i++) {
            int j = features[i];
            if (j < 0 || j >= p) {
                throw new IllegalArgumentException("features[" + i + "] must be in [0, " + p + "), was " + j);
            }
            if (seen[j]) {
                throw new IllegalArgumentException("features[" + i + "] = " + j + " is repeated");
            }
            seen[j] = true;
        }
        return features.clone();
    }
}
