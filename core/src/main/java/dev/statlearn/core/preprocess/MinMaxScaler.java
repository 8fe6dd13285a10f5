package dev.statlearn.core.preprocess;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;

/**
 * Rescaling to a range fitted on training data:
 * \( x'_j = a + (b - a)\,(x_j - m_j) / (M_j - m_j) \) with \( m_j, M_j \) the training column
 * minimum and maximum and \( [a, b] \) the target range (default [0, 1]), as scikit-learn's
 * {@code MinMaxScaler}.
 *
 * <ul>
 *   <li>A constant column (\( M_j = m_j \)) maps to \( a \) (scikit-learn treats its range as 1).</li>
 *   <li>Values outside the training range map outside \( [a, b] \): nothing is clipped.</li>
 *   <li>NaN (missing) is ignored when fitting and stays NaN; infinite values are rejected when
 *       fitting and transforming (see {@link Transformer}).</li>
 *   <li>Columns whose range \( M_j - m_j \) (or target range \( b - a \)) exceeds the largest
 *       double are handled by halving both sides of the ratio, so e.g. fitting on
 *       \( \{-10^{308}, 10^{308}\} \) maps 0 to 0.5; {@link #dataRange()} reports such a range
 *       as {@code Infinity}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MinMaxScaler implements Transformer {

    private final double[] min;
    private final double[] max;
    private final double[] range;
    private final double lower;
    private final double upper;

    private MinMaxScaler(double[] min, double[] max, double[] range, double lower, double upper) {
        this.min = min;
        this.max = max;
        this.range = range;
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * Learns the column ranges, mapping to [0, 1].
     *
     * @param x training rows; not modified
     * @return the fitted scaler
     */
    public static MinMaxScaler fit(double[][] x) {
        return fit(x, 0, 1);
    }

    /**
     * Learns the column ranges, mapping to {@code [lower, upper]}.
     *
     * @param x     training rows; not modified
     * @param lower target minimum
     * @param upper target maximum, {@code > lower}
     * @return the fitted scaler
     * @throws IllegalArgumentException if the bounds are not finite and ordered, {@code x} is
     *                                  malformed or has an infinite value (the message names its row
     *                                  and column), or a column has no observed value
     */
    public static MinMaxScaler fit(double[][] x, double lower, double upper) {
        Checks.finite(lower, "lower");
        Checks.finite(upper, "upper");
        if (!(upper > lower)) {
            throw new IllegalArgumentException("upper must be > lower (" + lower + "), was " + upper);
        }
        Checks.rectangular(x, "x");
        int d = x[0].length;
        double[] min = new double[d];
        double[] max = new double[d];
        double[] range = new double[d];
        for (int j = 0; j < d; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                double v = row[j];
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (lo > hi) {
                throw new IllegalArgumentException("x column " + j + " has no observed (non-NaN) value");
            }
            min[j] = lo;
            max[j] = hi;
            range[j] = hi > lo ? hi - lo : 1.0;
        }
        return new MinMaxScaler(min, max, range, lower, upper);
    }

    @Override
    public int inputFeatures() {
        return min.length;
    }

    @Override
    public double[] transform(double[] row) {
        Transformer.checkRow(row, min.length);
        double[] out = new double[row.length];
        double span = upper - lower;
        for (int j = 0; j < row.length; j++) {
            double diff = row[j] - min[j];
            double r = range[j];
            if (Double.isInfinite(diff) || Double.isInfinite(r)) {
                // halve both sides: exact for doubles this large, and now nothing overflows
                diff = 0.5 * row[j] - 0.5 * min[j];
                r = max[j] > min[j] ? 0.5 * max[j] - 0.5 * min[j] : 0.5;
            }
            double t = diff / r;
            out[j] = Double.isInfinite(span) ? lower * (1 - t) + upper * t : lower + span * t;
        }
        return out;
    }

    /**
     * The fitted column minima.
     *
     * @return a copy
     */
    public double[] dataMin() {
        return min.clone();
    }

    /**
     * The fitted column ranges \( M_j - m_j \) (1 for constant columns, {@code Infinity} when the
     * difference exceeds the largest double).
     *
     * @return a copy
     */
    public double[] dataRange() {
        return range.clone();
    }

    @Override
    public String toString() {
        return "MinMaxScaler[to [" + Format.sig(lower) + ", " + Format.sig(upper) + "], min=" + Format.list(min)
                + ", range=" + Format.list(range) + "]";
    }
}
