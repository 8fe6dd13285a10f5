package dev.statlearn.nn.internal;

import dev.statlearn.core.internal.kernel.KernelActivation;
import dev.statlearn.nn.Activation;

/**
 * Where {@code nn}'s public types meet core's kernel layer: the one mapping from
 * {@link Activation} to {@link KernelActivation}, and the NaN check on network outputs.
 *
 * <p>Both enums list the activations: nn's public {@link Activation} names, one to one, the
 * constants of core's internal {@link KernelActivation}, and this class maps each to the kernel
 * constant of the same name (a bijection, checked by a test). The formulas and derivatives exist
 * only in core ({@link KernelActivation#apply}, {@link KernelActivation#derivativeFromOutput});
 * {@link Activation} evaluates through them.
 * Not part of the public API.
 */
public final class KernelBridge {

    private static final KernelActivation[] KERNEL = table();

    private KernelBridge() {
    }

    private static KernelActivation[] table() {
        Activation[] all = Activation.values();
        KernelActivation[] t = new KernelActivation[all.length];
        for (int i = 0; i < all.length; i++) {
            t[i] = KernelActivation.valueOf(all[i].name());
        }
        return t;
    }

    /**
     * The kernel form of an activation.
     *
     * @param activation activation
     * @return the kernel constant of the same name
     */
    public static KernelActivation kernel(Activation activation) {
        return KERNEL[activation.ordinal()];
    }

    /**
     * The kernel forms of the hidden activations followed by {@link KernelActivation#IDENTITY}
     * for the output layer (whose logits are not activated): one entry per weight layer.
     *
     * @param hidden activations of the hidden layers, not modified
     * @return {@code hidden.length + 1} kernel activations
     */
    public static KernelActivation[] perLayer(Activation[] hidden) {
        KernelActivation[] k = new KernelActivation[hidden.length + 1];
        for (int l = 0; l < hidden.length; l++) {
            k[l] = kernel(hidden[l]);
        }
        k[hidden.length] = KernelActivation.IDENTITY;
        return k;
    }

    /**
     * Checks that a network's outputs for one input row hold no NaN: from finite inputs and
     * weights a NaN only arises when a layer's values overflow ({@code inf - inf}).
     *
     * @param z    outputs
     * @param from first index of the row
     * @param len  outputs per row
     * @param name the input row's name for the message, e.g. {@code "x[3]"}
     * @throws IllegalArgumentException if an output is NaN
     */
    public static void requireNoNaN(double[] z, int from, int len, String name) {
        for (int j = from; j < from + len; j++) {
            if (Double.isNaN(z[j])) {
                throw new IllegalArgumentException(name + " is too large for the network: a layer's values overflow"
                        + " the double range and its outputs are NaN; rescale the inputs");
            }
        }
    }
}
