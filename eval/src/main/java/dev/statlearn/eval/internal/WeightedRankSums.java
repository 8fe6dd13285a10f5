package dev.statlearn.eval.internal;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import java.util.Arrays;

/**
 * Cumulative true/false-positive <em>weights</em> at each distinct score, in decreasing score
 * order: the weighted counterpart of {@link RankCounts}, with the same slots (slot 0 at
 * \( \max(s) + 1 \), nothing flagged) (scikit-learn's {@code _binary_clf_curve}
 * with {@code sample_weight}). Samples of weight 0 are dropped first, as scikit-learn does.
 *
 * <p>Algorithm: the distinct scores are found by sorting a primitive copy (ties grouped with
 * {@code ==} after mapping {@code -0.0} to {@code 0.0}); each sample's weight is added to its
 * score's bucket found by binary search; the buckets are then accumulated from the top. O(n log n),
 * no boxing. Not API.
 */
public final class WeightedRankSums extends CumulativeCounts {

    /** Summed weight of the positives with score {@code >= thresholds[i]}; slot 0 holds 0. */
    public final double[] tps;
    /** Summed weight of the negatives with score {@code >= thresholds[i]}; slot 0 holds 0. */
    public final double[] fps;
    /** Total weight of the positives. */
    public final double positives;
    /** Total weight of the negatives. */
    public final double negatives;

    private WeightedRankSums(double[] thresholds, double[] tps, double[] fps, double positives, double negatives) {
        super(thresholds, thresholds.length - 1, positives, negatives);
        this.tps = tps;
        this.fps = fps;
        this.positives = positives;
        this.negatives = negatives;
    }
    /**
     * Checks the arguments of a weighted curve's factory, then sums: {@code actual} non-negative,
     * {@code positiveClass >= 0}, and as {@link #of(int[], double[], int, double[], String)}.
     *
     * @param actual        labels, must be {@code >= 0}
     * @param scores        scores
     * @param positiveClass the positive label
     * @param weights       sample weights
     * @return the sums
     * @throws NullPointerException     if an array is null
     * @throws IllegalArgumentException if a label, {@code positiveClass}, a score or a weight is
     *                                  invalid or the lengths differ
     */
    public static WeightedRankSums checked(int[] actual, double[] scores, int positiveClass, double[] weights) {
        Checks.notNull(actual, "actual");
        Checks.notNull(scores, "scores");
        Checks.notNull(weights, "weights");
        Checks.labels(actual, "actual");
        Checks.nonNegative(positiveClass, "positiveClass");
        return of(actual, scores, positiveClass, weights, "scores");
    }

    /**
     * Sums over scores whose class is positive iff {@code actual[i] == positiveClass}.
     *
     * @param actual        labels (already validated)
     * @param scores        scores, validated here: finite, same length
     * @param positiveClass the positive label
     * @param weights       sample weights, validated here: finite, {@code >= 0}, same length
     * @param scoresName    name of the scores argument, for messages
     * @return the sums
     * @throws IllegalArgumentException if a score or a weight is invalid or the lengths differ
     */
    public static WeightedRankSums of(int[] actual, double[] scores, int positiveClass, double[] weights,
                                      String scoresName) {
        int n = actual.length;
        if (scores.length != n) {
            throw new IllegalArgumentException("actual has length " + n + " but " + scoresName + " has length "
                    + scores.length);
        }
        if (weights.length != n) {
            throw new IllegalArgumentException("actual has length " + n + " but weights has length " + weights.length);
        }
        double[] kept = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double s = scores[i];
            if (!(s - s == 0)) {
                throw new IllegalArgumentException(scoresName + "[" + i + "] must be finite, was " + s);
            }
            double w = weights[i];
            if (!(w >= 0) || w == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("weights[" + i + "] must be finite and >= 0, was " + w);
            }
            if (w > 0) {
                kept[m++] = s + 0.0; // -0.0 -> 0.0
            }
        }
        double[] distinct = Arrays.copyOf(kept, m);
        Arrays.sort(distinct);
        int d = 0;
        for (int i = 0; i < m; i++) {
            if (d == 0 || distinct[i] != distinct[d - 1]) {
                distinct[d++] = distinct[i];
            }
        }
        double[] pos = new double[d];
        double[] neg = new double[d];
        for (int i = 0; i < n; i++) {
            if (weights[i] > 0) {
                int b = Arrays.binarySearch(distinct, 0, d, scores[i] + 0.0);
                if (actual[i] == positiveClass) {
                    pos[b] += weights[i];
                } else {
                    neg[b] += weights[i];
                }
            }
        }
        double[] thr = new double[d + 1];
        double[] tps = new double[d + 1];
        double[] fps = new double[d + 1];
        double tp = 0;
        double fp = 0;
        for (int j = 1; j <= d; j++) {
            int b = d - j;
            tp += pos[b];
            fp += neg[b];
            thr[j] = distinct[b];
            tps[j] = tp;
            fps[j] = fp;
        }
        if (d > 0) {
            thr[0] = CumulativeCounts.aboveTop(thr[1]);
        }
        return new WeightedRankSums(thr, tps, fps, tp, fp);
    }

    /**
     * The trapezoidal area under (FPR, TPR) from (0, 0) through every threshold:
     * \( \sum_i (F_i - F_{i-1})(T_i + T_{i-1}) / (2PN) \).
     *
     * @return the weighted ROC AUC (requires positive {@code positives} and {@code negatives})
     */
    public double auc() {
        CompensatedSum s = new CompensatedSum();
        double tp0 = 0;
        double fp0 = 0;
        for (int i = 1; i <= size; i++) {
            double term = (fps[i] - fp0) * (tps[i] + tp0);
            s.add(term);
            tp0 = tps[i];
            fp0 = fps[i];
        }
        return Math.min(1.0, s.value() / (2.0 * positives * negatives));
    }

    @Override
    double flagged(boolean positive, int slot) {
        return positive ? tps[slot] : fps[slot];
    }
}
