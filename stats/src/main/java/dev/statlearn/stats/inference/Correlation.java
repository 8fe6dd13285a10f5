package dev.statlearn.stats.inference;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.stats.descriptive.NanPolicy;
import dev.statlearn.stats.descriptive.Covariance;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.StudentT;
import java.util.Arrays;

/**
 * Tests of association between two paired samples, with two-sided p-values for the null
 * hypothesis of no association, as SciPy 1.10's {@code pearsonr}, {@code spearmanr} and
 * {@code kendalltau}.
 *
 * <ul>
 *   <li><b>Pearson</b> \( r = \frac{\sum (x_i - \bar x)(y_i - \bar y)}{\sqrt{\sum (x_i - \bar x)^2 \sum (y_i - \bar y)^2}} \);
 *       under independent normal samples \( (1 + r)/2 \sim \mathrm{Beta}(n/2 - 1, n/2 - 1) \), so
 *       \( p = 2\, I_{(1 - |r|)/2}(n/2 - 1, n/2 - 1) \) (exact). Its confidence interval is Fisher's
 *       \( \tanh\big(\operatorname{artanh} r \pm z_{(1+\text{level})/2} / \sqrt{n - 3}\big) \)
 *       ({@code pearsonr(x, y).confidence_interval(level)}).</li>
 *   <li><b>Spearman</b> \( \rho \): Pearson's \( r \) of the ranks (ties get their average rank);
 *       \( p = 2 P(T_{n-2} \ge |t|) \), \( t = \rho \sqrt{(n-2)/((1+\rho)(1-\rho))} \).</li>
 *   <li><b>Kendall's</b> \( \tau_b = \frac{C - D}{\sqrt{(n_0 - n_1)(n_0 - n_2)}} \) with \( C, D \)
 *       the concordant and discordant pairs, \( n_0 = n(n-1)/2 \) and \( n_1, n_2 \) the pairs tied
 *       in \( x \), in \( y \). The p-value is exact (the permutation distribution of \( D \), by
 *       the recurrence of the number of permutations with \( D \) inversions) when there are no
 *       ties and \( n \le 33 \) or \( \min(D, n_0 - D) \le 1 \), otherwise from the normal
 *       approximation with the tie-corrected variance
 *       \( \frac{v_0 - v_1 - v_2}{18} + \frac{2 n_1 n_2}{n(n-1)} + \frac{t_1 u_1}{9 n (n-1)(n-2)} \)
 *       of \( C - D \) — SciPy's {@code method='auto'}. Pairs are counted directly, in
 *       \( O(n^2) \) time, hence the limit {@value #MAX_KENDALL_SIZE} on \( n \).</li>
 * </ul>
 *
 * <p>Edge cases: fewer than 2 pairs, non-finite values, different lengths and constant samples
 * (the coefficient is 0/0; SciPy returns NaN with a warning) are rejected. With \( n = 2 \) the
 * Pearson and Spearman coefficients are \( \pm 1 \) with \( p = 1 \), as SciPy; the Fisher interval
 * needs \( n \ge 4 \) and is \( [-1, 1] \) below.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class Correlation {

    /** Largest sample size for {@link #kendallTau(double[], double[])}, whose pair count is quadratic. */
    public static final int MAX_KENDALL_SIZE = 20_000;

    private Correlation() {
    }

    /**
     * Pearson's correlation coefficient and its exact two-sided p-value
     * ({@code scipy.stats.pearsonr(x, y)}).
     *
     * @param x first sample, finite, not constant. Not modified.
     * @param y second sample, same length, finite, not constant. Not modified.
     * @return \( r \) in [-1, 1] and \( p \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, fewer than 2 pairs, a value is not
     *                                  finite, or a sample is constant
     */
    public static TestResult pearson(double[] x, double[] y) {
        double r = pearsonR(x, y);
        int n = x.length;
        if (n == 2) {
            return new TestResult(r, 1.0);
        }
        double a = n / 2.0 - 1;
        double p = 2 * Beta.of(a, a).cdf(0.5 - 0.5 * Math.abs(r));
        return new TestResult(r, clip(p));
    }

    /**
     * Fisher's confidence interval for Pearson's correlation
     * ({@code scipy.stats.pearsonr(x, y).confidence_interval(level)}):
     * \( \tanh\big(\operatorname{artanh} r \pm z_{(1+\text{level})/2} / \sqrt{n - 3}\big) \), or
     * \( [-1, 1] \) for \( n \le 3 \).
     *
     * @param x     first sample, finite, not constant. Not modified.
     * @param y     second sample, same length. Not modified.
     * @param level confidence level in (0, 1)
     * @return the interval
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #pearson(double[], double[])}, or if {@code level}
     *                                  is not in (0, 1)
     */
    public static Interval pearsonConfidenceInterval(double[] x, double[] y, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        double r = pearsonR(x, y);
        int n = x.length;
        if (n <= 3) {
            return new Interval(-1, 1, level);
        }
        double zr = atanh(r);
        double half = Normal.standard().inverseCdf(0.5 + level / 2) / Math.sqrt(n - 3.0);
        return new Interval(Math.tanh(zr - half), Math.tanh(zr + half), level);
    }

    /**
     * Spearman's rank correlation and its two-sided p-value ({@code scipy.stats.spearmanr(x, y)}).
     *
     * @param x first sample, finite, not constant. Not modified.
     * @param y second sample, same length, finite, not constant. Not modified.
     * @return \( \rho \) in [-1, 1] and \( p \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, fewer than 2 pairs, a value is not
     *                                  finite, or a sample is constant
     */
    public static TestResult spearman(double[] x, double[] y) {
        checkPairs(x, y);
        double rho = pearsonR(ranks(x), ranks(y));
        int n = x.length;
        if (n == 2) {
            return new TestResult(rho, 1.0);
        }
        double dof = n - 2.0;
        double denom = (rho + 1) * (1 - rho);
        if (!(denom > 0)) {
            return new TestResult(rho, 0.0);
        }
        double t = rho * Math.sqrt(dof / denom);
        return new TestResult(rho, clip(2 * StudentT.standard(dof).survival(Math.abs(t))));
    }

    /**
     * Kendall's \( \tau_b \) and its two-sided p-value ({@code scipy.stats.kendalltau(x, y)}, SciPy
     * 1.10's {@code method='auto'}).
     *
     * @param x first sample, finite, not constant. Not modified.
     * @param y second sample, same length, finite, not constant. Not modified.
     * @return \( \tau_b \) in [-1, 1] and \( p \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, fewer than 2 or more than
     *                                  {@value #MAX_KENDALL_SIZE} pairs, a value is not finite, or a
     *                                  sample is constant
     */
    public static TestResult kendallTau(double[] x, double[] y) {
        checkPairs(x, y);
        int n = x.length;
        if (n > MAX_KENDALL_SIZE) {
            throw new IllegalArgumentException("x must have at most " + MAX_KENDALL_SIZE
                    + " values for Kendall's tau (pairs are counted in O(n^2)), had " + n);
        }
        long conMinusDis = 0;
        long dis = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int s = Double.compare(x[i], x[j]) * Double.compare(y[i], y[j]);
                // compare gives -1/0/1 (no NaN here); -0.0 and 0.0 are equal values
                if (x[i] == x[j] || y[i] == y[j]) {
                    continue;
                }
                conMinusDis += s;
                if (s < 0) {
                    dis++;
                }
            }
        }
        long[] tx = ties(x);
        long[] ty = ties(y);
        long tot = (long) n * (n - 1) / 2;
        if (tx[0] == tot || ty[0] == tot) {
            throw new IllegalArgumentException((tx[0] == tot ? "x" : "y")
                    + " must not be constant to compute Kendall's tau (it would be 0/0)");
        }
        double tau = conMinusDis / Math.sqrt((double) (tot - tx[0])) / Math.sqrt((double) (tot - ty[0]));
        tau = Math.max(-1, Math.min(1, tau));
        double p;
        long c = Math.min(dis, tot - dis);
        if (tx[0] == 0 && ty[0] == 0 && (n <= 33 || c <= 1)) {
            p = kendallExactP(n, c);
        } else {
            double m = n * (n - 1.0);
            double var = (m * (2.0 * n + 5) - tx[2] - ty[2]) / 18 + 2.0 * tx[0] * ty[0] / m
                    + (double) tx[1] * ty[1] / (9 * m * (n - 2.0));
            double z = conMinusDis / Math.sqrt(var);
            p = 2 * Normal.standard().survival(Math.abs(z));
        }
        return new TestResult(tau, clip(p));
    }

    /**
     * Pearson's test with NaN treated by {@code nanPolicy}: {@link NanPolicy#OMIT} drops every pair
     * with a NaN in either sample (as SciPy's masked statistics), {@link NanPolicy#RAISE} rejects it.
     *
     * @param x         first sample. Not modified.
     * @param y         second sample, same length. Not modified.
     * @param nanPolicy {@code OMIT} or {@code RAISE} ({@code PROPAGATE} would need a NaN result)
     * @return \( r \) and \( p \) of the remaining pairs
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #pearson(double[], double[])} on the remaining
     *                                  pairs, or if {@code nanPolicy} is {@code PROPAGATE}
     */
    public static TestResult pearson(double[] x, double[] y, NanPolicy nanPolicy) {
        double[][] p = NanPolicies.pairs(x, y, nanPolicy);
        return pearson(p[0], p[1]);
    }

    /**
     * Spearman's test with NaN treated by {@code nanPolicy}
     * ({@code scipy.stats.spearmanr(x, y, nan_policy='omit')} drops pairs as well).
     *
     * @param x         first sample. Not modified.
     * @param y         second sample, same length. Not modified.
     * @param nanPolicy {@code OMIT} or {@code RAISE}
     * @return \( \rho \) and \( p \) of the remaining pairs
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #spearman(double[], double[])} on the remaining
     *                                  pairs, or if {@code nanPolicy} is {@code PROPAGATE}
     */
    public static TestResult spearman(double[] x, double[] y, NanPolicy nanPolicy) {
        double[][] p = NanPolicies.pairs(x, y, nanPolicy);
        return spearman(p[0], p[1]);
    }

    /**
     * Kendall's test with NaN treated by {@code nanPolicy}
     * ({@code scipy.stats.kendalltau(x, y, nan_policy='omit')}).
     *
     * @param x         first sample. Not modified.
     * @param y         second sample, same length. Not modified.
     * @param nanPolicy {@code OMIT} or {@code RAISE}
     * @return \( \tau_b \) and \( p \) of the remaining pairs
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #kendallTau(double[], double[])} on the remaining
     *                                  pairs, or if {@code nanPolicy} is {@code PROPAGATE}
     */
    public static TestResult kendallTau(double[] x, double[] y, NanPolicy nanPolicy) {
        double[][] p = NanPolicies.pairs(x, y, nanPolicy);
        return kendallTau(p[0], p[1]);
    }

    /** 2 P(D <= c) for the number of inversions D of a uniform random permutation of n. */
    private static double kendallExactP(int n, long c) {
        if (n <= 2) {
            return 1.0;
        }
        if (c == 0) {
            return n < 171 ? 2.0 / factorial(n) : 0.0;
        }
        if (c == 1) {
            return n < 172 ? 2.0 / factorial(n - 1) : 0.0;
        }
        if (4 * c == (long) n * (n - 1)) {
            return 1.0;
        }
        // counts[k] = number of permutations of j elements with k inversions, k <= c (c <= 33*32/4)
        int cc = (int) c;
        double[] counts = new double[cc + 1];
        counts[0] = 1;
        counts[1] = 1;
        for (int j = 3; j <= n; j++) {
            double[] cum = new double[cc + 1];
            double s = 0;
            for (int k = 0; k <= cc; k++) {
                s += counts[k];
                cum[k] = s;
            }
            for (int k = 0; k <= cc; k++) {
                counts[k] = cum[k] - (k >= j ? cum[k - j] : 0);
            }
        }
        double sum = 0;
        for (double v : counts) {
            sum += v;
        }
        return 2.0 * sum / factorial(n);
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /** {pairs tied, sum t(t-1)(t-2), sum t(t-1)(2t+5)} over the tie groups t of x. */
    private static long[] ties(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        long pairs = 0;
        long t1 = 0;
        long t2 = 0;
        int i = 0;
        while (i < s.length) {
            int j = i;
            while (j + 1 < s.length && s[j + 1] == s[i]) {
                j++;
            }
            long t = j - i + 1;
            pairs += t * (t - 1) / 2;
            t1 += t * (t - 1) * (t - 2);
            t2 += t * (t - 1) * (2 * t + 5);
            i = j + 1;
        }
        return new long[] {pairs, t1, t2};
    }

    /** Average ranks (1-based), ties sharing the mean of their positions. */
    static double[] ranks(double[] x) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a] + 0.0, x[b] + 0.0));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }

    private static double pearsonR(double[] x, double[] y) {
        checkPairs(x, y);
        Covariance c = Covariance.of(x, y);
        double r = c.correlation();
        if (Double.isNaN(r)) {
            String which = isConstant(x) ? "x" : "y";
            throw new IllegalArgumentException(which + " must not be constant to compute a correlation (it would be 0/0)");
        }
        return Math.max(-1, Math.min(1, r));
    }

    private static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    private static void checkPairs(double[] x, double[] y) {
        Checks.notNull(x, "x");
        Checks.notNull(y, "y");
        Checks.sameLength(x.length, "x", y.length, "y");
        if (x.length < 2) {
            throw new IllegalArgumentException("x must have at least 2 values to compute a correlation, had " + x.length);
        }
        Checks.allFinite(x, "x");
        Checks.allFinite(y, "y");
    }

    private static double atanh(double r) {
        return 0.5 * Math.log1p(2 * r / (1 - r));
    }

    private static double clip(double p) {
        return Math.min(1.0, Math.max(0.0, p));
    }
}
