package dev.statlearn.core.internal.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/** Argument checks and the fork/join row split shared by every {@link KernelOps}. */
final class Gemm {

    /** Row blocks are multiples of this, so register blocking sees whole tiles. */
    static final int ROW_QUANTUM = 8;

    private Gemm() {
    }

    static double[] run(KernelOps ops, boolean transA, boolean transB, boolean accumulate,
                        int m, int n, int k, double[] a, int aOff, int lda, double[] b, int bOff,
                        int ldb, double[] c, int cOff, int ldc, long parallelThreshold) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException(
                    "dimensions must be >= 0, was m = " + m + ", n = " + n + ", k = " + k);
        }
        if (c == null) {
            if (cOff != 0 || ldc != n) {
                throw new IllegalArgumentException("c is null (allocate) but cOff = " + cOff
                        + " and ldc = " + ldc + " instead of 0 and n = " + n);
            }
            if (accumulate) {
                throw new NullPointerException("c (accumulating into null)");
            }
            c = new double[Math.multiplyExact(m, n)];
        }
        checkMatrix(a, "a", aOff, transA ? k : m, transA ? m : k, lda);
        checkMatrix(b, "b", bOff, transB ? n : k, transB ? k : n, ldb);
        checkMatrix(c, "c", cOff, m, n, ldc);
        if (m == 0 || n == 0) {
            return c;
        }
        long work = (long) m * n * k;
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        if (work < parallelThreshold || threads < 2 || m < 2 * ROW_QUANTUM) {
            ops.gemmRows(transA, transB, accumulate, 0, m, n, k, a, aOff, lda, b, bOff, ldb,
                    c, cOff, ldc);
            return c;
        }
        // Row blocks: about two per thread, each a multiple of ROW_QUANTUM rows. Every element of
        // C belongs to exactly one block and is summed over p in the same order as sequentially.
        int blocks = Math.min(2 * threads, m / ROW_QUANTUM);
        int rowsPerBlock = (m + blocks - 1) / blocks;
        rowsPerBlock = (rowsPerBlock + ROW_QUANTUM - 1) / ROW_QUANTUM * ROW_QUANTUM;
        new RowTask(ops, transA, transB, accumulate, 0, m, rowsPerBlock, n, k, a, aOff, lda, b,
                bOff, ldb, c, cOff, ldc).invoke();
        return c;
    }

    static void checkMatrix(double[] x, String name, int off, int rows, int cols, int ld) {
        if (x == null) {
            throw new NullPointerException(name);
        }
        if (off < 0) {
            throw new IllegalArgumentException(name + "Off must be >= 0, was " + off);
        }
        if (rows > 0 && cols > 0) {
            if (ld < cols) {
                throw new IllegalArgumentException("ld" + name + " must be >= " + cols
                        + " (columns), was " + ld);
            }
            long end = off + (long) (rows - 1) * ld + cols;
            if (end > x.length) {
                throw new IllegalArgumentException(name + " needs " + end + " elements for "
                        + rows + " x " + cols + " at offset " + off + " with leading dimension "
                        + ld + ", has " + x.length);
            }
        }
    }

    static void checkVector(double[] x, String name, int off, int len) {
        if (x == null) {
            throw new NullPointerException(name);
        }
        if (off < 0 || len < 0 || (long) off + len > x.length) {
            throw new IllegalArgumentException(name + " needs " + len + " elements at offset "
                    + off + ", has " + x.length);
        }
    }

    /** Splits [lo, hi) in halves on ROW_QUANTUM boundaries until at most one block is left. */
    private static final class RowTask extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient KernelOps ops;
        private final boolean transA;
        private final boolean transB;
        private final boolean accumulate;
        private final int lo;
        private final int hi;
        private final int block;
        private final int n;
        private final int k;
        private final transient double[] a;
        private final int aOff;
        private final int lda;
        private final transient double[] b;
        private final int bOff;
        private final int ldb;
        private final transient double[] c;
        private final int cOff;
        private final int ldc;

        RowTask(KernelOps ops, boolean transA, boolean transB, boolean accumulate, int lo, int hi,
                int block, int n, int k, double[] a, int aOff, int lda, double[] b, int bOff,
                int ldb, double[] c, int cOff, int ldc) {
            this.ops = ops;
            this.transA = transA;
            this.transB = transB;
            this.accumulate = accumulate;
            this.lo = lo;
            this.hi = hi;
            this.block = block;
            this.n = n;
            this.k = k;
            this.a = a;
            this.aOff = aOff;
            this.lda = lda;
            this.b = b;
            this.bOff = bOff;
            this.ldb = ldb;
            this.c = c;
            this.cOff = cOff;
            this.ldc = ldc;
        }

        @Override
        protected void compute() {
            if (hi - lo <= block) {
                ops.gemmRows(transA, transB, accumulate, lo, hi, n, k, a, aOff, lda, b, bOff, ldb,
                        c, cOff, ldc);
                return;
            }
            int blocks = (hi - lo + block - 1) / block;
            int mid = lo + (blocks / 2) * block;
            invokeAll(new RowTask(ops, transA, transB, accumulate, lo, mid, block, n, k, a, aOff,
                            lda, b, bOff, ldb, c, cOff, ldc),
                    new RowTask(ops, transA, transB, accumulate, mid, hi, block, n, k, a, aOff,
                            lda, b, bOff, ldb, c, cOff, ldc));
        }
    }
}
