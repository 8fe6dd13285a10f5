/**
 * Quality of predicted probabilities: {@link dev.statlearn.eval.calibration.ProbabilityScores}
 * (log loss, Brier score) and the {@link dev.statlearn.eval.calibration.ReliabilityTable}
 * (calibration bins, expected calibration error).
 *
 * @since 0.1
 */
package dev.statlearn.eval.calibration;
