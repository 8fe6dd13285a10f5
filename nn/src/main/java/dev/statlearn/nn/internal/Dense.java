package dev.statlearn.nn.internal;

import dev.statlearn.core.internal.kernel.Kernels;

/**
 * Dense linear algebra kernels for the network: every matrix product, bias add, activation and
 * row-wise softmax of the {@code nn} module goes through this class.
 *
 * <p>All matrices are flat, row-major {@code double[]} arrays with explicit dimensions. Outputs
 * are overwritten (never accumulated into) unless the method name says otherwise. The matrix
 * products delegate to core's kernel layer ({@code dev.statlearn.core.internal.kernel.Kernels}:
 * packed panels, row-parallel above a size threshold, each entry summed over the inner index in
 * order, so results do not depend on the thread count); the element-wise loops are plain loops
 * over contiguous rows. Nothing here allocates (the kernel layer keeps per-thread scratch).
 *
 * <p>Not part of the public API.
 */
public final class Dense {

    /** Activation codes, in the order of {@code Activation}'s constants. */
    public static final int IDENTITY = 0;
    /** Logistic sigmoid. */
    public static final int SIGMOID = 1;
    /** Hyperbolic tangent. */
    public static final int TANH = 2;
    /** Rectified linear unit. */
    public static final int RELU = 3;
    /** Leaky ReLU with slope {@link #LEAKY_SLOPE}. */
    public static final int LEAKY_RELU = 4;
    /** Negative slope of the leaky ReLU (PyTorch's default). */
    public static final double LEAKY_SLOPE = 0.01;

    private Dense() {
    }

    /**
     * {@code c(n×p) = a(n×m) · b(m×p)}.
     *
     * @param a left matrix, not modified
     * @param n rows of a
     * @param m columns of a = rows of b
     * @param b right matrix, not modified
     * @param p columns of b
     * @param c output, overwritten
     */
    public static void mulAB(double[] a, int n, int m, double[] b, int p, double[] c) {
        Kernels.ops().mult(n, p, m, a, 0, b, 0, c, 0);
    }

    /**
     * {@code c(m×p) = a(n×m)ᵀ · b(n×p)}.
     *
     * @param a left matrix (before transposition), not modified
     * @param n rows of a and b
     * @param m columns of a
     * @param b right matrix, not modified
     * @param p columns of b
     * @param c output, overwritten
     */
    public static void mulAtB(double[] a, int n, int m, double[] b, int p, double[] c) {
        Kernels.ops().multTransA(m, p, n, a, 0, b, 0, c, 0);
    }

    /**
     * {@code c(n×p) = a(n×m) · b(p×m)ᵀ}, as dot products of rows.
     *
     * @param a left matrix, not modified
     * @param n rows of a
     * @param m columns of a and b
     * @param b right matrix (before transposition), not modified
     * @param p rows of b
     * @param c output, overwritten
     */
    public static void mulABt(double[] a, int n, int m, double[] b, int p, double[] c) {
        Kernels.ops().multTransB(n, p, m, a, 0, b, 0, c, 0);
    }

    /**
     * Single-row product {@code c(1×p) = x(1×m) · b(m×p)} for low-latency inference: a plain
     * loop (no packing, no dispatch) that sums over {@code k} in order like the scalar kernels.
     *
     * @param x row vector, not modified
     * @param m length of x = rows of b
     * @param b matrix, not modified
     * @param p columns of b
     * @param c output, overwritten
     */
    public static void rowTimes(double[] x, int m, double[] b, int p, double[] c) {
        java.util.Arrays.fill(c, 0, p, 0.0);
        for (int k = 0; k < m; k++) {
            double xk = x[k];
            if (xk == 0.0) {
                continue;
            }
            int base = k * p;
            for (int j = 0; j < p; j++) {
                c[j] += xk * b[base + j];
            }
        }
    }

    /**
     * {@code t(m×n) = a(n×m)ᵀ}.
     *
     * @param a matrix, not modified
     * @param n rows of a
     * @param m columns of a
     * @param t output, overwritten
     */
    public static void transpose(double[] a, int n, int m, double[] t) {
        for (int i = 0; i < n; i++) {
            int ai = i * m;
            for (int j = 0; j < m; j++) {
                t[j * n + i] = a[ai + j];
            }
        }
    }

    /**
     * Adds {@code bias} to every row of {@code z(n×m)} and applies the activation in place.
     *
     * @param z          pre-activations, overwritten by activations
     * @param n          rows
     * @param m          columns (units)
     * @param bias       bias per column, not modified
     * @param activation activation code
     */
    public static void biasActivate(double[] z, int n, int m, double[] bias, int activation) {
        for (int i = 0; i < n; i++) {
            int zi = i * m;
            for (int j = 0; j < m; j++) {
                z[zi + j] += bias[j];
            }
        }
        activate(z, n * m, activation);
    }

    /**
     * Applies an activation in place to the first {@code len} entries.
     *
     * @param z          values, overwritten
     * @param len        number of entries
     * @param activation activation code
     */
    public static void activate(double[] z, int len, int activation) {
        switch (activation) {
            case IDENTITY:
                break;
            case SIGMOID:
                for (int i = 0; i < len; i++) {
                    z[i] = sigmoid(z[i]);
                }
                break;
            case TANH:
                for (int i = 0; i < len; i++) {
                    z[i] = Math.tanh(z[i]);
                }
                break;
            case RELU:
                for (int i = 0; i < len; i++) {
                    z[i] = z[i] > 0.0 ? z[i] : 0.0;
                }
                break;
            case LEAKY_RELU:
                for (int i = 0; i < len; i++) {
                    z[i] = z[i] > 0.0 ? z[i] : LEAKY_SLOPE * z[i];
                }
                break;
            default:
                throw new IllegalStateException("unknown activation code " + activation);
        }
    }

    /**
     * Writes the derivative of the activation, expressed through the activation's output
     * {@code a = f(z)}, for the first {@code len} entries.
     *
     * @param a          activations, not modified
     * @param len        number of entries
     * @param activation activation code
     * @param d          output, overwritten
     */
    public static void derivativeFromOutput(double[] a, int len, int activation, double[] d) {
        switch (activation) {
            case IDENTITY:
                java.util.Arrays.fill(d, 0, len, 1.0);
                break;
            case SIGMOID:
                for (int i = 0; i < len; i++) {
                    d[i] = (1.0 - a[i]) * a[i];
                }
                break;
            case TANH:
                for (int i = 0; i < len; i++) {
                    d[i] = 1.0 - a[i] * a[i];
                }
                break;
            case RELU:
                for (int i = 0; i < len; i++) {
                    d[i] = a[i] > 0.0 ? 1.0 : 0.0;
                }
                break;
            case LEAKY_RELU:
                for (int i = 0; i < len; i++) {
                    d[i] = a[i] > 0.0 ? 1.0 : LEAKY_SLOPE;
                }
                break;
            default:
                throw new IllegalStateException("unknown activation code " + activation);
        }
    }

    /**
     * Multiplies {@code a} by {@code b} element-wise, in place in {@code a}.
     *
     * @param a   values, overwritten
     * @param b   factors, not modified
     * @param len number of entries
     */
    public static void multiplyInPlace(double[] a, double[] b, int len) {
        for (int i = 0; i < len; i++) {
            a[i] *= b[i];
        }
    }

    /**
     * Column sums of {@code a(n×m)}.
     *
     * @param a   matrix, not modified
     * @param n   rows
     * @param m   columns
     * @param out sums, overwritten
     */
    public static void columnSums(double[] a, int n, int m, double[] out) {
        java.util.Arrays.fill(out, 0, m, 0.0);
        for (int i = 0; i < n; i++) {
            int ai = i * m;
            for (int j = 0; j < m; j++) {
                out[j] += a[ai + j];
            }
        }
    }

    /**
     * Row-wise softmax of {@code z(n×m)} in place, stable for logits of any finite size.
     *
     * @param z logits, overwritten by probabilities
     * @param n rows
     * @param m columns
     */
    public static void softmaxRows(double[] z, int n, int m) {
        for (int i = 0; i < n; i++) {
            int zi = i * m;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                max = Math.max(max, z[zi + j]);
            }
            if (Double.isInfinite(max)) { // the limit: uniform over the logits equal to max
                int ties = 0;
                for (int j = 0; j < m; j++) {
                    ties += z[zi + j] == max ? 1 : 0;
                }
                for (int j = 0; j < m; j++) {
                    z[zi + j] = z[zi + j] == max ? 1.0 / ties : 0.0;
                }
                continue;
            }
            double sum = 0.0;
            for (int j = 0; j < m; j++) {
                double e = Math.exp(z[zi + j] - max);
                z[zi + j] = e;
                sum += e;
            }
            double inv = 1.0 / sum;
            for (int j = 0; j < m; j++) {
                z[zi + j] *= inv;
            }
        }
    }

    /**
     * Row-wise log-softmax of {@code z(n×m)} in place: {@code z - max - log Σ exp(z - max)}.
     *
     * @param z logits, overwritten by log-probabilities
     * @param n rows
     * @param m columns
     */
    public static void logSoftmaxRows(double[] z, int n, int m) {
        for (int i = 0; i < n; i++) {
            int zi = i * m;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                max = Math.max(max, z[zi + j]);
            }
            double sum = 0.0;
            for (int j = 0; j < m; j++) {
                sum += Math.exp(z[zi + j] - max);
            }
            double shift = max + Math.log(sum);
            for (int j = 0; j < m; j++) {
                z[zi + j] -= shift;
            }
        }
    }

    /**
     * Numerically stable logistic sigmoid.
     *
     * @param z logit
     * @return {@code 1 / (1 + exp(-z))}
     */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
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
