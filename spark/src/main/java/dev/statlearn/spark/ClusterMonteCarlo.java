package dev.statlearn.spark;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import dev.statlearn.stats.montecarlo.PartialSums;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * Monte Carlo integration over a Spark cluster that gives the bits of the local
 * {@link MonteCarlo#parallel(DoubleUnaryOperator, double, double, long, long) MonteCarlo.parallel}
 * run with the same seed:
 * \[ \hat I = V \bar f, \qquad \widehat{\mathrm{se}} = V \sqrt{\frac{M_2}{n(n-1)}}, \qquad
 * M_2 = \sum_i (f(x_i) - \bar f)^2, \]
 * with \( x_i \) uniform on the interval (or box) of volume \( V \).
 *
 * <p><b>Same chunks, same streams, same fold.</b> The \( n \) samples are cut into the chunks of
 * {@link MonteCarlo#CHUNK_SIZE} of the local method (the last one shorter). Spark runs the chunks
 * with the local code, {@link MonteCarlo#chunk(DoubleUnaryOperator, double, double, long, long, long)
 * MonteCarlo.chunk}: chunk \( c \) draws its points from {@link Randomness#stream(long, long)
 * Randomness.stream(seed, c)}; the driver then merges the chunks' {@link PartialSums} (count, mean,
 * \( M_2 \)) in chunk order with {@link PartialSums#merge(PartialSums)}, the local pairwise update
 * (Chan, Golub &amp; LeVeque). Every floating-point operation is the local one, in the same order,
 * so the estimate does not depend on the cluster, the partitioning or the scheduling, and equals
 * the local estimate bit for bit.
 *
 * <ul>
 *   <li>The integrand must be serialisable ({@link Integrand}, {@link BoxIntegrand}: a lambda
 *       assigned to them is), deterministic and free of side effects; it runs on the executors.</li>
 *   <li>\( 2 \le n \le \) {@link #MAX_SAMPLES}: the driver holds one (count, mean, \( M_2 \)) per
 *       chunk, at most \( 2^{20} \) of them (24 MiB).</li>
 *   <li>Bad bounds give the local method's {@link IllegalArgumentException}s; a non-finite
 *       integrand value gives an {@code IllegalArgumentException} after the fold, as locally.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ClusterMonteCarlo {

    /** Largest number of chunks, \( 2^{20} \). */
    public static final int MAX_CHUNKS = 1 << 20;

    /** Largest number of samples, {@link #MAX_CHUNKS} chunks of {@link MonteCarlo#CHUNK_SIZE}: \( 2^{36} \approx 6.9 \times 10^{10} \). */
    public static final long MAX_SAMPLES = (long) MAX_CHUNKS * MonteCarlo.CHUNK_SIZE;

    /** A one-dimensional integrand that Spark can ship to the executors. */
    @FunctionalInterface
    public interface Integrand extends DoubleUnaryOperator, Serializable {
    }

    /** A multi-dimensional integrand that Spark can ship to the executors; it reads its argument and keeps no reference to it. */
    @FunctionalInterface
    public interface BoxIntegrand extends ToDoubleFunction<double[]>, Serializable {
    }

    private ClusterMonteCarlo() {
    }

    /**
     * \( \int_a^b f(x)\,dx \) from {@code n} uniform samples, the bits of
     * {@code MonteCarlo.parallel(f, a, b, n, seed)}.
     *
     * @param spark the session whose cluster runs the chunks
     * @param f     the integrand, finite on \( [a, b) \)
     * @param a     lower bound, finite
     * @param b     upper bound, finite, {@code > a}, with \( b - a \) finite
     * @param n     number of samples, in {@code [2, }{@link #MAX_SAMPLES}{@code ]}
     * @param seed  the seed of the chunks' streams
     * @return the estimate
     * @throws NullPointerException     if {@code spark} or {@code f} is null
     * @throws IllegalArgumentException if a bound or {@code n} is out of range, or {@code f} returns
     *                                  non-finite values
     */
    public static Estimate integrate(SparkSession spark, Integrand f, double a, double b, long n, long seed) {
        Checks.notNull(spark, "spark");
        Checks.notNull(f, "f");
        double w = MonteCarlo.intervalWidth(a, b);
        return mergedChunks(spark, n, c -> MonteCarlo.chunk(f, a, b, n, seed, c)).toEstimate(w);
    }

    /**
     * \( \int_{\text{box}} f(x)\,dx \) from {@code n} uniform samples in the box, the bits of
     * {@code MonteCarlo.parallel(f, lower, upper, n, seed)}.
     *
     * @param spark the session whose cluster runs the chunks
     * @param f     the integrand
     * @param lower lower corner, finite; copied
     * @param upper upper corner, finite, above {@code lower} in every coordinate; copied
     * @param n     number of samples, in {@code [2, }{@link #MAX_SAMPLES}{@code ]}
     * @param seed  the seed of the chunks' streams
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the box is empty, not finite or of infinite volume, if
     *                                  {@code n} is out of range, or {@code f} returns non-finite values
     */
    public static Estimate integrate(SparkSession spark, BoxIntegrand f, double[] lower, double[] upper, long n,
                                     long seed) {
        Checks.notNull(spark, "spark");
        Checks.notNull(f, "f");
        double volume = MonteCarlo.boxVolume(lower, upper);
        double[] lo = lower.clone();
        double[] hi = upper.clone();
        return mergedChunks(spark, n, c -> MonteCarlo.chunk(f, lo, hi, n, seed, c)).toEstimate(volume);
    }

    /**
     * Runs {@code chunk} on the cluster for every chunk of a run of {@code n} samples and merges
     * the partial sums in chunk order on the driver.
     */
    private static PartialSums mergedChunks(SparkSession spark, long n, Function<Integer, PartialSums> chunk) {
        if (n > MAX_SAMPLES) {
            throw new IllegalArgumentException("n must be <= " + MAX_SAMPLES + " (" + MAX_CHUNKS + " chunks of "
                    + MonteCarlo.CHUNK_SIZE + "), was " + n);
        }
        int chunks = (int) MonteCarlo.chunkCount(n);
        int slices = Math.max(1, Math.min(chunks, 4 * spark.sparkContext().defaultParallelism()));
        List<Integer> indices = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            indices.add(c);
        }
        // in chunk order: parallelize keeps the list's order
        List<PartialSums> parts = SparkSessions.context(spark).parallelize(indices, slices).map(chunk).collect();
        PartialSums total = PartialSums.empty();
        for (PartialSums part : parts) {
            total = total.merge(part);
        }
        return total;
    }
}
