package dev.statlearn.benchmarks.stats;

import dev.statlearn.benchmarks.AverageTimeBenchmark;
import dev.statlearn.core.internal.kernel.KernelOps;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.stats.divergence.Divergences;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * KL divergence, total variation, Jensen-Shannon divergence and entropy of probability vectors of
 * length 10³ … 10⁶: {@code stats}' public {@link Divergences} (which validates its inputs) against
 * the bare kernel sums on the chosen path and on the scalar path.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DivergenceBenchmark extends AverageTimeBenchmark {

    /** Vector length. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    /** {@code kl}, {@code tv}, {@code js}, {@code entropy}. */
    @Param({"kl", "tv", "js", "entropy"})
    public String measure;

    /** {@code stats} (public API), {@code kernels}, {@code scalar}. */
    @Param({"stats", "kernels", "scalar"})
    public String impl;

    double[] p;
    double[] q;
    double[] mid;

    /** Two random probability vectors (positive entries) from a fixed seed. */
    @Setup
    public void setup() {
        SplittableRandom rng = new SplittableRandom(3);
        p = normalized(rng.doubles(size, 0.01, 1).toArray());
        q = normalized(rng.doubles(size, 0.01, 1).toArray());
        mid = new double[size];
    }

    static double[] normalized(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= s;
        }
        return x;
    }

    /**
     * The chosen measure in nats.
     *
     * @return the value
     */
    @Benchmark
    public double divergence() {
        if (impl.equals("stats")) {
            switch (measure) {
                case "kl":
                    return Divergences.kl(p, q);
                case "tv":
                    return Divergences.totalVariation(p, q);
                case "js":
                    return Divergences.jensenShannon(p, q);
                default:
                    return Divergences.entropy(p);
            }
        }
        KernelOps ops = impl.equals("scalar") ? Kernels.scalar() : Kernels.ops();
        switch (measure) {
            case "kl":
                return ops.sumRelEntr(size, p, 0, q, 0);
            case "tv":
                return 0.5 * ops.sumAbsDiff(size, p, 0, q, 0);
            case "js":
                for (int i = 0; i < size; i++) {
                    mid[i] = 0.5 * (p[i] + q[i]);
                }
                return 0.5 * (ops.sumRelEntr(size, p, 0, mid, 0)
                        + ops.sumRelEntr(size, q, 0, mid, 0));
            default:
                return -ops.sumXLogX(size, p, 0);
        }
    }
}
