package dev.statlearn.plot;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.eval.ConfidenceInterval;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.calibration.ReliabilityTable;
import dev.statlearn.eval.curve.DeLong;
import dev.statlearn.eval.curve.PrecisionRecallCurve;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.eval.threshold.OperatingPoint;
import dev.statlearn.plot.internal.Charts;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures for evaluating classifiers, from the result types of {@code dev.statlearn.eval}: ROC
 * curves with the AUC and its DeLong interval, precision–recall curves with the average
 * precision, reliability diagrams with the bin counts, confusion-matrix heat maps, and metrics
 * against the decision threshold with the chosen operating point.
 *
 * <pre>{@code
 * Map<String, double[]> scores = new LinkedHashMap<>();
 * scores.put("MLP", mlpProbabilities);
 * scores.put("worst radius", negatedRadius);
 * EvaluationPlots.roc(yTest, scores).save("roc.png");
 * EvaluationPlots.precisionRecall(yTest, scores).save("pr.png");
 * EvaluationPlots.reliability(ReliabilityTable.of(yTest, mlpProbabilities, 10)).save("calibration.png");
 * EvaluationPlots.confusionMatrix(ConfusionMatrix.of(yTest, predicted), data.classNames()).save("cm.png");
 * RocCurve roc = RocCurve.of(yTest, mlpProbabilities);
 * EvaluationPlots.thresholds(roc, Thresholds.maxFBeta(roc, 1)).save("thresholds.png");
 * }</pre>
 *
 * <p>Several models on one figure are given as a {@link Map} from model name to data; the series
 * are drawn (and coloured) in the map's iteration order. Pass a {@link LinkedHashMap} (or a
 * sorted map) for a fixed order: the iteration order of {@link Map#of} changes from one JVM run
 * to the next.
 *
 * <p>Binary labels follow the {@code eval} convention: 1 is the positive class, scores are higher
 * for the positive class, and the rule is "positive iff score &ge; threshold".
 *
 * @since 0.1
 */
public final class EvaluationPlots {

    /** Coverage of the DeLong interval shown by {@link #roc(int[], Map)}: 95%. */
    public static final double DEFAULT_LEVEL = 0.95;

    /** Height of the two-panel figures (a main panel over a second panel), in pixels. */
    static final int TWO_PANEL_HEIGHT = 900;

    /** Light end of the confusion-matrix colour scale. */
    static final Color HEAT_LOW = new Color(247, 251, 255);
    /** Dark end of the confusion-matrix colour scale. */
    static final Color HEAT_HIGH = new Color(8, 48, 107);

    private EvaluationPlots() {
    }

    // ------------------------------------------------------------------ ROC

    /**
     * ROC curves of several models scored on the same labelled data, each with its AUC and the
     * 95% DeLong interval in the legend; see {@link #roc(int[], Map, double)}.
     *
     * @param actual labels in {0, 1} (1 positive), at least 2 of each. Not modified.
     * @param scores model name → finite scores, one per label, higher meaning more likely positive.
     *               Not modified.
     * @return the figure
     * @throws NullPointerException     if an argument, a name or a score array is null
     * @throws IllegalArgumentException if {@code scores} is empty, a score array's length differs
     *                                  from {@code actual}'s, a score is not finite, a label is not
     *                                  0 or 1, or there are fewer than 2 positives or 2 negatives
     */
    public static Figure roc(int[] actual, Map<String, double[]> scores) {
        return roc(actual, scores, DEFAULT_LEVEL);
    }

    /**
     * ROC curves of several models scored on the same labelled data: one curve per model (true-
     * positive rate \( TP/P \) against false-positive rate \( FP/N \) at every distinct score
     * \( t \), rule "positive iff score &ge; t", {@link RocCurve}), the
     * chance diagonal, and in the legend each model's AUC with DeLong's confidence interval
     * \( \widehat{\mathrm{AUC}} \pm z_{(1+\text{level})/2}\,\widehat{\mathrm{SE}} \), bounds limited to
     * [0, 1] ({@link DeLong#confidenceInterval(double)}).
     *
     * @param actual labels in {0, 1} (1 positive), at least 2 of each. Not modified.
     * @param scores model name → finite scores, one per label. Not modified.
     * @param level  coverage of the interval, in (0, 1)
     * @return the figure
     * @throws NullPointerException     as {@link #roc(int[], Map)}
     * @throws IllegalArgumentException as {@link #roc(int[], Map)}, or if {@code level} is not in (0, 1)
     */
    public static Figure roc(int[] actual, Map<String, double[]> scores, double level) {
        Objects.requireNonNull(actual, "actual");
        checkScores(actual, scores);
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        Map<String, RocCurve> curves = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            RocCurve curve = RocCurve.of(actual, e.getValue());
            ConfidenceInterval ci = DeLong.of(actual, e.getValue()).confidenceInterval(level);
            curves.put(e.getKey(), curve);
            labels.put(e.getKey(), e.getKey() + ": AUC " + Format.sig(curve.auc(), 3) + " ["
                    + Format.sig(ci.lower(), 3) + ", " + Format.sig(ci.upper(), 3) + "]");
        }
        String title = "ROC curves (AUC, " + Format.sig(100 * level, 3) + "% DeLong interval)";
        return rocFigure(title, curves, labels);
    }

    /**
     * ROC curves of several models with the AUC in the legend (no interval: a curve does not keep
     * the scores DeLong's variance needs; use {@link #roc(int[], Map)} for it).
     *
     * @param curves model name → curve. Not modified.
     * @return the figure
     * @throws NullPointerException     if {@code curves}, a name or a curve is null
     * @throws IllegalArgumentException if {@code curves} is empty
     */
    public static Figure roc(Map<String, RocCurve> curves) {
        checkMap(curves, "curves");
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, RocCurve> e : curves.entrySet()) {
            labels.put(e.getKey(), e.getKey() + ": AUC " + Format.sig(e.getValue().auc(), 3));
        }
        return rocFigure("ROC curves", curves, labels);
    }

    /**
     * One ROC curve with its AUC in the legend and the chance diagonal.
     *
     * @param curve the curve
     * @return the figure
     * @throws NullPointerException if {@code curve} is null
     */
    public static Figure roc(RocCurve curve) {
        Objects.requireNonNull(curve, "curve");
        Map<String, RocCurve> one = new LinkedHashMap<>();
        one.put("model", curve);
        Map<String, String> labels = Map.of("model", "AUC " + Format.sig(curve.auc(), 3));
        return rocFigure("ROC curve (" + curve.positives() + " positive, " + curve.negatives() + " negative)",
                one, labels);
    }

    private static Figure rocFigure(String title, Map<String, RocCurve> curves, Map<String, String> labels) {
        XYChart chart = Charts.xy(title, "False-positive rate", "True-positive rate",
                Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        unitSquare(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        Charts.reference(chart, "chance", new double[] {0, 1}, new double[] {0, 1});
        int i = 0;
        for (Map.Entry<String, RocCurve> e : curves.entrySet()) {
            RocCurve c = e.getValue();
            XYSeries s = chart.addSeries(labels.get(e.getKey()), c.falsePositiveRates(), c.truePositiveRates());
            line(s, Charts.colour(i++));
        }
        return Figure.of(title, chart);
    }

    // ------------------------------------------------------------------ precision-recall

    /**
     * Precision–recall curves of several models scored on the same labelled data; see
     * {@link #precisionRecall(Map)}.
     *
     * @param actual labels in {0, 1} (1 positive) with at least one positive. Not modified.
     * @param scores model name → finite scores, one per label. Not modified.
     * @return the figure
     * @throws NullPointerException     if an argument, a name or a score array is null
     * @throws IllegalArgumentException if {@code scores} is empty, a score array's length differs
     *                                  from {@code actual}'s, a score is not finite, a label is not
     *                                  0 or 1, or there is no positive
     */
    public static Figure precisionRecall(int[] actual, Map<String, double[]> scores) {
        Objects.requireNonNull(actual, "actual");
        checkScores(actual, scores);
        boolean anyPositive = false;
        for (int y : actual) {
            anyPositive |= y == 1;
        }
        if (!anyPositive) { // the curve itself follows scikit-learn (recall 1); a plot of it shows nothing
            throw new IllegalArgumentException("actual must contain at least one positive (label 1) for a"
                    + " precision-recall plot, but it has none among " + actual.length);
        }
        Map<String, PrecisionRecallCurve> curves = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            curves.put(e.getKey(), PrecisionRecallCurve.of(actual, e.getValue()));
        }
        return precisionRecall(curves);
    }

    /**
     * Precision–recall curves of several models (precision \( P_i = TP/(TP+FP) \) against recall
     * \( R_i = TP/P \) at every distinct score), each with its average precision
     * \( \mathrm{AP} = \sum_i (R_i - R_{i-1}) P_i \) in the legend, and the chance baseline: a
     * classifier that flags at random has precision equal to the prevalence \( P/(P+N) \) at every
     * recall (one dashed line per distinct prevalence). Each curve is drawn as a step function
     * (precision \( P_i \) held from recall \( R_{i-1} \) to \( R_i \)), so the area under the drawn
     * steps is exactly the average precision.
     *
     * @param curves model name → curve. Not modified.
     * @return the figure
     * @throws NullPointerException     if {@code curves}, a name or a curve is null
     * @throws IllegalArgumentException if {@code curves} is empty
     */
    public static Figure precisionRecall(Map<String, PrecisionRecallCurve> curves) {
        checkMap(curves, "curves");
        return precisionRecallFigure(curves, false);
    }

    private static Figure precisionRecallFigure(Map<String, PrecisionRecallCurve> curves, boolean anonymous) {
        String title = curves.size() == 1 ? "Precision-recall curve" : "Precision-recall curves";
        XYChart chart = Charts.xy(title, "Recall", "Precision", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        unitSquare(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        List<Double> prevalences = new ArrayList<>();
        for (PrecisionRecallCurve c : curves.values()) {
            double prevalence = (double) c.positives() / (c.positives() + c.negatives());
            if (!prevalences.contains(prevalence)) {
                prevalences.add(prevalence);
                Charts.reference(chart, "chance (prevalence " + Format.sig(prevalence, 3) + ")", new double[] {0, 1},
                        new double[] {prevalence, prevalence});
            }
        }
        int i = 0;
        for (Map.Entry<String, PrecisionRecallCurve> e : curves.entrySet()) {
            PrecisionRecallCurve c = e.getValue();
            String name = anonymous ? "" : e.getKey() + ": ";
            XYSeries s = chart.addSeries(name + "AP " + Format.sig(c.averagePrecision(), 3), c.recalls(),
                    c.precisions());
            line(s, Charts.colour(i++));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        }
        return Figure.of(title, chart);
    }

    /**
     * One precision–recall curve with its average precision and the prevalence baseline; see
     * {@link #precisionRecall(Map)}.
     *
     * @param curve the curve
     * @return the figure
     * @throws NullPointerException if {@code curve} is null
     */
    public static Figure precisionRecall(PrecisionRecallCurve curve) {
        Objects.requireNonNull(curve, "curve");
        Map<String, PrecisionRecallCurve> one = new LinkedHashMap<>();
        one.put("model", curve);
        return precisionRecallFigure(one, true);
    }

    // ------------------------------------------------------------------ reliability

    /**
     * Reliability diagram of one model; see {@link #reliability(Map)}. The counts are also written
     * above the bars.
     *
     * @param table the reliability table
     * @return the figure, two panels
     * @throws NullPointerException if {@code table} is null
     */
    public static Figure reliability(ReliabilityTable table) {
        Objects.requireNonNull(table, "table");
        Map<String, ReliabilityTable> one = new LinkedHashMap<>();
        one.put("model", table);
        return reliabilityFigure(one, true);
    }

    /**
     * Reliability diagrams of several models: the top panel plots each non-empty bin's observed
     * fraction of positives \( \bar y_b \) against its mean predicted probability \( \bar p_b \),
     * with the diagonal \( \bar y = \bar p \) of perfect calibration and each model's expected
     * calibration error \( \mathrm{ECE} = \sum_b \frac{n_b}{n} |\bar y_b - \bar p_b| \) in the
     * legend; the bottom panel, on the same probability axis, shows the number of predictions
     * \( n_b \) in each bin as a bar over the bin's interval (translucent, so that several models
     * overlap visibly). {@link #reliability(ReliabilityTable)} of a single model also writes the
     * counts above the bars.
     *
     * @param tables model name → reliability table. Not modified.
     * @return the figure, two panels ({@value #TWO_PANEL_HEIGHT} pixels high)
     * @throws NullPointerException     if {@code tables}, a name or a table is null
     * @throws IllegalArgumentException if {@code tables} is empty
     */
    public static Figure reliability(Map<String, ReliabilityTable> tables) {
        checkMap(tables, "tables");
        return reliabilityFigure(tables, false);
    }

    private static Figure reliabilityFigure(Map<String, ReliabilityTable> tables, boolean single) {
        int h = TWO_PANEL_HEIGHT / 2;
        XYChart top = Charts.xy("Reliability diagram", "Mean predicted probability", "Observed fraction of positives",
                Figure.DEFAULT_WIDTH, h);
        unitSquare(top);
        top.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        top.getStyler().setMarkerSize(8);
        Charts.reference(top, "perfectly calibrated", new double[] {0, 1}, new double[] {0, 1});
        XYChart bottom = Charts.xy("Predictions per bin", "Predicted probability", "Count", Figure.DEFAULT_WIDTH, h);
        bottom.getStyler().setXAxisMin(0.0);
        bottom.getStyler().setXAxisMax(1.0);
        bottom.getStyler().setYAxisMin(0.0);
        bottom.getStyler().setLegendVisible(!single);
        long maxCount = 1;
        int i = 0;
        for (Map.Entry<String, ReliabilityTable> e : tables.entrySet()) {
            ReliabilityTable t = e.getValue();
            List<ReliabilityTable.Bin> bins = t.bins();
            Color colour = Charts.colour(i++);
            double[] x = new double[bins.size()];
            double[] y = new double[bins.size()];
            double[] bx = new double[4 * bins.size()];
            double[] by = new double[4 * bins.size()];
            for (int b = 0; b < bins.size(); b++) {
                ReliabilityTable.Bin bin = bins.get(b);
                x[b] = bin.meanPredicted();
                y[b] = bin.fractionPositive();
                bx[4 * b] = bin.lower();
                bx[4 * b + 1] = bin.lower();
                bx[4 * b + 2] = bin.upper();
                bx[4 * b + 3] = bin.upper();
                by[4 * b + 1] = bin.count();
                by[4 * b + 2] = bin.count();
                maxCount = Math.max(maxCount, bin.count());
            }
            String ece = "ECE " + Format.sig(t.expectedCalibrationError(), 3);
            XYSeries s = top.addSeries(single ? ece : e.getKey() + ": " + ece, x, y);
            line(s, colour);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(colour);
            XYSeries bars = bottom.addSeries(e.getKey(), bx, by);
            bars.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
            bars.setLineColor(colour);
            bars.setLineStyle(new java.awt.BasicStroke(1f));
            bars.setFillColor(Charts.withAlpha(colour, single ? 150 : 90));
            bars.setMarker(SeriesMarkers.NONE);
        }
        bottom.getStyler().setYAxisMax(maxCount * (single ? 1.15 : 1.05));
        if (single) {
            for (ReliabilityTable.Bin bin : tables.values().iterator().next().bins()) {
                bottom.addAnnotation(new AnnotationText(Long.toString(bin.count()), (bin.lower() + bin.upper()) / 2,
                        bin.count() + 0.06 * maxCount, false));
            }
        }
        return Figure.grid("Reliability diagram", List.of(top, bottom), 1, Figure.DEFAULT_WIDTH, TWO_PANEL_HEIGHT);
    }

    // ------------------------------------------------------------------ confusion matrix

    /**
     * Confusion-matrix heat map: actual classes in rows (first class at the top), predicted classes
     * in columns. Each cell is coloured by its row share \( C_{ap} / \sum_q C_{aq} \) (0 to 1, the fraction
     * of class \( a \) predicted as \( p \); the diagonal holds the recalls), so that rare classes
     * are as visible as common ones, and shows its count \( C_{ap} \) and the row share in percent (one decimal)
     * (cells too small for the text, with many classes, show colour only). The title gives
     * \( n \) and the accuracy. Classes are labelled with {@link ConfusionMatrix#classNames()}:
     * give a matrix its names with {@code matrix.withClassNames(dataset.classNames())}.
     *
     * @param matrix the confusion matrix
     * @return the figure
     * @throws NullPointerException if {@code matrix} is null
     */
    public static Figure confusionMatrix(ConfusionMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        List<String> classNames = matrix.classNames();
        int k = matrix.numClasses();
        String title = "Confusion matrix: n = " + matrix.total() + ", accuracy " + Format.sig(matrix.accuracy(), 3)
                + " (colour: share of the actual class)";
        ConfusionHeatMap chart = new ConfusionHeatMap(matrix, Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        chart.setTitle(title);
        chart.setXAxisTitle("Predicted");
        chart.setYAxisTitle("Actual");
        HeatMapStyler s = chart.getStyler();
        Charts.theme(s);
        // a heat map's legend (the colour scale) goes outside, next to the cells
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendBorderColor(Color.WHITE);
        s.setAxisTickLabelsFont(Charts.LEGEND_FONT);
        s.setShowValue(false);
        s.setRangeColors(new Color[] {HEAT_LOW, HEAT_HIGH});
        s.setMin(0);
        s.setMax(1);
        s.setDrawBorder(false);
        s.setPlotGridLinesVisible(false);
        s.setToolTipsEnabled(false);
        List<String> rows = new ArrayList<>();
        for (int y = 0; y < k; y++) {
            rows.add(classNames.get(k - 1 - y));
        }
        List<Number[]> heat = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                heat.add(new Number[] {p, k - 1 - a, chart.share(a, p)});
            }
        }
        chart.addSeries("row share", new ArrayList<>(classNames), rows, heat);
        return Figure.of(title, chart);
    }

    /**
     * A heat map that writes each cell's count and row share in the cell, in black or white after
     * the cell's colour. Package-private so that tests can read the cell texts.
     */
    static final class ConfusionHeatMap extends HeatMapChart {

        private final ConfusionMatrix matrix;

        ConfusionHeatMap(ConfusionMatrix matrix, int width, int height) {
            super(width, height, Styler.ChartTheme.XChart);
            this.matrix = matrix;
        }

        /** Row share of cell (actual a, predicted p); 0 for a class that never occurs. */
        double share(int a, int p) {
            long support = matrix.support(a);
            return support == 0 ? 0.0 : (double) matrix.count(a, p) / support;
        }

        /** The two lines written in cell (actual a, predicted p). */
        String[] cellText(int a, int p) {
            long support = matrix.support(a);
            return new String[] {Long.toString(matrix.count(a, p)),
                support == 0 ? "-" : matrix.count(a, p) == 0 ? "0%"
                        : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share(a, p))};
        }

        @Override
        public void paint(Graphics2D g, int width, int height) {
            super.paint(g, width, height);
            if (plot == null || plot.getBounds() == null) {
                return;
            }
            // the cell layout of XChart's PlotContent_HeatMap
            Rectangle2D bounds = plot.getBounds();
            int k = matrix.numClasses();
            double size = getStyler().getPlotContentSize();
            double xMargin = (bounds.getWidth() - size * bounds.getWidth()) / 2;
            double yMargin = (bounds.getHeight() - size * bounds.getHeight()) / 2;
            double cellW = (bounds.getWidth() - 2 * xMargin) / k;
            double cellH = (bounds.getHeight() - 2 * yMargin) / k;
            int points = (int) Math.max(10, Math.min(18, Math.min(cellH / 5, cellW / 5)));
            Font countFont = new Font(Font.SANS_SERIF, Font.BOLD, points);
            Font shareFont = new Font(Font.SANS_SERIF, Font.PLAIN, points - 2);
            FontMetrics cm = g.getFontMetrics(countFont);
            FontMetrics sm = g.getFontMetrics(shareFont);
            int lineH = cm.getAscent() + sm.getAscent() + 4;
            if (cellH < lineH + 2) {
                return;
            }
            for (int a = 0; a < k; a++) {
                for (int p = 0; p < k; p++) {
                    String[] text = cellText(a, p);
                    if (cm.stringWidth(text[0]) > cellW - 4 || sm.stringWidth(text[1]) > cellW - 4) {
                        return;
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int p = 0; p < k; p++) {
                    String[] text = cellText(a, p);
                    double cx = bounds.getX() + xMargin + cellW * (p + 0.5);
                    double top = bounds.getY() + yMargin + cellH * a + (cellH - lineH) / 2;
                    g.setColor(share(a, p) > 0.5 ? Color.WHITE : Color.BLACK);
                    g.setFont(countFont);
                    g.drawString(text[0], (float) (cx - cm.stringWidth(text[0]) / 2.0), (float) (top + cm.getAscent()));
                    g.setFont(shareFont);
                    g.drawString(text[1], (float) (cx - sm.stringWidth(text[1]) / 2.0),
                            (float) (top + cm.getAscent() + 4 + sm.getAscent()));
                }
            }
        }
    }

    // ------------------------------------------------------------------ thresholds

    /**
     * Precision, recall and \( F_1 \) against the decision threshold, with the chosen operating
     * point marked; see {@link #thresholds(RocCurve, OperatingPoint, double, double)}.
     *
     * @param roc    the ROC curve of the scores (it holds the counts at every threshold)
     * @param chosen the operating point, e.g. {@code Thresholds.maxFBeta(roc, 1)}, on the same data
     * @return the figure
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code chosen} was not computed on data with the curve's
     *                                  numbers of positives and negatives
     */
    public static Figure thresholds(RocCurve roc, OperatingPoint chosen) {
        Objects.requireNonNull(roc, "roc");
        Objects.requireNonNull(chosen, "chosen");
        checkSameData(roc, chosen);
        return Figure.of("Metrics against threshold",
                metricsPanel(roc, chosen, Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT));
    }

    /**
     * Metrics against the decision threshold with the chosen operating point marked, and the
     * expected cost in a second panel. At each distinct score \( t \) (rule "positive iff score
     * &ge; t"), from the curve's counts: precision \( TP/(TP+FP) \), recall \( TP/P \),
     * \( F_1 = 2TP/(2TP + FP + FN) \) in the top panel, and the expected cost per case
     * \( (c_{FP}\,FP + c_{FN}\,FN)/n \) in the bottom panel (the quantity
     * {@code Thresholds.minExpectedCost} minimises). The threshold above every score, which flags
     * nothing, is left out. A dashed vertical line marks the chosen threshold, with its criterion,
     * precision and recall in the legend.
     *
     * @param roc               the ROC curve of the scores
     * @param chosen            the operating point on the same data
     * @param costFalsePositive cost of flagging a negative, {@code >= 0} and finite
     * @param costFalseNegative cost of missing a positive, {@code >= 0} and finite
     * @return the figure, two panels ({@value #TWO_PANEL_HEIGHT} pixels high)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #thresholds(RocCurve, OperatingPoint)}, or if a
     *                                  cost is negative, NaN or infinite
     */
    public static Figure thresholds(RocCurve roc, OperatingPoint chosen, double costFalsePositive,
                                    double costFalseNegative) {
        Objects.requireNonNull(roc, "roc");
        Objects.requireNonNull(chosen, "chosen");
        checkCost(costFalsePositive, "costFalsePositive");
        checkCost(costFalseNegative, "costFalseNegative");
        checkSameData(roc, chosen);
        int h = TWO_PANEL_HEIGHT / 2;
        XYChart top = metricsPanel(roc, chosen, Figure.DEFAULT_WIDTH, h);
        String title = "Expected cost per case (FP costs " + Format.sig(costFalsePositive, 3) + ", FN costs "
                + Format.sig(costFalseNegative, 3) + ")";
        XYChart bottom = Charts.xy(title, "Threshold", "Cost per case", Figure.DEFAULT_WIDTH, h);
        bottom.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        bottom.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        double[] t = ascendingThresholds(roc);
        int m = t.length;
        double[] cost = new double[m];
        long p = roc.positives();
        long n = roc.positives() + (long) roc.negatives();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            int i = m - j;
            long tp = roc.truePositives(i);
            long fp = roc.falsePositives(i);
            cost[j] = (costFalsePositive * fp + costFalseNegative * (p - tp)) / n;
            lo = Math.min(lo, cost[j]);
            hi = Math.max(hi, cost[j]);
        }
        line(bottom.addSeries("expected cost", t, cost), Charts.PALETTE[3]);
        double chosenCost = (costFalsePositive * chosen.falsePositives() + costFalseNegative * chosen.falseNegatives())
                / n;
        lo = Math.min(lo, chosenCost);
        hi = Math.max(hi, chosenCost);
        if (hi == lo) {
            hi = lo + 1;
        }
        Charts.reference(bottom, chosenLabel(chosen) + ", cost " + Format.sig(chosenCost, 3),
                new double[] {chosen.threshold(), chosen.threshold()}, new double[] {lo, hi});
        return Figure.grid("Metrics and cost against threshold", List.of(top, bottom), 1, Figure.DEFAULT_WIDTH,
                TWO_PANEL_HEIGHT);
    }

    private static XYChart metricsPanel(RocCurve roc, OperatingPoint chosen, int width, int height) {
        XYChart chart = Charts.xy("Precision, recall and F1 against threshold", "Threshold (positive iff score >= t)",
                "Metric", width, height);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        double[] t = ascendingThresholds(roc);
        int m = t.length;
        double[] precision = new double[m];
        double[] recall = new double[m];
        double[] f1 = new double[m];
        long p = roc.positives();
        for (int j = 0; j < m; j++) {
            int i = m - j; // ROC point i >= 1: at least one score is flagged
            long tp = roc.truePositives(i);
            long fp = roc.falsePositives(i);
            precision[j] = (double) tp / (tp + fp);
            recall[j] = (double) tp / p;
            f1[j] = 2.0 * tp / (2.0 * tp + fp + (p - tp));
        }
        line(chart.addSeries("precision", t, precision), Charts.PALETTE[0]);
        line(chart.addSeries("recall", t, recall), Charts.PALETTE[1]);
        line(chart.addSeries("F1", t, f1), Charts.PALETTE[2]);
        Charts.reference(chart, chosenLabel(chosen), new double[] {chosen.threshold(), chosen.threshold()},
                new double[] {0, 1});
        return chart;
    }

    /** The distinct scores, increasing (ROC points size-1 down to 1). */
    private static double[] ascendingThresholds(RocCurve roc) {
        int m = roc.size() - 1;
        double[] t = new double[m];
        for (int j = 0; j < m; j++) {
            t[j] = roc.threshold(m - j);
        }
        return t;
    }

    private static String chosenLabel(OperatingPoint chosen) {
        return chosen.criterion() + ": t = " + Format.sig(chosen.threshold(), 4) + " (precision "
                + Format.sig(chosen.precision(), 3) + ", recall " + Format.sig(chosen.recall(), 3) + ")";
    }

    private static void checkSameData(RocCurve roc, OperatingPoint chosen) {
        ConfusionMatrix m = chosen.matrix();
        if (m.support(1) != roc.positives() || m.total() != roc.positives() + (long) roc.negatives()) {
            throw new IllegalArgumentException("chosen must be an operating point on the data of roc ("
                    + roc.positives() + " positives, " + roc.negatives() + " negatives), but it has "
                    + m.support(1) + " positives and " + m.support(0) + " negatives");
        }
    }

    private static void checkCost(double cost, String name) {
        if (!(cost >= 0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, was " + cost);
        }
    }

    // ------------------------------------------------------------------ shared helpers

    private static void checkScores(int[] actual, Map<String, double[]> scores) {
        Checks.nonEmpty(actual, "actual");
        checkMap(scores, "scores");
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            double[] s = e.getValue();
            if (s.length != actual.length) {
                throw new IllegalArgumentException("scores of \"" + e.getKey() + "\" must have one score per label in actual ("
                        + actual.length + "), had " + s.length);
            }
            for (int i = 0; i < s.length; i++) {
                if (!Double.isFinite(s[i])) {
                    throw new IllegalArgumentException("scores of \"" + e.getKey() + "\" must be finite, but score "
                            + i + " is " + s[i]);
                }
            }
        }
    }

    private static <V> void checkMap(Map<String, V> map, String name) {
        Objects.requireNonNull(map, name);
        if (map.isEmpty()) {
            throw new IllegalArgumentException(name + " must hold at least one model, was empty");
        }
        for (Map.Entry<String, V> e : map.entrySet()) {
            Objects.requireNonNull(e.getKey(), name + " key (model name)");
            Objects.requireNonNull(e.getValue(), name + "[\"" + e.getKey() + "\"]");
        }
    }

    private static void unitSquare(XYChart chart) {
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(1.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
    }

    private static XYSeries line(XYSeries s, Color colour) {
        s.setLineColor(colour);
        s.setLineStyle(Charts.SOLID);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }
}
