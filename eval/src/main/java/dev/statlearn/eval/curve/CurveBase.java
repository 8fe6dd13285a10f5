package dev.statlearn.eval.curve;

import dev.statlearn.eval.internal.CumulativeCounts;

/**
 * What every score curve holds, counted or weighted: the cumulative totals at each distinct score
 * and the slots of its points (fewer after {@code dropIntermediate()}). Not API.
 *
 * @param <C> the totals: {@code int} counts or {@code double} weights
 */
abstract class CurveBase<C extends CumulativeCounts> {

    /** The totals at every distinct score. */
    final C counts;
    /** The slots of {@link #counts} of the points, in decreasing-threshold order; {@code null} for all. */
    final int[] slots;

    CurveBase(C counts, int[] slots) {
        this.counts = counts;
        this.slots = slots;
    }

    /**
     * Returns the total weight of the positives, \( P = \sum_{i \in +} w_i \) (their number for a
     * curve without sample weights).
     *
     * @return \( P \ge 0 \)
     * @since 0.2
     */
    public final double positiveWeight() {
        return counts.positiveTotal();
    }

    /**
     * Returns the total weight of the negatives, \( N = \sum_{i \in -} w_i \) (their number for a
     * curve without sample weights).
     *
     * @return \( N \ge 0 \)
     * @since 0.2
     */
    public final double negativeWeight() {
        return counts.negativeTotal();
    }
}
