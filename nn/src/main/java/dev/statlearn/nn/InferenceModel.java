package dev.statlearn.nn;

/**
 * A trained network that can make predictions: the full-precision {@link Mlp} and the compact
 * inference-only models of {@code dev.statlearn.nn.deploy} (pruned, int8-quantized).
 *
 * <p>Implementations are immutable and thread-safe. Inputs must have {@link #numInputs()} finite
 * values; a wrong length or a non-finite value throws {@link IllegalArgumentException}.
 *
 * @since 0.1
 */
public interface InferenceModel {

    /**
     * Number of input features.
     *
     * @return the input width
     */
    int numInputs();

    /**
     * Number of output units (1 for a sigmoid output).
     *
     * @return the output width
     */
    int numOutputs();

    /**
     * The output kind.
     *
     * @return the output
     */
    Output output();

    /**
     * Size of the model's parameters in bytes (8 per double, 4 per int, 1 per byte).
     *
     * @return the size in bytes
     */
    long sizeInBytes();

    /**
     * The raw outputs \( z \) of the last layer: the predictions of a {@link Output#LINEAR}
     * network, the logits of a classifier. Inputs so large that only the last layer overflows
     * give \( \pm\infty \) outputs; the class probabilities then take the limit (a softmax shares
     * the probability equally among the \( +\infty \) logits).
     *
     * @param x one input row, not modified
     * @return the outputs, length {@link #numOutputs()}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if the length is wrong, a value is not finite, or the values
     *                                  are so large that a layer overflows (NaN outputs)
     */
    double[] predictValues(double[] x);

    /**
     * Raw outputs for each row.
     *
     * @param x input rows, not modified
     * @return one output vector per row
     * @throws NullPointerException     if {@code x} or a row is null
     * @throws IllegalArgumentException if a row has the wrong length or a non-finite value, or is so
     *                                  large that a layer overflows (NaN outputs)
     */
    default double[][] predictValues(double[][] x) {
        java.util.Objects.requireNonNull(x, "x");
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = predictValues(java.util.Objects.requireNonNull(x[i], "x[" + i + "]"));
        }
        return out;
    }

    /**
     * Class probabilities of one row: the softmax of the logits, or \( (1-\sigma(z), \sigma(z)) \)
     * for a sigmoid output (so a binary classifier also gives two columns).
     *
     * @param x one input row, not modified
     * @return a probability vector over the classes
     * @throws IllegalStateException    if the output is {@link Output#LINEAR}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if the length is wrong, a value is not finite, or the values
     *                                  are so large that a layer overflows (NaN outputs)
     */
    default double[] predictProba(double[] x) {
        return output().probabilities(predictValues(x));
    }

    /**
     * Class probabilities for each row.
     *
     * @param x input rows, not modified
     * @return one probability vector per row
     * @throws IllegalStateException    if the output is {@link Output#LINEAR}
     * @throws NullPointerException     if {@code x} or a row is null
     * @throws IllegalArgumentException if a row has the wrong length or a non-finite value, or is so
     *                                  large that a layer overflows (NaN outputs)
     */
    default double[][] predictProba(double[][] x) {
        double[][] z = predictValues(x);
        for (int i = 0; i < z.length; i++) {
            z[i] = output().probabilities(z[i]);
        }
        return z;
    }

    /**
     * The predicted class of one row: the arg-max of the probabilities (lowest index on ties;
     * for a sigmoid output, class 1 iff \( z &gt; 0 \)).
     *
     * @param x one input row, not modified
     * @return the class index
     * @throws IllegalStateException    if the output is {@link Output#LINEAR}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if the length is wrong, a value is not finite, or the values
     *                                  are so large that a layer overflows (NaN outputs)
     */
    default int predict(double[] x) {
        return output().classOf(predictValues(x));
    }

    /**
     * The predicted class of each row.
     *
     * @param x input rows, not modified
     * @return one class index per row
     * @throws IllegalStateException    if the output is {@link Output#LINEAR}
     * @throws NullPointerException     if {@code x} or a row is null
     * @throws IllegalArgumentException if a row has the wrong length or a non-finite value, or is so
     *                                  large that a layer overflows (NaN outputs)
     */
    default int[] predict(double[][] x) {
        double[][] z = predictValues(x);
        int[] out = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = output().classOf(z[i]);
        }
        return out;
    }
}
