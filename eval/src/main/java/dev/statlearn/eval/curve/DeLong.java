package dev.statlearn.eval.curve;

import dev.statlearn.core.Checks;
import dev.statlearn.eval.ConfidenceInterval;
import dev.statlearn.eval.internal.NormalQuantile;
import dev.statlearn.eval.internal.RankCounts;

import java.util.Arrays;

/**
 * DeLong's nonparametric variance of the ROC AUC and the normal-approximation confidence
 * interval built on it (DeLong, DeLong &amp; Clarke-Pearson 1988,
 * <a href="https://doi.org/10.2307/2531595">doi:10.2307/2531595</a>).
 *
 * <p>With \( \psi(x, y) = [x &gt; y] + \frac12 [x = y] \), the structural components of the
 * \( P \) positive scores \( x_i \) and \( N \) negative scores \( y_j \) are
 * \[ V_{10}(x_i) = \frac1N \sum_j \psi(x_i, y_j), \qquad
 *    V_{01}(y_j) = \frac1P \sum_i \psi(x_i, y_j), \]
 * the AUC is their common mean \( \hat\theta \), and
 * \[ \widehat{\mathrm{Var}}(\hat\theta) = \frac{S_{10}}{P} + \frac{S_{01}}{N}, \quad
 *    S_{10} = \frac{1}{P-1} \sum_i (V_{10}(x_i) - \hat\theta)^2, \quad
 *    S_{01} = \frac{1}{N-1} \sum_j (V_{01}(y_j) - \hat\theta)^2. \]
 * The interval is \( \hat\theta \pm z_{(1+\text{level})/2} \sqrt{\widehat{\mathrm{Var}}} \), with
 * its bounds limited to [0, 1] (as R's pROC does); the normal quantile is Wichura's AS 241.
 *
 * <p>The components are computed from the two sorted score arrays in O(n log n) (mid-ranks, as
 * Sun &amp; Xu 2014, <a href="https://doi.org/10.1109/LSP.2014.2337313">doi</a>), not by the
 * O(PN) double sum. Ties count ½. Needs at least 2 positives and 2 negatives. When every
 * positive outranks every negative the variance is 0 and the interval collapses to the point.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DeLong {

    private final double auc;
    private final double variance;
    private final int positives;
    private final int negatives;

    private DeLong(double auc, double variance, int positives, int negatives) {
        this.auc = auc;
        this.variance = variance;
        this.positives = positives;
        this.negatives = negatives;
    }

    /**
     * DeLong's variance for binary labels (positive class 1).
     *
     * @param actual labels in {0, 1}. Not modified.
     * @param scores finite scores, same length. Not modified.
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, a label is not 0 or 1, a score is not
     *                                  finite, or there are fewer than 2 positives or 2 negatives
     */
    public static DeLong of(int[] actual, double[] scores) {
        Checks.notNull(actual, "actual");
        Checks.notNull(scores, "scores");
        Checks.labels(actual, 2, "actual");
        return of(actual, scores, 1);
    }

    /**
     * DeLong's variance for class {@code positiveClass} against the other labels.
     *
     * @param actual        non-negative labels. Not modified.
     * @param scores        finite scores, same length. Not modified.
     * @param positiveClass the positive label
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(int[], double[])}
     */
    public static DeLong of(int[] actual, double[] scores, int positiveClass) {
        Checks.notNull(actual, "actual");
        Checks.notNull(scores, "scores");
        Checks.labels(actual, "actual");
        double[][] pn = RankCounts.split(actual, scores, positiveClass);
        double[] x = pn[0];
        double[] y = pn[1];
        int p = x.length;
        int n = y.length;
        if (p < 2 || n < 2) {
            throw new IllegalArgumentException("actual must contain at least 2 positives (label " + positiveClass
                    + ") and 2 negatives for DeLong's variance, but it has " + p + " positives and "
                    + n + " negatives");
        }
        Arrays.sort(x);
        Arrays.sort(y);
        // V10(x_i) = (#{y < x_i} + #{y == x_i} / 2) / N, walking x upwards through y
        double[] v10 = new double[p];
        int lt = 0;
        int le = 0;
        for (int i = 0; i < p; i++) {
            while (lt < n && y[lt] < x[i]) {
                lt++;
            }
            if (le < lt) {
                le = lt;
            }
            while (le < n && y[le] <= x[i]) {
                le++;
            }
            v10[i] = (lt + 0.5 * (le - lt)) / n;
        }
        // V01(y_j) = (#{x > y_j} + #{x == y_j} / 2) / P
        double[] v01 = new double[n];
        lt = 0;
        le = 0;
        for (int j = 0; j < n; j++) {
            while (lt < p && x[lt] < y[j]) {
                lt++;
            }
            if (le < lt) {
                le = lt;
            }
            while (le < p && x[le] <= y[j]) {
                le++;
            }
            v01[j] = ((p - le) + 0.5 * (le - lt)) / p;
        }
        double auc = RankCounts.twiceArea(x, y) / (2.0 * p * (double) n);
        double s10 = sumSquares(v10, auc) / (p - 1);
        double s01 = sumSquares(v01, auc) / (n - 1);
        return new DeLong(auc, s10 / p + s01 / n, p, n);
    }

    private static double sumSquares(double[] v, double mean) {
        double s = 0;
        double c = 0;
        for (double x : v) {
            double d = x - mean;
            s += d * d;
            c += d;
        }
        // corrected two-pass: remove the rounding error of the mean
        return Math.max(0.0, s - c * c / v.length);
    }

    /**
     * Returns the AUC (ties ½), equal to {@link RocCurve#auc()}.
     *
     * @return the AUC
     */
    public double auc() {
        return auc;
    }

    /**
     * Returns DeLong's variance estimate of the AUC.
     *
     * @return the variance, {@code >= 0}
     */
    public double variance() {
        return variance;
    }

    /**
     * Returns the standard error \( \sqrt{\widehat{\mathrm{Var}}} \).
     *
     * @return the standard error
     */
    public double standardError() {
        return Math.sqrt(variance);
    }

    /**
     * Returns the number of positives.
     *
     * @return \( P \)
     */
    public int positives() {
        return positives;
    }

    /**
     * Returns the number of negatives.
     *
     * @return \( N \)
     */
    public int negatives() {
        return negatives;
    }

    /**
     * Returns the normal-approximation interval \( \hat\theta \pm z\,\mathrm{SE} \), bounds limited
     * to [0, 1].
     *
     * @param level coverage in (0, 1), e.g. 0.95
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public ConfidenceInterval confidenceInterval(double level) {
        Checks.inOpenRange(level, 0, 1, "level");
        double half = NormalQuantile.of(0.5 + level / 2) * standardError();
        return new ConfidenceInterval(auc, Math.max(0.0, auc - half), Math.min(1.0, auc + half), level);
    }

    /**
     * Returns a short summary.
     *
     * @return e.g. {@code "DeLong[AUC=0.9704, SE=0.0063, P=212, N=357]"}
     */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "DeLong[AUC=%.4f, SE=%.4f, P=%d, N=%d]", auc,
                standardError(), positives, negatives);
    }
}
