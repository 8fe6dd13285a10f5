package dev.statlearn.nn.deploy;

import dev.statlearn.core.internal.kernel.KernelActivation;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.internal.KernelBridge;
import java.util.Objects;

/** Shared helpers of the compact models. */
final class Layers {

    private Layers() {
    }

    static KernelActivation[] activations(Mlp mlp) {
        Activation[] hidden = new Activation[mlp.numLayers() - 1];
        for (int l = 0; l < hidden.length; l++) {
            hidden[l] = mlp.activation(l);
        }
        return KernelBridge.perLayer(hidden);
    }

    static void checkRow(double[] x, int inputs) {
        Objects.requireNonNull(x, "x");
        if (x.length != inputs) {
            throw new IllegalArgumentException("x has " + x.length + " values but the model has " + inputs
                    + " inputs");
        }
        for (int j = 0; j < x.length; j++) {
            if (!Double.isFinite(x[j])) {
                throw new IllegalArgumentException("x[" + j + "] must be finite, was " + x[j]);
            }
        }
    }
}
