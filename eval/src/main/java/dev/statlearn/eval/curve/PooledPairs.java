package dev.statlearn.eval.curve;

import dev.statlearn.core.Checks;

/**
 * The \( nk \) one-vs-rest pairs that micro averaging pools, row by row: pair \( ik + c \) has label
 * \( [y_i = c] \), score \( s_{ic} \) and (when weighted) the row's weight \( w_i \), as scikit-learn's
 * {@code label_binarize(y, classes=range(k)).ravel()} with {@code scores.ravel()}.
 *
 * @param labels  0/1 labels, length \( nk \)
 * @param scores  scores, length \( nk \)
 * @param weights weights, length \( nk \), or {@code null} when unweighted
 */
record PooledPairs(int[] labels, double[] scores, double[] weights) {

    /**
     * Pools already checked arguments.
     *
     * @param actual  class indices in {@code [0, k)}
     * @param scores  {@code n × k} scores
     * @param weights one weight per row, or {@code null}
     * @return the pooled pairs
     * @throws IllegalArgumentException if \( nk \) exceeds the array limit
     */
    static PooledPairs of(int[] actual, double[][] scores, double[] weights) {
        int k = scores[0].length;
        int nk = Checks.arrayLength((long) actual.length * k, "n * k");
        int[] y = new int[nk];
        double[] s = new double[nk];
        double[] w = weights == null ? null : new double[nk];
        for (int i = 0; i < actual.length; i++) {
            for (int c = 0; c < k; c++) {
                y[i * k + c] = actual[i] == c ? 1 : 0;
                s[i * k + c] = scores[i][c];
                if (w != null) {
                    w[i * k + c] = weights[i];
                }
            }
        }
        return new PooledPairs(y, s, w);
    }
}
