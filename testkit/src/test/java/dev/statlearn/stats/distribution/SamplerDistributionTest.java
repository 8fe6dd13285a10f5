package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statlearn.core.Randomness;
import dev.statlearn.testkit.StatisticalAssertions;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The library's samplers draw from their own distributions (whose functions are checked against
 * SciPy in the stats module's {@code ScipyDistributionsTest}), through the testkit: continuous
 * samplers by Kolmogorov&ndash;Smirnov + Anderson&ndash;Darling, discrete ones by chi-square with
 * pooled cells. Each assertion has false-failure probability 1e-6 (the testkit's default, with
 * retry); the seeds are fixed, so CI is deterministic.
 *
 * <p>Moved here from the stats module's {@code SamplerTest} (continuous and discrete checks, which
 * used a hand-rolled KS distance at the 0.1% level) and {@code ExtraDistributionsTest} (KS and
 * chi-square at 0.1%): the stats module cannot depend on the testkit.
 */
class SamplerDistributionTest {

    private static final StatisticalAssertions CHECK = StatisticalAssertions.standard();

    private static final List<ContinuousDistribution> CONTINUOUS = List.of(
            Normal.of(3, 2), Exponential.of(0.7), Gamma.of(0.3, 2), Gamma.of(1, 1),
            Gamma.of(7.5, 0.5), Beta.of(0.4, 0.6), Beta.of(2, 5), Beta.of(50, 0.5),
            Uniform.of(-2, 5), LogNormal.of(1, 0.5), Laplace.of(-1, 3),
            StudentT.of(4.5, -1, 2), InverseGamma.of(3, 2));

    private static final List<DiscreteDistribution> DISCRETE = List.of(
            Bernoulli.of(0.3), Binomial.of(10, 0.4), Binomial.of(1000, 0.3),
            Binomial.of(5000, 0.99), Poisson.of(0.5), Poisson.of(7),
            Poisson.of(35), Poisson.of(2500), Geometric.of(0.2), Geometric.of(0.001),
            Categorical.of(0.1, 0.0, 0.6, 0.3), NegativeBinomial.of(2.5, 0.4), BetaBinomial.of(12, 2, 3));

    @Test
    void continuousSamplersDrawFromTheirDistribution() {
        long seed = 1;
        for (ContinuousDistribution d : CONTINUOUS) {
            CHECK.withSeed(seed++).assertDrawsFrom(d::sample, d);
        }
    }

    @Test
    void discreteSamplersDrawFromTheirDistribution() {
        long seed = 100;
        for (DiscreteDistribution d : DISCRETE) {
            CHECK.withSeed(seed++).assertDrawsFrom(d::sample, d);
        }
    }

    @Test
    void aPointMassSamplerOnlyDrawsItsPoint() {
        // Binomial(25, 0): no second cell for a chi-square test; every draw must be 0
        Binomial b = Binomial.of(25, 0.0);
        RandomGenerator rng = Randomness.seeded(112);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, b.sample(rng));
        }
    }

    @Test
    void normalInverseGammaMeansDrawFromTheirStudentTMarginal() {
        NormalInverseGamma nig = NormalInverseGamma.of(1, 2, 3, 4);
        CHECK.withSeed(2026).assertDrawsFrom(rng -> nig.sample(rng)[0], nig.meanMarginal());
    }
}
