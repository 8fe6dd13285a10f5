package dev.statlearn.benchmarks.eval;

import dev.statlearn.benchmarks.AverageTimeBenchmark;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.eval.resample.Resampled;
import dev.statlearn.eval.resample.Resampling;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * SMOTE ({@code k = 5}) of a 10⁴ × 20 binary dataset with 10% minority up to balance, and random
 * oversampling of the same data as the baseline cost of copying rows.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SmoteBenchmark extends AverageTimeBenchmark {

    /** Number of rows. */
    @Param({"10000"})
    public int rows;

    /** Number of features. */
    @Param({"20"})
    public int features;

    Dataset data;

    /** Two Gaussian classes, shifted by one in every feature, from a fixed seed. */
    @Setup
    public void setup() {
        SplittableRandom rng = new SplittableRandom(13);
        double[][] x = new double[rows][features];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % 10 == 0 ? 1 : 0;
            for (int j = 0; j < features; j++) {
                x[i][j] = rng.nextGaussian() + y[i];
            }
        }
        data = Dataset.classification(x, y);
    }

    /**
     * SMOTE with a fixed seed.
     *
     * @return the resampled data
     */
    @Benchmark
    public Resampled smote() {
        return Resampling.smote(data, 5, Randomness.seeded(1));
    }

    /**
     * Random oversampling with a fixed seed (baseline).
     *
     * @return the resampled data
     */
    @Benchmark
    public Resampled randomOversample() {
        return Resampling.randomOversample(data, Randomness.seeded(1));
    }
}
