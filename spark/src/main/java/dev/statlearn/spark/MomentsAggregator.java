package dev.statlearn.spark;

import dev.statlearn.stats.descriptive.Moments;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The {@link Moments} of a column of doubles, as a Spark {@link Aggregator}: count, mean,
 * variance, skewness, excess kurtosis, minimum and maximum,
 * \[ \bar x = \frac1n \sum_i x_i, \qquad s^2 = \frac{M_2}{n-1}, \qquad
 * G_1 = \frac{\sqrt{n(n-1)}}{n-2} \frac{M_3/n}{(M_2/n)^{3/2}}, \qquad
 * G_2 = \frac{n-1}{(n-2)(n-3)} \Big( (n+1) \Big(\frac{M_4/n}{(M_2/n)^2} - 3\Big) + 6 \Big), \]
 * with \( M_k = \sum_i (x_i - \bar x)^k \), as documented by {@link Moments}.
 *
 * <p>Each partition fills its own {@code Moments} ({@link Moments#accept(double)}); partial
 * results are merged with {@link Moments#combine(Moments)} (Chan, Golub &amp; LeVeque; Pébay),
 * so the result equals {@code Moments.of(x)} on the collected column up to rounding (the
 * partial sums are added in another order), whatever the partitioning.
 *
 * <ul>
 *   <li>Typed: {@code Dataset<Double> ds; Moments m = ds.select(MomentsAggregator.create().toColumn()).first();}</li>
 *   <li>Untyped, per column or per group: {@link StatlearnFunctions#moments(String)}.</li>
 *   <li>Null values are skipped, as SQL aggregates skip them. A NaN or infinite value fails the
 *       job with the {@link IllegalArgumentException} of {@link Moments#accept(double)}.</li>
 *   <li>No rows: the empty {@code Moments} (count 0, mean NaN).</li>
 * </ul>
 *
 * <p>Immutable and serialisable (the aggregator holds no state; the buffers are created by
 * {@link #zero()}).
 *
 * @since 0.1
 */
public final class MomentsAggregator extends Aggregator<Double, Moments, Moments> {

    private static final long serialVersionUID = 1L;

    private MomentsAggregator() {
    }

    /**
     * The aggregator.
     *
     * @return an aggregator of the moments of a double column
     */
    public static MomentsAggregator create() {
        return new MomentsAggregator();
    }

    /**
     * An empty accumulator.
     *
     * @return {@code Moments.create()}
     */
    @Override
    public Moments zero() {
        return Moments.create();
    }

    /**
     * Adds one value (nothing for null).
     *
     * @param buffer the partition's accumulator, updated
     * @param x      the value, finite, or null
     * @return {@code buffer}
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    @Override
    public Moments reduce(Moments buffer, Double x) {
        if (x != null) {
            buffer.accept(x);
        }
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
    public Moments merge(Moments a, Moments b) {
        return a.combine(b);
    }

    /**
     * The result.
     *
     * @param buffer the merged accumulator
     * @return {@code buffer}
     */
    @Override
    public Moments finish(Moments buffer) {
        return buffer;
    }

    /**
     * The buffer's encoder.
     *
     * @return {@link StatlearnEncoders#moments()}
     */
    @Override
    public Encoder<Moments> bufferEncoder() {
        return StatlearnEncoders.moments();
    }

    /**
     * The result's encoder.
     *
     * @return {@link StatlearnEncoders#moments()}
     */
    @Override
    public Encoder<Moments> outputEncoder() {
        return StatlearnEncoders.moments();
    }
}
