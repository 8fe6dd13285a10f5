package dev.statlearn.benchmarks.core;

import dev.statlearn.benchmarks.AverageTimeBenchmark;
import dev.statlearn.core.internal.kernel.KernelOps;
import dev.statlearn.core.internal.kernel.Kernels;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The dense products of an MLP step, \( C = AB \), \( A^TB \), \( AB^T \), on the kernel layer
 * (the path chosen at start-up, the scalar path, and the chosen path on one thread) against EJML's
 * {@code CommonOps_DDRM} and a naive triple loop.
 *
 * <p>Shapes {@code m x k x n}: the digits MLP (64-128-10, batch 64) forward and backward products
 * and the 128 × 784 × 256 product of the side-by-side comparison.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatrixProductBenchmark extends AverageTimeBenchmark {

    /** {@code m x k x n}: C is m × n, the inner dimension is k. */
    @Param({"64x64x128", "64x128x10", "128x64x10", "64x10x128", "128x784x256"})
    public String shape;

    /** {@code AB}, {@code AtB} (A stored k × m) or {@code ABt} (B stored n × k). */
    @Param({"AB", "AtB", "ABt"})
    public String form;

    /** {@code kernels}, {@code scalar}, {@code sequential}, {@code ejml}, {@code naive}. */
    @Param({"kernels", "scalar", "sequential", "ejml", "naive"})
    public String impl;

    int m;
    int k;
    int n;
    double[] a;
    double[] b;
    double[] c;
    DMatrixRMaj ea;
    DMatrixRMaj eb;
    DMatrixRMaj ec;

    /** Random inputs in [-1, 1) from a fixed seed. */
    @Setup
    public void setup() {
        String[] parts = shape.split("x");
        m = Integer.parseInt(parts[0]);
        k = Integer.parseInt(parts[1]);
        n = Integer.parseInt(parts[2]);
        SplittableRandom rng = new SplittableRandom(42);
        a = rng.doubles((long) m * k, -1, 1).toArray();
        b = rng.doubles((long) k * n, -1, 1).toArray();
        c = new double[m * n];
        boolean ta = form.equals("AtB");
        boolean tb = form.equals("ABt");
        ea = DMatrixRMaj.wrap(ta ? k : m, ta ? m : k, a);
        eb = DMatrixRMaj.wrap(tb ? n : k, tb ? k : n, b);
        ec = DMatrixRMaj.wrap(m, n, c);
    }

    /**
     * One product into the preallocated C.
     *
     * @return C
     */
    @Benchmark
    public double[] product() {
        switch (impl) {
            case "kernels":
                return kernel(Kernels.ops());
            case "scalar":
                return kernel(Kernels.scalar());
            case "sequential":
                return sequential(Kernels.ops());
            case "ejml":
                return ejml();
            case "naive":
                return naive();
            default:
                throw new IllegalStateException("unknown impl " + impl);
        }
    }

    private double[] kernel(KernelOps ops) {
        switch (form) {
            case "AB":
                return ops.mult(m, n, k, a, 0, b, 0, c, 0);
            case "AtB":
                return ops.multTransA(m, n, k, a, 0, b, 0, c, 0);
            default:
                return ops.multTransB(m, n, k, a, 0, b, 0, c, 0);
        }
    }

    private double[] sequential(KernelOps ops) {
        boolean ta = form.equals("AtB");
        boolean tb = form.equals("ABt");
        ops.gemmRows(ta, tb, false, 0, m, n, k, a, 0, ta ? m : k, b, 0, tb ? k : n, c, 0, n);
        return c;
    }

    private double[] ejml() {
        switch (form) {
            case "AB":
                CommonOps_DDRM.mult(ea, eb, ec);
                break;
            case "AtB":
                CommonOps_DDRM.multTransA(ea, eb, ec);
                break;
            default:
                CommonOps_DDRM.multTransB(ea, eb, ec);
                break;
        }
        return ec.data;
    }

    private double[] naive() {
        boolean ta = form.equals("AtB");
        boolean tb = form.equals("ABt");
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += (ta ? a[p * m + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * n + j]);
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }
}
