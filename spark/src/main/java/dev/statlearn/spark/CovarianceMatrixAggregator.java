package dev.statlearn.spark;

import dev.statlearn.core.Checks;
import dev.statlearn.stats.descriptive.CovarianceMatrix;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@link CovarianceMatrix} of \( d \) double columns, as a Spark {@link Aggregator}: the mean
 * vector, covariance and correlation matrices,
 * \[ \bar x = \frac1n \sum_i x_i, \qquad
 * S = \frac{1}{n-1} \sum_i (x_i - \bar x)(x_i - \bar x)^\top, \qquad
 * R_{jk} = \frac{S_{jk}}{\sqrt{S_{jj} S_{kk}}}. \]
 *
 * <p>The input is a row of \( d \) doubles (the columns, in order, as
 * {@link StatlearnFunctions#covarianceMatrix(String...)} passes them). Each partition fills its
 * own accumulator ({@link CovarianceMatrix#accept(double[])}); partial results are merged with
 * {@link CovarianceMatrix#combine(CovarianceMatrix)} (the pairwise formula of Chan et al.), so
 * the result equals {@code CovarianceMatrix.of(x)} on the collected rows up to rounding.
 *
 * <ul>
 *   <li>Rows with a null value are skipped (complete cases only). A NaN or infinite value fails
 *       the job with the {@link IllegalArgumentException} of {@code accept}.</li>
 *   <li>No rows: the empty accumulator (count 0, NaN covariances).</li>
 * </ul>
 *
 * <p>Immutable and serialisable (it holds only \( d \)).
 *
 * @since 0.1
 */
public final class CovarianceMatrixAggregator extends Aggregator<Row, CovarianceMatrix, CovarianceMatrix> {

    private static final long serialVersionUID = 1L;

    private final int d;

    private CovarianceMatrixAggregator(int d) {
        this.d = d;
    }

    /**
     * The aggregator of {@code d}-dimensional rows.
     *
     * @param d number of columns, in {@code [1, }{@link Checks#MAX_SQUARE_DIMENSION}{@code ]}
     * @return the aggregator
     * @throws IllegalArgumentException if {@code d} is outside that range
     */
    public static CovarianceMatrixAggregator of(int d) {
        Checks.squareDimension(d, "d");
        return new CovarianceMatrixAggregator(d);
    }

    /**
     * The number of columns \( d \).
     *
     * @return the dimension
     */
    public int dimension() {
        return d;
    }

    /**
     * The input encoder: a row of \( d \) non-nullable-typed double fields {@code x0 .. x(d-1)};
     * {@code functions.udaf(aggregator, aggregator.inputEncoder())} reads the columns it is
     * applied to by position.
     *
     * @return a row encoder of \( d \) doubles
     */
    public Encoder<Row> inputEncoder() {
        StructField[] fields = new StructField[d];
        for (int j = 0; j < d; j++) {
            fields[j] = DataTypes.createStructField("x" + j, DataTypes.DoubleType, true);
        }
        return Encoders.row(new StructType(fields));
    }

    /**
     * An empty accumulator.
     *
     * @return {@code CovarianceMatrix.create(d)}
     */
    @Override
    public CovarianceMatrix zero() {
        return CovarianceMatrix.create(d);
    }

    /**
     * Adds one row (nothing if it or one of its values is null).
     *
     * @param buffer the partition's accumulator, updated
     * @param row    \( d \) doubles
     * @return {@code buffer}
     * @throws IllegalArgumentException if the row does not have \( d \) values or one is NaN
     *                                  or infinite
     */
    @Override
    public CovarianceMatrix reduce(CovarianceMatrix buffer, Row row) {
        if (row == null) {
            return buffer;
        }
        if (row.size() != d) {
            throw new IllegalArgumentException("row has " + row.size() + " values but dimension is " + d);
        }
        double[] x = new double[d];
        for (int j = 0; j < d; j++) {
            if (row.isNullAt(j)) {
                return buffer;
            }
            x[j] = row.getDouble(j);
        }
        buffer.accept(x);
        return buffer;
    }

    /**
     * Merges two partial results.
     *
     * @param a one partial result, updated
     * @param b another, not modified
     * @return {@code a}, now holding both
     */
    @Override
    public CovarianceMatrix merge(CovarianceMatrix a, CovarianceMatrix b) {
        return a.combine(b);
    }

    /**
     * The result.
     *
     * @param buffer the merged accumulator
     * @return {@code buffer}
     */
    @Override
    public CovarianceMatrix finish(CovarianceMatrix buffer) {
        return buffer;
    }

    /**
     * The buffer's encoder.
     *
     * @return {@link StatlearnEncoders#covarianceMatrix()}
     */
    @Override
    public Encoder<CovarianceMatrix> bufferEncoder() {
        return StatlearnEncoders.covarianceMatrix();
    }

    /**
     * The result's encoder.
     *
     * @return {@link StatlearnEncoders#covarianceMatrix()}
     */
    @Override
    public Encoder<CovarianceMatrix> outputEncoder() {
        return StatlearnEncoders.covarianceMatrix();
    }
}
