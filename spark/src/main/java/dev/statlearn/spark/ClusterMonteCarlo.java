package dev.statlearn.spark;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.apache.spark.api.java.JavaRDD;
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
 * {@link MonteCarlo#CHUNK_SIZE} of the local method (the last one shorter). Spark runs the chunks,
 * chunk \( c \) drawing its points from {@link Randomness#stream(long, long)
 * Randomness.stream(seed, c)} and summing \( f \) about its first value exactly as the local
 * kernel does; the driver then folds the chunks' (count, mean, \( M_2 \)) in chunk order with the
 * same pairwise update (Chan, Golub &amp; LeVeque). Every floating-point operation is the local
 * one, in the same order, so the estimate does not depend on the cluster, the partitioning or the
 * scheduling, and equals the local estimate bit for bit.
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

    /** Work of one chunk: {@code size} samples from {@code rng}, summed about the first value. */
    @FunctionalInterface
    private interface Kernel extends Serializable {
        double[] run(RandomGenerator rng, int size);
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
        double w = checkInterval(a, b);
        Kernel kernel = (rng, size) -> {
            double k = f.applyAsDouble(a + w * rng.nextDouble());
            double s1 = 0;
            double s2 = 0;
            for (int i = 1; i < size; i++) {
                double d = f.applyAsDouble(a + w * rng.nextDouble()) - k;
                s1 += d;
                s2 += d * d;
            }
            return partial(size, k, s1, s2);
        };
        return run(spark, n, seed, w, kernel);
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
        double volume = checkBox(lower, upper);
        int d = lower.length;
        double[] lo = lower.clone();
        double[] width = new double[d];
        for (int j = 0; j < d; j++) {
            width[j] = upper[j] - lower[j];
        }
        Kernel kernel = (rng, size) -> {
            double[] x = new double[d];
            fill(x, lo, width, rng);
            double k = f.applyAsDouble(x);
            double s1 = 0;
            double s2 = 0;
            for (int i = 1; i < size; i++) {
                fill(x, lo, width, rng);
                double dv = f.applyAsDouble(x) - k;
                s1 += dv;
                s2 += dv * dv;
            }
            return partial(size, k, s1, s2);
        };
        return run(spark, n, seed, volume, kernel);
    }

    private static void fill(double[] x, double[] lo, double[] width, RandomGenerator rng) {
        for (int j = 0; j < x.length; j++) {
            x[j] = lo[j] + width[j] * rng.nextDouble();
        }
    }

    /** A chunk's count, mean and centred sum of squares, as the local Partial.of. */
    private static double[] partial(int size, double k, double s1, double s2) {
        return new double[] {size, k + s1 / size, Math.max(0, s2 - s1 * s1 / size)};
    }

    private static Estimate run(SparkSession spark, long n, long seed, double scale, Kernel kernel) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be >= 2, was " + n);
        }
        if (n > MAX_SAMPLES) {
            throw new IllegalArgumentException("n must be <= " + MAX_SAMPLES + " (" + MAX_CHUNKS + " chunks of "
                    + MonteCarlo.CHUNK_SIZE + "), was " + n);
        }
        int chunks = (int) ((n - 1) / MonteCarlo.CHUNK_SIZE + 1);
        int slices = Math.max(1, Math.min(chunks, 4 * spark.sparkContext().defaultParallelism()));
        List<Integer> indices = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            indices.add(c);
        }
        JavaRDD<double[]> partials = SparkSessions.context(spark).parallelize(indices, slices).map(c -> {
            int size = (int) Math.min(MonteCarlo.CHUNK_SIZE, n - (long) c * MonteCarlo.CHUNK_SIZE);
            return kernel.run(Randomness.stream(seed, c), size);
        });
        List<double[]> parts = partials.collect(); // in chunk order: parallelize keeps the list's order
        long count = 0;
        double mean = 0;
        double m2 = 0;
        for (int c = 0; c < chunks; c++) {
            double[] part = parts.get(c);
            if (c == 0) {
                count = (long) part[0];
                mean = part[1];
                m2 = part[2];
                continue;
            }
            long nb = (long) part[0];
            long total = count + nb;
            double delta = part[1] - mean;
            mean += delta * ((double) nb / total);
            m2 += part[2] + delta * delta * ((double) count * nb / total);
            count = total;
        }
        if (!Double.isFinite(mean) || !Double.isFinite(m2)) {
            throw new IllegalArgumentException("f must return finite values with finite squares; the sample mean was "
                    + mean + " and the sum of squares " + m2);
        }
        return new Estimate(scale * mean, scale * Math.sqrt(m2 / (count - 1.0) / count), count);
    }

    private static double checkInterval(double a, double b) {
        if (!Double.isFinite(a)) {
            throw new IllegalArgumentException("a must be finite, was " + a);
        }
        if (!Double.isFinite(b)) {
            throw new IllegalArgumentException("b must be finite, was " + b);
        }
        if (!(a < b)) {
            throw new IllegalArgumentException("a must be < b, was a = " + a + ", b = " + b);
        }
        double w = b - a;
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("b - a must be finite, was " + w + " (a = " + a + ", b = " + b + ")");
        }
        return w;
    }

    private static double checkBox(double[] lower, double[] upper) {
        Checks.notNull(lower, "lower");
        Checks.notNull(upper, "upper");
        Checks.nonEmpty(lower, "lower");
        Checks.sameLength(lower.length, "lower", upper.length, "upper");
        Checks.allFinite(lower, "lower");
        Checks.allFinite(upper, "upper");
        double volume = 1;
        for (int j = 0; j < lower.length; j++) {
            if (!(lower[j] < upper[j])) {
                throw new IllegalArgumentException("lower[" + j + "] must be < upper[" + j + "], was "
                        + lower[j] + " and " + upper[j]);
            }
            volume *= upper[j] - lower[j];
        }
        if (!(volume > 0 && volume < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the volume of the box must be finite and > 0, was " + volume);
        }
        return volume;
    }
}
