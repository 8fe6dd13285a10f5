package dev.statlearn.nn;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.nn.internal.Rows;

/**
 * Softmax, log-softmax, arg-max and one-hot encoding.
 *
 * <p>\[ \mathrm{softmax}(z)_j = \frac{e^{z_j}}{\sum_i e^{z_i}}
 *       = \frac{e^{z_j - m}}{\sum_i e^{z_i - m}}, \quad m = \max_i z_i, \qquad
 *     \log\mathrm{softmax}(z)_j = z_j - m - \log \sum_i e^{z_i - m}. \]
 *
 * <ul>
 *   <li>Subtracting the maximum makes both stable for logits of any finite size (e.g. ±1000):
 *       no overflow, no NaN; the largest entry of the softmax is always at least \( 1/k \).</li>
 *   <li>Softmax is invariant under adding a constant to every logit (up to rounding).</li>
 *   <li>A single logit gives \( (1) \) and \( (0) \). Ties in {@link #argmax} go to the lowest index.</li>
 *   <li>NaN or infinite logits are rejected.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Softmax {

    private Softmax() {
    }

    /**
     * Softmax of a logit vector.
     *
     * @param logits logits, not modified
     * @return a probability vector of the same length
     * @throws NullPointerException     if {@code logits} is null
     * @throws IllegalArgumentException if empty or a logit is not finite
     */
    public static double[] softmax(double[] logits) {
        Checks.finiteNonEmpty(logits, "logits");
        return Kernels.softmaxRows(1, logits.length, logits, 0, null, 0);
    }

    /**
     * Log-softmax of a logit vector, computed by log-sum-exp.
     *
     * @param logits logits, not modified
     * @return log-probabilities (all \( \le 0 \))
     * @throws NullPointerException     if {@code logits} is null
     * @throws IllegalArgumentException if empty or a logit is not finite
     */
    public static double[] logSoftmax(double[] logits) {
        Checks.finiteNonEmpty(logits, "logits");
        return Kernels.logSoftmaxRows(1, logits.length, logits, 0, null, 0);
    }

    /**
     * Row-wise softmax.
     *
     * @param logits rows of logits, not modified
     * @return one probability vector per row
     * @throws NullPointerException     if {@code logits} or a row is null
     * @throws IllegalArgumentException if empty, ragged or a logit is not finite
     */
    public static double[][] softmax(double[][] logits) {
        Checks.finiteMatrix(logits, "logits");
        double[][] out = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            out[i] = Kernels.softmaxRows(1, logits[i].length, logits[i], 0, null, 0);
        }
        return out;
    }

    /**
     * Row-wise log-softmax.
     *
     * @param logits rows of logits, not modified
     * @return one log-probability vector per row
     * @throws NullPointerException     if {@code logits} or a row is null
     * @throws IllegalArgumentException if empty, ragged or a logit is not finite
     */
    public static double[][] logSoftmax(double[][] logits) {
        Checks.finiteMatrix(logits, "logits");
        double[][] out = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            out[i] = Kernels.logSoftmaxRows(1, logits[i].length, logits[i], 0, null, 0);
        }
        return out;
    }

    /**
     * Index of the largest entry; ties go to the lowest index.
     *
     * @param x values, not modified
     * @return the arg-max
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if empty or a value is NaN
     */
    public static int argmax(double[] x) {
        Checks.nonEmpty(x, "x");
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                throw new IllegalArgumentException("x[" + i + "] must not be NaN");
            }
        }
        return Rows.argmax(x, 0, x.length);
    }

    /**
     * Row-wise arg-max.
     *
     * @param x rows, not modified
     * @return the arg-max of each row
     * @throws NullPointerException     if {@code x} or a row is null
     * @throws IllegalArgumentException if a row is empty or holds NaN
     */
    public static int[] argmax(double[][] x) {
        Checks.notNull(x, "x");
        int[] out = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = argmax(Checks.notNull(x[i], "x[" + i + "]"));
        }
        return out;
    }

    /**
     * The one-hot vector \( e_{label} \) of length {@code k}.
     *
     * @param label class index
     * @param k     number of classes, in {@code [1, }{@link Mlp#MAX_UNITS}{@code ]}
     * @return a vector with 1 at {@code label} and 0 elsewhere
     * @throws IllegalArgumentException if {@code k} is out of range or {@code label} is outside
     *                                  {@code [0, k)}
     */
    public static double[] oneHot(int label, int k) {
        checkClasses(k);
        Checks.index(label, k, "label");
        double[] v = new double[k];
        v[label] = 1.0;
        return v;
    }

    /**
     * One-hot rows for a vector of labels.
     *
     * @param labels class indices, not modified
     * @param k      number of classes, in {@code [1, }{@link Mlp#MAX_UNITS}{@code ]}
     * @return an {@code labels.length × k} matrix
     * @throws NullPointerException     if {@code labels} is null
     * @throws IllegalArgumentException if {@code k} is out of range or a label is outside
     *                                  {@code [0, k)}
     */
    public static double[][] oneHot(int[] labels, int k) {
        checkClasses(k);
        Checks.labels(labels, k, "labels");
        double[][] out = new double[labels.length][k];
        for (int i = 0; i < labels.length; i++) {
            out[i][labels[i]] = 1.0;
        }
        return out;
    }

    private static void checkClasses(int k) {
        if (k < 1 || k > Mlp.MAX_UNITS) {
            throw new IllegalArgumentException("k must be in [1, " + Mlp.MAX_UNITS + "] (Mlp.MAX_UNITS), was " + k);
        }
    }
}
