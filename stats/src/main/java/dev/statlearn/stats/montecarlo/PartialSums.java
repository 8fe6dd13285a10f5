package dev.statlearn.stats.montecarlo;

import dev.statlearn.core.Checks;
import java.io.Serializable;

/**
 * The sums of one chunk (or of several merged chunks) of a Monte Carlo run: the number of values
 * \( n \), their mean \( \bar y \) and their centred sum of squares
 * \( M_2 = \sum_i (y_i - \bar y)^2 \). Immutable and mergeable, so the chunks of a run can be
 * evaluated anywhere (threads, a cluster) and combined afterwards:
 * \[ n = n_A + n_B, \qquad \delta = \bar y_B - \bar y_A, \qquad
 *    \bar y = \bar y_A + \delta\,\frac{n_B}{n}, \qquad
 *    M_2 = M_{2,A} + \left(M_{2,B} + \delta^2\,\frac{n_A n_B}{n}\right) \]
 * (Chan, Golub and LeVeque's pairwise update). Merging the chunks of
 * {@link MonteCarlo#chunk(java.util.function.DoubleUnaryOperator, double, double, long, long, long)
 * MonteCarlo.chunk} in chunk order, starting from {@link #empty()}, and calling
 * {@link #toEstimate(double) toEstimate(b - a)} gives the bits of
 * {@link MonteCarlo#parallel(java.util.function.DoubleUnaryOperator, double, double, long, long)
 * MonteCarlo.parallel} with the same seed; any other order gives the same value up to rounding.
 *
 * <p>A non-finite value of the integrand makes the mean or \( M_2 \) non-finite; that is carried
 * through merges and reported by {@link #toEstimate(double)}. Serializable (for shipping chunks
 * between machines).
 *
 * @param count               the number of values \( n \ge 0 \)
 * @param mean                their mean \( \bar y \) (0 when {@code count} is 0)
 * @param centredSumOfSquares \( M_2 \), not negative (0 when {@code count} is 0)
 * @since 0.1
 */
public record PartialSums(long count, double mean, double centredSumOfSquares) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final PartialSums EMPTY = new PartialSums(0, 0, 0);

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code count < 0}, {@code centredSumOfSquares < 0}, or
     *                                  {@code count} is 0 and the mean or \( M_2 \) is not 0
     */
    public PartialSums {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        if (centredSumOfSquares < 0) {
            throw new IllegalArgumentException("centredSumOfSquares must be >= 0, was " + centredSumOfSquares);
        }
        if (count == 0 && mean != 0) {
            throw new IllegalArgumentException("mean must be 0 when count is 0, was " + mean);
        }
        if (count == 0 && centredSumOfSquares != 0) {
            throw new IllegalArgumentException(
                    "centredSumOfSquares must be 0 when count is 0, was " + centredSumOfSquares);
        }
    }

    /**
     * The sums of no values, the identity of {@link #merge(PartialSums)}.
     *
     * @return \( (0, 0, 0) \)
     */
    public static PartialSums empty() {
        return EMPTY;
    }

    /**
     * The sums of this chunk's values followed by {@code other}'s, by the pairwise update above;
     * merging with an empty side returns the other side unchanged.
     *
     * @param other the later chunk
     * @return the merged sums
     * @throws NullPointerException     if {@code other} is null
     * @throws IllegalArgumentException if the total count overflows a {@code long}
     */
    public PartialSums merge(PartialSums other) {
        Checks.notNull(other, "other");
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        long nb = other.count;
        if (count > Long.MAX_VALUE - nb) {
            throw new IllegalArgumentException("the merged count must be <= " + Long.MAX_VALUE + ", was "
                    + count + " + " + nb);
        }
        long total = count + nb;
        double delta = other.mean - mean;
        double m = mean + delta * ((double) nb / total);
        double m2 = centredSumOfSquares + (other.centredSumOfSquares + delta * delta * ((double) count * nb / total));
        return new PartialSums(total, m, m2);
    }

    /**
     * The Monte Carlo estimate \( c\,\bar y \) with standard error \( c\sqrt{M_2 / ((n-1)\,n)} \),
     * where \( c \) is the interval's width or the box's volume (1 for an expectation).
     *
     * @param scale the factor \( c \), finite and \( &gt; 0 \)
     * @return the estimate, with {@code samples = count}
     * @throws IllegalArgumentException if {@code scale} is not finite and positive, {@code count < 2},
     *                                  the mean or \( M_2 \) is not finite (the integrand
     *                                  returned non-finite values, or values whose squares overflow),
     *                                  or the scaled estimate or its standard error overflows
     */
    public Estimate toEstimate(double scale) {
        Checks.positive(scale, "scale");
        if (count < 2) {
            throw new IllegalArgumentException("count must be >= 2 for a standard error, was " + count);
        }
        if (!Double.isFinite(mean) || !Double.isFinite(centredSumOfSquares)) {
            throw new IllegalArgumentException(
                    "f must return finite values with finite squares; the sample mean was "
                            + mean + " and the sum of squares " + centredSumOfSquares);
        }
        double value = scale * mean;
        double standardError = scale * Math.sqrt(centredSumOfSquares / (count - 1.0) / count);
        if (!Double.isFinite(value) || !Double.isFinite(standardError)) {
            throw new IllegalArgumentException("scale times the mean and its standard error must be finite, was "
                    + value + " and " + standardError + " (scale " + scale + ", mean " + mean + ")");
        }
        return new Estimate(value, standardError, count);
    }
}
