/**
 * Decision thresholds for binary scores: {@link dev.statlearn.eval.threshold.Thresholds} selects
 * a threshold by Youden's J, maximum F-beta, G-mean or MCC, minimum expected cost, or the highest
 * recall at a minimum precision; each returns an
 * {@link dev.statlearn.eval.threshold.OperatingPoint} with its confusion counts, which
 * {@link dev.statlearn.eval.threshold.OperatingPoint#project(double, double) projects} to business
 * volumes ({@link dev.statlearn.eval.threshold.BusinessProjection}).
 *
 * <p>The rule is always "predict positive iff score &ge; threshold".
 *
 * @since 0.1
 */
package dev.statlearn.eval.threshold;
