package dev.statlearn.benchmarks.peers;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.eval.curve.PrecisionRecallCurve;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.nn.train.Optimizer;
import dev.statlearn.nn.train.Trainer;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.divergence.Divergences;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Runs the side-by-side workloads on statlearn and prints one tab-separated line per workload:
 * {@code RESULT workload impl medianSeconds items}. Usage:
 * {@code java [--add-modules jdk.incubator.vector] -cp benchmarks.jar
 * dev.statlearn.benchmarks.peers.PeerWorkloads [--repeats N] [--warmup SECONDS] [--only a,b]}.
 *
 * <p>Each workload is warmed up for the given time (so the JIT has compiled it), then timed
 * {@code N} times with {@link System#nanoTime()}; the median is printed. Results are consumed so
 * that nothing is optimised away.
 */
public final class PeerWorkloads {

    private static volatile double sink;

    /** Timed calls of the single-row workload at least (the same minimum as workloads.py). */
    private static final int SINGLE_ROW_REPEATS = 201;

    private PeerWorkloads() {
    }

    /** One timed workload. */
    private record Workload(String name, String impl, long items, Supplier<Object> body) {
    }

    /**
     * Entry point.
     *
     * @param args {@code --repeats N}, {@code --warmup seconds}, {@code --only name,name}
     */
    public static void main(String[] args) {
        int repeats = 5;
        double warmup = 1.0;
        List<String> only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeats":
                    repeats = Integer.parseInt(args[++i]);
                    break;
                case "--warmup":
                    warmup = Double.parseDouble(args[++i]);
                    break;
                case "--only":
                    only = Arrays.asList(args[++i].split(","));
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        System.out.println("INFO\tjava\t" + System.getProperty("java.vendor") + " "
                + Runtime.version());
        System.out.println("INFO\tkernels\t" + Kernels.description());
        System.out.println("INFO\tthreads\t" + Kernels.parallelThreads()
                + " for products (caller + statlearn-kernel helpers), "
                + (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1)
                + " for Monte Carlo (caller + common pool)");
        for (Workload w : workloads()) {
            if (only != null && !only.contains(w.name())) {
                continue;
            }
            // single calls of about a microsecond: as many timed calls as workloads.py gives PyTorch's
            int timedCalls = w.name().equals("mlp_infer_row") ? Math.max(repeats, SINGLE_ROW_REPEATS) : repeats;
            double median = time(w, timedCalls, warmup);
            System.out.printf(Locale.ROOT, "RESULT\t%s\t%s\t%.9f\t%d%n", w.name(), w.impl(),
                    median, w.items());
            System.out.flush();
        }
    }

    private static double time(Workload w, int repeats, double warmupSeconds) {
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int calls = 0;
        while (System.nanoTime() < end || calls < 2) {
            consume(w.body().get());
            calls++;
        }
        double[] t = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            consume(w.body().get());
            t[r] = (System.nanoTime() - t0) * 1e-9;
        }
        Arrays.sort(t);
        return repeats % 2 == 1 ? t[repeats / 2] : 0.5 * (t[repeats / 2 - 1] + t[repeats / 2]);
    }

    private static void consume(Object o) {
        if (o instanceof double[]) {
            double[] a = (double[]) o;
            sink += a.length == 0 ? 0 : a[0];
        } else if (o instanceof Double) {
            sink += (Double) o;
        } else {
            sink += o == null ? 0 : o.hashCode();
        }
    }

    private static List<Workload> workloads() {
        List<Workload> list = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(2024);

        // --- digits MLP 64-128-10, ReLU, softmax, batch 64, SGD(0.1), one shuffled epoch
        Dataset digits = Datasets.digits();
        double[][] x = digits.features();
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= 16.0;
            }
        }
        int[] y = digits.labels();
        Mlp net = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX)
                .seed(1).build();
        Trainer epoch = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.1)).withEpochs(1)
                .withBatchSize(64).withSeed(1);
        list.add(new Workload("mlp_epoch", "statlearn", x.length, () -> epoch.fit(net, x, y)));
        double[] row = x[17];
        list.add(new Workload("mlp_infer_row", "statlearn", 1, () -> net.predictProba(row)));

        // --- 128 x 784 x 256 product
        int m = 128;
        int k = 784;
        int n = 256;
        double[] a = rng.doubles((long) m * k, -1, 1).toArray();
        double[] b = rng.doubles((long) k * n, -1, 1).toArray();
        double[] c = new double[m * n];
        list.add(new Workload("matmul_128x784x256", "statlearn", 2L * m * k * n,
                () -> Kernels.mult(m, n, k, a, 0, b, 0, c, 0)));
        DMatrixRMaj ea = DMatrixRMaj.wrap(m, k, a);
        DMatrixRMaj eb = DMatrixRMaj.wrap(k, n, b);
        DMatrixRMaj ec = new DMatrixRMaj(m, n);
        list.add(new Workload("matmul_128x784x256", "ejml", 2L * m * k * n, () -> {
            CommonOps_DDRM.mult(ea, eb, ec);
            return ec.data;
        }));

        // --- ROC AUC / average precision of 1e6 scores, and sorting 1e6 doubles
        int ns = 1_000_000;
        int[] labels = new int[ns];
        double[] scores = new double[ns];
        for (int i = 0; i < ns; i++) {
            labels[i] = rng.nextDouble() < 0.3 ? 1 : 0;
            scores[i] = Math.rint((labels[i] + rng.nextGaussian() * 1.2) * 1e4) / 1e4;
        }
        list.add(new Workload("roc_auc_1e6", "statlearn", ns,
                () -> RocCurve.auc(labels, scores)));
        list.add(new Workload("avg_precision_1e6", "statlearn", ns,
                () -> PrecisionRecallCurve.averagePrecision(labels, scores)));
        list.add(new Workload("sort_1e6", "java", ns, () -> {
            double[] copy = scores.clone();
            Arrays.sort(copy);
            return copy;
        }));

        // --- KL and entropy of 1e6-long probability vectors
        double[] p = normalized(rng.doubles(ns, 0.01, 1).toArray());
        double[] q = normalized(rng.doubles(ns, 0.01, 1).toArray());
        list.add(new Workload("kl_1e6", "statlearn", ns, () -> Divergences.kl(p, q)));
        list.add(new Workload("kl_1e6", "kernel", ns,
                () -> Kernels.sumRelEntr(ns, p, 0, q, 0)));
        list.add(new Workload("entropy_1e6", "statlearn", ns, () -> Divergences.entropy(p)));

        // --- the course notes' Monte Carlo integral of exp(-x^2) over [-1, 1], 1e7 samples
        DoubleUnaryOperator f = v -> Math.exp(-v * v);
        long mcSamples = 10_000_000L;
        list.add(new Workload("mc_integral_1e7", "statlearn", mcSamples,
                () -> MonteCarlo.parallel(f, -1, 1, mcSamples, 7)));

        // --- gamma maximum likelihood on 1e6 draws of Gamma(2.5, rate 1.5)
        dev.statlearn.benchmarks.stats.GammaFitBenchmark gamma =
                new dev.statlearn.benchmarks.stats.GammaFitBenchmark();
        gamma.size = ns;
        gamma.impl = "mle";
        gamma.setup();
        list.add(new Workload("gamma_mle_1e6", "statlearn", ns, gamma::fit));

        // --- Moments of 1e7 values
        int nm = 10_000_000;
        double[] big = new double[nm];
        for (int i = 0; i < nm; i++) {
            big[i] = 3 - Math.log(1 - rng.nextDouble());
        }
        list.add(new Workload("moments_1e7", "statlearn", nm, () -> {
            Moments mo = Moments.of(big);
            return new double[] {mo.mean(), mo.variance(), mo.skewness(), mo.kurtosis()};
        }));
        list.add(new Workload("mean_var_1e7", "statlearn", nm, () -> {
            Moments mo = Moments.of(big);
            return new double[] {mo.mean(), mo.variance()};
        }));
        return list;
    }

    /**
     * Scales {@code v} in place so that it sums to 1.
     *
     * @param v positive values, modified
     * @return {@code v}
     */
    public static double[] normalized(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= s;
        }
        return v;
    }
}
