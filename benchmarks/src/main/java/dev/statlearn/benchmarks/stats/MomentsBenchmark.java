package dev.statlearn.benchmarks.stats;

import dev.statlearn.benchmarks.AverageTimeBenchmark;
import dev.statlearn.benchmarks.ReferenceLoops;
import dev.statlearn.stats.descriptive.Moments;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Mean, variance, skewness and kurtosis of 10⁷ values: {@link Moments#of(double...)} (array
 * kernel), {@link Moments#acceptAll(double[])} on an accumulator, one {@code accept} per value
 * (streaming), and a plain two-pass loop as the baseline.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class MomentsBenchmark extends AverageTimeBenchmark {

    /** Number of values. */
    @Param({"10000000"})
    public int size;

    /** {@code of}, {@code acceptAll}, {@code accept}, {@code twoPass}. */
    @Param({"of", "acceptAll", "accept", "twoPass"})
    public String impl;

    double[] x;

    /** Gamma-ish skewed data (exponential) from a fixed seed. */
    @Setup
    public void setup() {
        SplittableRandom rng = new SplittableRandom(5);
        x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = 3 - Math.log(1 - rng.nextDouble());
        }
    }

    /**
     * The four moments.
     *
     * @return {mean, variance (n-1), skewness, kurtosis} as defined by {@link Moments}
     */
    @Benchmark
    public double[] moments() {
        Moments m;
        switch (impl) {
            case "of":
                m = Moments.of(x);
                break;
            case "acceptAll":
                m = Moments.create().acceptAll(x);
                break;
            case "accept":
                m = Moments.create();
                for (double v : x) {
                    m.accept(v);
                }
                break;
            case "twoPass":
                return twoPass();
            default:
                throw new IllegalStateException("unknown impl " + impl);
        }
        return new double[] {m.mean(), m.variance(), m.skewness(), m.kurtosis()};
    }

    /** Two-pass central moments with the bias-corrected G1 and G2 that {@link Moments} reports. */
    private double[] twoPass() {
        int n = x.length;
        double[] sums = ReferenceLoops.meanAndCentralSums(x);
        double mean = sums[0];
        double m2 = sums[1] / n;
        double m3 = sums[2] / n;
        double m4 = sums[3] / n;
        double dn = n;
        double g1 = m3 / Math.pow(m2, 1.5);
        double g2 = m4 / (m2 * m2) - 3;
        return new double[] {mean, m2 * dn / (dn - 1), g1 * Math.sqrt(dn * (dn - 1)) / (dn - 2),
            ((dn + 1) * g2 + 6) * (dn - 1) / ((dn - 2) * (dn - 3))};
    }
}
