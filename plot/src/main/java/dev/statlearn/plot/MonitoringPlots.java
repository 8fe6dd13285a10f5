package dev.statlearn.plot;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.internal.Format;
import dev.statlearn.eval.monitor.DriftReport;
import dev.statlearn.eval.monitor.FeatureDrift;
import dev.statlearn.eval.resample.Resampled;
import dev.statlearn.plot.internal.Charts;
import dev.statlearn.plot.internal.Histograms;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures for monitoring data and for class-imbalance remedies: data drift feature by feature
 * ({@link DriftReport}), class counts before and after resampling, and SMOTE's synthetic points
 * over the originals ({@link Resampled}).
 *
 * <pre>{@code
 * Dataset wine = Datasets.wine();
 * Dataset reference = wine.select(firstHalf), current = wine.select(secondHalf);
 * MonitoringPlots.drift(reference, current, DriftReport.of(reference, current)).save("drift.png");
 *
 * Resampled smote = Resampling.smote(train, 5, new SplittableRandom(1));
 * MonitoringPlots.classCounts(train, smote).save("counts.png");
 * MonitoringPlots.synthetic(smote, "mean radius", "mean texture").save("smote.png");
 * }</pre>
 *
 * @since 0.1
 */
public final class MonitoringPlots {

    /**
     * Features shown by default in a drift figure: with more features than this, the ones with the
     * largest PSI are shown.
     */
    public static final int DEFAULT_DRIFT_FEATURES = 12;

    /** Most features a drift figure accepts when they are chosen by name. */
    public static final int MAX_DRIFT_FEATURES = 30;

    /** Panel background of a feature with verdict {@code DRIFT}. */
    static final Color DRIFT_BACKGROUND = new Color(253, 224, 224);
    /** Panel background of a feature with verdict {@code WARNING}. */
    static final Color WARNING_BACKGROUND = new Color(255, 244, 204);

    private static final int PANEL_WIDTH = 380;
    private static final int PANEL_HEIGHT = 280;

    private MonitoringPlots() {
    }

    /**
     * Drift of every feature (up to {@link #DEFAULT_DRIFT_FEATURES}) with a report computed here
     * with default settings ({@link DriftReport#of(Dataset, Dataset)}).
     *
     * @param reference reference data (e.g. the training data); not modified
     * @param current   current data with the same columns; not modified
     * @return the figure; see {@link #drift(Dataset, Dataset, DriftReport, List)}
     */
    public static Figure drift(Dataset reference, Dataset current) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(current, "current");
        return drift(reference, current, DriftReport.of(reference, current));
    }

    /**
     * Drift of the features of a report: all of them when there are at most
     * {@link #DEFAULT_DRIFT_FEATURES}, otherwise the {@link #DEFAULT_DRIFT_FEATURES} with the
     * largest PSI (ties: the earlier column), shown in column order.
     *
     * @param reference the reference data the report was made from; not modified
     * @param current   the current data the report was made from; not modified
     * @param report    the report, from {@link DriftReport#of(Dataset, Dataset, DriftReport.Settings)}
     * @return the figure; see {@link #drift(Dataset, Dataset, DriftReport, List)}
     */
    public static Figure drift(Dataset reference, Dataset current, DriftReport report) {
        checkDriftInputs(reference, current, report);
        List<FeatureDrift> all = report.features();
        List<String> chosen = new ArrayList<>();
        if (all.size() <= DEFAULT_DRIFT_FEATURES) {
            for (FeatureDrift f : all) {
                chosen.add(f.feature());
            }
        } else {
            Integer[] order = new Integer[all.size()];
            for (int j = 0; j < order.length; j++) {
                order[j] = j;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -all.get(j).psi()).thenComparingInt(j -> j));
            int[] top = new int[DEFAULT_DRIFT_FEATURES];
            for (int i = 0; i < top.length; i++) {
                top[i] = order[i];
            }
            Arrays.sort(top);
            for (int j : top) {
                chosen.add(all.get(j).feature());
            }
        }
        return drift(reference, current, report, chosen);
    }

    /**
     * Drift of chosen features: one panel per feature in a near-square grid (\( \lceil \sqrt{k}
     * \rceil \) columns), in the order given.
     *
     * <p>Each panel overlays the reference (blue) and current (orange) histograms as bin
     * proportions on the report's own bins: \( B \) equal-width bins spanning both samples
     * ({@link DriftReport.Settings#bins()}), missing values dropped, so the plotted proportions
     * \( r_i, c_i \) are exactly those the PSI was computed from. The x-axis is the feature, the
     * panel title its verdict, PSI and Kolmogorov–Smirnov p-value (3 significant digits); the
     * panel background is pale red for {@code DRIFT} and pale yellow for {@code WARNING}. The
     * figure is {@code max(800, 380c) × max(600, 280r)} pixels for \( r \) rows and \( c \)
     * columns.
     *
     * @param reference the reference data the report was made from; not modified
     * @param current   the current data the report was made from; not modified
     * @param report    the report
     * @param features  feature names to show, 1 to {@link #MAX_DRIFT_FEATURES}, no repeats
     * @return the figure, panel \( i \) for {@code features.get(i)}; each panel's series are
     *         {@code "reference"} and {@code "current"}, histogram outlines whose bin \( i \)
     *         proportion is at {@code y[2i + 1]}
     * @throws IllegalArgumentException if the data do not match the report (column count, feature
     *                                  names, sample sizes), a feature is unknown or repeated, or
     *                                  the list is empty or too long
     */
    public static Figure drift(Dataset reference, Dataset current, DriftReport report, List<String> features) {
        checkDriftInputs(reference, current, report);
        Objects.requireNonNull(features, "features");
        if (features.isEmpty() || features.size() > MAX_DRIFT_FEATURES) {
            throw new IllegalArgumentException("features must name 1 to " + MAX_DRIFT_FEATURES
                    + " features, had " + features.size());
        }
        List<String> names = reference.featureNames();
        Set<String> seen = new HashSet<>();
        List<XYChart> panels = new ArrayList<>();
        int drifted = 0;
        for (int i = 0; i < features.size(); i++) {
            String name = Objects.requireNonNull(features.get(i), "features[" + i + "]");
            int j = names.indexOf(name);
            if (j < 0) {
                throw new IllegalArgumentException("features[" + i + "] = \"" + name
                        + "\" is not a feature of the report; features are " + names);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("features[" + i + "] = \"" + name + "\" is repeated");
            }
            FeatureDrift fd = report.features().get(j);
            if (fd.verdict() == FeatureDrift.Verdict.DRIFT) {
                drifted++;
            }
            panels.add(driftPanel(fd, Histograms.present(reference.column(j)), Histograms.present(current.column(j)),
                    report.settings().bins()));
        }
        int cols = Charts.gridColumns(panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        String title = "drift: " + drifted + " of " + features.size() + " features shown drifted ("
                + report.features().size() + " in the report)";
        return Figure.grid(title, panels, cols, Math.max(Figure.DEFAULT_WIDTH, PANEL_WIDTH * cols),
                Math.max(Figure.DEFAULT_HEIGHT, PANEL_HEIGHT * rows));
    }

    private static void checkDriftInputs(Dataset reference, Dataset current, DriftReport report) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(report, "report");
        if (reference.numFeatures() != current.numFeatures()) {
            throw new IllegalArgumentException("current has " + current.numFeatures()
                    + " features but reference has " + reference.numFeatures());
        }
        List<FeatureDrift> fs = report.features();
        if (fs.size() != reference.numFeatures()) {
            throw new IllegalArgumentException("report has " + fs.size() + " features but reference has "
                    + reference.numFeatures() + ": make the report from these datasets");
        }
        for (int j = 0; j < fs.size(); j++) {
            FeatureDrift f = fs.get(j);
            String name = reference.featureNames().get(j);
            if (!f.feature().equals(name)) {
                throw new IllegalArgumentException("report feature " + j + " is \"" + f.feature()
                        + "\" but reference column " + j + " is \"" + name + "\"");
            }
            int nr = Histograms.present(reference.column(j)).length;
            int nc = Histograms.present(current.column(j)).length;
            if (f.referenceSize() != nr || f.currentSize() != nc) {
                throw new IllegalArgumentException("report was made from other data: feature \"" + name
                        + "\" has sizes " + f.referenceSize() + " / " + f.currentSize()
                        + " in the report but " + nr + " / " + nc + " non-missing values in reference / current");
            }
        }
    }

    private static XYChart driftPanel(FeatureDrift fd, double[] r, double[] c, int bins) {
        double[] edges = Histograms.edges(bins, r, c);
        double[] pr = Histograms.proportions(edges, r);
        double[] pc = Histograms.proportions(edges, c);
        String title = fd.verdict() + ": PSI " + Format.sig(fd.psi(), 3) + ", KS p " + Format.sig(fd.ksPValue(), 3);
        XYChart chart = Charts.xy(title, fd.feature(), "proportion", PANEL_WIDTH, PANEL_HEIGHT);
        Charts.smallPanel(chart.getStyler());
        Charts.headroom(chart, Math.max(Charts.finiteMax(pr), Charts.finiteMax(pc)), 1.3);
        if (fd.verdict() == FeatureDrift.Verdict.DRIFT) {
            chart.getStyler().setChartBackgroundColor(DRIFT_BACKGROUND);
        } else if (fd.verdict() == FeatureDrift.Verdict.WARNING) {
            chart.getStyler().setChartBackgroundColor(WARNING_BACKGROUND);
        }
        Histograms.add(chart, "reference", edges, pr, Charts.PALETTE[0], 90);
        Histograms.add(chart, "current", edges, pc, Charts.PALETTE[1], 90);
        Charts.roundXAxis(chart, edges[0], edges[edges.length - 1]);
        return chart;
    }

    /**
     * Class counts before and after resampling: grouped bars, one group per class (named from the
     * dataset), the count printed on each bar.
     *
     * @param before    the data that were resampled; a classification dataset
     * @param resampled the result of resampling them (e.g. {@code Resampling.smote(before, 5, rng)}),
     *                  with the same class names
     * @return an 800 × 600 figure with series {@code "before (n = …)"} and {@code "after (n = …)"}
     *         whose y-values are the class counts in class order
     * @throws IllegalArgumentException if a dataset is not a classification dataset or the class
     *                                  names differ
     */
    public static Figure classCounts(Dataset before, Resampled resampled) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(resampled, "resampled");
        Dataset after = resampled.dataset();
        requireClassification(before, "before");
        requireClassification(after, "resampled.dataset()");
        if (!before.classNames().equals(after.classNames())) {
            throw new IllegalArgumentException("resampled.dataset() has classes " + after.classNames()
                    + " but before has " + before.classNames());
        }
        int synthetic = resampled.syntheticCount();
        String title = "class counts: " + before.size() + " rows before, " + after.size() + " after"
                + (synthetic > 0 ? " (" + synthetic + " synthetic)" : "");
        CategoryChart chart = Charts.category(title, "class", "rows", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(true);
        chart.getStyler().setLabelsPosition(0.9);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        List<String> classes = before.classNames();
        CategorySeries b = chart.addSeries("before (n = " + before.size() + ")", classes, toList(before.classCounts()));
        b.setFillColor(Charts.PALETTE[7]);
        CategorySeries a = chart.addSeries("after (n = " + after.size() + ")", classes, toList(after.classCounts()));
        a.setFillColor(Charts.PALETTE[0]);
        return Figure.of(title, chart);
    }

    private static List<Integer> toList(int[] x) {
        List<Integer> out = new ArrayList<>(x.length);
        for (int v : x) {
            out.add(v);
        }
        return out;
    }

    private static void requireClassification(Dataset d, String name) {
        if (!d.isClassification()) {
            throw new IllegalArgumentException(name + " must be a classification dataset, was " + d);
        }
    }

    /**
     * SMOTE's synthetic points over the original ones, on the first two features; see
     * {@link #synthetic(Resampled, int, int)}.
     *
     * @param resampled the result of SMOTE (or any resampling)
     * @return the figure
     * @throws IllegalArgumentException if the data have fewer than 2 features
     */
    public static Figure synthetic(Resampled resampled) {
        Objects.requireNonNull(resampled, "resampled");
        if (resampled.dataset().numFeatures() < 2) {
            throw new IllegalArgumentException("resampled.dataset() must have >= 2 features, had "
                    + resampled.dataset().numFeatures());
        }
        return synthetic(resampled, 0, 1);
    }

    /**
     * SMOTE's synthetic points over the original ones, on two features named as in the dataset.
     *
     * @param resampled the result of SMOTE (or any resampling)
     * @param xFeature  feature on the x-axis
     * @param yFeature  feature on the y-axis
     * @return the figure; see {@link #synthetic(Resampled, int, int)}
     * @throws IllegalArgumentException if a name is not a feature of the dataset
     */
    public static Figure synthetic(Resampled resampled, String xFeature, String yFeature) {
        Objects.requireNonNull(resampled, "resampled");
        return synthetic(resampled, featureIndex(resampled.dataset(), xFeature, "xFeature"),
                featureIndex(resampled.dataset(), yFeature, "yFeature"));
    }

    private static int featureIndex(Dataset d, String name, String arg) {
        Objects.requireNonNull(name, arg);
        int j = d.featureNames().indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException(arg + " = \"" + name + "\" is not a feature; features are "
                    + d.featureNames());
        }
        return j;
    }

    /**
     * SMOTE's synthetic points over the original ones on two features: a scatter plot with the
     * rows copied from the input ({@link Resampled#isSynthetic(int)} false) as translucent filled
     * circles, one series per class, and the synthetic rows as crosses in their class's colour,
     * drawn on top. Rows with a missing coordinate are left out. Axis titles are the feature
     * names; the legend gives each series' size.
     *
     * @param resampled the result of SMOTE (or any resampling); a classification dataset
     * @param xFeature  column on the x-axis
     * @param yFeature  column on the y-axis
     * @return an 800 × 600 figure whose series are, per class with rows, {@code "<class> (n)"}
     *         (copied rows, in row order) and then {@code "<class> synthetic (n)"}
     * @throws IllegalArgumentException if a column is out of range or the dataset is not a
     *                                  classification dataset
     */
    public static Figure synthetic(Resampled resampled, int xFeature, int yFeature) {
        Objects.requireNonNull(resampled, "resampled");
        Dataset d = resampled.dataset();
        requireClassification(d, "resampled.dataset()");
        checkColumn(xFeature, d, "xFeature");
        checkColumn(yFeature, d, "yFeature");
        double[] x = d.column(xFeature);
        double[] y = d.column(yFeature);
        int[] labels = d.labels();
        boolean[] syn = resampled.synthetic();
        int k = d.numClasses();
        String title = resampled.syntheticCount() + " synthetic rows over " + (d.size() - resampled.syntheticCount())
                + " copied";
        XYChart chart = Charts.xy(title, d.featureNames().get(xFeature), d.featureNames().get(yFeature),
                Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        chart.getStyler().setMarkerSize(7);
        List<Runnable> onTop = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Color colour = Charts.colour(c);
            double[][] orig = select(x, y, labels, syn, c, false);
            if (orig[0].length > 0) {
                XYSeries s = chart.addSeries(d.classNames().get(c) + " (" + orig[0].length + ")", orig[0], orig[1]);
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setMarkerColor(Charts.withAlpha(colour, 110));
            }
            double[][] gen = select(x, y, labels, syn, c, true);
            if (gen[0].length > 0) {
                String name = d.classNames().get(c) + " synthetic (" + gen[0].length + ")";
                onTop.add(() -> {
                    XYSeries s = chart.addSeries(name, gen[0], gen[1]);
                    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                    s.setMarker(SeriesMarkers.CROSS);
                    s.setMarkerColor(colour.darker());
                });
            }
        }
        onTop.forEach(Runnable::run);
        return Figure.of(title, chart);
    }

    private static double[][] select(double[] x, double[] y, int[] labels, boolean[] syn, int c, boolean synthetic) {
        return Charts.points(x, y, i -> labels[i] == c && syn[i] == synthetic);
    }

    private static void checkColumn(int j, Dataset d, String name) {
        if (j < 0 || j >= d.numFeatures()) {
            throw new IllegalArgumentException(name + " must be in [0, " + d.numFeatures() + "), was " + j);
        }
    }
}
