package dev.statlearn.core.internal;

/**
 * Rank counts in a sorted {@code double[]} by binary search: how many elements lie below a value,
 * or at or below it (the empirical CDF times the length). O(log n), no allocation. The array must
 * be sorted ascending (as {@link java.util.Arrays#sort(double[])} leaves it) and, for a
 * meaningful answer, free of NaN.
 *
 * <p>Not public API.
 */
public final class SortedArrays {

    private SortedArrays() {
    }

    /**
     * The number of elements strictly below {@code v}: \( \#\{i : a_i &lt; v\} \), which is also
     * the first index whose element is {@code >= v}.
     *
     * @param sorted ascending values. Not modified.
     * @param v      the value
     * @return the count, in {@code [0, sorted.length]}
     */
    public static int countBelow(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The number of elements at or below {@code v}: \( \#\{i : a_i \le v\} \), which is also the
     * first index whose element is {@code > v}.
     *
     * @param sorted ascending values. Not modified.
     * @param v      the value
     * @return the count, in {@code [0, sorted.length]}
     */
    public static int countAtMost(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
