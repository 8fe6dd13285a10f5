package dev.statlearn.benchmarks.stats;

import dev.statlearn.benchmarks.AverageTimeBenchmark;
import dev.statlearn.core.Randomness;
import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The course notes' Monte Carlo integral \( \int_{-1}^{1} e^{-x^2} dx \approx 1.4936 \) with
 * {@code samples} uniform points: sequential {@link MonteCarlo#integrate} with one generator, and
 * {@link MonteCarlo#parallel} over fixed chunks on the common pool (both cores). Divide the time by
 * {@code samples} for the time per sample. The two variants use different random streams, so they
 * agree within their standard errors, not bit for bit.
 *
 * <p>{@code integrand} is the floor under both: the same integrand summed in order on one thread at
 * {@code samples} points drawn once in the setup, i.e. the cost of \( f \) alone (one
 * {@code Math.exp} per point, which no sampler can avoid when the integrand calls it). Two cores
 * cannot take a sample in less than half this time.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark extends AverageTimeBenchmark {

    /** Number of samples. */
    @Param({"10000", "1000000", "10000000"})
    public int samples;

    /** {@code sequential}, {@code parallel} or {@code integrand} (the integrand alone, see above). */
    @Param({"sequential", "parallel", "integrand"})
    public String impl;

    private double[] points;

    /** Draws the points of the {@code integrand} variant. */
    @Setup
    public void setup() {
        points = impl.equals("integrand")
                ? Randomness.seeded(2024).doubles(samples, -1, 1).toArray() : null;
    }

    static final DoubleUnaryOperator F = x -> Math.exp(-x * x);

    /**
     * One estimate of the integral.
     *
     * @return the estimate with its standard error
     */
    @Benchmark
    public Estimate integrate() {
        if (impl.equals("integrand")) {
            double sum = 0;
            for (double x : points) {
                sum += F.applyAsDouble(x);
            }
            return new Estimate(sum / samples * 2, 0, samples);
        }
        if (impl.equals("parallel")) {
            return MonteCarlo.parallel(F, -1, 1, samples, 2024);
        }
        return MonteCarlo.integrate(F, -1, 1, samples, Randomness.seeded(2024));
    }
}
