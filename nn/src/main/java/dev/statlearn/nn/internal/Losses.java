package dev.statlearn.nn.internal;

import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.Numerics;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.nn.Output;

/**
 * Batch losses computed from the output layer's logits, and their gradients with respect to the
 * logits (the output layer's delta). Not part of the public API.
 */
public final class Losses {

    private Losses() {
    }

    /**
     * Mean loss of a batch and, optionally, its gradient with respect to the logits.
     *
     * <p>Classification: the weighted mean \( \sum_i w_{y_i} \ell_i / \sum_i w_{y_i} \) (PyTorch's
     * {@code CrossEntropyLoss(weight=…)} convention), with the focal factor
     * \( (1-p_t)^\gamma \) when {@code gamma > 0}; for the softmax output the kernel layer
     * computes each row's probabilities and log-sum-exp in one pass (one exponential per entry),
     * \( \log p_{y_i} = z_{i y_i} - \mathrm{LSE}_i \) gives the loss and the probabilities its
     * gradient \( w_{y_i} (p_i - e_{y_i}) / \sum_k w_{y_k} \) (without the focal factor). Regression: the mean of squared errors over all
     * \( n m \) entries. A loss that overflows (e.g. a squared error of inputs near 1e300) is
     * {@code +inf}, never NaN.
     *
     * @param output       the output layer's kind
     * @param z            logits {@code n×m}, not modified
     * @param n            rows
     * @param m            output units
     * @param targets      class labels for a classification output, real targets for
     *                     {@link Output#LINEAR}
     * @param offset       index of the batch's first row in {@code targets}
     * @param classWeights weight per class, or null for 1
     * @param gamma        focal exponent, 0 for plain cross-entropy
     * @param work         workspace of at least {@code n×(m+1)} values, overwritten; holds the
     *                     output gradient in its first {@code n×m} values on return when
     *                     {@code withDelta}
     * @param withDelta    whether to compute the output gradient
     * @return the mean loss
     */
    public static double lossAndDelta(Output output, double[] z, int n, int m, Targets targets, int offset,
                                      double[] classWeights, double gamma, double[] work, boolean withDelta) {
        if (targets instanceof Targets.RealTargets t) {
            return squaredError(z, n, m, t.values(), offset * m, work, withDelta);
        }
        return crossEntropy(output, z, n, m, ((Targets.ClassLabels) targets).labels(), offset, classWeights, gamma,
                work, withDelta);
    }

    /**
     * Mean squared error \( \frac{1}{nm} \sum (z - t)^2 \) over {@code n×m} values, summed
     * with compensation ({@link CompensatedSum}), and optionally its gradient
     * \( 2 (z - t) / (nm) \); {@code +inf} (never NaN) when a square overflows.
     *
     * @param z         predictions, {@code n×m} from index 0, not modified
     * @param n         rows
     * @param m         values per row
     * @param t         targets, {@code n×m} from {@code tOff}, not modified
     * @param tOff      offset of the targets
     * @param delta     gradient output of at least {@code n×m} values, or {@code null} without
     *                  {@code withDelta}
     * @param withDelta whether to write the gradient
     * @return the mean squared error
     */
    public static double squaredError(double[] z, int n, int m, double[] t, int tOff, double[] delta,
                                      boolean withDelta) {
        CompensatedSum sum = new CompensatedSum();
        double scale = 2.0 / ((double) n * m);
        for (int i = 0; i < n * m; i++) {
            double e = z[i] - t[tOff + i];
            double v = e * e;
            sum.add(v);
            if (withDelta) {
                delta[i] = scale * e;
            }
        }
        return sum.value() / ((double) n * m);
    }

    /** The class-weighted mean cross-entropy (focal when {@code gamma > 0}) of a softmax or sigmoid output. */
    private static double crossEntropy(Output output, double[] z, int n, int m, int[] y, int yOff,
                                       double[] classWeights, double gamma, double[] work, boolean withDelta) {
        boolean softmax = output == Output.SOFTMAX;
        int lse = n * m;
        if (softmax) {
            // probabilities, replaced row by row by the delta, and each row's log-sum-exp after them
            Kernels.softmaxRowsWithLogSumExp(n, m, z, 0, work, 0, work, lse);
        }
        CompensatedSum sum = new CompensatedSum();
        double totalWeight = 0.0;
        for (int i = 0; i < n; i++) {
            int label = y[yOff + i];
            double w = classWeights == null ? 1.0 : classWeights[label];
            totalWeight += w;
            double li = softmax
                    ? softmaxRow(z[i * m + label] - work[lse + i], work, i * m, m, label, w, gamma, withDelta)
                    : sigmoidRow(z[i], label, w, gamma, work, i, withDelta);
            double v = w * li;
            sum.add(v);
        }
        if (withDelta) {
            double inv = 1.0 / totalWeight;
            for (int i = 0; i < n * m; i++) {
                work[i] *= inv;
            }
        }
        return sum.value() / totalWeight;
    }

    /**
     * The loss of one softmax row from the log-probability of its label and its probabilities
     * {@code p[from .. from + m)}, which it replaces by the row's weighted delta when
     * {@code withDelta}.
     */
    private static double softmaxRow(double logPt, double[] p, int from, int m, int label, double w,
                                     double gamma, boolean withDelta) {
        double li;
        double c;
        if (gamma == 0.0) {
            li = -logPt;
            c = -1.0;
        } else {
            double q = -Math.expm1(logPt); // 1 - p_t
            double pt = Math.exp(logPt);
            li = -Math.pow(q, gamma) * logPt;
            c = q > 0.0 ? gamma * Math.pow(q, gamma - 1.0) * pt * logPt - Math.pow(q, gamma) : 0.0;
        }
        if (withDelta) {
            double pLabel = p[from + label];
            for (int j = 0; j < m; j++) {
                p[from + j] = c * (0.0 - p[from + j]) * w;
            }
            p[from + label] = c * (1.0 - pLabel) * w;
        }
        return li;
    }

    /** The loss of one sigmoid logit; writes its weighted delta to {@code delta[i]} when {@code withDelta}. */
    private static double sigmoidRow(double z, int label, double w, double gamma, double[] delta, int i,
                                     boolean withDelta) {
        double s = label == 1 ? 1.0 : -1.0;
        double zs = s * z;
        double logPt = -Numerics.log1pExp(-zs);
        double li;
        double g;
        if (gamma == 0.0) {
            li = -logPt;
            g = Numerics.sigmoid(z) - label;
        } else {
            double q = Numerics.sigmoid(-zs); // 1 - p_t
            double pt = Numerics.sigmoid(zs);
            double qg = Math.pow(q, gamma);
            li = -qg * logPt;
            g = s * (gamma * qg * pt * logPt - qg * q);
        }
        if (withDelta) {
            delta[i] = g * w;
        }
        return li;
    }
}
