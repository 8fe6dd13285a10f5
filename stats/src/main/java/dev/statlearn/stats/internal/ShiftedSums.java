package dev.statlearn.stats.internal;

import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.PartialSums;

/**
 * The running sums behind a sample mean and its standard error, taken about the first value
 * \( k = y_1 \) so that a large common offset does not cancel:
 * \[ S_1 = \sum_{i \ge 2} (y_i - k), \qquad S_2 = \sum_{i \ge 2} (y_i - k)^2, \qquad
 *    \bar y = k + \frac{S_1}{n}, \qquad M_2 = \max\left(0,\ S_2 - \frac{S_1^2}{n}\right), \]
 * and \( \mathrm{se}(\bar y) = \sqrt{M_2 / ((n - 1)\,n)} \). Every Monte Carlo method and the
 * sample-based divergence estimates accumulate their samples here, so they share one order of
 * floating-point operations (the one of the original loops, so results are unchanged bit for bit).
 *
 * <p>{@link #add(double)} is a small final method with no allocation, inlined by the JIT in the
 * callers' sampling loops. Mutable and not thread-safe: one instance per loop; chunks of a
 * parallel run are merged as {@link PartialSums}.
 */
public final class ShiftedSums {

    private long count;
    private double shift;
    private double sum;
    private double sumOfSquares;

    /** Creates empty sums. */
    public ShiftedSums() {
    }

    /**
     * Adds one value: the first becomes the shift \( k \), later ones add \( y - k \) and
     * \( (y - k)^2 \).
     *
     * @param y the value (non-finite values are caught by {@link #toEstimate})
     */
    public void add(double y) {
        if (count == 0) {
            shift = y;
        } else {
            double d = y - shift;
            sum += d;
            sumOfSquares += d * d;
        }
        count++;
    }

    /**
     * The number of values added.
     *
     * @return \( n \)
     */
    public long count() {
        return count;
    }

    /**
     * The sample mean \( k + S_1 / n \); NaN before the first value.
     *
     * @return the mean
     */
    public double mean() {
        return shift + sum / count;
    }

    /**
     * The centred sum of squares \( \max(0, S_2 - S_1^2 / n) \).
     *
     * @return \( M_2 \)
     */
    public double centredSumOfSquares() {
        return Math.max(0, sumOfSquares - sum * sum / count);
    }

    /**
     * Throws unless \( k + S_1 \) and \( S_2 \) are finite.
     *
     * @param message the start of the message, completed by the two sums, e.g.
     *                {@code "f must return finite values with finite squares; the sample sums were "}
     * @throws IllegalArgumentException if a sum is not finite
     */
    public void checkFinite(String message) {
        if (!Double.isFinite(shift + sum) || !Double.isFinite(sumOfSquares)) {
            throw new IllegalArgumentException(message + (shift + sum) + " and " + sumOfSquares);
        }
    }

    /**
     * The count, mean and centred sum of squares, for merging with other chunks.
     *
     * @return the partial sums
     */
    public PartialSums toPartialSums() {
        return new PartialSums(count, mean(), centredSumOfSquares());
    }

    /**
     * The estimate \( c\,\bar y \pm c\,\mathrm{se}(\bar y) \) after {@link #checkFinite(String)}.
     *
     * @param scale   the factor \( c \) (an interval's width or a box's volume; 1 for a mean)
     * @param message the start of the message for non-finite sums
     * @return the estimate, with {@code samples = n}
     * @throws IllegalArgumentException if a sum is not finite
     */
    public Estimate toEstimate(double scale, String message) {
        checkFinite(message);
        return toPartialSums().toEstimate(scale);
    }
}
