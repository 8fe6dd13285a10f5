package dev.statlearn.core.internal.kernel;

/**
 * Settings and output handling shared by the {@link KernelOps} implementations, below them in the
 * layering: {@link Kernels} (the facade) calls the implementations, the implementations use this
 * class and {@link Gemm}, and neither of those calls back into the facade.
 */
final class KernelSupport {

    /** System property with the parallel threshold in multiply-adds. */
    static final String PARALLEL_THRESHOLD_PROPERTY = "statlearn.kernels.parallelThreshold";

    /** Products with at least this many multiply-adds run on several threads. */
    static final long PARALLEL_THRESHOLD = Long.getLong(PARALLEL_THRESHOLD_PROPERTY, 1L << 20);

    private KernelSupport() {
    }

    /** One row of a row-wise kernel: reads {@code x[xr, xr + cols)}, writes {@code out[or, or + cols)}. */
    interface RowKernel {
        void apply(double[] x, int xr, int cols, double[] out, int or);
    }

    /**
     * A row-wise kernel from a {@code rows × cols} matrix {@code x} to one of the same shape:
     * {@link #output} for {@code out}, the bounds of {@code x}, then {@code row} on each row.
     * Called with a constant method reference, which the JIT inlines.
     */
    static double[] rowwise(int rows, int cols, double[] x, int xOff, double[] out, int outOff,
                            RowKernel row) {
        out = output(out, outOff, rows, cols, "out");
        Gemm.checkMatrix(x, "x", xOff, rows, cols, cols);
        for (int r = 0; r < rows; r++) {
            row.apply(x, xOff + r * cols, cols, out, outOff + r * cols);
        }
        return out;
    }

    /** Returns {@code out}, or a new array of {@code rows * cols} when it is null; checks size. */
    static double[] output(double[] out, int outOff, int rows, int cols, String name) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException(
                    "dimensions must be >= 0, was " + rows + " x " + cols);
        }
        if (out == null) {
            if (outOff != 0) {
                throw new IllegalArgumentException(
                        name + " is null (allocate) but " + name + "Off = " + outOff);
            }
            return new double[Math.multiplyExact(rows, cols)];
        }
        Gemm.checkVector(out, name, outOff, Math.multiplyExact(rows, cols));
        return out;
    }

    /**
     * The softmax of a row whose maximum {@code m} is infinite, as the limit of finite logits:
     * uniform over the entries equal to {@code m} and 0 elsewhere (every entry \( -\infty \):
     * uniform over all).
     */
    static void softmaxInfiniteRow(double[] x, int from, int len, double m, double[] out,
                                   int outFrom) {
        int ties = 0;
        for (int j = 0; j < len; j++) {
            ties += x[from + j] == m ? 1 : 0;
        }
        double share = 1.0 / ties;
        for (int j = 0; j < len; j++) {
            out[outFrom + j] = x[from + j] == m ? share : 0.0;
        }
    }
}
