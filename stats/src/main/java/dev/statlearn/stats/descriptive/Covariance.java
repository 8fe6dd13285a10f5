package dev.statlearn.stats.descriptive;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;

/**
 * Streaming, mergeable covariance and Pearson correlation of paired values \( (x_i, y_i) \).
 *
 * <p>\[ C = \sum_i (x_i - \bar x)(y_i - \bar y), \qquad
 * \operatorname{cov} = \frac{C}{n-1}, \qquad
 * r = \frac{C}{\sqrt{\sum_i (x_i-\bar x)^2 \sum_i (y_i - \bar y)^2}}, \]
 * equal to {@code numpy.cov(x, y)[0, 1]} and {@code scipy.stats.pearsonr(x, y)[0]}.
 *
 * <ul>
 *   <li>Updated one pair at a time with Welford's recurrence
 *       \( C \mathrel{+}= (x - \bar x_{\text{old}})(y - \bar y_{\text{new}}) \);
 *       {@link #combine(Covariance)} uses the pairwise formula
 *       \( C = C_a + C_b + \delta_x \delta_y n_a n_b / n \) (Chan et al.).</li>
 *   <li>Scale-safe: each variable's sums are kept in units of a power of two (1 while its
 *       magnitudes lie in \( [2^{-120}, 2^{120}] \), otherwise of the order of its largest
 *       magnitude), so finite data never overflow or underflow the squares: the correlation of
 *       {@code {1e200, -1e200, 0}} with itself is 1. Scaling by a power of two is exact, so on
 *       data in that range the results are those of the unscaled recurrence, bit for bit; only a
 *       covariance beyond {@code Double.MAX_VALUE} overflows, to \( \pm\infty \).</li>
 *   <li>Non-finite values are rejected. {@code covariance} needs \( n \ge 2 \) (NaN otherwise);
 *       {@code correlation} is NaN when either variable is constant.</li>
 *   <li>Mutable and not thread-safe.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Covariance {

    private long n;
    /** x is kept in units of 2^scaleX, y in units of 2^scaleY; sxx, syy, sxy in the products. */
    private int scaleX;
    private int scaleY;
    /** 2^-scaleX and 2^-scaleY, normal numbers (the scales stay within [-1022, 1022]). */
    private double invX = 1;
    private double invY = 1;
    /** Largest magnitudes seen, unscaled. */
    private double maxAbsX;
    private double maxAbsY;
    private double meanX;
    private double meanY;
    private double sxx;
    private double syy;
    private double sxy;

    private Covariance() {
    }

    /**
     * An empty accumulator.
     *
     * @return a new accumulator
     */
    public static Covariance create() {
        return new Covariance();
    }

    /**
     * The covariance of paired arrays.
     *
     * @param x first variable; not modified
     * @param y second variable, same length; not modified
     * @return a new accumulator holding the pairs
     * @throws NullPointerException     if an array is null
     * @throws IllegalArgumentException if the lengths differ or a value is not finite
     */
    public static Covariance of(double[] x, double[] y) {
        Checks.notNull(x, "x");
        Checks.notNull(y, "y");
        Checks.sameLength(x.length, "x", y.length, "y");
        Covariance c = new Covariance();
        for (int i = 0; i < x.length; i++) {
            c.accept(x[i], y[i]);
        }
        return c;
    }

    /**
     * Adds one pair.
     *
     * @param x first value, finite
     * @param y second value, finite
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public void accept(double x, double y) {
        Checks.finite(x, "x");
        Checks.finite(y, "y");
        double ax = Math.abs(x);
        if (ax > maxAbsX) {
            maxAbsX = ax;
            rescaleX(Scaling.scaleFor(ax, scaleX));
        }
        double ay = Math.abs(y);
        if (ay > maxAbsY) {
            maxAbsY = ay;
            rescaleY(Scaling.scaleFor(ay, scaleY));
        }
        // exact power-of-two scaling; x and y themselves when the scales are 1
        x *= invX;
        y *= invY;
        n++;
        double dx = x - meanX;
        double dy = y - meanY;
        meanX += dx / n;
        meanY += dy / n;
        double dy2 = y - meanY;
        sxx += dx * (x - meanX);
        syy += dy * dy2;
        sxy += dx * dy2;
    }

    private void rescaleX(int target) {
        int by = scaleX - target;
        if (by != 0) {
            meanX = Math.scalb(meanX, by);
            sxx = Math.scalb(sxx, 2 * by);
            sxy = Math.scalb(sxy, by);
            scaleX = target;
            invX = Math.scalb(1.0, -target);
        }
    }

    private void rescaleY(int target) {
        int by = scaleY - target;
        if (by != 0) {
            meanY = Math.scalb(meanY, by);
            syy = Math.scalb(syy, 2 * by);
            sxy = Math.scalb(sxy, by);
            scaleY = target;
            invY = Math.scalb(1.0, -target);
        }
    }


    /**
     * Merges another accumulator into this one.
     *
     * @param other accumulator to merge; unchanged
     * @return this accumulator
     * @throws NullPointerException if {@code other} is null
     */
    public Covariance combine(Covariance other) {
        Checks.notNull(other, "other");
        if (other.n == 0) {
            return this;
        }
        if (n == 0) {
            n = other.n;
            scaleX = other.scaleX;
            scaleY = other.scaleY;
            invX = other.invX;
            invY = other.invY;
            maxAbsX = other.maxAbsX;
            maxAbsY = other.maxAbsY;
            meanX = other.meanX;
            meanY = other.meanY;
            sxx = other.sxx;
            syy = other.syy;
            sxy = other.sxy;
            return this;
        }
        maxAbsX = Math.max(maxAbsX, other.maxAbsX);
        maxAbsY = Math.max(maxAbsY, other.maxAbsY);
        rescaleX(Scaling.scaleFor(maxAbsX, scaleX));
        rescaleY(Scaling.scaleFor(maxAbsY, scaleY));
        // other's sums in this accumulator's units (the same unless one side needed rescaling)
        int bx = other.scaleX - scaleX;
        int by = other.scaleY - scaleY;
        double na = n;
        double nb = other.n;
        double nt = na + nb;
        double dx = Math.scalb(other.meanX, bx) - meanX;
        double dy = Math.scalb(other.meanY, by) - meanY;
        double f = na * nb / nt;
        sxx += Math.scalb(other.sxx, 2 * bx) + dx * dx * f;
        syy += Math.scalb(other.syy, 2 * by) + dy * dy * f;
        sxy += Math.scalb(other.sxy, bx + by) + dx * dy * f;
        meanX += dx * nb / nt;
        meanY += dy * nb / nt;
        n += other.n;
        return this;
    }

    /**
     * Number of pairs.
     *
     * @return the count
     */
    public long count() {
        return n;
    }

    /**
     * Mean of the first variable.
     *
     * @return the mean, NaN if empty
     */
    public double meanX() {
        return n == 0 ? Double.NaN : Math.scalb(meanX, scaleX);
    }

    /**
     * Mean of the second variable.
     *
     * @return the mean, NaN if empty
     */
    public double meanY() {
        return n == 0 ? Double.NaN : Math.scalb(meanY, scaleY);
    }

    /**
     * Unbiased sample covariance \( C/(n-1) \).
     *
     * @return the covariance, NaN if fewer than 2 pairs
     */
    public double covariance() {
        return n < 2 ? Double.NaN : Math.scalb(sxy / (n - 1), scaleX + scaleY);
    }

    /**
     * Population covariance \( C/n \).
     *
     * @return the covariance, NaN if empty
     */
    public double populationCovariance() {
        return n == 0 ? Double.NaN : Math.scalb(sxy / n, scaleX + scaleY);
    }

    /**
     * Pearson correlation coefficient, clamped to [-1, 1] against rounding.
     *
     * @return the correlation, NaN if fewer than 2 pairs or a variable is constant
     */
    public double correlation() {
        if (n < 2 || sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        double product = sxx * syy;
        // scale-free; the product of the two sums can leave the double range only at extreme
        // counts or spreads, then the square roots are taken separately
        double r = product > Double.MIN_NORMAL && product < Double.POSITIVE_INFINITY
                ? sxy / Math.sqrt(product)
                : sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
        return Math.max(-1.0, Math.min(1.0, r));
    }

    /**
     * Count, covariance and correlation to 4 significant digits (NaN while undefined), e.g.
     * {@code Covariance(n=150, covariance=-0.0424, correlation=-0.1176)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "Covariance(n=" + n + ", covariance=" + Format.sig(covariance()) + ", correlation="
                + Format.sig(correlation()) + ")";
    }
}
