package dev.statlearn.eval.resample.internal;

/**
 * Exact brute-force nearest-neighbour search by squared Euclidean distance on a flat row-major
 * matrix (row {@code i} occupies {@code x[i*d .. i*d+d-1]}).
 *
 * <p>Each point's neighbours exclude the point itself (by index, not by value: an exact duplicate of
 * a point is a neighbour at distance 0). Neighbours are ordered by increasing squared distance
 * \( \sum_f (x_{if} - x_{jf})^2 \) (summed in column order, no square root); ties are broken by the
 * smaller index. Each pair distance is computed once and offered to both points, so the cost is
 * \( n(n-1)d/2 \) multiply-adds, with no boxing and no allocation beyond the result.
 *
 * <p>Internal kernel: arguments are not checked beyond what the JVM checks.
 *
 * @since 0.1
 */
public final class NearestNeighbors {

    private NearestNeighbors() {
    }

    /**
     * Copies rows of a matrix into a flat row-major array.
     *
     * @param x    rows; not modified
     * @param rows which rows, in order
     * @return a new array of length {@code rows.length * d}
     */
    public static double[] flatten(double[][] x, int[] rows) {
        int d = x[0].length;
        double[] out = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(x[rows[i]], 0, out, i * d, d);
        }
        return out;
    }

    /**
     * The {@code k} nearest other points of every point.
     *
     * @param x flat row-major points; not modified
     * @param n number of points
     * @param d number of columns
     * @param k number of neighbours, {@code 1 <= k <= n - 1}
     * @return {@code n*k} indices: the neighbours of point {@code i}, nearest first, are at
     *         {@code [i*k, i*k+k)}
     */
    public static int[] kNearest(double[] x, int n, int d, int k) {
        double[] dist = new double[n * k];
        int[] idx = new int[n * k];
        int[] filled = new int[n];
        java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            int oi = i * d;
            for (int j = i + 1; j < n; j++) {
                int oj = j * d;
                double s = 0;
                for (int f = 0; f < d; f++) {
                    double t = x[oi + f] - x[oj + f];
                    s += t * t;
                }
                // candidates for point i arrive in increasing j, so "strictly less" keeps the
                // smaller index first among ties; likewise for point j (i increases).
                offer(dist, idx, filled, i, k, s, j);
                offer(dist, idx, filled, j, k, s, i);
            }
        }
        return idx;
    }

    private static void offer(double[] dist, int[] idx, int[] filled, int p, int k, double s, int who) {
        int base = p * k;
        int size = filled[p];
        if (size == k && !(s < dist[base + k - 1])) {
            return;
        }
        int pos = size == k ? k - 1 : size;
        // shift larger-or-equal? keep ties stable: move only strictly larger entries
        while (pos > 0 && dist[base + pos - 1] > s) {
            dist[base + pos] = dist[base + pos - 1];
            idx[base + pos] = idx[base + pos - 1];
            pos--;
        }
        dist[base + pos] = s;
        idx[base + pos] = who;
        if (size < k) {
            filled[p] = size + 1;
        }
    }

    /**
     * The nearest other point of every point (the {@code k = 1} case of {@link #kNearest}).
     *
     * @param x flat row-major points; not modified
     * @param n number of points, {@code >= 2}
     * @param d number of columns
     * @return for each point, the index of its nearest other point
     */
    public static int[] nearest(double[] x, int n, int d) {
        double[] best = new double[n];
        int[] idx = new int[n];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(idx, -1);
        for (int i = 0; i < n; i++) {
            int oi = i * d;
            double bi = best[i];
            int ii = idx[i];
            for (int j = i + 1; j < n; j++) {
                int oj = j * d;
                double s = 0;
                for (int f = 0; f < d; f++) {
                    double t = x[oi + f] - x[oj + f];
                    s += t * t;
                }
                if (s < bi) {
                    bi = s;
                    ii = j;
                }
                if (s < best[j]) {
                    best[j] = s;
                    idx[j] = i;
                }
            }
            best[i] = bi;
            idx[i] = ii;
        }
        return idx;
    }
}
