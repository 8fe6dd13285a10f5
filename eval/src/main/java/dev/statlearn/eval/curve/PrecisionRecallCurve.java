package dev.statlearn.eval.curve;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.eval.Average;
import dev.statlearn.eval.internal.BinaryInputs;
import dev.statlearn.eval.internal.RankCounts;

/**
 * Precision against recall of the rule "predict positive iff score &ge; threshold" at every
 * distinct score, and the average precision.
 *
 * <p>Arrays follow scikit-learn's {@code precision_recall_curve}: thresholds strictly
 * <em>increasing</em> (the distinct scores), and {@code precisions()} / {@code recalls()} one
 * longer, ending with the point (recall 0, precision 1) that has no threshold. Recall is
 * non-increasing along the arrays.
 *
 * <p>The average precision is the step-wise (not interpolated) area, scikit-learn's
 * {@code average_precision_score}:
 * \[ \mathrm{AP} = \sum_i (R_i - R_{i-1})\, P_i \]
 * over thresholds in decreasing order. Tied scores form one point. It is unchanged by any
 * strictly increasing transform of the scores; its value for random scores is about the
 * prevalence \( P/n \).
 *
 * <ul>
 *   <li>Scores must be finite; {@code -0.0} and {@code 0.0} are tied.</li>
 *   <li>Degenerate labels follow scikit-learn 1.2: without positives recall is undefined, and
 *       the curve sets it to 1 at every threshold (precision is 0 there), so the average precision
 *       is 0; without negatives precision is 1 everywhere and the average precision 1.</li>
 * </ul>
 *
 * <p>With sample weights the curve is a {@link WeightedPrecisionRecallCurve}.
 *
 * <p>Immutable and thread-safe. Same O(n log n) primitive-sort algorithm as {@link RocCurve}.
 *
 * @since 0.1
 */
public final class PrecisionRecallCurve extends PrecisionRecallCurveBase<RankCounts> {

    /**
     * One point of the curve.
     *
     * @param threshold positive iff score &ge; threshold
     * @param recall    \( TP/P \)
     * @param precision \( TP/(TP+FP) \)
     */
    public record Point(double threshold, double recall, double precision) {
        /**
         * The point to 4 significant digits, e.g. {@code Point(threshold=0.5, recall=0.8, precision=0.9)}.
         *
         * @return a one-line summary
         */
        @Override
        public String toString() {
            return "Point(threshold=" + Format.sig(threshold) + ", recall=" + Format.sig(recall) + ", precision="
                    + Format.sig(precision) + ")";
        }
    }

    private PrecisionRecallCurve(RankCounts rc, int[] slots) {
        super(rc, slots, rc.positives == 0 ? 0.0 : rc.averagePrecision());
    }

    /**
     * This curve without the thresholds that scikit-learn 1.3's
     * {@code precision_recall_curve(drop_intermediate=True)} drops: the lowest and the highest
     * threshold stay, and a threshold in between stays only if its true-positive count differs
     * from that of a neighbouring threshold. Of each run of thresholds with equal recall only the
     * two ends remain, so the step plot and the {@linkplain #averagePrecision() average precision}
     * are unchanged.
     *
     * @return a curve with at most {@link #size()} thresholds and the same average precision
     * @since 0.2
     */
    public PrecisionRecallCurve dropIntermediate() {
        int[] kept = intermediateKept();
        return kept == null ? this : new PrecisionRecallCurve(counts, kept);
    }

    /**
     * The curve of binary labels (positive class 1).
     *
     * @param actual labels in {0, 1}, at least one. Not modified.
     * @param scores finite scores, same length. Not modified.
     * @return the curve (without positives: recall 1 at every threshold, see the class comment)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays are empty or their lengths differ, a label is
     *                                  not 0 or 1, or a score is not finite
     */
    public static PrecisionRecallCurve of(int[] actual, double[] scores) {
        return of(BinaryInputs.labels(actual), scores, 1);
    }

    /**
     * The curve of class {@code positiveClass} against all other labels.
     *
     * @param actual        non-negative labels, at least one. Not modified.
     * @param scores        finite scores, same length. Not modified.
     * @param positiveClass the label counted as positive
     * @return the curve (without positives: recall 1 at every threshold, see the class comment)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays are empty or their lengths differ, a label is
     *                                  negative, or a score is not finite
     */
    public static PrecisionRecallCurve of(int[] actual, double[] scores, int positiveClass) {
        Checks.notNull(actual, "actual");
        Checks.notNull(scores, "scores");
        Checks.labels(actual, "actual");
        Checks.nonNegative(positiveClass, "positiveClass");
        Checks.nonEmpty(actual, "actual");
        return new PrecisionRecallCurve(RankCounts.of(actual, scores, positiveClass), null);
    }

    /**
     * The average precision without keeping the curve.
     *
     * @param actual labels in {0, 1}, at least one. Not modified.
     * @param scores finite scores. Not modified.
     * @return the average precision in [0, 1]; 0 without positives, as scikit-learn
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(int[], double[])}
     */
    public static double averagePrecision(int[] actual, double[] scores) {
        Checks.notNull(actual, "actual");
        if (scores == null || actual.length == 0) {
            return of(actual, scores).averagePrecision(); // throws, with of's checks in of's order
        }
        return RankCounts.averagePrecision(actual, scores); // the same sum without the curve
    }

    /**
     * The average precision with sample weights, as scikit-learn's
     * {@code average_precision_score(y, s, sample_weight=w)}: \( \sum_t (R_t - R_{t-1}) P_t \) over
     * the distinct scores \( t \) in decreasing order, with precision and recall of summed weights,
     * \( P_t = TP_t / (TP_t + FP_t) \), \( R_t = TP_t / \sum_{i \in +} w_i \). Samples of weight 0
     * take no part; all weights 1 give {@link #averagePrecision(int[], double[])}.
     *
     * @param actual  labels in {0, 1}. Not modified.
     * @param scores  finite scores, same length. Not modified.
     * @param weights sample weights, finite and {@code >= 0}, same length, with a positive total.
     *                Not modified.
     * @return the weighted average precision in [0, 1]; 0 when the positives have no weight (as
     *         scikit-learn, which drops zero-weight samples and then finds no positive)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, a label is not 0 or 1, a score is not
     *                                  finite, a weight is negative or not finite, or all weights are 0
     * @since 0.2
     */
    public static double averagePrecision(int[] actual, double[] scores, double[] weights) {
        return WeightedPrecisionRecallCurve.of(actual, scores, weights).averagePrecision();
    }

    /**
     * Multiclass average precision, one class against the rest, averaged as scikit-learn's
     * {@code average_precision_score(label_binarize(y, classes=range(k)), scores, average=...)}:
     * {@link Average#MACRO} is the mean of the per-class \( \mathrm{AP}_c \) of column \( c \),
     * {@link Average#WEIGHTED} weighs them by class support \( n_c \), and {@link Average#MICRO}
     * is the AP of all \( nk \) (label \( [y_i = c] \), score \( s_{ic} \)) pairs pooled.
     *
     * A class that never occurs has AP 0 and counts in the macro average (weight 0 in the
     * weighted one), as scikit-learn with {@code label_binarize(y, classes=range(k))}.
     *
     * @param actual  labels in {@code [0, k)}. Not modified.
     * @param scores  {@code n × k} finite scores, {@code k >= 2}, \( nk \) within the array limit.
     *                Not modified.
     * @param average how to combine the classes
     * @return the averaged average precision in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the shapes disagree, {@code k < 2}, a label is out of
     *                                  range, or a score is not finite
     * @since 0.2
     */
    public static double averagePrecision(int[] actual, double[][] scores, Average average) {
        Checks.notNull(average, "average");
        int k = ScoreColumns.check(actual, scores, null);
        if (average == Average.MICRO) {
            PooledPairs pairs = PooledPairs.of(actual, scores, null);
            return of(pairs.labels(), pairs.scores(), 1).averagePrecision();
        }
        return classAverage(scores, k, average, (col, c) -> of(actual, col, c));
    }

    /**
     * Weighted multiclass average precision: {@link #averagePrecision(int[], double[][], Average)}
     * with sample weights, as scikit-learn's {@code average_precision_score(label_binarize(y,
     * classes=range(k)), scores, average=..., sample_weight=w)}: each class's AP is
     * {@link #averagePrecision(int[], double[], double[])} of its column, {@link Average#WEIGHTED}
     * weighs class \( c \) by \( \sum_{i : y_i = c} w_i \), and {@link Average#MICRO} pools the
     * \( nk \) pairs with each sample's weight on its \( k \) pairs. A class without weight has AP 0.
     *
     * @param actual  labels in {@code [0, k)}. Not modified.
     * @param scores  {@code n × k} finite scores, {@code k >= 2}. Not modified.
     * @param average how to combine the classes
     * @param weights sample weights, finite and {@code >= 0}, positive total. Not modified.
     * @return the averaged weighted average precision in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #averagePrecision(int[], double[][], Average)}, or
     *                                  if a weight is invalid or all are 0
     * @since 0.2
     */
    public static double averagePrecision(int[] actual, double[][] scores, Average average, double[] weights) {
        Checks.notNull(average, "average");
        Checks.notNull(weights, "weights");
        int k = ScoreColumns.check(actual, scores, weights);
        if (average == Average.MICRO) {
            PooledPairs pairs = PooledPairs.of(actual, scores, weights);
            return averagePrecision(pairs.labels(), pairs.scores(), pairs.weights());
        }
        return classAverage(scores, k, average, (col, c) -> WeightedPrecisionRecallCurve.of(actual, col, c, weights));
    }

    /**
     * The mean of the per-class APs, each class \( c \) weighing 1 (macro) or its positive total
     * (weighted: support, or summed weight), 0 when no class has any.
     */
    private static double classAverage(double[][] scores, int k, Average average,
                                       java.util.function.BiFunction<double[], Integer, PrecisionRecallCurveBase<?>> curveOf) {
        double num = 0;
        double den = 0;
        double[] col = new double[scores.length];
        for (int c = 0; c < k; c++) {
            PrecisionRecallCurveBase<?> curve = curveOf.apply(ScoreColumns.column(scores, c, col), c);
            double w = average == Average.WEIGHTED ? curve.positiveWeight() : 1.0;
            num += w * curve.averagePrecision();
            den += w;
        }
        return den == 0 ? 0.0 : num / den;
    }

    /**
     * Returns the number of positives.
     *
     * @return \( P \)
     */
    public int positives() {
        return counts.positives;
    }

    /**
     * Returns the number of negatives.
     *
     * @return \( N \)
     */
    public int negatives() {
        return counts.negatives;
    }

    /**
     * Returns a short summary.
     *
     * @return e.g. {@code "PrecisionRecallCurve[n=569 (212 positive), 459 thresholds, AP=0.9512]"}
     */
    @Override
    public String toString() {
        return "PrecisionRecallCurve[n=" + (counts.positives + counts.negatives) + " (" + counts.positives
                + " positive), " + size() + " thresholds, AP=" + Format.sig(averagePrecision()) + "]";
    }
}
