package dev.statlearn.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Contract tests every {@link KernelOps} implementation must pass: each kernel against a naive
 * reference loop written here, over random shapes including 1 × 1, odd sizes and zero sizes.
 *
 * <p>Tolerances: the reference sums products left to right without fused multiply-add. An
 * implementation with {@link #exactProducts()} must match bit for bit; otherwise each element
 * may differ by at most \( 2k\varepsilon \sum_p |a_{ip} b_{pj}| \) (a bound on the difference of
 * two summation orders with or without FMA, Higham 2002, §3.1). Transcendental kernels
 * ({@code exp}, {@code log}, {@code tanh}) are compared with a relative tolerance of
 * 64 ulp of 1 per element (vector math libraries are accurate to a few ulp).
 */
abstract class KernelOpsContract {

    static final double EPS = Math.ulp(1.0);

    abstract KernelOps ops();

    /** Whether products must equal the naive left-to-right loop bit for bit. */
    abstract boolean exactProducts();

    // ------------------------------------------------------------------ references

    /** Naive C (+)= op(A) op(B), summing p = 0..k-1 left to right. */
    static void naiveGemm(boolean ta, boolean tb, boolean acc, int m, int n, int k, double[] a,
                          int aOff, int lda, double[] b, int bOff, int ldb, double[] c, int cOff,
                          int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = acc ? c[cOff + i * ldc + j] : 0.0;
                for (int p = 0; p < k; p++) {
                    double av = ta ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
                    double bv = tb ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
                    s += av * bv;
                }
                c[cOff + i * ldc + j] = s;
            }
        }
    }

    /** Sum of |a_ip b_pj| (plus |c| when accumulating), the scale of the rounding error. */
    static double absScale(boolean ta, boolean tb, boolean acc, int i, int j, int k, double[] a,
                           int aOff, int lda, double[] b, int bOff, int ldb, double c0) {
        double s = acc ? Math.abs(c0) : 0.0;
        for (int p = 0; p < k; p++) {
            double av = ta ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
            double bv = tb ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
            s += Math.abs(av * bv);
        }
        return s;
    }

    static double[] random(SplittableRandom rng, int len) {
        double[] x = new double[len];
        for (int i = 0; i < len; i++) {
            x[i] = rng.nextDouble(-2, 2);
        }
        return x;
    }

    // ------------------------------------------------------------------ products

    private void checkGemm(boolean ta, boolean tb, boolean acc, int m, int n, int k, long seed,
                           int pad, long threshold) {
        SplittableRandom rng = new SplittableRandom(seed);
        int aRows = ta ? k : m;
        int aCols = ta ? m : k;
        int bRows = tb ? n : k;
        int bCols = tb ? k : n;
        int lda = aCols + pad;
        int ldb = bCols + pad;
        int ldc = n + pad;
        int aOff = pad;
        int bOff = 2 * pad;
        int cOff = 3 * pad;
        double[] a = random(rng, aOff + Math.max(0, aRows * lda));
        double[] b = random(rng, bOff + Math.max(0, bRows * ldb));
        double[] c0 = random(rng, cOff + Math.max(0, m * ldc));
        double[] a0 = a.clone();
        double[] b0 = b.clone();
        double[] expected = c0.clone();
        naiveGemm(ta, tb, acc, m, n, k, a, aOff, lda, b, bOff, ldb, expected, cOff, ldc);
        double[] actual = c0.clone();
        Gemm.run(ops(), ta, tb, acc, m, n, k, a, aOff, lda, b, bOff, ldb, actual, cOff, ldc,
                threshold);
        assertArrayEquals(a0, a, "a modified");
        assertArrayEquals(b0, b, "b modified");
        for (int idx = 0; idx < actual.length; idx++) {
            int rel = idx - cOff;
            boolean inside = rel >= 0 && rel / ldc < m && rel % ldc < n;
            if (!inside) {
                if (Double.doubleToRawLongBits(actual[idx]) != Double.doubleToRawLongBits(c0[idx])) {
                    fail("element " + idx + " outside C was written");
                }
                continue;
            }
            int i = rel / ldc;
            int j = rel % ldc;
            if (exactProducts()) {
                if (Double.doubleToRawLongBits(actual[idx])
                        != Double.doubleToRawLongBits(expected[idx])) {
                    fail(String.format("C[%d][%d] = %s, naive %s (ta=%s tb=%s acc=%s m=%d n=%d"
                                    + " k=%d)", i, j, actual[idx], expected[idx], ta, tb, acc, m,
                            n, k));
                }
            } else {
                double tol = 2 * (k + 1) * EPS
                        * absScale(ta, tb, acc, i, j, k, a, aOff, lda, b, bOff, ldb, c0[idx]);
                if (!(Math.abs(actual[idx] - expected[idx]) <= tol)) {
                    fail(String.format("C[%d][%d] = %s, naive %s, tol %s (ta=%s tb=%s acc=%s"
                                    + " m=%d n=%d k=%d)", i, j, actual[idx], expected[idx], tol,
                            ta, tb, acc, m, n, k));
                }
            }
        }
    }

    @Test
    void productsMatchNaiveLoopsOnRandomShapes() {
        qt().withExamples(150)
                .forAll(integers().between(0, 37), integers().between(0, 41),
                        integers().between(0, 45), longs().all())
                .checkAssert((m, n, k, seed) -> {
                    int mode = (int) (seed >>> 60) & 7;
                    boolean ta = (mode & 1) != 0;
                    boolean tb = (mode & 2) != 0;
                    boolean acc = (mode & 4) != 0;
                    checkGemm(ta, tb, acc, m, n, k, seed, (int) (seed & 3), Long.MAX_VALUE);
                });
    }

    @Test
    void productsMatchNaiveLoopsOnEdgeShapes() {
        int[] sizes = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17};
        long seed = 1;
        for (int mode = 0; mode < 8; mode++) {
            for (int m : sizes) {
                for (int n : sizes) {
                    for (int k : new int[] {0, 1, 3, 8, 9}) {
                        checkGemm((mode & 1) != 0, (mode & 2) != 0, (mode & 4) != 0, m, n, k,
                                seed++, 0, Long.MAX_VALUE);
                    }
                }
            }
        }
    }

    @Test
    void productsCrossBlockBoundaries() {
        // bigger than the cache blocks in every direction (scalar KC = 128, NC = 256; vector
        // KC = 256, MC = 144, NC = 256 on AVX-512) and not a multiple of any tile
        for (int mode = 0; mode < 8; mode++) {
            checkGemm((mode & 1) != 0, (mode & 2) != 0, (mode & 4) != 0, 157, 263, 281, 77 + mode,
                    1, Long.MAX_VALUE);
        }
    }

    @Test
    void parallelProductsEqualSequentialBitForBit() {
        qt().withExamples(40)
                .forAll(integers().between(1, 90), integers().between(1, 90),
                        integers().between(1, 40), longs().all())
                .checkAssert((m, n, k, seed) -> {
                    int mode = (int) (seed >>> 60) & 7;
                    boolean ta = (mode & 1) != 0;
                    boolean tb = (mode & 2) != 0;
                    boolean acc = (mode & 4) != 0;
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] a = random(rng, m * k);
                    double[] b = random(rng, n * k);
                    double[] c = random(rng, m * n);
                    int lda = ta ? m : k;
                    int ldb = tb ? k : n;
                    double[] seq = Gemm.run(ops(), ta, tb, acc, m, n, k, a, 0, lda, b, 0, ldb,
                            c.clone(), 0, n, Long.MAX_VALUE);
                    double[] par = Gemm.run(ops(), ta, tb, acc, m, n, k, a, 0, lda, b, 0, ldb,
                            c.clone(), 0, n, 0);
                    assertArrayEquals(seq, par);
                });
        checkGemm(false, false, false, 200, 70, 300, 5, 0, 0);
        checkGemm(true, false, true, 200, 70, 300, 6, 0, 0);
        checkGemm(false, true, false, 200, 70, 300, 7, 0, 0);
        // wider than tall: split over columns
        checkGemm(false, false, false, 20, 300, 70, 8, 1, 0);
        checkGemm(true, true, true, 20, 300, 70, 9, 1, 0);
        checkGemm(false, true, false, 20, 300, 70, 10, 0, 0);
    }

    @Test
    void largeParallelProductsEqualSequentialBitForBit() {
        // the peer benchmark's shape (several k blocks), tall ones (several row blocks), wide
        // ones (more than 4 times as wide as tall: column parts), and parts of 4 rows; each also
        // cut into more parts than there are helpers (the caller and the helpers it could hire
        // take them all)
        int[][] shapes = {{128, 256, 784}, {301, 37, 515}, {400, 300, 200}, {700, 40, 800},
            {20, 300, 70}, {13, 40, 90}};
        for (int s = 0; s < shapes.length; s++) {
            int m = shapes[s][0];
            int n = shapes[s][1];
            int k = shapes[s][2];
            for (int mode = 0; mode < 8; mode++) {
                boolean ta = (mode & 1) != 0;
                boolean tb = (mode & 2) != 0;
                boolean acc = (mode & 4) != 0;
                int pad = mode & 1;
                SplittableRandom rng = new SplittableRandom(31L * s + mode);
                int lda = (ta ? m : k) + pad;
                int ldb = (tb ? k : n) + pad;
                int ldc = n + pad;
                double[] a = random(rng, pad + (ta ? k : m) * lda);
                double[] b = random(rng, pad + (tb ? n : k) * ldb);
                double[] c = random(rng, pad + m * ldc);
                double[] seq = Gemm.run(ops(), ta, tb, acc, m, n, k, a, pad, lda, b, pad, ldb,
                        c.clone(), pad, ldc, Long.MAX_VALUE);
                for (int rep = 0; rep < 3; rep++) {
                    double[] par = Gemm.run(ops(), ta, tb, acc, m, n, k, a, pad, lda, b, pad,
                            ldb, c.clone(), pad, ldc, 0);
                    assertArrayEquals(seq, par, "m=" + m + " n=" + n + " k=" + k + " mode=" + mode);
                }
                double[] nine = c.clone();
                Gemm.split(ops(), ta, tb, acc, m, n, k, a, pad, lda, b, pad, ldb, nine, pad, ldc,
                        9);
                assertArrayEquals(seq, nine, "9 parts, m=" + m + " n=" + n + " k=" + k
                        + " mode=" + mode);
            }
        }
        checkGemm(false, false, false, 128, 256, 784, 11, 1, 0);
        checkGemm(true, true, true, 128, 256, 784, 12, 0, 0);
    }

    @Test
    void concurrentParallelProductsEqualSequentialBitForBit() throws Exception {
        // several callers at once: each hires the helpers nobody else has, or computes alone,
        // and every caller takes the parts nobody has started
        int callers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                int id = t;
                runs.add(pool.submit(() -> {
                    SplittableRandom rng = new SplittableRandom(id);
                    int m = 40 + 17 * id;
                    int n = 33 + 29 * id;
                    int k = 120;
                    double[] a = random(rng, m * k);
                    double[] b = random(rng, k * n);
                    double[] seq = Gemm.run(ops(), false, false, false, m, n, k, a, 0, k, b, 0,
                            n, null, 0, n, Long.MAX_VALUE);
                    for (int rep = 0; rep < 30; rep++) {
                        double[] par = Gemm.run(ops(), false, false, false, m, n, k, a, 0, k, b,
                                0, n, null, 0, n, 0);
                        assertArrayEquals(seq, par, "caller " + id + " repetition " + rep);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shortcutsUseContiguousLayouts() {
        SplittableRandom rng = new SplittableRandom(3);
        int m = 5;
        int n = 6;
        int k = 7;
        double[] a = random(rng, m * k);
        double[] at = new double[k * m];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                at[p * m + i] = a[i * k + p];
            }
        }
        double[] b = random(rng, k * n);
        double[] bt = new double[n * k];
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                bt[j * k + p] = b[p * n + j];
            }
        }
        double[] ab = ops().mult(m, n, k, a, 0, b, 0, null, 0);
        double tol = 64 * EPS;
        assertClose(ab, ops().multTransA(m, n, k, at, 0, b, 0, null, 0), tol);
        assertClose(ab, ops().multTransB(m, n, k, a, 0, bt, 0, null, 0), tol);
        double[] twice = ops().gemm(false, false, true, m, n, k, a, 0, k, b, 0, n, ab.clone(), 0,
                n);
        for (int i = 0; i < ab.length; i++) {
            assertEquals(2 * ab[i], twice[i], tol * (1 + Math.abs(ab[i])));
        }
        assertClose(twice, ops().gemm(true, false, true, m, n, k, at, 0, m, b, 0, n, ab.clone(),
                0, n), tol * 4);
        assertClose(twice, ops().gemm(false, true, true, m, n, k, a, 0, k, bt, 0, k, ab.clone(),
                0, n), tol * 4);
    }

    @Test
    void badProductArgumentsAreRejected() {
        double[] x = new double[6];
        assertThrows(IllegalArgumentException.class,
                () -> ops().mult(-1, 2, 3, x, 0, x, 0, null, 0));
        assertThrows(IllegalArgumentException.class,
                () -> ops().mult(2, 2, 4, x, 0, x, 0, null, 0));
        assertThrows(IllegalArgumentException.class,
                () -> ops().mult(2, 3, 1, x, 0, x, 0, new double[5], 0));
        assertThrows(IllegalArgumentException.class,
                () -> ops().mult(1, 1, 1, x, 0, x, 0, null, 1));
        assertThrows(NullPointerException.class,
                () -> ops().mult(1, 1, 1, null, 0, x, 0, null, 0));
        assertThrows(NullPointerException.class,
                () -> ops().gemm(false, false, true, 1, 1, 1, x, 0, 1, x, 0, 1, null, 0, 1));
        assertEquals(0, ops().mult(0, 3, 2, x, 0, x, 0, null, 0).length);
        assertArrayEquals(new double[6], ops().mult(2, 3, 0, x, 0, x, 0, null, 0));
    }

    // ------------------------------------------------------------------ one dense layer, one row

    /**
     * {@code denseRow} on its own layout equals the product of the row with \( W^T \) followed by
     * {@code biasActivation} (bit for bit with exact products; otherwise within the product bound
     * plus the 64-ulp transcendental tolerance, every activation being 1-Lipschitz), touches
     * nothing past {@code n} in y, and gives the same bits with y of exactly n values and on the
     * other path's layout. About half of the inputs are 0 (skipped when the weights are finite),
     * and k runs past one block of 64 inputs.
     */
    @Test
    void denseRowEqualsProductThenBiasActivation() {
        qt().withExamples(120)
                .forAll(integers().between(0, 70), integers().between(0, 150),
                        integers().between(0, KernelActivation.values().length - 1), longs().all())
                .checkAssert((n, k, actIndex, seed) -> {
                    KernelActivation act = KernelActivation.values()[actIndex];
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] w = random(rng, n * k);
                    double[] x = random(rng, 2 + k);
                    for (int p = 0; p < x.length; p++) {
                        if (rng.nextBoolean()) {
                            x[p] = rng.nextBoolean() ? 0.0 : -0.0;
                        }
                    }
                    double[] bias = random(rng, n);
                    DenseRowWeights rows = ops().denseRowWeights(n, k, w);
                    assertEquals(n, rows.units(), "units");
                    assertEquals(k, rows.inputs(), "inputs");
                    assertTrue(rows.width() >= n, "width " + rows.width());
                    assertTrue(rows.finite(), "finite");
                    for (int p = 0; p < k; p++) {
                        for (int j = 0; j < rows.width(); j++) {
                            assertEquals(j < n ? w[j * k + p] : 0.0, rows.rows()[p][j], "w[" + p + "][" + j + "]");
                        }
                    }
                    double[] w0 = w.clone();
                    double[] x0 = x.clone();
                    double[] y = random(rng, n + 3);
                    double[] yTail = Arrays.copyOfRange(y, n, n + 3);
                    ops().denseRow(x, 2, rows, bias, act, y);
                    assertArrayEquals(w0, w, "w modified");
                    assertArrayEquals(x0, x, "x modified");
                    for (int i = 0; i < 3; i++) {
                        // past n: unchanged, or 0 where the rows are padded
                        boolean padded = n + i < rows.width();
                        assertTrue(y[n + i] == yTail[i] || padded && y[n + i] == 0.0, "y[" + (n + i) + "]");
                    }
                    double[] z = ops().gemm(false, true, false, 1, n, k, x, 2, k, w, 0, k, null, 0, n);
                    ops().biasActivation(1, n, z, 0, bias, 0, act, z, 0);
                    assertDenseRow(z, y, x, w, bias, n, k);
                    // y of exactly n values; the scalar layout (rows of exactly n values)
                    double[] yTight = new double[n];
                    ops().denseRow(x, 2, rows, bias, act, yTight);
                    assertDenseRow(z, yTight, x, w, bias, n, k);
                    DenseRowWeights tight = new ScalarKernelOps().denseRowWeights(n, k, w);
                    Arrays.fill(yTight, Double.NaN);
                    ops().denseRow(x, 2, tight, bias, act, yTight);
                    assertDenseRow(z, yTight, x, w, bias, n, k);
                });
    }

    /**
     * With a non-finite weight no input is skipped: \( 0 \cdot \infty \) makes the sum NaN, as
     * in the product.
     */
    @Test
    void denseRowSkipsNoZeroInputWhenAWeightIsNotFinite() {
        for (double bad : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            for (int k : new int[] {3, 64, 70}) {
                int n = 20;
                double[] w = new double[n * k];
                Arrays.fill(w, 0.5);
                w[3 * k + k - 1] = bad; // unit 3, last input
                double[] x = new double[k];
                Arrays.fill(x, 1.0);
                x[k - 1] = 0.0;
                DenseRowWeights rows = ops().denseRowWeights(n, k, w);
                assertTrue(!rows.finite(), "finite");
                double[] y = ops().denseRow(x, 0, rows, new double[n], KernelActivation.IDENTITY, new double[n]);
                double[] z = ops().gemm(false, true, false, 1, n, k, x, 0, k, w, 0, k, null, 0, n);
                assertTrue(Double.isNaN(y[3]) && Double.isNaN(z[3]), "y[3] = " + y[3] + ", product " + z[3]);
                assertEquals(0.5 * (k - 1), y[0], 0.0, "y[0]");
            }
        }
    }

    private void assertDenseRow(double[] z, double[] y, double[] x, double[] w, double[] bias, int n,
                                int k) {
        for (int j = 0; j < n; j++) {
            if (exactProducts()) {
                assertEquals(Double.doubleToLongBits(z[j]), Double.doubleToLongBits(y[j]),
                        "y[" + j + "] = " + y[j] + ", product " + z[j]);
            } else {
                double scale = Math.abs(bias[j]);
                for (int p = 0; p < k; p++) {
                    scale += Math.abs(x[2 + p] * w[j * k + p]);
                }
                double tol = 2 * (k + 2) * EPS * scale + 64 * EPS * Math.max(1, Math.abs(z[j]));
                assertEquals(z[j], y[j], tol, "y[" + j + "]");
            }
        }
    }

    @Test
    void badDenseRowArgumentsAreRejected() {
        DenseRowWeights w = ops().denseRowWeights(3, 2, new double[6]);
        double[] x = new double[2];
        double[] b = new double[3];
        double[] y = new double[3];
        KernelActivation id = KernelActivation.IDENTITY;
        assertThrows(IllegalArgumentException.class, () -> ops().denseRow(x, 1, w, b, id, y));
        assertThrows(IllegalArgumentException.class, () -> ops().denseRow(x, -1, w, b, id, y));
        assertThrows(IllegalArgumentException.class, () -> ops().denseRow(new double[1], 0, w, b, id, y));
        assertThrows(IllegalArgumentException.class, () -> ops().denseRow(x, 0, w, b, id, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> ops().denseRow(x, 0, w, new double[2], id, y));
        assertThrows(NullPointerException.class, () -> ops().denseRow(null, 0, w, b, id, y));
        assertThrows(NullPointerException.class, () -> ops().denseRow(x, 0, null, b, id, y));
        assertThrows(NullPointerException.class, () -> ops().denseRow(x, 0, w, null, id, y));
        assertThrows(NullPointerException.class, () -> ops().denseRow(x, 0, w, b, null, y));
        assertThrows(NullPointerException.class, () -> ops().denseRow(x, 0, w, b, id, null));
        assertThrows(IllegalArgumentException.class, () -> ops().denseRowWeights(3, 2, new double[5]));
        assertThrows(IllegalArgumentException.class, () -> ops().denseRowWeights(-1, 2, new double[5]));
        assertThrows(IllegalArgumentException.class, () -> ops().denseRowWeights(2, -1, new double[5]));
        assertThrows(NullPointerException.class, () -> ops().denseRowWeights(1, 1, null));
    }

    // ------------------------------------------------------------------ pointwise and rows

    static void assertClose(double[] expected, double[] actual, double relTol) {
        assertEquals(expected.length, actual.length, "length");
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], relTol, "element " + i);
        }
    }

    static void assertClose(double expected, double actual, double relTol, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, what);
            return;
        }
        double tol = relTol * Math.max(1.0, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= tol,
                () -> what + ": expected " + expected + ", was " + actual + " (tol " + tol + ")");
    }

    @Test
    void biasActivationMatchesPointwiseReference() {
        qt().withExamples(100)
                .forAll(integers().between(0, 9), integers().between(0, 33),
                        integers().between(0, KernelActivation.values().length - 1), longs().all())
                .checkAssert((rows, cols, actIndex, seed) -> {
                    KernelActivation act = KernelActivation.values()[actIndex];
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] z = random(rng, rows * cols);
                    for (int i = 0; i < z.length; i++) {
                        z[i] *= 20;
                    }
                    double[] bias = random(rng, cols + 1);
                    double[] expected = new double[rows * cols];
                    for (int r = 0; r < rows; r++) {
                        for (int j = 0; j < cols; j++) {
                            expected[r * cols + j] = act.apply(z[r * cols + j] + bias[1 + j]);
                        }
                    }
                    double[] z0 = z.clone();
                    double[] out = ops().biasActivation(rows, cols, z, 0, bias, 1, act, null, 0);
                    assertArrayEquals(z0, z, "z modified");
                    assertClose(expected, out, 64 * EPS);
                    // in place
                    ops().biasActivation(rows, cols, z, 0, bias, 1, act, z, 0);
                    assertClose(expected, z, 64 * EPS);
                    // no bias
                    double[] noBias = ops().biasActivation(rows, cols, z0, 0, null, 0, act, null,
                            0);
                    for (int i = 0; i < z0.length; i++) {
                        assertClose(act.apply(z0[i]), noBias[i], 64 * EPS, "no bias " + i);
                    }
                });
    }

    @Test
    void activationEdgeValues() {
        double[] z = {Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -0.0, 0.0,
            -800, 800, 1e-300, -1e-300};
        for (KernelActivation act : KernelActivation.values()) {
            double[] out = ops().biasActivation(1, z.length, z, 0, null, 0, act, null, 0);
            for (int i = 0; i < z.length; i++) {
                double e = act.apply(z[i]);
                if (Double.isNaN(e)) {
                    assertTrue(Double.isNaN(out[i]), act + " of " + z[i]);
                } else {
                    assertEquals(e, out[i], 64 * EPS * Math.max(1, Math.abs(e)), act + " of " + z[i]);
                }
            }
        }
    }

    @Test
    void activationBackwardMatchesReference() {
        qt().withExamples(100)
                .forAll(integers().between(0, 70), integers().between(0, KernelActivation.values().length - 1), longs().all())
                .checkAssert((len, actIndex, seed) -> {
                    KernelActivation act = KernelActivation.values()[actIndex];
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] y = new double[len];
                    for (int i = 0; i < len; i++) {
                        y[i] = act.apply(rng.nextDouble(-3, 3));
                    }
                    double[] g = random(rng, len + 2);
                    double[] expected = new double[len];
                    for (int i = 0; i < len; i++) {
                        expected[i] = g[2 + i] * act.derivativeFromOutput(y[i]);
                    }
                    double[] out = ops().activationBackward(act, len, y, 0, g, 2, null, 0);
                    assertClose(expected, out, 4 * EPS);
                });
    }

    @Test
    void columnSumsMatchReference() {
        qt().withExamples(100)
                .forAll(integers().between(0, 20), integers().between(0, 40), longs().all())
                .checkAssert((rows, cols, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] x = random(rng, rows * cols);
                    double[] plain = new double[cols];
                    for (int r = 0; r < rows; r++) {
                        for (int j = 0; j < cols; j++) {
                            plain[j] += x[r * cols + j];
                        }
                    }
                    assertClose(plain, ops().columnSums(rows, cols, x, 0, null, 0),
                            (rows + 1) * 4 * EPS);
                    // the output is overwritten, whatever it held
                    double[] out = random(rng, cols + 1);
                    ops().columnSums(rows, cols, x, 0, out, 1);
                    assertClose(plain, Arrays.copyOfRange(out, 1, cols + 1), (rows + 1) * 4 * EPS);
                });
    }

    @Test
    void softmaxAndLogSoftmaxMatchReference() {
        qt().withExamples(150)
                .forAll(integers().between(0, 7), integers().between(1, 40), longs().all())
                .checkAssert((rows, cols, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] x = random(rng, rows * cols);
                    for (int i = 0; i < x.length; i++) {
                        x[i] *= (seed & 1) == 0 ? 3 : 400;
                    }
                    double[] soft = ops().softmaxRows(rows, cols, x, 0, null, 0);
                    double[] logSoft = ops().logSoftmaxRows(rows, cols, x, 0, null, 0);
                    for (int r = 0; r < rows; r++) {
                        double[] row = java.util.Arrays.copyOfRange(x, r * cols, (r + 1) * cols);
                        double ref = dev.statlearn.core.Numerics.logSumExp(row);
                        double total = 0;
                        for (int j = 0; j < cols; j++) {
                            double e = Math.exp(row[j] - ref);
                            // the exponent x - lse carries an absolute error ~ |x| eps
                            double scale = cols + Math.abs(ref) + Math.abs(row[j]);
                            assertClose(e, soft[r * cols + j], 32 * scale * EPS, "softmax");
                            assertClose(row[j] - ref, logSoft[r * cols + j], 32 * scale * EPS,
                                    "log-softmax");
                            total += soft[r * cols + j];
                        }
                        assertEquals(1.0, total, 4 * cols * EPS);
                    }
                    // in place
                    double[] copy = x.clone();
                    ops().softmaxRows(rows, cols, copy, 0, copy, 0);
                    assertClose(soft, copy, 0);
                    // both at once: the same bits (lse is what log-softmax subtracts), also in place
                    double[] lse = new double[rows + 2];
                    copy = x.clone();
                    ops().softmaxRowsWithLogSumExp(rows, cols, copy, 0, copy, 0, lse, 2);
                    assertArrayEquals(soft, copy);
                    for (int i = 0; i < rows * cols; i++) {
                        assertEquals(logSoft[i], x[i] - lse[2 + i / cols], "log-softmax " + i);
                    }
                });
    }

    @Test
    void softmaxWithLogSumExpEdgeRows() {
        double inf = Double.POSITIVE_INFINITY;
        double[] x = {-inf, -inf, 0, inf, Double.NaN, 0, 1000, 1000};
        double[] out = new double[8];
        double[] lse = new double[4];
        ops().softmaxRowsWithLogSumExp(4, 2, x, 0, out, 0, lse, 0);
        assertArrayEquals(ops().softmaxRows(4, 2, x, 0, null, 0), out);
        assertEquals(-inf, lse[0]);
        assertEquals(inf, lse[1]);
        assertTrue(Double.isNaN(lse[2]));
        assertEquals(1000 + Math.log(2), lse[3], 1000 * 2 * EPS);
        assertThrows(IllegalArgumentException.class,
                () -> ops().softmaxRowsWithLogSumExp(4, 2, x, 0, out, 0, new double[3], 0));
    }

    @Test
    void softmaxEdgeRows() {
        double inf = Double.POSITIVE_INFINITY;
        double[] x = {
            -inf, -inf, -inf,   // all -inf: uniform (the limit)
            0, inf, 1,          // +inf: all mass on it (the limit)
            Double.NaN, 0, 1,   // NaN
            -inf, 0, 0,         // a -inf entry gets probability 0
            1000, 1000, 1000,   // huge but equal
            inf, 2, inf,        // tied +inf entries share the mass
        };
        double[] soft = ops().softmaxRows(6, 3, x, 0, null, 0);
        double[] logSoft = ops().logSoftmaxRows(6, 3, x, 0, null, 0);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3, 0, 1, 0},
                Arrays.copyOf(soft, 6));
        for (int j = 6; j < 9; j++) {
            assertTrue(Double.isNaN(soft[j]), "softmax " + j);
        }
        assertArrayEquals(new double[] {0.5, 0, 0.5}, Arrays.copyOfRange(soft, 15, 18));
        for (int j = 6; j < 9; j++) {
            assertTrue(Double.isNaN(logSoft[j]), "log-softmax " + j);
        }
        assertEquals(0.0, soft[9]);
        assertEquals(0.5, soft[10], EPS);
        assertEquals(-inf, logSoft[9]);
        assertEquals(-Math.log(2), logSoft[10], 2 * EPS);
        assertEquals(1.0 / 3, soft[12], 2 * EPS);
        assertEquals(-Math.log(3), logSoft[12], 1000 * 2 * EPS);
    }

    // ------------------------------------------------------------------ reductions

    @Test
    void reductionsMatchReference() {
        qt().withExamples(200)
                .forAll(integers().between(0, 300), integers().between(0, KernelActivation.values().length - 1), longs().all())
                .checkAssert((len, off, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] p = new double[off + len];
                    double[] q = new double[off + len + 1];
                    for (int i = 0; i < p.length; i++) {
                        p[i] = rng.nextInt(8) == 0 ? 0.0 : rng.nextDouble();
                    }
                    for (int i = 0; i < q.length; i++) {
                        q[i] = rng.nextDouble() + 1e-3;
                    }
                    double rel = 0;
                    double relAbs = 0;
                    double xlx = 0;
                    double xlxAbs = 0;
                    double tv = 0;
                    for (int i = 0; i < len; i++) {
                        double a = p[off + i];
                        double b = q[1 + i];
                        double r = dev.statlearn.core.Numerics.relEntr(a, b);
                        rel += r;
                        relAbs += Math.abs(r);
                        double t = dev.statlearn.core.Numerics.xLogY(a, a);
                        xlx += t;
                        xlxAbs += Math.abs(t);
                        tv += Math.abs(a - b);
                    }
                    double tol = (len + 8) * 4 * EPS;
                    assertEquals(rel, ops().sumRelEntr(len, p, off, q, 1), tol * relAbs,
                            "rel_entr");
                    assertEquals(xlx, ops().sumXLogX(len, p, off), tol * xlxAbs, "xlogx");
                    assertEquals(tv, ops().sumAbsDiff(len, p, off, q, 1), tol * tv, "|p-q|");
                });
    }

    @Test
    void sumUnitIntervalSumsOrRejects() {
        // the sum of values in [0, 1] to the stated bound; NaN for a value outside [0, 1] or NaN at
        // any position (vector body and tail), whatever the offset
        qt().withExamples(200)
                .forAll(integers().between(0, 300), integers().between(0, 7), longs().all())
                .checkAssert((len, off, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] x = new double[off + len];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = switch (rng.nextInt(6)) {
                            case 0 -> 0.0;
                            case 1 -> 1.0;
                            case 2 -> -0.0;
                            default -> rng.nextDouble();
                        };
                    }
                    double[] copy = x.clone();
                    java.math.BigDecimal exact = java.math.BigDecimal.ZERO;
                    for (int i = 0; i < len; i++) {
                        exact = exact.add(new java.math.BigDecimal(x[off + i]));
                    }
                    double sum = exact.doubleValue();
                    assertEquals(sum, ops().sumUnitInterval(len, x, off), (len + 8) * EPS * Math.max(sum, 1), "sum");
                    assertArrayEquals(copy, x, "input modified");
                    if (len > 0) {
                        int bad = off + rng.nextInt(len);
                        double[] values = {-Double.MIN_VALUE, Math.nextUp(1.0), Double.NaN, -1e300,
                                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
                        x[bad] = values[rng.nextInt(values.length)];
                        assertTrue(Double.isNaN(ops().sumUnitInterval(len, x, off)), "rejects " + x[bad]);
                        if (off > 0) {
                            // a bad value before the offset is not read
                            x[bad] = copy[bad];
                            x[0] = Double.NaN;
                            assertEquals(sum, ops().sumUnitInterval(len, x, off), (len + 8) * EPS * Math.max(sum, 1));
                        }
                    }
                });
    }

    @Test
    void relEntrFollowsScipyConventions() {
        double inf = Double.POSITIVE_INFINITY;
        // scipy.special.rel_entr conventions: (0, q>=0) -> 0, (p>0, 0) -> inf, p<0 -> inf
        assertEquals(0.0, ops().sumRelEntr(2, new double[] {0, 0}, 0, new double[] {0, 1}, 0));
        assertEquals(inf, ops().sumRelEntr(1, new double[] {0.5}, 0, new double[] {0}, 0));
        assertEquals(inf, ops().sumRelEntr(1, new double[] {-0.5}, 0, new double[] {0.5}, 0));
        assertTrue(Double.isNaN(
                ops().sumRelEntr(1, new double[] {Double.NaN}, 0, new double[] {0.5}, 0)));
        double[] p = {0.1, 0.2, 0.3, 0.4, 0, 0, 0, 0, 0, 0.5, 0.5};
        double[] q = {0.25, 0.25, 0.25, 0.25, 0, 0, 0, 0, 0, 0.5, 0.5};
        // same value over every length so vector bodies and tails are both exercised
        double expected = 0.1 * Math.log(0.4) + 0.2 * Math.log(0.8) + 0.3 * Math.log(1.2)
                + 0.4 * Math.log(1.6);
        assertEquals(expected, ops().sumRelEntr(p.length, p, 0, q, 0), 8 * EPS);
        double[] big = new double[37];
        double[] bigQ = new double[37];
        java.util.Arrays.fill(bigQ, 1.0);
        big[36] = 1.0;
        assertEquals(0.0, ops().sumRelEntr(37, big, 0, bigQ, 0));
        bigQ[36] = 0.0;
        assertEquals(inf, ops().sumRelEntr(37, big, 0, bigQ, 0));
        assertEquals(0.0, ops().sumXLogX(5, new double[5], 0));
        assertTrue(Double.isNaN(ops().sumXLogX(1, new double[] {-1}, 0)));
    }
}
