package dev.statlearn.stats.divergence;

import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.MultivariateDistribution;
import dev.statlearn.stats.internal.ShiftedSums;
import dev.statlearn.stats.montecarlo.Estimate;
import java.util.Arrays;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;

/**
 * Sample-based estimates: the Kullback–Leibler divergence as the mean log-density ratio
 * \( \ln p(X) - \ln q(X) \) over draws \( X \sim p \), accumulated like every Monte Carlo method
 * (in {@link ShiftedSums}). Arguments are checked by the {@link Divergences} facade.
 */
final class MonteCarloKl {

    private static final String NON_FINITE_SUMS = "the log-density ratios must be finite; their sums were ";

    private MonteCarloKl() {
    }

    static Estimate kl(ContinuousDistribution p, ContinuousDistribution q, int n, RandomGenerator rng) {
        return meanOf(() -> logRatio(p, q, rng), n);
    }

    static Estimate kl(MultivariateDistribution p, MultivariateDistribution q, int n, RandomGenerator rng) {
        return meanOf(() -> logRatio(p, q, rng), n);
    }

    /** The mean of {@code n} log-ratios with its standard error (two callers: the JIT inlines both). */
    private static Estimate meanOf(DoubleSupplier logRatio, int n) {
        ShiftedSums sums = new ShiftedSums(logRatio.getAsDouble());
        for (int i = 1; i < n; i++) {
            sums.add(logRatio.getAsDouble());
        }
        return ShiftedSums.of(sums.count(), sums.shift(), sums.sum(), sums.sumOfSquares())
                .toEstimate(1, NON_FINITE_SUMS);
    }

    /** \( \ln p(X) - \ln q(X) \) for one draw \( X \sim p \). */
    private static double logRatio(ContinuousDistribution p, ContinuousDistribution q, RandomGenerator rng) {
        double x = p.sample(rng);
        double lq = q.logDensity(x);
        if (lq == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("q has zero density at x = " + x
                    + ", drawn from p: the divergence is infinite");
        }
        return p.logDensity(x) - lq;
    }

    private static double logRatio(MultivariateDistribution p, MultivariateDistribution q, RandomGenerator rng) {
        double[] x = p.sample(rng);
        double lq = q.logDensity(x);
        if (lq == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("q has zero density at x = " + Arrays.toString(x)
                    + ", drawn from p: the divergence is infinite");
        }
        return p.logDensity(x) - lq;
    }
}
