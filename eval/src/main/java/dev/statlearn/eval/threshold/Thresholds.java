package dev.statlearn.eval.threshold;

import dev.statlearn.core.Checks;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.eval.internal.BinaryInputs;

/**
 * Chooses a decision threshold for binary scores by a criterion, scanning every candidate of the
 * {@link RocCurve} (each distinct score, plus one above the maximum that flags nothing) in one
 * pass. The rule is "positive (class 1) iff score &ge; threshold".
 *
 * <p>Criteria, with \( TP, FP, FN, TN \) at the candidate, \( P \) positives, \( N \) negatives:
 * <ul>
 *   <li>Youden's \( J = \mathrm{TPR} - \mathrm{FPR} \) (Youden 1950);</li>
 *   <li>\( F_\beta \) from precision and recall (0 when undefined), as scikit-learn's {@code fbeta_score};</li>
 *   <li>G-mean \( \sqrt{\mathrm{TPR} \cdot \mathrm{TNR}} \);</li>
 *   <li>MCC, as {@link ConfusionMatrix#mcc()} (0 when undefined);</li>
 *   <li>expected cost per case \( (c_{FP} FP + c_{FN} FN)/n \), minimised;</li>
 *   <li>highest recall among candidates with precision &ge; a minimum (candidates that flag
 *       nothing have no precision and are skipped).</li>
 * </ul>
 * Ties go to the first optimum in decreasing-threshold order, that is the <em>highest</em>
 * threshold (fewest cases flagged). Candidates whose values differ by less than
 * \( 10^{-12} \) count as tied, so that mathematically equal values rounded differently do not
 * decide.
 *
 * <p>All methods need both classes in {@code actual} (as {@link RocCurve}). O(n log n).
 *
 * @since 0.1
 */
public final class Thresholds {

    private static final double TIE = 1e-12;

    private Thresholds() {
    }

    /** Criterion value of a candidate; higher is better. */
    private interface Criterion {
        double value(long tp, long fp, long fn, long tn);
    }

    private static OperatingPoint best(RocCurve roc, String name, Criterion c, boolean negate) {
        Checks.notNull(roc, "roc");
        int bestIndex = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        double[] values = new double[roc.size()];
        long p = roc.positives();
        long n = roc.negatives();
        for (int i = 0; i < roc.size(); i++) {
            long tp = roc.truePositives(i);
            long fp = roc.falsePositives(i);
            values[i] = c.value(tp, fp, p - tp, n - fp);
            if (values[i] > bestValue) {
                bestValue = values[i];
            }
        }
        if (bestValue == Double.NEGATIVE_INFINITY) {
            return null;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= bestValue - TIE) {
                bestIndex = i;
                break;
            }
        }
        double v = negate ? -values[bestIndex] : values[bestIndex];
        return new OperatingPoint(name, roc.threshold(bestIndex), v, roc.confusionMatrix(bestIndex));
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0.0 : a / b;
    }

    /**
     * Threshold maximising Youden's J = TPR − FPR (the ROC point farthest above the diagonal).
     *
     * @param roc the ROC curve of the scores
     * @return the operating point; its value is J
     * @throws NullPointerException if {@code roc} is null
     */
    public static OperatingPoint youden(RocCurve roc) {
        return best(roc, "max Youden J", (tp, fp, fn, tn) -> ratio(tp, tp + fn) - ratio(fp, fp + tn), false);
    }

    /**
     * Threshold maximising Youden's J of binary labels and scores.
     *
     * @param actual labels in {0, 1}, both present. Not modified.
     * @param scores finite scores. Not modified.
     * @return the operating point
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link RocCurve#of(int[], double[])}
     */
    public static OperatingPoint youden(int[] actual, double[] scores) {
        return youden(RocCurve.of(actual, scores));
    }

    /**
     * Threshold maximising \( F_\beta \).
     *
     * @param roc  the ROC curve of the scores
     * @param beta weight of recall, {@code > 0} and finite (1 for F1)
     * @return the operating point; its value is \( F_\beta \)
     * @throws NullPointerException     if {@code roc} is null
     * @throws IllegalArgumentException if {@code beta} is not positive and finite
     */
    public static OperatingPoint maxFBeta(RocCurve roc, double beta) {
        Checks.positive(beta, "beta");
        double b2 = beta * beta;
        String name = beta == 1.0 ? "max F1" : "max F" + (beta == Math.rint(beta) ? Long.toString((long) beta)
                : "(beta=" + beta + ")");
        return best(roc, name, (tp, fp, fn, tn) -> {
            double precision = ratio(tp, tp + fp);
            double recall = ratio(tp, tp + fn);
            if (b2 == Double.POSITIVE_INFINITY) {
                return recall;
            }
            double den = b2 * precision + recall;
            return den == 0 ? 0.0 : (1 + b2) * precision * recall / den;
        }, false);
    }

    /**
     * Threshold maximising \( F_\beta \) of binary labels and scores.
     *
     * @param actual labels in {0, 1}, both present. Not modified.
     * @param scores finite scores. Not modified.
     * @param beta   weight of recall, {@code > 0} and finite
     * @return the operating point
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link RocCurve#of(int[], double[])}, or a bad {@code beta}
     */
    public static OperatingPoint maxFBeta(int[] actual, double[] scores, double beta) {
        Checks.positive(beta, "beta");
        return maxFBeta(RocCurve.of(actual, scores), beta);
    }

    /**
     * Threshold maximising the G-mean \( \sqrt{\mathrm{TPR} \cdot \mathrm{TNR}} \).
     *
     * @param roc the ROC curve of the scores
     * @return the operating point; its value is the G-mean
     * @throws NullPointerException if {@code roc} is null
     */
    public static OperatingPoint maxGMean(RocCurve roc) {
        return best(roc, "max G-mean", (tp, fp, fn, tn) -> Math.sqrt(ratio(tp, tp + fn) * ratio(tn, tn + fp)), false);
    }

    /**
     * Threshold maximising the G-mean of binary labels and scores.
     *
     * @param actual labels in {0, 1}, both present. Not modified.
     * @param scores finite scores. Not modified.
     * @return the operating point
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link RocCurve#of(int[], double[])}
     */
    public static OperatingPoint maxGMean(int[] actual, double[] scores) {
        return maxGMean(RocCurve.of(actual, scores));
    }

    /**
     * Threshold maximising the Matthews correlation coefficient.
     *
     * @param roc the ROC curve of the scores
     * @return the operating point; its value is the MCC
     * @throws NullPointerException if {@code roc} is null
     */
    public static OperatingPoint maxMcc(RocCurve roc) {
        return best(roc, "max MCC", Thresholds::mcc, false);
    }

    /**
     * Threshold maximising the MCC of binary labels and scores.
     *
     * @param actual labels in {0, 1}, both present. Not modified.
     * @param scores finite scores. Not modified.
     * @return the operating point
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link RocCurve#of(int[], double[])}
     */
    public static OperatingPoint maxMcc(int[] actual, double[] scores) {
        return maxMcc(RocCurve.of(actual, scores));
    }

    /** Same arithmetic as {@link ConfusionMatrix#mcc()} on the 2 × 2 matrix. */
    static double mcc(long tp, long fp, long fn, long tn) {
        double n = (double) tp + fp + fn + tn;
        double t0 = tn + fp;
        double t1 = fn + tp;
        double p0 = tn + fn;
        double p1 = fp + tp;
        double s = (double) tn + tp;
        double covYtYp = s * n - (t0 * p0 + t1 * p1);
        double covYpYp = n * n - (p0 * p0 + p1 * p1);
        double covYtYt = n * n - (t0 * t0 + t1 * t1);
        if (covYpYp * covYtYt == 0) {
            return 0.0;
        }
        return Math.max(-1.0, Math.min(1.0, covYtYp / Math.sqrt(covYtYt * covYpYp)));
    }

    /**
     * Threshold minimising the expected cost per case
     * \( (c_{FP} \cdot FP + c_{FN} \cdot FN) / n \).
     *
     * @param roc               the ROC curve of the scores
     * @param costFalsePositive cost of flagging a negative, {@code >= 0} and finite
     * @param costFalseNegative cost of missing a positive, {@code >= 0} and finite
     * @return the operating point; its value is the expected cost per case
     * @throws NullPointerException     if {@code roc} is null
     * @throws IllegalArgumentException if a cost is negative, NaN or infinite
     */
    public static OperatingPoint minExpectedCost(RocCurve roc, double costFalsePositive, double costFalseNegative) {
        Checks.nonNegative(costFalsePositive, "costFalsePositive");
        Checks.nonNegative(costFalseNegative, "costFalseNegative");
        Checks.finite(costFalsePositive, "costFalsePositive");
        Checks.finite(costFalseNegative, "costFalseNegative");
        return best(roc, "min expected cost", (tp, fp, fn, tn) ->
                -(costFalsePositive * fp + costFalseNegative * fn) / ((double) tp + fp + fn + tn), true);
    }

    /**
     * Threshold minimising the expected cost per case of binary labels and scores.
     *
     * @param actual            labels in {0, 1}, both present. Not modified.
     * @param scores            finite scores. Not modified.
     * @param costFalsePositive cost of flagging a negative, {@code >= 0}
     * @param costFalseNegative cost of missing a positive, {@code >= 0}
     * @return the operating point
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link RocCurve#of(int[], double[])}, or a bad cost
     */
    public static OperatingPoint minExpectedCost(int[] actual, double[] scores, double costFalsePositive,
                                                 double costFalseNegative) {
        Checks.nonNegative(costFalsePositive, "costFalsePositive");
        Checks.nonNegative(costFalseNegative, "costFalseNegative");
        return minExpectedCost(RocCurve.of(actual, scores), costFalsePositive, costFalseNegative);
    }

    /**
     * Threshold with the highest recall among those whose precision is at least {@code minPrecision}.
     *
     * @param roc          the ROC curve of the scores
     * @param minPrecision required precision in [0, 1]
     * @return the operating point; its value is the recall
     * @throws NullPointerException     if {@code roc} is null
     * @throws IllegalArgumentException if {@code minPrecision} is not in [0, 1], or no threshold
     *                                  reaches it (the message gives the best precision available)
     */
    public static OperatingPoint maxRecallAtPrecision(RocCurve roc, double minPrecision) {
        Checks.probability(minPrecision, "minPrecision");
        Checks.notNull(roc, "roc");
        OperatingPoint best = best(roc, "max recall at precision >= " + minPrecision, (tp, fp, fn, tn) -> {
            if (tp + fp == 0 || (double) tp / (tp + fp) < minPrecision) {
                return Double.NEGATIVE_INFINITY;
            }
            return (double) tp / (tp + fn);
        }, false);
        if (best == null) {
            double top = 0;
            for (int i = 0; i < roc.size(); i++) {
                long flagged = roc.truePositives(i) + roc.falsePositives(i);
                if (flagged > 0) {
                    top = Math.max(top, (double) roc.truePositives(i) / flagged);
                }
            }
            throw new IllegalArgumentException("no threshold reaches precision >= " + minPrecision
                    + "; the highest precision available is " + top);
        }
        return best;
    }

    /**
     * Highest recall at a minimum precision for binary labels and scores.
     *
     * @param actual       labels in {0, 1}, both present. Not modified.
     * @param scores       finite scores. Not modified.
     * @param minPrecision required precision in [0, 1]
     * @return the operating point
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link RocCurve#of(int[], double[])}, or as
     *                                  {@link #maxRecallAtPrecision(RocCurve, double)}
     */
    public static OperatingPoint maxRecallAtPrecision(int[] actual, double[] scores, double minPrecision) {
        Checks.probability(minPrecision, "minPrecision");
        return maxRecallAtPrecision(RocCurve.of(actual, scores), minPrecision);
    }

    /**
     * The operating point of a fixed threshold (e.g. 0.5 for probabilities); its value is the
     * accuracy.
     *
     * @param actual    labels in {0, 1}. Not modified.
     * @param scores    finite scores. Not modified.
     * @param threshold positive iff score &ge; threshold; finite
     * @return the operating point
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a label is not
     *                                  0 or 1, or a score or the threshold is not finite
     */
    public static OperatingPoint at(int[] actual, double[] scores, double threshold) {
        BinaryInputs.paired(actual, scores, "scores");
        Checks.finite(threshold, "threshold");
        Checks.allFinite(scores, "scores");
        int[] predicted = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            predicted[i] = scores[i] >= threshold ? 1 : 0;
        }
        ConfusionMatrix m = ConfusionMatrix.of(actual, predicted, 2);
        return new OperatingPoint("fixed", threshold, m.accuracy(), m);
    }
}
