package dev.statlearn.nn;

/**
 * The output layer of an {@link Mlp}: how its linear outputs (logits) \( z \) become
 * predictions, and which loss trains them.
 *
 * <table class="striped">
 *   <caption>Outputs and their losses</caption>
 *   <tr><th>constant</th><th>prediction</th><th>loss per sample</th><th>targets</th></tr>
 *   <tr><td>{@link #SOFTMAX}</td><td>\( p = \mathrm{softmax}(z) \)</td>
 *       <td>\( -\log p_y = \log\sum_j e^{z_j} - z_y \)</td><td>class index \( y \in [0, k) \)</td></tr>
 *   <tr><td>{@link #SIGMOID}</td><td>\( p = \sigma(z) \), one unit</td>
 *       <td>\( -y\log p - (1-y)\log(1-p) \)</td><td>class index \( y \in \{0, 1\} \)</td></tr>
 *   <tr><td>{@link #LINEAR}</td><td>\( \hat y = z \)</td>
 *       <td>\( \frac{1}{m}\sum_j (\hat y_j - y_j)^2 \)</td><td>real vector of length \( m \)</td></tr>
 * </table>
 *
 * <p>The losses are computed from the logits (log-sum-exp, \( \log(1+e^{z}) \)), so they stay
 * finite for logits of any finite size; see {@link Loss}.
 *
 * @since 0.1
 */
public enum Output {
    /** Softmax over \( k \ge 2 \) units, trained with cross-entropy. */
    SOFTMAX,
    /** One sigmoid unit for binary classification, trained with binary cross-entropy. */
    SIGMOID,
    /** Linear units for regression, trained with mean squared error. */
    LINEAR;

    /**
     * Whether this output predicts classes.
     *
     * @return true for {@code SOFTMAX} and {@code SIGMOID}
     */
    public boolean isClassification() {
        return this != LINEAR;
    }
}
