package dev.statlearn.eval;

import dev.statlearn.core.Checks;

/**
 * Confusion counts of multilabel targets, where each sample carries any subset of \( L \) labels,
 * given as 0/1 indicator matrices (scikit-learn's multilabel-indicator format): one binary
 * {@link ConfusionMatrix} per label (scikit-learn's {@code multilabel_confusion_matrix}), the
 * label-averaged metrics and the sample-averaged ones.
 *
 * <p>For label \( j \): \( TP_j = \#\{i : y_{ij} = \hat y_{ij} = 1\} \), and likewise
 * \( FP_j \), \( FN_j \), \( TN_j \). Label averages ({@link Average}) run over <em>all</em>
 * \( L \) labels, as scikit-learn does for multilabel targets: {@link Average#MACRO} is the mean
 * of the per-label values, {@link Average#WEIGHTED} weighs label \( j \) by its support
 * \( TP_j + FN_j \), {@link Average#MICRO} computes the metric once from the summed counts.
 * Sample averages compute the metric per sample from its sets \( Y_i \) (actual) and
 * \( \hat Y_i \) (predicted) and take the mean over samples:
 * \[ P^{s} = \frac1n \sum_i \frac{|Y_i \cap \hat Y_i|}{|\hat Y_i|}, \quad
 *    R^{s} = \frac1n \sum_i \frac{|Y_i \cap \hat Y_i|}{|Y_i|}, \quad
 *    J^{s} = \frac1n \sum_i \frac{|Y_i \cap \hat Y_i|}{|Y_i \cup \hat Y_i|}, \]
 * and \( F_\beta^{s} \) the mean of the per-sample \( F_\beta \). Every ratio with denominator 0 is 0
 * (scikit-learn's {@code zero_division=0}), also for a sample with no actual and no predicted label.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class MultilabelConfusion {

    private final int n;
    private final int labels;
    private final long[] tp;
    private final long[] fp;
    private final long[] fn;
    /** Per sample: |Y ∩ Ŷ|, |Ŷ|, |Y|. */
    private final int[] hits;
    private final int[] predictedSize;
    private final int[] actualSize;
    private final long exactRows;

    private MultilabelConfusion(int[][] actual, int[][] predicted) {
        this.n = actual.length;
        this.labels = actual[0].length;
        this.tp = new long[labels];
        this.fp = new long[labels];
        this.fn = new long[labels];
        this.hits = new int[n];
        this.predictedSize = new int[n];
        this.actualSize = new int[n];
        long exact = 0;
        for (int i = 0; i < n; i++) {
            boolean same = true;
            for (int j = 0; j < labels; j++) {
                int y = actual[i][j];
                int p = predicted[i][j];
                if (y == 1 && p == 1) {
                    tp[j]++;
                    hits[i]++;
                } else if (p == 1) {
                    fp[j]++;
                } else if (y == 1) {
                    fn[j]++;
                }
                actualSize[i] += y;
                predictedSize[i] += p;
                same &= y == p;
            }
            exact += same ? 1 : 0;
        }
        this.exactRows = exact;
    }

    /**
     * Counts two 0/1 indicator matrices.
     *
     * @param actual    {@code n × L} actual indicators, each 0 or 1, {@code n, L >= 1}. Not modified.
     * @param predicted {@code n × L} predicted indicators, same shape. Not modified.
     * @return the counts
     * @throws NullPointerException     if an argument or a row is null
     * @throws IllegalArgumentException if a matrix is empty or ragged, the shapes differ, or an
     *                                  entry is not 0 or 1
     */
    public static MultilabelConfusion of(int[][] actual, int[][] predicted) {
        checkIndicators(actual, "actual");
        checkIndicators(predicted, "predicted");
        Checks.sameLength(actual.length, "actual", predicted.length, "predicted");
        if (actual[0].length != predicted[0].length) {
            throw new IllegalArgumentException("actual has " + actual[0].length + " labels (columns) but predicted has "
                    + predicted[0].length);
        }
        return new MultilabelConfusion(actual, predicted);
    }

    private static void checkIndicators(int[][] x, String name) {
        Checks.notNull(x, name);
        if (x.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row");
        }
        int cols = Checks.notNull(x[0], name + "[0]").length;
        if (cols == 0) {
            throw new IllegalArgumentException(name + " must have at least one column (label)");
        }
        for (int i = 0; i < x.length; i++) {
            int[] row = Checks.notNull(x[i], name + "[" + i + "]");
            if (row.length != cols) {
                throw new IllegalArgumentException(name + "[" + i + "] has " + row.length + " columns but " + name
                        + "[0] has " + cols);
            }
            for (int j = 0; j < cols; j++) {
                if (row[j] != 0 && row[j] != 1) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] must be 0 or 1, was " + row[j]);
                }
            }
        }
    }

    /**
     * Returns the number of labels \( L \).
     *
     * @return the number of labels (columns)
     */
    public int numLabels() {
        return labels;
    }

    /**
     * Returns the number of samples \( n \).
     *
     * @return the number of samples (rows)
     */
    public int size() {
        return n;
    }

    /**
     * The binary confusion matrix of label {@code j} (class 1 = label present), as one entry of
     * scikit-learn's {@code multilabel_confusion_matrix}.
     *
     * @param j label in {@code [0, L)}
     * @return the 2 × 2 matrix with \( TP_j, FP_j, FN_j, TN_j \)
     * @throws IllegalArgumentException if {@code j} is out of range
     */
    public ConfusionMatrix label(int j) {
        Checks.index(j, labels, "j");
        return ConfusionMatrix.binary(tp[j], fp[j], fn[j], n - tp[j] - fp[j] - fn[j]);
    }

    private static double ratio(double num, double den) {
        return den == 0 ? 0.0 : num / den;
    }

    private static double fScore(double p, double r, double beta) {
        double b2 = beta * beta;
        if (b2 == Double.POSITIVE_INFINITY) {
            return r;
        }
        double den = b2 * p + r;
        return den == 0 ? 0.0 : (1 + b2) * p * r / den;
    }

    private interface LabelMetric {
        double of(long tp, long fp, long fn);
    }

    private double average(Average average, LabelMetric metric) {
        Checks.notNull(average, "average");
        if (average == Average.MICRO) {
            long t = 0;
            long f = 0;
            long m = 0;
            for (int j = 0; j < labels; j++) {
                t += tp[j];
                f += fp[j];
                m += fn[j];
            }
            return metric.of(t, f, m);
        }
        double num = 0;
        double den = 0;
        for (int j = 0; j < labels; j++) {
            double w = average == Average.WEIGHTED ? tp[j] + fn[j] : 1.0;
            num += w * metric.of(tp[j], fp[j], fn[j]);
            den += w;
        }
        return ratio(num, den);
    }

    /**
     * Label-averaged precision \( TP/(TP+FP) \) (scikit-learn's {@code precision_score(average=...)}).
     *
     * @param average how to average over the labels
     * @return the averaged precision in [0, 1]
     * @throws NullPointerException if {@code average} is null
     */
    public double precision(Average average) {
        return average(average, (t, f, m) -> ratio(t, t + f));
    }

    /**
     * Label-averaged recall \( TP/(TP+FN) \).
     *
     * @param average how to average over the labels
     * @return the averaged recall in [0, 1]
     * @throws NullPointerException if {@code average} is null
     */
    public double recall(Average average) {
        return average(average, (t, f, m) -> ratio(t, t + m));
    }

    /**
     * Label-averaged \( F_\beta = (1+\beta^2)PR/(\beta^2P+R) \); micro from the micro precision
     * and recall.
     *
     * @param average how to average over the labels
     * @param beta    weight of recall, in \( [0, +\infty] \)
     * @return the averaged score in [0, 1]
     * @throws NullPointerException     if {@code average} is null
     * @throws IllegalArgumentException if {@code beta} is negative or NaN
     */
    public double fBeta(Average average, double beta) {
        checkBeta(beta);
        return average(average, (t, f, m) -> fScore(ratio(t, t + f), ratio(t, t + m), beta));
    }

    /**
     * Label-averaged \( F_1 \).
     *
     * @param average how to average over the labels
     * @return the averaged F1 in [0, 1]
     * @throws NullPointerException if {@code average} is null
     */
    public double f1(Average average) {
        return fBeta(average, 1.0);
    }

    /**
     * Label-averaged Jaccard index \( TP/(TP+FP+FN) \).
     *
     * @param average how to average over the labels
     * @return the averaged Jaccard index in [0, 1]
     * @throws NullPointerException if {@code average} is null
     */
    public double jaccard(Average average) {
        return average(average, (t, f, m) -> ratio(t, t + f + m));
    }

    private static void checkBeta(double beta) {
        if (!(beta >= 0)) {
            throw new IllegalArgumentException("beta must be in [0, +Infinity], was " + beta);
        }
    }

    /**
     * Sample-averaged precision \( \frac1n \sum_i |Y_i \cap \hat Y_i| / |\hat Y_i| \)
     * (scikit-learn's {@code average="samples"}).
     *
     * @return the sample-averaged precision in [0, 1]
     */
    public double samplesAveragedPrecision() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += ratio(hits[i], predictedSize[i]);
        }
        return s / n;
    }

    /**
     * Sample-averaged recall \( \frac1n \sum_i |Y_i \cap \hat Y_i| / |Y_i| \).
     *
     * @return the sample-averaged recall in [0, 1]
     */
    public double samplesAveragedRecall() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += ratio(hits[i], actualSize[i]);
        }
        return s / n;
    }

    /**
     * Sample-averaged \( F_\beta \): the mean over samples of \( F_\beta \) of the sample's own
     * precision and recall.
     *
     * @param beta weight of recall, in \( [0, +\infty] \)
     * @return the sample-averaged score in [0, 1]
     * @throws IllegalArgumentException if {@code beta} is negative or NaN
     */
    public double samplesAveragedFBeta(double beta) {
        checkBeta(beta);
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += fScore(ratio(hits[i], predictedSize[i]), ratio(hits[i], actualSize[i]), beta);
        }
        return s / n;
    }

    /**
     * Sample-averaged Jaccard index \( \frac1n \sum_i |Y_i \cap \hat Y_i| / |Y_i \cup \hat Y_i| \).
     *
     * @return the sample-averaged Jaccard index in [0, 1]
     */
    public double samplesAveragedJaccard() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += ratio(hits[i], actualSize[i] + predictedSize[i] - hits[i]);
        }
        return s / n;
    }

    /**
     * Subset accuracy: the fraction of samples whose predicted label set equals the actual one
     * exactly (scikit-learn's {@code accuracy_score} on multilabel targets).
     *
     * @return the subset accuracy in [0, 1]
     */
    public double subsetAccuracy() {
        return (double) exactRows / n;
    }

    /**
     * Hamming loss: the fraction of wrong indicator entries,
     * \( \sum_j (FP_j + FN_j) / (nL) \) (scikit-learn's {@code hamming_loss}).
     *
     * @return the Hamming loss in [0, 1]
     */
    public double hammingLoss() {
        double wrong = 0;
        for (int j = 0; j < labels; j++) {
            wrong += fp[j] + fn[j];
        }
        return wrong / ((double) n * labels);
    }

    /**
     * Returns a one-line summary.
     *
     * @return e.g. {@code "MultilabelConfusion[n=40, 5 labels, micro F1=0.58, subset accuracy=0.25]"}
     */
    @Override
    public String toString() {
        return "MultilabelConfusion[n=" + n + ", " + labels + " labels, micro F1="
                + dev.statlearn.core.internal.Format.sig(f1(Average.MICRO)) + ", subset accuracy="
                + dev.statlearn.core.internal.Format.sig(subsetAccuracy()) + "]";
    }
}
