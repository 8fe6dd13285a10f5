package dev.statlearn.stats.montecarlo;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;

/**
 * An importance-sampling estimate with its effective sample size.
 *
 * <p>With weights \( w_i = p(X_i)/q(X_i) \), \( X_i \sim q \), the effective sample size is
 * Kish's \[ n_{\mathrm{eff}} = \frac{(\sum_i w_i)^2}{\sum_i w_i^2} \in [1, n], \] equal to
 * \( n \) when the proposal \( q \) equals the target \( p \) and close to 1 when a few weights
 * dominate (a poor proposal: the standard error is then unreliable too).
 *
 * @param estimate               the estimate of \( \mathbb{E}_p[f(X)] \) and its standard error
 * @param effectiveSampleSize    Kish's effective sample size, in [1, n]
 * @since 0.1
 */
public record ImportanceEstimate(Estimate estimate, double effectiveSampleSize) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if {@code estimate} is null
     * @throws IllegalArgumentException if {@code effectiveSampleSize} is not finite and \( \ge 1 \)
     */
    public ImportanceEstimate {
        Checks.notNull(estimate, "estimate");
        Checks.finite(effectiveSampleSize, "effectiveSampleSize");
        if (!(effectiveSampleSize >= 1 - 1e-9)) {
            throw new IllegalArgumentException(
                    "effectiveSampleSize must be >= 1, was " + effectiveSampleSize);
        }
    }

    /**
     * The estimate's value (shortcut for {@code estimate().value()}).
     *
     * @return the value
     */
    public double value() {
        return estimate.value();
    }

    /**
     * The estimate's standard error (shortcut for {@code estimate().standardError()}).
     *
     * @return the standard error
     */
    public double standardError() {
        return estimate.standardError();
    }

    @Override
    public String toString() {
        return estimate + ", effective sample size " + Format.sig(effectiveSampleSize);
    }
}
