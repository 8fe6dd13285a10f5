package dev.statlearn.stats.mle;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.core.internal.Format;
import dev.statlearn.stats.distribution.Normal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Result of a maximum-likelihood fit: the fitted model, its maximized log-likelihood, the
 * number of observations, named estimates with their standard errors, and information
 * criteria.
 *
 * <ul>
 *   <li>\( \mathrm{AIC} = 2k - 2\ell(\hat\theta) \) and
 *       \( \mathrm{BIC} = k \ln n - 2\ell(\hat\theta) \), with \( k \) the number of free
 *       parameters ({@link #parameterCount()}) and \( n \) the number of observations.</li>
 *   <li>Standard errors are the square roots of the diagonal of the estimated covariance
 *       of the estimates, \( \widehat{\operatorname{Cov}}(\hat\theta) = I(\hat\theta)^{-1} \),
 *       the inverse Fisher information of the whole sample (expected information in closed
 *       form for the built-in families, the observed information from a numerical Hessian for
 *       {@link Mle#fit}). Estimates on the boundary of the parameter space (e.g. \( \hat p = 0 \))
 *       get standard error 0; the Fisher-information approximation is not meaningful there.</li>
 *   <li>{@link #confidenceIntervals(double)} are Wald intervals
 *       \( \hat\theta_j \pm z_{(1+\text{level})/2}\, \mathrm{se}_j \), asymptotic and
 *       symmetric; they may cross the boundary of the parameter space.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; arrays are copied in and out.
 *
 * @param <D> type of the fitted model (a distribution for the built-in estimators)
 * @since 0.1
 */
public final class Fit<D> {

    private final D distribution;
    private final double logLikelihood;
    private final int n;
    private final int parameterCount;
    private final List<String> names;
    private final double[] estimates;
    private final double[][] covariance;

    private Fit(D distribution, double logLikelihood, int n, int parameterCount, List<String> names,
                double[] estimates, double[][] covariance) {
        this.distribution = distribution;
        this.logLikelihood = logLikelihood;
        this.n = n;
        this.parameterCount = parameterCount;
        this.names = names;
        this.estimates = estimates;
        this.covariance = covariance;
    }

    /**
     * Assembles a fit.
     *
     * @param distribution   fitted model
     * @param logLikelihood  maximized log-likelihood, finite
     * @param n              number of observations, {@code >= 1}, or 0 when unknown (then
     *                       {@link #bic()} is NaN)
     * @param parameterCount number of free parameters \( k \) for AIC/BIC, {@code >= 1}
     * @param names          parameter names, one per estimate, distinct
     * @param estimates      estimates; copied
     * @param covariance     estimated covariance of the estimates, square of the same size,
     *                       non-negative diagonal (\( +\infty \) allowed where a variance
     *                       overflows; the standard error is then \( +\infty \)); copied
     * @param <D>            type of the model
     * @return the fit
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if sizes disagree or a value is out of range
     */
    public static <D> Fit<D> of(D distribution, double logLikelihood, int n, int parameterCount,
                                List<String> names, double[] estimates, double[][] covariance) {
        Checks.notNull(distribution, "distribution");
        Checks.finite(logLikelihood, "logLikelihood");
        Checks.nonNegative(n, "n");
        Checks.positive(parameterCount, "parameterCount");
        Checks.notNull(names, "names");
        Checks.notNull(estimates, "estimates");
        Checks.notNull(covariance, "covariance");
        Checks.sameLength(names.size(), "names", estimates.length, "estimates");
        Checks.sameLength(covariance.length, "covariance", estimates.length, "estimates");
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("names must be distinct, was " + names);
        }
        double[][] cov = new double[covariance.length][];
        for (int i = 0; i < cov.length; i++) {
            Checks.notNull(covariance[i], "covariance[" + i + "]");
            Checks.sameLength(covariance[i].length, "covariance[" + i + "]", estimates.length, "estimates");
            cov[i] = covariance[i].clone();
            if (!(cov[i][i] >= 0)) {
                // +infinity is allowed: a variance that overflows (Mle.normal of data beyond 1e154)
                throw new IllegalArgumentException("covariance[" + i + "][" + i + "] must be >= 0, was " + cov[i][i]);
            }
        }
        return new Fit<>(distribution, logLikelihood, n, parameterCount,
                Collections.unmodifiableList(new ArrayList<>(names)), estimates.clone(), cov);
    }

    /**
     * The fitted model.
     *
     * @return the distribution with the estimated parameters
     */
    public D distribution() {
        return distribution;
    }

    /**
     * Maximized log-likelihood \( \ell(\hat\theta) \).
     *
     * @return the log-likelihood
     */
    public double logLikelihood() {
        return logLikelihood;
    }

    /**
     * Number of observations.
     *
     * @return \( n \), or 0 if unknown (a fit by {@link Mle#fit(ToDoubleFunction, double[])})
     */
    public int n() {
        return n;
    }

    /**
     * Number of free parameters \( k \) used by AIC and BIC (e.g. \( K - 1 \) for a categorical
     * over \( K \) outcomes, although \( K \) probabilities are reported).
     *
     * @return \( k \)
     */
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * Akaike information criterion \( 2k - 2\ell \) (smaller is better).
     *
     * @return the AIC
     */
    public double aic() {
        return 2.0 * parameterCount - 2.0 * logLikelihood;
    }

    /**
     * Bayesian (Schwarz) information criterion \( k \ln n - 2\ell \) (smaller is better).
     *
     * @return the BIC, NaN if the number of observations is unknown
     */
    public double bic() {
        if (n == 0) {
            return Double.NaN;
        }
        return parameterCount * Math.log(n) - 2.0 * logLikelihood;
    }

    /**
     * Parameter names, in the order of {@link #covariance()}.
     *
     * @return an unmodifiable list
     */
    public List<String> parameterNames() {
        return names;
    }

    /**
     * Estimates by parameter name, in order.
     *
     * @return an unmodifiable map
     */
    public Map<String, Double> estimates() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < estimates.length; i++) {
            m.put(names.get(i), estimates[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Estimate of one parameter.
     *
     * @param name parameter name
     * @return its estimate
     * @throws IllegalArgumentException if there is no such parameter
     */
    public double estimate(String name) {
        return estimates[indexOf(name)];
    }

    /**
     * Standard error of one parameter.
     *
     * @param name parameter name
     * @return its standard error
     * @throws IllegalArgumentException if there is no such parameter
     */
    public double standardError(String name) {
        int i = indexOf(name);
        return Math.sqrt(covariance[i][i]);
    }

    private int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("name must be one of " + names + ", was " + name);
        }
        return i;
    }

    /**
     * Standard errors by parameter name, the square roots of the diagonal of
     * {@link #covariance()}.
     *
     * @return an unmodifiable map, in parameter order
     */
    public Map<String, Double> standardErrors() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < estimates.length; i++) {
            m.put(names.get(i), Math.sqrt(covariance[i][i]));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Estimated covariance matrix of the estimates (inverse Fisher information).
     *
     * @return a new square array
     */
    public double[][] covariance() {
        double[][] c = new double[covariance.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = covariance[i].clone();
        }
        return c;
    }

    /**
     * Wald confidence intervals \( \hat\theta_j \pm z\, \mathrm{se}_j \) with
     * \( z = \Phi^{-1}((1 + \text{level})/2) \) (1.959964 for 95%).
     *
     * @param level confidence level, in (0, 1)
     * @return an unmodifiable map from parameter name to interval (at {@code level}), in
     *         parameter order
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Map<String, Interval> confidenceIntervals(double level) {
        Checks.inOpenRange(level, 0, 1, "level");
        double z = Normal.standard().inverseCdf(0.5 + 0.5 * level);
        Map<String, Interval> m = new LinkedHashMap<>();
        for (int i = 0; i < estimates.length; i++) {
            double se = Math.sqrt(covariance[i][i]);
            m.put(names.get(i), new Interval(estimates[i] - z * se, estimates[i] + z * se, level));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The fitted distribution (or parameter vector), the sample size, log-likelihood, AIC and BIC
     * (6 significant digits; n and BIC only when the sample size is known),
     * as they are compared by differences), then a table of the estimates (4 digits) and their
     * standard errors (3 digits).
     *
     * @return a multi-line summary
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("Fit ").append(distribution instanceof double[] ? "theta=" + Format.list((double[]) distribution)
                : String.valueOf(distribution)).append('\n');
        sb.append(n > 0 ? "  n = " + n + ", " : "  ").append("log-likelihood = ").append(Format.sig(logLikelihood, 6))
                .append(", AIC = ").append(Format.sig(aic(), 6));
        sb.append(n > 0 ? ", BIC = " + Format.sig(bic(), 6) + "\n" : "\n");
        Format.Table t = Format.table("  parameter", "estimate", "se");
        for (int i = 0; i < estimates.length; i++) {
            t.row("  " + names.get(i), Format.sig(estimates[i]), Format.sig(Math.sqrt(covariance[i][i]), 3));
        }
        return sb.append(t).toString();
    }
}
