package dev.statlearn.stats.montecarlo;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.List;

/**
 * The spread of a Monte Carlo estimator over independent replications: the \( R \) estimates
 * themselves, each from the same number of samples, with their mean
 * \( \bar\theta = \frac1R \sum_r \hat\theta_r \) and sample standard deviation
 * \( s = \sqrt{\frac{1}{R-1} \sum_r (\hat\theta_r - \bar\theta)^2} \). This is the course notes'
 * experiment: the standard deviation is the actual error of one estimate, which the
 * {@link Estimate#standardError() standard error} of a single run estimates.
 *
 * @param estimates the replicated estimates in the order they were made (at least 2, each from
 *                  the same number of samples; copied)
 * @since 0.1
 */
public record Replication(List<Estimate> estimates) {

    /**
     * Checks and copies the estimates.
     *
     * @throws NullPointerException     if {@code estimates} or one of them is null
     * @throws IllegalArgumentException if there are fewer than 2 estimates, or they were made from
     *                                  different numbers of samples
     */
    public Replication {
        Checks.notNull(estimates, "estimates");
        estimates = List.copyOf(estimates);
        Checks.atLeast(estimates.size(), 2, "estimates.size()");
        long n = estimates.get(0).samples();
        for (int r = 1; r < estimates.size(); r++) {
            if (estimates.get(r).samples() != n) {
                throw new IllegalArgumentException("estimates must all come from the same number of samples: estimates[0] has "
                        + n + ", estimates[" + r + "] has " + estimates.get(r).samples());
            }
        }
    }

    /**
     * The mean \( \bar\theta \) of the replicated estimates.
     *
     * @return the mean
     */
    public double mean() {
        double s = 0;
        for (Estimate e : estimates) {
            s += e.value();
        }
        return s / estimates.size();
    }

    /**
     * The sample standard deviation \( s \) of the replicated estimates (divisor \( R - 1 \)).
     *
     * @return the standard deviation
     */
    public double standardDeviation() {
        double mean = mean();
        double s = 0;
        for (Estimate e : estimates) {
            double d = e.value() - mean;
            s += d * d;
        }
        return Math.sqrt(s / (estimates.size() - 1));
    }

    /**
     * Samples per replication.
     *
     * @return \( n \)
     */
    public long sampleSize() {
        return estimates.get(0).samples();
    }

    /**
     * The number of replications.
     *
     * @return \( R \)
     */
    public int replications() {
        return estimates.size();
    }

    /**
     * The replicated values \( \hat\theta_1, \ldots, \hat\theta_R \).
     *
     * @return a new array
     */
    public double[] values() {
        double[] v = new double[estimates.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = estimates.get(r).value();
        }
        return v;
    }

    /**
     * The standard error of {@link #mean()}: \( s / \sqrt R \).
     *
     * @return the standard error of the mean of the replications
     */
    public double standardErrorOfMean() {
        return standardDeviation() / Math.sqrt(replications());
    }

    @Override
    public String toString() {
        return "mean " + Format.sig(mean(), 6) + ", sd " + Format.sig(standardDeviation(), 2) + " over " + replications()
                + " replications of n = " + sampleSize();
    }
}
