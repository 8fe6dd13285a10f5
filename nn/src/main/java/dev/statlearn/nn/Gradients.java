package dev.statlearn.nn;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;

/**
 * The mean loss of a batch and its gradient with respect to every weight and bias, as computed
 * by backpropagation ({@link Mlp#gradients(double[][], int[])}). Immutable.
 *
 * <p>For weight layer \( l \) (0-based here, layer 0 reads the inputs):
 * \( \partial L/\partial W_l \) has the shape of \( W_l \) (units × inputs) and
 * \( \partial L/\partial b_l \) one entry per unit.
 *
 * @since 0.1
 */
public final class Gradients {

    private final double loss;
    private final double[][] weights;
    private final double[][] biases;
    private final int[] sizes;

    Gradients(double loss, double[][] weights, double[][] biases, int[] sizes) {
        this.loss = loss;
        this.weights = weights;
        this.biases = biases;
        this.sizes = sizes;
    }

    /**
     * The mean loss at which the gradients were computed.
     *
     * @return the loss
     */
    public double loss() {
        return loss;
    }

    /**
     * Number of weight layers.
     *
     * @return \( L \)
     */
    public int numLayers() {
        return sizes.length - 1;
    }

    /**
     * \( \partial L/\partial W_l \) as a units × inputs matrix.
     *
     * @param layer {@code 0 .. numLayers()-1}
     * @return a copy
     * @throws IllegalArgumentException if out of range
     */
    public double[][] weights(int layer) {
        return LayerArrays.matrix(weights, sizes, layer);
    }

    /**
     * \( \partial L/\partial W_l \), flat and row-major.
     *
     * @param layer {@code 0 .. numLayers()-1}
     * @return a copy
     * @throws IllegalArgumentException if out of range
     */
    public double[] flatWeights(int layer) {
        return LayerArrays.copy(weights, sizes, layer);
    }

    /**
     * \( \partial L/\partial b_l \).
     *
     * @param layer {@code 0 .. numLayers()-1}
     * @return a copy
     * @throws IllegalArgumentException if out of range
     */
    public double[] biases(int layer) {
        return LayerArrays.copy(biases, sizes, layer);
    }

    double[][] rawWeights() {
        return weights;
    }

    double[][] rawBiases() {
        return biases;
    }

    /**
     * Euclidean norm of all gradients of one layer (weights and biases).
     *
     * @param layer {@code 0 .. numLayers()-1}
     * @return the norm
     * @throws IllegalArgumentException if out of range
     */
    public double norm(int layer) {
        Checks.index(layer, numLayers(), "layer");
        double s = 0.0;
        for (double v : weights[layer]) {
            s += v * v;
        }
        for (double v : biases[layer]) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /**
     * The chain rule from the top: one line per layer, output layer first, with the gradient norms.
     *
     * @return a readable summary
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Gradients[loss=").append(Format.sig(loss));
        for (int l = numLayers() - 1; l >= 0; l--) {
            sb.append("\n  layer ").append(l).append(" (").append(sizes[l + 1]).append('×').append(sizes[l])
                    .append("): |dL/dW|+|dL/db| norm = ").append(Format.sig(norm(l)));
        }
        return sb.append(']').toString();
    }
}
