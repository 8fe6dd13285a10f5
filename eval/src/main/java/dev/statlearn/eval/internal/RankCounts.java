package dev.statlearn.eval.internal;

import dev.statlearn.core.CompensatedSum;

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
 *
 * <p>Labels 0/1 have a shorter path for the AUC and the average precision, which need no curve
 * ({@link #binaryArea}, {@link #averagePrecision(int[], double[])}): the label check, the count
 * and the split are one pass into the two ends of one array, whose two parts are sorted in place
 * and checked for non-finite scores at their ends only. Not API.
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
        return twiceAreaOfSorted(pos, 0, pos.length, neg, 0, neg.length);
    }

    /**
     * Twice the ROC area of sorted positive scores {@code pos[p0, p1)} and sorted negative scores
     * {@code neg[n0, n1)} (finite, ascending; the two ranges may share one array):
     * \( 2A = \sum_{p, n} (2[s_p &gt; s_n] + [s_p = s_n]) = 2PN - 2B - T \) with
     * \( B = \sum_{n} \#\{p : s_p &lt; s_n\} \) and the tied pairs \( T = \sum_p \#\{n : s_n = s_p\} \).
     *
     * <p>One ascending walk takes the smaller head, negatives first among equal scores: a negative
     * taken adds the positives already taken to \( B \); a positive taken adds the negatives of the
     * last run of equal negative scores if that run has its score. Exact in {@code long}.
     *
     * @param pos positive scores, ascending over {@code [p0, p1)}
     * @param p0  first positive
     * @param p1  end of the positives
     * @param neg negative scores, ascending over {@code [n0, n1)}
     * @param n0  first negative
     * @param n1  end of the negatives
     * @return twice the unnormalised area
     */
    static long twiceAreaOfSorted(double[] pos, int p0, int p1, double[] neg, int n0, int n1) {
        long below = 0; // negatives: positives strictly below each
        long tied = 0; // positives: negatives equal to each
        int i = p0;
        int j = n0;
        int run = n0; // first index of the last run of equal negatives taken
        double last = Double.NaN; // its score (NaN: none yet, equal to nothing)
        while (i < p1 && j < n1) {
            double x = pos[i];
            double v = neg[j];
            if (v <= x) {
                below += i - p0;
                run = v == last ? run : j;
                last = v;
                j++;
            } else {
                tied += x == last ? j - run : 0;
                i++;
            }
        }
        below += (long) (i - p0) * (n1 - j); // positives exhausted: all below the rest
        for (; i < p1 && pos[i] == last; i++) { // negatives exhausted: only the first may tie
            tied += j - run;
        }
        long p = p1 - p0;
        long n = n1 - n0;
        return 2 * p * n - 2 * below - tied;
    }

    /**
     * Class sizes and twice the ROC area of binary labels.
     *
     * @param twiceArea twice the unnormalised trapezoidal area (divide by {@code 2 P N})
     * @param positives number of labels 1
     * @param negatives number of labels 0
     */
    public record BinaryArea(long twiceArea, int positives, int negatives) {
    }

    /**
     * Twice the ROC area of labels 0/1 and their scores, checking both in the pass that splits
     * them: the positives are written from the front and the negatives from the back of one
     * array (no branch on the label), and the two parts are sorted with
     * {@link Arrays#sort(double[], int, int)} and walked by {@link #twiceAreaOfSorted}. A
     * non-finite score sorts to an end of its part, so two looks per part find one, and a second
     * pass over the scores names the first.
     *
     * <p>The checks and their messages are those of {@link BinaryInputs#labels(int[])}, then
     * {@link #split(int[], double[], int)}, in that order.
     *
     * @param actual labels (checked here: 0 or 1), not null
     * @param scores scores (checked here: finite, one per label), not null
     * @return the area and the class sizes
     * @throws IllegalArgumentException if a label is not 0 or 1, the lengths differ or a score is
     *                                  not finite
     */
    public static BinaryArea binaryArea(int[] actual, double[] scores) {
        ByClass c = ByClass.of(actual, scores);
        int p = c.positives;
        int n = c.sorted.length;
        return new BinaryArea(twiceAreaOfSorted(c.sorted, 0, p, c.sorted, p, n), p, n - p);
    }

    /**
     * The average precision of labels 0/1 and their scores, the same sum in the same order as
     * {@link CumulativeCounts#averagePrecision()} of {@code of(actual, scores, 1)} (so the same
     * bits), without the curve's arrays: the thresholds are walked from the top of the sorted
     * classes as {@link #ofSplit} walks them. Checks as {@link #binaryArea(int[], double[])}.
     *
     * @param actual labels (checked here: 0 or 1), not null
     * @param scores scores (checked here: finite, one per label), not null
     * @return the average precision, 0 without positives
     * @throws IllegalArgumentException if a label is not 0 or 1, the lengths differ or a score is
     *                                  not finite
     */
    public static double averagePrecision(int[] actual, double[] scores) {
        ByClass c = ByClass.of(actual, scores);
        int p = c.positives;
        if (p == 0) {
            return 0.0;
        }
        Descending walk = new Descending(c.sorted, 0, p, c.sorted, p, c.sorted.length);
        CompensatedSum sum = new CompensatedSum();
        double prevTp = 0;
        while (walk.next()) {
            prevTp = CumulativeCounts.addPrecisionStep(sum, prevTp, walk.tp, walk.fp);
        }
        return Math.min(1.0, sum.value() / p);
    }

    /**
     * Sorted copies of the scores of each class of labels 0/1: positives ascending in
     * {@code sorted[0, positives)}, negatives ascending in {@code sorted[positives, n)}.
     *
     * @param sorted    the scores by class
     * @param positives number of labels 1
     */
    private record ByClass(double[] sorted, int positives) {

        /**
         * Checks and splits in one pass: positives fill one array from the front and negatives
         * from the back, the slot chosen by arithmetic on the label (no branch on it); then both
         * parts are sorted and their ends checked for non-finite scores.
         */
        static ByClass of(int[] actual, double[] scores) {
            int n = actual.length;
            if (scores.length != n) {
                BinaryInputs.labels(actual);
                throw new IllegalArgumentException(
                        "actual has length " + n + " but scores has length " + scores.length);
            }
            double[] sorted = new double[n];
            int ip = 0; // positives so far; the i - ip negatives so far fill sorted[n - (i - ip), n)
            int bits = 0;
            for (int i = 0; i < n; i++) {
                int label = actual[i];
                bits |= label;
                int isPos = label & 1;
                sorted[ip + ((isPos - 1) & (n - 1 - i))] = scores[i]; // ip, or the negatives' next slot
                ip += isPos;
            }
            if ((bits & ~1) != 0) {
                BinaryInputs.labels(actual);
            }
            Arrays.sort(sorted, 0, ip);
            Arrays.sort(sorted, ip, n);
            if (!endsFinite(sorted, 0, ip) || !endsFinite(sorted, ip, n)) {
                for (int i = 0; i < n; i++) {
                    finite(scores[i], i, "scores");
                }
            }
            return new ByClass(sorted, ip);
        }
    }

    /** Whether the ends of the sorted {@code a[from, to)} (NaN sorts last) are finite. */
    private static boolean endsFinite(double[] a, int from, int to) {
        return from == to || Double.isFinite(a[from]) && Double.isFinite(a[to - 1]);
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
        Descending walk = new Descending(pos, 0, pos.length, neg, 0, neg.length);
        int m = 1;
        long area = 0;
        int tp0 = 0;
        int fp0 = 0;
        while (walk.next()) {
            int tp = walk.tp;
            int fp = walk.fp;
            area += (long) (fp - fp0) * (tp + tp0);
            thr[m] = walk.threshold;
            tps[m] = tp;
            fps[m] = fp;
            tp0 = tp;
            fp0 = fp;
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

    /**
     * Walks sorted positive and negative scores from the top, one distinct score (ties grouped
     * with {@code ==}) per {@link #next()}, keeping the counts at or above it.
     */
    private static final class Descending {
        private final double[] pos;
        private final int p0;
        private final double[] neg;
        private final int n0;
        private int i;
        private int j;
        /** The current distinct score. */
        double threshold;
        /** Positives with score {@code >= threshold}. */
        int tp;
        /** Negatives with score {@code >= threshold}. */
        int fp;

        Descending(double[] pos, int p0, int p1, double[] neg, int n0, int n1) {
            this.pos = pos;
            this.p0 = p0;
            this.neg = neg;
            this.n0 = n0;
            this.i = p1 - 1;
            this.j = n1 - 1;
        }

        /** Moves to the next lower distinct score; false when none is left. */
        boolean next() {
            double t;
            if (i < p0) {
                if (j < n0) {
                    return false;
                }
                t = neg[j];
            } else if (j < n0) {
                t = pos[i];
            } else {
                t = pos[i] >= neg[j] ? pos[i] : neg[j];
            }
            while (i >= p0 && pos[i] == t) {
                tp++;
                i--;
            }
            while (j >= n0 && neg[j] == t) {
                fp++;
                j--;
            }
            threshold = t;
            return true;
        }
    }

    @Override
    double flagged(boolean positive, int slot) {
        return positive ? tps[slot] : fps[slot];
    }
}
