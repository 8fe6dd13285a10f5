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
 *   <li>Non-finite values are rejected. {@code covariance} needs \( n \ge 2 \) (NaN otherwise);
 *       {@code correlation} is NaN when either variable is constant.</li>
 *   <li>Mutable and not thread-safe.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Covariance {

    private long n;
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
            meanX = other.meanX;
            meanY = other.meanY;
            sxx = other.sxx;
            syy = other.syy;
            sxy = other.sxy;
            return this;
        }
        double na = n;
        double nb = other.n;
        double nt = na + nb;
        double dx = other.meanX - meanX;
        double dy = other.meanY - meanY;
        double f = na * nb / nt;
        sxx += other.sxx + dx * dx * f;
        syy += other.syy + dy * dy * f;
        sxy += other.sxy + dx * dy * f;
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
        return n == 0 ? Double.NaN : meanX;
    }

    /**
     * Mean of the second variable.
     *
     * @return the mean, NaN if empty
     */
    public double meanY() {
        return n == 0 ? Double.NaN : meanY;
    }

    /**
     * Unbiased sample covariance \( C/(n-1) \).
     *
     * @return the covariance, NaN if fewer than 2 pairs
     */
    public double covariance() {
        return n < 2 ? Double.NaN : sxy / (n - 1);
    }

    /**
     * Population covariance \( C/n \).
     *
     * @return the covariance, NaN if empty
     */
    public double populationCovariance() {
        return n == 0 ? Double.NaN : sxy / n;
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
        double r = sxy / Math.sqrt(sxx * syy);
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
