package dev.statlearn.eval.curve;

import dev.statlearn.core.Checks;

/**
 * The argument checks and the column access of \( n \times k \) multiclass scores, shared by the
 * one-vs-rest and one-vs-one AUCs and the multiclass average precision. Not API.
 */
final class ScoreColumns {

    private ScoreColumns() {
    }

    /**
     * Checks labels against {@code n × k} scores and, if given, one weight per row.
     *
     * @param actual  labels, must be in {@code [0, k)}
     * @param scores  rectangular, {@code k >= 2} columns, one row per label
     * @param weights one per label, or {@code null} when unweighted (null-checked by the caller)
     * @return \( k \)
     * @throws NullPointerException     if {@code actual} or {@code scores} is null
     * @throws IllegalArgumentException if the shapes disagree, {@code k < 2} or a label is out of range
     */
    static int check(int[] actual, double[][] scores, double[] weights) {
        Checks.notNull(actual, "actual");
        Checks.rectangular(scores, "scores");
        Checks.sameLength(actual.length, "actual", scores.length, "scores");
        if (weights != null) {
            Checks.sameLength(actual.length, "actual", weights.length, "weights");
        }
        int k = scores[0].length;
        Checks.atLeast(k, 2, "number of score columns");
        Checks.labels(actual, k, "actual");
        return k;
    }

    /**
     * Copies column {@code c} of {@code scores} into {@code out}.
     *
     * @param scores the rows
     * @param c      the column
     * @param out    one slot per row, overwritten
     * @return {@code out}
     */
    static double[] column(double[][] scores, int c, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = scores[i][c];
        }
        return out;
    }
}
