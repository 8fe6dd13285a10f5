/**
 * Figures from statlearn's own results: one static call turns a result type (a ROC curve, a
 * reliability table, a training history, a Monte Carlo trace, a fit, a posterior, a drift report,
 * a resampled dataset) into a {@link dev.statlearn.plot.Figure}, which saves to PNG or SVG, renders
 * to an image or PNG bytes, and shows in a window where there is a display.
 *
 * <p>Charts are drawn by XChart (Apache-2.0); SVG is written by Apache Batik's SVG generator
 * painting the same chart. Nothing needs a display: every figure renders headless.
 *
 * <p>Entry points: {@link dev.statlearn.plot.EvaluationPlots} (ROC, PR, reliability, confusion
 * matrix, thresholds), {@link dev.statlearn.plot.TrainingPlots} (loss and accuracy per epoch),
 * {@link dev.statlearn.plot.MonitoringPlots} (drift, resampling, SMOTE),
 * {@link dev.statlearn.plot.MonteCarloPlots} (convergence, replications),
 * {@link dev.statlearn.plot.DistributionPlots} (densities, CDFs, fits, Q–Q, divergences),
 * {@link dev.statlearn.plot.BayesPlots} (prior, likelihood, posterior; sequential updating) and
 * {@link dev.statlearn.plot.DataPlots} (per-feature histograms, scatter matrix).
 */
package dev.statlearn.plot;
