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

/**
 * The course notes' Monte Carlo integral \( \int_{-1}^{1} e^{-x^2} dx \approx 1.4936 \) with
 * {@code samples} uniform points: sequential {@link MonteCarlo#integrate} with one generator, and
 * {@link MonteCarlo#parallel} over fixed chunks on the common pool (both cores). Divide the time by
 * {@code samples} for the time per sample. The two variants use different random streams, so they
 * agree within their standard errors, not bit for bit.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark extends AverageTimeBenchmark {

    /** Number of samples. */
    @Param({"10000", "1000000", "10000000"})
    public int samples;

    /** {@code sequential} or {@code parallel}. */
    @Param({"sequential", "parallel"})
    public String impl;

    static final DoubleUnaryOperator F = x -> Math.exp(-x * x);

    /**
     * One estimate of the integral.
     *
     * @return the estimate with its standard error
     */
    @Benchmark
    public Estimate integrate() {
        if (impl.equals("parallel")) {
            return MonteCarlo.parallel(F, -1, 1, samples, 2024);
        }
        return MonteCarlo.integrate(F, -1, 1, samples, Randomness.seeded(2024));
    }
}
