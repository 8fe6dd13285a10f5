package dev.statlearn.core.internal.kernel;

import dev.statlearn.core.Numerics;

/**
 * Pointwise activations applied by
 * {@link KernelOps#biasActivation(int, int, double[], int, double[], int, KernelActivation, double[], int)},
 * with derivatives expressed through the activation's output \( y = f(z) \) so the backward pass
 * needs no copy of the pre-activation.
 *
 * <ul>
 *   <li>{@link #IDENTITY}: \( y = z \), \( f' = 1 \).</li>
 *   <li>{@link #RELU}: \( y = \max(0, z) \), \( f' = [y &gt; 0] \); NaN stays NaN.</li>
 *   <li>{@link #SIGMOID}: \( y = 1 / (1 + e^{-z}) \) (evaluated without overflow,
 *       {@link Numerics#sigmoid(double)}),
 *       \( f' = y (1 - y) \).</li>
 *   <li>{@link #TANH}: \( y = \tanh z \), \( f' = 1 - y^2 \).</li>
 *   <li>{@link #LEAKY_RELU}: \( y = z \) for \( z &gt; 0 \), else \( 0.01 z \) (PyTorch's default
 *       slope); \( f' = 1 \) if \( y &gt; 0 \), else 0.01.</li>
 * </ul>
 */
public enum KernelActivation {
    /** \( y = z \). */
    IDENTITY,
    /** \( y = \max(0, z) \). */
    RELU,
    /** \( y = 1 / (1 + e^{-z}) \). */
    SIGMOID,
    /** \( y = \tanh z \). */
    TANH,
    /** \( y = z \) for \( z &gt; 0 \), else \( 0.01 z \). */
    LEAKY_RELU;

    /** Negative slope of {@link #LEAKY_RELU}. */
    public static final double LEAKY_SLOPE = 0.01;

    /**
     * Applies the activation to one value (the reference the kernels agree with).
     *
     * @param z pre-activation
     * @return \( f(z) \)
     */
    public double apply(double z) {
        switch (this) {
            case RELU:
                return Math.max(0.0, z);
            case SIGMOID:
                return Numerics.sigmoid(z);
            case TANH:
                return Math.tanh(z);
            case LEAKY_RELU:
                return z > 0 ? z : LEAKY_SLOPE * z;
            default:
                return z;
        }
    }

    /**
     * The derivative \( f'(z) \) written as a function of the output \( y = f(z) \).
     *
     * @param y activation output
     * @return \( f'(z) \)
     */
    public double derivativeFromOutput(double y) {
        switch (this) {
            case RELU:
                return y > 0 ? 1.0 : 0.0;
            case SIGMOID:
                return y * (1.0 - y);
            case TANH:
                return 1.0 - y * y;
            case LEAKY_RELU:
                return y > 0 ? 1.0 : LEAKY_SLOPE;
            default:
                return 1.0;
        }
    }
}
