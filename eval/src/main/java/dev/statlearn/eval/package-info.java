/**
 * Imbalance-aware evaluation: {@link dev.statlearn.eval.ConfusionMatrix} with its per-class and
 * averaged metrics ({@link dev.statlearn.eval.Average}),
 * {@link dev.statlearn.eval.ClassificationReport}, and seeded {@link dev.statlearn.eval.Bootstrap}
 * confidence intervals ({@link dev.statlearn.eval.ConfidenceInterval}: an estimate with a
 * {@link dev.statlearn.core.Interval}) for any metric. Labels are class indices {@code 0..k-1}; for
 * binary tasks the positive class is {@code 1} unless the caller names another. Multilabel targets
 * (0/1 indicator matrices) are counted by {@link dev.statlearn.eval.MultilabelConfusion}; metrics of
 * real-valued class scores (top-k accuracy, hinge loss) are in {@link dev.statlearn.eval.DecisionScores}.
 *
 * <p>Subpackages hold score-based curves ({@code curve}), probability quality
 * ({@code calibration}) and threshold selection ({@code threshold}).
 *
 * @since 0.1
 */
package dev.statlearn.eval;
