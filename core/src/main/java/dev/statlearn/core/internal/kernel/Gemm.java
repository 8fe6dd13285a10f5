package dev.statlearn.core.internal.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/** Argument checks and the fork/join row split shared by every {@link KernelOps}. */
final class Gemm {

    /**
     * Row blocks are multiples of this, so register blocking sees whole tiles: 12 rows on the
     * Vector API path with AVX-512, 4 on the scalar path and with 16 vector registers.
     */
    static final int ROW_QUANTUM = 12;
    /** Column blocks are multiples of this (two AVX-512 vectors, the vector tile's width). */
    static final int COL_QUANTUM = 16;

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
        if (work < parallelThreshold || blocks(m, n, threads) < 2) {
            ops.gemmRows(transA, transB, accumulate, 0, m, n, k, a, aOff, lda, b, bOff, ldb,
                    c, cOff, ldc);
            return c;
        }
        ops.gemmParallel(transA, transB, accumulate, m, n, k, a, aOff, lda, b, bOff, ldb, c,
                cOff, ldc, threads);
        return c;
    }

    /**
     * The default {@link KernelOps#gemmParallel}: one block of rows (or of columns, when C has
     * more columns than rows) per thread on the fork/join pool, each a sequential
     * {@link KernelOps#gemmRows}.
     */
    static void split(KernelOps ops, boolean transA, boolean transB, boolean accumulate, int m,
                      int n, int k, double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                      double[] c, int cOff, int ldc, int threads) {
        boolean byRows = m >= n;
        int extent = byRows ? m : n;
        int quantum = byRows ? ROW_QUANTUM : COL_QUANTUM;
        int blocks = Math.max(1, blocks(m, n, threads));
        // Every element of C belongs to exactly one block and is summed over p in the same order
        // as sequentially, so the result does not depend on the number of blocks.
        int perBlock = (extent + blocks - 1) / blocks;
        perBlock = (perBlock + quantum - 1) / quantum * quantum;
        Product product = new Product(transA, transB, accumulate, m, n, k, a, aOff, lda, b, bOff,
                ldb, c, cOff, ldc);
        new BlockTask(ops, product, byRows, 0, extent, perBlock).invoke();
    }

    /**
     * Blocks of {@link #split}: one per thread, whole quanta each, over the dimension whose split
     * duplicates less packing: row blocks each pack all of op(B) (k x n), column blocks each pack
     * all of op(A) (m x k). A product with fewer than 2 runs sequentially.
     */
    private static int blocks(int m, int n, int threads) {
        return m >= n ? Math.min(threads, m / ROW_QUANTUM) : Math.min(threads, n / COL_QUANTUM);
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

    /**
     * The arguments of one product, as {@link KernelOps#gemmRows} takes them (with \( m \) for
     * the whole of C), handed whole to the tasks of a parallel product.
     */
    record Product(boolean transA, boolean transB, boolean accumulate, int m, int n, int k,
                   double[] a, int aOff, int lda, double[] b, int bOff, int ldb, double[] c,
                   int cOff, int ldc) {

        /** Rows [i0, i1) of C, all columns, sequentially. */
        void rows(KernelOps ops, int i0, int i1) {
            ops.gemmRows(transA, transB, accumulate, i0, i1, n, k, a, aOff, lda, b, bOff, ldb, c,
                    cOff, ldc);
        }

        /** Columns [j0, j1) of C, all rows, sequentially: columns [j0, j1) of op(B). */
        void columns(KernelOps ops, int j0, int j1) {
            int bStart = transB ? bOff + j0 * ldb : bOff + j0;
            ops.gemmRows(transA, transB, accumulate, 0, m, j1 - j0, k, a, aOff, lda, b, bStart,
                    ldb, c, cOff + j0, ldc);
        }
    }

    /**
     * Splits [lo, hi) of the rows (or columns) of C in halves on block boundaries until one
     * block is left, which runs sequentially.
     */
    private static final class BlockTask extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient KernelOps ops;
        private final transient Product product;
        private final boolean byRows;
        private final int lo;
        private final int hi;
        private final int block;

        BlockTask(KernelOps ops, Product product, boolean byRows, int lo, int hi, int block) {
            this.ops = ops;
            this.product = product;
            this.byRows = byRows;
            this.lo = lo;
            this.hi = hi;
            this.block = block;
        }

        @Override
        protected void compute() {
            if (hi - lo > block) {
                int blocks = (hi - lo + block - 1) / block;
                int mid = lo + (blocks / 2) * block;
                invokeAll(new BlockTask(ops, product, byRows, lo, mid, block),
                        new BlockTask(ops, product, byRows, mid, hi, block));
            } else if (byRows) {
                product.rows(ops, lo, hi);
            } else {
                product.columns(ops, lo, hi);
            }
        }
    }
}
