package dev.statlearn.eval.validation;

/**
 * A fitted classifier as a function: rows in, class indices out. Any model fits, e.g.
 * {@code x -> model.predictLabels(x)} or a hand-written rule.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Classifier {

    /**
     * Predicts a class index for each row.
     *
     * @param x rows; must not be modified
     * @return one class index in {@code [0, k)} per row
     */
    int[] predict(double[][] x);
}
