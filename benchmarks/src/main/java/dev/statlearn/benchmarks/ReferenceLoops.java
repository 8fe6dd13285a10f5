package dev.statlearn.benchmarks;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The plain loops a user would write, against which statlearn's calls are timed; one copy serves
 * the speed guard and the side-by-side benchmarks.
 */
public final class ReferenceLoops {

    private ReferenceLoops() {
    }

    /**
     * Row softmax as max, exp, sum and divide per row:
     * \( p_{rj} = e^{x_{rj} - m_r} / \sum_k e^{x_{rk} - m_r} \) with \( m_r = \max_k x_{rk} \).
     *
     * @param rows   number of rows
     * @param cols   number of columns
     * @param logits {@code rows × cols} logits, row-major. Not modified.
     * @param out    {@code rows × cols} probabilities, row-major. Modified.
     * @return {@code out}
     */
    public static double[] softmaxRows(int rows, int cols, double[] logits, double[] out) {
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, logits[o + j]);
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                double e = Math.exp(logits[o + j] - max);
                out[o + j] = e;
                sum += e;
            }
            for (int j = 0; j < cols; j++) {
                out[o + j] /= sum;
            }
        }
        return out;
    }

    /**
     * The mean and the central sums by two plain passes:
     * \( \bar x = \frac{1}{n} \sum_i x_i \) and \( S_k = \sum_i (x_i - \bar x)^k \), \( k = 2, 3, 4 \).
     *
     * @param x the values. Not modified.
     * @return \( \{\bar x, S_2, S_3, S_4\} \)
     */
    public static double[] meanAndCentralSums(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / x.length;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        return new double[] {mean, m2, m3, m4};
    }

    /**
     * ROC AUC as the Mann–Whitney statistic, the way it is written by hand: sort the indices by
     * score (boxed, with a comparator), give tied scores their mid-rank, and
     * \[ \mathrm{AUC} = \frac{R_+ - n_+(n_+ + 1)/2}{n_+ n_-}, \]
     * where \( R_+ \) is the sum of the positives' ranks (ties count one half, as in
     * scikit-learn's {@code roc_auc_score}).
     *
     * @param labels 0/1 labels, at least one of each. Not modified.
     * @param scores scores, finite, as long as {@code labels}. Not modified.
     * @return the AUC
     */
    public static double auc(int[] labels, double[] scores) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSum = 0;
        long positives = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double midRank = (start + end) / 2.0 + 1;   // ranks start at 1
            for (int j = start; j <= end; j++) {
                if (labels[order[j]] == 1) {
                    rankSum += midRank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = n - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
