package dev.statlearn.eval.curve;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.eval.internal.BinaryInputs;
import dev.statlearn.eval.internal.WeightedRankSums;

/**
 * The receiver operating characteristic of binary scores with sample weights, as scikit-learn's
 * {@code roc_curve(y, s, sample_weight=w)}: the curve of {@link RocCurve} with every count replaced
 * by a sum of weights,
 * \[ \mathrm{TPR}_t = \frac{\sum_{i \in +,\ s_i \ge t} w_i}{\sum_{i \in +} w_i}, \qquad
 *    \mathrm{FPR}_t = \frac{\sum_{i \in -,\ s_i \ge t} w_i}{\sum_{i \in -} w_i}, \]
 * at every distinct score \( t \) of the samples of positive weight, in decreasing order after the
 * point \( (0, 0) \) at \( \max(s) + 1 \) ({@code drop_intermediate=False}; {@link #dropIntermediate()}
 * gives scikit-learn's default). The area is {@link RocCurve#auc(int[], double[], double[])}.
 *
 * <ul>
 *   <li>Samples of weight 0 take no part, as scikit-learn (which drops them first): their scores are
 *       not thresholds.</li>
 *   <li>Integer weights give the curve of the data with each sample repeated \( w_i \) times; equal
 *       weights give the unweighted {@link RocCurve} (same points, same thresholds).</li>
 *   <li>The totals are doubles, so this curve has no integer counts or confusion matrices; use
 *       {@link #truePositiveWeight(int)} and {@link #falsePositiveWeight(int)}.
 *       {@link dev.statlearn.eval.threshold.Thresholds} works on the unweighted {@link RocCurve}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. O(n log n).
 *
 * @since 0.2
 */
public final class WeightedRocCurve extends RocCurveBase<WeightedRankSums> {

    private WeightedRocCurve(WeightedRankSums sums, int[] slots) {
        super(sums, slots, sums.auc());
    }

    /**
     * The weighted ROC curve of binary labels (positive class 1).
     *
     * @param actual  labels in {0, 1}. Not modified.
     * @param scores  finite scores, same length. Not modified.
     * @param weights sample weights, finite and {@code >= 0}, same length; both classes must have
     *                positive total weight. Not modified.
     * @return the curve
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, a label is not 0 or 1, a score is not
     *                                  finite, a weight is negative or not finite, or a class has no
     *                                  positive weight
     */
    public static WeightedRocCurve of(int[] actual, double[] scores, double[] weights) {
        return of(BinaryInputs.labels(actual), scores, 1, weights);
    }

    /**
     * The weighted ROC curve of class {@code positiveClass} against all other labels.
     *
     * @param actual        non-negative labels. Not modified.
     * @param scores        finite scores, same length. Not modified.
     * @param positiveClass the label counted as positive
     * @param weights       sample weights, finite and {@code >= 0}, same length; the positive class
     *                      and the rest must have positive total weight. Not modified.
     * @return the curve
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(int[], double[], double[])}, or if a label or
     *                                  {@code positiveClass} is negative
     */
    public static WeightedRocCurve of(int[] actual, double[] scores, int positiveClass, double[] weights) {
        return new WeightedRocCurve(sums(actual, scores, positiveClass, weights), null);
    }

    /** Checked weighted sums with both classes of positive weight. */
    static WeightedRankSums sums(int[] actual, double[] scores, int positiveClass, double[] weights) {
        WeightedRankSums w = WeightedRankSums.checked(actual, scores, positiveClass, weights);
        if (!(w.positives > 0) || !(w.negatives > 0)) {
            throw new IllegalArgumentException("actual must contain positives (positiveClass = " + positiveClass
                    + ") and negatives of positive weight for ROC AUC to be defined, but their weights are "
                    + w.positives + " and " + w.negatives);
        }
        return w;
    }

    /**
     * This curve without the points scikit-learn 1.2's {@code roc_curve(..., sample_weight=w,
     * drop_intermediate=True)} drops: the first point (nothing flagged) and the endpoints of the
     * remaining points stay, and a point in between stays only if the steps of the summed weights
     * \( FP \) or \( TP \) into it and out of it differ (a non-zero second difference, in floating
     * point as numpy's {@code np.diff(x, 2)}). The area is unchanged.
     *
     * @return a curve with at most {@link #size()} points and the same {@link #auc()}
     */
    public WeightedRocCurve dropIntermediate() {
        int[] kept = intermediateKept();
        return kept == null ? this : new WeightedRocCurve(counts, kept);
    }

    /**
     * Returns the summed weight of the positives with score &ge; threshold {@code i}.
     *
     * @param i point index in {@code [0, size())}
     * @return \( TP_i \), a sum of weights
     * @throws IllegalArgumentException if {@code i} is out of range
     */
    public double truePositiveWeight(int i) {
        return counts.tps[slot(Checks.index(i, size(), "i"))];
    }

    /**
     * Returns the summed weight of the negatives with score &ge; threshold {@code i}.
     *
     * @param i point index in {@code [0, size())}
     * @return \( FP_i \), a sum of weights
     * @throws IllegalArgumentException if {@code i} is out of range
     */
    public double falsePositiveWeight(int i) {
        return counts.fps[slot(Checks.index(i, size(), "i"))];
    }

    /**
     * Returns a short summary.
     *
     * @return e.g. {@code "WeightedRocCurve[positive weight=212.5, negative weight=357, 460 points, AUC=0.9754]"}
     */
    @Override
    public String toString() {
        return "WeightedRocCurve[positive weight=" + Format.sig(counts.positives) + ", negative weight="
                + Format.sig(counts.negatives) + ", " + size() + " points, AUC=" + Format.sig(auc()) + "]";
    }
}
