package dev.statlearn.nn.deploy;

import dev.statlearn.core.internal.kernel.KernelActivation;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.nn.InferenceModel;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.nn.internal.KernelBridge;

/**
 * What the compact models share: the architecture, activations and biases of the network they
 * were made from, and the forward pass \( a_l = f_l(\tilde W_l a_{l-1} + b_l) \) in which each
 * model supplies only its own product \( \tilde W_l a \) (sparse, dequantized int8, ...).
 */
abstract class CompactMlp implements InferenceModel {

    /** Units per layer, inputs first. */
    final int[] sizes;
    /** Biases per weight layer, in full precision. */
    final double[][] biases;
    private final KernelActivation[] activations;
    private final Output output;

    CompactMlp(Mlp mlp) {
        this.sizes = mlp.layerSizes();
        this.activations = Layers.activations(mlp);
        this.output = mlp.output();
        this.biases = new double[mlp.numLayers()][];
        for (int l = 0; l < biases.length; l++) {
            biases[l] = mlp.biases(l);
        }
    }

    /**
     * The product of weight layer {@code layer} with the previous layer's outputs, without the
     * bias.
     *
     * @param layer weight layer, {@code 0 .. sizes.length - 2}
     * @param in    the {@code sizes[layer]} outputs of the previous layer (the input row for 0)
     * @param out   the {@code sizes[layer + 1]} values to write
     */
    abstract void product(int layer, double[] in, double[] out);

    @Override
    public final int numInputs() {
        return sizes[0];
    }

    @Override
    public final int numOutputs() {
        return sizes[sizes.length - 1];
    }

    @Override
    public final Output output() {
        return output;
    }

    @Override
    public final double[] predictValues(double[] x) {
        Layers.checkRow(x, sizes[0]);
        double[] cur = x;
        for (int l = 0; l < biases.length; l++) {
            int out = sizes[l + 1];
            double[] next = new double[out];
            product(l, cur, next);
            Kernels.biasActivation(1, out, next, 0, biases[l], 0, activations[l], next, 0);
            cur = next;
        }
        KernelBridge.requireNoNaN(cur, 0, cur.length, "x");
        return cur;
    }
}
