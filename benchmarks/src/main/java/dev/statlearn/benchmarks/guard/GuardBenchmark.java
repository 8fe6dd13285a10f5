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
 * plain reference loop computing the same thing ({@code <kernel>_reference}) on the same data
 * ({@code GuardBenchmarkTest} checks that both sides agree). {@link SpeedGuard} runs every method
 * in its own fork of the same Java runtime with the same flags, and checks that the time ratio
 * \( t_\text{reference} / t_\text{statlearn} \) of each pair stays above a committed floor.
 *
 * <p>Kernels: the three product forms of {@code nn}'s 784-256 layer on 128 rows —
 * {@code mult} \( A B \) (the first layer's forward pass \( X W \) with input-major weights; in
 * later layers the input gradient \( \delta W \)), {@code multTransA} \( A^\top B \) (the weight
 * gradient \( X^\top \delta \)) and {@code multTransB} \( A B^\top \) (the forward pass
 * \( X W^\top \) of layers with PyTorch-layout weights) — row softmax of 1024×64, the KL and
 * entropy sums over \( 10^5 \) probabilities, ROC AUC of \( 10^5 \) scores with ties, sequential
 * Monte Carlo of \( e^{-x^2} \) with \( 10^6 \) samples and the four moments of \( 10^6 \)
 * values. The reference loops are what a user would write by hand: no blocking, no vectors, no
 * compensation; the AUC sorts boxed indices with a comparator and sums mid-ranks.
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

    // ------------------------------------------------------------ A B

    /**
     * \( C = A B \) through the kernel layer.
     *
     * @return the product
     */
    @Benchmark
    public double[] mult_statlearn() {
        return Kernels.mult(M, N, K, a, 0, b, 0, c, 0);
    }

    /**
     * \( C = A B \) as an i-k-j loop.
     *
     * @return the product
     */
    @Benchmark
    public double[] mult_reference() {
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

    // ------------------------------------------------------------ A^T B

    /**
     * \( C = A^\top G \) through the kernel layer.
     *
     * @return the product
     */
    @Benchmark
    public double[] multTransA_statlearn() {
        return Kernels.multTransA(K, N, M, a, 0, g, 0, cT, 0);
    }

    /**
     * \( C = A^\top G \) as a sum of outer products of rows.
     *
     * @return the product
     */
    @Benchmark
    public double[] multTransA_reference() {
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

    // ------------------------------------------------------------ A B^T

    /**
     * \( C = G W^\top \) through the kernel layer.
     *
     * @return the product
     */
    @Benchmark
    public double[] multTransB_statlearn() {
        return Kernels.multTransB(M, K, N, g, 0, w, 0, cIn, 0);
    }

    /**
     * \( C = G W^\top \) as dot products of rows.
     *
     * @return the product
     */
    @Benchmark
    public double[] multTransB_reference() {
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
     * ROC AUC with ties as the hand-written Mann–Whitney statistic
     * ({@link ReferenceLoops#auc(int[], double[])}).
     *
     * @return the AUC
     */
    @Benchmark
    public double auc_reference() {
        return ReferenceLoops.auc(labels, scores);
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
     * The four moments by two plain passes, with the bias corrections of {@link Moments}
     * (SciPy's {@code bias=False}): \( G_1 = g_1 \sqrt{n(n-1)}/(n-2) \) and
     * \( G_2 = \frac{n-1}{(n-2)(n-3)}\,[(n+1) g_2 + 6] \).
     *
     * @return the four moments
     */
    @Benchmark
    public double[] moments_reference() {
        double n = values.length;
        double[] sums = ReferenceLoops.meanAndCentralSums(values);
        double m2 = sums[1] / n;
        double m3 = sums[2] / n;
        double m4 = sums[3] / n;
        double g1 = m3 / Math.pow(m2, 1.5);
        double g2 = m4 / (m2 * m2) - 3;
        double skew = g1 * Math.sqrt(n * (n - 1)) / (n - 2);
        double kurt = (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * g2 + 6);
        return new double[] {sums[0], sums[1] / (n - 1), skew, kurt};
    }
}
