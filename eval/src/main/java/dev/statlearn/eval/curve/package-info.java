/**
 * Score-based curves of binary classifiers: {@link dev.statlearn.eval.curve.RocCurve} (with
 * multiclass one-vs-rest and one-vs-one AUC, partial AUC), {@link dev.statlearn.eval.curve.PrecisionRecallCurve}
 * (with multiclass average precision), their sample-weighted counterparts
 * {@link dev.statlearn.eval.curve.WeightedRocCurve} and {@link dev.statlearn.eval.curve.WeightedPrecisionRecallCurve}
 * (summed weights where the plain curves count), the DET curve {@link dev.statlearn.eval.curve.DetCurve}, and
 * DeLong's confidence interval for the AUC ({@link dev.statlearn.eval.curve.DeLong}); a bootstrap
 * interval for any metric is {@link dev.statlearn.eval.Bootstrap}.
 *
 * <p>All curves share one O(n log n) kernel: positive and negative scores are sorted as primitive
 * arrays and merged in one pass. Scores must be finite; ties form one curve point. The point
 * lists are written once over cumulative totals, exact {@code int} counts for the plain curves (which
 * {@link dev.statlearn.eval.threshold.Thresholds} reads) and {@code double} weights for the weighted ones.
 *
 * @since 0.1
 */
package dev.statlearn.eval.curve;
