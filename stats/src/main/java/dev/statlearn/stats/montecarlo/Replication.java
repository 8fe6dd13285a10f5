package dev.statlearn.stats.montecarlo;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;

/**
 * The spread of a Monte Carlo estimator over independent replications: the mean and the sample
 * standard deviation (divisor \( R - 1 \)) of \( R \) estimates, each from the same number of
 * samples. This is the course notes' experiment: the standard deviation is the actual error of
 * one estimate, which the {@link Estimate#standardError() standard error} of a single run
 * estimates.
 *
 * @param mean              the mean of the replicated estimates
 * @param standardDeviation their sample standard deviation (divisor \( R - 1 \))
 * @param sampleSize        samples per replication
 * @param replications      the number of replications \( R \ge 2 \)
 * @since 0.1
 */
public record Replication(double mean, double standardDeviation, int sampleSize, int replications) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code mean} is not finite, {@code standardDeviation}
     *                                  is negative or not finite, {@code sampleSize < 1} or
     *                                  {@code replications < 2}
     */
    public Replication {
        Checks.finite(mean, "mean");
        Checks.nonNegative(standardDeviation, "standardDeviation");
        Checks.positive(sampleSize, "sampleSize");
        Checks.atLeast(replications, 2, "replications");
    }

    /**
     * The standard error of {@link #mean()}: \( s / \sqrt R \).
     *
     * @return the standard error of the mean of the replications
     */
    public double standardErrorOfMean() {
        return standardDeviation / Math.sqrt(replications);
    }

    @Override
    public String toString() {
        return "mean " + Format.sig(mean, 6) + ", sd " + Format.sig(standardDeviation, 2) + " over " + replications
                + " replications of n = " + sampleSize;
    }
}
