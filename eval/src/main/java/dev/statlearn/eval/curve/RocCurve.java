package dev.statlearn.eval.curve;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.internal.BinaryInputs;
import dev.statlearn.eval.internal.RankCounts;

import java.util.Arrays;

/**
 * The receiver operating characteristic of binary scores: the true-positive rate against the
 * false-positive rate of the rule "predict positive iff score &ge; threshold", at every distinct
 * score, and the area under it.
 *
 * <p>Points are in scikit-learn's {@code roc_curve(..., drop_intermediate=False)} order ({@link
 * #dropIntermediate()} gives the default {@code drop_intermediate=True} curve): thresholds
 * strictly decreasing, the first point \( (0, 0) \) at threshold \( \max(s) + 1 \) (nothing
 * flagged; the next double above \( \max(s) \) when adding 1 is lost to rounding), the last point \( (1, 1) \) at \( \min(s) \). Tied scores form one point, so ties
 * move the curve diagonally.
 *
 * <p>The AUC is the trapezoidal area, which equals the Mann–Whitney probability with ties
 * counted as ½:
 * \[ \mathrm{AUC} = \frac{1}{PN} \sum_{i \in +} \sum_{j \in -}
 *     \left( [s_i &gt; s_j] + \tfrac12 [s_i = s_j] \right), \]
 * computed exactly in integer arithmetic and divided once (scikit-learn's {@code roc_auc_score}).
 *
 * <p>Algorithm: the positive and the negative scores are copied into two primitive arrays (for
 * {@link #auc(int[], double[])}: the two ends of one array, filled in the pass that checks the
 * labels), each sorted with {@link Arrays#sort(double[])}, and merged in one pass: O(n log n), no
 * boxing.
 *
 * <ul>
 *   <li>Scores must be finite (as scikit-learn); {@code -0.0} and {@code 0.0} are tied.</li>
 *   <li>{@code actual} must contain both classes: with one class the AUC is undefined and the
 *       factories throw, as scikit-learn's {@code roc_auc_score} and {@code det_curve} raise
 *       (its {@code roc_curve} returns a curve of NaN rates instead, which nothing downstream can
 *       use). The precision–recall curve, which scikit-learn defines without positives, follows
 *       it instead (see {@link PrecisionRecallCurve}).</li>
 *   <li>The AUC is unchanged by any strictly increasing transform of the scores, and the AUC of
 *       the negated scores is \( 1 - \mathrm{AUC} \).</li>
 * </ul>
 *
 * <p>With sample weights the curve is a {@link WeightedRocCurve} (summed weights in place of the
 * counts); this class keeps exact integer counts for {@link #confusionMatrix(int)} and
 * {@link dev.statlearn.eval.threshold.Thresholds}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RocCurve extends RocCurveBase<RankCounts> {

    /**
     * One point of the curve.
     *
     * @param threshold         positive iff score &ge; threshold
     * @param falsePositiveRate \( FP/N \)
     * @param truePositiveRate  \( TP/P \)
     */
    public record Point(double threshold, double falsePositiveRate, double truePositiveRate) {
        /**
         * The point to 4 significant digits, e.g. {@code Point(threshold=0.5, fpr=0.1, tpr=0.8)}.
         *
         * @return a one-line summary
         */
        @Override
        public String toString() {
            return "Point(threshold=" + Format.sig(threshold) + ", fpr=" + Format.sig(falsePositiveRate) + ", tpr="
                    + Format.sig(truePositiveRate) + ")";
        }
    }

    private RocCurve(RankCounts rc, int[] slots) {
        super(rc, slots, rc.twiceArea / (2.0 * rc.positives * (double) rc.negatives));
    }

    /**
     * The ROC curve of binary labels (positive class 1).
     *
     * @param actual labels in {0, 1}, both present. Not modified.
     * @param scores finite scores, higher meaning more likely positive, same length. Not modified.
     * @return the curve
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, a label is not 0 or 1, a score is
     *                                  not finite, or only one class occurs
     */
    public static RocCurve of(int[] actual, double[] scores) {
        return of(BinaryInputs.labels(actual), scores, 1);
    }

    /**
     * The ROC curve of class {@code positiveClass} against all other labels.
     *
     * @param actual        non-negative labels. Not modified.
     * @param scores        finite scores for the positive class, same length. Not modified.
     * @param positiveClass the label counted as positive
     * @return the curve
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, a label is negative, a score is
     *                                  not finite, or the positive or the negative class is absent
     */
    public static RocCurve of(int[] actual, double[] scores, int positiveClass) {
        Checks.notNull(actual, "actual");
        Checks.notNull(scores, "scores");
        Checks.labels(actual, "actual");
        Checks.nonNegative(positiveClass, "positiveClass");
        RankCounts rc = RankCounts.of(actual, scores, positiveClass);
        requireBothClasses(rc, positiveClass);
        return new RocCurve(rc, null);
    }

    private static void requireBothClasses(RankCounts rc, int positiveClass) {
        if (rc.positives == 0 || rc.negatives == 0) {
            throw new IllegalArgumentException("actual must contain both positives (positiveClass = " + positiveClass
                    + ") and negatives for ROC AUC to be defined, but it has " + rc.positives
                    + " positives and " + rc.negatives + " negatives");
        }
    }

    /**
     * The area under the ROC curve without keeping the curve.
     *
     * @param actual labels in {0, 1}, both present. Not modified.
     * @param scores finite scores. Not modified.
     * @return the AUC in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(int[], double[])}
     */
    public static double auc(int[] actual, double[] scores) {
        Checks.notNull(scores, "scores");
        Checks.notNull(actual, "actual");
        RankCounts.BinaryArea area = RankCounts.binaryArea(actual, scores);
        return normalised(area.twiceArea(), area.positives(), area.negatives(), 1);
    }

    private static double binaryAuc(int[] actual, double[] scores, int positiveClass) {
        double[][] pn = RankCounts.split(actual, scores, positiveClass);
        int p = pn[0].length;
        int n = pn[1].length;
        return normalised(p == 0 || n == 0 ? 0 : RankCounts.twiceArea(pn[0], pn[1]), p, n, positiveClass);
    }

    /** {@code twiceArea / (2 P N)}, or the exception that the AUC needs both classes. */
    private static double normalised(long twiceArea, int positives, int negatives, int positiveClass) {
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("actual must contain both positives (label " + positiveClass
                    + ") and negatives for ROC AUC to be defined, but it has " + positives
                    + " positives and " + negatives + " negatives");
        }
        return twiceArea / (2.0 * positives * (double) negatives);
    }

    /**
     * Multiclass one-vs-rest macro AUC: the mean over classes \( c \) of the AUC of column
     * \( c \) of {@code scores} for class \( c \) against the rest (scikit-learn's
     * {@code roc_auc_score(y, scores, multi_class="ovr", average="macro")}; unlike scikit-learn the
     * rows need not sum to 1).
     *
     * @param actual labels in {@code [0, k)}, every class present. Not modified.
     * @param scores {@code n × k} finite scores, {@code k >= 2}. Not modified.
     * @return the macro-averaged AUC
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the shapes disagree, {@code k < 2}, a label is out of
     *                                  range, a score is not finite, or a class never occurs
     */
    public static double oneVsRestMacroAuc(int[] actual, double[][] scores) {
        double[] per = oneVsRestAucs(actual, scores);
        double s = 0;
        for (double a : per) {
            s += a;
        }
        return s / per.length;
    }

    /**
     * Multiclass one-vs-rest AUC weighted by prevalence: \( \sum_c \frac{n_c}{n} \mathrm{AUC}_c \)
     * (scikit-learn's {@code roc_auc_score(y, scores, multi_class="ovr", average="weighted")}).
     *
     * @param actual labels in {@code [0, k)}, every class present. Not modified.
     * @param scores {@code n × k} finite scores, {@code k >= 2}. Not modified.
     * @return the prevalence-weighted AUC
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #oneVsRestMacroAuc(int[], double[][])}
     */
    public static double oneVsRestWeightedAuc(int[] actual, double[][] scores) {
        double[] per = oneVsRestAucs(actual, scores);
        long[] counts = new long[per.length];
        for (int a : actual) {
            counts[a]++;
        }
        double s = 0;
        for (int c = 0; c < per.length; c++) {
            s += per[c] * counts[c];
        }
        return s / actual.length;
    }

    /**
     * The one-vs-rest AUC of each class (see {@link #oneVsRestMacroAuc(int[], double[][])}).
     *
     * @param actual labels in {@code [0, k)}, every class present. Not modified.
     * @param scores {@code n × k} finite scores, {@code k >= 2}. Not modified.
     * @return the AUC of each class
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #oneVsRestMacroAuc(int[], double[][])}
     */
    public static double[] oneVsRestAucs(int[] actual, double[][] scores) {
        int k = ScoreColumns.check(actual, scores, null);
        double[] out = new double[k];
        double[] col = new double[actual.length];
        for (int c = 0; c < k; c++) {
            ScoreColumns.column(scores, c, col);
            out[c] = binaryAuc(actual, col, c);
        }
        return out;
    }

    /**
     * Multiclass one-vs-rest micro-averaged AUC: the AUC of all \( n k \) pairs (label
     * \( [y_i = c] \), score \( s_{ic} \)) pooled into one binary problem (scikit-learn's
     * {@code roc_auc_score(y, scores, multi_class="ovr", average="micro")}).
     *
     * @param actual labels in {@code [0, k)}. Not modified.
     * @param scores {@code n × k} finite scores, {@code k >= 2}, with \( n k \) within the array
     *               limit. Not modified.
     * @return the micro-averaged AUC
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the shapes disagree, {@code k < 2}, a label is out of
     *                                  range, a score is not finite or \( n k \) is too large
     * @since 0.2
     */
    public static double oneVsRestMicroAuc(int[] actual, double[][] scores) {
        int k = ScoreColumns.check(actual, scores, null);
        PooledPairs pairs = PooledPairs.of(actual, scores, null);
        return binaryAuc(pairs.labels(), pairs.scores(), 1);
    }

    /**
     * Multiclass one-vs-one macro AUC of Hand &amp; Till (2001), as scikit-learn's
     * {@code roc_auc_score(y, scores, multi_class="ovo", average="macro")}: over the pairs
     * \( a &lt; b \), restricted to the samples of classes \( a \) and \( b \),
     * \[ \mathrm{AUC}_{ovo} = \frac{2}{k(k-1)} \sum_{a &lt; b}
     *     \frac{\mathrm{AUC}(a \mid b) + \mathrm{AUC}(b \mid a)}{2}, \]
     * where \( \mathrm{AUC}(a \mid b) \) ranks class \( a \) against \( b \) by column \( a \).
     * Unlike the one-vs-rest average it is insensitive to class imbalance.
     *
     * @param actual labels in {@code [0, k)}, every class present. Not modified.
     * @param scores {@code n × k} finite scores, {@code k >= 2}. Not modified.
     * @return the one-vs-one macro AUC
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the shapes disagree, {@code k < 2}, a label is out of
     *                                  range, a score is not finite, or a class never occurs
     * @since 0.2
     */
    public static double oneVsOneMacroAuc(int[] actual, double[][] scores) {
        return oneVsOne(actual, scores, false);
    }

    /**
     * Multiclass one-vs-one AUC weighted by pair prevalence, as scikit-learn's
     * {@code roc_auc_score(y, scores, multi_class="ovo", average="weighted")}: the pair
     * \( (a, b) \) weighs \( (n_a + n_b)/n \) in the mean of
     * \( (\mathrm{AUC}(a \mid b) + \mathrm{AUC}(b \mid a))/2 \) (see
     * {@link #oneVsOneMacroAuc(int[], double[][])}).
     *
     * @param actual labels in {@code [0, k)}, every class present. Not modified.
     * @param scores {@code n × k} finite scores, {@code k >= 2}. Not modified.
     * @return the prevalence-weighted one-vs-one AUC
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #oneVsOneMacroAuc(int[], double[][])}
     * @since 0.2
     */
    public static double oneVsOneWeightedAuc(int[] actual, double[][] scores) {
        return oneVsOne(actual, scores, true);
    }

    private static double oneVsOne(int[] actual, double[][] scores, boolean weighted) {
        int k = ScoreColumns.check(actual, scores, null);
        int[] count = new int[k];
        for (int y : actual) {
            count[y]++;
        }
        for (int c = 0; c < k; c++) {
            if (count[c] == 0) {
                throw new IllegalArgumentException("actual must contain every class 0.." + (k - 1)
                        + " for one-vs-one AUC, but class " + c + " never occurs");
            }
        }
        double num = 0;
        double den = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                int m = count[a] + count[b];
                int[] y = new int[m];
                double[] sa = new double[m];
                double[] sb = new double[m];
                int j = 0;
                for (int i = 0; i < actual.length; i++) {
                    if (actual[i] == a || actual[i] == b) {
                        y[j] = actual[i];
                        sa[j] = scores[i][a];
                        sb[j] = scores[i][b];
                        j++;
                    }
                }
                double pair = (binaryAuc(y, sa, a) + binaryAuc(y, sb, b)) / 2;
                double w = weighted ? (double) m / actual.length : 1.0;
                num += w * pair;
                den += w;
            }
        }
        return num / den;
    }

    /**
     * This curve without the points scikit-learn's {@code roc_curve(drop_intermediate=True)}
     * drops (scikit-learn 1.2 rule): the first point (nothing flagged) and the endpoints of the
     * remaining points stay, and a point in between stays only if the steps of \( FP \) or of
     * \( TP \) into it and out of it differ (a non-zero second difference). The dropped points lie
     * on straight segments, so the area is unchanged; plots and threshold tables get lighter.
     *
     * @return a curve with at most {@link #size()} points and the same {@link #auc()}
     * @since 0.2
     */
    public RocCurve dropIntermediate() {
        int[] kept = intermediateKept();
        return kept == null ? this : new RocCurve(counts, kept);
    }

    // ------------------------------------------------------------------ sample weights

    /**
     * The area under the ROC curve with sample weights, as scikit-learn's
     * {@code roc_auc_score(y, s, sample_weight=w)}: the trapezoidal area under the curve whose
     * rates are summed weights, \( TPR_t = \sum_{i \in +,\ s_i \ge t} w_i / \sum_{i \in +} w_i \)
     * and likewise FPR; equivalently the weighted Mann–Whitney probability
     * \[ \mathrm{AUC}_w = \frac{\sum_{i \in +} \sum_{j \in -} w_i w_j \left( [s_i &gt; s_j]
     *     + \tfrac12 [s_i = s_j] \right)}{\sum_{i \in +} w_i \sum_{j \in -} w_j}. \]
     * Samples of weight 0 take no part; all weights 1 give {@link #auc(int[], double[])}.
     *
     * @param actual  labels in {0, 1}. Not modified.
     * @param scores  finite scores, same length. Not modified.
     * @param weights sample weights, finite and {@code >= 0}, same length; both classes must have a
     *                positive total weight. Not modified.
     * @return the weighted AUC in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ, a label is not 0 or 1, a score is not
     *                                  finite, a weight is negative or not finite, or a class has no
     *                                  positive weight
     * @since 0.2
     */
    public static double auc(int[] actual, double[] scores, double[] weights) {
        return weightedAuc(BinaryInputs.labels(actual), scores, 1, weights);
    }

    private static double weightedAuc(int[] actual, double[] scores, int positiveClass, double[] weights) {
        return WeightedRocCurve.sums(actual, scores, positiveClass, weights).auc();
    }

    /**
     * The weighted one-vs-rest AUC of each class (see {@link #auc(int[], double[], double[])} and
     * {@link #oneVsRestMacroAuc(int[], double[][])}).
     *
     * @param actual  labels in {@code [0, k)}. Not modified.
     * @param scores  {@code n × k} finite scores, {@code k >= 2}. Not modified.
     * @param weights sample weights as {@link #auc(int[], double[], double[])}; every class and its
     *                rest must have positive weight. Not modified.
     * @return the weighted AUC of each class
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the shapes disagree, {@code k < 2}, a label is out of
     *                                  range, a score or weight is invalid, or a class has no weight
     * @since 0.2
     */
    public static double[] oneVsRestAucs(int[] actual, double[][] scores, double[] weights) {
        Checks.notNull(weights, "weights");
        int k = ScoreColumns.check(actual, scores, weights);
        double[] out = new double[k];
        double[] col = new double[actual.length];
        for (int c = 0; c < k; c++) {
            ScoreColumns.column(scores, c, col);
            out[c] = weightedAuc(actual, col, c, weights);
        }
        return out;
    }

    /**
     * Weighted one-vs-rest macro AUC: the mean of {@link #oneVsRestAucs(int[], double[][], double[])}
     * (scikit-learn's {@code roc_auc_score(y, scores, multi_class="ovr", average="macro",
     * sample_weight=w)}).
     *
     * @param actual  labels in {@code [0, k)}. Not modified.
     * @param scores  {@code n × k} finite scores. Not modified.
     * @param weights sample weights. Not modified.
     * @return the macro average of the weighted per-class AUCs
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #oneVsRestAucs(int[], double[][], double[])}
     * @since 0.2
     */
    public static double oneVsRestMacroAuc(int[] actual, double[][] scores, double[] weights) {
        double[] per = oneVsRestAucs(actual, scores, weights);
        double s = 0;
        for (double a : per) {
            s += a;
        }
        return s / per.length;
    }

    /**
     * Weighted one-vs-rest AUC averaged by weighted prevalence,
     * \( \sum_c W_c \mathrm{AUC}_c / \sum_c W_c \) with \( W_c = \sum_{i : y_i = c} w_i \)
     * (scikit-learn's {@code roc_auc_score(..., multi_class="ovr", average="weighted", sample_weight=w)}).
     *
     * @param actual  labels in {@code [0, k)}. Not modified.
     * @param scores  {@code n × k} finite scores. Not modified.
     * @param weights sample weights. Not modified.
     * @return the prevalence-weighted average
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #oneVsRestAucs(int[], double[][], double[])}
     * @since 0.2
     */
    public static double oneVsRestWeightedAuc(int[] actual, double[][] scores, double[] weights) {
        double[] per = oneVsRestAucs(actual, scores, weights);
        double[] w = new double[per.length];
        double total = 0;
        for (int i = 0; i < actual.length; i++) {
            w[actual[i]] += weights[i];
            total += weights[i];
        }
        double s = 0;
        for (int c = 0; c < per.length; c++) {
            s += per[c] * w[c];
        }
        return s / total;
    }

    /**
     * Weighted one-vs-rest micro-averaged AUC: {@link #oneVsRestMicroAuc(int[], double[][])} with
     * each sample's weight on its \( k \) pooled pairs (scikit-learn's
     * {@code roc_auc_score(y, scores, multi_class="ovr", average="micro", sample_weight=w)}).
     *
     * @param actual  labels in {@code [0, k)}. Not modified.
     * @param scores  {@code n × k} finite scores, {@code k >= 2}. Not modified.
     * @param weights sample weights, finite and {@code >= 0}, positive total. Not modified.
     * @return the weighted micro-averaged AUC
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #oneVsRestMicroAuc(int[], double[][])}, or if a
     *                                  weight is invalid or all are 0
     * @since 0.2
     */
    public static double oneVsRestMicroAuc(int[] actual, double[][] scores, double[] weights) {
        Checks.notNull(weights, "weights");
        int k = ScoreColumns.check(actual, scores, weights);
        PooledPairs pairs = PooledPairs.of(actual, scores, weights);
        return weightedAuc(pairs.labels(), pairs.scores(), 1, pairs.weights());
    }

    /**
     * Returns the true positives at point {@code i} (positives with score &ge; threshold).
     *
     * @param i point index in {@code [0, size())}
     * @return the count
     * @throws IllegalArgumentException if {@code i} is out of range
     */
    public long truePositives(int i) {
        return counts.tps[slot(Checks.index(i, size(), "i"))];
    }

    /**
     * Returns the false positives at point {@code i} (negatives with score &ge; threshold).
     *
     * @param i point index in {@code [0, size())}
     * @return the count
     * @throws IllegalArgumentException if {@code i} is out of range
     */
    public long falsePositives(int i) {
        return counts.fps[slot(Checks.index(i, size(), "i"))];
    }

    /**
     * Returns the binary confusion matrix of the rule "positive iff score &ge; threshold(i)"
     * (class 1 = positive).
     *
     * @param i point index in {@code [0, size())}
     * @return the matrix
     * @throws IllegalArgumentException if {@code i} is out of range
     */
    public ConfusionMatrix confusionMatrix(int i) {
        int k = slot(Checks.index(i, size(), "i"));
        int tp = counts.tps[k];
        int fp = counts.fps[k];
        return ConfusionMatrix.binary(tp, fp, counts.positives - tp, counts.negatives - fp);
    }

    /**
     * Returns the number of positives \( P \).
     *
     * @return the number of positives
     */
    public int positives() {
        return counts.positives;
    }

    /**
     * Returns the number of negatives \( N \).
     *
     * @return the number of negatives
     */
    public int negatives() {
        return counts.negatives;
    }

    /**
     * Returns a short summary.
     *
     * @return e.g. {@code "RocCurve[n=569 (212 positive), 460 points, AUC=0.9754]"}
     */
    @Override
    public String toString() {
        return "RocCurve[n=" + (counts.positives + counts.negatives) + " (" + counts.positives + " positive), " + size()
                + " points, AUC=" + Format.sig(auc()) + "]";
    }
}
