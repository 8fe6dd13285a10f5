package dev.statlearn.stats.montecarlo;

import dev.statlearn.core.Interval;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.MultivariateNormal;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.distribution.StudentT;
import dev.statlearn.stats.distribution.Uniform;
import dev.statlearn.testkit.IntervalProcedure;
import dev.statlearn.testkit.StatisticalAssertions;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo estimates agree with known values within their own standard errors, and their
 * intervals cover at the nominal level: the checks that stats' {@code MonteCarloTest} and
 * {@code DistributionMonteCarloTest} made with {@code k * standardError()} on one estimate and by
 * counting misses over seeds, now the testkit's assertions (false-failure rate \( 10^{-6} \) each;
 * they live here because stats cannot depend on the testkit).
 */
class MonteCarloAgreementTest {

    private static final StatisticalAssertions SA = StatisticalAssertions.standard();
    private static final DoubleUnaryOperator GAUSS = x -> Math.exp(-x * x);
    /** scipy.special.erf(1) * sqrt(pi) (scipy 1.10.1). */
    private static final double GAUSS_INTEGRAL = 1.4936482656248541;
    /** int_0^1 e^x dx = e - 1. */
    private static final double EXP_INTEGRAL = Math.E - 1;
    /** scipy.stats.norm.sf(4) (scipy 1.10.1). */
    private static final double NORMAL_TAIL_4 = 3.167124183311986e-05;

    // --- from DistributionMonteCarloTest ---------------------------------------------------------

    @Test
    void expectationsUnderDistributions() {
        StatisticalAssertions sa = SA.withReplications(200);
        sa.assertAgreesWith(rng -> MonteCarlo.expectation(x -> x * x, Normal.of(1, 2), 10_000, rng), 5);
        sa.assertAgreesWith(rng -> MonteCarlo.expectation(i -> i, Poisson.of(3), 10_000, rng), 3);
        MultivariateNormal mvn = MultivariateNormal.of(new double[] {0, 0}, new double[][] {{1, 0.6}, {0.6, 2}});
        sa.assertAgreesWith(rng -> MonteCarlo.expectation(x -> x[0] * x[1], mvn, 10_000, rng), 0.6);
    }

    @Test
    void importanceSampling() {
        StatisticalAssertions sa = SA.withReplications(100);
        // a rare event, P(Z > 4), from a proposal shifted into the tail
        sa.assertAgreesWith(rng -> MonteCarlo.importance(x -> x > 4 ? 1 : 0, Normal.standard(), Normal.of(4.5, 1),
                20_000, rng).estimate(), NORMAL_TAIL_4);
        // a bounded target inside a bounded proposal
        sa.assertAgreesWith(rng -> MonteCarlo.importance(x -> x, Uniform.of(0.25, 0.5), Uniform.of(0, 1), 20_000,
                rng).estimate(), 0.375);
        // integrals over the real line and over a half line
        sa.assertAgreesWith(rng -> MonteCarlo.integrate(x -> Math.exp(-x * x), Normal.standard(), 20_000, rng),
                Math.sqrt(Math.PI));
        Normal z = Normal.standard();
        sa.assertAgreesWith(rng -> MonteCarlo.integrate(x -> x > 4 ? z.density(x) : 0, Exponential.of(0.25),
                20_000, rng), NORMAL_TAIL_4);
    }

    // --- from MonteCarloTest -----------------------------------------------------------------------

    @Test
    void quasiMonteCarloAgrees() {
        // 30 randomizations: z is about t with 29 df, E z^2 = 29/27, so few replications keep the
        // sum of squares' excess (20 * 2/27 = 1.5) small against its sd (6.3)
        StatisticalAssertions sa = SA.withReplications(20);
        sa.assertAgreesWith(rng -> MonteCarlo.quasi(GAUSS, -1, 1, 1 << 14, 30, rng), GAUSS_INTEGRAL);
        sa.assertAgreesWith(rng -> MonteCarlo.quasi(x -> x[0] * x[1] * x[2], new double[3], new double[] {1, 1, 1},
                1 << 12, 20, rng), 0.125);
    }

    @Test
    void parallelAgrees() {
        StatisticalAssertions sa = SA.withReplications(20);
        long n = 2L * MonteCarlo.CHUNK_SIZE + 1234;
        sa.assertAgreesWith(rng -> MonteCarlo.parallel(GAUSS, -1, 1, n, rng.nextLong(), Runnable::run),
                GAUSS_INTEGRAL);
        sa.assertAgreesWith(rng -> MonteCarlo.parallel(x -> x[0] * x[1] * x[2], new double[3],
                new double[] {1, 1, 1}, n, rng.nextLong(), Runnable::run), 0.125);
    }

    /** The procedure's 99% interval {@code Estimate.confidenceInterval(0.99)} at sample size n. */
    private static IntervalProcedure ci99(java.util.function.BiFunction<Integer, RandomGenerator, Estimate> run) {
        return (rng, n) -> run.apply(n, rng).confidenceInterval(0.99);
    }

    @Test
    void ninetyNinePercentIntervalsCoverAtTheExpectedRate() {
        // the CLT interval is accurate at n >= 500
        SA.assertCovers(ci99((n, rng) -> MonteCarlo.integrate(GAUSS, -1, 1, n, rng)), 500, GAUSS_INTEGRAL);
        SA.assertCovers(ci99((n, rng) -> MonteCarlo.antithetic(Math::exp, 0, 1, n, rng)), 500, EXP_INTEGRAL);
        SA.assertCovers(ci99((n, rng) -> MonteCarlo.controlVariate(Math::exp, x -> 1 + x, 1.5, 0, 1, n, rng)), 500,
                EXP_INTEGRAL);
        SA.assertCovers(ci99((n, rng) -> MonteCarlo.stratified(Math::exp, 0, 1, 10, n, rng)), 500, EXP_INTEGRAL);
        SA.assertCovers(ci99((n, rng) -> MonteCarlo.integrate(x -> x[0] * x[1] * x[2], new double[3],
                new double[] {1, 1, 1}, n, rng)), 500, 0.125);
        SA.assertCovers(ci99((n, rng) -> MonteCarlo.expectation(x -> x * x, RandomGenerator::nextGaussian, n, rng)),
                2000, 1.0);
    }

    @Test
    void quasiCoverage() {
        // With R = 30 randomizations the normal interval is slightly narrow (coverage about 98.5%);
        // the interval with Student's t_29 quantile is the one that covers 99%.
        double t = StudentT.standard(29).inverseCdf(0.995);
        IntervalProcedure quasi = (rng, n) -> {
            Estimate e = MonteCarlo.quasi(GAUSS, -1, 1, n, 30, rng);
            return new Interval(e.value() - t * e.standardError(), e.value() + t * e.standardError(), 0.99);
        };
        SA.assertCovers(quasi, 64, GAUSS_INTEGRAL);
    }
}
