package dev.statlearn.eval.internal;

import dev.statlearn.core.Checks;

/**
 * The argument checks of binary-label metrics, written once: labels 0/1 and, paired with them, one
 * value (score, probability, decision value) per label. Not API.
 */
public final class BinaryInputs {

    private BinaryInputs() {
    }

    /**
     * Checks binary labels.
     *
     * @param actual labels, must be 0 or 1
     * @return {@code actual}
     * @throws NullPointerException     if {@code actual} is null
     * @throws IllegalArgumentException if a label is not 0 or 1
     */
    public static int[] labels(int[] actual) {
        Checks.notNull(actual, "actual");
        Checks.labels(actual, 2, "actual");
        return actual;
    }

    /**
     * Checks non-empty binary labels and one value per label (the values' own range is the
     * caller's to check).
     *
     * @param actual     labels, must be 0 or 1, at least one
     * @param values     one per label
     * @param valuesName the values' argument name, for messages
     * @throws NullPointerException     if an array is null
     * @throws IllegalArgumentException if {@code actual} is empty, the lengths differ or a label is
     *                                  not 0 or 1
     */
    public static void paired(int[] actual, double[] values, String valuesName) {
        Checks.notNull(actual, "actual");
        Checks.notNull(values, valuesName);
        Checks.nonEmpty(actual, "actual");
        Checks.sameLength(actual.length, "actual", values.length, valuesName);
        Checks.labels(actual, 2, "actual");
    }
}
