package dev.statlearn.stats.inference;

import dev.statlearn.core.internal.Format;


/**
 * The outcome of a hypothesis test: the test statistic and its p-value, the probability under
 * the null hypothesis of a statistic at least as extreme as the one observed.
 *
 * @param statistic the test statistic (not NaN)
 * @param pValue    the p-value, in [0, 1]
 * @since 0.1
 */
public record TestResult(double statistic, double pValue) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code statistic} is NaN or {@code pValue} is not in [0, 1]
     */
    public TestResult {
        if (Double.isNaN(statistic)) {
            throw new IllegalArgumentException("statistic must not be NaN, was " + statistic);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must be in [0, 1], was " + pValue);
        }
    }

    /**
     * Whether the null hypothesis is rejected at significance level {@code alpha}, that is
     * whether {@code pValue < alpha}.
     *
     * @param alpha significance level in (0, 1)
     * @return {@code pValue < alpha}
     * @throws IllegalArgumentException if {@code alpha} is not in (0, 1)
     */
    public boolean rejectsAt(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
        }
        return pValue < alpha;
    }

    /**
     * Statistic and p-value to 4 significant digits, e.g.
     * {@code TestResult(statistic=0.0577, pValue=0.6764)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "TestResult(statistic=" + Format.sig(statistic) + ", pValue=" + Format.sig(pValue) + ")";
    }
}
