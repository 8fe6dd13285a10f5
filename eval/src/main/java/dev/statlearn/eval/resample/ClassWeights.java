package dev.statlearn.eval.resample;

import dev.statlearn.core.Checks;
import dev.statlearn.core.data.ClassBalance;
import dev.statlearn.core.data.Dataset;

/**
 * Class weights, the algorithm-level remedy for imbalance: instead of changing the data, weight
 * each example's loss by its class weight.
 *
 * @since 0.1
 */
public final class ClassWeights {

    private ClassWeights() {
    }

    /**
     * Balanced weights \( w_c = n / (k\, n_c) \), the same as scikit-learn's
     * {@code compute_class_weight("balanced", classes=np.arange(k), y=y)}: every class then carries
     * the same total weight \( n / k \), and the weights average to 1 over the examples.
     * The number of classes is the largest label + 1, and every class must occur.
     *
     * @param y class labels; not modified
     * @return a new array of {@code k} weights
     * @throws NullPointerException     if {@code y} is null
     * @throws IllegalArgumentException if {@code y} is empty, a label is negative or {@code >=} {@link Dataset#MAX_CLASSES}, or a class in
     *                                  {@code [0, max label]} does not occur
     */
    public static double[] balanced(int[] y) {
        Checks.nonEmpty(y, "y");
        return balanced(y, Checks.classCount(y, Dataset.MAX_CLASSES, "y"));
    }

    /**
     * Balanced weights \( w_c = n / (k\, n_c) \) for {@code k} classes, all of which must occur
     * ({@link ClassBalance#balancedWeights(int[], int)}, the one definition shared with {@code nn}).
     *
     * @param y class labels in {@code [0, k)}; not modified
     * @param k number of classes, in {@code [1, }{@link Dataset#MAX_CLASSES}{@code ]}
     * @return a new array of {@code k} weights
     * @throws IllegalArgumentException if {@code y} is empty, {@code k} is outside
     *                                  {@code [1, min(y.length, }{@link Dataset#MAX_CLASSES}{@code )]}, a label
     *                                  is out of range, or a class does not occur (its weight would be infinite; scikit-learn
     *                                  also rejects this)
     */
    public static double[] balanced(int[] y, int k) {
        Checks.nonEmpty(y, "y");
        Checks.positive(k, "k");
        if (k > Dataset.MAX_CLASSES) {
            throw new IllegalArgumentException("k must be <= " + Dataset.MAX_CLASSES + " (Dataset.MAX_CLASSES), was " + k);
        }
        return ClassBalance.balancedWeights(y, k);
    }

    /**
     * Per-example weights \( w_{y_i} \), for learners that take a weight per example.
     *
     * @param y            class labels in {@code [0, classWeights.length)}; not modified
     * @param classWeights one weight per class, finite and {@code >= 0}; not modified
     * @return a new array of {@code y.length} weights
     * @throws IllegalArgumentException if {@code classWeights} is empty, a label has no weight
     *                                  (outside {@code [0, classWeights.length)}), or a weight is
     *                                  negative or not finite
     */
    public static double[] perExample(int[] y, double[] classWeights) {
        Checks.notNull(y, "y");
        Checks.nonEmpty(classWeights, "classWeights");
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= classWeights.length) {
                throw new IllegalArgumentException("y[" + i + "] must be a class index in [0, " + (classWeights.length - 1)
                        + "] (one per classWeights entry), was " + y[i]);
            }
        }
        for (int c = 0; c < classWeights.length; c++) {
            if (!(classWeights[c] >= 0 && classWeights[c] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        "classWeights[" + c + "] must be >= 0 and finite, was " + classWeights[c]);
            }
        }
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = classWeights[y[i]];
        }
        return out;
    }
}
