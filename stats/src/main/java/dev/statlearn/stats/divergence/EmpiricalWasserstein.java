package dev.statlearn.stats.divergence;

import java.util.Arrays;

/**
 * The 1-Wasserstein distance \( \int |F_u - F_v| \) between empirical (optionally weighted)
 * distributions and between discrete distributions on one ordered support, by a merge walk over
 * the sorted values. Arguments are checked by the {@link Divergences} facade.
 */
final class EmpiricalWasserstein {

    private EmpiricalWasserstein() {
    }

    static double unweighted(double[] u, double[] v) {
        double[] us = u.clone();
        double[] vs = v.clone();
        Arrays.sort(us);
        Arrays.sort(vs);
        return cdfDistanceWeighted(us, ones(us.length), vs, ones(vs.length));
    }

    static double weighted(double[] u, double[] v, double[] uWeights, double[] vWeights) {
        double[][] su = sortWithWeights(u, uWeights);
        double[][] sv = sortWithWeights(v, vWeights);
        return cdfDistanceWeighted(su[0], su[1], sv[0], sv[1]);
    }

    static double onSupport(double[] support, double[] p, double[] q) {
        double cp = 0;
        double cq = 0;
        double s = 0;
        for (int i = 0; i < support.length - 1; i++) {
            cp += p[i];
            cq += q[i];
            s += Math.abs(cp - cq) * (support[i + 1] - support[i]);
        }
        return s;
    }

    /** Unit weights: the cumulative sums are then the exact counts, as for an unweighted sample. */
    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }

    /**
     * W1 between two sorted weighted samples by a merge walk over the pooled values, summing
     * \( |F_u - F_v| \) times the gap between consecutive values.
     */
    private static double cdfDistanceWeighted(double[] us, double[] uw, double[] vs, double[] vw) {
        double totalU = 0;
        for (double w : uw) {
            totalU += w;
        }
        double totalV = 0;
        for (double w : vw) {
            totalV += w;
        }
        int nu = us.length;
        int nv = vs.length;
        int i = 0;
        int j = 0;
        double cu = 0;
        double cv = 0;
        double x = Math.min(us[0], vs[0]);
        double s = 0;
        while (true) {
            while (i < nu && us[i] <= x) {
                cu += uw[i++];
            }
            while (j < nv && vs[j] <= x) {
                cv += vw[j++];
            }
            if (i == nu && j == nv) {
                return s;
            }
            double next = i == nu ? vs[j] : j == nv ? us[i] : Math.min(us[i], vs[j]);
            s += Math.abs(cu / totalU - cv / totalV) * (next - x);
            x = next;
        }
    }

    /** Values sorted ascending with their weights carried along (stable merge sort on indices, no boxing). */
    private static double[][] sortWithWeights(double[] x, double[] w) {
        int n = x.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        mergeSort(idx, new int[n], 0, n, x);
        double[] xs = new double[n];
        double[] ws = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[idx[i]];
            ws[i] = w[idx[i]];
        }
        return new double[][] {xs, ws};
    }

    private static void mergeSort(int[] idx, int[] tmp, int from, int to, double[] key) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(idx, tmp, from, mid, key);
        mergeSort(idx, tmp, mid, to, key);
        if (key[idx[mid - 1]] <= key[idx[mid]]) {
            return;
        }
        System.arraycopy(idx, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && key[tmp[i]] <= key[tmp[j]])) {
                idx[k] = tmp[i++];
            } else {
                idx[k] = tmp[j++];
            }
        }
    }
}
