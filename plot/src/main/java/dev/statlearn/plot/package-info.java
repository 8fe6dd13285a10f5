/**
 * Figures from statlearn's own results: one static call turns a result type (a ROC curve, a
 * reliability table, a training history, a Monte Carlo trace, a fit, a posterior, a drift report,
 * a resampled dataset) into a {@link dev.statlearn.plot.Figure}, which saves to PNG or SVG, renders
 * to an image or PNG bytes, and shows in a window where there is a display.
 *
 * <h2>Builders</h2>
 * <ul>
 *   <li>{@link dev.statlearn.plot.EvaluationPlots}: ROC curves with the AUC and its DeLong
 *       interval, precision–recall curves with the average precision, reliability diagrams,
 *       confusion-matrix heat maps, metrics and expected cost against the threshold.</li>
 *   <li>{@link dev.statlearn.plot.TrainingPlots}: loss and accuracy per epoch, training against
 *       validation, best epoch marked.</li>
 *   <li>{@link dev.statlearn.plot.MonitoringPlots}: drift per feature on the report's bins, class
 *       counts before and after resampling, SMOTE's synthetic rows.</li>
 *   <li>{@link dev.statlearn.plot.DataPlots}: per-feature histograms (by class), scatter
 *       matrix.</li>
 *   <li>{@link dev.statlearn.plot.MonteCarloPlots}: convergence of one run, spread of
 *       replications.</li>
 *   <li>{@link dev.statlearn.plot.DistributionPlots}: densities, pmfs and CDFs, maximum-likelihood
 *       fits ranked by AIC, Q–Q plots, divergences of two distributions.</li>
 *   <li>{@link dev.statlearn.plot.BayesPlots}: prior, likelihood and posterior with the
 *       highest-density region; a diagnostic test's posterior after each result.</li>
 * </ul>
 *
 * <h2>One look</h2>
 * Every figure shares one theme: the same fonts and colour cycle (Tableau 10, in series order),
 * tick labels with a leading zero ({@code 0.05}) and thousands grouped ({@code 1,000}), round
 * axis ranges, reference lines (chance, baselines, exact values, chosen thresholds, best epochs)
 * grey and dashed, legends inside the plot on a translucent white background where the data
 * leave room, and numbers in titles, legends and text boxes with 3–4 significant digits.
 *
 * <h2>Histograms</h2>
 * A histogram is one series drawn as a filled outline through
 * \( (e_0, 0), (e_0, h_0), (e_1, h_0), (e_1, h_1), \dots, (e_k, h_{k-1}), (e_k, 0) \) for edges
 * \( e_0 &lt; \dots &lt; e_k \) and heights \( h_i \): bin \( i \)'s height is {@code y[2i + 1]},
 * its edges {@code x[2i + 1]} and {@code x[2i + 2]}. Bins are equal-width and span the data;
 * unless a figure says otherwise their number follows numpy's {@code bins="auto"} rule (see
 * {@link dev.statlearn.plot.DataPlots}), and counts follow
 * {@link dev.statlearn.stats.divergence.Histogram} (the last bin holds its right edge).
 *
 * <p>Charts are drawn by XChart (Apache-2.0); SVG is written by Apache Batik's SVG generator
 * painting the same chart. Nothing needs a display: every figure renders headless.
 */
package dev.statlearn.plot;
