package dev.statlearn.nn;

import dev.statlearn.core.Numerics;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.nn.internal.Rows;

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
 * <p>Each constant has a fixed code in the network file format ({@link Mlp#write}): 0 for
 * {@code SOFTMAX}, 1 {@code SIGMOID}, 2 {@code LINEAR}. The codes do not depend on the order of
 * the constants, and a code once given is never reused.
 *
 * @since 0.1
 */
public enum Output {
    /** Softmax over \( k \ge 2 \) units, trained with cross-entropy; file code 0. */
    SOFTMAX,
    /** One sigmoid unit for binary classification, trained with binary cross-entropy; file code 1. */
    SIGMOID,
    /** Linear units for regression, trained with mean squared error; file code 2. */
    LINEAR;

    /**
     * Whether this output predicts classes.
     *
     * @return true for {@code SOFTMAX} and {@code SIGMOID}
     */
    public boolean isClassification() {
        return this != LINEAR;
    }

    /**
     * Number of classes a classification output of {@code units} units predicts: 2 for
     * {@code SIGMOID} (one unit), {@code units} for {@code SOFTMAX}; 0 for {@code LINEAR}.
     */
    int classes(int units) {
        return this == SIGMOID ? 2 : this == SOFTMAX ? units : 0;
    }

    /**
     * Class probabilities from logits: \( \mathrm{softmax}(z) \) for {@code SOFTMAX},
     * \( \{ \sigma(-z_0), \sigma(z_0) \} \) for {@code SIGMOID}.
     *
     * @param z logits; overwritten for {@code SOFTMAX} (the softmax is computed in place)
     * @throws IllegalStateException for {@code LINEAR}
     */
    double[] probabilities(double[] z) {
        if (this == SOFTMAX) {
            return Kernels.softmaxRows(1, z.length, z, 0, z, 0);
        }
        if (this == SIGMOID) {
            double p = Numerics.sigmoid(z[0]);
            return new double[] {Numerics.sigmoid(-z[0]), p};
        }
        throw new IllegalStateException("a LINEAR output (regression) has no class probabilities; use predictValues");
    }

    /**
     * {@link #probabilities(double[])} of the first {@code units} values of {@code z}, into a new
     * array ({@code z} is not modified).
     *
     * @throws IllegalStateException for {@code LINEAR}
     */
    double[] probabilities(double[] z, int units) {
        if (this == SOFTMAX) {
            return Kernels.softmaxRows(1, units, z, 0, new double[units], 0);
        }
        return probabilities(z);
    }

    /**
     * The predicted class from logits: \( \arg\max_j z_j \) (first on ties) for {@code SOFTMAX},
     * \( [z_0 > 0] \) for {@code SIGMOID}.
     *
     * @throws IllegalStateException for {@code LINEAR}
     */
    int classOf(double[] z) {
        return classOf(z, z.length);
    }

    /** {@link #classOf(double[])} of the first {@code units} values of {@code z}. */
    int classOf(double[] z, int units) {
        if (this == SOFTMAX) {
            return Rows.argmax(z, 0, units);
        }
        if (this == SIGMOID) {
            return z[0] > 0.0 ? 1 : 0;
        }
        throw new IllegalStateException("a LINEAR output (regression) predicts values, not classes; use predictValues");
    }
}
