package dev.statlearn.spark;

import dev.statlearn.core.Checks;
import dev.statlearn.stats.divergence.Histogram;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The {@link Histogram} of a column of doubles over fixed bin edges, as a Spark
 * {@link Aggregator}. Bin \( i \) counts the values in \( [e_i, e_{i+1}) \), the last bin also its
 * right edge \( e_k \); values below \( e_0 \) or above \( e_k \) go to the underflow and overflow
 * counts (as {@code numpy.histogram} and {@link Histogram#add(double)}).
 *
 * <p>Each partition fills an empty copy of the histogram; partial results are merged with
 * {@link Histogram#merge(Histogram)}, which adds counts: the result equals the local histogram
 * of the collected column exactly, whatever the partitioning.
 *
 * <ul>
 *   <li>{@link #uniform(double, double, int)} and {@link #withEdges(double[])} build the edges
 *       exactly as {@link Histogram#uniform(double, double, int)} and
 *       {@link Histogram#create(double[])} do (the edges are checked once, here, on the
 *       driver).</li>
 *   <li>Null values are skipped. A NaN value fails the job with the
 *       {@link IllegalArgumentException} of {@link Histogram#add(double)}.</li>
 *   <li>No rows: the empty histogram.</li>
 * </ul>
 *
 * <p>Immutable and serialisable (it holds the edges' description, not a histogram).
 *
 * @since 0.1
 */
public final class HistogramAggregator extends Aggregator<Double, Histogram, Histogram> {

    private static final long serialVersionUID = 1L;

    /** Explicit edges, or null for uniform bins. */
    private final double[] edges;
    private final double lo;
    private final double hi;
    private final int bins;

    private HistogramAggregator(double[] edges, double lo, double hi, int bins) {
        this.edges = edges;
        this.lo = lo;
        this.hi = hi;
        this.bins = bins;
    }

    /**
     * A histogram with {@code bins} equal-width bins on \( [lo, hi] \), as
     * {@link Histogram#uniform(double, double, int)}.
     *
     * @param lo   left edge, finite
     * @param hi   right edge, finite, {@code > lo}
     * @param bins number of bins, in {@code [1, }{@link Histogram#MAX_BINS}{@code ]}
     * @return the aggregator
     * @throws IllegalArgumentException as {@link Histogram#uniform(double, double, int)}
     */
    public static HistogramAggregator uniform(double lo, double hi, int bins) {
        Histogram.uniform(lo, hi, bins); // checks the arguments
        return new HistogramAggregator(null, lo, hi, bins);
    }

    /**
     * A histogram with the given edges, as {@link Histogram#create(double[])}.
     *
     * @param edges finite, strictly increasing, at least 2; copied
     * @return the aggregator
     * @throws NullPointerException     if {@code edges} is null
     * @throws IllegalArgumentException as {@link Histogram#create(double[])}
     */
    public static HistogramAggregator withEdges(double[] edges) {
        Checks.notNull(edges, "edges");
        Histogram h = Histogram.create(edges); // checks the edges
        return new HistogramAggregator(h.edges(), Double.NaN, Double.NaN, h.bins());
    }

    /**
     * An empty histogram with this aggregator's edges.
     *
     * @return a new empty histogram
     */
    @Override
    public Histogram zero() {
        return edges == null ? Histogram.uniform(lo, hi, bins) : Histogram.create(edges);
    }

    /**
     * Adds one value (nothing for null).
     *
     * @param buffer the partition's histogram, updated
     * @param x      the value, not NaN, or null
     * @return {@code buffer}
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    @Override
    public Histogram reduce(Histogram buffer, Double x) {
        if (x != null) {
            buffer.add(x);
        }
        return buffer;
    }

    /**
     * Merges two partial histograms (adds the counts).
     *
     * @param a one partial result, updated
     * @param b another, not modified
     * @return {@code a}, now holding both
     */
    @Override
    public Histogram merge(Histogram a, Histogram b) {
        return a.merge(b);
    }

    /**
     * The result.
     *
     * @param buffer the merged histogram
     * @return {@code buffer}
     */
    @Override
    public Histogram finish(Histogram buffer) {
        return buffer;
    }

    /**
     * The buffer's encoder.
     *
     * @return {@link StatlearnEncoders#histogram()}
     */
    @Override
    public Encoder<Histogram> bufferEncoder() {
        return StatlearnEncoders.histogram();
    }

    /**
     * The result's encoder.
     *
     * @return {@link StatlearnEncoders#histogram()}
     */
    @Override
    public Encoder<Histogram> outputEncoder() {
        return StatlearnEncoders.histogram();
    }
}
