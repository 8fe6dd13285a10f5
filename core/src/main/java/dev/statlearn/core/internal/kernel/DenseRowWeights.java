package dev.statlearn.core.internal.kernel;

import java.util.Objects;

/**
 * The weights of one dense layer laid out for {@link KernelOps#denseRow}, built once by
 * {@link KernelOps#denseRowWeights} and immutable: the transpose of the row-major
 * {@code units × inputs} matrix \( W \) as {@code inputs} arrays of {@link #width()} values,
 * array \( p \) holding \( W_{jp} \) for \( j = 0, \dots, n-1 \) and zeros past {@code n}
 * (the padding to whole vectors on the Vector API path). Its shape is checked when it is built,
 * so {@code denseRow} checks only its other arguments, and it records whether every weight is
 * finite: then an input \( x_p = 0 \) adds \( 0 \cdot W_{jp} = \pm 0 \), which leaves every
 * partial sum unchanged, and the kernels skip it (with an infinite or NaN weight the product is
 * NaN, so nothing is skipped).
 *
 * <p>Not public API (the package is not exported).
 */
public final class DenseRowWeights {

    private final int units;
    private final int inputs;
    private final int width;
    private final double[][] rows;
    private final boolean finite;

    /**
     * Lays out the {@code n × k} row-major weights {@code w} input-major with rows of
     * {@code width ≥ n} values.
     *
     * @throws IllegalArgumentException if a dimension is negative, {@code width < n}, or
     *                                  {@code w} is shorter than {@code n * k}
     * @throws NullPointerException     if {@code w} is null
     */
    DenseRowWeights(int n, int k, double[] w, int width) {
        if (n < 0 || k < 0 || width < n) {
            throw new IllegalArgumentException("dimensions must be >= 0 and width >= n, was n = "
                    + n + ", k = " + k + ", width = " + width);
        }
        Gemm.checkVector(w, "w", 0, Math.multiplyExact(n, k));
        boolean allFinite = true;
        double[][] t = new double[k][width];
        for (int j = 0; j < n; j++) {
            for (int p = 0; p < k; p++) {
                double v = w[j * k + p];
                t[p][j] = v;
                allFinite &= Double.isFinite(v);
            }
        }
        this.units = n;
        this.inputs = k;
        this.width = width;
        this.rows = t;
        this.finite = allFinite;
    }

    /**
     * Units \( n \) (outputs of the layer).
     *
     * @return {@code n}
     */
    public int units() {
        return units;
    }

    /**
     * Inputs \( k \) of the layer.
     *
     * @return {@code k}
     */
    public int inputs() {
        return inputs;
    }

    /**
     * Length of each input's array, \( \ge n \): {@code n} on the scalar path, {@code n}
     * rounded up to whole vectors on the Vector API path. An output array of this length lets
     * the Vector API kernel store whole vectors.
     *
     * @return the padded row length
     */
    public int width() {
        return width;
    }

    /** The rows, shared (the kernels read them; nothing writes them). */
    double[][] rows() {
        return rows;
    }

    /** Whether every weight is finite, so that zero inputs may be skipped. */
    boolean finite() {
        return finite;
    }

    /**
     * The inputs among {@code x[off + base], …, x[off + base + len - 1]} ({@code len ≤ 64}) that
     * the kernels use, as bits {@code 0 … len-1}: the nonzero ones when every weight is finite,
     * all of them otherwise. Branch-free (the pattern of zeros is data).
     */
    long used(double[] x, int off, int base, int len) {
        if (!finite) {
            return len == 64 ? -1L : (1L << len) - 1;
        }
        // two masks, of the lower and the upper half, each built from its last input down by
        // shifting left and setting bit 0: fewer operations per input than setting bit q, and two
        // independent chains (64 inputs: ~27 ns, was ~35 on JDK 17 and ~28 on 25)
        int half = len >>> 1;
        int from = off + base;
        long lo = 0L;
        long hi = (len & 1) == 0 ? 0L : nonzero(x[from + len - 1]);
        for (int q = half - 1; q >= 0; q--) {
            lo = lo << 1 | nonzero(x[from + q]);
            hi = hi << 1 | nonzero(x[from + half + q]);
        }
        return hi << half | lo;
    }

    /** 1 if {@code v != ±0} (NaN and infinities count as nonzero), on the bits: faster than a double compare. */
    private static long nonzero(double v) {
        return (Double.doubleToRawLongBits(v) << 1) != 0 ? 1L : 0L;
    }

    /**
     * The checks of {@code denseRow}: {@code w} not null, the other arrays long enough for it.
     *
     * @return {@code w}
     * @throws IllegalArgumentException if an array is too short
     * @throws NullPointerException     if an argument is null
     */
    static DenseRowWeights checked(double[] x, int xOff, DenseRowWeights w, double[] bias,
                                   KernelActivation act, double[] y) {
        Objects.requireNonNull(w, "w");
        Objects.requireNonNull(act, "act");
        Gemm.checkVector(x, "x", xOff, w.inputs);
        Gemm.checkVector(bias, "bias", 0, w.units);
        Gemm.checkVector(y, "y", 0, w.units);
        return w;
    }
}
