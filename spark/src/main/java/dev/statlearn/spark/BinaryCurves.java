package dev.statlearn.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.internal.Format;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * ROC and precision-recall summaries of a binary score column over a Spark {@code Dataset}: the
 * exact area under the ROC curve and the average precision, with ties handled as the local
 * {@link dev.statlearn.eval.curve.RocCurve} and {@link dev.statlearn.eval.curve.PrecisionRecallCurve}.
 *
 * <p>With \( P \) positives, \( N \) negatives, and \( TP_i, FP_i \) the positives and negatives
 * with score \( \ge t_i \) at the distinct scores \( t_1 &gt; t_2 &gt; \dots \),
 * \[ \mathrm{AUC} = \frac{1}{2PN} \sum_i (FP_i - FP_{i-1})(TP_i + TP_{i-1})
 *   = \frac{1}{PN} \sum_{i \in +} \sum_{j \in -} \left( [s_i &gt; s_j] + \tfrac12 [s_i = s_j] \right), \qquad
 * \mathrm{AP} = \frac1P \sum_i (TP_i - TP_{i-1}) \frac{TP_i}{TP_i + FP_i}. \]
 *
 * <p><b>Algorithm.</b> Spark sorts the rows by decreasing score ({@code -0.0} and {@code 0.0}
 * are one score). Its global sort range-partitions on the score, so the rows of one score are
 * consecutive within one partition; each partition walks them as one group per distinct score and
 * sums its counts and its part of the doubled trapezoid area, in {@code long} arithmetic; since
 * \( (\Delta FP)(TP_i + TP_{i-1}) \) is linear in the positives above the partition, the driver
 * adds \( 2\,TP_{\text{above}} \cdot FP_{\text{partition}} \) and divides once: the AUC is the
 * local one to the last bit. The average precision needs the counts above each partition, so a
 * second pass (over the persisted sorted rows) sums its terms with Neumaier's compensated sum
 * ({@link CompensatedSum}) per partition, the driver adding the partial sums in order: it equals
 * the local value up to the rounding of that regrouping (a few ulps).
 *
 * <ul>
 *   <li>Positive rows are those whose label equals {@code positiveClass} (1 by default), the
 *       other non-negative labels are negatives. Rows with a null label or score are skipped.</li>
 *   <li>A negative label or a non-finite score fails the job with an
 *       {@link IllegalArgumentException} naming it; the AUC needs both classes, the average
 *       precision a positive (an {@code IllegalArgumentException} otherwise, as locally).</li>
 *   <li>Counts are {@code long}; the AUC is exact while \( 2PN &lt; 2^{63} \), i.e. for any
 *       data set up to \( 4 \times 10^9 \) rows.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe (it holds numbers only; {@link #points(Dataset, String, String, int)}
 * gives the curve itself as a distributed dataset).
 *
 * @since 0.1
 */
public final class BinaryCurves {

    private final long positives;
    private final long negatives;
    private final double auc;
    private final double averagePrecision;

    private BinaryCurves(long positives, long negatives, double auc, double averagePrecision) {
        this.positives = positives;
        this.negatives = negatives;
        this.auc = auc;
        this.averagePrecision = averagePrecision;
    }

    /**
     * The ROC AUC and average precision of labels in {0, 1} (positive class 1).
     *
     * @param data  the dataset
     * @param label name of an integer label column
     * @param score name of a numeric score column, higher meaning more likely positive
     * @return the summary
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a label is negative, a score is not finite, or one class is absent
     */
    public static BinaryCurves of(Dataset<Row> data, String label, String score) {
        return of(data, label, score, 1);
    }

    /**
     * The ROC AUC and average precision of class {@code positiveClass} against all other labels.
     *
     * @param data          the dataset
     * @param label         name of an integer label column (non-negative labels)
     * @param score         name of a numeric score column
     * @param positiveClass the label counted as positive, {@code >= 0}
     * @return the summary
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code positiveClass} is negative, a label is negative,
     *                                  a score is not finite, or one class is absent
     */
    public static BinaryCurves of(Dataset<Row> data, String label, String score, int positiveClass) {
        Dataset<Row> groups = sortedRows(data, label, score, positiveClass).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long[][] parts = partitionTotals(groups, positiveClass);
            long[] totals = totals(parts);
            requireBothClasses(totals, positiveClass);
            double auc = auc(parts, totals);
            double ap = averagePrecision(groups, parts, totals[0], positiveClass);
            return new BinaryCurves(totals[0], totals[1], auc, ap);
        } finally {
            groups.unpersist();
        }
    }

    /**
     * The ROC AUC alone (labels in {0, 1}), in a single pass over the sorted groups.
     *
     * @param data  the dataset
     * @param label name of an integer label column
     * @param score name of a numeric score column
     * @return the AUC in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(Dataset, String, String)}
     */
    public static double auc(Dataset<Row> data, String label, String score) {
        long[][] parts = partitionTotals(sortedRows(data, label, score, 1), 1);
        long[] totals = totals(parts);
        requireBothClasses(totals, 1);
        return auc(parts, totals);
    }

    /**
     * The curve: one row per distinct score, in decreasing score order, with the columns
     * {@code threshold} (double), {@code truePositives}, {@code falsePositives} (long, the rows
     * with score \( \ge \) threshold), {@code truePositiveRate} \( TP/P \),
     * {@code falsePositiveRate} \( FP/N \) and {@code precision} \( TP/(TP+FP) \). These are the
     * local curves' points without the ROC curve's starting point (0, 0) above the highest score.
     * Computed lazily; the caller decides what to collect.
     *
     * @param data          the dataset
     * @param label         name of an integer label column
     * @param score         name of a numeric score column
     * @param positiveClass the label counted as positive
     * @return the points
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(Dataset, String, String, int)}
     */
    public static Dataset<Row> points(Dataset<Row> data, String label, String score, int positiveClass) {
        Dataset<Row> groups = sortedRows(data, label, score, positiveClass);
        long[][] parts = partitionTotals(groups, positiveClass);
        long[] totals = totals(parts);
        requireBothClasses(totals, positiveClass);
        long[][] above = above(parts);
        long p = totals[0];
        long n = totals[1];
        JavaRDD<Row> rows = internal(groups).mapPartitionsWithIndex((idx, it) -> {
            Groups g = new Groups(it, positiveClass);
            List<Row> out = new ArrayList<>();
            long tp = above[idx][0];
            long fp = above[idx][1];
            while (g.next()) {
                tp += g.positives;
                fp += g.negatives;
                out.add(RowFactory.create(g.score, tp, fp, (double) tp / p, (double) fp / n,
                        (double) tp / (tp + fp)));
            }
            return out.iterator();
        }, true);
        StructType schema = new StructType()
                .add("threshold", DataTypes.DoubleType, false)
                .add("truePositives", DataTypes.LongType, false)
                .add("falsePositives", DataTypes.LongType, false)
                .add("truePositiveRate", DataTypes.DoubleType, false)
                .add("falsePositiveRate", DataTypes.DoubleType, false)
                .add("precision", DataTypes.DoubleType, false);
        return data.sparkSession().createDataFrame(rows, schema);
    }

    /**
     * The rows (y, s) by decreasing score. Spark's global sort range-partitions on the score, so
     * all rows of one score land in one partition, consecutively: {@link Groups} walks them as
     * one group per distinct score.
     */
    private static Dataset<Row> sortedRows(Dataset<Row> data, String label, String score, int positiveClass) {
        Checks.notNull(data, "data");
        Checks.notNull(label, "label");
        Checks.notNull(score, "score");
        Checks.nonNegative(positiveClass, "positiveClass");
        return data.select(col(label).cast("int").as("y"), col(score).cast("double").plus(lit(0.0)).as("s"))
                .where(col("y").isNotNull().and(col("s").isNotNull()))
                .orderBy(col("s").desc());
    }

    /**
     * The groups of equal scores of a sorted partition: score, positives, negatives; checks the
     * values. Reads Spark's internal rows (no conversion to {@code Row}); they may be reused by
     * the iterator, so their values are read at once.
     */
    private static final class Groups {
        private final Iterator<InternalRow> rows;
        private final int positiveClass;
        private boolean hasPending;
        private int pendingLabel;
        private double pendingScore;
        double score;
        long positives;
        long negatives;

        Groups(Iterator<InternalRow> rows, int positiveClass) {
            this.rows = rows;
            this.positiveClass = positiveClass;
            advance();
        }

        private void advance() {
            hasPending = rows.hasNext();
            if (hasPending) {
                InternalRow r = rows.next();
                pendingLabel = r.getInt(0);
                pendingScore = r.getDouble(1);
            }
        }

        /** Advances to the next group; false at the end of the partition. */
        boolean next() {
            if (!hasPending) {
                return false;
            }
            score = pendingScore;
            if (!(score - score == 0)) {
                throw new IllegalArgumentException("score must be finite, was " + score);
            }
            positives = 0;
            negatives = 0;
            while (hasPending && pendingScore == score) {
                if (pendingLabel < 0) {
                    throw new IllegalArgumentException("label must be >= 0, was " + pendingLabel);
                }
                if (pendingLabel == positiveClass) {
                    positives++;
                } else {
                    negatives++;
                }
                advance();
            }
            return true;
        }
    }

    /** The internal rows of a sorted dataset, partitions in sort order. */
    private static JavaRDD<InternalRow> internal(Dataset<Row> rows) {
        return rows.queryExecution().toRdd().toJavaRDD();
    }

    /**
     * Per partition, in order: positives, negatives, and the doubled trapezoid area counted from
     * zero at the partition's top. Checks scores and labels on the way.
     */
    private static long[][] partitionTotals(Dataset<Row> rows, int positiveClass) {
        List<long[]> parts = internal(rows).mapPartitionsWithIndex((idx, it) -> {
            Groups g = new Groups(it, positiveClass);
            long tp = 0;
            long fp = 0;
            long area = 0;
            while (g.next()) {
                area += g.negatives * (2 * tp + g.positives);
                tp += g.positives;
                fp += g.negatives;
            }
            return List.of(new long[] {idx, tp, fp, area}).iterator();
        }, true).collect();
        long[][] out = new long[parts.size()][];
        for (long[] p : parts) {
            out[(int) p[0]] = new long[] {p[1], p[2], p[3]};
        }
        return out;
    }

    private static long[] totals(long[][] parts) {
        long p = 0;
        long n = 0;
        for (long[] part : parts) {
            p += part[0];
            n += part[1];
        }
        return new long[] {p, n};
    }

    /** Positives and negatives above each partition. */
    private static long[][] above(long[][] parts) {
        long[][] above = new long[parts.length][2];
        for (int i = 1; i < parts.length; i++) {
            above[i][0] = above[i - 1][0] + parts[i - 1][0];
            above[i][1] = above[i - 1][1] + parts[i - 1][1];
        }
        return above;
    }

    private static void requireBothClasses(long[] totals, int positiveClass) {
        if (totals[0] == 0 || totals[1] == 0) {
            throw new IllegalArgumentException("label must contain both positives (positiveClass = " + positiveClass
                    + ") and negatives for ROC AUC to be defined, but it has " + totals[0] + " positives and "
                    + totals[1] + " negatives");
        }
    }

    private static double auc(long[][] parts, long[] totals) {
        long[][] above = above(parts);
        long twiceArea = 0;
        for (int i = 0; i < parts.length; i++) {
            twiceArea += parts[i][2] + 2 * above[i][0] * parts[i][1];
        }
        return twiceArea / (2.0 * totals[0] * (double) totals[1]);
    }

    private static double averagePrecision(Dataset<Row> rows, long[][] parts, long positives, int positiveClass) {
        long[][] above = above(parts);
        List<double[]> sums = internal(rows).mapPartitionsWithIndex((idx, it) -> {
            Groups g = new Groups(it, positiveClass);
            long tp = above[idx][0];
            long fp = above[idx][1];
            CompensatedSum sum = new CompensatedSum();
            while (g.next()) {
                long dtp = g.positives;
                tp += dtp;
                fp += g.negatives;
                if (dtp != 0) {
                    sum.add(dtp * ((double) tp / (tp + fp))); // the local term (CumulativeCounts.averagePrecision)
                }
            }
            return List.of(new double[] {idx, sum.value()}).iterator();
        }, true).collect();
        double[] ordered = new double[sums.size()];
        for (double[] s : sums) {
            ordered[(int) s[0]] = s[1];
        }
        CompensatedSum sum = new CompensatedSum();
        for (double s : ordered) {
            sum.add(s);
        }
        return sum.value() / positives;
    }

    /**
     * Number of positive rows \( P \).
     *
     * @return P
     */
    public long positives() {
        return positives;
    }

    /**
     * Number of negative rows \( N \).
     *
     * @return N
     */
    public long negatives() {
        return negatives;
    }

    /**
     * The area under the ROC curve, ties counted as ½, exact as the local
     * {@link dev.statlearn.eval.curve.RocCurve#auc()}.
     *
     * @return the AUC in [0, 1]
     */
    public double auc() {
        return auc;
    }

    /**
     * The step-wise average precision, as the local
     * {@link dev.statlearn.eval.curve.PrecisionRecallCurve} (up to a few ulps of summation order).
     *
     * @return the average precision in [0, 1]
     */
    public double averagePrecision() {
        return averagePrecision;
    }

    /**
     * A one-line summary, e.g. {@code BinaryCurves(P=10, N=90, AUC=0.8123, AP=0.4567)}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "BinaryCurves(P=" + positives + ", N=" + negatives + ", AUC=" + Format.sig(auc) + ", AP="
                + Format.sig(averagePrecision) + ")";
    }
}
