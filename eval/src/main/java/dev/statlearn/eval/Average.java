package dev.statlearn.eval;

/**
 * How a per-class metric is averaged over the classes of a {@link ConfusionMatrix}.
 *
 * <p>Averages run over the <em>present</em> classes: those that occur in the actual or in the
 * predicted labels (scikit-learn's default {@code labels = unique_labels(y_true, y_pred)}).
 * A class that occurs in neither does not count, even if the matrix was built with a larger
 * class count. {@link ConfusionMatrix#withLabels(int...)} replaces the present classes by an
 * explicit label set (scikit-learn's {@code labels=}), in which absent classes count too.
 *
 * @since 0.1
 */
public enum Average {
    /** Unweighted mean of the per-class values over the present classes. */
    MACRO,
    /**
     * Mean of the per-class values weighted by each class's support (number of actual
     * members), as scikit-learn's {@code average="weighted"}.
     */
    WEIGHTED,
    /**
     * The metric computed once from the counts summed over the present classes (for single-label
     * data micro precision = micro recall = micro F = accuracy), as scikit-learn's
     * {@code average="micro"}.
     */
    MICRO
}
