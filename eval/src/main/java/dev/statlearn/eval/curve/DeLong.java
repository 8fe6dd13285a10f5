package dev.statlearn.eval.curve;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.core.internal.SortedArrays;
import dev.statlearn.eval.ConfidenceInterval;
import dev.statlearn.eval.internal.BinaryInputs;
import dev.statlearn.eval.internal.RankCounts;
import dev.statlearn.stats.distribution.Normal;

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
 * its bounds limited to [0, 1] (as R's pROC does); the normal quantile is
 * {@link Normal#inverseCdf(double)} of {@link Normal#standard()} (Wichura's AS 241).
 *
 * <p>The components are computed from the two sorted score arrays in O(n log n) (mid-ranks, as
 * Sun &amp; Xu 2014, <a href="https://doi.org/10.1109/LSP.2014.2337313">doi</a>), not by the
 * O(PN) double sum. Ties count ½. Needs at least 2 positives and 2 negatives. When every
 * positive outranks every negative the variance is 0 and the interval collapses to the point.
 *
 * <p>{@link #compare(int[], double[], double[])} tests two scores of the same samples (two
 * models, paired): with the \( 2 \times 2 \) sample covariance matrices \( S_{10} \), \( S_{01} \)
 * of the components of both scores,
 * \[ \widehat{\mathrm{Var}}(\hat\theta_A - \hat\theta_B) = \frac{S_{10}^{AA} + S_{10}^{BB} - 2 S_{10}^{AB}}{P}
 *    + \frac{S_{01}^{AA} + S_{01}^{BB} - 2 S_{01}^{AB}}{N}, \]
 * \( z = (\hat\theta_A - \hat\theta_B) / \sqrt{\widehat{\mathrm{Var}}} \) and the two-sided
 * p-value \( 2\Phi(-|z|) \) (\( \Phi \) is {@link Normal#cdf(double)} of the standard normal).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DeLong {

    /**
     * DeLong's paired comparison of two AUCs on the same samples.
     *
     * @param aucA          AUC of the first scores
     * @param aucB          AUC of the second scores
     * @param standardError standard error of {@code aucA - aucB}, {@code >= 0}
     * @param z             \( (\mathrm{AUC}_A - \mathrm{AUC}_B) / \mathrm{SE} \); 0 if both are 0,
     *                      \( \pm\infty \) if only the standard error is 0
     * @param pValue        two-sided p-value of \( H_0: \mathrm{AUC}_A = \mathrm{AUC}_B \)
     */
    public record Comparison(double aucA, double aucB, double standardError, double z, double pValue) {
        /**
         * Checks the comparison.
         *
         * @throws IllegalArgumentException if an AUC or the p-value is outside [0, 1], or the
         *                                  standard error is negative or NaN
         */
        public Comparison {
            Checks.inRange(aucA, 0, 1, "aucA");
            Checks.inRange(aucB, 0, 1, "aucB");
            Checks.nonNegative(standardError, "standardError");
            Checks.inRange(pValue, 0, 1, "pValue");
        }

        /**
         * Returns \( \mathrm{AUC}_A - \mathrm{AUC}_B \).
         *
         * @return the difference
         */
        public double difference() {
            return aucA - aucB;
        }

        /**
         * Returns the normal-approximation interval of the difference (bounds limited to [−1, 1]).
         *
         * @param level coverage in (0, 1)
         * @return the interval around {@link #difference()}
         * @throws IllegalArgumentException if {@code level} is not in (0, 1)
         */
        public ConfidenceInterval confidenceInterval(double level) {
            Checks.inOpenRange(level, 0, 1, "level");
            double half = Normal.standard().inverseCdf(0.5 + level / 2) * standardError;
            double d = difference();
            return ConfidenceInterval.of(d, Math.max(-1.0, d - half), Math.min(1.0, d + half), level);
        }

        /**
         * The two AUCs, their difference, its standard error, z and p, e.g.
         * {@code Comparison(aucA=0.9, aucB=0.85, difference=+0.05, se=0.02, z=2.5, p=0.0124)}.
         *
         * @return a one-line summary
         */
        @Override
        public String toString() {
            return "Comparison(aucA=" + Format.sig(aucA) + ", aucB=" + Format.sig(aucB) + ", difference="
                    + Format.signed(difference(), 4) + ", se=" + Format.sig(standardError, 3) + ", z=" + Format.sig(z)
                    + ", p=" + Format.sig(pValue, 3) + ")";
        }
    }

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
        return of(BinaryInputs.labels(actual), scores, 1);
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
            throw new IllegalArgumentException("actual must contain at least 2 positives (positiveClass = " + positiveClass
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

    /**
     * DeLong's paired test of two scores of the same samples (binary labels, positive class 1).
     *
     * @param actual  labels in {0, 1}, at least 2 of each. Not modified.
     * @param scoresA finite scores of the first model. Not modified.
     * @param scoresB finite scores of the second model, same length. Not modified.
     * @return the comparison
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, a label is not 0 or 1, a score is not
     *                                  finite, or there are fewer than 2 positives or 2 negatives
     */
    public static Comparison compare(int[] actual, double[] scoresA, double[] scoresB) {
        Checks.notNull(actual, "actual");
        Checks.notNull(scoresA, "scoresA");
        Checks.notNull(scoresB, "scoresB");
        Checks.labels(actual, 2, "actual");
        Checks.sameLength(actual.length, "actual", scoresB.length, "scoresB");
        double[][] a = components(actual, scoresA, "scoresA");
        double[][] b = components(actual, scoresB, "scoresB");
        int p = a[0].length;
        int n = a[1].length;
        double[][] sa = RankCounts.split(actual, scoresA, 1, "scoresA");
        double[][] sb = RankCounts.split(actual, scoresB, 1, "scoresB");
        double aucA = RankCounts.twiceArea(sa[0], sa[1]) / (2.0 * p * (double) n);
        double aucB = RankCounts.twiceArea(sb[0], sb[1]) / (2.0 * p * (double) n);
        // variance of the difference of the components = var(A) + var(B) - 2 cov(A, B)
        double v10 = differenceVariance(a[0], b[0], aucA, aucB);
        double v01 = differenceVariance(a[1], b[1], aucA, aucB);
        double var = Math.max(0.0, v10 / p + v01 / n);
        double se = Math.sqrt(var);
        double d = aucA - aucB;
        double z = se > 0 ? d / se : d == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, d);
        double pValue = Math.min(1.0, 2 * Normal.standard().cdf(-Math.abs(z)));
        return new Comparison(aucA, aucB, se, z, pValue);
    }

    /** Sample variance (n - 1) of {@code a[i] - b[i]} about {@code ma - mb}. */
    private static double differenceVariance(double[] a, double[] b, double ma, double mb) {
        double s = 0;
        double c = 0;
        for (int i = 0; i < a.length; i++) {
            double dd = (a[i] - ma) - (b[i] - mb);
            s += dd * dd;
            c += dd;
        }
        return Math.max(0.0, s - c * c / a.length) / (a.length - 1);
    }

    /**
     * Structural components in the original sample order: {@code {V10 of each positive, V01 of
     * each negative}}, by binary search in the sorted scores of the other class.
     */
    private static double[][] components(int[] actual, double[] scores, String name) {
        Checks.sameLength(actual.length, "actual", scores.length, name);
        double[][] pn = RankCounts.split(actual, scores, 1, name);
        int p = pn[0].length;
        int n = pn[1].length;
        if (p < 2 || n < 2) {
            throw new IllegalArgumentException("actual must contain at least 2 positives (label 1) and 2 negatives"
                    + " for DeLong's variance, but it has " + p + " positives and " + n + " negatives");
        }
        double[] x = pn[0].clone();
        double[] y = pn[1].clone();
        Arrays.sort(x);
        Arrays.sort(y);
        double[] v10 = new double[p];
        for (int i = 0; i < p; i++) {
            double s = pn[0][i];
            int lt = SortedArrays.countBelow(y, s);
            int le = SortedArrays.countAtMost(y, s);
            v10[i] = (lt + 0.5 * (le - lt)) / n;
        }
        double[] v01 = new double[n];
        for (int j = 0; j < n; j++) {
            double s = pn[1][j];
            int lt = SortedArrays.countBelow(x, s);
            int le = SortedArrays.countAtMost(x, s);
            v01[j] = ((p - le) + 0.5 * (le - lt)) / p;
        }
        return new double[][] {v10, v01};
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
        double half = Normal.standard().inverseCdf(0.5 + level / 2) * standardError();
        return ConfidenceInterval.of(auc, Math.max(0.0, auc - half), Math.min(1.0, auc + half), level);
    }

    /**
     * Returns a short summary.
     *
     * @return e.g. {@code "DeLong[AUC=0.9704, SE=0.0063, P=212, N=357]"}
     */
    @Override
    public String toString() {
        return "DeLong[AUC=" + Format.sig(auc) + ", SE=" + Format.sig(standardError(), 3) + ", P=" + positives
                + ", N=" + negatives + "]";
    }
}
