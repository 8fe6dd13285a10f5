package dev.statlearn.nn;

import dev.statlearn.core.internal.kernel.KernelActivation;
import dev.statlearn.nn.internal.KernelBridge;

/**
 * Element-wise activation functions of hidden layers, with their derivatives.
 *
 * <table class="striped">
 *   <caption>Activations</caption>
 *   <tr><th>constant</th><th>\( f(z) \)</th><th>\( f'(z) \)</th></tr>
 *   <tr><td>{@link #IDENTITY}</td><td>\( z \)</td><td>\( 1 \)</td></tr>
 *   <tr><td>{@link #SIGMOID}</td><td>\( \sigma(z) = 1/(1+e^{-z}) \)</td><td>\( \sigma(z)(1-\sigma(z)) \)</td></tr>
 *   <tr><td>{@link #TANH}</td><td>\( \tanh z \)</td><td>\( 1-\tanh^2 z \)</td></tr>
 *   <tr><td>{@link #RELU}</td><td>\( \max(0, z) \)</td><td>\( 1 \) if \( z &gt; 0 \), else \( 0 \)</td></tr>
 *   <tr><td>{@link #LEAKY_RELU}</td><td>\( z \) if \( z &gt; 0 \), else \( 0.01 z \)</td><td>\( 1 \) if \( z &gt; 0 \), else \( 0.01 \)</td></tr>
 * </table>
 *
 * <p>At the kink \( z = 0 \) the ReLU derivative is taken as 0 and the leaky ReLU derivative as
 * 0.01, as PyTorch does. The sigmoid is evaluated without overflow for any finite \( z \). NaN
 * in gives NaN out (ReLU and leaky ReLU map NaN to NaN as well).
 *
 * <p>The default weight initialisation of {@link Mlp.Builder} depends on the activation:
 * He (Kaiming) normal for {@code RELU} and {@code LEAKY_RELU}, Glorot (Xavier) uniform for the
 * others.
 *
 * <p>Each constant has a fixed code in the network file format ({@link Mlp#write}): 0 for
 * {@code IDENTITY}, 1 {@code SIGMOID}, 2 {@code TANH}, 3 {@code RELU}, 4 {@code LEAKY_RELU}. The
 * codes do not depend on the order of the constants, and a code once given is never reused.
 *
 * @since 0.1
 */
public enum Activation {
    /** The identity \( f(z) = z \); file code 0. */
    IDENTITY,
    /** The logistic sigmoid \( 1/(1+e^{-z}) \); file code 1. */
    SIGMOID,
    /** The hyperbolic tangent; file code 2. */
    TANH,
    /** The rectified linear unit \( \max(0, z) \); file code 3. */
    RELU,
    /** The leaky ReLU with negative slope 0.01 (PyTorch's default); file code 4. */
    LEAKY_RELU;

    /**
     * Evaluates the activation (core's kernel definition of the activation of the same name,
     * which the batch passes apply too).
     *
     * @param z pre-activation
     * @return \( f(z) \)
     */
    public double apply(double z) {
        return KernelBridge.kernel(this).apply(z);
    }

    /**
     * Evaluates the derivative \( f'(z) \) with respect to the pre-activation, through the
     * output: \( f'(z) = g(f(z)) \) with the kernel's derivative-from-output \( g \).
     *
     * @param z pre-activation
     * @return \( f'(z) \); NaN for NaN input
     */
    public double derivative(double z) {
        if (Double.isNaN(z)) {
            return z;
        }
        KernelActivation k = KernelBridge.kernel(this);
        return k.derivativeFromOutput(k.apply(z));
    }

    /** @return true for activations whose default initialisation is He (ReLU family). */
    boolean usesHeInit() {
        return this == RELU || this == LEAKY_RELU;
    }
}
