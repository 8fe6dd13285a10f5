package dev.statlearn.spark;

import dev.statlearn.core.Checks;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;

/**
 * statlearn's aggregators as untyped Spark columns, in the manner of
 * {@link org.apache.spark.sql.functions}: each method wraps an aggregator with
 * {@link functions#udaf functions.udaf} and applies it to named columns, for use in
 * {@code select} and {@code groupBy(...).agg(...)}:
 * <pre>{@code
 * Moments m = df.select(StatlearnFunctions.moments("x")).as(StatlearnEncoders.moments()).first();
 * Dataset<Tuple2<String, Moments>> perGroup = df.groupBy("g").agg(StatlearnFunctions.moments("x"))
 *         .as(Encoders.tuple(Encoders.STRING(), StatlearnEncoders.moments()));
 * }</pre>
 * The result column is binary (the Kryo form of the statlearn object); read it back with the
 * matching encoder of {@link StatlearnEncoders}, as above ({@code Dataset.as} maps the columns
 * of a tuple by position).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class StatlearnFunctions {

    private StatlearnFunctions() {
    }

    /**
     * The {@link dev.statlearn.stats.descriptive.Moments Moments} of a numeric column
     * ({@link MomentsAggregator}); other numeric types are cast to double.
     *
     * @param column column name
     * @return the aggregate column
     * @throws NullPointerException if {@code column} is null
     */
    public static Column moments(String column) {
        Checks.notNull(column, "column");
        return moments(functions.col(column));
    }

    /**
     * The {@link dev.statlearn.stats.descriptive.Moments Moments} of a numeric column expression.
     *
     * @param column the column
     * @return the aggregate column
     * @throws NullPointerException if {@code column} is null
     */
    public static Column moments(Column column) {
        Checks.notNull(column, "column");
        return functions.udaf(MomentsAggregator.create(), Encoders.DOUBLE())
                .apply(column.cast("double"));
    }

    /**
     * The {@link dev.statlearn.stats.descriptive.CovarianceMatrix CovarianceMatrix} of numeric
     * columns, in the given order ({@link CovarianceMatrixAggregator}).
     *
     * @param columns column names, at least one
     * @return the aggregate column
     * @throws NullPointerException     if {@code columns} or a name is null
     * @throws IllegalArgumentException if there are no columns
     */
    public static Column covarianceMatrix(String... columns) {
        Checks.notNull(columns, "columns");
        if (columns.length == 0) {
            throw new IllegalArgumentException("columns must not be empty");
        }
        Column[] cols = new Column[columns.length];
        for (int j = 0; j < columns.length; j++) {
            cols[j] = functions.col(Checks.notNull(columns[j], "columns[" + j + "]")).cast("double");
        }
        CovarianceMatrixAggregator agg = CovarianceMatrixAggregator.of(columns.length);
        return functions.udaf(agg, agg.inputEncoder()).apply(cols);
    }

    /**
     * The {@link dev.statlearn.stats.divergence.Histogram Histogram} of a numeric column with the
     * edges of {@code histogram} ({@link HistogramAggregator#uniform} or
     * {@link HistogramAggregator#withEdges}).
     *
     * @param histogram the aggregator, which fixes the edges
     * @param column    column name
     * @return the aggregate column
     * @throws NullPointerException if an argument is null
     */
    public static Column histogram(HistogramAggregator histogram, String column) {
        Checks.notNull(histogram, "histogram");
        Checks.notNull(column, "column");
        return histogram(histogram, functions.col(column));
    }

    /**
     * The {@link dev.statlearn.stats.divergence.Histogram Histogram} of a numeric column
     * expression with the edges of {@code histogram}.
     *
     * @param histogram the aggregator, which fixes the edges
     * @param column    the column
     * @return the aggregate column
     * @throws NullPointerException if an argument is null
     */
    public static Column histogram(HistogramAggregator histogram, Column column) {
        Checks.notNull(histogram, "histogram");
        Checks.notNull(column, "column");
        return functions.udaf(histogram, Encoders.DOUBLE()).apply(column.cast("double"));
    }

    /**
     * The {@link dev.statlearn.eval.ConfusionMatrix ConfusionMatrix} over classes
     * {@code 0..k-1} of an integer label column and an integer prediction column
     * ({@link ConfusionMatrixAggregator}).
     *
     * @param k          number of classes
     * @param label      name of the actual-class column
     * @param prediction name of the predicted-class column
     * @return the aggregate column
     * @throws NullPointerException     if a name is null
     * @throws IllegalArgumentException if {@code k} is outside {@code [1, 4096]}
     */
    public static Column confusionMatrix(int k, String label, String prediction) {
        Checks.notNull(label, "label");
        Checks.notNull(prediction, "prediction");
        return functions.udaf(ConfusionMatrixAggregator.of(k), ConfusionMatrixAggregator.inputEncoder())
                .apply(functions.col(label).cast("int"), functions.col(prediction).cast("int"));
    }
}
