package dev.statlearn.stats.descriptive;

import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.testkit.StatisticalAssertions;
import org.junit.jupiter.api.Test;

/**
 * The simulated sampling distribution of the mean has the mean and variance the central limit
 * theorem gives: the 5-sd bounds on one seeded run in stats' {@code CovarianceTest.centralLimitTheorem},
 * now the testkit's {@code assertUnbiased} on the mean and the (unbiased) variance of the simulated
 * means (false-failure rate \( 10^{-6} \) each; here because stats cannot depend on the testkit).
 */
class SamplingDistributionUnbiasedTest {

    private static final StatisticalAssertions SA = StatisticalAssertions.standard().withReplications(200);

    @Test
    void meansOfExponentialSamples() {
        // Exponential(1): mean 1, variance 1; means of n = 100 have mean 1 and variance 1/100
        Exponential population = new Exponential(1);
        SA.assertUnbiased((rng, r) -> SamplingDistribution.ofMean(population, 100, r, rng).mean(), 400, 1.0);
        SA.assertUnbiased((rng, r) -> SamplingDistribution.ofMean(population, 100, r, rng).variance(), 400, 0.01);
    }

    @Test
    void meansOfPoissonSamples() {
        // Poisson(4): means of n = 25 have mean 4 and variance 4/25
        Poisson population = new Poisson(4);
        SA.assertUnbiased((rng, r) -> SamplingDistribution.ofMean(population, 25, r, rng).mean(), 200, 4.0);
        SA.assertUnbiased((rng, r) -> SamplingDistribution.ofMean(population, 25, r, rng).variance(), 200, 0.16);
    }
}
