package dev.statlearn.eval;

import dev.statlearn.core.Checks;

import dev.statlearn.core.internal.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A per-class table of imbalance-aware metrics, as imbalanced-learn's
 * {@code classification_report_imbalanced}: precision, recall, specificity, \( F_1 \),
 * one-vs-rest G-mean \( \sqrt{R_c S_c} \), index balanced accuracy
 * \( (1 + \alpha(R_c - S_c)) R_c S_c \) with \( \alpha = 0.1 \) by default, and support.
 *
 * <p>Rows are the matrix's {@link ConfusionMatrix#labels() labels}: the present classes (those
 * among the actual or predicted labels) in class order, or the explicit label set of
 * {@link ConfusionMatrix#withLabels(int...)} in its order (imbalanced-learn's {@code labels=}).
 * Two summary rows follow: the support-weighted average (imbalanced-learn's
 * {@code "avg / total"} line) and the unweighted macro average. Zero divisions give 0 (see
 * {@link ConfusionMatrix}), including the weighted average when the listed classes have no
 * support at all. For a {@linkplain ConfusionMatrix#isWeighted() weighted} matrix the metrics are
 * weighted, the support column still counts samples, and the {@code "avg / total"} row weights
 * the classes by their summed sample weights. Immutable.
 *
 * @since 0.1
 */
public final class ClassificationReport {

    /**
     * One line of the report.
     *
     * @param label       the class name (or {@code "avg / total"}, {@code "macro avg"})
     * @param precision   precision
     * @param recall      recall (sensitivity)
     * @param specificity specificity
     * @param f1          F1 score
     * @param gMean       one-vs-rest G-mean
     * @param iba         index balanced accuracy of the squared G-mean
     * @param support     number of actual samples
     */
    public record Row(String label, double precision, double recall, double specificity, double f1,
                      double gMean, double iba, long support) {
        /**
         * Checks the row.
         *
         * @throws NullPointerException     if {@code label} is null
         * @throws IllegalArgumentException if {@code support} is negative
         */
        public Row {
            Checks.notNull(label, "label");
            if (support < 0) {
                throw new IllegalArgumentException("support must be >= 0, was " + support);
            }
        }

        /**
         * The row on one line, numbers to 4 significant digits.
         *
         * @return a one-line summary
         */
        @Override
        public String toString() {
            return label + ": precision " + Format.sig(precision) + ", recall " + Format.sig(recall) + ", specificity "
                    + Format.sig(specificity) + ", f1 " + Format.sig(f1) + ", g-mean " + Format.sig(gMean) + ", iba "
                    + Format.sig(iba) + ", support " + support;
        }
    }

    /** Default weight of the dominance in the index balanced accuracy (imbalanced-learn's). */
    public static final double DEFAULT_ALPHA = 0.1;

    private final ConfusionMatrix matrix;
    private final double alpha;
    private final List<Row> rows;
    private final Row weighted;
    private final Row macro;

    private ClassificationReport(ConfusionMatrix matrix, double alpha) {
        this.matrix = matrix;
        List<String> names = matrix.classNames();
        this.alpha = alpha;
        List<Row> r = new ArrayList<>();
        double[] wsum = new double[6];
        double[] msum = new double[6];
        long support = 0;
        double supportWeight = 0;
        int present = 0;
        for (int c : matrix.labels()) {
            Row row = new Row(names.get(c), matrix.precision(c),
                    matrix.recall(c), matrix.specificity(c), matrix.f1(c), matrix.gMean(c),
                    matrix.indexBalancedAccuracy(c, alpha), matrix.support(c));
            r.add(row);
            double[] v = values(row);
            double rowWeight = matrix.actualWeight(c);
            for (int j = 0; j < 6; j++) {
                wsum[j] += v[j] * rowWeight;
                msum[j] += v[j];
            }
            support += row.support();
            supportWeight += rowWeight;
            present++;
        }
        this.rows = Collections.unmodifiableList(r);
        double ws = supportWeight == 0 ? 1.0 : supportWeight; // no support at all: 0 / 1 = 0, zero_division=0
        this.weighted = new Row("avg / total", wsum[0] / ws, wsum[1] / ws, wsum[2] / ws,
                wsum[3] / ws, wsum[4] / ws, wsum[5] / ws, support);
        this.macro = new Row("macro avg", msum[0] / present, msum[1] / present, msum[2] / present,
                msum[3] / present, msum[4] / present, msum[5] / present, support);
    }

    private static double[] values(Row row) {
        return new double[] {row.precision(), row.recall(), row.specificity(), row.f1(), row.gMean(), row.iba()};
    }

    /**
     * Report of two label vectors (\( k \) inferred as in {@link ConfusionMatrix#of(int[], int[])}).
     *
     * @param actual    actual class indices. Not modified.
     * @param predicted predicted class indices. Not modified.
     * @return the report with \( \alpha = 0.1 \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link ConfusionMatrix#of(int[], int[])}
     */
    public static ClassificationReport of(int[] actual, int[] predicted) {
        return of(ConfusionMatrix.of(actual, predicted));
    }

    /**
     * Report of a confusion matrix with \( \alpha = 0.1 \), its rows named by the matrix's
     * {@link ConfusionMatrix#classNames() class names} ({@code "0"}, {@code "1"}, … unless given
     * with {@link ConfusionMatrix#withClassNames(List)}).
     *
     * @param matrix the confusion matrix
     * @return the report
     * @throws NullPointerException if {@code matrix} is null
     */
    public static ClassificationReport of(ConfusionMatrix matrix) {
        return new ClassificationReport(Checks.notNull(matrix, "matrix"), DEFAULT_ALPHA);
    }

    /**
     * Report of a confusion matrix with class names and a given \( \alpha \); the report's
     * {@link #matrix()} carries the names.
     *
     * @param matrix     the confusion matrix
     * @param classNames one name per class of the matrix
     * @param alpha      weight of the dominance in the index balanced accuracy, finite
     * @return the report
     * @throws NullPointerException     if an argument or a name is null
     * @throws IllegalArgumentException if the number of names differs from the class count or
     *                                  {@code alpha} is not finite
     */
    public static ClassificationReport of(ConfusionMatrix matrix, List<String> classNames, double alpha) {
        Checks.notNull(matrix, "matrix");
        Checks.notNull(classNames, "classNames");
        Checks.finite(alpha, "alpha");
        return new ClassificationReport(matrix.withClassNames(classNames), alpha);
    }

    /**
     * Returns the matrix the report was built from.
     *
     * @return the confusion matrix
     */
    public ConfusionMatrix matrix() {
        return matrix;
    }

    /**
     * Returns the \( \alpha \) of the index balanced accuracy.
     *
     * @return alpha
     */
    public double alpha() {
        return alpha;
    }

    /**
     * Returns one row per class of {@link ConfusionMatrix#labels()}, in that order.
     *
     * @return an unmodifiable list
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns the support-weighted average row (imbalanced-learn's {@code "avg / total"}); its
     * support is the total.
     *
     * @return the weighted average
     */
    public Row weightedAverage() {
        return weighted;
    }

    /**
     * Returns the unweighted mean of the class rows; its support is the total.
     *
     * @return the macro average
     */
    public Row macroAverage() {
        return macro;
    }

    /**
     * Returns the report as a table in imbalanced-learn's layout
     * ({@code pre rec spe f1 geo iba sup}), rows named by the class names, numbers to 4
     * significant digits.
     *
     * @return a readable table
     */
    @Override
    public String toString() {
        Format.Table t = Format.table("", "pre", "rec", "spe", "f1", "geo", "iba", "sup");
        for (Row r : rows) {
            row(t, r);
        }
        t.gap();
        row(t, macro);
        row(t, weighted);
        return t.toString();
    }

    private static void row(Format.Table t, Row r) {
        t.row(r.label(), Format.sig(r.precision()), Format.sig(r.recall()), Format.sig(r.specificity()),
                Format.sig(r.f1()), Format.sig(r.gMean()), Format.sig(r.iba()), Long.toString(r.support()));
    }
}
