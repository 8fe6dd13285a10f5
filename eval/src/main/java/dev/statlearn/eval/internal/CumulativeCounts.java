package dev.statlearn.eval.internal;

import dev.statlearn.core.CompensatedSum;

/**
 * Cumulative positive and negative totals at each distinct score, in decreasing score order, read
 * as doubles: the one view that the ROC and precision-recall curve code is written against, so that
 * the same code serves sample counts ({@link RankCounts}, exact {@code int}s) and summed sample
 * weights ({@link WeightedRankSums}, {@code double}s).
 *
 * <p>Slot 0 holds the threshold \( \max(s) + 1 \) with nothing flagged (both totals 0); slots
 * {@code 1..size} hold the distinct scores, strictly decreasing, with
 * \( TP_i = \sum_{j \in +,\ s_j \ge t_i} w_j \) and \( FP_i = \sum_{j \in -,\ s_j \ge t_i} w_j \)
 * (\( w_j = 1 \) for counts). Not API.
 */
public abstract class CumulativeCounts {

    /**
     * Slot 0: {@code max + 1} (nothing flagged); slots {@code 1..size}: distinct scores, strictly
     * decreasing. May be longer than {@code size + 1}.
     */
    public final double[] thresholds;
    /** Number of distinct scores (slots {@code 1..size}). */
    public final int size;
    private final double positiveTotal;
    private final double negativeTotal;

    CumulativeCounts(double[] thresholds, int size, double positiveTotal, double negativeTotal) {
        this.thresholds = thresholds;
        this.size = size;
        this.positiveTotal = positiveTotal;
        this.negativeTotal = negativeTotal;
    }

    /**
     * Returns the positive ({@code positive}) or negative total with score {@code >= thresholds[slot]}.
     *
     * @param positive which class
     * @param slot     in {@code [0, size]}
     * @return \( TP \) or \( FP \) at the slot
     */
    abstract double flagged(boolean positive, int slot);

    /**
     * Returns \( TP \) at a slot.
     *
     * @param slot in {@code [0, size]}
     * @return the positive total with score {@code >= thresholds[slot]}
     */
    public final double truePositives(int slot) {
        return flagged(true, slot);
    }

    /**
     * Returns \( FP \) at a slot.
     *
     * @param slot in {@code [0, size]}
     * @return the negative total with score {@code >= thresholds[slot]}
     */
    public final double falsePositives(int slot) {
        return flagged(false, slot);
    }

    /**
     * Returns the positive total \( P \).
     *
     * @return \( P \)
     */
    public final double positiveTotal() {
        return positiveTotal;
    }

    /**
     * Returns the negative total \( N \).
     *
     * @return \( N \)
     */
    public final double negativeTotal() {
        return negativeTotal;
    }

    /**
     * Step-wise average precision \( \sum_i (R_i - R_{i-1}) P_i \) with \( P_i = TP_i/(TP_i + FP_i) \)
     * and \( R_i = TP_i / P \), summed with a Neumaier sum.
     *
     * @return the average precision (requires {@code positiveTotal() > 0})
     */
    public final double averagePrecision() {
        CompensatedSum sum = new CompensatedSum();
        double prevTp = 0;
        for (int i = 1; i <= size; i++) {
            prevTp = addPrecisionStep(sum, prevTp, truePositives(i), falsePositives(i));
        }
        return Math.min(1.0, sum.value() / positiveTotal);
    }

    /**
     * Adds one threshold's term \( (TP - TP_{prev}) \cdot TP / (TP + FP) \) of the average
     * precision (times \( P \)) to {@code sum}, if {@code tp} moved.
     *
     * @param sum    the running sum
     * @param prevTp \( TP \) at the previous (higher) threshold
     * @param tp     \( TP \) at this threshold
     * @param fp     \( FP \) at this threshold
     * @return {@code tp}, the next call's {@code prevTp}
     */
    static double addPrecisionStep(CompensatedSum sum, double prevTp, double tp, double fp) {
        if (tp != prevTp) {
            sum.add((tp - prevTp) * (tp / (tp + fp)));
        }
        return tp;
    }

    /**
     * The slot 0 threshold above {@code top}: {@code top + 1} as scikit-learn, or the next double up
     * where adding 1 is lost to rounding.
     *
     * @param top the largest score
     * @return a threshold strictly above {@code top}
     */
    static double aboveTop(double top) {
        return top + 1 > top ? top + 1 : Math.nextUp(top);
    }
}
