package dev.statlearn.benchmarks.guard;

import dev.statlearn.benchmarks.ReferenceLoops;
import dev.statlearn.benchmarks.peers.PeerWorkloads;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The speed guard's pairs: for each hot kernel, statlearn's call ({@code <kernel>_statlearn}) and a
 * plain reference loop computing the same thing ({@code <kernel>_reference}) on the same data.
 * {@link SpeedGuard} runs every method in its own fork and checks that the time ratio
 * \( t_\text{reference} / t_\text{statlearn} \) of each pair stays above a committed floor.
 *
 * <p>Kernels: the three products of an MLP layer at 128×784×256 (forward \( A B \), weight
 * gradient \( A^\top G \), input gradient \( G W^\top \)), row softmax of 1024×64, the KL and
 * entropy sums over \( 10^5 \) probabilities, ROC AUC of \( 10^5 \) scores (against sorting them),
 * sequential Monte Carlo of \( e^{-x^2} \) with \( 10^6 \) samples and the four moments of
 * \( 10^6 \) values. The reference loops are what a user would write by hand: no blocking, no
 * vectors, no compensation.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class GuardBenchmark {

    static final int M = 128;
    static final int K = 784;
    static final int N = 256;
    static final int SOFTMAX_ROWS = 1024;
    static final int SOFTMAX_COLS = 64;
    static final int VECTOR = 100_000;
    static final int MC_SAMPLES = 1_000_000;
    static final int MOMENTS = 1_000_000;

    private static final DoubleUnaryOperator GAUSS = x -> Math.exp(-x * x);

    private double[] a;
    private double[] b;
    private double[] g;
    private double[] w;
    private double[] c;
    private double[] cT;
    private double[] cIn;
    private double[] logits;
    private double[] probs;
    private double[] p;
    private double[] q;
    private int[] labels;
    private double[] scores;
    private double[] values;

    /** Fixed-seed data. */
    @Setup
    public void setup() {
        SplittableRandom rng = new SplittableRandom(11);
        a = rng.doubles((long) M * K, -1, 1).toArray();
        b = rng.doubles((long) K * N, -1, 1).toArray();
        g = rng.doubles((long) M * N, -1, 1).toArray();
        w = rng.doubles((long) K * N, -1, 1).toArray();
        c = new double[M * N];
        cT = new double[K * N];
        cIn = new double[M * K];
        logits = rng.doubles((long) SOFTMAX_ROWS * SOFTMAX_COLS, -5, 5).toArray();
        probs = new double[logits.length];
        p = PeerWorkloads.normalized(rng.doubles(VECTOR, 0.01, 1).toArray());
        q = PeerWorkloads.normalized(rng.doubles(VECTOR, 0.01, 1).toArray());
        labels = new int[VECTOR];
        scores = new double[VECTOR];
        for (int i = 0; i < VECTOR; i++) {
            labels[i] = rng.nextDouble() < 0.3 ? 1 : 0;
            scores[i] = Math.rint((labels[i] + rng.nextGaussian() * 1.2) * 1e4) / 1e4;
        }
        values = new double[MOMENTS];
        for (int i = 0; i < MOMENTS; i++) {
            values[i] = 3 - Math.log(1 - rng.nextDouble());
        }
    }

    // ------------------------------------------------------------ forward product A B

    /**
     * Forward product through the kernel layer.
     *
     * @return the product
     */
    @Benchmark
    public double[] gemmForward_statlearn() {
        return Kernels.mult(M, N, K, a, 0, b, 0, c, 0);
    }

    /**
     * Forward product as an i-k-j loop.
     *
     * @return the product
     */
    @Benchmark
    public double[] gemmForward_reference() {
        Arrays.fill(c, 0);
        for (int i = 0; i < M; i++) {
            for (int k = 0; k < K; k++) {
                double aik = a[i * K + k];
                for (int j = 0; j < N; j++) {
                    c[i * N + j] += aik * b[k * N + j];
                }
            }
        }
        return c;
    }

    // ------------------------------------------------------------ weight gradient A^T G

    /**
     * Weight gradient through the kernel layer.
     *
     * @return the gradient
     */
    @Benchmark
    public double[] gemmWeightGradient_statlearn() {
        return Kernels.multTransA(K, N, M, a, 0, g, 0, cT, 0);
    }

    /**
     * Weight gradient as a sum of outer products of rows.
     *
     * @return the gradient
     */
    @Benchmark
    public double[] gemmWeightGradient_reference() {
        Arrays.fill(cT, 0);
        for (int r = 0; r < M; r++) {
            for (int i = 0; i < K; i++) {
                double ari = a[r * K + i];
                for (int j = 0; j < N; j++) {
                    cT[i * N + j] += ari * g[r * N + j];
                }
            }
        }
        return cT;
    }

    // ------------------------------------------------------------ input gradient G W^T

    /**
     * Input gradient through the kernel layer.
     *
     * @return the gradient
     */
    @Benchmark
    public double[] gemmInputGradient_statlearn() {
        return Kernels.multTransB(M, K, N, g, 0, w, 0, cIn, 0);
    }

    /**
     * Input gradient as dot products of rows.
     *
     * @return the gradient
     */
    @Benchmark
    public double[] gemmInputGradient_reference() {
        for (int i = 0; i < M; i++) {
            for (int j = 0; j < K; j++) {
                double s = 0;
                for (int k = 0; k < N; k++) {
                    s += g[i * N + k] * w[j * N + k];
                }
                cIn[i * K + j] = s;
            }
        }
        return cIn;
    }

    // ------------------------------------------------------------ softmax rows

    /**
     * Row softmax through the kernel layer.
     *
     * @return the probabilities
     */
    @Benchmark
    public double[] softmaxRows_statlearn() {
        return Kernels.softmaxRows(SOFTMAX_ROWS, SOFTMAX_COLS, logits, 0, probs, 0);
    }

    /**
     * Row softmax as max, exp, sum and divide per row.
     *
     * @return the probabilities
     */
    @Benchmark
    public double[] softmaxRows_reference() {
        return ReferenceLoops.softmaxRows(SOFTMAX_ROWS, SOFTMAX_COLS, logits, probs);
    }

    // ------------------------------------------------------------ KL and entropy sums

    /**
     * KL sum through the kernel layer.
     *
     * @return \( \sum p \log(p/q) \)
     */
    @Benchmark
    public double kl_statlearn() {
        return Kernels.sumRelEntr(VECTOR, p, 0, q, 0);
    }

    /**
     * KL sum as a plain loop.
     *
     * @return \( \sum p \log(p/q) \)
     */
    @Benchmark
    public double kl_reference() {
        double s = 0;
        for (int i = 0; i < VECTOR; i++) {
            s += p[i] * Math.log(p[i] / q[i]);
        }
        return s;
    }

    /**
     * Entropy sum through the kernel layer.
     *
     * @return \( \sum p \log p \)
     */
    @Benchmark
    public double entropy_statlearn() {
        return Kernels.sumXLogX(VECTOR, p, 0);
    }

    /**
     * Entropy sum as a plain loop.
     *
     * @return \( \sum p \log p \)
     */
    @Benchmark
    public double entropy_reference() {
        double s = 0;
        for (int i = 0; i < VECTOR; i++) {
            s += p[i] * Math.log(p[i]);
        }
        return s;
    }

    // ------------------------------------------------------------ AUC ranking

    /**
     * ROC AUC with ties.
     *
     * @return the AUC
     */
    @Benchmark
    public double auc_statlearn() {
        return RocCurve.auc(labels, scores);
    }

    /**
     * Sorting a copy of the scores, the floor of any exact AUC.
     *
     * @return the sorted copy
     */
    @Benchmark
    public double[] auc_reference() {
        double[] copy = scores.clone();
        Arrays.sort(copy);
        return copy;
    }

    // ------------------------------------------------------------ Monte Carlo sampling

    /**
     * Sequential Monte Carlo integral of \( e^{-x^2} \) over [−1, 1].
     *
     * @return the estimate
     */
    @Benchmark
    public double monteCarlo_statlearn() {
        return MonteCarlo.integrate(GAUSS, -1, 1, MC_SAMPLES, new SplittableRandom(7)).value();
    }

    /**
     * The same integral as a plain loop over a SplittableRandom (mean and sum of squares).
     *
     * @return the estimate
     */
    @Benchmark
    public double monteCarlo_reference() {
        SplittableRandom rng = new SplittableRandom(7);
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < MC_SAMPLES; i++) {
            double f = GAUSS.applyAsDouble(-1 + 2 * rng.nextDouble());
            s += f;
            s2 += f * f;
        }
        return 2 * s / MC_SAMPLES + 1e-300 * s2;
    }

    // ------------------------------------------------------------ moments

    /**
     * Mean, variance, skewness and kurtosis.
     *
     * @return the four moments
     */
    @Benchmark
    public double[] moments_statlearn() {
        Moments m = Moments.of(values);
        return new double[] {m.mean(), m.variance(), m.skewness(), m.kurtosis()};
    }

    /**
     * The four moments by two plain passes.
     *
     * @return the four moments
     */
    @Benchmark
    public double[] moments_reference() {
        int n = values.length;
        double[] sums = ReferenceLoops.meanAndCentralSums(values);
        double m2 = sums[1];
        double m3 = sums[2];
        double m4 = sums[3];
        double var = m2 / (n - 1);
        return new double[] {sums[0], var, m3 / n / Math.pow(m2 / n, 1.5), m4 / n / (m2 / n * m2 / n) - 3};
    }
}
