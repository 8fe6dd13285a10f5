package dev.statlearn.nn.internal;

import dev.statlearn.core.Numerics;

/**
 * Batch losses computed from the output layer's logits, and their gradients with respect to the
 * logits (the output layer's delta). Not part of the public API.
 */
public final class Losses {

    /** Output codes, in the order of {@code Output}'s constants. */
    public static final int SOFTMAX = 0;
    /** Single sigmoid unit. */
    public static final int SIGMOID = 1;
    /** Linear outputs (regression). */
    public static final int LINEAR = 2;

    private Losses() {
    }

    /**
     * Mean loss of a batch and, optionally, its gradient with respect to the logits.
     *
     * <p>Classification: the weighted mean \( \sum_i w_{y_i} \ell_i / \sum_i w_{y_i} \) (PyTorch's
     * {@code CrossEntropyLoss(weight=…)} convention), with the focal factor
     * \( (1-p_t)^\gamma \) when {@code gamma > 0}. Regression: the mean of squared errors over all
     * \( n m \) entries. A loss that overflows (e.g. a squared error of inputs near 1e300) is
     * {@code +inf}, never NaN.
     *
     * @param output       output code
     * @param z            logits {@code n×m}, not modified
     * @param n            rows
     * @param m            output units
     * @param y            labels (classification) or null
     * @param yOffset      index of the first label of the batch in {@code y}
     * @param t            targets {@code n×m} (regression) or null
     * @param classWeights weight per class, or null for 1
     * @param gamma        focal exponent, 0 for plain cross-entropy
     * @param delta        output gradient {@code n×m}, overwritten; null to skip
     * @return the mean loss
     */
    public static double lossAndDelta(int output, double[] z, int n, int m, int[] y, int yOffset,
                                      double[] t, double[] classWeights, double gamma, double[] delta) {
        double sum = 0.0;
        double comp = 0.0;
        if (output == LINEAR) {
            double scale = 2.0 / ((double) n * m);
            for (int i = 0; i < n * m; i++) {
                double e = z[i] - t[i];
                double v = e * e;
                double s = sum + v;
                comp += Math.abs(sum) >= Math.abs(v) ? (sum - s) + v : (v - s) + sum;
                sum = s;
                if (delta != null) {
                    delta[i] = scale * e;
                }
            }
            return compensated(sum, comp) / ((double) n * m);
        }
        double totalWeight = 0.0;
        for (int i = 0; i < n; i++) {
            int label = y[yOffset + i];
            double w = classWeights == null ? 1.0 : classWeights[label];
            totalWeight += w;
            double li;
            int zi = i * m;
            if (output == SOFTMAX) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    max = Math.max(max, z[zi + j]);
                }
                double se = 0.0;
                for (int j = 0; j < m; j++) {
                    se += Math.exp(z[zi + j] - max);
                }
                double lse = max + Math.log(se);
                double logPt = z[zi + label] - lse;
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
                if (delta != null) {
                    for (int j = 0; j < m; j++) {
                        double p = Math.exp(z[zi + j] - lse);
                        delta[zi + j] = c * ((j == label ? 1.0 : 0.0) - p) * w;
                    }
                }
            } else {
                double s = label == 1 ? 1.0 : -1.0;
                double zs = s * z[zi];
                double logPt = -Numerics.log1pExp(-zs);
                double g;
                if (gamma == 0.0) {
                    li = -logPt;
                    g = Dense.sigmoid(z[zi]) - label;
                } else {
                    double q = Dense.sigmoid(-zs); // 1 - p_t
                    double pt = Dense.sigmoid(zs);
                    double qg = Math.pow(q, gamma);
                    li = -qg * logPt;
                    g = s * (gamma * qg * pt * logPt - qg * q);
                }
                if (delta != null) {
                    delta[zi] = g * w;
                }
            }
            double v = w * li;
            double s2 = sum + v;
            comp += Math.abs(sum) >= Math.abs(v) ? (sum - s2) + v : (v - s2) + sum;
            sum = s2;
        }
        if (delta != null) {
            double inv = 1.0 / totalWeight;
            for (int i = 0; i < n * m; i++) {
                delta[i] *= inv;
            }
        }
        return compensated(sum, comp) / totalWeight;
    }

    /**
     * The compensated total {@code sum + comp}; {@code +inf} when the running sum overflowed (its
     * compensation is then {@code inf - inf = NaN} and carries no information).
     */
    private static double compensated(double sum, double comp) {
        return Double.isInfinite(sum) ? sum : sum + comp;
    }
}
