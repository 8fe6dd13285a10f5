package dev.statlearn.stats.descriptive;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;

/**
 * Streaming, mergeable mean vector, covariance matrix and correlation matrix of
 * \( d \)-dimensional observations.
 *
 * <p>\[ \bar x = \frac1n \sum_i x_i, \qquad
 * S = \frac{1}{n-1} \sum_i (x_i - \bar x)(x_i - \bar x)^\top, \qquad
 * R_{jk} = \frac{S_{jk}}{\sqrt{S_{jj} S_{kk}}}, \]
 * equal to {@code numpy.cov(x, rowvar=False)} and {@code numpy.corrcoef(x, rowvar=False)}.
 *
 * <ul>
 *   <li>Welford's rank-one update per row; {@link #combine(CovarianceMatrix)} uses the pairwise
 *       formula of Chan et al.</li>
 *   <li>Scale-safe as {@link Covariance}: each column's sums are kept in units of a power of two
 *       (1 while its magnitudes lie in \( [2^{-120}, 2^{120}] \)), so finite data never give NaN
 *       and data in that range give the results of the unscaled recurrence, bit for bit.</li>
 *   <li>Rows must have length \( d \) and finite values. {@code covariance} needs
 *       \( n \ge 2 \) (NaN entries otherwise); a correlation involving a constant column is
 *       NaN, the diagonal is 1 otherwise.</li>
 *   <li>Mutable and not thread-safe. Returned arrays are fresh copies.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class CovarianceMatrix {

    private final int d;
    private long n;
    private final double[] mean;
    private final double[][] s; // co-moment sums, full symmetric
    private final double[] delta;
    private final double[] row;
    /** Column j is kept in units of 2^scale[j]; s[j][k] in units of 2^(scale[j] + scale[k]). */
    private final int[] scale;
    /** 2^-scale[j], normal numbers (the scales stay within [-1022, 1022]). */
    private final double[] inv;
    /** Largest magnitude seen per column, unscaled. */
    private final double[] maxAbs;

    private CovarianceMatrix(int d) {
        this.d = d;
        this.mean = new double[d];
        this.s = new double[d][d];
        this.delta = new double[d];
        this.row = new double[d];
        this.scale = new int[d];
        this.inv = new double[d];
        java.util.Arrays.fill(inv, 1.0);
        this.maxAbs = new double[d];
    }

    /**
     * An empty accumulator for {@code d}-dimensional rows.
     *
     * @param d dimension, in {@code [1, }{@link Checks#MAX_SQUARE_DIMENSION}{@code ]}
     * @return a new accumulator
     * @throws IllegalArgumentException if {@code d} is outside that range (checked before
     *                                  allocating the {@code d x d} sums)
     */
    public static CovarianceMatrix create(int d) {
        Checks.squareDimension(d, "d");
        return new CovarianceMatrix(d);
    }

    /**
     * The covariance of the rows of a matrix.
     *
     * @param x observations, one per row, rectangular and finite; not modified
     * @return a new accumulator holding the rows
     * @throws NullPointerException     if {@code x} or a row is null
     * @throws IllegalArgumentException if {@code x} is empty, ragged or has a non-finite value
     */
    public static CovarianceMatrix of(double[][] x) {
        Checks.finiteMatrix(x, "x");
        CovarianceMatrix c = new CovarianceMatrix(x[0].length);
        for (double[] row : x) {
            c.accept(row);
        }
        return c;
    }

    /**
     * Adds one observation.
     *
     * @param x row of length {@link #dimension()}, finite; not modified
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if the length is wrong or a value is not finite
     */
    public void accept(double[] x) {
        Checks.notNull(x, "x");
        if (x.length != d) {
            throw new IllegalArgumentException("x has length " + x.length + " but dimension is " + d);
        }
        Checks.allFinite(x, "x");
        for (int j = 0; j < d; j++) {
            double a = Math.abs(x[j]);
            if (a > maxAbs[j]) {
                maxAbs[j] = a;
                rescale(j, Scaling.scaleFor(a, scale[j]));
            }
            row[j] = x[j] * inv[j]; // exact; x[j] itself when the scale is 1
        }
        n++;
        for (int j = 0; j < d; j++) {
            delta[j] = row[j] - mean[j];
            mean[j] += delta[j] / n;
        }
        for (int j = 0; j < d; j++) {
            double after = row[j] - mean[j];
            double[] sj = s[j];
            for (int k = 0; k < d; k++) {
                sj[k] += delta[k] * after;
            }
        }
    }

    /** Moves column {@code j} to units of 2^target (exact up to underflow of negligible parts). */
    private void rescale(int j, int target) {
        int by = scale[j] - target;
        if (by == 0) {
            return;
        }
        mean[j] = Math.scalb(mean[j], by);
        for (int k = 0; k < d; k++) {
            s[j][k] = Math.scalb(s[j][k], by);
            s[k][j] = Math.scalb(s[k][j], by);
        }
        scale[j] = target;
        inv[j] = Math.scalb(1.0, -target);
    }


    /**
     * Merges another accumulator of the same dimension into this one.
     *
     * @param other accumulator to merge; unchanged
     * @return this accumulator
     * @throws NullPointerException     if {@code other} is null
     * @throws IllegalArgumentException if the dimensions differ
     */
    public CovarianceMatrix combine(CovarianceMatrix other) {
        Checks.notNull(other, "other");
        if (other.d != d) {
            throw new IllegalArgumentException(
                    "other has dimension " + other.d + " but this has dimension " + d);
        }
        if (other.n == 0) {
            return this;
        }
        for (int j = 0; j < d; j++) {
            maxAbs[j] = Math.max(maxAbs[j], other.maxAbs[j]);
            rescale(j, Scaling.scaleFor(maxAbs[j], scale[j]));
        }
        double na = n;
        double nb = other.n;
        double nt = na + nb;
        double f = na * nb / nt;
        double[] dm = new double[d];
        int[] by = new int[d];
        for (int j = 0; j < d; j++) {
            // other's values in this accumulator's units (the same unless a side needed rescaling)
            by[j] = other.scale[j] - scale[j];
            dm[j] = Math.scalb(other.mean[j], by[j]) - mean[j];
        }
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < d; k++) {
                s[j][k] += Math.scalb(other.s[j][k], by[j] + by[k]) + dm[j] * dm[k] * f;
            }
            mean[j] += dm[j] * nb / nt;
        }
        n += other.n;
        return this;
    }

    /**
     * Dimension \( d \).
     *
     * @return the dimension
     */
    public int dimension() {
        return d;
    }

    /**
     * Number of observations.
     *
     * @return the count
     */
    public long count() {
        return n;
    }

    /**
     * Mean vector.
     *
     * @return a new array (NaN entries if empty)
     */
    public double[] mean() {
        double[] m = new double[d];
        for (int j = 0; j < d; j++) {
            m[j] = n == 0 ? Double.NaN : Math.scalb(mean[j], scale[j]);
        }
        return m;
    }

    /**
     * Unbiased covariance matrix (divides by \( n - 1 \)).
     *
     * @return a new \( d \times d \) array (NaN entries if fewer than 2 observations)
     */
    public double[][] covariance() {
        return scaled(n < 2 ? Double.NaN : 1.0 / (n - 1));
    }

    /**
     * Population covariance matrix (divides by \( n \)), the maximum-likelihood estimate.
     *
     * @return a new \( d \times d \) array (NaN entries if empty)
     */
    public double[][] populationCovariance() {
        return scaled(n == 0 ? Double.NaN : 1.0 / n);
    }

    private double[][] scaled(double f) {
        double[][] c = new double[d][d];
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < d; k++) {
                // symmetrize against rounding
                c[j][k] = Math.scalb(0.5 * (s[j][k] + s[k][j]) * f, scale[j] + scale[k]);
            }
        }
        return c;
    }

    /**
     * Pearson correlation matrix.
     *
     * @return a new \( d \times d \) array; NaN where a column is constant or \( n &lt; 2 \)
     */
    public double[][] correlation() {
        double[][] r = new double[d][d];
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < d; k++) {
                double sjk = 0.5 * (s[j][k] + s[k][j]);
                if (n < 2 || s[j][j] == 0 || s[k][k] == 0) {
                    r[j][k] = Double.NaN;
                } else if (j == k) {
                    r[j][k] = 1.0;
                } else {
                    // scale-free; separate square roots only where the product leaves the double range
                    double product = s[j][j] * s[k][k];
                    double rjk = product > Double.MIN_NORMAL && product < Double.POSITIVE_INFINITY
                            ? sjk / Math.sqrt(product)
                            : sjk / (Math.sqrt(s[j][j]) * Math.sqrt(s[k][k]));
                    r[j][k] = Math.max(-1.0, Math.min(1.0, rjk));
                }
            }
        }
        return r;
    }

    /**
     * Dimension and count, then (from two observations on, up to 12 dimensions) the sample
     * covariance matrix to 4 significant digits.
     *
     * @return a summary: one line, or a header line and a table
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CovarianceMatrix(d=").append(d).append(", n=").append(n).append(')');
        if (n < 2 || d > 12) {
            return sb.toString();
        }
        double[][] c = covariance();
        String[] head = new String[d + 1];
        head[0] = "";
        for (int j = 0; j < d; j++) {
            head[j + 1] = "x" + j;
        }
        Format.Table t = Format.table(head);
        for (int i = 0; i < d; i++) {
            String[] row = new String[d + 1];
            row[0] = "x" + i;
            for (int j = 0; j < d; j++) {
                row[j + 1] = Format.sig(c[i][j]);
            }
            t.row(row);
        }
        return sb.append('\n').append(t).toString();
    }
}
