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
 * <p>{@link #add(double)} is a small branch-free method with no allocation, inlined by the JIT
 * in the callers' sampling loops, which pass their first value to the constructor and hand the
 * sums on with {@link #of} (see there why). Mutable and not thread-safe: one instance per loop;
 * chunks of a parallel run are merged as {@link PartialSums}.
 */
public final class ShiftedSums {

    private long count;
    private final double shift;
    private double sum;
    private double sumOfSquares;

    /**
     * Starts the sums with the first value, which becomes the shift \( k \).
     *
     * @param first the first value \( y_1 \)
     */
    public ShiftedSums(double first) {
        shift = first;
        count = 1;
    }

    /**
     * Adds one more value: \( y - k \) to \( S_1 \) and \( (y - k)^2 \) to \( S_2 \). No
     * branch: a test for the first value here also made the sampling loops about 1.8 times
     * slower (measured), so callers pass the first value to the constructor instead.
     *
     * @param y the value (non-finite values are caught by {@link #toEstimate})
     */
    public void add(double y) {
        double d = y - shift;
        sum += d;
        sumOfSquares += d * d;
        count++;
    }

    private ShiftedSums(long count, double shift, double sum, double sumOfSquares) {
        this.count = count;
        this.shift = shift;
        this.sum = sum;
        this.sumOfSquares = sumOfSquares;
    }

    /**
     * Sums with the given state: how a sampling loop hands its sums on. The JIT keeps a loop's
     * running instance in registers (scalar replacement) only if nothing but the loop and the
     * trivial accessors ({@link #count()}, {@link #shift()}, {@link #sum()},
     * {@link #sumOfSquares()}, inlined however rarely called) touch it; a call such as
     * {@code toEstimate} after the loop is not inlined (it runs once per loop) and makes the
     * loop store its fields on every sample, about 1.8 times slower (measured). So a loop ends
     * with {@code ShiftedSums.of(s.count(), s.shift(), s.sum(), s.sumOfSquares())} and works on
     * that copy.
     *
     * @param count        \( n \ge 1 \)
     * @param shift        \( k \)
     * @param sum          \( S_1 \)
     * @param sumOfSquares \( S_2 \)
     * @return the sums
     */
    public static ShiftedSums of(long count, double shift, double sum, double sumOfSquares) {
        return new ShiftedSums(count, shift, sum, sumOfSquares);
    }

    /**
     * The shift \( k \), the first value.
     *
     * @return \( k \)
     */
    public double shift() {
        return shift;
    }

    /**
     * \( S_1 = \sum_{i \ge 2} (y_i - k) \).
     *
     * @return \( S_1 \)
     */
    public double sum() {
        return sum;
    }

    /**
     * \( S_2 = \sum_{i \ge 2} (y_i - k)^2 \).
     *
     * @return \( S_2 \)
     */
    public double sumOfSquares() {
        return sumOfSquares;
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
        checkFinite(message, shift + sum, sumOfSquares);
    }

    /** Kept apart (and static) so that the instance methods stay small enough to be inlined. */
    private static void checkFinite(String message, double total, double sumOfSquares) {
        if (!Double.isFinite(total) || !Double.isFinite(sumOfSquares)) {
            throw new IllegalArgumentException(message + total + " and " + sumOfSquares);
        }
    }

    /**
     * The count, mean and centred sum of squares, for merging with other chunks.
     *
     * @return the partial sums
     */
    public PartialSums toPartialSums() {
        return partialSums(count, shift, sum, sumOfSquares);
    }

    private static PartialSums partialSums(long count, double shift, double sum, double sumOfSquares) {
        return new PartialSums(count, shift + sum / count, Math.max(0, sumOfSquares - sum * sum / count));
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
        return estimate(scale, message, count, shift, sum, sumOfSquares);
    }

    private static Estimate estimate(double scale, String message, long count, double shift, double sum,
                                     double sumOfSquares) {
        checkFinite(message, shift + sum, sumOfSquares);
        return partialSums(count, shift, sum, sumOfSquares).toEstimate(scale);
    }
}
