package dev.statlearn.benchmarks.stats;

import dev.statlearn.benchmarks.AverageTimeBenchmark;
import dev.statlearn.stats.mle.Mle;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.Trigamma;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Gamma maximum likelihood on 10⁶ draws of Gamma(shape 2.5, rate 1.5): {@link Mle#gamma} (checks,
 * one pass for \( \bar x \) and \( \overline{\log x} \), Newton on the shape, standard errors)
 * against the bare sufficient-statistics pass plus the same Newton iteration.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GammaFitBenchmark extends AverageTimeBenchmark {

    /** Number of observations. */
    @Param({"1000000"})
    public int size;

    /** {@code mle} (public API) or {@code onePass} (bare loop + Newton). */
    @Param({"mle", "onePass"})
    public String impl;

    double[] x;

    /** Gamma(2.5, rate 1.5) draws (Marsaglia-Tsang) from a fixed seed. */
    @Setup
    public void setup() {
        SplittableRandom rng = new SplittableRandom(17);
        x = new double[size];
        double shape = 2.5;
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        for (int i = 0; i < size; i++) {
            while (true) {
                double z = rng.nextGaussian();
                double v = 1 + c * z;
                if (v <= 0) {
                    continue;
                }
                v = v * v * v;
                double u = rng.nextDouble();
                if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                    x[i] = d * v / 1.5;
                    break;
                }
            }
        }
    }

    /**
     * Shape and rate.
     *
     * @return {shape, rate}
     */
    @Benchmark
    public double[] fit() {
        if (impl.equals("mle")) {
            var fit = Mle.gamma(x);
            return new double[] {fit.estimate("shape"), fit.estimate("rate")};
        }
        double sum = 0;
        double sumLog = 0;
        for (double v : x) {
            sum += v;
            sumLog += Math.log(v);
        }
        double mean = sum / x.length;
        double s = Math.log(mean) - sumLog / x.length;
        double a = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        for (int iter = 0; iter < 100; iter++) {
            double next = a - (Math.log(a) - Digamma.value(a) - s) / (1 / a - Trigamma.value(a));
            if (Math.abs(next - a) <= 1e-15 * a) {
                a = next;
                break;
            }
            a = next;
        }
        return new double[] {a, a / mean};
    }
}
