package dev.statlearn.nn.deploy;

import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.internal.Dense;
import java.util.Objects;

/** Shared helpers of the compact models. */
final class Layers {

    private Layers() {
    }

    static int[] activationCodes(Mlp mlp) {
        int[] codes = new int[mlp.numLayers()];
        for (int l = 0; l < codes.length; l++) {
            codes[l] = l < codes.length - 1 ? mlp.activation(l).ordinal() : Dense.IDENTITY;
        }
        return codes;
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
