package dev.statlearn.spark;

import dev.statlearn.core.Checks;
import dev.statlearn.eval.ConfusionMatrix;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import scala.Tuple2;

/**
 * The {@link ConfusionMatrix} of a label and a prediction column over classes
 * {@code 0..k-1}, as a Spark {@link Aggregator}: entry \( C_{ap} \) counts the rows whose actual
 * class is \( a \) and predicted class \( p \),
 * \[ C_{ap} = \#\{ i : y_i = a,\ \hat y_i = p \}. \]
 *
 * <p>The buffer is the row-major array of the \( k^2 \) counts; partitions add their counts, so
 * the result equals {@code ConfusionMatrix.of(actual, predicted, k)} on the collected columns
 * exactly, whatever the partitioning.
 *
 * <ul>
 *   <li>The input is a pair (label, prediction) of integer columns
 *       ({@link StatlearnFunctions#confusionMatrix(int, String, String)}).</li>
 *   <li>A row whose label or prediction is null is skipped. A label outside \( [0, k) \) fails
 *       the job with an {@link IllegalArgumentException} naming it.</li>
 *   <li>No rows (after skipping nulls): the job fails with an {@link IllegalArgumentException},
 *       as {@code ConfusionMatrix.of} of empty arrays does (a confusion matrix needs at least one
 *       row; Spark cannot return a null object here). Groups of {@code groupBy} are never
 *       empty.</li>
 * </ul>
 *
 * <p>Immutable and serialisable (it holds only \( k \)).
 *
 * @since 0.1
 */
public final class ConfusionMatrixAggregator extends Aggregator<Tuple2<Integer, Integer>, long[], ConfusionMatrix> {

    private static final long serialVersionUID = 1L;

    private final int k;

    private ConfusionMatrixAggregator(int k) {
        this.k = k;
    }

    /**
     * The aggregator over classes {@code 0..k-1}.
     *
     * @param k number of classes, in {@code [1, }{@value ConfusionMatrix#MAX_CLASSES}{@code ]}
     * @return the aggregator
     * @throws IllegalArgumentException if {@code k} is outside that range (checked before the
     *                                  \( k^2 \) counts are ever allocated)
     */
    public static ConfusionMatrixAggregator of(int k) {
        Checks.atLeast(k, 1, "k");
        if (k > ConfusionMatrix.MAX_CLASSES) {
            throw new IllegalArgumentException("k must be <= " + ConfusionMatrix.MAX_CLASSES + ", was " + k);
        }
        return new ConfusionMatrixAggregator(k);
    }

    /**
     * The number of classes \( k \).
     *
     * @return k
     */
    public int numClasses() {
        return k;
    }

    /**
     * The input encoder, a pair of integers (label, prediction); {@code functions.udaf} reads
     * the two columns it is applied to by position.
     *
     * @return {@code Encoders.tuple(Encoders.INT(), Encoders.INT())}
     */
    public static Encoder<Tuple2<Integer, Integer>> inputEncoder() {
        return Encoders.tuple(Encoders.INT(), Encoders.INT());
    }

    /**
     * Zero counts.
     *
     * @return a new array of \( k^2 \) zeros
     */
    @Override
    public long[] zero() {
        return new long[k * k];
    }

    /**
     * Counts one row (nothing if it, its label or its prediction is null).
     *
     * @param counts the partition's counts, updated
     * @param row    (label, prediction)
     * @return {@code counts}
     * @throws IllegalArgumentException if the label or the prediction is outside \( [0, k) \)
     */
    @Override
    public long[] reduce(long[] counts, Tuple2<Integer, Integer> row) {
        if (row == null || row._1() == null || row._2() == null) {
            return counts;
        }
        int a = row._1();
        int p = row._2();
        if (a < 0 || a >= k) {
            throw new IllegalArgumentException("label must be in [0, " + k + "), was " + a);
        }
        if (p < 0 || p >= k) {
            throw new IllegalArgumentException("prediction must be in [0, " + k + "), was " + p);
        }
        counts[a * k + p]++;
        return counts;
    }

    /**
     * Adds two partial count arrays.
     *
     * @param a one partial result, updated
     * @param b another, not modified
     * @return {@code a}, now holding both
     */
    @Override
    public long[] merge(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i]; // each count is at most the number of rows
        }
        return a;
    }

    /**
     * The confusion matrix of the counts.
     *
     * @param counts the merged counts
     * @return the matrix
     * @throws IllegalArgumentException if there were no rows
     */
    @Override
    public ConfusionMatrix finish(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            throw new IllegalArgumentException("rows must not be empty: a confusion matrix needs at least one"
                    + " (label, prediction) pair without nulls, there were none");
        }
        long[][] m = new long[k][k];
        for (int a = 0; a < k; a++) {
            System.arraycopy(counts, a * k, m[a], 0, k);
        }
        return ConfusionMatrix.ofCounts(m);
    }

    /**
     * The buffer's encoder.
     *
     * @return {@link StatlearnEncoders#counts()}
     */
    @Override
    public Encoder<long[]> bufferEncoder() {
        return StatlearnEncoders.counts();
    }

    /**
     * The result's encoder.
     *
     * @return {@link StatlearnEncoders#confusionMatrix()}
     */
    @Override
    public Encoder<ConfusionMatrix> outputEncoder() {
        return StatlearnEncoders.confusionMatrix();
    }
}
