package dev.statlearn.core.internal.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API ({@code jdk.incubator.vector}) implementation, compiled separately with
 * {@code --add-modules jdk.incubator.vector} and loaded reflectively by {@link Kernels} only when
 * the running JVM has that module.
 *
 * <p>Products: a {@value #MR}-row by 2-vector register tile (8 accumulators kept in registers
 * across the whole \( k \) block), blocked over \( k \) ({@value #KC}), \( n \) ({@value #NC})
 * and \( m \) ({@value #MC}); as in GotoBLAS / BLIS, each block of {@code op(B)} is packed
 * (transposed for \( A B^T \)) into contiguous micro-panels two vectors wide, and each block of
 * {@code op(A)} into micro-panels of {@value #MR} rows stored column by column, both in per-thread
 * buffers. The kernel then reads both with constant strides, so the JIT removes every bounds check
 * from its loop (packing A doubled the throughput on AVX2). Every element of
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
    static final int KC = 128;
    static final int NC = 256;
    /** Fewer rows than this: no packing (A·B), as packing would cost as much as the product. */
    static final int PACK_MIN_ROWS = 4;

    /** Rows of the register tile (packed A micro-panels are MR rows wide). */
    static final int MR = 4;
    /** Rows of A packed at a time (a multiple of MR). */
    static final int MC = 96;

    /** Per-thread packing buffers for a block of op(B) and a block of op(A). */
    private static final class Scratch {
        final double[] b = new double[KC * NC];
        final double[] a = new double[MC * KC];
        final double[] edge = new double[MR * 2 * L];
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
        Scratch scratch = SCRATCH.get();
        double[] panel = scratch.b;
        double[] apanel = scratch.a;
        double[] edge = scratch.edge;
        int nr = 2 * L;
        for (int p0 = 0; p0 < k; p0 += KC) {
            int p1 = Math.min(k, p0 + KC);
            int kc = p1 - p0;
            for (int j0 = 0; j0 < n; j0 += NC) {
                int j1 = Math.min(n, j0 + NC);
                int width = j1 - j0;
                // micro-panels: tile t holds op(B)[p0..p1)[j0 + t nr .. + nr) row by row,
                // contiguous, so the kernel streams it from L1 without cache-set conflicts; the
                // last tile is zero-padded to nr columns (those columns are never stored)
                int tiles = (width + nr - 1) / nr;
                for (int t = 0; t < tiles; t++) {
                    int base = t * kc * nr;
                    int jt = j0 + t * nr;
                    int cols = Math.min(nr, j1 - jt);
                    if (transB) {
                        for (int jj = 0; jj < cols; jj++) {
                            int bj = bOff + (jt + jj) * ldb;
                            for (int p = p0; p < p1; p++) {
                                panel[base + (p - p0) * nr + jj] = b[bj + p];
                            }
                        }
                    } else {
                        for (int p = p0; p < p1; p++) {
                            System.arraycopy(b, bOff + p * ldb + jt, panel, base + (p - p0) * nr,
                                    cols);
                        }
                    }
                    if (cols < nr) {
                        for (int p = 0; p < kc; p++) {
                            for (int jj = cols; jj < nr; jj++) {
                                panel[base + p * nr + jj] = 0.0;
                            }
                        }
                    }
                }
                for (int ib = i0; ib < i1; ib += MC) {
                    int ie = Math.min(i1, ib + MC);
                    // A micro-panels: group g holds rows ib + g MR .. + MR (zero-padded past ie),
                    // column by column, so the kernel reads MR consecutive values per p
                    int groups = (ie - ib + MR - 1) / MR;
                    for (int g = 0; g < groups; g++) {
                        int base = g * kc * MR;
                        int row0 = ib + g * MR;
                        int full = Math.min(MR, ie - row0);
                        int ag = aOff + row0 * ars;
                        for (int p = p0; p < p1; p++) {
                            int dst = base + (p - p0) * MR;
                            int src = ag + p * acs;
                            for (int r = 0; r < full; r++) {
                                apanel[dst + r] = a[src + r * ars];
                            }
                            for (int r = full; r < MR; r++) {
                                apanel[dst + r] = 0.0;
                            }
                        }
                    }
                    for (int t = 0; t < tiles; t++) {
                        int jt = j0 + t * nr;
                        int cols = Math.min(nr, j1 - jt);
                        for (int g = 0; g < groups; g++) {
                            int row = ib + g * MR;
                            int rows = Math.min(MR, ie - row);
                            if (cols == nr) {
                                kernel(apanel, g * kc * MR, panel, t * kc * nr, kc, c,
                                        cOff + row * ldc + jt, ldc, rows);
                            } else {
                                // narrower last tile: run the same kernel on a copy of the
                                // C tile padded to nr columns, then copy the valid part back
                                int ct = cOff + row * ldc + jt;
                                for (int r = 0; r < MR; r++) {
                                    for (int jj = 0; jj < nr; jj++) {
                                        edge[r * nr + jj] = r < rows && jj < cols
                                                ? c[ct + r * ldc + jj] : 0.0;
                                    }
                                }
                                kernel(apanel, g * kc * MR, panel, t * kc * nr, kc, edge, 0,
                                        nr, MR);
                                for (int r = 0; r < rows; r++) {
                                    System.arraycopy(edge, r * nr, c, ct + r * ldc, cols);
                                }
                            }
                        }
                    }
                }
            }
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

    /**
     * The register tile: C[MR rows][2 vectors] += packed A (MR per p) times packed B (2 vectors
     * per p) over kc values of p, fused multiply-add in increasing p. Only the first
     * {@code rows} rows of C are read and written (the packed A is zero-padded past them).
     */
    private static void kernel(double[] ap, int aBase, double[] bp, int bBase, int kc,
                               double[] c, int c0, int ldc, int rows) {
        DoubleVector zero = DoubleVector.zero(S);
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        DoubleVector s00 = DoubleVector.fromArray(S, c, c0);
        DoubleVector s01 = DoubleVector.fromArray(S, c, c0 + L);
        DoubleVector s10 = rows > 1 ? DoubleVector.fromArray(S, c, c1) : zero;
        DoubleVector s11 = rows > 1 ? DoubleVector.fromArray(S, c, c1 + L) : zero;
        DoubleVector s20 = rows > 2 ? DoubleVector.fromArray(S, c, c2) : zero;
        DoubleVector s21 = rows > 2 ? DoubleVector.fromArray(S, c, c2 + L) : zero;
        DoubleVector s30 = rows > 3 ? DoubleVector.fromArray(S, c, c3) : zero;
        DoubleVector s31 = rows > 3 ? DoubleVector.fromArray(S, c, c3 + L) : zero;
        for (int p = 0; p < kc; p++) {
            int bi = bBase + p * (2 * L);
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + L);
            int ai = aBase + p * MR;
            DoubleVector av = DoubleVector.broadcast(S, ap[ai]);
            s00 = av.fma(b0, s00);
            s01 = av.fma(b1, s01);
            av = DoubleVector.broadcast(S, ap[ai + 1]);
            s10 = av.fma(b0, s10);
            s11 = av.fma(b1, s11);
            av = DoubleVector.broadcast(S, ap[ai + 2]);
            s20 = av.fma(b0, s20);
            s21 = av.fma(b1, s21);
            av = DoubleVector.broadcast(S, ap[ai + 3]);
            s30 = av.fma(b0, s30);
            s31 = av.fma(b1, s31);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + L);
        if (rows > 1) {
            s10.intoArray(c, c1);
            s11.intoArray(c, c1 + L);
        }
        if (rows > 2) {
            s20.intoArray(c, c2);
            s21.intoArray(c, c2 + L);
        }
        if (rows > 3) {
            s30.intoArray(c, c3);
            s31.intoArray(c, c3 + L);
        }
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
        out = KernelSupport.output(out, outOff, rows, cols, "out");
        Gemm.checkMatrix(x, "x", xOff, rows, cols, cols);
        int bound = S.loopBound(cols);
        for (int r = 0; r < rows; r++) {
            int xr = xOff + r * cols;
            int or = outOff + r * cols;
            double m = rowMax(x, xr, cols);
            if (m == Double.POSITIVE_INFINITY || m == Double.NEGATIVE_INFINITY) {
                KernelSupport.softmaxInfiniteRow(x, xr, cols, m, out, or);
                continue;
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
        return out;
    }

    @Override
    public double[] logSoftmaxRows(int rows, int cols, double[] x, int xOff, double[] out,
                                   int outOff) {
        out = KernelSupport.output(out, outOff, rows, cols, "out");
        Gemm.checkMatrix(x, "x", xOff, rows, cols, cols);
        int bound = S.loopBound(cols);
        for (int r = 0; r < rows; r++) {
            int xr = xOff + r * cols;
            int or = outOff + r * cols;
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
        return out;
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
