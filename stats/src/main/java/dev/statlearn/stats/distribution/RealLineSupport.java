package dev.statlearn.stats.distribution;

/**
 * A continuous distribution supported on the whole real line \( (-\infty, \infty) \) (the normal,
 * Laplace and t families): the support bounds, written once. Package-private.
 */
interface RealLineSupport extends ContinuousDistribution {

    /**
     * \( -\infty \).
     *
     * @return the lower end of the support
     */
    @Override
    default double supportLowerBound() {
        return Double.NEGATIVE_INFINITY;
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
