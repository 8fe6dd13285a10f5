package dev.statlearn.eval;

import dev.statlearn.core.Checks;

import dev.statlearn.core.internal.Format;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * An immutable confusion matrix over classes {@code 0..k-1} and the metrics derived from it.
 *
 * <p>Entry \( C_{ap} \) counts the samples whose actual class is \( a \) (row) and whose
 * predicted class is \( p \) (column). For a class \( c \), one-vs-rest:
 * \( TP_c = C_{cc} \), \( FP_c = \sum_{a \ne c} C_{ac} \), \( FN_c = \sum_{p \ne c} C_{cp} \),
 * \( TN_c = n - TP_c - FP_c - FN_c \). For a binary task the positive class is {@code 1}
 * unless the caller asks about another class.
 *
 * <p>Per-class metrics (scikit-learn / imbalanced-learn definitions):
 * <ul>
 *   <li>precision \( TP/(TP+FP) \); recall (sensitivity, TPR) \( TP/(TP+FN) \);
 *       specificity (TNR) \( TN/(TN+FP) \); false-positive rate (type I error rate)
 *       \( FP/(FP+TN) \); false-negative rate (type II error rate) \( FN/(FN+TP) \);</li>
 *   <li>\( F_\beta = (1+\beta^2)PR/(\beta^2 P + R) \), \( F_1 \) with \( \beta = 1 \);</li>
 *   <li>G-mean of a class \( \sqrt{R_c \cdot S_c} \) (recall times specificity, as
 *       imbalanced-learn's {@code geometric_mean_score(average=None)}), and the index balanced
 *       accuracy \( (1 + \alpha (R_c - S_c)) R_c S_c \).</li>
 * </ul>
 *
 * <p><b>Zero division.</b> Every ratio whose denominator is 0 is 0, as scikit-learn's
 * {@code zero_division=0}: precision of a class never predicted, recall of a class that never
 * occurs, specificity and false-positive rate when every sample is of class \( c \), and
 * \( F_\beta \) when \( P = R = 0 \). (So FPR + TNR is 1 except when both are undefined.)
 *
 * <p><b>Present classes.</b> Averages ({@link Average}) and {@link #gMean()} consider the
 * classes that occur among the actual or the predicted labels, like scikit-learn's default labels;
 * classes inside {@code 0..k-1} that never occur are ignored there. {@link #withLabels(int...)}
 * gives an explicit label set instead, as scikit-learn's {@code labels=}.
 * {@link #balancedAccuracy()} averages over the classes that occur among the actual labels.
 *
 * <p><b>Sample weights.</b> {@link #of(int[], int[], int, double[])} sums sample weights into the
 * cells instead of counting (scikit-learn's {@code sample_weight}); every metric below then reads
 * \( C_{ap} \), \( TP_c \), … and \( n \) as weight sums.
 *
 * <p>Instances are immutable and thread-safe; {@link #combine(ConfusionMatrix)} adds the counts
 * of two matrices (for example, computed on partitions of a data set).
 *
 * @since 0.1
 */
public final class ConfusionMatrix {

    /**
     * Largest supported number of classes, 4096. The matrix stores its \( k^2 \) counts densely
     * (at this limit 16,777,216 counts, 128 MiB; a weighted matrix as many weights again), so
     * labels and class counts are checked against
     * this limit before anything is allocated: a stray huge label gives an
     * {@link IllegalArgumentException} instead of exhausting memory.
     */
    public static final int MAX_CLASSES = 4096;

    private final int k;
    /** Row-major counts, row = actual, column = predicted. */
    private final long[] counts;
    private final long[] actualTotals;
    private final long[] predictedTotals;
    private final long total;
    private final List<String> names; // display names, null for "0", "1", …
    private final int[] labels; // explicit label set (withLabels), null for the present classes
    /** Row-major summed sample weights, null for an unweighted matrix (then the counts). */
    private final double[] weights;
    private final double[] actualW;
    private final double[] predictedW;
    private final double totalW;

    private ConfusionMatrix(int k, long[] counts) {
        this(k, counts, null, null, null);
    }

    private ConfusionMatrix(int k, long[] counts, List<String> names, int[] labels, double[] weights) {
        this.k = k;
        this.counts = counts;
        this.names = names;
        this.labels = labels;
        this.weights = weights;
        this.actualTotals = new long[k];
        this.predictedTotals = new long[k];
        long t = 0;
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                long c = counts[a * k + p];
                actualTotals[a] += c;
                predictedTotals[p] += c;
                if (c > Long.MAX_VALUE - t) {
                    throw new IllegalArgumentException("confusion matrix counts must sum to at most Long.MAX_VALUE = "
                            + Long.MAX_VALUE + ", their sum overflows at count [" + a + "][" + p + "] = " + c);
                }
                t += c;
            }
        }
        if (t <= 0) {
            throw new IllegalArgumentException("confusion matrix total must be > 0, was " + t);
        }
        this.total = t;
        this.actualW = new double[k];
        this.predictedW = new double[k];
        double tw = 0;
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                double c = weights == null ? counts[a * k + p] : weights[a * k + p];
                actualW[a] += c;
                predictedW[p] += c;
                tw += c;
            }
        }
        if (!(tw > 0) || tw == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("weights must have a positive, finite total, was " + tw);
        }
        this.totalW = tw;
    }

    /**
     * Builds the matrix of two label vectors with \( k = 1 + \max(\text{actual}, \text{predicted}) \)
     * (at least 2, so a single-class input is still a binary matrix).
     *
     * @param actual    actual class indices, {@code >= 0}. Not modified.
     * @param predicted predicted class indices, {@code >= 0}, same length. Not modified.
     * @return the confusion matrix
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays are empty, differ in length or contain a
     *                                  negative label, or a label is {@code >= }{@value #MAX_CLASSES}
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted) {
        Checks.notNull(actual, "actual");
        Checks.notNull(predicted, "predicted");
        int k = Math.max(2, Math.max(Checks.classCount(actual, MAX_CLASSES, "actual"),
                Checks.classCount(predicted, MAX_CLASSES, "predicted")));
        return of(actual, predicted, k);
    }

    /**
     * Builds the matrix of two label vectors over classes {@code 0..k-1}.
     *
     * @param actual    actual class indices in {@code [0, k)}. Not modified.
     * @param predicted predicted class indices in {@code [0, k)}, same length. Not modified.
     * @param k         number of classes, {@code >= 1}
     * @return the confusion matrix
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays are empty, differ in length, {@code k < 1} or
     *                                  {@code k > }{@value #MAX_CLASSES}, or a label is outside {@code [0, k)}
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted, int k) {
        Checks.notNull(actual, "actual");
        Checks.notNull(predicted, "predicted");
        Checks.atLeast(k, 1, "k");
        checkClassCount(k);
        Checks.nonEmpty(actual, "actual");
        Checks.sameLength(actual.length, "actual", predicted.length, "predicted");
        Checks.labels(actual, k, "actual");
        Checks.labels(predicted, k, "predicted");
        long[] c = new long[k * k];
        for (int i = 0; i < actual.length; i++) {
            c[actual[i] * k + predicted[i]]++;
        }
        return new ConfusionMatrix(k, c);
    }

    /**
     * Builds the matrix of two label vectors with sample weights over classes {@code 0..k-1}, as
     * scikit-learn's {@code sample_weight}: cell \( C_{ap} = \sum_{i : y_i = a,\ \hat y_i = p} w_i \).
     * Every metric is then computed from these weighted cells (so {@code weights} all 1 give the
     * unweighted values); {@link #count(int, int)}, {@link #support(int)}, {@link #total()} and the
     * other {@code long} accessors still count samples, and {@link #weight(int, int)},
     * {@link #weights()} and {@link #totalWeight()} give the weighted cells. Present classes
     * ({@link #isPresent(int)}) are those with a sample, whatever its weight.
     *
     * @param actual    actual class indices in {@code [0, k)}. Not modified.
     * @param predicted predicted class indices in {@code [0, k)}, same length. Not modified.
     * @param k         number of classes, in {@code [1, }{@value #MAX_CLASSES}{@code ]}
     * @param weights   sample weights, finite and {@code >= 0}, same length, with a positive
     *                  finite total. Not modified.
     * @return the weighted confusion matrix
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(int[], int[], int)}, or if {@code weights}
     *                                  differs in length, has a negative or non-finite weight, or
     *                                  its total is not positive and finite
     * @since 0.2
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted, int k, double[] weights) {
        Checks.notNull(actual, "actual");
        Checks.notNull(predicted, "predicted");
        Checks.notNull(weights, "weights");
        Checks.atLeast(k, 1, "k");
        checkClassCount(k);
        Checks.nonEmpty(actual, "actual");
        Checks.sameLength(actual.length, "actual", predicted.length, "predicted");
        Checks.sameLength(actual.length, "actual", weights.length, "weights");
        Checks.labels(actual, k, "actual");
        Checks.labels(predicted, k, "predicted");
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || weights[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("weights[" + i + "] must be finite and >= 0, was " + weights[i]);
            }
        }
        long[] c = new long[k * k];
        double[] w = new double[k * k];
        for (int i = 0; i < actual.length; i++) {
            int cell = actual[i] * k + predicted[i];
            c[cell]++;
            w[cell] += weights[i];
        }
        return new ConfusionMatrix(k, c, null, null, w);
    }

    /**
     * Builds a matrix from its counts, {@code counts[actual][predicted]}.
     *
     * @param counts square matrix of non-negative counts with a positive total. Not modified.
     * @return the confusion matrix
     * @throws NullPointerException     if {@code counts} or a row is null
     * @throws IllegalArgumentException if {@code counts} is empty, not square, has more than
     *                                  {@value #MAX_CLASSES} rows, has a negative entry or sums to 0
     */
    public static ConfusionMatrix ofCounts(long[][] counts) {
        Checks.notNull(counts, "counts");
        int k = counts.length;
        if (k == 0) {
            throw new IllegalArgumentException("counts must not be empty");
        }
        checkClassCount(k);
        long[] c = new long[k * k];
        for (int a = 0; a < k; a++) {
            Checks.notNull(counts[a], "counts[" + a + "]");
            if (counts[a].length != k) {
                throw new IllegalArgumentException("counts must be square: counts has " + k
                        + " rows but counts[" + a + "] has " + counts[a].length + " columns");
            }
            for (int p = 0; p < k; p++) {
                if (counts[a][p] < 0) {
                    throw new IllegalArgumentException("counts[" + a + "][" + p + "] must be >= 0, was "
                            + counts[a][p]);
                }
                c[a * k + p] = counts[a][p];
            }
        }
        return new ConfusionMatrix(k, c);
    }

    /**
     * Builds a binary matrix (negative class 0, positive class 1) from its four counts.
     *
     * @param truePositives  actual 1 predicted 1
     * @param falsePositives actual 0 predicted 1
     * @param falseNegatives actual 1 predicted 0
     * @param trueNegatives  actual 0 predicted 0
     * @return the 2 × 2 confusion matrix
     * @throws IllegalArgumentException if a count is negative, all are 0, or they sum to more than
     *                                  {@code Long.MAX_VALUE}
     */
    public static ConfusionMatrix binary(long truePositives, long falsePositives, long falseNegatives,
                                         long trueNegatives) {
        nonNegative(truePositives, "truePositives");
        nonNegative(falsePositives, "falsePositives");
        nonNegative(falseNegatives, "falseNegatives");
        nonNegative(trueNegatives, "trueNegatives");
        if (falsePositives > Long.MAX_VALUE - truePositives
                || falseNegatives > Long.MAX_VALUE - truePositives - falsePositives
                || trueNegatives > Long.MAX_VALUE - truePositives - falsePositives - falseNegatives) {
            throw new IllegalArgumentException("truePositives + falsePositives + falseNegatives + trueNegatives must be"
                    + " at most Long.MAX_VALUE = " + Long.MAX_VALUE + ", were " + truePositives + " + " + falsePositives
                    + " + " + falseNegatives + " + " + trueNegatives);
        }
        return new ConfusionMatrix(2, new long[] {trueNegatives, falsePositives, falseNegatives, truePositives});
    }

    private static void checkClassCount(int k) {
        if (k > MAX_CLASSES) {
            throw new IllegalArgumentException("number of classes k must be <= " + MAX_CLASSES
                    + " (ConfusionMatrix.MAX_CLASSES), was " + k);
        }
    }

    private static void nonNegative(long x, String name) {
        if (x < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + x);
        }
    }

    /**
     * Adds the counts of two matrices, e.g. computed on disjoint partitions of the data:
     * the result equals the matrix of the concatenated data. If either matrix is
     * {@linkplain #isWeighted() weighted} the weighted cells are added too (an unweighted matrix
     * contributes its counts as weights). The result keeps this matrix's class names and label set.
     *
     * @param other a matrix with the same number of classes
     * @return a new matrix holding the summed counts
     * @throws NullPointerException     if {@code other} is null
     * @throws IllegalArgumentException if the class counts differ or the totals together exceed {@code Long.MAX_VALUE}
     */
    public ConfusionMatrix combine(ConfusionMatrix other) {
        Checks.notNull(other, "other");
        if (other.k != k) {
            throw new IllegalArgumentException("other has " + other.k + " classes but this matrix has " + k);
        }
        if (other.total > Long.MAX_VALUE - total) {
            throw new IllegalArgumentException("other's total " + other.total + " plus this matrix's total " + total
                    + " must be at most Long.MAX_VALUE = " + Long.MAX_VALUE);
        }
        long[] c = counts.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] += other.counts[i]; // each cell <= its matrix's total: no overflow
        }
        double[] wsum = null;
        if (weights != null || other.weights != null) {
            wsum = new double[k * k];
            for (int i = 0; i < wsum.length; i++) {
                wsum[i] = cell(i) + other.cell(i);
            }
        }
        return new ConfusionMatrix(k, c, names, labels, wsum);
    }

    /**
     * This matrix with class names, which {@link #toString()} and
     * {@link ClassificationReport#of(ConfusionMatrix)} show instead of the class indices, e.g.
     * {@code matrix.withClassNames(dataset.classNames())}. Names are labels for display only:
     * they take no part in {@link #equals(Object)}.
     *
     * @param classNames one name per class
     * @return a matrix with the same counts and these names
     * @throws NullPointerException     if {@code classNames} or a name is null
     * @throws IllegalArgumentException if the number of names is not {@link #numClasses()}
     */
    public ConfusionMatrix withClassNames(List<String> classNames) {
        Checks.notNull(classNames, "classNames");
        if (classNames.size() != k) {
            throw new IllegalArgumentException("classNames has " + classNames.size() + " names but the matrix has "
                    + k + " classes");
        }
        for (int i = 0; i < k; i++) {
            Checks.notNull(classNames.get(i), "classNames[" + i + "]");
        }
        return new ConfusionMatrix(k, counts, List.copyOf(classNames), labels, weights);
    }

    /**
     * This matrix with an explicit label set, as scikit-learn's {@code labels=} argument of
     * {@code precision_recall_fscore_support}, {@code jaccard_score} and imbalanced-learn's
     * {@code classification_report_imbalanced} / {@code geometric_mean_score}: the averages
     * ({@link Average}, including micro sums), {@link #gMean()} and the rows of
     * {@link ClassificationReport} then run over exactly these classes, in this order. A listed
     * class absent from the data still counts (with precision, recall and F of 0); a class left out
     * is excluded from the averages, though its samples remain in the counts, so they still count
     * as false positives or negatives of the listed classes (as scikit-learn's one-vs-rest counts).
     * Per-class metrics and the whole-matrix metrics (accuracy, balanced accuracy, MCC, κ) are
     * unchanged.
     *
     * @param labels distinct class indices in {@code [0, k)}, at least one. Not modified.
     * @return a matrix with the same counts and names, averaged over {@code labels}
     * @throws NullPointerException     if {@code labels} is null
     * @throws IllegalArgumentException if {@code labels} is empty, has a class outside
     *                                  {@code [0, k)} or a repeated class
     * @since 0.2
     */
    public ConfusionMatrix withLabels(int... labels) {
        Checks.notNull(labels, "labels");
        if (labels.length == 0) {
            throw new IllegalArgumentException("labels must name at least one class, was empty");
        }
        Checks.labels(labels, k, "labels");
        boolean[] seen = new boolean[k];
        for (int i = 0; i < labels.length; i++) {
            if (seen[labels[i]]) {
                throw new IllegalArgumentException("labels must be distinct, labels[" + i + "] repeats class "
                        + labels[i]);
            }
            seen[labels[i]] = true;
        }
        return new ConfusionMatrix(k, counts, names, labels.clone(), weights);
    }

    /**
     * The classes the averages run over, in order: those given to {@link #withLabels(int...)},
     * else the present classes ({@link #isPresent(int)}) in increasing order.
     *
     * @return a new array of class indices
     * @since 0.2
     */
    public int[] labels() {
        if (labels != null) {
            return labels.clone();
        }
        int m = 0;
        for (int c = 0; c < k; c++) {
            if (isPresent(c)) {
                m++;
            }
        }
        int[] out = new int[m];
        m = 0;
        for (int c = 0; c < k; c++) {
            if (isPresent(c)) {
                out[m++] = c;
            }
        }
        return out;
    }

    /**
     * The class names: those given to {@link #withClassNames(List)}, else {@code "0"}, {@code "1"}, ….
     *
     * @return an unmodifiable list of {@link #numClasses()} names
     */
    public List<String> classNames() {
        if (names != null) {
            return names;
        }
        String[] out = new String[k];
        for (int c = 0; c < k; c++) {
            out[c] = Integer.toString(c);
        }
        return List.of(out);
    }

    // ------------------------------------------------------------------ counts

    /**
     * Returns the number of classes {@code k}.
     *
     * @return the number of classes
     */
    public int numClasses() {
        return k;
    }

    /**
     * Returns the number of samples of actual class {@code actual} predicted as {@code predicted}.
     *
     * @param actual    actual class in {@code [0, k)}
     * @param predicted predicted class in {@code [0, k)}
     * @return the count
     * @throws IllegalArgumentException if a class is out of range
     */
    public long count(int actual, int predicted) {
        Checks.index(actual, k, "actual");
        Checks.index(predicted, k, "predicted");
        return counts[actual * k + predicted];
    }

    /**
     * Whether the matrix holds sample weights ({@link #of(int[], int[], int, double[])}, or a
     * {@link #combine(ConfusionMatrix) combination} with such a matrix).
     *
     * @return {@code true} if the metrics use summed weights rather than counts
     * @since 0.2
     */
    public boolean isWeighted() {
        return weights != null;
    }

    /**
     * The summed weight of the samples of actual class {@code actual} predicted as
     * {@code predicted}; the count for an unweighted matrix.
     *
     * @param actual    actual class in {@code [0, k)}
     * @param predicted predicted class in {@code [0, k)}
     * @return the weighted cell \( C_{ap} \ge 0 \)
     * @throws IllegalArgumentException if a class is out of range
     * @since 0.2
     */
    public double weight(int actual, int predicted) {
        Checks.index(actual, k, "actual");
        Checks.index(predicted, k, "predicted");
        return cell(actual * k + predicted);
    }

    /**
     * A copy of the weighted cells {@code [actual][predicted]} the metrics are computed from (the
     * counts as doubles for an unweighted matrix).
     *
     * @return a new {@code k × k} array
     * @since 0.2
     */
    public double[][] weights() {
        double[][] out = new double[k][];
        for (int a = 0; a < k; a++) {
            out[a] = new double[k];
            for (int p = 0; p < k; p++) {
                out[a][p] = cell(a * k + p);
            }
        }
        return out;
    }

    /**
     * The total weight \( \sum_{a,p} C_{ap} \): the \( n \) of the metric formulas; equals
     * {@link #total()} for an unweighted matrix.
     *
     * @return the total weight, {@code > 0}
     * @since 0.2
     */
    public double totalWeight() {
        return totalW;
    }

    /**
     * Returns the total number of samples \( n \).
     *
     * @return the total, {@code > 0}
     */
    public long total() {
        return total;
    }

    /**
     * Returns a copy of the counts, {@code [actual][predicted]}.
     *
     * @return a new {@code k × k} array
     */
    public long[][] counts() {
        long[][] out = new long[k][];
        for (int a = 0; a < k; a++) {
            out[a] = Arrays.copyOfRange(counts, a * k, (a + 1) * k);
        }
        return out;
    }

    /**
     * Returns the support of class {@code c}: the number of samples whose actual class is {@code c}
     * (\( TP_c + FN_c \)).
     *
     * @param c class in {@code [0, k)}
     * @return the row sum
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public long support(int c) {
        Checks.index(c, k, "c");
        return actualTotals[c];
    }

    /**
     * Returns the number of samples predicted as class {@code c} (\( TP_c + FP_c \)).
     *
     * @param c class in {@code [0, k)}
     * @return the column sum
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public long predictedCount(int c) {
        Checks.index(c, k, "c");
        return predictedTotals[c];
    }

    /**
     * Returns \( TP_c \).
     *
     * @param c class in {@code [0, k)}
     * @return the true positives of class {@code c}
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public long truePositives(int c) {
        Checks.index(c, k, "c");
        return counts[c * k + c];
    }

    /**
     * Returns \( FP_c \): samples of another class predicted as {@code c}.
     *
     * @param c class in {@code [0, k)}
     * @return the false positives of class {@code c}
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public long falsePositives(int c) {
        Checks.index(c, k, "c");
        return predictedTotals[c] - counts[c * k + c];
    }

    /**
     * Returns \( FN_c \): samples of class {@code c} predicted as another class.
     *
     * @param c class in {@code [0, k)}
     * @return the false negatives of class {@code c}
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public long falseNegatives(int c) {
        Checks.index(c, k, "c");
        return actualTotals[c] - counts[c * k + c];
    }

    /**
     * Returns \( TN_c \): samples neither of class {@code c} nor predicted as {@code c}.
     *
     * @param c class in {@code [0, k)}
     * @return the true negatives of class {@code c}
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public long trueNegatives(int c) {
        Checks.index(c, k, "c");
        return total - actualTotals[c] - predictedTotals[c] + counts[c * k + c];
    }

    /**
     * Returns whether class {@code c} occurs among the actual or the predicted labels.
     *
     * @param c class in {@code [0, k)}
     * @return {@code true} if its support or predicted count is positive
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public boolean isPresent(int c) {
        Checks.index(c, k, "c");
        return actualTotals[c] > 0 || predictedTotals[c] > 0;
    }

    // ------------------------------------------------------------------ per class

    /** The cell the metrics use: the summed weight, or the count of an unweighted matrix. */
    private double cell(int i) {
        return weights == null ? counts[i] : weights[i];
    }

    /** Summed weight (or count) of actual class {@code c}, for {@link ClassificationReport}. */
    double actualWeight(int c) {
        return actualW[c];
    }

    private double tpW(int c) {
        Checks.index(c, k, "c");
        return cell(c * k + c);
    }

    private double fpW(int c) {
        Checks.index(c, k, "c");
        return predictedW[c] - cell(c * k + c);
    }

    private double fnW(int c) {
        Checks.index(c, k, "c");
        return actualW[c] - cell(c * k + c);
    }

    private double tnW(int c) {
        Checks.index(c, k, "c");
        return Math.max(0.0, totalW - actualW[c] - predictedW[c] + cell(c * k + c)); // rounding of weights
    }

    private static double ratio(double num, double den) {
        return den == 0 ? 0.0 : num / den;
    }

    /**
     * Precision of class {@code c}: \( TP/(TP+FP) \), 0 if {@code c} is never predicted.
     *
     * @param c class in {@code [0, k)}
     * @return the precision in [0, 1]
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public double precision(int c) {
        return ratio(tpW(c), predictedW[c]);
    }

    /**
     * Recall (sensitivity, true-positive rate) of class {@code c}: \( TP/(TP+FN) \),
     * 0 if {@code c} never occurs.
     *
     * @param c class in {@code [0, k)}
     * @return the recall in [0, 1]
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public double recall(int c) {
        return ratio(tpW(c), actualW[c]);
    }

    /**
     * Specificity (true-negative rate) of class {@code c}: \( TN/(TN+FP) \), 0 if every sample
     * is of class {@code c}.
     *
     * @param c class in {@code [0, k)}
     * @return the specificity in [0, 1]
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public double specificity(int c) {
        return ratio(tnW(c), totalW - actualW[c]);
    }

    /**
     * False-positive rate (type I error rate, fall-out) of class {@code c}: \( FP/(FP+TN) \),
     * 0 if every sample is of class {@code c}.
     *
     * @param c class in {@code [0, k)}
     * @return the false-positive rate in [0, 1]
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public double falsePositiveRate(int c) {
        return ratio(fpW(c), totalW - actualW[c]);
    }

    /**
     * False-negative rate (type II error rate, miss rate) of class {@code c}: \( FN/(FN+TP) \),
     * 0 if {@code c} never occurs.
     *
     * @param c class in {@code [0, k)}
     * @return the false-negative rate in [0, 1]
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public double falseNegativeRate(int c) {
        return ratio(fnW(c), actualW[c]);
    }

    /**
     * \( F_1 \) score of class {@code c}: the harmonic mean of precision and recall, 0 if both are 0.
     *
     * @param c class in {@code [0, k)}
     * @return the F1 score in [0, 1]
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public double f1(int c) {
        return fBeta(c, 1.0);
    }

    /**
     * \( F_\beta \) score of class {@code c}: \( (1+\beta^2)PR/(\beta^2P+R) \), 0 if the
     * denominator is 0 (computed from P and R exactly as scikit-learn's {@code fbeta_score}).
     * The limits are included: \( F_0 = P \) (precision only) and \( F_\infty = R \) (recall
     * only, as scikit-learn's {@code beta=np.inf}).
     *
     * @param c    class in {@code [0, k)}
     * @param beta weight of recall relative to precision, in \( [0, +\infty] \)
     * @return the score in [0, 1]
     * @throws IllegalArgumentException if {@code c} is out of range or {@code beta} is negative or NaN
     */
    public double fBeta(int c, double beta) {
        checkBeta(beta);
        return fScore(precision(c), recall(c), beta);
    }

    private static void checkBeta(double beta) {
        if (!(beta >= 0)) {
            throw new IllegalArgumentException("beta must be in [0, +Infinity], was " + beta);
        }
    }

    private static double fScore(double p, double r, double beta) {
        double b2 = beta * beta;
        if (b2 == Double.POSITIVE_INFINITY) { // beta = +inf or > ~1.3e154: the limit, recall
            return r;
        }
        double den = b2 * p + r;
        if (den == 0.0) {
            den = 1.0;
        }
        return (1 + b2) * p * r / den;
    }

    /**
     * One-vs-rest G-mean of class {@code c}: \( \sqrt{\text{recall}_c \cdot \text{specificity}_c} \)
     * (imbalanced-learn {@code geometric_mean_score(average=None)}).
     *
     * @param c class in {@code [0, k)}
     * @return the G-mean in [0, 1]
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public double gMean(int c) {
        return Math.sqrt(recall(c) * specificity(c));
    }

    /**
     * Index balanced accuracy of the squared G-mean of class {@code c} (García, Mollineda &amp;
     * Sánchez 2009), as imbalanced-learn's {@code make_index_balanced_accuracy(alpha, squared=True)}
     * applied to {@code geometric_mean_score(average=None)}:
     * \( \mathrm{IBA}_\alpha = (1 + \alpha(R_c - S_c)) \cdot R_c S_c \).
     *
     * @param c     class in {@code [0, k)}
     * @param alpha weight of the dominance \( R_c - S_c \), finite (0.1 in imbalanced-learn's report)
     * @return the index
     * @throws IllegalArgumentException if {@code c} is out of range or {@code alpha} is not finite
     */
    public double indexBalancedAccuracy(int c, double alpha) {
        Checks.finite(alpha, "alpha");
        double r = recall(c);
        double s = specificity(c);
        double g = Math.sqrt(r * s);
        return (1.0 + alpha * (r - s)) * (g * g);
    }

    /**
     * Jaccard index (intersection over union) of class {@code c}: \( TP/(TP+FP+FN) \), 0 if
     * {@code c} is neither actual nor predicted (scikit-learn's {@code jaccard_score} with
     * {@code zero_division=0}).
     *
     * @param c class in {@code [0, k)}
     * @return the Jaccard index in [0, 1]
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public double jaccard(int c) {
        return ratio(tpW(c), actualW[c] + predictedW[c] - cell(c * k + c));
    }

    /**
     * Positive likelihood ratio of class {@code c} against the rest,
     * \( LR_+ = \frac{TPR}{FPR} = \frac{TP\,(TN+FP)}{FP\,(TP+FN)} \), as scikit-learn's
     * {@code class_likelihood_ratios} (binary; here one-vs-rest for any class).
     *
     * @param c class in {@code [0, k)}
     * @return \( LR_+ \ge 0 \), or {@code NaN} when it is undefined, as scikit-learn: no false
     *         positives (\( FP = 0 \)) or class {@code c} never occurs
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public double positiveLikelihoodRatio(int c) {
        return likelihoodRatio(tpW(c), fpW(c), c);
    }

    /**
     * Negative likelihood ratio of class {@code c} against the rest,
     * \( LR_- = \frac{FNR}{TNR} = \frac{FN\,(TN+FP)}{TN\,(TP+FN)} \), as scikit-learn's
     * {@code class_likelihood_ratios}.
     *
     * @param c class in {@code [0, k)}
     * @return \( LR_- \ge 0 \), or {@code NaN} when it is undefined, as scikit-learn: no true
     *         negatives (\( TN = 0 \)) or class {@code c} never occurs
     * @throws IllegalArgumentException if {@code c} is out of range
     */
    public double negativeLikelihoodRatio(int c) {
        return likelihoodRatio(fnW(c), tnW(c), c);
    }

    /** \( (a / P_c) / (b / N_c) \) with the class and rest totals; NaN when {@code b = 0} or \( P_c = 0 \). */
    private double likelihoodRatio(double a, double b, int c) {
        double supportPos = actualW[c];
        if (b == 0 || supportPos == 0) {
            return Double.NaN;
        }
        return a * (totalW - supportPos) / (b * supportPos);
    }

    // ------------------------------------------------------------------ averages

    /**
     * Averaged precision (micro = accuracy for single-label data).
     *
     * @param average how to average over the present classes
     * @return the averaged precision
     * @throws NullPointerException if {@code average} is null
     */
    public double precision(Average average) {
        if (Checks.notNull(average, "average") == Average.MICRO) {
            return ratio(sumPresent(Kind.TP), sumPresent(Kind.TP) + sumPresent(Kind.FP));
        }
        return averageOf(average, this::precision);
    }

    /**
     * Averaged recall; {@link Average#MACRO} is the balanced accuracy when every present class
     * occurs among the actual labels.
     *
     * @param average how to average over the present classes
     * @return the averaged recall
     * @throws NullPointerException if {@code average} is null
     */
    public double recall(Average average) {
        if (Checks.notNull(average, "average") == Average.MICRO) {
            return ratio(sumPresent(Kind.TP), sumPresent(Kind.TP) + sumPresent(Kind.FN));
        }
        return averageOf(average, this::recall);
    }

    /**
     * Averaged specificity (as imbalanced-learn's {@code specificity_score}).
     *
     * @param average how to average over the present classes
     * @return the averaged specificity
     * @throws NullPointerException if {@code average} is null
     */
    public double specificity(Average average) {
        if (Checks.notNull(average, "average") == Average.MICRO) {
            return ratio(sumPresent(Kind.TN), sumPresent(Kind.TN) + sumPresent(Kind.FP));
        }
        return averageOf(average, this::specificity);
    }

    /**
     * Averaged \( F_1 \).
     *
     * @param average how to average over the present classes
     * @return the averaged F1
     * @throws NullPointerException if {@code average} is null
     */
    public double f1(Average average) {
        return fBeta(average, 1.0);
    }

    /**
     * Averaged \( F_\beta \); micro computes \( F_\beta \) from the micro precision and recall.
     *
     * @param average how to average over the present classes
     * @param beta    weight of recall, in \( [0, +\infty] \) (see {@link #fBeta(int, double)})
     * @return the averaged score
     * @throws NullPointerException     if {@code average} is null
     * @throws IllegalArgumentException if {@code beta} is negative or NaN
     */
    public double fBeta(Average average, double beta) {
        checkBeta(beta);
        if (Checks.notNull(average, "average") == Average.MICRO) {
            return fScore(precision(Average.MICRO), recall(Average.MICRO), beta);
        }
        return averageOf(average, c -> fBeta(c, beta));
    }

    /**
     * Averaged Jaccard index; micro is \( \sum_c TP_c / \sum_c (TP_c + FP_c + FN_c) \) over the
     * present classes (scikit-learn's {@code jaccard_score(average=...)}, {@code zero_division=0}).
     *
     * @param average how to average over the present classes
     * @return the averaged Jaccard index in [0, 1]
     * @throws NullPointerException if {@code average} is null
     */
    public double jaccard(Average average) {
        if (Checks.notNull(average, "average") == Average.MICRO) {
            double tp = sumPresent(Kind.TP);
            return ratio(tp, tp + sumPresent(Kind.FP) + sumPresent(Kind.FN));
        }
        return averageOf(average, this::jaccard);
    }

    private enum Kind { TP, FP, FN, TN }

    private double sumPresent(Kind kind) {
        double s = 0;
        for (int c : labels()) {
            switch (kind) {
                case TP -> s += tpW(c);
                case FP -> s += fpW(c);
                case FN -> s += fnW(c);
                default -> s += tnW(c);
            }
        }
        return s;
    }

    private double averageOf(Average average, java.util.function.IntToDoubleFunction metric) {
        double num = 0;
        double den = 0;
        for (int c : labels()) {
            double w = average == Average.WEIGHTED ? actualW[c] : 1.0;
            num += w * metric.applyAsDouble(c);
            den += w;
        }
        return ratio(num, den);
    }

    // ------------------------------------------------------------------ whole matrix

    /**
     * Accuracy: \( \sum_c C_{cc} / n \).
     *
     * @return the fraction of correct predictions in [0, 1]
     */
    public double accuracy() {
        double diag = 0;
        for (int c = 0; c < k; c++) {
            diag += cell(c * k + c);
        }
        return diag / totalW;
    }

    /**
     * Balanced accuracy: the mean recall over the classes that occur among the actual labels
     * (scikit-learn's {@code balanced_accuracy_score}, which drops classes with no support).
     *
     * @return the balanced accuracy in [0, 1]
     */
    public double balancedAccuracy() {
        double s = 0;
        int m = 0;
        for (int c = 0; c < k; c++) {
            if (actualW[c] > 0) {
                s += recall(c);
                m++;
            }
        }
        return s / m;
    }

    /**
     * Balanced accuracy adjusted for chance, as scikit-learn's
     * {@code balanced_accuracy_score(adjusted=True)}: with \( m \) the number of classes that
     * occur among the actual labels and \( \mathrm{BA} \) the {@linkplain #balancedAccuracy()
     * balanced accuracy},
     * \[ \mathrm{BA}_{adj} = \frac{\mathrm{BA} - 1/m}{1 - 1/m}, \]
     * so that random guessing scores 0 and a perfect classifier 1.
     *
     * @return the adjusted balanced accuracy in \( [-1/(m-1), 1] \), or {@code NaN} when only one
     *         class occurs among the actual labels (\( m = 1 \): scikit-learn divides by 0 there)
     */
    public double adjustedBalancedAccuracy() {
        int m = 0;
        for (int c = 0; c < k; c++) {
            if (actualW[c] > 0) {
                m++;
            }
        }
        if (m == 1) {
            return Double.NaN;
        }
        double chance = 1.0 / m;
        return (balancedAccuracy() - chance) / (1.0 - chance);
    }

    /**
     * Macro-averaged mean absolute error for ordinal classes (Baccianella, Esuli &amp; Sebastiani
     * 2009), as imbalanced-learn's {@code macro_averaged_mean_absolute_error}: the classes are
     * ordered by their index, and with \( t_a \) the support of actual class \( a \) and
     * \( A \) the set of classes with \( t_a > 0 \),
     * \[ \mathrm{MAE}^M = \frac{1}{|A|} \sum_{a \in A} \frac{1}{t_a} \sum_p C_{ap}\,|a - p|. \]
     * Classes that are predicted but never occur take no part (imbalanced-learn 0.10 raises an
     * error for them).
     *
     * @return the macro-averaged MAE in \( [0, k-1] \); 0 for perfect predictions
     */
    public double macroAveragedMeanAbsoluteError() {
        double s = 0;
        int m = 0;
        for (int a = 0; a < k; a++) {
            if (actualW[a] == 0) {
                continue;
            }
            double row = 0;
            for (int p = 0; p < k; p++) {
                row += cell(a * k + p) * Math.abs(a - p);
            }
            s += row / actualW[a];
            m++;
        }
        return s / m;
    }

    /**
     * Geometric mean of the per-class recalls with imbalanced-learn's {@code correction}: as
     * {@link #gMean()}, but a recall of 0 counts as {@code correction} instead of making the mean 0
     * ({@code geometric_mean_score(average="multiclass", correction=correction)}):
     * \[ G = \Big( \prod_{c} \tilde R_c \Big)^{1/m}, \qquad
     *     \tilde R_c = \begin{cases} R_c &amp; R_c &gt; 0 \\ \text{correction} &amp; R_c = 0 \end{cases} \]
     * over the \( m \) classes of {@link #labels()}. A small correction such as 0.001 keeps the
     * score informative when one rare class is never recognised.
     *
     * @param correction the value that replaces a zero recall, in [0, 1]
     * @return the corrected G-mean in [0, 1]
     * @throws IllegalArgumentException if {@code correction} is not in [0, 1]
     * @since 0.2
     */
    public double gMeanWithCorrection(double correction) {
        Checks.inRange(correction, 0, 1, "correction");
        if (correction == 0) {
            return gMean();
        }
        double logSum = 0;
        int m = 0;
        for (int c : labels()) {
            double r = recall(c);
            logSum += Math.log(r == 0 ? correction : r);
            m++;
        }
        return Math.exp(logSum / m);
    }

    /**
     * Averaged G-mean, as imbalanced-learn's {@code geometric_mean_score(average=...)} with
     * {@code "macro"}, {@code "weighted"} or {@code "micro"}: the square root of the averaged
     * sensitivity times the averaged specificity,
     * \( G_{avg} = \sqrt{R_{avg} \cdot S_{avg}} \) (see {@link #recall(Average)},
     * {@link #specificity(Average)}). This is not the default multiclass {@link #gMean()}, which
     * multiplies the recalls.
     *
     * @param average how to average the sensitivity and the specificity
     * @return the averaged G-mean in [0, 1]
     * @throws NullPointerException if {@code average} is null
     * @since 0.2
     */
    public double gMean(Average average) {
        Checks.notNull(average, "average");
        return Math.sqrt(recall(average) * specificity(average));
    }

    /**
     * Index balanced accuracy (García, Mollineda &amp; Sánchez 2009) wrapped around any metric, as
     * imbalanced-learn's {@code make_index_balanced_accuracy(alpha, squared)(metric)(..., average=...)}:
     * with \( M \) the metric's value on this matrix and the dominance
     * \( D = R_{avg} - S_{avg} \) of the sensitivity and specificity averaged the same way,
     * \[ \mathrm{IBA}_\alpha(M) = (1 + \alpha D) \cdot M^{q}, \qquad q = 2 \text{ if squared, else } 1. \]
     * Pass the averaging the metric itself uses, e.g.
     * {@code m.indexBalancedAccuracy(x -> x.f1(Average.MACRO), Average.MACRO, 0.1, true)}; for the
     * default multiclass {@link #gMean()} imbalanced-learn uses {@link Average#MACRO}.
     *
     * @param metric  the metric to weigh, evaluated on this matrix
     * @param average how the sensitivity and the specificity of the dominance are averaged
     * @param alpha   weight of the dominance, finite (imbalanced-learn's default 0.1)
     * @param squared whether the metric is squared first (imbalanced-learn's default {@code true})
     * @return the index
     * @throws NullPointerException     if {@code metric} or {@code average} is null
     * @throws IllegalArgumentException if {@code alpha} is not finite
     * @since 0.2
     */
    public double indexBalancedAccuracy(ToDoubleFunction<ConfusionMatrix> metric, Average average, double alpha,
                                        boolean squared) {
        Checks.notNull(metric, "metric");
        Checks.notNull(average, "average");
        Checks.finite(alpha, "alpha");
        double score = metric.applyAsDouble(this);
        if (squared) {
            score *= score;
        }
        return (1.0 + alpha * (recall(average) - specificity(average))) * score;
    }

    /**
     * Index balanced accuracy wrapped around any metric with the one-vs-rest dominance of one
     * class, as imbalanced-learn's {@code make_index_balanced_accuracy(alpha, squared)(metric)} for
     * a binary task ({@code average="binary"}, {@code pos_label=positiveClass}):
     * \( (1 + \alpha (R_c - S_c)) \cdot M^{q} \) (see
     * {@link #indexBalancedAccuracy(ToDoubleFunction, Average, double, boolean)}).
     *
     * @param metric        the metric to weigh, evaluated on this matrix
     * @param positiveClass the class \( c \) whose recall and specificity form the dominance
     * @param alpha         weight of the dominance, finite
     * @param squared       whether the metric is squared first
     * @return the index
     * @throws NullPointerException     if {@code metric} is null
     * @throws IllegalArgumentException if {@code positiveClass} is out of range or {@code alpha} is
     *                                  not finite
     * @since 0.2
     */
    public double indexBalancedAccuracy(ToDoubleFunction<ConfusionMatrix> metric, int positiveClass, double alpha,
                                        boolean squared) {
        Checks.notNull(metric, "metric");
        Checks.index(positiveClass, k, "positiveClass");
        Checks.finite(alpha, "alpha");
        double score = metric.applyAsDouble(this);
        if (squared) {
            score *= score;
        }
        return (1.0 + alpha * (recall(positiveClass) - specificity(positiveClass))) * score;
    }

    /**
     * Geometric mean of the per-class recalls over the present classes, as imbalanced-learn's
     * {@code geometric_mean_score} (default {@code average="multiclass"}, {@code correction=0}):
     * for a binary task \( \sqrt{TPR \cdot TNR} \). A present class with recall 0 (including a
     * class that is predicted but never occurs) makes it 0.
     *
     * @return the G-mean in [0, 1]
     */
    public double gMean() {
        double logSum = 0;
        int m = 0;
        for (int c : labels()) {
            double r = recall(c);
            if (r == 0) {
                return 0.0;
            }
            logSum += Math.log(r);
            m++;
        }
        return Math.exp(logSum / m);
    }

    /**
     * Matthews correlation coefficient in its multiclass form (Gorodkin 2004), as scikit-learn's
     * {@code matthews_corrcoef}: with \( t_c \) the actual and \( p_c \) the predicted totals and
     * \( s = \sum_c C_{cc} \),
     * \[ \mathrm{MCC} = \frac{s\,n - \sum_c t_c p_c}
     *     {\sqrt{(n^2 - \sum_c p_c^2)(n^2 - \sum_c t_c^2)}} \]
     * and 0 when the denominator is 0 (a single class among the actual or the predicted labels).
     *
     * @return the MCC in [−1, 1]
     */
    public double mcc() {
        double n = totalW;
        double s = 0;
        double tp = 0;
        double pp = 0;
        double tt = 0;
        for (int c = 0; c < k; c++) {
            s += cell(c * k + c);
            tp += actualW[c] * predictedW[c];
            pp += predictedW[c] * predictedW[c];
            tt += actualW[c] * actualW[c];
        }
        double covYtYp = s * n - tp;
        double covYpYp = n * n - pp;
        double covYtYt = n * n - tt;
        if (covYpYp * covYtYt == 0) {
            return 0.0;
        }
        double mcc = covYtYp / Math.sqrt(covYtYt * covYpYp);
        return Math.max(-1.0, Math.min(1.0, mcc));
    }

    /**
     * Cohen's kappa, as scikit-learn's {@code cohen_kappa_score} (unweighted):
     * \[ \kappa = 1 - \frac{\sum_{a \ne p} C_{ap}}{\sum_{a \ne p} t_a p_p / n} \]
     * (observed over chance-expected disagreement).
     *
     * @return kappa in [−1, 1], or {@code NaN} when the expected disagreement is 0 (a single
     *         class among both the actual and the predicted labels), as scikit-learn
     */
    public double cohenKappa() {
        return cohenKappa(KappaWeights.NONE);   // weight 1: the same sums, the same bits
    }

    /**
     * How {@link #cohenKappa(KappaWeights)} weighs a disagreement between actual class \( a \)
     * and predicted class \( p \) (scikit-learn's {@code weights} argument of
     * {@code cohen_kappa_score}). The classes are ordered by their index, as scikit-learn with
     * {@code labels=range(k)}.
     *
     * @since 0.2
     */
    public enum KappaWeights {
        /** \( w_{ap} = [a \ne p] \): Cohen's unweighted kappa ({@code weights=None}). */
        NONE,
        /** \( w_{ap} = |a - p| \) ({@code weights="linear"}). */
        LINEAR,
        /** \( w_{ap} = (a - p)^2 \) ({@code weights="quadratic"}). */
        QUADRATIC
    }

    /**
     * Weighted Cohen's kappa (Cohen 1968), as scikit-learn's
     * {@code cohen_kappa_score(weights=...)} with {@code labels=range(k)}: with disagreement
     * weights \( w_{ap} \) (see {@link KappaWeights}), actual totals \( t_a \) and predicted
     * totals \( p_p \),
     * \[ \kappa_w = 1 - \frac{\sum_{a,p} w_{ap} C_{ap}}{\sum_{a,p} w_{ap}\, t_a p_p / n}. \]
     * {@code cohenKappa(KappaWeights.NONE)} equals {@link #cohenKappa()}; for two classes all
     * three weightings agree.
     *
     * @param weights the disagreement weights
     * @return kappa in [−1, 1], or {@code NaN} when the expected disagreement is 0, as scikit-learn
     * @throws NullPointerException if {@code weights} is null
     */
    public double cohenKappa(KappaWeights weights) {
        Checks.notNull(weights, "weights");
        double n = totalW;
        double observed = 0;
        double expected = 0;
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                if (a == p) {
                    continue;
                }
                double d = Math.abs(a - p);
                double w = switch (weights) {
                    case NONE -> 1.0;
                    case LINEAR -> d;
                    case QUADRATIC -> d * d;
                };
                observed += w * cell(a * k + p);
                expected += w * (actualW[a] * predictedW[p] / n);
            }
        }
        if (expected == 0) {
            return Double.NaN;
        }
        return 1.0 - observed / expected;
    }

    /**
     * Over which totals {@link #normalized(Normalization)} divides the counts (scikit-learn's
     * {@code confusion_matrix(normalize=...)}).
     *
     * @since 0.2
     */
    public enum Normalization {
        /** Each row by its actual total \( t_a \): row \( a \) holds the recall profile ({@code "true"}). */
        ACTUAL,
        /** Each column by its predicted total \( p_p \): column \( p \) holds the precision profile ({@code "pred"}). */
        PREDICTED,
        /** Every count by the total \( n \) ({@code "all"}). */
        ALL
    }

    /**
     * The counts as fractions, as scikit-learn's {@code confusion_matrix(normalize=...)}:
     * \( C_{ap}/t_a \) ({@link Normalization#ACTUAL}), \( C_{ap}/p_p \)
     * ({@link Normalization#PREDICTED}) or \( C_{ap}/n \) ({@link Normalization#ALL}).
     * A row (column) whose total is 0 is all 0, as scikit-learn.
     *
     * @param over the totals to divide by
     * @return a new {@code k × k} array, {@code [actual][predicted]}, entries in [0, 1]
     * @throws NullPointerException if {@code over} is null
     */
    public double[][] normalized(Normalization over) {
        Checks.notNull(over, "over");
        double[][] out = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                double den = switch (over) {
                    case ACTUAL -> actualW[a];
                    case PREDICTED -> predictedW[p];
                    case ALL -> totalW;
                };
                out[a][p] = ratio(cell(a * k + p), den);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ Object

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && m.k == k && Arrays.equals(m.counts, counts)
                && Arrays.equals(m.labels, labels) && Arrays.equals(m.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * k + Arrays.hashCode(counts)) + Arrays.hashCode(labels)) + Arrays.hashCode(weights);
    }

    /**
     * Returns the counts as a table, rows = actual, columns = predicted, labelled with the class
     * names (see {@link #withClassNames(List)}), followed by the total and the accuracy, e.g.
     * <pre>
     * actual \ predicted  setosa  versicolor  virginica
     * setosa                  50           0          0
     * versicolor               0          48          2
     * virginica                0           4         46
     * n = 150, accuracy = 0.96
     * </pre>
     *
     * <p>A weighted matrix shows the summed weights (4 significant digits) and its total weight.
     * Matrices of more than 20 classes print one line with the class count, total and accuracy.
     *
     * @return a readable table
     */
    @Override
    public String toString() {
        if (k > 20) {
            return "ConfusionMatrix(" + k + " classes, n = " + total + ", accuracy = " + Format.sig(accuracy()) + ")";
        }
        List<String> cn = classNames();
        String[] head = new String[k + 1];
        head[0] = "actual \\ predicted";
        for (int p = 0; p < k; p++) {
            head[p + 1] = cn.get(p);
        }
        Format.Table t = Format.table(head);
        for (int a = 0; a < k; a++) {
            String[] row = new String[k + 1];
            row[0] = cn.get(a);
            for (int p = 0; p < k; p++) {
                row[p + 1] = weights == null ? Long.toString(counts[a * k + p]) : Format.sig(cell(a * k + p));
            }
            t.row(row);
        }
        String n = weights == null ? "n = " + total : "n = " + total + ", total weight = " + Format.sig(totalW);
        return t + "\n" + n + ", accuracy = " + Format.sig(accuracy());
    }
}
