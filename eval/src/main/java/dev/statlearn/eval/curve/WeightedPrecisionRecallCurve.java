package dev.statlearn.eval.curve;

import dev.statlearn.core.internal.Format;
import dev.statlearn.eval.internal.BinaryInputs;
import dev.statlearn.eval.internal.WeightedRankSums;

/**
 * Precision against recall with sample weights, as scikit-learn's
 * {@code precision_recall_curve(y, s, sample_weight=w)}: the curve of {@link PrecisionRecallCurve}
 * with every count replaced by a sum of weights,
 * \[ P_t = \frac{TP_t}{TP_t + FP_t}, \qquad R_t = \frac{TP_t}{\sum_{i \in +} w_i}, \qquad
 *    TP_t = \sum_{i \in +,\ s_i \ge t} w_i, \quad FP_t = \sum_{i \in -,\ s_i \ge t} w_i, \]
 * at every distinct score \( t \) of the samples of positive weight, in scikit-learn's array order
 * (thresholds increasing; precisions and recalls one longer, ending with (recall 0, precision 1)).
 * The average precision is {@link PrecisionRecallCurve#averagePrecision(int[], double[], double[])}.
 *
 * <ul>
 *   <li>Samples of weight 0 take no part, as scikit-learn (which drops them first).</li>
 *   <li>Integer weights give the curve of the data with each sample repeated \( w_i \) times; equal
 *       weights give the unweighted {@link PrecisionRecallCurve}.</li>
 *   <li>When the positives have no weight, recall is 1 at every threshold and the average precision
 *       0, as for the unweighted curve without positives.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. O(n log n).
 *
 * @since 0.2
 */
public final class WeightedPrecisionRecallCurve extends PrecisionRecallCurveBase<WeightedRankSums> {

    private WeightedPrecisionRecallCurve(WeightedRankSums sums, int[] slots) {
        super(sums, slots, sums.positives > 0 ? sums.averagePrecision() : 0.0);
    }

    /**
     * The weighted curve of binary labels (positive class 1).
     *
     * @param actual  labels in {0, 1}. Not modified.
     * @param scores  finite scores, same length. Not modified.
     * @param weights sample weights, finite and {@code >= 0}, same length, with a positive total.
     *                Not modified.
     * @return the curve
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, a label is not 0 or 1, a score is not
     *                                  finite, a weight is negative or not finite, or all weights are 0
     */
    public static WeightedPrecisionRecallCurve of(int[] actual, double[] scores, double[] weights) {
        return of(BinaryInputs.labels(actual), scores, 1, weights);
    }

    /**
     * The weighted curve of class {@code positiveClass} against all other labels.
     *
     * @param actual        non-negative labels. Not modified.
     * @param scores        finite scores, same length. Not modified.
     * @param positiveClass the label counted as positive
     * @param weights       sample weights, finite and {@code >= 0}, same length, with a positive
     *                      total. Not modified.
     * @return the curve
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(int[], double[], double[])}, or if a label or
     *                                  {@code positiveClass} is negative
     */
    public static WeightedPrecisionRecallCurve of(int[] actual, double[] scores, int positiveClass, double[] weights) {
        WeightedRankSums w = WeightedRankSums.checked(actual, scores, positiveClass, weights);
        if (w.size == 0) {
            throw new IllegalArgumentException("weights must have a positive total, but every weight is 0");
        }
        return new WeightedPrecisionRecallCurve(w, null);
    }

    /**
     * This curve without the thresholds that scikit-learn 1.3's
     * {@code precision_recall_curve(drop_intermediate=True)} drops: the lowest and the highest
     * threshold stay, and a threshold in between stays only if its summed true-positive weight
     * differs from that of a neighbouring threshold. The step plot and the average precision are
     * unchanged.
     *
     * @return a curve with at most {@link #size()} thresholds and the same average precision
     */
    public WeightedPrecisionRecallCurve dropIntermediate() {
        int[] kept = intermediateKept();
        return kept == null ? this : new WeightedPrecisionRecallCurve(counts, kept);
    }

    /**
     * Returns a short summary.
     *
     * @return e.g. {@code "WeightedPrecisionRecallCurve[positive weight=212.5, negative weight=357, 459 thresholds, AP=0.9512]"}
     */
    @Override
    public String toString() {
        return "WeightedPrecisionRecallCurve[positive weight=" + Format.sig(counts.positives) + ", negative weight="
                + Format.sig(counts.negatives) + ", " + size() + " thresholds, AP=" + Format.sig(averagePrecision())
                + "]";
    }
}
