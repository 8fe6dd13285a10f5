package dev.statlearn.eval.calibration;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.eval.internal.BinaryInputs;

/**
 * Proper scoring rules for predicted probabilities: log loss (cross-entropy), as a mean or as a
 * sum (the negative log-likelihood), and Brier score. Lower is better for both.
 *
 * <ul>
 *   <li>Binary forms take {@code actual} in {0, 1} and \( p_i = P(y_i = 1) \).</li>
 *   <li>Multiclass forms take an {@code n × k} matrix whose rows are probability vectors
 *       (each entry in [0, 1], row sums within {@value #ROW_SUM_TOLERANCE} of 1; rows are
 *       <em>not</em> renormalised, unlike scikit-learn's {@code log_loss}).</li>
 *   <li>Probability 0 assigned to the actual class gives a log loss of \( +\infty \). scikit-learn
 *       instead clips probabilities to \( [\varepsilon, 1-\varepsilon] \) (reporting about 36.04
 *       for such a sample); elsewhere the values agree.</li>
 *   <li>Sums use Neumaier compensation; \( \log(1-p) \) is computed as {@code log1p(-p)}.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class ProbabilityScores {

    /** Allowed deviation of a probability row's sum from 1. */
    public static final double ROW_SUM_TOLERANCE = 1e-6;

    private ProbabilityScores() {
    }

    /**
     * Binary log loss \( -\frac1n \sum_i [y_i \log p_i + (1-y_i)\log(1-p_i)] \)
     * (scikit-learn {@code log_loss(y, p)}).
     *
     * @param actual labels in {0, 1}. Not modified.
     * @param p      probabilities of class 1 in [0, 1], same length. Not modified.
     * @return the mean log loss in nats, possibly {@code +∞}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a label is not
     *                                  0 or 1, or a probability is outside [0, 1] or NaN
     */
    public static double logLoss(int[] actual, double[] p) {
        return logLossSum(actual, p) / p.length;
    }

    /**
     * Binary log loss summed instead of averaged, \( -\sum_i [y_i \log p_i + (1-y_i)\log(1-p_i)] \)
     * (scikit-learn {@code log_loss(y, p, normalize=False)}): the negative log-likelihood of the
     * labels under the predicted probabilities.
     *
     * @param actual labels in {0, 1}. Not modified.
     * @param p      probabilities of class 1 in [0, 1], same length. Not modified.
     * @return the total log loss in nats, possibly {@code +∞}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #logLoss(int[], double[])}
     * @since 0.2
     */
    public static double logLossSum(int[] actual, double[] p) {
        checkBinary(actual, p);
        CompensatedSum s = new CompensatedSum();
        for (int i = 0; i < p.length; i++) {
            double term = actual[i] == 1 ? -Math.log(p[i]) : -Math.log1p(-p[i]);
            if (term == Double.POSITIVE_INFINITY) {
                return term;
            }
            s.add(term);
        }
        return s.value();
    }

    /**
     * Multiclass log loss \( -\frac1n \sum_i \log p_{i, y_i} \).
     *
     * @param actual        labels in {@code [0, k)}. Not modified.
     * @param probabilities {@code n × k} probability rows. Not modified.
     * @return the mean log loss in nats, possibly {@code +∞}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the shapes disagree, a label is out of range, or a row
     *                                  is not a probability vector
     */
    public static double logLoss(int[] actual, double[][] probabilities) {
        return logLossSum(actual, probabilities) / actual.length;
    }

    /**
     * Multiclass log loss summed instead of averaged, \( -\sum_i \log p_{i, y_i} \) (scikit-learn
     * {@code log_loss(y, probabilities, normalize=False)}).
     *
     * @param actual        labels in {@code [0, k)}. Not modified.
     * @param probabilities {@code n × k} probability rows. Not modified.
     * @return the total log loss in nats, possibly {@code +∞}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #logLoss(int[], double[][])}
     * @since 0.2
     */
    public static double logLossSum(int[] actual, double[][] probabilities) {
        checkMatrix(actual, probabilities);
        CompensatedSum s = new CompensatedSum();
        for (int i = 0; i < actual.length; i++) {
            double term = -Math.log(probabilities[i][actual[i]]);
            if (term == Double.POSITIVE_INFINITY) {
                return term;
            }
            s.add(term);
        }
        return s.value();
    }

    /**
     * Binary Brier score \( \frac1n \sum_i (p_i - y_i)^2 \) (scikit-learn {@code brier_score_loss}).
     *
     * @param actual labels in {0, 1}. Not modified.
     * @param p      probabilities of class 1 in [0, 1], same length. Not modified.
     * @return the Brier score in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #logLoss(int[], double[])}
     */
    public static double brierScore(int[] actual, double[] p) {
        checkBinary(actual, p);
        CompensatedSum s = new CompensatedSum();
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - actual[i];
            double term = d * d;
            s.add(term);
        }
        return s.value() / p.length;
    }

    /**
     * Multiclass Brier score (Brier 1950) \( \frac1n \sum_i \sum_c (p_{ic} - [y_i = c])^2 \), in
     * [0, 2]. For two classes it is twice the binary score.
     *
     * @param actual        labels in {@code [0, k)}. Not modified.
     * @param probabilities {@code n × k} probability rows. Not modified.
     * @return the Brier score
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #logLoss(int[], double[][])}
     */
    public static double brierScore(int[] actual, double[][] probabilities) {
        checkMatrix(actual, probabilities);
        CompensatedSum s = new CompensatedSum();
        for (int i = 0; i < actual.length; i++) {
            double[] row = probabilities[i];
            for (int j = 0; j < row.length; j++) {
                double d = row[j] - (actual[i] == j ? 1 : 0);
                double term = d * d;
                s.add(term);
            }
        }
        return s.value() / actual.length;
    }

    // ------------------------------------------------------------------ sample weights

    /**
     * Weighted binary log loss, as scikit-learn's {@code log_loss(y, p, sample_weight=w)}:
     * \[ -\frac{\sum_i w_i [y_i \log p_i + (1-y_i)\log(1-p_i)]}{\sum_i w_i}. \]
     * A sample of weight 0 takes no part, even with probability 0 on its actual class.
     *
     * @param actual  labels in {0, 1}. Not modified.
     * @param p       probabilities of class 1 in [0, 1], same length. Not modified.
     * @param weights sample weights, finite and {@code >= 0}, same length, positive finite total.
     *                Not modified.
     * @return the weighted mean log loss in nats, possibly {@code +∞}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #logLoss(int[], double[])}, or if the weights are
     *                                  invalid
     * @since 0.2
     */
    public static double logLoss(int[] actual, double[] p, double[] weights) {
        return logLossSum(actual, p, weights) / checkedTotal(weights);
    }

    /**
     * Weighted binary log loss summed, \( -\sum_i w_i [y_i \log p_i + (1-y_i)\log(1-p_i)] \)
     * (scikit-learn's {@code log_loss(y, p, normalize=False, sample_weight=w)}).
     *
     * @param actual  labels in {0, 1}. Not modified.
     * @param p       probabilities of class 1 in [0, 1], same length. Not modified.
     * @param weights sample weights as {@link #logLoss(int[], double[], double[])}. Not modified.
     * @return the weighted total log loss in nats, possibly {@code +∞}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #logLoss(int[], double[], double[])}
     * @since 0.2
     */
    public static double logLossSum(int[] actual, double[] p, double[] weights) {
        checkBinary(actual, p);
        checkWeights(weights, actual.length);
        double[] terms = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            terms[i] = actual[i] == 1 ? -Math.log(p[i]) : -Math.log1p(-p[i]);
        }
        return weightedSum(terms, weights);
    }

    /**
     * Weighted multiclass log loss \( -\sum_i w_i \log p_{i, y_i} / \sum_i w_i \) (scikit-learn's
     * {@code log_loss(y, probabilities, sample_weight=w)}).
     *
     * @param actual        labels in {@code [0, k)}. Not modified.
     * @param probabilities {@code n × k} probability rows. Not modified.
     * @param weights       sample weights as {@link #logLoss(int[], double[], double[])}. Not modified.
     * @return the weighted mean log loss in nats, possibly {@code +∞}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #logLoss(int[], double[][])}, or if the weights are
     *                                  invalid
     * @since 0.2
     */
    public static double logLoss(int[] actual, double[][] probabilities, double[] weights) {
        return logLossSum(actual, probabilities, weights) / checkedTotal(weights);
    }

    /**
     * Weighted multiclass log loss summed, \( -\sum_i w_i \log p_{i, y_i} \) (scikit-learn's
     * {@code log_loss(y, probabilities, normalize=False, sample_weight=w)}).
     *
     * @param actual        labels in {@code [0, k)}. Not modified.
     * @param probabilities {@code n × k} probability rows. Not modified.
     * @param weights       sample weights as {@link #logLoss(int[], double[], double[])}. Not modified.
     * @return the weighted total log loss in nats, possibly {@code +∞}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #logLoss(int[], double[][], double[])}
     * @since 0.2
     */
    public static double logLossSum(int[] actual, double[][] probabilities, double[] weights) {
        checkMatrix(actual, probabilities);
        checkWeights(weights, actual.length);
        double[] terms = new double[actual.length];
        for (int i = 0; i < actual.length; i++) {
            terms[i] = -Math.log(probabilities[i][actual[i]]);
        }
        return weightedSum(terms, weights);
    }

    /**
     * Weighted binary Brier score \( \sum_i w_i (p_i - y_i)^2 / \sum_i w_i \) (scikit-learn's
     * {@code brier_score_loss(y, p, sample_weight=w)}).
     *
     * @param actual  labels in {0, 1}. Not modified.
     * @param p       probabilities of class 1 in [0, 1], same length. Not modified.
     * @param weights sample weights as {@link #logLoss(int[], double[], double[])}. Not modified.
     * @return the weighted Brier score in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #logLoss(int[], double[], double[])}
     * @since 0.2
     */
    public static double brierScore(int[] actual, double[] p, double[] weights) {
        checkBinary(actual, p);
        double total = checkWeights(weights, actual.length);
        double[] terms = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - actual[i];
            terms[i] = d * d;
        }
        return Math.min(1.0, weightedSum(terms, weights) / total);
    }

    /**
     * Weighted multiclass Brier score
     * \( \sum_i w_i \sum_c (p_{ic} - [y_i = c])^2 / \sum_i w_i \), in [0, 2].
     *
     * @param actual        labels in {@code [0, k)}. Not modified.
     * @param probabilities {@code n × k} probability rows. Not modified.
     * @param weights       sample weights as {@link #logLoss(int[], double[], double[])}. Not modified.
     * @return the weighted Brier score
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #logLoss(int[], double[][], double[])}
     * @since 0.2
     */
    public static double brierScore(int[] actual, double[][] probabilities, double[] weights) {
        checkMatrix(actual, probabilities);
        double total = checkWeights(weights, actual.length);
        double[] terms = new double[actual.length];
        for (int i = 0; i < actual.length; i++) {
            double[] row = probabilities[i];
            double s = 0;
            for (int j = 0; j < row.length; j++) {
                double d = row[j] - (actual[i] == j ? 1 : 0);
                s += d * d;
            }
            terms[i] = s;
        }
        return weightedSum(terms, weights) / total;
    }

    /** Neumaier-compensated \( \sum_i w_i t_i \) over the samples with \( w_i > 0 \); +∞ stays +∞. */
    private static double weightedSum(double[] terms, double[] weights) {
        CompensatedSum s = new CompensatedSum();
        for (int i = 0; i < terms.length; i++) {
            if (weights[i] == 0) {
                continue;
            }
            double term = weights[i] * terms[i];
            if (term == Double.POSITIVE_INFINITY) {
                return term;
            }
            s.add(term);
        }
        return s.value();
    }

    private static double checkedTotal(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return total; // validated by checkWeights before the caller divides
    }

    /** Checks the sample weights and returns their total. */
    static double checkWeights(double[] weights, int n) {
        Checks.notNull(weights, "weights");
        Checks.sameLength(n, "actual", weights.length, "weights");
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || weights[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("weights[" + i + "] must be finite and >= 0, was " + weights[i]);
            }
            total += weights[i];
        }
        if (!(total > 0) || total == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("weights must have a positive, finite total, was " + total);
        }
        return total;
    }

    static void checkBinary(int[] actual, double[] p) {
        BinaryInputs.paired(actual, p, "p");
        Checks.probabilities(p, "p");
    }

    private static void checkMatrix(int[] actual, double[][] probabilities) {
        Checks.notNull(actual, "actual");
        Checks.rectangular(probabilities, "probabilities");
        Checks.nonEmpty(actual, "actual");
        Checks.sameLength(actual.length, "actual", probabilities.length, "probabilities");
        Checks.labels(actual, probabilities[0].length, "actual");
        for (int i = 0; i < probabilities.length; i++) {
            Checks.probabilityVector(probabilities[i], ROW_SUM_TOLERANCE, "probabilities[" + i + "]");
        }
    }
}
