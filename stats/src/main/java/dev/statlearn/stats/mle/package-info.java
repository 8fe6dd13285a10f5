/**
 * Maximum-likelihood estimation with uncertainty.
 *
 * <p>{@link dev.statlearn.stats.mle.Mle} holds one estimator per family of
 * {@link dev.statlearn.stats.distribution} (closed forms where they exist; Newton's method
 * on the score equations for the gamma and beta families), a generic numerical estimator
 * for a user's own model, and model selection by AIC. Every estimator returns a
 * {@link dev.statlearn.stats.mle.Fit}: the fitted distribution, its log-likelihood, AIC and
 * BIC, and standard errors and Wald intervals from the Fisher information.
 *
 * <p>Estimates agree with SciPy's {@code fit} methods ({@code norm.fit},
 * {@code expon.fit(floc=0)}, {@code gamma.fit(floc=0)}, {@code beta.fit(floc=0, fscale=1)},
 * {@code lognorm.fit(floc=0)}, {@code laplace.fit}, {@code uniform.fit}), also with one parameter
 * held fixed ({@link dev.statlearn.stats.mle.Fixed}, SciPy's {@code floc}, {@code fscale},
 * {@code f0}, {@code f1}).
 *
 * @since 0.1
 */
package dev.statlearn.stats.mle;
