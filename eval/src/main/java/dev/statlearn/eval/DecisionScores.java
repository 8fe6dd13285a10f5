package dev.statlearn.eval;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.eval.internal.BinaryInputs;

/**
 * Metrics of real-valued class scores (decision values, logits or probabilities) rather than of
 * hard predictions: top-\( k \) accuracy and the hinge loss. Lower is better for the loss, higher
 * for the accuracy. Probability-specific scores (log loss, Brier) are in
 * {@link dev.statlearn.eval.calibration.ProbabilityScores}.
 *
 * <p>Score matrices are {@code n × m}: row \( i \) holds the scores \( s_{i1}, \dots, s_{im} \) of
 * sample \( i \) for classes {@code 0..m-1}, and label \( y_i \) indexes a column. Scores must be
 * finite. Inputs are never modified.
 *
 * @since 0.2
 */
public final class DecisionScores {

    private DecisionScores() {
    }

    /**
     * Top-\( k \) accuracy, as scikit-learn's {@code top_k_accuracy_score(y, scores, k=k,
     * labels=range(m))}: the fraction of samples whose actual class is among the \( k \) classes with
     * the highest scores,
     * \[ \frac1n \sum_i \Big[\, \#\{c : s_{ic} &gt; s_{iy_i}\} + \#\{c &gt; y_i : s_{ic} = s_{iy_i}\} &lt; k \,\Big]. \]
     * Ties are broken as scikit-learn's stable sort does: among equal scores the class with the
     * <em>larger</em> index ranks higher. With \( k = 1 \) this is the accuracy of the arg-max
     * prediction; with \( k \ge m \) it is 1.
     *
     * @param actual labels in {@code [0, m)}. Not modified.
     * @param scores {@code n × m} finite scores, {@code m >= 2}. Not modified.
     * @param k      how many of the best-scoring classes count as a hit, {@code >= 1}
     * @return the top-\( k \) accuracy in [0, 1]
     * @throws NullPointerException     if an argument or a row is null
     * @throws IllegalArgumentException if the shapes disagree, {@code scores} has fewer than two
     *                                  columns, a label is out of range, a score is not finite or
     *                                  {@code k < 1}
     */
    public static double topKAccuracy(int[] actual, double[][] scores, int k) {
        checkMatrix(actual, scores);
        Checks.atLeast(k, 1, "k");
        long hits = 0;
        for (int i = 0; i < actual.length; i++) {
            double[] row = scores[i];
            int y = actual[i];
            double sy = row[y];
            int rank = 0; // classes ranked above y
            for (int c = 0; c < row.length; c++) {
                if (row[c] > sy || (row[c] == sy && c > y)) {
                    rank++;
                }
            }
            if (rank < k) {
                hits++;
            }
        }
        return (double) hits / actual.length;
    }

    /**
     * Binary hinge loss, as scikit-learn's {@code hinge_loss(y, decision)}: with \( t_i = +1 \) for
     * label 1 and \( t_i = -1 \) for label 0,
     * \[ \frac1n \sum_i \max(0,\ 1 - t_i f_i). \]
     *
     * @param actual   labels in {0, 1}. Not modified.
     * @param decision decision values \( f_i \) (positive favours class 1), finite, same length.
     *                 Not modified.
     * @return the mean hinge loss, {@code >= 0}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a label is not 0
     *                                  or 1, or a decision value is not finite
     */
    public static double hingeLoss(int[] actual, double[] decision) {
        BinaryInputs.paired(actual, decision, "decision");
        Checks.allFinite(decision, "decision");
        CompensatedSum s = new CompensatedSum();
        for (int i = 0; i < actual.length; i++) {
            double margin = actual[i] == 1 ? decision[i] : -decision[i];
            double term = Math.max(0.0, 1.0 - margin);
            s.add(term);
        }
        return s.value() / actual.length;
    }

    /**
     * Multiclass hinge loss of Crammer &amp; Singer (2001), as scikit-learn's
     * {@code hinge_loss(y, decision, labels=range(m))}: with the margin
     * \( \mu_i = f_{iy_i} - \max_{c \ne y_i} f_{ic} \),
     * \[ \frac1n \sum_i \max(0,\ 1 - \mu_i). \]
     *
     * @param actual   labels in {@code [0, m)}. Not modified.
     * @param decision {@code n × m} finite decision values, {@code m >= 2}. Not modified.
     * @return the mean hinge loss, {@code >= 0}
     * @throws NullPointerException     if an argument or a row is null
     * @throws IllegalArgumentException if the shapes disagree, {@code decision} has fewer than two
     *                                  columns, a label is out of range or a value is not finite
     */
    public static double hingeLoss(int[] actual, double[][] decision) {
        checkMatrix(actual, decision, "decision");
        CompensatedSum s = new CompensatedSum();
        for (int i = 0; i < actual.length; i++) {
            double[] row = decision[i];
            int y = actual[i];
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < row.length; c++) {
                if (c != y) {
                    best = Math.max(best, row[c]);
                }
            }
            double term = Math.max(0.0, 1.0 - (row[y] - best));
            s.add(term);
        }
        return s.value() / actual.length;
    }

    private static void checkMatrix(int[] actual, double[][] scores) {
        checkMatrix(actual, scores, "scores");
    }

    private static void checkMatrix(int[] actual, double[][] scores, String name) {
        Checks.notNull(actual, "actual");
        Checks.finiteMatrix(scores, name);
        Checks.nonEmpty(actual, "actual");
        Checks.sameLength(actual.length, "actual", scores.length, name);
        int m = scores[0].length;
        if (m < 2) {
            throw new IllegalArgumentException(name + " must have at least 2 columns (classes), had " + m);
        }
        Checks.labels(actual, m, "actual");
    }
}
