package dev.statlearn.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import dev.statlearn.core.Checks;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.monitor.GroupFairness;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * {@link GroupFairness} of a classifier's decisions over a Spark {@code Dataset}, by a group
 * column: one {@link ConfusionMatrix} per group, counted by {@link ConfusionMatrixAggregator} in
 * {@code groupBy(group).agg(...)}, from which selection rates \( s_g = P(\hat y = + \mid g) \),
 * \( \mathrm{TPR}_g \), \( \mathrm{FPR}_g \) and the gaps (demographic parity, equal opportunity,
 * equalized odds) follow exactly as in {@link GroupFairness#of(int[], int[], int[], int)} on
 * the collected columns: counts are exact, so the result is the local one.
 *
 * <p>Two jobs: one aggregate for the ranges (which fix the number of classes
 * \( k = \max(2, \text{positive} + 1, 1 + \max y, 1 + \max \hat y) \), as locally), one grouped
 * aggregation. Rows with a null label, prediction or group are skipped. Labels and predictions
 * must be in {@code [0, }{@link ConfusionMatrix#MAX_CLASSES}{@code )}, groups in
 * {@code [0, }{@link GroupFairness#MAX_GROUPS}{@code )}, and the groups present times \( k^2 \)
 * at most {@link GroupFairness#MAX_COUNTS}, checked on the driver before the grouped job
 * ({@link IllegalArgumentException} otherwise).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class DatasetFairness {

    private DatasetFairness() {
    }

    /**
     * Fairness of the decisions in {@code prediction} against {@code label}, per value of {@code group}.
     *
     * @param data       the dataset
     * @param label      integer column of actual classes
     * @param prediction integer column of predicted classes
     * @param group      integer column of group indices
     * @param positive   the positive (favourable) class
     * @return the per-group analysis
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if there are no complete rows, a value is out of its range,
     *                                  or the groups present times \( k^2 \) exceed the limit
     */
    public static GroupFairness of(Dataset<Row> data, String label, String prediction, String group, int positive) {
        Checks.notNull(data, "data");
        Checks.notNull(label, "label");
        Checks.notNull(prediction, "prediction");
        Checks.notNull(group, "group");
        if (positive < 0 || positive >= ConfusionMatrix.MAX_CLASSES) {
            throw new IllegalArgumentException("positive must be a class index in [0, "
                    + (ConfusionMatrix.MAX_CLASSES - 1) + "], was " + positive);
        }
        Dataset<Row> rows = data.select(col(label).cast("int").as("y"), col(prediction).cast("int").as("p"),
                col(group).cast("int").as("g"))
                .where(col("y").isNotNull().and(col("p").isNotNull()).and(col("g").isNotNull()));
        Row r = rows.agg(org.apache.spark.sql.functions.count("y"), min("y"), max("y"), min("p"), max("p"),
                min("g"), max("g"), org.apache.spark.sql.functions.countDistinct("g")).first();
        if (r.getLong(0) == 0) {
            throw new IllegalArgumentException("data must have at least one row with label, prediction and group, had 0");
        }
        check(r.getInt(1), r.getInt(2), ConfusionMatrix.MAX_CLASSES, label);
        check(r.getInt(3), r.getInt(4), ConfusionMatrix.MAX_CLASSES, prediction);
        check(r.getInt(5), r.getInt(6), GroupFairness.MAX_GROUPS, group);
        int k = Math.max(Math.max(2, positive + 1), Math.max(r.getInt(2), r.getInt(4)) + 1);
        long present = r.getLong(7);
        if (present * k * k > GroupFairness.MAX_COUNTS) {
            throw new IllegalArgumentException("groups present × classes² must be <= " + GroupFairness.MAX_COUNTS
                    + " counts (GroupFairness.MAX_COUNTS), was " + present + " × " + k + "² = " + present * k * k);
        }
        List<Tuple2<Integer, ConfusionMatrix>> perGroup = rows.groupBy("g")
                .agg(StatlearnFunctions.confusionMatrix(k, "y", "p"))
                .as(Encoders.tuple(Encoders.INT(), StatlearnEncoders.confusionMatrix())).collectAsList();
        ConfusionMatrix[] byGroup = new ConfusionMatrix[r.getInt(6) + 1];
        for (Tuple2<Integer, ConfusionMatrix> t : perGroup) {
            byGroup[t._1()] = t._2();
        }
        return GroupFairness.ofConfusionMatrices(byGroup, positive);
    }

    private static void check(int lo, int hi, int limit, String column) {
        if (lo < 0) {
            throw new IllegalArgumentException(column + " must be in [0, " + (limit - 1) + "], was " + lo);
        }
        if (hi >= limit) {
            throw new IllegalArgumentException(column + " must be in [0, " + (limit - 1) + "], was " + hi);
        }
    }
}
