package dev.statlearn.eval.curve;

import dev.statlearn.core.Checks;
import dev.statlearn.eval.internal.CumulativeCounts;

import java.util.List;

/**
 * The points of a ROC curve over cumulative totals, written once for sample counts
 * ({@link RocCurve}) and summed sample weights ({@link WeightedRocCurve}): point \( i \) has
 * \( \mathrm{FPR}_i = FP_i / N \) and \( \mathrm{TPR}_i = TP_i / P \). Not API: the public types
 * add the accessors of their own units.
 *
 * @param <C> the totals: {@code int} counts or {@code double} weights
 */
abstract class RocCurveBase<C extends CumulativeCounts> extends CurveBase<C> {

    /** The area under the curve. */
    private final double auc;

    RocCurveBase(C counts, int[] slots, double auc) {
        super(counts, slots);
        this.auc = auc;
    }

    /** The slot of point {@code i}. */
    final int slot(int i) {
        return slots == null ? i : slots[i];
    }

    /**
     * Returns the area under the curve, ties counted as ½.
     *
     * @return the AUC in [0, 1]
     */
    public final double auc() {
        return auc;
    }

    /**
     * Returns the number of points (distinct scores + 1, fewer after {@code dropIntermediate()}).
     *
     * @return the number of points
     */
    public final int size() {
        return slots == null ? counts.size + 1 : slots.length;
    }

    /**
     * Returns the points in decreasing-threshold order (from (0, 0) to (1, 1)).
     *
     * @return an unmodifiable list of {@link #size()} points
     */
    public final List<RocCurve.Point> points() {
        RocCurve.Point[] out = new RocCurve.Point[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new RocCurve.Point(counts.thresholds[slot(i)], fpr(i), tpr(i));
        }
        return List.of(out);
    }

    /**
     * Returns the thresholds, strictly decreasing; the first is \( \max(s) + 1 \).
     *
     * @return a new array
     */
    public final double[] thresholds() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = counts.thresholds[slot(i)];
        }
        return out;
    }

    /**
     * Returns the false-positive rates \( FP_i / N \), non-decreasing from 0 to 1.
     *
     * @return a new array
     */
    public final double[] falsePositiveRates() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fpr(i);
        }
        return out;
    }

    /**
     * Returns the true-positive rates \( TP_i / P \), non-decreasing from 0 to 1.
     *
     * @return a new array
     */
    public final double[] truePositiveRates() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tpr(i);
        }
        return out;
    }

    /**
     * Returns threshold {@code i}.
     *
     * @param i point index in {@code [0, size())}
     * @return the threshold
     * @throws IllegalArgumentException if {@code i} is out of range
     */
    public final double threshold(int i) {
        return counts.thresholds[slot(Checks.index(i, size(), "i"))];
    }

    private double fpr(int i) {
        return counts.falsePositives(slot(i)) / counts.negativeTotal();
    }

    private double tpr(int i) {
        return counts.truePositives(slot(i)) / counts.positiveTotal();
    }

    /**
     * The standardised partial AUC up to a maximum false-positive rate, as scikit-learn's
     * {@code roc_auc_score(y, s, max_fpr=maxFpr)} (with {@code sample_weight} for a weighted
     * curve): with \( A \) the area under the curve for \( \mathrm{FPR} \le m \) (the curve
     * linearly interpolated at \( m \)), McClish's (1989) standardisation
     * \[ \mathrm{pAUC}_m = \frac12 \left( 1 + \frac{A - m^2/2}{m - m^2/2} \right) \]
     * maps the chance diagonal to ½ and a perfect ranking to 1. With \( m = 1 \) it is the
     * {@linkplain #auc() AUC}.
     *
     * @param maxFpr the largest false-positive rate \( m \), in \( (0, 1] \)
     * @return the standardised partial AUC; in [½, 1] for curves above the diagonal, and lower (to
     *         a minimum of \( \frac12 (1 - m/(2-m)) \)) for curves below it
     * @throws IllegalArgumentException if {@code maxFpr} is not in \( (0, 1] \)
     * @since 0.2
     */
    public final double standardizedPartialAuc(double maxFpr) {
        if (!(maxFpr > 0 && maxFpr <= 1)) {
            throw new IllegalArgumentException("maxFpr must be in (0, 1], was " + maxFpr);
        }
        if (maxFpr == 1) {
            return auc;
        }
        double area = 0;
        double x0 = 0;
        double y0 = 0;
        for (int i = 1; i < size(); i++) {
            double x = fpr(i);
            double y = tpr(i);
            if (x > maxFpr) {
                double yAt = y0 + (y - y0) * ((maxFpr - x0) / (x - x0));
                area += (maxFpr - x0) * (yAt + y0) / 2;
                break;
            }
            area += (x - x0) * (y + y0) / 2;
            x0 = x;
            y0 = y;
        }
        double minArea = 0.5 * maxFpr * maxFpr;
        return 0.5 * (1 + (area - minArea) / (maxFpr - minArea));
    }

    /**
     * The slots that scikit-learn 1.2's {@code roc_curve(drop_intermediate=True)} keeps: the first
     * point (nothing flagged) and the endpoints of the remaining points, and a point in between
     * only if the second difference of \( FP \) or of \( TP \) there is non-zero (computed as
     * numpy's {@code np.diff(x, 2)}, \( (x_{i+1} - x_i) - (x_i - x_{i-1}) \), exact for counts).
     *
     * @return the kept slots, or {@code null} when every point stays
     */
    final int[] intermediateKept() {
        int size = size();
        if (size <= 3) {
            return null;
        }
        int[] kept = new int[size];
        int m = 0;
        kept[m++] = slot(0);
        kept[m++] = slot(1);
        for (int i = 2; i < size - 1; i++) {
            if (secondDifference(counts::falsePositives, i) != 0 || secondDifference(counts::truePositives, i) != 0) {
                kept[m++] = slot(i);
            }
        }
        kept[m++] = slot(size - 1);
        return m == size ? null : java.util.Arrays.copyOf(kept, m);
    }

    private double secondDifference(java.util.function.IntToDoubleFunction x, int i) {
        double a = x.applyAsDouble(slot(i - 1));
        double b = x.applyAsDouble(slot(i));
        double c = x.applyAsDouble(slot(i + 1));
        return (c - b) - (b - a);
    }
}
