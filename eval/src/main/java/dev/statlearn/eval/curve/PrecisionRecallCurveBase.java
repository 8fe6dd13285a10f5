package dev.statlearn.eval.curve;

import dev.statlearn.eval.internal.CumulativeCounts;

import java.util.List;

/**
 * The points of a precision-recall curve over cumulative totals, written once for sample counts
 * ({@link PrecisionRecallCurve}) and summed sample weights ({@link WeightedPrecisionRecallCurve}):
 * at threshold \( t \), precision \( TP_t / (TP_t + FP_t) \) and recall \( TP_t / P \) (1 when
 * \( P = 0 \), as scikit-learn). Not API: the public types add the accessors of their own units.
 *
 * @param <C> the totals: {@code int} counts or {@code double} weights
 */
abstract class PrecisionRecallCurveBase<C extends CumulativeCounts> extends CurveBase<C> {

    private final double averagePrecision;

    /** {@code slots}: those of the thresholds only (slot 0 has none), or {@code null} for 1..size. */
    PrecisionRecallCurveBase(C counts, int[] slots, double averagePrecision) {
        super(counts, slots);
        this.averagePrecision = averagePrecision;
    }

    /** The slot of the {@code j}-th threshold in decreasing order. */
    private int slot(int j) {
        return slots == null ? j + 1 : slots[j];
    }

    /**
     * Returns the step-wise average precision \( \sum_i (R_i - R_{i-1}) P_i \).
     *
     * @return AP in [0, 1]
     */
    public final double averagePrecision() {
        return averagePrecision;
    }

    /**
     * Returns the number of thresholds (distinct scores, fewer after {@code dropIntermediate()}).
     *
     * @return the number of thresholds; the point arrays have one more element
     */
    public final int size() {
        return slots == null ? counts.size : slots.length;
    }

    /**
     * Returns one point per threshold, in increasing-threshold order (as {@link #thresholds()};
     * the final (recall 0, precision 1) end point has no threshold and is not included).
     *
     * @return an unmodifiable list of {@link #size()} points
     */
    public final List<PrecisionRecallCurve.Point> points() {
        double[] t = thresholds();
        double[] p = precisions();
        double[] r = recalls();
        PrecisionRecallCurve.Point[] out = new PrecisionRecallCurve.Point[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = new PrecisionRecallCurve.Point(t[i], r[i], p[i]);
        }
        return List.of(out);
    }

    /**
     * Returns the distinct scores, increasing.
     *
     * @return a new array of length {@link #size()}
     */
    public final double[] thresholds() {
        int m = size();
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            out[i] = counts.thresholds[slot(m - 1 - i)];
        }
        return out;
    }

    /**
     * Returns the precisions \( TP/(TP+FP) \) at the increasing thresholds, then 1.
     *
     * @return a new array of length {@link #size()} + 1
     */
    public final double[] precisions() {
        int m = size();
        double[] out = new double[m + 1];
        for (int i = 0; i < m; i++) {
            int k = slot(m - 1 - i);
            double tp = counts.truePositives(k);
            out[i] = tp / (tp + counts.falsePositives(k));
        }
        out[m] = 1.0;
        return out;
    }

    /**
     * Returns the recalls \( TP/P \) at the increasing thresholds, then 0 (1 at every threshold when
     * there is no positive, as scikit-learn).
     *
     * @return a new array of length {@link #size()} + 1
     */
    public final double[] recalls() {
        int m = size();
        double p = counts.positiveTotal();
        double[] out = new double[m + 1];
        for (int i = 0; i < m; i++) {
            out[i] = p == 0 ? 1.0 : counts.truePositives(slot(m - 1 - i)) / p; // no positives: 1, as sklearn
        }
        out[m] = 0.0;
        return out;
    }

    /**
     * The slots that scikit-learn 1.3's {@code precision_recall_curve(drop_intermediate=True)}
     * keeps: the highest and the lowest threshold, and a threshold in between only if its \( TP \)
     * differs from that of a neighbouring threshold.
     *
     * @return the kept slots in decreasing-threshold order, or {@code null} when every one stays
     */
    final int[] intermediateKept() {
        int m = size();
        if (m <= 2) {
            return null;
        }
        int[] kept = new int[m];
        int n = 0;
        kept[n++] = slot(0);
        for (int j = 1; j < m - 1; j++) {
            double tp = counts.truePositives(slot(j));
            if (tp != counts.truePositives(slot(j - 1)) || counts.truePositives(slot(j + 1)) != tp) {
                kept[n++] = slot(j);
            }
        }
        kept[n++] = slot(m - 1);
        return n == m ? null : java.util.Arrays.copyOf(kept, n);
    }
}
