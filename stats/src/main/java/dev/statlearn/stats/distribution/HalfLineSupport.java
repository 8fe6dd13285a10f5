package dev.statlearn.stats.distribution;

/**
 * A continuous distribution supported on the non-negative half-line \( [0, \infty) \) (the
 * exponential, gamma, inverse-gamma and log-normal families): the support bounds, written once.
 * Package-private.
 */
interface HalfLineSupport extends ContinuousDistribution {

    /**
     * 0.
     *
     * @return the lower end of the support
     */
    @Override
    default double supportLowerBound() {
        return 0.0;
    }

    /**
     * \( +\infty \).
     *
     * @return the upper end of the support
     */
    @Override
    default double supportUpperBound() {
        return Double.POSITIVE_INFINITY;
    }
}
