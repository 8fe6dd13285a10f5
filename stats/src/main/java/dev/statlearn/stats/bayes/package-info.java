/**
 * Bayesian updating: posterior = likelihood &times; prior / evidence.
 *
 * <ul>
 *   <li>{@link dev.statlearn.stats.bayes.Hypotheses}: a finite set of named hypotheses, updated in
 *       log space, chained.</li>
 *   <li>{@link dev.statlearn.stats.bayes.BinaryTest}: the diagnostic test (sensitivity,
 *       false-positive rate) and the probability of the condition after each result.</li>
 *   <li>{@link dev.statlearn.stats.bayes.GridPosterior}: one parameter on a grid, any prior and
 *       likelihood.</li>
 *   <li>{@link dev.statlearn.stats.bayes.MeanVarianceStd}: posteriors of a normal sample's mean,
 *       variance and standard deviation under Jeffreys' prior (SciPy's {@code bayes_mvs}).</li>
 *   <li>{@link dev.statlearn.stats.bayes.CredibleIntervals}: equal-tailed and highest-density
 *       credible intervals of a continuous posterior, as {@link dev.statlearn.core.Interval}.</li>
 * </ul>
 *
 * <p>All values are immutable; every update returns a new posterior, which is the prior of the next.
 *
 * @since 0.1
 */
package dev.statlearn.stats.bayes;
