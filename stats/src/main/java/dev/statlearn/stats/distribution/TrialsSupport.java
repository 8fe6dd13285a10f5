package dev.statlearn.stats.distribution;

/**
 * A count of successes in \( n \) trials (the binomial and beta-binomial families): the support
 * \( \{0, \dots, n\} \), written once. Package-private.
 */
interface TrialsSupport extends DiscreteDistribution {

    /**
     * The number of trials \( n \).
     *
     * @return \( n \ge 0 \)
     */
    int trials();

    /**
     * 0.
     *
     * @return the lower end of the support
     */
    @Override
    default int supportLowerBound() {
        return 0;
    }

    /**
     * The number of trials \( n \).
     *
     * @return the upper end of the support
     */
    @Override
    default int supportUpperBound() {
        return trials();
    }
}
