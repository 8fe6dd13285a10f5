package dev.statlearn.core.internal.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/** Argument checks and the parallel split of products shared by every {@link KernelOps}. */
final class Gemm {

    /**
     * Row parts of a parallel product are multiples of this: the smallest register tile's height
     * (the Vector API path runs 12-, 8- and 4-row tiles, the scalar path 4-row tiles).
     */
    static final int PART_ROWS = 4;
    /** Column parts are multiples of this (two AVX-512 vectors, the vector tile's width). */
    static final int PART_COLUMNS = 16;

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
        int threads = KernelWorkers.threads();
        if (work < parallelThreshold || parts(m, n, threads) < 2) {
            ops.gemmRows(transA, transB, accumulate, 0, m, n, k, a, aOff, lda, b, bOff, ldb,
                    c, cOff, ldc);
            return c;
        }
        split(ops, transA, transB, accumulate, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc,
                threads);
        return c;
    }

    /**
     * A product on up to {@code threads} threads: C cut into one part per thread (see
     * {@link #parts}), each a sequential {@link KernelOps#gemmRows}, on the caller and the
     * helpers it can {@link KernelWorkers#hire hire}; with none free (every helper works for
     * another product) the caller computes the whole product in one piece. Threads claim parts
     * from a counter, the caller first: a helper that starts late finds its part taken by the
     * caller, so a slow wake-up or a busy machine costs at most one part's time, never a
     * deadlock. Every element of C belongs to exactly one part and is summed over p in the same
     * order as sequentially, so the result does not depend on the number of parts or on who
     * computed which.
     */
    static void split(KernelOps ops, boolean transA, boolean transB, boolean accumulate, int m,
                      int n, int k, double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                      double[] c, int cOff, int ldc, int threads) {
        Product product = new Product(transA, transB, accumulate, m, n, k, a, aOff, lda, b, bOff,
                ldb, c, cOff, ldc);
        boolean byRows = byRows(m, n);
        int parts = parts(m, n, threads);
        if (parts < 2) {
            product.rows(ops, 0, m);
            return;
        }
        new Parts(ops, product, byRows, parts).invoke();
    }

    /**
     * Whether a parallel product cuts C by rows, which it does unless C is more than 4 times as
     * wide as tall. Row parts write disjoint runs of C but each packs all of op(B); column parts
     * each pack all of op(A), and neighbouring parts share a cache line of C in every row (an
     * array need not start on a line), which the threads pass back and forth at each block of
     * k. Measured on 2 AVX-512 cores (means of 2400 calls) for the three products of a 784-256
     * layer on 128 rows, A B (128 x 256), A^T G (784 x 256) and G W^T (128 x 784): on the Vector
     * API path (Temurin 25) rows 387, 360, 420 us, columns 412, 518, 402 us; on the scalar path
     * (JDK 17) rows 1277, 1135, 1327 us, columns 1280, 1315, 1183 us.
     */
    static boolean byRows(int m, int n) {
        return n <= 4L * m;
    }

    /**
     * Parts of a parallel product: one per thread, each at least {@value #PART_ROWS} rows or
     * {@value #PART_COLUMNS} columns; fewer than 2 runs sequentially.
     */
    static int parts(int m, int n, int threads) {
        return byRows(m, n) ? Math.min(threads, m / PART_ROWS)
                : Math.min(threads, n / PART_COLUMNS);
    }

    /**
     * The parts of one parallel product, claimed by the caller and the helpers from a counter;
     * the caller waits until all are done and rethrows the first failure.
     */
    private static final class Parts implements KernelWorkers.Task {
        private final KernelOps ops;
        private final Product product;
        private final boolean byRows;
        private final int parts;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private volatile Throwable failure;
        /** The thread that called {@link #invoke}, woken by whoever completes the last part. */
        private final Thread caller = Thread.currentThread();

        Parts(KernelOps ops, Product product, boolean byRows, int parts) {
            this.ops = ops;
            this.product = product;
            this.byRows = byRows;
            this.parts = parts;
        }

        void invoke() {
            try (KernelWorkers.Crew crew = KernelWorkers.hire(parts - 1)) {
                if (crew.size() == 0) {
                    // alone: one piece, which packs each block of op(A) and op(B) only once
                    product.rows(ops, 0, product.m());
                    return;
                }
                crew.start(this);
                work();
                KernelWorkers.await(done, parts);
            }
            Throwable t = failure;
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            } else if (t instanceof Error) {
                throw (Error) t;
            }
        }

        @Override
        public boolean work() {
            // a part that fails is recorded and counted as done, so that nobody waits forever
            boolean found = false;
            for (int q = next.getAndIncrement(); q < parts; q = next.getAndIncrement()) {
                found = true;
                try {
                    if (failure == null) {
                        compute(q);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                } finally {
                    if (done.incrementAndGet() == parts && Thread.currentThread() != caller) {
                        LockSupport.unpark(caller);
                    }
                }
            }
            return found;
        }

        /** Part q: an equal share of the rows (or columns), cut at whole multiples of the quantum. */
        private void compute(int q) {
            int extent = byRows ? product.m() : product.n();
            int quantum = byRows ? PART_ROWS : PART_COLUMNS;
            int units = extent / quantum;
            int from = (int) ((long) units * q / parts) * quantum;
            int to = q == parts - 1 ? extent : (int) ((long) units * (q + 1) / parts) * quantum;
            if (byRows) {
                product.rows(ops, from, to);
            } else {
                product.columns(ops, from, to);
            }
        }
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
}
