package dev.statlearn.eval.resample.internal;

import java.util.Arrays;

/**
 * Exact brute-force nearest-neighbour search by squared Euclidean distance on a flat row-major
 * matrix (row {@code i} occupies {@code x[i*d .. i*d+d-1]}).
 *
 * <p>Each point's neighbours exclude the point itself (by index, not by value: an exact duplicate of
 * a point is a neighbour at distance 0). Neighbours are ordered by increasing squared distance
 * \( \sum_f (x_{if} - x_{jf})^2 \) (summed in column order, no square root); ties are broken by the
 * smaller index.
 *
 * <p>Cost \( n(n-1)d/2 \) multiply-adds (each pair's distance is computed once and offered to
 * both points), with no boxing and no allocation beyond the result. Rows are processed in blocks
 * of four against every later row: four independent accumulators, each candidate row loaded once
 * per block. Candidates reach every point in increasing index order, so "insert only if strictly
 * nearer" breaks ties towards the smaller index. Single-threaded and deterministic.
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
     * The nearest other point of every point (the {@code k = 1} case of {@link #kNearest}).
     *
     * @param x flat row-major points; not modified
     * @param n number of points, {@code >= 2}
     * @param d number of columns
     * @return for each point, the index of its nearest other point
     * @throws IllegalArgumentException if squared distances overflow to infinity
     */
    public static int[] nearest(double[] x, int n, int d) {
        return kNearest(x, n, d, 1);
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
     * @throws IllegalArgumentException if squared distances overflow to infinity
     */
    public static int[] kNearest(double[] x, int n, int d, int k) {
        double[] dist = new double[n * k];
        int[] idx = new int[n * k];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(idx, -1);
        int last = k - 1;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            int i0 = i, i1 = i + 1, i2 = i + 2, i3 = i + 3;
            // pairs inside the block, in an order that offers every point its partners ascending
            pair(x, d, k, i0, i1, dist, idx);
            pair(x, d, k, i0, i2, dist, idx);
            pair(x, d, k, i0, i3, dist, idx);
            pair(x, d, k, i1, i2, dist, idx);
            pair(x, d, k, i1, i3, dist, idx);
            pair(x, d, k, i2, i3, dist, idx);
            int o0 = i0 * d, o1 = i1 * d, o2 = i2 * d, o3 = i3 * d;
            double w0 = dist[i0 * k + last], w1 = dist[i1 * k + last], w2 = dist[i2 * k + last], w3 = dist[i3 * k + last];
            for (int j = i + 4; j < n; j++) {
                int oj = j * d;
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int f = 0; f < d; f++) {
                    double v = x[oj + f];
                    double t0 = x[o0 + f] - v, t1 = x[o1 + f] - v, t2 = x[o2 + f] - v, t3 = x[o3 + f] - v;
                    s0 += t0 * t0; s1 += t1 * t1; s2 += t2 * t2; s3 += t3 * t3;
                }
                if (s0 < w0) w0 = insert(dist, idx, i0 * k, k, s0, j);
                if (s1 < w1) w1 = insert(dist, idx, i1 * k, k, s1, j);
                if (s2 < w2) w2 = insert(dist, idx, i2 * k, k, s2, j);
                if (s3 < w3) w3 = insert(dist, idx, i3 * k, k, s3, j);
                int bj = j * k;
                double wj = dist[bj + last];
                if (s0 < wj) wj = insert(dist, idx, bj, k, s0, i0);
                if (s1 < wj) wj = insert(dist, idx, bj, k, s1, i1);
                if (s2 < wj) wj = insert(dist, idx, bj, k, s2, i2);
                if (s3 < wj) insert(dist, idx, bj, k, s3, i3);
            }
        }
        for (; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pair(x, d, k, i, j, dist, idx);
            }
        }
        for (int t = 0; t < idx.length; t++) {
            if (idx[t] < 0) {
                throw new IllegalArgumentException(
                        "squared distances overflow: feature values are too large (rescale them)");
            }
        }
        return idx;
    }
    private static void pair(double[] x, int d, int k, int a, int b, double[] dist, int[] idx) {
        int oa = a * d, ob = b * d;
        double s = 0;
        for (int f = 0; f < d; f++) { double t = x[oa + f] - x[ob + f]; s += t * t; }
        if (s < dist[a * k + k - 1]) insert(dist, idx, a * k, k, s, b);
        if (s < dist[b * k + k - 1]) insert(dist, idx, b * k, k, s, a);
    }
    private static double insert(double[] dist, int[] idx, int base, int k, double s, int who) {
        int pos = k - 1;
        while (pos > 0 && dist[base + pos - 1] > s) { dist[base + pos] = dist[base + pos - 1]; idx[base + pos] = idx[base + pos - 1]; pos--; }
        dist[base + pos] = s; idx[base + pos] = who;
        return dist[base + k - 1];
    }
}
