package dev.statlearn.nn.deploy;

import dev.statlearn.core.Checks;
import dev.statlearn.nn.Mlp;
import java.util.Objects;

/**
 * An inference-only network with int8 weights: symmetric, per-output-unit quantization.
 * For unit \( o \) of a layer, with \( s_o = \max_k |W_{ok}| / 127 \),
 * \[ q_{ok} = \mathrm{round}(W_{ok} / s_o) \in [-127, 127], \qquad
 *    z_o = s_o \sum_k q_{ok}\, a_k + b_o . \]
 * Weights only: activations and biases stay in double precision (weight-only quantization, as
 * in the course notes' inference optimisation). Immutable and thread-safe.
 *
 * <ul>
 *   <li>A unit whose weights are all 0 gets \( s_o = 0 \) and \( q = 0 \).</li>
 *   <li>The error per weight is at most \( s_o / 2 \); {@link #dequantizedWeights(int)} shows
 *       the weights the model effectively uses.</li>
 *   <li>Size: \( n_l n_{l-1} \) bytes of weights plus 8 bytes of scale and 8 of bias per unit.</li>
 *   <li>Compare with the original using {@link Comparison#of}.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class QuantizedMlp extends CompactMlp {

    private final byte[][] weights;
    private final double[][] scales;

    private QuantizedMlp(Mlp mlp) {
        super(mlp);
        int layers = mlp.numLayers();
        this.weights = new byte[layers][];
        this.scales = new double[layers][];
        for (int l = 0; l < layers; l++) {
            double[] w = mlp.flatWeights(l);
            int in = sizes[l];
            int out = sizes[l + 1];
            weights[l] = new byte[w.length];
            scales[l] = new double[out];
            for (int o = 0; o < out; o++) {
                double max = 0.0;
                for (int k = 0; k < in; k++) {
                    max = Math.max(max, Math.abs(w[o * in + k]));
                }
                double s = max / 127.0;
                scales[l][o] = s;
                if (s == 0.0) {
                    continue;
                }
                for (int k = 0; k < in; k++) {
                    long q = Math.round(w[o * in + k] / s);
                    weights[l][o * in + k] = (byte) Math.max(-127, Math.min(127, q));
                }
            }
        }
    }

    /**
     * Quantizes the weights of {@code mlp} to int8.
     *
     * @param mlp the trained network (not modified)
     * @return the quantized model
     * @throws NullPointerException if {@code mlp} is null
     */
    public static QuantizedMlp int8(Mlp mlp) {
        return new QuantizedMlp(Objects.requireNonNull(mlp, "mlp"));
    }

    /**
     * The weights the model computes with, \( s_o q_{ok} \), as a units × inputs matrix.
     *
     * @param layer {@code 0 .. numLayers-1}
     * @return a new matrix
     * @throws IllegalArgumentException if out of range
     */
    public double[][] dequantizedWeights(int layer) {
        Checks.index(layer, weights.length, "layer");
        int in = sizes[layer];
        int out = sizes[layer + 1];
        double[][] w = new double[out][in];
        for (int o = 0; o < out; o++) {
            for (int k = 0; k < in; k++) {
                w[o][k] = scales[layer][o] * weights[layer][o * in + k];
            }
        }
        return w;
    }

    @Override
    public long sizeInBytes() {
        long s = 0;
        for (int l = 0; l < weights.length; l++) {
            s += weights[l].length + 8L * scales[l].length + 8L * biases[l].length;
        }
        return s;
    }

    @Override
    void product(int layer, double[] in, double[] out) {
        byte[] q = weights[layer];
        int k = in.length;
        for (int o = 0; o < out.length; o++) {
            double s = 0.0;
            int base = o * k;
            for (int p = 0; p < k; p++) {
                s += q[base + p] * in[p];
            }
            out[o] = scales[layer][o] * s;
        }
    }

    @Override
    public String toString() {
        return "QuantizedMlp[int8, " + sizeInBytes() + " bytes]";
    }
}
