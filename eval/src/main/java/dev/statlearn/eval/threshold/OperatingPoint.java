package dev.statlearn.eval.threshold;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.eval.ConfusionMatrix;


/**
 * A decision threshold with the binary confusion matrix it produces on the evaluation data
 * (rule: positive, class 1, iff score &ge; threshold) and the value of the criterion that chose it.
 *
 * @param criterion name of the selection criterion, e.g. {@code "max F1"}
 * @param threshold the threshold (may exceed every score: nothing flagged)
 * @param value     the criterion's value at this threshold
 * @param matrix    the 2 × 2 confusion matrix at this threshold
 * @since 0.1
 */
public record OperatingPoint(String criterion, double threshold, double value, ConfusionMatrix matrix) {

    /**
     * Checks the point.
     *
     * @throws NullPointerException     if {@code criterion} or {@code matrix} is null
     * @throws IllegalArgumentException if the matrix is not 2 × 2 or {@code threshold} is NaN
     */
    public OperatingPoint {
        Checks.notNull(criterion, "criterion");
        Checks.notNull(matrix, "matrix");
        if (matrix.numClasses() != 2) {
            throw new IllegalArgumentException("matrix must have 2 classes, had " + matrix.numClasses());
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must not be NaN");
        }
    }

    /**
     * Returns the positives flagged.
     *
     * @return TP
     */
    public long truePositives() {
        return matrix.truePositives(1);
    }

    /**
     * Returns the negatives flagged.
     *
     * @return FP
     */
    public long falsePositives() {
        return matrix.falsePositives(1);
    }

    /**
     * Returns the positives not flagged.
     *
     * @return FN
     */
    public long falseNegatives() {
        return matrix.falseNegatives(1);
    }

    /**
     * Returns the negatives not flagged.
     *
     * @return TN
     */
    public long trueNegatives() {
        return matrix.trueNegatives(1);
    }

    /**
     * Returns the recall (TPR) of the positive class.
     *
     * @return TP / (TP + FN), 0 if there are no positives
     */
    public double recall() {
        return matrix.recall(1);
    }

    /**
     * Returns the false-positive rate.
     *
     * @return FP / (FP + TN), 0 if there are no negatives
     */
    public double falsePositiveRate() {
        return matrix.falsePositiveRate(1);
    }

    /**
     * Returns the precision of the positive class.
     *
     * @return TP / (TP + FP), 0 if nothing is flagged
     */
    public double precision() {
        return matrix.precision(1);
    }

    /**
     * Returns the fraction of positives in the evaluation data.
     *
     * @return (TP + FN) / n
     */
    public double prevalence() {
        return (double) matrix.support(1) / matrix.total();
    }

    /**
     * Projects this point's TPR and FPR to {@code volume} cases with the evaluation data's prevalence.
     *
     * @param volume number of cases, {@code > 0}
     * @return the projection
     * @throws IllegalArgumentException if {@code volume} is not positive and finite
     */
    public BusinessProjection project(double volume) {
        return project(volume, prevalence());
    }

    /**
     * Projects this point's TPR and FPR to {@code volume} cases of which a fraction
     * {@code prevalence} is positive.
     *
     * @param volume     number of cases, {@code > 0}
     * @param prevalence fraction of positives in [0, 1]
     * @return the projection
     * @throws IllegalArgumentException if an argument is out of range
     */
    public BusinessProjection project(double volume, double prevalence) {
        return BusinessProjection.of(volume, prevalence, recall(), falsePositiveRate());
    }

    /**
     * Returns e.g. {@code "max F1: threshold 16.82 (value 0.8905): TP=179 FP=11 FN=33 TN=346,
     * precision 0.9421, recall 0.8443, FPR 0.0308"}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return criterion + ": threshold " + Format.sig(threshold, 6) + " (value " + Format.sig(value) + "): TP="
                + truePositives() + " FP=" + falsePositives() + " FN=" + falseNegatives() + " TN=" + trueNegatives()
                + ", precision " + Format.sig(precision()) + ", recall " + Format.sig(recall()) + ", FPR "
                + Format.sig(falsePositiveRate());
    }
}
