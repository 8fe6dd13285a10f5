package dev.statlearn.eval.curve;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.eval.internal.BinaryInputs;
import dev.statlearn.eval.internal.RankCounts;

import java.util.Arrays;

/**
 * The detection error tradeoff (DET) curve of binary scores (Martin et al. 1997), as
 * scikit-learn's {@code det_curve}: the false-negative (miss) rate against the false-positive
 * (false alarm) rate of the rule "predict positive iff score &ge; threshold",
 * \[ \mathrm{FPR}(t) = \frac{FP(t)}{N}, \qquad \mathrm{FNR}(t) = 1 - \mathrm{TPR}(t) = \frac{FN(t)}{P}. \]
 * It carries the same operating points as the {@link RocCurve}, usually drawn on normal-deviate
 * (probit) axes, where two normal score distributions give a straight line.
 *
 * <p>Points are in increasing-threshold order, as scikit-learn: the thresholds are the distinct
 * scores from the largest at which every positive is still flagged (FNR = 0) up to the smallest at
 * which the false-positive rate is at its lowest (0 unless the top score is tied with a
 * negative); thresholds outside that range only repeat an end rate and are left out. Scores must be
 * finite and both classes present. Immutable.
 *
 * @since 0.2
 */
public final class DetCurve {

    private final double[] thresholds;
    private final double[] fpr;
    private final double[] fnr;

    private DetCurve(double[] thresholds, double[] fpr, double[] fnr) {
        this.thresholds = thresholds;
        this.fpr = fpr;
        this.fnr = fnr;
    }

    /**
     * The DET curve of binary labels (positive class 1).
     *
     * @param actual labels in {0, 1}, both present. Not modified.
     * @param scores finite scores, higher meaning more likely positive, same length. Not modified.
     * @return the curve
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, a label is not 0 or 1, a score is not
     *                                  finite, or only one class occurs
     */
    public static DetCurve of(int[] actual, double[] scores) {
        Checks.notNull(scores, "scores");
        RankCounts rc = RankCounts.of(BinaryInputs.labels(actual), scores, 1);
        if (rc.positives == 0 || rc.negatives == 0) {
            throw new IllegalArgumentException("actual must contain both positives and negatives for a DET curve,"
                    + " but it has " + rc.positives + " positives and " + rc.negatives + " negatives");
        }
        // slots 1..size in decreasing threshold order, as scikit-learn's _binary_clf_curve
        int m = rc.size;
        int first = 0; // last index (0-based over slots 1..m) with fps == fps of the first slot
        while (first + 1 < m && rc.fps[first + 2] == rc.fps[1]) {
            first++;
        }
        int last = 0; // first index reaching all positives
        while (rc.tps[last + 1] != rc.positives) {
            last++;
        }
        int len = last - first + 1;
        double[] thr = new double[len];
        double[] fp = new double[len];
        double[] fn = new double[len];
        for (int j = 0; j < len; j++) {
            int slot = last + 1 - j; // reversed: increasing thresholds
            thr[j] = rc.thresholds[slot];
            fp[j] = (double) rc.fps[slot] / rc.negatives;
            fn[j] = (double) (rc.positives - rc.tps[slot]) / rc.positives;
        }
        return new DetCurve(thr, fp, fn);
    }

    /**
     * Returns the number of points.
     *
     * @return the number of points, {@code >= 1}
     */
    public int size() {
        return thresholds.length;
    }

    /**
     * Returns the thresholds, strictly increasing.
     *
     * @return a new array
     */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /**
     * Returns the false-positive rates \( FP/N \), non-increasing.
     *
     * @return a new array
     */
    public double[] falsePositiveRates() {
        return fpr.clone();
    }

    /**
     * Returns the false-negative (miss) rates \( FN/P \), non-decreasing.
     *
     * @return a new array
     */
    public double[] falseNegativeRates() {
        return fnr.clone();
    }

    /**
     * Returns a short summary.
     *
     * @return e.g. {@code "DetCurve[12 points, FPR 0.4 to 0, FNR 0 to 0.6]"}
     */
    @Override
    public String toString() {
        int n = fpr.length;
        return "DetCurve[" + n + " points, FPR " + Format.sig(fpr[0]) + " to " + Format.sig(fpr[n - 1]) + ", FNR "
                + Format.sig(fnr[0]) + " to " + Format.sig(fnr[n - 1]) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DetCurve d && Arrays.equals(d.thresholds, thresholds) && Arrays.equals(d.fpr, fpr)
                && Arrays.equals(d.fnr, fnr);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(thresholds) * 31 + Arrays.hashCode(fpr);
    }
}
