package dev.statlearn.core.internal.kernel;

import dev.statlearn.core.Numerics;

/**
 * The portable implementation: plain loops shaped so that HotSpot's C2 auto-vectorizes the inner
 * ones (unit stride, no branches, no reductions across iterations in the product kernels).
 *
 * <p>Products use the "axpy" form \( C_{i,\cdot} \mathrel{+}= a_{ip} B_{p,\cdot} \), blocked over
 * \( k \) ({@value #KC}) and \( n \) ({@value #NC}): each block of {@code op(B)} is packed into a
 * per-thread panel (one array per row; transposed on the fly for \( A B^T \)) that stays in L2,
 * and four rows of {@code C} at a time are accumulated in per-thread rows that stay in L1, two
 * rows and two values of \( p \) per pass, so each load of {@code B} feeds two multiply-adds and
 * each load and store of an accumulator two. A few rows of \( A B^T \) use dot products instead.
 * Tiles of mostly-zero rows of A skip their zero terms where that changes no bit (see
 * {@link #block}). Every element of {@code C} is the naive
 * left-to-right sum over {@code p} (no fused multiply-add), so results equal a naive triple loop
 * bit for bit.
 */
final class ScalarKernelOps implements KernelOps {

    static final int KC = 128;
    static final int NC = 256;
    /** Rows of C updated together (register blocking). */
    static final int MR = 4;
    /**
     * Below this many columns (and with at least this many rows) C is computed column by column,
     * so that the vectorized inner loop runs along the rows instead of over too few columns.
     */
    static final int NARROW = 16;
    /**
     * A tile of rows of A skips its zeros (when allowed, see {@link #block}) when at most
     * SPARSE_NUM / SPARSE_DEN of its values are nonzero: one row by four terms per pass costs
     * about 1.2 times two rows by two terms per multiply-add.
     */
    static final int SPARSE_NUM = 3;
    static final int SPARSE_DEN = 4;

    /** Per-thread scratch: a packed k × n block of B and MR accumulator rows. */
    private static final class Scratch {
        final double[][] panel = new double[KC][NC];
        final double[][] acc = new double[MR][NC];
        /** Per row of a tile: the p of its nonzero A values, their count at index KC. */
        final int[][] nz = new int[MR][KC + 1];
        /** The finiteness check's row. */
        final double[] check = new double[NC];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Length of the per-thread rows of the pointwise kernels. */
    private static final int ROW = 256;

    /** Per-thread rows of the pointwise kernels (a row of values and one of biases). */
    private static final ThreadLocal<double[][]> ROWS = ThreadLocal.withInitial(() -> new double[2][ROW]);

    ScalarKernelOps() {
    }

    @Override
    public String description() {
        return "scalar (Java " + Runtime.version().feature() + ", JIT auto-vectorized loops)";
    }

    /*
     * Why the packing: C2's superword pass (JDK 17 to 25) vectorizes c[x + j] += v * b[y + j] only
     * when it can rule out that c and b are the same array with overlapping ranges; with two
     * different run-time offsets it cannot, and the loop stays scalar. With each packed row of B
     * and each accumulator row in its own array, both are indexed by plain j and the loop
     * vectorizes (about 3x faster on AVX2).
     */
    @Override
    public void gemmRows(boolean transA, boolean transB, boolean accumulate, int i0, int i1,
                         int n, int k, double[] a, int aOff, int lda, double[] b, int bOff,
                         int ldb, double[] c, int cOff, int ldc) {
        if (i0 >= i1 || n == 0) {
            return;
        }
        // element (i, p) of op(A) is a[aOff + i * ars + p * acs]
        int ars = transA ? 1 : lda;
        int acs = transA ? lda : 1;
        boolean blocked = k > 0 && i1 - i0 >= MR && !(n < NARROW && i1 - i0 >= NARROW);
        if (!accumulate && !blocked) {
            // (block starts its accumulators at zero itself when not accumulating)
            for (int i = i0; i < i1; i++) {
                int ci = cOff + i * ldc;
                for (int j = 0; j < n; j++) {
                    c[ci + j] = 0.0;
                }
            }
        }
        if (k == 0) {
            return;
        }
        if (transB && i1 - i0 < MR) {
            dotRows(i0, i1, n, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
            return;
        }
        Scratch scratch = SCRATCH.get();
        if (i1 - i0 < MR) {
            axpyRows(i0, i1, n, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc, scratch);
            return;
        }
        if (n < NARROW && i1 - i0 >= NARROW) {
            narrow(transB, i0, i1, n, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc, scratch);
            return;
        }
        double[][] panel = scratch.panel;
        for (int p0 = 0; p0 < k; p0 += KC) {
            int p1 = Math.min(k, p0 + KC);
            for (int j0 = 0; j0 < n; j0 += NC) {
                int j1 = Math.min(n, j0 + NC);
                int w = j1 - j0;
                if (transB) {
                    for (int j = j0; j < j1; j++) {
                        int bj = bOff + j * ldb;
                        int col = j - j0;
                        for (int p = p0; p < p1; p++) {
                            panel[p - p0][col] = b[bj + p];
                        }
                    }
                } else {
                    for (int p = p0; p < p1; p++) {
                        System.arraycopy(b, bOff + p * ldb + j0, panel[p - p0], 0, w);
                    }
                }
                block(i0, i1, j0, w, p0, p1, a, aOff, ars, acs, panel, !accumulate, c, cOff, ldc,
                        scratch);
            }
        }
    }

    /**
     * C[i0..i1)[j0..j0+w) += sum over p in [p0, p1) of A(i, p) * panel[p - p0][j - j0].
     *
     * <p>With {@code fromZero} (the product does not accumulate: C starts from +0 in the first
     * block over p, and a sum that starts at +0 never becomes -0 under round-to-nearest, so no
     * element of C is -0) a tile of rows of A that is at most {@value #SPARSE_NUM}/{@value #SPARSE_DEN} nonzero skips the terms whose
     * \( a_{ip} \) is zero, as long as the panel is finite: such a term is \( \pm 0 \), and
     * adding \( \pm 0 \) to a value that is not -0 leaves it unchanged, so the sums keep their
     * bits. (Inputs of a network, one-hot and pixel features, and hidden ReLU outputs are often
     * half zeros.) A skipping row adds its remaining terms four at a time, left to right.
     */
    private static void block(int i0, int i1, int j0, int w, int p0, int p1,
                              double[] a, int aOff, int ars, int acs, double[][] panel,
                              boolean fromZero, double[] c, int cOff, int ldc, Scratch scratch) {
        double[][] acc = scratch.acc;
        double[] acc0 = acc[0];
        double[] acc1 = acc[1];
        double[] acc2 = acc[2];
        double[] acc3 = acc[3];
        int[][] nz = scratch.nz;
        int kb = p1 - p0;
        // the first block over p of a product that does not accumulate starts from zero (C was
        // not cleared: the blocks over p of each element run in order, the first one first)
        boolean zero = fromZero && p0 == 0;
        // whether the panel is finite: 0 unknown, 1 yes, -1 no (or skipping not allowed)
        int finite = fromZero ? 0 : -1;
        int i = i0;
        for (; i + MR <= i1; i += MR) {
            int c0 = cOff + i * ldc + j0;
            for (int r = 0; r < MR; r++) {
                start(c, c0 + r * ldc, acc[r], w, zero);
            }
            int ai = aOff + i * ars;
            int used = 0;
            if (finite >= 0) {
                for (int r = 0; r < MR; r++) {
                    used += nonzeros(a, ai + r * ars, acs, p0, p1, nz[r]);
                }
                if (used * SPARSE_DEN <= SPARSE_NUM * MR * kb && finite == 0) {
                    finite = finite(panel, kb, w, scratch.check) ? 1 : -1;
                }
            }
            if (finite > 0 && used * SPARSE_DEN <= SPARSE_NUM * MR * kb) {
                for (int r = 0; r < MR; r++) {
                    int[] idx = nz[r];
                    sparseRow(a, ai + r * ars, acs, idx, 0, idx[KC], p0, panel, acc[r], w);
                }
            } else {
                denseTile(a, ai, ars, acs, p0, p1, panel, acc0, acc1, acc2, acc3, w);
            }
            for (int r = 0; r < MR; r++) {
                System.arraycopy(acc[r], 0, c, c0 + r * ldc, w);
            }
        }
        // the last one to three rows, one at a time, four terms per pass
        int[] idx = nz[0];
        for (; i < i1; i++) {
            int c0 = cOff + i * ldc + j0;
            start(c, c0, acc0, w, zero);
            int ai = aOff + i * ars;
            if (finite >= 0 && nonzeros(a, ai, acs, p0, p1, idx) * SPARSE_DEN <= SPARSE_NUM * kb
                    && finite == 0) {
                finite = finite(panel, kb, w, scratch.check) ? 1 : -1;
            }
            if (finite <= 0 || idx[KC] * SPARSE_DEN > SPARSE_NUM * kb) {
                for (int p = p0; p < p1; p++) {
                    idx[p - p0] = p;
                }
                idx[KC] = kb;
            }
            sparseRow(a, ai, acs, idx, 0, idx[KC], p0, panel, acc0, w);
            System.arraycopy(acc0, 0, c, c0, w);
        }
    }

    /** Four rows of C (in acc0..acc3) += their rows of A over [p0, p1) times the panel. */
    private static void denseTile(double[] a, int ai, int ars, int acs, int p0, int p1,
                                  double[][] panel, double[] acc0, double[] acc1, double[] acc2,
                                  double[] acc3, int w) {
        int p = p0;
        for (; p + 2 <= p1; p += 2) {
            int ap = ai + p * acs;
            double[] b0 = panel[p - p0];
            double[] b1 = panel[p - p0 + 1];
            pair(a, ap, ars, acs, b0, b1, acc0, acc1, w);
            pair(a, ap + 2 * ars, ars, acs, b0, b1, acc2, acc3, w);
        }
        if (p < p1) {
            int ap = ai + p * acs;
            double a0 = a[ap];
            double a1 = a[ap + ars];
            double a2 = a[ap + 2 * ars];
            double a3 = a[ap + 3 * ars];
            double[] bp = panel[p - p0];
            for (int j = 0; j < w; j++) {
                double bv = bp[j];
                acc0[j] += a0 * bv;
                acc1[j] += a1 * bv;
                acc2[j] += a2 * bv;
                acc3[j] += a3 * bv;
            }
        }
    }

    /** Starts an accumulator row: +0 or the w values of C at c0. */
    private static void start(double[] c, int c0, double[] acc, int w, boolean zero) {
        if (zero) {
            for (int j = 0; j < w; j++) {
                acc[j] = 0.0;
            }
        } else {
            System.arraycopy(c, c0, acc, 0, w);
        }
    }

    /**
     * Writes the p in [p0, p1) with \( a_{ip} \neq 0 \) (NaN included) to {@code idx} in
     * increasing order, their count to {@code idx[KC]}, and returns the count.
     */
    private static int nonzeros(double[] a, int ai, int acs, int p0, int p1, int[] idx) {
        int cnt = 0;
        for (int p = p0; p < p1; p++) {
            // without a branch (zeros come and go at random): the bits without the sign are
            // nonzero exactly when the value is
            long bits = Double.doubleToRawLongBits(a[ai + p * acs]) << 1;
            idx[cnt] = p;
            cnt += (int) ((bits | -bits) >>> 63);
        }
        idx[KC] = cnt;
        return cnt;
    }

    /** Whether the first {@code rows} panel rows hold only finite values in [0, w). */
    private static boolean finite(double[][] panel, int rows, int w, double[] check) {
        for (int j = 0; j < w; j++) {
            check[j] = 0.0;
        }
        for (int r = 0; r < rows; r++) {
            double[] row = panel[r];
            for (int j = 0; j < w; j++) {
                check[j] += row[j] - row[j]; // 0 if finite, NaN if not
            }
        }
        for (int j = 0; j < w; j++) {
            if (check[j] != 0.0) {
                return false;
            }
        }
        return true;
    }

    /**
     * One row of C: \( acc \mathrel{+}= \sum_q a_{i, p_q} \, panel_{p_q - p_0} \) over the
     * indices \( p_q \) in {@code idx[q0, cnt)}, in their order, four per pass.
     */
    private static void sparseRow(double[] a, int ai, int acs, int[] idx, int q0, int cnt,
                                  int p0, double[][] panel, double[] acc, int w) {
        int q = q0;
        for (; q + 4 <= cnt; q += 4) {
            int pa = idx[q];
            int pb = idx[q + 1];
            int pc = idx[q + 2];
            int pd = idx[q + 3];
            axpy4(w, acc, a[ai + pa * acs], panel[pa - p0], a[ai + pb * acs], panel[pb - p0],
                    a[ai + pc * acs], panel[pc - p0], a[ai + pd * acs], panel[pd - p0]);
        }
        int pa = q < cnt ? idx[q] : p0;
        int pb = q + 1 < cnt ? idx[q + 1] : p0;
        switch (cnt - q) {
            case 3:
                int pc = idx[q + 2];
                axpy3(w, acc, a[ai + pa * acs], panel[pa - p0], a[ai + pb * acs], panel[pb - p0],
                        a[ai + pc * acs], panel[pc - p0]);
                break;
            case 2:
                axpy2(w, acc, a[ai + pa * acs], panel[pa - p0], a[ai + pb * acs], panel[pb - p0]);
                break;
            case 1:
                axpy1(w, acc, a[ai + pa * acs], panel[pa - p0]);
                break;
            default:
                break;
        }
    }

    /**
     * Two rows by two values of p of {@link #block}: each accumulator element is loaded and
     * stored once for two multiply-adds instead of once per multiply-add. The sum is written out
     * left to right, \( (c + a_0 b_0) + a_1 b_1 \), so every element sees exactly the operations
     * of one p at a time. (Larger bodies, such as four rows by two values of p, are slower: C2
     * then unrolls the loop too little to vectorize it.)
     */
    private static void pair(double[] a, int ap, int ars, int acs, double[] b0, double[] b1,
                             double[] accX, double[] accY, int w) {
        double x0 = a[ap];
        double x1 = a[ap + acs];
        double y0 = a[ap + ars];
        double y1 = a[ap + ars + acs];
        for (int j = 0; j < w; j++) {
            double v0 = b0[j];
            double v1 = b1[j];
            accX[j] = accX[j] + x0 * v0 + x1 * v1;
            accY[j] = accY[j] + y0 * v0 + y1 * v1;
        }
    }

    /**
     * C = op(A) op(B) for a narrow C (few columns, many rows): each column j of C is accumulated
     * as a row over i, \( C_{\cdot j} \mathrel{+}= B_{pj} A_{\cdot p} \), with the block of op(A)
     * packed column by column: two columns by two values of p per pass ({@link #pair}), an odd
     * last column four values of p per pass. Same per-element order as {@link #block}.
     */
    private static void narrow(boolean transB, int i0, int i1, int n, int k, double[] a, int aOff,
                               int ars, int acs, double[] b, int bOff, int ldb, double[] c,
                               int cOff, int ldc, Scratch scratch) {
        // element (p, j) of op(B) is b[bOff + p * brs + j * bcs]
        int brs = transB ? 1 : ldb;
        int bcs = transB ? ldb : 1;
        double[][] panel = scratch.panel;
        double[] acc0 = scratch.acc[0];
        double[] acc1 = scratch.acc[1];
        for (int ib = i0; ib < i1; ib += NC) {
            int w = Math.min(i1, ib + NC) - ib;
            for (int p0 = 0; p0 < k; p0 += KC) {
                int p1 = Math.min(k, p0 + KC);
                // four columns of op(A) per pass: four neighbours per row read when A is not
                // transposed
                int q = p0;
                for (; q + 4 <= p1; q += 4) {
                    double[] row0 = panel[q - p0];
                    double[] row1 = panel[q - p0 + 1];
                    double[] row2 = panel[q - p0 + 2];
                    double[] row3 = panel[q - p0 + 3];
                    int src = aOff + ib * ars + q * acs;
                    for (int i = 0; i < w; i++) {
                        int at = src + i * ars;
                        row0[i] = a[at];
                        row1[i] = a[at + acs];
                        row2[i] = a[at + 2 * acs];
                        row3[i] = a[at + 3 * acs];
                    }
                }
                for (; q < p1; q++) {
                    double[] row = panel[q - p0];
                    int src = aOff + ib * ars + q * acs;
                    for (int i = 0; i < w; i++) {
                        row[i] = a[src + i * ars];
                    }
                }
                int j = 0;
                for (; j + 2 <= n; j += 2) {
                    int cj = cOff + ib * ldc + j;
                    for (int i = 0; i < w; i++) {
                        int ci = cj + i * ldc;
                        acc0[i] = c[ci];
                        acc1[i] = c[ci + 1];
                    }
                    int p = p0;
                    for (; p + 2 <= p1; p += 2) {
                        pair(b, bOff + p * brs + j * bcs, bcs, brs, panel[p - p0],
                                panel[p - p0 + 1], acc0, acc1, w);
                    }
                    if (p < p1) {
                        int bp = bOff + p * brs + j * bcs;
                        double b0 = b[bp];
                        double b1 = b[bp + bcs];
                        double[] ap = panel[p - p0];
                        for (int i = 0; i < w; i++) {
                            double av = ap[i];
                            acc0[i] += av * b0;
                            acc1[i] += av * b1;
                        }
                    }
                    for (int i = 0; i < w; i++) {
                        int ci = cj + i * ldc;
                        c[ci] = acc0[i];
                        c[ci + 1] = acc1[i];
                    }
                }
                if (j < n) {
                    int cj = cOff + ib * ldc + j;
                    for (int i = 0; i < w; i++) {
                        acc0[i] = c[cj + i * ldc];
                    }
                    int[] idx = scratch.nz[0];
                    for (int p = p0; p < p1; p++) {
                        idx[p - p0] = p;
                    }
                    // the column of op(B) as the "row of A" of sparseRow: B(p, j) at p * brs
                    sparseRow(b, bOff + j * bcs, brs, idx, 0, p1 - p0, p0, panel, acc0, w);
                    for (int i = 0; i < w; i++) {
                        c[cj + i * ldc] = acc0[i];
                    }
                }
            }
        }
    }

    /**
     * Few rows (fewer than {@value #MR}) of C = A B: \( C_{i\cdot} \mathrel{+}= a_{ip} B_{p\cdot} \),
     * each row of B copied once into a scratch row and each row of C accumulated in a scratch row,
     * so that the inner loop runs over two arrays at the same index and vectorizes (with B and C
     * at run-time offsets in possibly the same array it would not). No packing of whole blocks:
     * the single-row inference path.
     */
    private static void axpyRows(int i0, int i1, int n, int k, double[] a, int aOff, int ars,
                                 int acs, double[] b, int bOff, int ldb, double[] c, int cOff,
                                 int ldc, Scratch scratch) {
        double[] row = scratch.panel[0];
        double[][] acc = scratch.acc;
        int rows = i1 - i0;
        for (int j0 = 0; j0 < n; j0 += NC) {
            int w = Math.min(NC, n - j0);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(c, cOff + (i0 + r) * ldc + j0, acc[r], 0, w);
            }
            for (int p = 0; p < k; p++) {
                System.arraycopy(b, bOff + p * ldb + j0, row, 0, w);
                for (int r = 0; r < rows; r++) {
                    double av = a[aOff + (i0 + r) * ars + p * acs];
                    double[] accR = acc[r];
                    for (int j = 0; j < w; j++) {
                        accR[j] += av * row[j];
                    }
                }
            }
            for (int r = 0; r < rows; r++) {
                System.arraycopy(acc[r], 0, c, cOff + (i0 + r) * ldc + j0, w);
            }
        }
    }

    /** Few rows of C = A B^T: dot products of contiguous rows, four columns of C at a time. */
    private static void dotRows(int i0, int i1, int n, int k, double[] a, int aOff, int ars,
                                int acs, double[] b, int bOff, int ldb, double[] c, int cOff,
                                int ldc) {
        for (int i = i0; i < i1; i++) {
            int ai = aOff + i * ars;
            int ci = cOff + i * ldc;
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                int b0 = bOff + j * ldb;
                int b1 = b0 + ldb;
                int b2 = b1 + ldb;
                int b3 = b2 + ldb;
                double s0 = c[ci + j];
                double s1 = c[ci + j + 1];
                double s2 = c[ci + j + 2];
                double s3 = c[ci + j + 3];
                for (int p = 0; p < k; p++) {
                    double av = a[ai + p * acs];
                    s0 += av * b[b0 + p];
                    s1 += av * b[b1 + p];
                    s2 += av * b[b2 + p];
                    s3 += av * b[b3 + p];
                }
                c[ci + j] = s0;
                c[ci + j + 1] = s1;
                c[ci + j + 2] = s2;
                c[ci + j + 3] = s3;
            }
            for (; j < n; j++) {
                int b0 = bOff + j * ldb;
                double s0 = c[ci + j];
                for (int p = 0; p < k; p++) {
                    s0 += a[ai + p * acs] * b[b0 + p];
                }
                c[ci + j] = s0;
            }
        }
    }

    /*
     * The inner loops index the accumulator y and one row of w by plain j (the alignment C2 needs
     * to vectorize, see gemmRows), and take four inputs per pass over y, so that each element of
     * y is loaded and stored once per four multiply-adds (with eight, C2 of JDK 17 no longer
     * vectorizes the loop). The inputs are those DenseRowWeights.used marks (the nonzero ones when
     * the weights are finite), in increasing p, four to a pass and the last few of each block of
     * 64 in one more pass; a pass adds left to right, ((y + x0 w0) + x1 w1) + ..., so the grouping
     * changes nothing and the order is that of the naive loop. Skipping the zeros also keeps the
     * weights read per call small enough for the L1 cache on half-zero rows (64-128: 64 KB in
     * all).
     */
    @Override
    public double[] denseRow(double[] x, int xOff, DenseRowWeights w, double[] bias,
                             KernelActivation act, double[] y) {
        DenseRowWeights.checked(x, xOff, w, bias, act, y);
        int n = w.units();
        int k = w.inputs();
        double[][] rows = w.rows();
        for (int j = 0; j < n; j++) {
            y[j] = 0.0;
        }
        for (int base = 0; base < k; base += 64) {
            long m = w.used(x, xOff, base, Math.min(64, k - base));
            while (Long.bitCount(m) >= 4) {
                int p0 = base + Long.numberOfTrailingZeros(m);
                m &= m - 1;
                int p1 = base + Long.numberOfTrailingZeros(m);
                m &= m - 1;
                int p2 = base + Long.numberOfTrailingZeros(m);
                m &= m - 1;
                int p3 = base + Long.numberOfTrailingZeros(m);
                m &= m - 1;
                axpy4(n, y, x[xOff + p0], rows[p0], x[xOff + p1], rows[p1], x[xOff + p2], rows[p2],
                        x[xOff + p3], rows[p3]);
            }
            if (m != 0) { // one to three left: one pass
                int p0 = base + Long.numberOfTrailingZeros(m);
                m &= m - 1;
                if (m == 0) {
                    axpy1(n, y, x[xOff + p0], rows[p0]);
                } else {
                    int p1 = base + Long.numberOfTrailingZeros(m);
                    m &= m - 1;
                    if (m == 0) {
                        axpy2(n, y, x[xOff + p0], rows[p0], x[xOff + p1], rows[p1]);
                    } else {
                        int p2 = base + Long.numberOfTrailingZeros(m);
                        axpy3(n, y, x[xOff + p0], rows[p0], x[xOff + p1], rows[p1], x[xOff + p2], rows[p2]);
                    }
                }
            }
        }
        for (int j = 0; j < n; j++) {
            y[j] += bias[j];
        }
        activate(act, y, 0, n);
        return y;
    }

    /** \( y_j \leftarrow (((y_j + x_0 w_{0j}) + x_1 w_{1j}) + x_2 w_{2j}) + x_3 w_{3j} \), j &lt; n. */
    private static void axpy4(int n, double[] y, double x0, double[] w0, double x1, double[] w1,
                              double x2, double[] w2, double x3, double[] w3) {
        for (int j = 0; j < n; j++) {
            y[j] = y[j] + x0 * w0[j] + x1 * w1[j] + x2 * w2[j] + x3 * w3[j];
        }
    }

    /** \( y_j \leftarrow ((y_j + x_0 w_{0j}) + x_1 w_{1j}) + x_2 w_{2j} \), j &lt; n. */
    private static void axpy3(int n, double[] y, double x0, double[] w0, double x1, double[] w1,
                              double x2, double[] w2) {
        for (int j = 0; j < n; j++) {
            y[j] = y[j] + x0 * w0[j] + x1 * w1[j] + x2 * w2[j];
        }
    }

    /** \( y_j \leftarrow (y_j + x_0 w_{0j}) + x_1 w_{1j} \), j &lt; n. */
    private static void axpy2(int n, double[] y, double x0, double[] w0, double x1, double[] w1) {
        for (int j = 0; j < n; j++) {
            y[j] = y[j] + x0 * w0[j] + x1 * w1[j];
        }
    }

    /** \( y_j \leftarrow y_j + x_0 w_{0j} \), j &lt; n. */
    private static void axpy1(int n, double[] y, double x0, double[] w0) {
        for (int j = 0; j < n; j++) {
            y[j] += x0 * w0[j];
        }
    }

    @Override
    public DenseRowWeights denseRowWeights(int n, int k, double[] w) {
        return new DenseRowWeights(n, k, w, n);
    }

    @Override
    public double[] biasActivation(int rows, int cols, double[] z, int zOff, double[] bias,
                                   int biasOff, KernelActivation act, double[] out, int outOff) {
        out = KernelSupport.output(out, outOff, rows, cols, "out");
        Gemm.checkMatrix(z, "z", zOff, rows, cols, cols);
        if (bias != null) {
            Gemm.checkVector(bias, "bias", biasOff, cols);
        }
        if (bias == null) {
            for (int r = 0; r < rows; r++) {
                int zr = zOff + r * cols;
                int or = outOff + r * cols;
                if (out != z || or != zr) {
                    System.arraycopy(z, zr, out, or, cols);
                }
                activate(act, out, or, or + cols);
            }
            return out;
        }
        // z + bias through per-thread rows indexed by plain j: with z, bias and out at run-time
        // offsets in possibly the same array C2 would not vectorize the sum (see gemmRows)
        double[][] scratch = ROWS.get();
        double[] row = scratch[0];
        double[] b = scratch[1];
        for (int j0 = 0; j0 < cols; j0 += ROW) {
            int w = Math.min(ROW, cols - j0);
            System.arraycopy(bias, biasOff + j0, b, 0, w);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(z, zOff + r * cols + j0, row, 0, w);
                if (act == KernelActivation.RELU) {
                    for (int j = 0; j < w; j++) {
                        row[j] = Math.max(0.0, row[j] + b[j]);
                    }
                } else {
                    for (int j = 0; j < w; j++) {
                        row[j] += b[j];
                    }
                    activate(act, row, 0, w);
                }
                System.arraycopy(row, 0, out, outOff + r * cols + j0, w);
            }
        }
        return out;
    }

    /** out[from, to) = f(out[from, to)), one loop per activation (single array: vectorizes). */
    private static void activate(KernelActivation act, double[] out, int from, int to) {
        switch (act) {
            case RELU:
                for (int j = from; j < to; j++) {
                    out[j] = Math.max(0.0, out[j]);
                }
                break;
            case SIGMOID:
                for (int j = from; j < to; j++) {
                    out[j] = Numerics.sigmoid(out[j]);
                }
                break;
            case TANH:
                for (int j = from; j < to; j++) {
                    out[j] = Math.tanh(out[j]);
                }
                break;
            case LEAKY_RELU:
                for (int j = from; j < to; j++) {
                    double v = out[j];
                    out[j] = v > 0 ? v : KernelActivation.LEAKY_SLOPE * v;
                }
                break;
            default:
                break;
        }
    }

    @Override
    public double[] activationBackward(KernelActivation act, int len, double[] y, int yOff,
                                       double[] g, int gOff, double[] out, int outOff) {
        out = KernelSupport.output(out, outOff, 1, len, "out");
        Gemm.checkVector(y, "y", yOff, len);
        Gemm.checkVector(g, "g", gOff, len);
        if (act == KernelActivation.IDENTITY) {
            if (out != g || outOff != gOff) {
                System.arraycopy(g, gOff, out, outOff, len);
            }
            return out;
        }
        // through per-thread rows indexed by plain i, so that C2 vectorizes (see biasActivation)
        double[][] rows = ROWS.get();
        double[] yr = rows[0];
        double[] gr = rows[1];
        for (int i0 = 0; i0 < len; i0 += ROW) {
            int w = Math.min(ROW, len - i0);
            System.arraycopy(y, yOff + i0, yr, 0, w);
            System.arraycopy(g, gOff + i0, gr, 0, w);
            backward(act, w, yr, gr);
            System.arraycopy(gr, 0, out, outOff + i0, w);
        }
        return out;
    }

    /** g[0, len) *= f'(y) for y[0, len), one loop per activation. */
    private static void backward(KernelActivation act, int len, double[] y, double[] g) {
        switch (act) {
            case RELU:
                // g * [y > 0] without a branch or a select (C2 vectorizes neither on doubles, and
                // ReLU signs are a coin flip): the step is min(1, y * 2^1074), exactly 1 for every
                // y > 0 (the smallest subnormal times 2^1074 is 1), 0 for y = 0
                for (int i = 0; i < len; i++) {
                    g[i] *= Math.max(0.0, Math.min(1.0, y[i] * 0x1p1000 * 0x1p74));
                }
                break;
            case SIGMOID:
                for (int i = 0; i < len; i++) {
                    double v = y[i];
                    g[i] *= v * (1.0 - v);
                }
                break;
            case TANH:
                for (int i = 0; i < len; i++) {
                    double v = y[i];
                    g[i] *= 1.0 - v * v;
                }
                break;
            case LEAKY_RELU:
                for (int i = 0; i < len; i++) {
                    g[i] = y[i] > 0 ? g[i] : g[i] * KernelActivation.LEAKY_SLOPE;
                }
                break;
            default:
                break;
        }
    }

    @Override
    public double[] columnSums(int rows, int cols, double[] x, int xOff, double[] out,
                               int outOff) {
        out = KernelSupport.output(out, outOff, 1, cols, "out");
        Gemm.checkMatrix(x, "x", xOff, rows, cols, cols);
        // row by row in order into a per-thread row (plain indices: C2 vectorizes)
        double[][] scratch = ROWS.get();
        double[] xr = scratch[0];
        double[] sum = scratch[1];
        for (int j0 = 0; j0 < cols; j0 += ROW) {
            int w = Math.min(ROW, cols - j0);
            for (int j = 0; j < w; j++) {
                sum[j] = 0.0;
            }
            for (int r = 0; r < rows; r++) {
                System.arraycopy(x, xOff + r * cols + j0, xr, 0, w);
                for (int j = 0; j < w; j++) {
                    sum[j] += xr[j];
                }
            }
            System.arraycopy(sum, 0, out, outOff + j0, w);
        }
        return out;
    }

    @Override
    public double[] softmaxRows(int rows, int cols, double[] x, int xOff, double[] out,
                                int outOff) {
        return KernelSupport.rowwise(rows, cols, x, xOff, out, outOff, ScalarKernelOps::softmaxRow);
    }

    @Override
    public double[] logSoftmaxRows(int rows, int cols, double[] x, int xOff, double[] out,
                                   int outOff) {
        return KernelSupport.rowwise(rows, cols, x, xOff, out, outOff, ScalarKernelOps::logSoftmaxRow);
    }

    /** Row softmax \( e^{x_j - m} / \sum_k e^{x_k - m} \), \( m = \max_k x_k \), of one row. */
    private static void softmaxRow(double[] x, int xr, int cols, double[] out, int or) {
        softmaxRowSum(x, xr, cols, rowMax(x, xr, cols), out, or);
    }

    /**
     * Writes the softmax of one row with maximum {@code m} and returns its
     * \( s = \sum_k e^{x_k - m} \) (1 for an infinite maximum, whose row gets the limit instead).
     */
    private static double softmaxRowSum(double[] x, int xr, int cols, double m, double[] out,
                                        int or) {
        if (m == Double.POSITIVE_INFINITY || m == Double.NEGATIVE_INFINITY) {
            KernelSupport.softmaxInfiniteRow(x, xr, cols, m, out, or);
            return 1.0;
        }
        double s = 0.0;
        for (int j = 0; j < cols; j++) {
            double e = Math.exp(x[xr + j] - m);
            out[or + j] = e;
            s += e;
        }
        double inv = 1.0 / s;
        for (int j = 0; j < cols; j++) {
            out[or + j] *= inv;
        }
        return s;
    }

    @Override
    public void softmaxRowsWithLogSumExp(int rows, int cols, double[] x, int xOff, double[] out,
                                         int outOff, double[] lse, int lseOff) {
        softmaxWithLogSumExp(rows, cols, x, xOff, out, outOff, lse, lseOff);
    }

    /**
     * {@link KernelOps#softmaxRowsWithLogSumExp} for both kernel paths: the rows it serves (the
     * classes of a softmax output) are too short for vectors to pay, and the exponentials are
     * {@link Math#exp} on both paths anyway. The maximum is read before the row is overwritten,
     * so {@code out} may be {@code x}; \( m + \log s \) is {@link #logSumExp}'s expression.
     */
    static void softmaxWithLogSumExp(int rows, int cols, double[] x, int xOff, double[] out,
                                     int outOff, double[] lse, int lseOff) {
        KernelSupport.output(out, outOff, rows, cols, "out");
        Gemm.checkMatrix(x, "x", xOff, rows, cols, cols);
        Gemm.checkVector(lse, "lse", lseOff, rows);
        for (int r = 0; r < rows; r++) {
            int xr = xOff + r * cols;
            double m = rowMax(x, xr, cols);
            double s = softmaxRowSum(x, xr, cols, m, out, outOff + r * cols);
            lse[lseOff + r] = m == Double.NEGATIVE_INFINITY || m == Double.POSITIVE_INFINITY || m != m
                    ? m : m + Math.log(s);
        }
    }

    /** Row log-softmax \( x_j - \log \sum_k e^{x_k} \) of one row. */
    private static void logSoftmaxRow(double[] x, int xr, int cols, double[] out, int or) {
        double lse = logSumExp(x, xr, cols);
        for (int j = 0; j < cols; j++) {
            out[or + j] = x[xr + j] - lse;
        }
    }

    /** Max of a row; NaN if the row has NaN (Math.max propagates NaN). */
    static double rowMax(double[] x, int from, int len) {
        double m = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < len; j++) {
            m = Math.max(m, x[from + j]);
        }
        return m;
    }

    static double logSumExp(double[] x, int from, int len) {
        double m = rowMax(x, from, len);
        if (m == Double.NEGATIVE_INFINITY || m == Double.POSITIVE_INFINITY || m != m) {
            return m;
        }
        double s = 0.0;
        for (int j = 0; j < len; j++) {
            s += Math.exp(x[from + j] - m);
        }
        return m + Math.log(s);
    }

    @Override
    public double sumRelEntr(int len, double[] p, int pOff, double[] q, int qOff) {
        Gemm.checkVector(p, "p", pOff, len);
        Gemm.checkVector(q, "q", qOff, len);
        double s0 = 0.0;
        double s1 = 0.0;
        int i = 0;
        for (; i + 2 <= len; i += 2) {
            s0 += relEntr(p[pOff + i], q[qOff + i]);
            s1 += relEntr(p[pOff + i + 1], q[qOff + i + 1]);
        }
        if (i < len) {
            s0 += relEntr(p[pOff + i], q[qOff + i]);
        }
        return s0 + s1;
    }

    /** SciPy's rel_entr. */
    static double relEntr(double x, double y) {
        if (x > 0 && y > 0) {
            return x * Math.log(x / y);
        }
        if (x == 0 && y >= 0) {
            return 0.0;
        }
        if (x != x || y != y) {
            return Double.NaN;
        }
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double sumXLogX(int len, double[] p, int pOff) {
        Gemm.checkVector(p, "p", pOff, len);
        double s0 = 0.0;
        double s1 = 0.0;
        int i = 0;
        for (; i + 2 <= len; i += 2) {
            s0 += xLogX(p[pOff + i]);
            s1 += xLogX(p[pOff + i + 1]);
        }
        if (i < len) {
            s0 += xLogX(p[pOff + i]);
        }
        return s0 + s1;
    }

    static double xLogX(double x) {
        return x == 0 ? 0.0 : x * Math.log(x);
    }

    @Override
    public double sumUnitInterval(int len, double[] x, int off) {
        Gemm.checkVector(x, "x", off, len);
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        boolean inRange = true;
        int i = off;
        int end = off + len;
        for (; i + 3 < end; i += 4) {
            double a = x[i];
            double b = x[i + 1];
            double c = x[i + 2];
            double d = x[i + 3];
            inRange &= a >= 0 & a <= 1 & b >= 0 & b <= 1 & c >= 0 & c <= 1 & d >= 0 & d <= 1;
            s0 += a;
            s1 += b;
            s2 += c;
            s3 += d;
        }
        for (; i < end; i++) {
            double a = x[i];
            inRange &= a >= 0 & a <= 1;
            s0 += a;
        }
        return inRange ? (s0 + s1) + (s2 + s3) : Double.NaN;
    }

    @Override
    public double sumAbsDiff(int len, double[] p, int pOff, double[] q, int qOff) {
        Gemm.checkVector(p, "p", pOff, len);
        Gemm.checkVector(q, "q", qOff, len);
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = 0;
        for (; i + 4 <= len; i += 4) {
            s0 += Math.abs(p[pOff + i] - q[qOff + i]);
            s1 += Math.abs(p[pOff + i + 1] - q[qOff + i + 1]);
            s2 += Math.abs(p[pOff + i + 2] - q[qOff + i + 2]);
            s3 += Math.abs(p[pOff + i + 3] - q[qOff + i + 3]);
        }
        for (; i < len; i++) {
            s0 += Math.abs(p[pOff + i] - q[qOff + i]);
        }
        return (s0 + s1) + (s2 + s3);
    }
}
