package dev.statlearn.nn.deploy;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.kernel.KernelActivation;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.nn.InferenceModel;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.nn.internal.KernelBridge;
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
public final class QuantizedMlp implements InferenceModel {

    private final int[] sizes;
    private final KernelActivation[] activations;
    private final Output output;
    private final byte[][] weights;
    private final double[][] scales;
    private final double[][] biases;

    private QuantizedMlp(Mlp mlp) {
        this.sizes = mlp.layerSizes();
        this.activations = Layers.activations(mlp);
        this.output = mlp.output();
        int layers = mlp.numLayers();
        this.weights = new byte[layers][];
        this.scales = new double[layers][];
        this.biases = new double[layers][];
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
            biases[l] = mlp.biases(l);
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
    public int numInputs() {
        return sizes[0];
    }

    @Override
    public int numOutputs() {
        return sizes[sizes.length - 1];
    }

    @Override
    public Output output() {
        return output;
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
    public double[] predictValues(double[] x) {
        Layers.checkRow(x, sizes[0]);
        double[] cur = x;
        for (int l = 0; l < weights.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] next = new double[out];
            byte[] q = weights[l];
            for (int o = 0; o < out; o++) {
                double s = 0.0;
                int base = o * in;
                for (int k = 0; k < in; k++) {
                    s += q[base + k] * cur[k];
                }
                next[o] = scales[l][o] * s;
            }
            Kernels.biasActivation(1, out, next, 0, biases[l], 0, activations[l], next, 0);
            cur = next;
        }
        KernelBridge.requireNoNaN(cur, 0, cur.length, "x");
        return cur;
    }

    @Override
    public String toString() {
        return "QuantizedMlp[int8, " + sizeInBytes() + " bytes]";
    }
}
