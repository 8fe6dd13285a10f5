package dev.statlearn.eval.validation;

import dev.statlearn.core.Checks;
import dev.statlearn.eval.Average;
import dev.statlearn.eval.ConfusionMatrix;
import java.util.function.ToDoubleFunction;

/**
 * A named classification metric computed from one test fold's {@link ConfusionMatrix}, e.g.
 * {@code FoldMetric.of("F1 (fraud)", cm -> cm.f1(1))}.
 *
 * @param name           display name, not blank
 * @param function       the metric of a confusion matrix
 * @param higherIsBetter whether larger values are better (false for error rates); decides the
 *                       sign of the improvement over a baseline
 * @since 0.1
 */
public record FoldMetric(String name, ToDoubleFunction<ConfusionMatrix> function, boolean higherIsBetter) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public FoldMetric {
        Checks.notNull(name, "name");
        Checks.notNull(function, "function");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    /**
     * A metric where higher is better.
     *
     * @param name     display name
     * @param function the metric
     * @return the metric
     */
    public static FoldMetric of(String name, ToDoubleFunction<ConfusionMatrix> function) {
        return new FoldMetric(name, function, true);
    }

    /**
     * Accuracy.
     *
     * @return the metric
     */
    public static FoldMetric accuracy() {
        return of("accuracy", ConfusionMatrix::accuracy);
    }

    /**
     * Balanced accuracy (mean recall).
     *
     * @return the metric
     */
    public static FoldMetric balancedAccuracy() {
        return of("balanced accuracy", ConfusionMatrix::balancedAccuracy);
    }

    /**
     * F1 of one class.
     *
     * @param c class index
     * @return the metric
     */
    public static FoldMetric f1(int c) {
        Checks.nonNegative(c, "c");
        return of("F1(" + c + ")", cm -> cm.f1(c));
    }

    /**
     * Macro-averaged F1.
     *
     * @return the metric
     */
    public static FoldMetric macroF1() {
        return of("macro F1", cm -> cm.f1(Average.MACRO));
    }

    /**
     * Recall (sensitivity) of one class.
     *
     * @param c class index
     * @return the metric
     */
    public static FoldMetric recall(int c) {
        Checks.nonNegative(c, "c");
        return of("recall(" + c + ")", cm -> cm.recall(c));
    }

    /**
     * Precision of one class.
     *
     * @param c class index
     * @return the metric
     */
    public static FoldMetric precision(int c) {
        Checks.nonNegative(c, "c");
        return of("precision(" + c + ")", cm -> cm.precision(c));
    }

    /**
     * G-mean (geometric mean of the per-class recalls).
     *
     * @return the metric
     */
    public static FoldMetric gMean() {
        return of("G-mean", ConfusionMatrix::gMean);
    }

    /**
     * Matthews correlation coefficient.
     *
     * @return the metric
     */
    public static FoldMetric mcc() {
        return of("MCC", ConfusionMatrix::mcc);
    }

    /**
     * The name and direction (the function has no readable form), e.g.
     * {@code FoldMetric(accuracy, higher is better)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "FoldMetric(" + name + (higherIsBetter ? ", higher is better)" : ", lower is better)");
    }
}
