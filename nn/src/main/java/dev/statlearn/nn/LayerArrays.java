package dev.statlearn.nn;

import dev.statlearn.core.Checks;

/**
 * Copies out of per-layer parameter arrays, shared by {@link Mlp} (the weights and biases) and
 * {@link Gradients} (their gradients): layer \( l \) holds a flat row-major
 * \( n_{l+1} \times n_l \) matrix and a vector of \( n_{l+1} \) values, with \( n \) the layer
 * sizes, inputs first.
 */
final class LayerArrays {

    private LayerArrays() {
    }

    /**
     * Layer {@code layer}'s flat {@code units × inputs} matrix as rows.
     *
     * @param flat  per-layer flat matrices
     * @param sizes units per layer, inputs first
     * @param layer {@code 0 .. sizes.length - 2}
     * @return a new {@code sizes[layer + 1] × sizes[layer]} matrix
     * @throws IllegalArgumentException if {@code layer} is out of range
     */
    static double[][] matrix(double[][] flat, int[] sizes, int layer) {
        Checks.index(layer, sizes.length - 1, "layer");
        int out = sizes[layer + 1];
        int in = sizes[layer];
        double[][] m = new double[out][in];
        for (int o = 0; o < out; o++) {
            System.arraycopy(flat[layer], o * in, m[o], 0, in);
        }
        return m;
    }

    /**
     * A copy of layer {@code layer}'s array.
     *
     * @param arrays per-layer arrays
     * @param sizes  units per layer, inputs first
     * @param layer  {@code 0 .. sizes.length - 2}
     * @return a copy
     * @throws IllegalArgumentException if {@code layer} is out of range
     */
    static double[] copy(double[][] arrays, int[] sizes, int layer) {
        Checks.index(layer, sizes.length - 1, "layer");
        return arrays[layer].clone();
    }
}
