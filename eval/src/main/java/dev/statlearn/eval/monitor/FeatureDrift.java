package dev.statlearn.eval.monitor;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;

/**
 * The drift of one feature between a reference and a current sample (see {@link DriftReport} for
 * the definitions and the verdict rule).
 *
 * @param feature        feature name
 * @param referenceSize  number of non-missing reference values
 * @param currentSize    number of non-missing current values
 * @param psi            population stability index (smoothed bins)
 * @param kl             Kullback–Leibler divergence \( D_{KL}(\text{current} \| \text{reference}) \)
 *                       in nats (smoothed bins)
 * @param jensenShannon  Jensen–Shannon divergence in nats (raw bins)
 * @param totalVariation total variation distance (raw bins)
 * @param wasserstein1   1-Wasserstein distance of the raw samples, in the feature's units
 * @param ksStatistic    two-sample Kolmogorov–Smirnov statistic
 * @param ksPValue       its two-sided p-value
 * @param verdict        the verdict
 * @since 0.1
 */
public record FeatureDrift(String feature, int referenceSize, int currentSize, double psi, double kl,
                           double jensenShannon, double totalVariation, double wasserstein1,
                           double ksStatistic, double ksPValue, Verdict verdict) {

    /** The verdict on one feature. */
    public enum Verdict {
        /** No evidence of drift. */
        STABLE,
        /** Moderate shift, or a statistically significant but small one: watch it. */
        WARNING,
        /** A large shift: investigate, consider retraining. */
        DRIFT
    }

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if {@code feature} or {@code verdict} is null
     * @throws IllegalArgumentException if a size is below 1 or the p-value is not in [0, 1]
     */
    public FeatureDrift {
        Checks.notNull(feature, "feature");
        Checks.notNull(verdict, "verdict");
        Checks.positive(referenceSize, "referenceSize");
        Checks.positive(currentSize, "currentSize");
        Checks.probability(ksPValue, "ksPValue");
    }

    /**
     * One line: name, the measures and the verdict.
     *
     * @return a readable line
     */
    @Override
    public String toString() {
        return feature + ": PSI " + Format.sig(psi) + ", KL " + Format.sig(kl) + ", JS " + Format.sig(jensenShannon)
                + ", TV " + Format.sig(totalVariation) + ", W1 " + Format.sig(wasserstein1) + ", KS "
                + Format.sig(ksStatistic) + " (p = " + Format.sig(ksPValue, 3) + ") -> " + verdict;
    }
}
