package dev.statlearn.core.internal.kernel;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API ({@code jdk.incubator.vector}) implementation, compiled separately with
 * {@code --add-modules jdk.incubator.vector} and loaded reflectively by {@link Kernels} only when
 * the running JVM has that module.
 *
 * <p>Products: a register tile of {@link #MR} rows by {@value #NV} vectors kept in registers
 * across the whole \( k \) block: 12 rows with AVX-512 (24 accumulators; with the two B vectors
 * and one broadcast A value, 27 of the 32 vector registers), so each pair of vector loads from B
 * feeds 24 fused multiply-adds, and 4 rows (8 accumulators) with 16 vector registers. Blocked over
 * \( k \) (equal blocks of at most {@value #KC}), \( m \) ({@value #MC} rows) and \( n \)
 * (16 tiles); as in GotoBLAS / BLIS, each block of {@code op(B)} is packed into contiguous
 * micro-panels {@value #NV} vectors wide, and each block of {@code op(A)} into micro-panels of
 * {@code MR} rows stored column by column, both in per-thread buffers: contiguous runs are
 * copied as vectors, transposed ones (\( B \) of \( A B^T \), \( A \) of \( A B \)) as 8 × 8
 * blocks transposed in registers. The kernel then reads both panels with constant strides, so the
 * JIT removes every bounds check from its loop, and the micro-panel of B it streams stays in L1.
 * The last row group of a block runs an 8- or 4-row tile; tiles at the right edge run on a padded
 * copy of C. Every element of
 * {@code C} is accumulated with fused multiply-add in increasing {@code p}, whether it lies in a
 * vector tile or in a scalar edge ({@link Math#fma}), so results do not depend on the tiling or
 * on the row split.
 *
 * <p>Transcendental functions: the exponentials of softmax and log-softmax, the sigmoid and tanh
 * are computed with {@link Math} one element at a time and the exponentials summed in order (the
 * rest of those kernels stays vectorized), because the Vector API's {@code EXP} and {@code TANH} give different bits in
 * the interpreter and in C2-compiled code, which would make seeded training depend on when the
 * JIT compiles a kernel ({@link Math}'s are the same in every tier). The divergence sums still use
 * the Vector API's {@code LOG} (vector math library, within a few ulp of {@link Math}; their last
 * bits may then differ between a cold and a warm JVM).
 */
final class VectorKernelOps implements KernelOps {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /**
     * Rows of the register tile (packed A micro-panels are MR rows wide): 12 with AVX-512's 32
     * vector registers (24 accumulators), 4 with 16 registers or fewer (8 accumulators).
     */
    static final int MR = L >= 8 ? 12 : 4;
    /** Vectors per row of the register tile. */
    static final int NV = 2;
    /** Columns of the register tile (packed B micro-panels are NR columns wide). */
    private static final int NR = NV * L;
    /** Largest block of k; k is cut into equal blocks of at most this many. */
    static final int KC = 256;
    /** Rows of A packed at a time (a multiple of MR). */
    static final int MC = 144;
    /** Columns of B packed at a time (a multiple of NR). */
    private static final int NC = 16 * NR;
    /** Lane permutations l -> l xor h (h = 1, 2, 4) for the 8 x 8 transposes (L = 8 only). */
    private static final VectorShuffle<Double> SWAP1 = L == 8 ? swap(1) : null;
    private static final VectorShuffle<Double> SWAP2 = L == 8 ? swap(2) : null;
    private static final VectorShuffle<Double> SWAP4 = L == 8 ? swap(4) : null;
    /** Masks of the lanes with bit h set (h = 1, 2, 4), for the 8 x 8 transposes. */
    private static final VectorMask<Double> HIGH1 = L == 8 ? VectorMask.fromLong(S, 0xAAL) : null;
    private static final VectorMask<Double> HIGH2 = L == 8 ? VectorMask.fromLong(S, 0xCCL) : null;
    private static final VectorMask<Double> HIGH4 = L == 8 ? VectorMask.fromLong(S, 0xF0L) : null;
    /** Fewer rows than this: no packing (A·B), as packing would cost as much as the product. */
    static final int PACK_MIN_ROWS = 4;

    /**
     * Per-thread packing buffers for a block of op(B) and a block of op(A), and an edge tile;
     * the panels grow to the largest blocks the thread has packed (at most KC x NC and
     * MC x KC doubles, 0.8 MB with AVX-512).
     */
    private static final class Scratch {
        double[] b = new double[0];
        double[] a = new double[0];
        final double[] edge = new double[MR * NR];

        /** The op(B) panel, with room for kc x (n rounded up to whole tiles, at most NC). */
        double[] b(int kc, int n) {
            int need = kc * Math.min(NC, (n + NR - 1) / NR * NR);
            if (b.length < need) {
                b = new double[need];
            }
            return b;
        }

        /** The op(A) panel, with room for (rows rounded up to whole groups, at most MC) x kc. */
        double[] a(int rows, int kc) {
            int need = Math.min(MC, (rows + MR - 1) / MR * MR) * kc;
            if (a.length < need) {
                a = new double[need];
            }
            return a;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    VectorKernelOps() {
    }

    @Override
    public String description() {
        return "vector (jdk.incubator.vector on Java " + Runtime.version().feature()
                + ", DoubleVector " + S.vectorBitSize() + " bits = " + L + " lanes)";
    }

    // ------------------------------------------------------------------ products

    @Override
    public void gemmRows(boolean transA, boolean transB, boolean accumulate, int i0, int i1,
                         int n, int k, double[] a, int aOff, int lda, double[] b, int bOff,
                         int ldb, double[] c, int cOff, int ldc) {
        if (i0 >= i1 || n == 0) {
            return;
        }
        if (!accumulate) {
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
        int ars = transA ? 1 : lda;
        int acs = transA ? lda : 1;
        if (i1 - i0 < PACK_MIN_ROWS && !transB) {
            // a few rows: packing B would cost as much as the product
            for (int p0 = 0; p0 < k; p0 += KC) {
                int p1 = Math.min(k, p0 + KC);
                block(i0, i1, 0, n, p0, p1, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
            }
            return;
        }
        // equal k blocks: 784 = 4 x 196 rather than 3 x 256 + 16
        int kBlocks = (k + KC - 1) / KC;
        int kcMax = (k + kBlocks - 1) / kBlocks;
        Scratch scratch = SCRATCH.get();
        double[] bPanel = scratch.b(kcMax, n);
        double[] aPanel = scratch.a(i1 - i0, kcMax);
        for (int p0 = 0; p0 < k; p0 += kcMax) {
            int kc = Math.min(kcMax, k - p0);
            for (int j0 = 0; j0 < n; j0 += NC) {
                int width = Math.min(NC, n - j0);
                int tiles = (width + NR - 1) / NR;
                packB(transB, b, bOff, ldb, p0, kc, j0, width, bPanel);
                for (int ib = i0; ib < i1; ib += MC) {
                    int height = Math.min(MC, i1 - ib);
                    int groups = (height + MR - 1) / MR;
                    packA(a, aOff, ars, acs, ib, height, p0, kc, aPanel);
                    panels(aPanel, 0, 0, groups, ib, ib + height, bPanel, 0, tiles, j0,
                            j0 + width, kc, c, cOff, ldc, scratch.edge);
                }
            }
        }
    }

    /**
     * Register tiles t0 .. t1 (columns j0 + t NR of C, below jEnd) times row groups g0 .. g1
     * (rows i0 + g MR of C, below iEnd) of packed panels over one block of kc values of p: the
     * A micro-panel of group g at aOff + g kc MR, the B micro-panel of tile t at bOff + t kc NR.
     * Tiles at the bottom or right edge run on a padded copy.
     */
    private static void panels(double[] aPanel, int aOff, int g0, int g1, int i0, int iEnd,
                               double[] bPanel, int t0, int t1, int j0, int jEnd, int kc,
                               double[] c, int cOff, int ldc, double[] edge) {
        for (int t = t0; t < t1; t++) {
            int jt = j0 + t * NR;
            int cols = Math.min(NR, jEnd - jt);
            for (int g = g0; g < g1; g++) {
                int row = i0 + g * MR;
                int rows = Math.min(MR, iEnd - row);
                int w = groupWidth(rows);
                int ct = cOff + row * ldc + jt;
                int aBase = aOff + g * kc * MR;
                int bBase = (t - t0) * kc * NR;
                if (rows == w && cols == NR) {
                    kernel(w, aPanel, aBase, bPanel, bBase, kc, c, ct, ldc);
                } else {
                    edgeTile(w, aPanel, aBase, bPanel, bBase, kc, c, ct, ldc, rows, cols, edge);
                }
            }
        }
    }

    /**
     * Packs op(B)[p0 .. p0 + kc)[j0 .. j0 + width) into micro-panels: tile t holds columns
     * j0 + t NR .. + NR row by row (NR values per p, contiguous), so the kernel streams it with
     * unit stride; columns past the block are zero.
     */
    private static void packB(boolean transB, double[] b, int bOff, int ldb, int p0, int kc,
                              int j0, int width, double[] panel) {
        int tiles = (width + NR - 1) / NR;
        for (int t = 0; t < tiles; t++) {
            int base = t * kc * NR;
            int jt = j0 + t * NR;
            int cols = Math.min(NR, j0 + width - jt);
            if (transB && L == 8 && cols == NR) {
                // op(B)[p][j] = b[bOff + j ldb + p]: 8 x 8 blocks transposed in registers
                int src = bOff + jt * ldb + p0;
                int p = 0;
                for (; p + 8 <= kc; p += 8) {
                    for (int jj = 0; jj < NR; jj += 8) {
                        transpose8(b, src + jj * ldb + p, ldb, panel, base + p * NR + jj, NR);
                    }
                }
                for (; p < kc; p++) {
                    for (int jj = 0; jj < NR; jj++) {
                        panel[base + p * NR + jj] = b[src + jj * ldb + p];
                    }
                }
            } else if (transB) {
                // op(B)[p][j] = b[bOff + j ldb + p]: read each stored row once, contiguously
                for (int jj = 0; jj < cols; jj++) {
                    int src = bOff + (jt + jj) * ldb + p0;
                    for (int p = 0; p < kc; p++) {
                        panel[base + p * NR + jj] = b[src + p];
                    }
                }
            } else if (cols == NR) {
                int src = bOff + p0 * ldb + jt;
                for (int p = 0; p < kc; p++) {
                    int from = src + p * ldb;
                    int to = base + p * NR;
                    for (int v = 0; v < NR; v += L) {
                        DoubleVector.fromArray(S, b, from + v).intoArray(panel, to + v);
                    }
                }
            } else {
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(b, bOff + (p0 + p) * ldb + jt, panel, base + p * NR, cols);
                }
            }
            if (cols < NR) {
                for (int p = 0; p < kc; p++) {
                    for (int jj = cols; jj < NR; jj++) {
                        panel[base + p * NR + jj] = 0.0;
                    }
                }
            }
        }
    }

    /**
     * Rows of the register tile for a group of {@code rows} rows of A: {@link #MR}, or, for the
     * last group of a block, the narrowest of the 8- and 4-row tiles that holds it, so that
     * 128 = 10 x 12 + 8 rows waste no multiply-adds on padding.
     */
    private static int groupWidth(int rows) {
        return rows > 8 ? MR : rows > 4 ? Math.min(8, MR) : 4;
    }

    /**
     * Packs op(A)[ib .. ib + height)[p0 .. p0 + kc) into micro-panels: group g, at g kc MR,
     * holds rows ib + g MR .. + w column by column (w = {@link #groupWidth} values per p,
     * contiguous); rows past the block are zero.
     */
    private static void packA(double[] a, int aOff, int ars, int acs, int ib, int height, int p0,
                              int kc, double[] panel) {
        int groups = (height + MR - 1) / MR;
        for (int g = 0; g < groups; g++) {
            int base = g * kc * MR;
            int row0 = ib + g * MR;
            int full = Math.min(MR, ib + height - row0);
            int w = groupWidth(full);
            if (ars == 1 && full == w && w >= L) {
                // op(A) = A^T: the MR values of each p are contiguous; copy them as vectors
                // (the last one overlapping when L does not divide MR)
                int src = aOff + row0 + p0 * acs;
                for (int p = 0; p < kc; p++) {
                    int from = src + p * acs;
                    int to = base + p * w;
                    for (int v = 0; v < w; v += L) {
                        int o = Math.min(v, w - L);
                        DoubleVector.fromArray(S, a, from + o).intoArray(panel, to + o);
                    }
                }
                continue;
            }
            if (full == w) {
                // one value from each row per p, stored contiguously (for op(A) = A, w streams);
                // with 8 lanes and unit stride along p, 8 x 8 blocks transposed in registers
                // (rows 0-7 and w-8 .. w-1, overlapping when w = 12)
                int src = aOff + row0 * ars + p0 * acs;
                int p = 0;
                if (L == 8 && acs == 1 && w >= 8) {
                    for (; p + 8 <= kc; p += 8) {
                        transpose8(a, src + p, ars, panel, base + p * w, w);
                        if (w > 8) {
                            transpose8(a, src + (w - 8) * ars + p, ars, panel,
                                    base + p * w + w - 8, w);
                        }
                    }
                }
                for (; p < kc; p++) {
                    int to = base + p * w;
                    int from = src + p * acs;
                    for (int r = 0; r < w; r++) {
                        panel[to + r] = a[from + r * ars];
                    }
                }
                continue;
            }
            for (int r = 0; r < full; r++) {
                int src = aOff + (row0 + r) * ars + p0 * acs;
                for (int p = 0; p < kc; p++) {
                    panel[base + p * w + r] = a[src + p * acs];
                }
            }
            for (int r = full; r < w; r++) {
                for (int p = 0; p < kc; p++) {
                    panel[base + p * w + r] = 0.0;
                }
            }
        }
    }

    private static VectorShuffle<Double> swap(int h) {
        return VectorShuffle.fromOp(S, l -> l ^ h);
    }

    /**
     * Transposes an 8 x 8 block (L = 8): row r of the result, {@code dst[dstOff + r dstStride ..
     * + 8)}, is column r of {@code src[srcOff + q srcStride + c]} (q, c &lt; 8). Three rounds of
     * swapping off-diagonal blocks of 4, 2 and 1 lanes, each a lane permutation and a blend.
     */
    private static void transpose8(double[] src, int srcOff, int srcStride, double[] dst,
                                   int dstOff, int dstStride) {
        DoubleVector v0 = DoubleVector.fromArray(S, src, srcOff);
        DoubleVector v1 = DoubleVector.fromArray(S, src, srcOff + srcStride);
        DoubleVector v2 = DoubleVector.fromArray(S, src, srcOff + 2 * srcStride);
        DoubleVector v3 = DoubleVector.fromArray(S, src, srcOff + 3 * srcStride);
        DoubleVector v4 = DoubleVector.fromArray(S, src, srcOff + 4 * srcStride);
        DoubleVector v5 = DoubleVector.fromArray(S, src, srcOff + 5 * srcStride);
        DoubleVector v6 = DoubleVector.fromArray(S, src, srcOff + 6 * srcStride);
        DoubleVector v7 = DoubleVector.fromArray(S, src, srcOff + 7 * srcStride);
        // pair (x, y): x takes y's low lanes into its high ones, y takes x's high into its low
        DoubleVector t0 = v0.blend(v4.rearrange(SWAP4), HIGH4);
        DoubleVector t4 = v0.rearrange(SWAP4).blend(v4, HIGH4);
        DoubleVector t1 = v1.blend(v5.rearrange(SWAP4), HIGH4);
        DoubleVector t5 = v1.rearrange(SWAP4).blend(v5, HIGH4);
        DoubleVector t2 = v2.blend(v6.rearrange(SWAP4), HIGH4);
        DoubleVector t6 = v2.rearrange(SWAP4).blend(v6, HIGH4);
        DoubleVector t3 = v3.blend(v7.rearrange(SWAP4), HIGH4);
        DoubleVector t7 = v3.rearrange(SWAP4).blend(v7, HIGH4);
        v0 = t0.blend(t2.rearrange(SWAP2), HIGH2);
        v2 = t0.rearrange(SWAP2).blend(t2, HIGH2);
        v1 = t1.blend(t3.rearrange(SWAP2), HIGH2);
        v3 = t1.rearrange(SWAP2).blend(t3, HIGH2);
        v4 = t4.blend(t6.rearrange(SWAP2), HIGH2);
        v6 = t4.rearrange(SWAP2).blend(t6, HIGH2);
        v5 = t5.blend(t7.rearrange(SWAP2), HIGH2);
        v7 = t5.rearrange(SWAP2).blend(t7, HIGH2);
        v0.blend(v1.rearrange(SWAP1), HIGH1).intoArray(dst, dstOff);
        v0.rearrange(SWAP1).blend(v1, HIGH1).intoArray(dst, dstOff + dstStride);
        v2.blend(v3.rearrange(SWAP1), HIGH1).intoArray(dst, dstOff + 2 * dstStride);
        v2.rearrange(SWAP1).blend(v3, HIGH1).intoArray(dst, dstOff + 3 * dstStride);
        v4.blend(v5.rearrange(SWAP1), HIGH1).intoArray(dst, dstOff + 4 * dstStride);
        v4.rearrange(SWAP1).blend(v5, HIGH1).intoArray(dst, dstOff + 5 * dstStride);
        v6.blend(v7.rearrange(SWAP1), HIGH1).intoArray(dst, dstOff + 6 * dstStride);
        v6.rearrange(SWAP1).blend(v7, HIGH1).intoArray(dst, dstOff + 7 * dstStride);
    }

    /**
     * A tile at the bottom or right edge of C: the w-row kernel runs on a copy of the tile padded
     * to w x NR, and the valid part is copied back, so every element sees the same operations as
     * in a full tile.
     */
    private static void edgeTile(int w, double[] ap, int aBase, double[] bp, int bBase, int kc,
                                 double[] c, int ct, int ldc, int rows, int cols,
                                 double[] edge) {
        for (int r = 0; r < w; r++) {
            for (int jj = 0; jj < NR; jj++) {
                edge[r * NR + jj] = r < rows && jj < cols ? c[ct + r * ldc + jj] : 0.0;
            }
        }
        kernel(w, ap, aBase, bp, bBase, kc, edge, 0, NR);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(edge, r * NR, c, ct + r * ldc, cols);
        }
    }

    /** C[i0..i1)[j0..j1) += sum over p in [p0, p1) of A(i, p) * B[p][j], fused, p increasing. */
    private static void block(int i0, int i1, int j0, int j1, int p0, int p1,
                              double[] a, int aOff, int ars, int acs,
                              double[] b, int bOff, int ldb, double[] c, int cOff, int ldc) {
        int j = j0;
        for (; j + 2 * L <= j1; j += 2 * L) {
            int i = i0;
            for (; i + 4 <= i1; i += 4) {
                tile4x2(i, j, p0, p1, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
            }
            for (; i < i1; i++) {
                tile1x2(i, j, p0, p1, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
            }
        }
        for (; j + L <= j1; j += L) {
            for (int i = i0; i < i1; i++) {
                tile1x1(i, j, p0, p1, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
            }
        }
        for (; j < j1; j++) {
            for (int i = i0; i < i1; i++) {
                int ci = cOff + i * ldc + j;
                double s = c[ci];
                int ai = aOff + i * ars;
                for (int p = p0; p < p1; p++) {
                    s = Math.fma(a[ai + p * acs], b[bOff + p * ldb + j], s);
                }
                c[ci] = s;
            }
        }
    }

    /** The w-row register tile (w = 12, 8 or 4): C[w rows][2 vectors] += packed A times B. */
    private static void kernel(int w, double[] ap, int aBase, double[] bp, int bBase, int kc,
                               double[] c, int c0, int ldc) {
        if (w == 12) {
            kernel12x2(ap, aBase, bp, bBase, kc, c, c0, ldc);
        } else if (w == 8) {
            kernel8x2(ap, aBase, bp, bBase, kc, c, c0, ldc);
        } else {
            kernel4x2(ap, aBase, bp, bBase, kc, c, c0, ldc);
        }
    }

    /**
     * The register tile: C[12 rows][2 vectors] += packed A (12 values per p) times packed B
     * (2 vectors per p) over kc values of p, fused multiply-add in increasing p; the
     * 24 accumulators stay in registers for the whole k block.
     */
    private static void kernel12x2(double[] ap, int aBase, double[] bp, int bBase, int kc,
                                   double[] c, int c0, int ldc) {
        int r0 = c0;
        int r1 = c0 + ldc;
        int r2 = c0 + 2 * ldc;
        int r3 = c0 + 3 * ldc;
        int r4 = c0 + 4 * ldc;
        int r5 = c0 + 5 * ldc;
        int r6 = c0 + 6 * ldc;
        int r7 = c0 + 7 * ldc;
        int r8 = c0 + 8 * ldc;
        int r9 = c0 + 9 * ldc;
        int r10 = c0 + 10 * ldc;
        int r11 = c0 + 11 * ldc;
        DoubleVector s00 = DoubleVector.fromArray(S, c, r0);
        DoubleVector s01 = DoubleVector.fromArray(S, c, r0 + L);
        DoubleVector s10 = DoubleVector.fromArray(S, c, r1);
        DoubleVector s11 = DoubleVector.fromArray(S, c, r1 + L);
        DoubleVector s20 = DoubleVector.fromArray(S, c, r2);
        DoubleVector s21 = DoubleVector.fromArray(S, c, r2 + L);
        DoubleVector s30 = DoubleVector.fromArray(S, c, r3);
        DoubleVector s31 = DoubleVector.fromArray(S, c, r3 + L);
        DoubleVector s40 = DoubleVector.fromArray(S, c, r4);
        DoubleVector s41 = DoubleVector.fromArray(S, c, r4 + L);
        DoubleVector s50 = DoubleVector.fromArray(S, c, r5);
        DoubleVector s51 = DoubleVector.fromArray(S, c, r5 + L);
        DoubleVector s60 = DoubleVector.fromArray(S, c, r6);
        DoubleVector s61 = DoubleVector.fromArray(S, c, r6 + L);
        DoubleVector s70 = DoubleVector.fromArray(S, c, r7);
        DoubleVector s71 = DoubleVector.fromArray(S, c, r7 + L);
        DoubleVector s80 = DoubleVector.fromArray(S, c, r8);
        DoubleVector s81 = DoubleVector.fromArray(S, c, r8 + L);
        DoubleVector s90 = DoubleVector.fromArray(S, c, r9);
        DoubleVector s91 = DoubleVector.fromArray(S, c, r9 + L);
        DoubleVector s100 = DoubleVector.fromArray(S, c, r10);
        DoubleVector s101 = DoubleVector.fromArray(S, c, r10 + L);
        DoubleVector s110 = DoubleVector.fromArray(S, c, r11);
        DoubleVector s111 = DoubleVector.fromArray(S, c, r11 + L);
        for (int p = 0; p < kc; p++) {
            int bi = bBase + p * NR;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + L);
            int ai = aBase + p * 12;
            DoubleVector a0 = DoubleVector.broadcast(S, ap[ai]);
            s00 = a0.fma(b0, s00);
            s01 = a0.fma(b1, s01);
            DoubleVector a1 = DoubleVector.broadcast(S, ap[ai + 1]);
            s10 = a1.fma(b0, s10);
            s11 = a1.fma(b1, s11);
            DoubleVector a2 = DoubleVector.broadcast(S, ap[ai + 2]);
            s20 = a2.fma(b0, s20);
            s21 = a2.fma(b1, s21);
            DoubleVector a3 = DoubleVector.broadcast(S, ap[ai + 3]);
            s30 = a3.fma(b0, s30);
            s31 = a3.fma(b1, s31);
            DoubleVector a4 = DoubleVector.broadcast(S, ap[ai + 4]);
            s40 = a4.fma(b0, s40);
            s41 = a4.fma(b1, s41);
            DoubleVector a5 = DoubleVector.broadcast(S, ap[ai + 5]);
            s50 = a5.fma(b0, s50);
            s51 = a5.fma(b1, s51);
            DoubleVector a6 = DoubleVector.broadcast(S, ap[ai + 6]);
            s60 = a6.fma(b0, s60);
            s61 = a6.fma(b1, s61);
            DoubleVector a7 = DoubleVector.broadcast(S, ap[ai + 7]);
            s70 = a7.fma(b0, s70);
            s71 = a7.fma(b1, s71);
            DoubleVector a8 = DoubleVector.broadcast(S, ap[ai + 8]);
            s80 = a8.fma(b0, s80);
            s81 = a8.fma(b1, s81);
            DoubleVector a9 = DoubleVector.broadcast(S, ap[ai + 9]);
            s90 = a9.fma(b0, s90);
            s91 = a9.fma(b1, s91);
            DoubleVector a10 = DoubleVector.broadcast(S, ap[ai + 10]);
            s100 = a10.fma(b0, s100);
            s101 = a10.fma(b1, s101);
            DoubleVector a11 = DoubleVector.broadcast(S, ap[ai + 11]);
            s110 = a11.fma(b0, s110);
            s111 = a11.fma(b1, s111);
        }
        s00.intoArray(c, r0);
        s01.intoArray(c, r0 + L);
        s10.intoArray(c, r1);
        s11.intoArray(c, r1 + L);
        s20.intoArray(c, r2);
        s21.intoArray(c, r2 + L);
        s30.intoArray(c, r3);
        s31.intoArray(c, r3 + L);
        s40.intoArray(c, r4);
        s41.intoArray(c, r4 + L);
        s50.intoArray(c, r5);
        s51.intoArray(c, r5 + L);
        s60.intoArray(c, r6);
        s61.intoArray(c, r6 + L);
        s70.intoArray(c, r7);
        s71.intoArray(c, r7 + L);
        s80.intoArray(c, r8);
        s81.intoArray(c, r8 + L);
        s90.intoArray(c, r9);
        s91.intoArray(c, r9 + L);
        s100.intoArray(c, r10);
        s101.intoArray(c, r10 + L);
        s110.intoArray(c, r11);
        s111.intoArray(c, r11 + L);
    }


    /**
     * The register tile: C[8 rows][2 vectors] += packed A (8 values per p) times packed B
     * (2 vectors per p) over kc values of p, fused multiply-add in increasing p; the
     * 16 accumulators stay in registers for the whole k block.
     */
    private static void kernel8x2(double[] ap, int aBase, double[] bp, int bBase, int kc,
                                  double[] c, int c0, int ldc) {
        int r0 = c0;
        int r1 = c0 + ldc;
        int r2 = c0 + 2 * ldc;
        int r3 = c0 + 3 * ldc;
        int r4 = c0 + 4 * ldc;
        int r5 = c0 + 5 * ldc;
        int r6 = c0 + 6 * ldc;
        int r7 = c0 + 7 * ldc;
        DoubleVector s00 = DoubleVector.fromArray(S, c, r0);
        DoubleVector s01 = DoubleVector.fromArray(S, c, r0 + L);
        DoubleVector s10 = DoubleVector.fromArray(S, c, r1);
        DoubleVector s11 = DoubleVector.fromArray(S, c, r1 + L);
        DoubleVector s20 = DoubleVector.fromArray(S, c, r2);
        DoubleVector s21 = DoubleVector.fromArray(S, c, r2 + L);
        DoubleVector s30 = DoubleVector.fromArray(S, c, r3);
        DoubleVector s31 = DoubleVector.fromArray(S, c, r3 + L);
        DoubleVector s40 = DoubleVector.fromArray(S, c, r4);
        DoubleVector s41 = DoubleVector.fromArray(S, c, r4 + L);
        DoubleVector s50 = DoubleVector.fromArray(S, c, r5);
        DoubleVector s51 = DoubleVector.fromArray(S, c, r5 + L);
        DoubleVector s60 = DoubleVector.fromArray(S, c, r6);
        DoubleVector s61 = DoubleVector.fromArray(S, c, r6 + L);
        DoubleVector s70 = DoubleVector.fromArray(S, c, r7);
        DoubleVector s71 = DoubleVector.fromArray(S, c, r7 + L);
        for (int p = 0; p < kc; p++) {
            int bi = bBase + p * NR;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + L);
            int ai = aBase + p * 8;
            DoubleVector a0 = DoubleVector.broadcast(S, ap[ai]);
            s00 = a0.fma(b0, s00);
            s01 = a0.fma(b1, s01);
            DoubleVector a1 = DoubleVector.broadcast(S, ap[ai + 1]);
            s10 = a1.fma(b0, s10);
            s11 = a1.fma(b1, s11);
            DoubleVector a2 = DoubleVector.broadcast(S, ap[ai + 2]);
            s20 = a2.fma(b0, s20);
            s21 = a2.fma(b1, s21);
            DoubleVector a3 = DoubleVector.broadcast(S, ap[ai + 3]);
            s30 = a3.fma(b0, s30);
            s31 = a3.fma(b1, s31);
            DoubleVector a4 = DoubleVector.broadcast(S, ap[ai + 4]);
            s40 = a4.fma(b0, s40);
            s41 = a4.fma(b1, s41);
            DoubleVector a5 = DoubleVector.broadcast(S, ap[ai + 5]);
            s50 = a5.fma(b0, s50);
            s51 = a5.fma(b1, s51);
            DoubleVector a6 = DoubleVector.broadcast(S, ap[ai + 6]);
            s60 = a6.fma(b0, s60);
            s61 = a6.fma(b1, s61);
            DoubleVector a7 = DoubleVector.broadcast(S, ap[ai + 7]);
            s70 = a7.fma(b0, s70);
            s71 = a7.fma(b1, s71);
        }
        s00.intoArray(c, r0);
        s01.intoArray(c, r0 + L);
        s10.intoArray(c, r1);
        s11.intoArray(c, r1 + L);
        s20.intoArray(c, r2);
        s21.intoArray(c, r2 + L);
        s30.intoArray(c, r3);
        s31.intoArray(c, r3 + L);
        s40.intoArray(c, r4);
        s41.intoArray(c, r4 + L);
        s50.intoArray(c, r5);
        s51.intoArray(c, r5 + L);
        s60.intoArray(c, r6);
        s61.intoArray(c, r6 + L);
        s70.intoArray(c, r7);
        s71.intoArray(c, r7 + L);
    }


    /**
     * The register tile: C[4 rows][2 vectors] += packed A (4 values per p) times packed B
     * (2 vectors per p) over kc values of p, fused multiply-add in increasing p; the
     * 8 accumulators stay in registers for the whole k block.
     */
    private static void kernel4x2(double[] ap, int aBase, double[] bp, int bBase, int kc,
                                   double[] c, int c0, int ldc) {
        int r0 = c0;
        int r1 = c0 + ldc;
        int r2 = c0 + 2 * ldc;
        int r3 = c0 + 3 * ldc;
        DoubleVector s00 = DoubleVector.fromArray(S, c, r0);
        DoubleVector s01 = DoubleVector.fromArray(S, c, r0 + L);
        DoubleVector s10 = DoubleVector.fromArray(S, c, r1);
        DoubleVector s11 = DoubleVector.fromArray(S, c, r1 + L);
        DoubleVector s20 = DoubleVector.fromArray(S, c, r2);
        DoubleVector s21 = DoubleVector.fromArray(S, c, r2 + L);
        DoubleVector s30 = DoubleVector.fromArray(S, c, r3);
        DoubleVector s31 = DoubleVector.fromArray(S, c, r3 + L);
        for (int p = 0; p < kc; p++) {
            int bi = bBase + p * NR;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + L);
            int ai = aBase + p * 4;
            DoubleVector a0 = DoubleVector.broadcast(S, ap[ai]);
            s00 = a0.fma(b0, s00);
            s01 = a0.fma(b1, s01);
            DoubleVector a1 = DoubleVector.broadcast(S, ap[ai + 1]);
            s10 = a1.fma(b0, s10);
            s11 = a1.fma(b1, s11);
            DoubleVector a2 = DoubleVector.broadcast(S, ap[ai + 2]);
            s20 = a2.fma(b0, s20);
            s21 = a2.fma(b1, s21);
            DoubleVector a3 = DoubleVector.broadcast(S, ap[ai + 3]);
            s30 = a3.fma(b0, s30);
            s31 = a3.fma(b1, s31);
        }
        s00.intoArray(c, r0);
        s01.intoArray(c, r0 + L);
        s10.intoArray(c, r1);
        s11.intoArray(c, r1 + L);
        s20.intoArray(c, r2);
        s21.intoArray(c, r2 + L);
        s30.intoArray(c, r3);
        s31.intoArray(c, r3 + L);
    }


    private static void tile4x2(int i, int j, int p0, int p1, double[] a, int aOff, int ars,
                                int acs, double[] b, int bOff, int ldb, double[] c, int cOff,
                                int ldc) {
        int c0 = cOff + i * ldc + j;
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        DoubleVector s00 = DoubleVector.fromArray(S, c, c0);
        DoubleVector s01 = DoubleVector.fromArray(S, c, c0 + L);
        DoubleVector s10 = DoubleVector.fromArray(S, c, c1);
        DoubleVector s11 = DoubleVector.fromArray(S, c, c1 + L);
        DoubleVector s20 = DoubleVector.fromArray(S, c, c2);
        DoubleVector s21 = DoubleVector.fromArray(S, c, c2 + L);
        DoubleVector s30 = DoubleVector.fromArray(S, c, c3);
        DoubleVector s31 = DoubleVector.fromArray(S, c, c3 + L);
        int ai = aOff + i * ars;
        for (int p = p0; p < p1; p++) {
            int bp = bOff + p * ldb + j;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bp + L);
            int ap = ai + p * acs;
            DoubleVector av = DoubleVector.broadcast(S, a[ap]);
            s00 = av.fma(b0, s00);
            s01 = av.fma(b1, s01);
            av = DoubleVector.broadcast(S, a[ap + ars]);
            s10 = av.fma(b0, s10);
            s11 = av.fma(b1, s11);
            av = DoubleVector.broadcast(S, a[ap + 2 * ars]);
            s20 = av.fma(b0, s20);
            s21 = av.fma(b1, s21);
            av = DoubleVector.broadcast(S, a[ap + 3 * ars]);
            s30 = av.fma(b0, s30);
            s31 = av.fma(b1, s31);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + L);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + L);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + L);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + L);
    }

    private static void tile1x2(int i, int j, int p0, int p1, double[] a, int aOff, int ars,
                                int acs, double[] b, int bOff, int ldb, double[] c, int cOff,
                                int ldc) {
        int c0 = cOff + i * ldc + j;
        DoubleVector s0 = DoubleVector.fromArray(S, c, c0);
        DoubleVector s1 = DoubleVector.fromArray(S, c, c0 + L);
        int ai = aOff + i * ars;
        for (int p = p0; p < p1; p++) {
            int bp = bOff + p * ldb + j;
            DoubleVector av = DoubleVector.broadcast(S, a[ai + p * acs]);
            s0 = av.fma(DoubleVector.fromArray(S, b, bp), s0);
            s1 = av.fma(DoubleVector.fromArray(S, b, bp + L), s1);
        }
        s0.intoArray(c, c0);
        s1.intoArray(c, c0 + L);
    }

    private static void tile1x1(int i, int j, int p0, int p1, double[] a, int aOff, int ars,
                                int acs, double[] b, int bOff, int ldb, double[] c, int cOff,
                                int ldc) {
        int c0 = cOff + i * ldc + j;
        DoubleVector s0 = DoubleVector.fromArray(S, c, c0);
        int ai = aOff + i * ars;
        for (int p = p0; p < p1; p++) {
            DoubleVector av = DoubleVector.broadcast(S, a[ai + p * acs]);
            s0 = av.fma(DoubleVector.fromArray(S, b, bOff + p * ldb + j), s0);
        }
        s0.intoArray(c, c0);
    }

    // ------------------------------------------------------------------ one dense layer, one row

    /**
     * The axpy form \( y \mathrel{+}= x_p W_{\cdot p} \) over the inputs that
     * {@link DenseRowWeights#used} marks (the nonzero ones when the weights are finite), one block
     * of 64 inputs at a time, with the accumulators in registers over the block: tiles of eight
     * vectors (eight independent fused multiply-add chains, enough to hide the latency) in
     * increasing p, then pairs of vectors and single vectors with four partial sums each (the
     * used inputs in turn, input i to sum i mod 4; a narrow output layer would otherwise wait on
     * one chain per vector), as far as the rows of w and y hold whole vectors
     * ({@link #denseRowWeights} pads the rows); columns past that one at a time with
     * {@link Math#fma} in increasing p (one chain through all blocks). y starts at 0 and the tiles
     * add each block's sums to it; no vector crosses a method boundary (JDK 17 would allocate it
     * where a call is not inlined). No masks: masked loads and stores are slow, and on some JDKs not compiled
     * to vector instructions at all. Then the bias and activation pass.
     */
    @Override
    public double[] denseRow(double[] x, int xOff, DenseRowWeights w, double[] bias,
                             KernelActivation act, double[] y) {
        DenseRowWeights.checked(x, xOff, w, bias, act, y);
        int n = w.units();
        int k = w.inputs();
        double[][] rows = w.rows();
        int whole = Math.min(w.width(), y.length);
        Arrays.fill(y, 0, Math.max(n, whole), 0.0);
        int base = 0;
        do {
            long m = k == 0 ? 0L : w.used(x, xOff, base, Math.min(64, k - base));
            int from = xOff + base;
            int j = 0;
            for (; j + 8 * L <= n; j += 8 * L) {
                rowTile8(j, m, x, from, rows, base, y);
            }
            for (; j < n && j + 2 * L <= whole; j += 2 * L) {
                rowTile2(j, m, x, from, rows, base, y);
            }
            for (; j < n && j + L <= whole; j += L) {
                rowTile1(j, m, x, from, rows, base, y);
            }
            for (; j < n; j++) {
                double s = y[j];
                for (long r = m; r != 0; r &= r - 1) {
                    int p = Long.numberOfTrailingZeros(r);
                    s = Math.fma(x[from + p], rows[base + p][j], s);
                }
                y[j] = s;
            }
            base += 64;
        } while (base < k);
        return biasActivation(1, n, y, 0, bias, 0, act, y, 0);
    }

    @Override
    public DenseRowWeights denseRowWeights(int n, int k, double[] w) {
        return new DenseRowWeights(n, k, w, n < 0 ? n : S.loopBound(n + L - 1));
    }

    /**
     * Eight vectors of y (columns j .. j + 8L) over the used inputs {@code m} of the block whose
     * first input is {@code x[from]} and row {@code w[base]}, each one chain in increasing p,
     * added to y.
     */
    private static void rowTile8(int j, long m, double[] x, int from, double[][] w,
                                 int base, double[] y) {
        DoubleVector s0 = DoubleVector.zero(S);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        DoubleVector s4 = s0;
        DoubleVector s5 = s0;
        DoubleVector s6 = s0;
        DoubleVector s7 = s0;
        for (long r = m; r != 0; r &= r - 1) {
            int p = Long.numberOfTrailingZeros(r);
            double[] wp = w[base + p];
            DoubleVector xp = DoubleVector.broadcast(S, x[from + p]);
            s0 = xp.fma(DoubleVector.fromArray(S, wp, j), s0);
            s1 = xp.fma(DoubleVector.fromArray(S, wp, j + L), s1);
            s2 = xp.fma(DoubleVector.fromArray(S, wp, j + 2 * L), s2);
            s3 = xp.fma(DoubleVector.fromArray(S, wp, j + 3 * L), s3);
            s4 = xp.fma(DoubleVector.fromArray(S, wp, j + 4 * L), s4);
            s5 = xp.fma(DoubleVector.fromArray(S, wp, j + 5 * L), s5);
            s6 = xp.fma(DoubleVector.fromArray(S, wp, j + 6 * L), s6);
            s7 = xp.fma(DoubleVector.fromArray(S, wp, j + 7 * L), s7);
        }
        DoubleVector.fromArray(S, y, j).add(s0).intoArray(y, j);
        DoubleVector.fromArray(S, y, j + L).add(s1).intoArray(y, j + L);
        DoubleVector.fromArray(S, y, j + 2 * L).add(s2).intoArray(y, j + 2 * L);
        DoubleVector.fromArray(S, y, j + 3 * L).add(s3).intoArray(y, j + 3 * L);
        DoubleVector.fromArray(S, y, j + 4 * L).add(s4).intoArray(y, j + 4 * L);
        DoubleVector.fromArray(S, y, j + 5 * L).add(s5).intoArray(y, j + 5 * L);
        DoubleVector.fromArray(S, y, j + 6 * L).add(s6).intoArray(y, j + 6 * L);
        DoubleVector.fromArray(S, y, j + 7 * L).add(s7).intoArray(y, j + 7 * L);
    }

    /**
     * Two vectors of y (columns j .. j + 2L) over the used inputs {@code m} of a block, each the
     * sum of four partial sums that take the used inputs in turn (the accumulators rotate, so the
     * i-th goes to sum i mod 4 without a branch), added as (s0 + s1) + (s2 + s3), then to y.
     */
    private static void rowTile2(int j, long m, double[] x, int from, double[][] w,
                                 int base, double[] y) {
        DoubleVector a0 = DoubleVector.zero(S);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        DoubleVector b0 = a0;
        DoubleVector b1 = a0;
        DoubleVector b2 = a0;
        DoubleVector b3 = a0;
        int jb = j + L;
        for (long r = m; r != 0; r &= r - 1) {
            int p = Long.numberOfTrailingZeros(r);
            double[] wp = w[base + p];
            DoubleVector xp = DoubleVector.broadcast(S, x[from + p]);
            DoubleVector a = xp.fma(DoubleVector.fromArray(S, wp, j), a0);
            DoubleVector b = xp.fma(DoubleVector.fromArray(S, wp, jb), b0);
            a0 = a1;
            a1 = a2;
            a2 = a3;
            a3 = a;
            b0 = b1;
            b1 = b2;
            b2 = b3;
            b3 = b;
        }
        DoubleVector.fromArray(S, y, j).add(a0.add(a1).add(a2.add(a3))).intoArray(y, j);
        DoubleVector.fromArray(S, y, jb).add(b0.add(b1).add(b2.add(b3))).intoArray(y, jb);
    }

    /** One vector of y, four rotating partial sums as in {@link #rowTile2}. */
    private static void rowTile1(int j, long m, double[] x, int from, double[][] w,
                                 int base, double[] y) {
        DoubleVector a0 = DoubleVector.zero(S);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        for (long r = m; r != 0; r &= r - 1) {
            int p = Long.numberOfTrailingZeros(r);
            DoubleVector a = DoubleVector.broadcast(S, x[from + p])
                    .fma(DoubleVector.fromArray(S, w[base + p], j), a0);
            a0 = a1;
            a1 = a2;
            a2 = a3;
            a3 = a;
        }
        DoubleVector.fromArray(S, y, j).add(a0.add(a1).add(a2.add(a3))).intoArray(y, j);
    }

    // ------------------------------------------------------------------ pointwise and rows

    @Override
    public double[] biasActivation(int rows, int cols, double[] z, int zOff, double[] bias,
                                   int biasOff, KernelActivation act, double[] out, int outOff) {
        out = KernelSupport.output(out, outOff, rows, cols, "out");
        Gemm.checkMatrix(z, "z", zOff, rows, cols, cols);
        if (bias != null) {
            Gemm.checkVector(bias, "bias", biasOff, cols);
        }
        int bound = S.loopBound(cols);
        DoubleVector zero = DoubleVector.zero(S);
        for (int r = 0; r < rows; r++) {
            int zr = zOff + r * cols;
            int or = outOff + r * cols;
            int j = 0;
            for (; j < bound; j += L) {
                DoubleVector v = DoubleVector.fromArray(S, z, zr + j);
                if (bias != null) {
                    v = v.add(DoubleVector.fromArray(S, bias, biasOff + j));
                }
                switch (act) {
                    case RELU:
                        v = v.max(zero);
                        break;
                    case SIGMOID:
                    case TANH:
                        break; // applied with Math below
                    case LEAKY_RELU:
                        v = v.mul(KernelActivation.LEAKY_SLOPE)
                                .blend(v, v.compare(VectorOperators.GT, 0.0));
                        break;
                    default:
                        break;
                }
                v.intoArray(out, or + j);
            }
            if (act == KernelActivation.SIGMOID || act == KernelActivation.TANH) {
                for (int jj = 0; jj < j; jj++) {
                    out[or + jj] = act.apply(out[or + jj]);
                }
            }
            for (; j < cols; j++) {
                double v = z[zr + j];
                if (bias != null) {
                    v += bias[biasOff + j];
                }
                out[or + j] = act.apply(v);
            }
        }
        return out;
    }

    @Override
    public double[] activationBackward(KernelActivation act, int len, double[] y, int yOff,
                                       double[] g, int gOff, double[] out, int outOff) {
        out = KernelSupport.output(out, outOff, 1, len, "out");
        Gemm.checkVector(y, "y", yOff, len);
        Gemm.checkVector(g, "g", gOff, len);
        int bound = S.loopBound(len);
        DoubleVector zero = DoubleVector.zero(S);
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        int i = 0;
        for (; i < bound; i += L) {
            DoubleVector yv = DoubleVector.fromArray(S, y, yOff + i);
            DoubleVector gv = DoubleVector.fromArray(S, g, gOff + i);
            DoubleVector r;
            switch (act) {
                case RELU:
                    r = zero.blend(gv, yv.compare(VectorOperators.GT, 0.0));
                    break;
                case SIGMOID:
                    r = gv.mul(yv.mul(one.sub(yv)));
                    break;
                case TANH:
                    r = gv.mul(one.sub(yv.mul(yv)));
                    break;
                case LEAKY_RELU:
                    r = gv.mul(KernelActivation.LEAKY_SLOPE)
                            .blend(gv, yv.compare(VectorOperators.GT, 0.0));
                    break;
                default:
                    r = gv;
                    break;
            }
            r.intoArray(out, outOff + i);
        }
        for (; i < len; i++) {
            double v = y[yOff + i];
            double gi = g[gOff + i];
            switch (act) {
                case RELU:
                    out[outOff + i] = v > 0 ? gi : 0.0;
                    break;
                case SIGMOID:
                    out[outOff + i] = gi * (v * (1.0 - v));
                    break;
                case TANH:
                    out[outOff + i] = gi * (1.0 - v * v);
                    break;
                case LEAKY_RELU:
                    out[outOff + i] = v > 0 ? gi : gi * KernelActivation.LEAKY_SLOPE;
                    break;
                default:
                    out[outOff + i] = gi;
                    break;
            }
        }
        return out;
    }

    @Override
    public double[] columnSums(int rows, int cols, double[] x, int xOff, double[] out,
                               int outOff) {
        out = KernelSupport.output(out, outOff, 1, cols, "out");
        Gemm.checkMatrix(x, "x", xOff, rows, cols, cols);
        for (int j = 0; j < cols; j++) {
            out[outOff + j] = 0.0;
        }
        int bound = S.loopBound(cols);
        for (int r = 0; r < rows; r++) {
            int xr = xOff + r * cols;
            int j = 0;
            for (; j < bound; j += L) {
                DoubleVector.fromArray(S, out, outOff + j)
                        .add(DoubleVector.fromArray(S, x, xr + j))
                        .intoArray(out, outOff + j);
            }
            for (; j < cols; j++) {
                out[outOff + j] += x[xr + j];
            }
        }
        return out;
    }

    /** Row maximum; NaN if the row has NaN. */
    private static double rowMax(double[] x, int from, int len) {
        int bound = S.loopBound(len);
        double m = Double.NEGATIVE_INFINITY;
        int j = 0;
        if (bound > 0) {
            DoubleVector mv = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
            for (; j < bound; j += L) {
                mv = mv.max(DoubleVector.fromArray(S, x, from + j));
            }
            m = mv.reduceLanes(VectorOperators.MAX);
        }
        for (; j < len; j++) {
            m = Math.max(m, x[from + j]);
        }
        return m;
    }

    /**
     * Sum of exp(x - m) over a row in order, optionally storing the exponentials ({@link Math#exp}:
     * the same bits whether or not the JIT has compiled the caller).
     */
    private static double sumExp(double[] x, int from, int len, double m, double[] out,
                                 int outFrom) {
        double s = 0.0;
        for (int j = 0; j < len; j++) {
            double e = Math.exp(x[from + j] - m);
            if (out != null) {
                out[outFrom + j] = e;
            }
            s += e;
        }
        return s;
    }

    private static double logSumExp(double[] x, int from, int len) {
        double m = rowMax(x, from, len);
        if (m == Double.NEGATIVE_INFINITY || m == Double.POSITIVE_INFINITY || m != m) {
            return m;
        }
        return m + Math.log(sumExp(x, from, len, m, null, 0));
    }

    @Override
    public double[] softmaxRows(int rows, int cols, double[] x, int xOff, double[] out,
                                int outOff) {
        return KernelSupport.rowwise(rows, cols, x, xOff, out, outOff, VectorKernelOps::softmaxRow);
    }

    @Override
    public double[] logSoftmaxRows(int rows, int cols, double[] x, int xOff, double[] out,
                                   int outOff) {
        return KernelSupport.rowwise(rows, cols, x, xOff, out, outOff, VectorKernelOps::logSoftmaxRow);
    }

    /** Row softmax \( e^{x_j - m} / \sum_k e^{x_k - m} \), \( m = \max_k x_k \), of one row. */
    private static void softmaxRow(double[] x, int xr, int cols, double[] out, int or) {
        int bound = S.loopBound(cols);
        double m = rowMax(x, xr, cols);
        if (m == Double.POSITIVE_INFINITY || m == Double.NEGATIVE_INFINITY) {
            KernelSupport.softmaxInfiniteRow(x, xr, cols, m, out, or);
            return;
        }
        double inv = 1.0 / sumExp(x, xr, cols, m, out, or);
        DoubleVector iv = DoubleVector.broadcast(S, inv);
        int j = 0;
        for (; j < bound; j += L) {
            DoubleVector.fromArray(S, out, or + j).mul(iv).intoArray(out, or + j);
        }
        for (; j < cols; j++) {
            out[or + j] *= inv;
        }
    }

    @Override
    public void softmaxRowsWithLogSumExp(int rows, int cols, double[] x, int xOff, double[] out,
                                         int outOff, double[] lse, int lseOff) {
        ScalarKernelOps.softmaxWithLogSumExp(rows, cols, x, xOff, out, outOff, lse, lseOff);
    }

    /** Row log-softmax \( x_j - \log \sum_k e^{x_k} \) of one row. */
    private static void logSoftmaxRow(double[] x, int xr, int cols, double[] out, int or) {
        int bound = S.loopBound(cols);
        double lse = logSumExp(x, xr, cols);
        DoubleVector lv = DoubleVector.broadcast(S, lse);
        int j = 0;
        for (; j < bound; j += L) {
            DoubleVector.fromArray(S, x, xr + j).sub(lv).intoArray(out, or + j);
        }
        for (; j < cols; j++) {
            out[or + j] = x[xr + j] - lse;
        }
    }

    // ------------------------------------------------------------------ reductions

    @Override
    public double sumRelEntr(int len, double[] p, int pOff, double[] q, int qOff) {
        Gemm.checkVector(p, "p", pOff, len);
        Gemm.checkVector(q, "q", qOff, len);
        DoubleVector acc = DoubleVector.zero(S);
        double special = 0.0;
        int bound = S.loopBound(len);
        int i = 0;
        for (; i < bound; i += L) {
            DoubleVector pv = DoubleVector.fromArray(S, p, pOff + i);
            DoubleVector qv = DoubleVector.fromArray(S, q, qOff + i);
            VectorMask<Double> pos = pv.compare(VectorOperators.GT, 0.0)
                    .and(qv.compare(VectorOperators.GT, 0.0));
            if (pos.allTrue()) {
                acc = acc.add(pv.mul(pv.div(qv).lanewise(VectorOperators.LOG)));
            } else {
                for (int l = 0; l < L; l++) {
                    special += ScalarKernelOps.relEntr(p[pOff + i + l], q[qOff + i + l]);
                }
            }
        }
        double s = acc.reduceLanes(VectorOperators.ADD) + special;
        for (; i < len; i++) {
            s += ScalarKernelOps.relEntr(p[pOff + i], q[qOff + i]);
        }
        return s;
    }

    @Override
    public double sumXLogX(int len, double[] p, int pOff) {
        Gemm.checkVector(p, "p", pOff, len);
        DoubleVector acc = DoubleVector.zero(S);
        double special = 0.0;
        int bound = S.loopBound(len);
        int i = 0;
        for (; i < bound; i += L) {
            DoubleVector pv = DoubleVector.fromArray(S, p, pOff + i);
            if (pv.compare(VectorOperators.GT, 0.0).allTrue()) {
                acc = acc.add(pv.mul(pv.lanewise(VectorOperators.LOG)));
            } else {
                for (int l = 0; l < L; l++) {
                    special += ScalarKernelOps.xLogX(p[pOff + i + l]);
                }
            }
        }
        double s = acc.reduceLanes(VectorOperators.ADD) + special;
        for (; i < len; i++) {
            s += ScalarKernelOps.xLogX(p[pOff + i]);
        }
        return s;
    }

    @Override
    public double sumUnitInterval(int len, double[] x, int off) {
        Gemm.checkVector(x, "x", off, len);
        // min and max propagate NaN (Math.min / Math.max semantics), so one test at the end
        // rejects NaN and values outside [0, 1]
        DoubleVector s0 = DoubleVector.zero(S);
        DoubleVector s1 = DoubleVector.zero(S);
        DoubleVector lo = DoubleVector.zero(S);
        DoubleVector hi = DoubleVector.zero(S);
        int i = 0;
        for (; i + 2 * L <= len; i += 2 * L) {
            DoubleVector a = DoubleVector.fromArray(S, x, off + i);
            DoubleVector b = DoubleVector.fromArray(S, x, off + i + L);
            s0 = s0.add(a);
            s1 = s1.add(b);
            lo = lo.min(a.min(b));
            hi = hi.max(a.max(b));
        }
        double min = lo.reduceLanes(VectorOperators.MIN);
        double max = hi.reduceLanes(VectorOperators.MAX);
        double s = s0.add(s1).reduceLanes(VectorOperators.ADD);
        for (; i < len; i++) {
            double a = x[off + i];
            min = Math.min(min, a);
            max = Math.max(max, a);
            s += a;
        }
        return min >= 0 && max <= 1 ? s : Double.NaN;
    }

    @Override
    public double sumAbsDiff(int len, double[] p, int pOff, double[] q, int qOff) {
        Gemm.checkVector(p, "p", pOff, len);
        Gemm.checkVector(q, "q", qOff, len);
        DoubleVector s0 = DoubleVector.zero(S);
        DoubleVector s1 = DoubleVector.zero(S);
        int i = 0;
        for (; i + 2 * L <= len; i += 2 * L) {
            s0 = s0.add(DoubleVector.fromArray(S, p, pOff + i)
                    .sub(DoubleVector.fromArray(S, q, qOff + i)).abs());
            s1 = s1.add(DoubleVector.fromArray(S, p, pOff + i + L)
                    .sub(DoubleVector.fromArray(S, q, qOff + i + L)).abs());
        }
        double s = s0.add(s1).reduceLanes(VectorOperators.ADD);
        for (; i < len; i++) {
            s += Math.abs(p[pOff + i] - q[qOff + i]);
        }
        return s;
    }
}
