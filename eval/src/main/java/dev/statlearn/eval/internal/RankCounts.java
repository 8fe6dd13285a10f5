package dev.statlearn.eval.internal;

import java.util.Arrays;

/**
 * Cumulative true/false-positive counts at each distinct score, in decreasing score order: the
 * shared kernel of ROC and precision-recall curves (scikit-learn's {@code _binary_clf_curve}).
 *
 * <p>Algorithm: split the scores by class into two primitive arrays (a vectorised count of the
 * positives, then one pass that writes each score to both arrays and advances one index, with no
 * branch on the label), sort each with {@link Arrays#sort(double[])}, then merge them from the top
 * in one pass. Ties are grouped with
 * {@code ==}, so {@code -0.0} and {@code 0.0} are one threshold. O(n log n) time, no boxing.
 * Not API.
 */
public final class RankCounts extends CumulativeCounts {

    /** Positives with score {@code >= thresholds[i]}; slot 0 holds 0. */
    public final int[] tps;
    /** Negatives with score {@code >= thresholds[i]}; slot 0 holds 0. */
    public final int[] fps;
    /** Number of positives. */
    public final int positives;
    /** Number of negatives. */
    public final int negatives;
    /** Twice the trapezoidal area under (fps, tps), exact. */
    public final long twiceArea;

    private RankCounts(double[] thresholds, int[] tps, int[] fps, int size, int positives, int negatives,
                       long twiceArea) {
        super(thresholds, size, positives, negatives);
        this.tps = tps;
        this.fps = fps;
        this.positives = positives;
        this.negatives = negatives;
        this.twiceArea = twiceArea;
    }

    /**
     * Counts over scores whose class is positive iff {@code actual[i] == positiveClass}.
     *
     * @param actual        labels (already validated as non-negative)
     * @param scores        scores (validated here: finite)
     * @param positiveClass the positive label
     * @return the counts
     * @throws IllegalArgumentException if a score is not finite or the lengths differ
     */
    public static RankCounts of(int[] actual, double[] scores, int positiveClass) {
        double[][] pn = split(actual, scores, positiveClass);
        return ofSplit(pn[0], pn[1]);
    }

    /**
     * Twice the trapezoidal ROC area of separate positive and negative scores, without building
     * the curve; sorts the arrays in place.
     *
     * @param pos positive scores (finite), sorted in place
     * @param neg negative scores (finite), sorted in place
     * @return twice the unnormalised area (divide by {@code 2 P N})
     */
    public static long twiceArea(double[] pos, double[] neg) {
        Arrays.sort(pos);
        Arrays.sort(neg);
        int i = pos.length - 1;
        int j = neg.length - 1;
        int tp = 0;
        int fp = 0;
        long area = 0;
        while (j >= 0) {
            double t = neg[j];
            while (i >= 0 && pos[i] > t) {
                tp++;
                i--;
            }
            int tp0 = tp;
            while (i >= 0 && pos[i] == t) {
                tp++;
                i--;
            }
            int fp0 = fp;
            while (j >= 0 && neg[j] == t) {
                fp++;
                j--;
            }
            area += (long) (fp - fp0) * (tp + tp0);
        }
        return area;
    }

    /**
     * Splits scores by class into {@code {positives, negatives}}, checking that they are finite.
     *
     * @param actual        labels
     * @param scores        scores
     * @param positiveClass the positive label
     * @return two new arrays
     * @throws IllegalArgumentException if a score is not finite or the lengths differ
     */
    public static double[][] split(int[] actual, double[] scores, int positiveClass) {
        return split(actual, scores, positiveClass, "scores");
    }

    /**
     * As {@link #split(int[], double[], int)}, naming the scores {@code scoresName} in errors.
     *
     * @param actual        labels
     * @param scores        scores
     * @param positiveClass the positive label
     * @param scoresName    name of the scores argument, for messages
     * @return two new arrays
     * @throws IllegalArgumentException if a score is not finite or the lengths differ
     */
    public static double[][] split(int[] actual, double[] scores, int positiveClass, String scoresName) {
        int n = actual.length;
        if (scores.length != n) {
            throw new IllegalArgumentException("actual has length " + n + " but " + scoresName + " has length "
                    + scores.length);
        }
        int p = 0;
        for (int i = 0; i < n; i++) {
            p += isPositive(actual[i], positiveClass); // branch-free: the compiler vectorises it
        }
        int q = n - p;
        double[] pos = new double[p];
        double[] neg = new double[q];
        int ip = 0;
        int in = 0;
        int i = 0;
        // While both arrays have room, write each score to both and advance one index: no branch
        // on the label, so no mispredicted jump per score when the classes are mixed.
        for (; ip < p && in < q; i++) {
            double s = finite(scores[i], i, scoresName);
            int isPos = isPositive(actual[i], positiveClass);
            pos[ip] = s;
            neg[in] = s;
            ip += isPos;
            in += 1 - isPos;
        }
        // The rest belong to the class that still has room.
        double[] rest = ip < p ? pos : neg;
        for (int r = ip < p ? ip : in; i < n; i++, r++) {
            rest[r] = finite(scores[i], i, scoresName);
        }
        return new double[][] {pos, neg};
    }

    /** 1 if {@code label == positiveClass}, else 0, without a branch. */
    private static int isPositive(int label, int positiveClass) {
        int d = label ^ positiveClass;
        return ((d | -d) >>> 31) ^ 1;
    }

    private static double finite(double s, int i, String scoresName) {
        if (!(s - s == 0)) { // NaN or infinite
            throw new IllegalArgumentException(scoresName + "[" + i + "] must be finite, was " + s);
        }
        return s;
    }

    /**
     * Counts over separate positive and negative scores; sorts the arrays in place.
     *
     * @param pos positive scores (finite), sorted in place
     * @param neg negative scores (finite), sorted in place
     * @return the counts
     */
    public static RankCounts ofSplit(double[] pos, double[] neg) {
        Arrays.sort(pos);
        Arrays.sort(neg);
        int n = pos.length + neg.length;
        double[] thr = new double[n + 1];
        int[] tps = new int[n + 1];
        int[] fps = new int[n + 1];
        int i = pos.length - 1;
        int j = neg.length - 1;
        int tp = 0;
        int fp = 0;
        int m = 1;
        long area = 0;
        while (i >= 0 || j >= 0) {
            double t;
            if (i < 0) {
                t = neg[j];
            } else if (j < 0) {
                t = pos[i];
            } else {
                t = pos[i] >= neg[j] ? pos[i] : neg[j];
            }
            int tp0 = tp;
            int fp0 = fp;
            while (i >= 0 && pos[i] == t) {
                tp++;
                i--;
            }
            while (j >= 0 && neg[j] == t) {
                fp++;
                j--;
            }
            area += (long) (fp - fp0) * (tp + tp0);
            thr[m] = t;
            tps[m] = tp;
            fps[m] = fp;
            m++;
        }
        if (m > 1) {
            // max + 1 as scikit-learn; for huge scores where + 1 is lost, the next double up
            thr[0] = CumulativeCounts.aboveTop(thr[1]);
        }
        if (m < n / 2) { // many ties: do not keep mostly empty arrays
            thr = Arrays.copyOf(thr, m);
            tps = Arrays.copyOf(tps, m);
            fps = Arrays.copyOf(fps, m);
        }
        return new RankCounts(thr, tps, fps, m - 1, pos.length, neg.length, area);
    }

    @Override
    double flagged(boolean positive, int slot) {
        return positive ? tps[slot] : fps[slot];
    }
}
