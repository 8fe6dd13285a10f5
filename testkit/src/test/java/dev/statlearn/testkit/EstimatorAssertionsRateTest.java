package dev.statlearn.testkit;

import static dev.statlearn.testkit.EstimatorAssertionsTest.MEAN;
import static dev.statlearn.testkit.EstimatorAssertionsTest.zInterval;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The testkit tests itself: under the null hypothesis the estimator, coverage, Monte Carlo and
 * calibration assertions fail at most as often as stated, and against the alternatives their
 * javadoc names they fail at least as often as the documented power says.
 *
 * <p>Null runs: the stated rate 0.05 with retry (attempts at \( \sqrt{0.05} = 0.224 \)), 400
 * seeds; the self-test fails if 52 or more of them fail, which a correct rate of 0.05 does with
 * probability \( 4.7 \cdot 10^{-10} \) ({@code scipy.stats.binom.sf(51, 400, 0.05)}, scipy 1.10.1,
 * tools/reference/testkit_estimators.py part 3). Power runs: the defaults (\( 10^{-6} \), retry,
 * 1000 replications), 200 seeds; the self-test fails if fewer assertions fail than a true power
 * equal to the documented one would give with probability \( 10^{-9} \) (same script: 151, 167, 185
 * and 99 of 200 for documented powers 0.9, 0.95, 0.99 and 0.7).
 */
class EstimatorAssertionsRateTest {

    private static final int NULL_RUNS = 400;
    /** P(Bin(400, 0.05) >= 52) = 4.7e-10. */
    private static final int NULL_LIMIT = 52;
    private static final int POWER_RUNS = 200;

    /** Failures of {@code assertion(seed)} over seeds 0..runs-1. */
    private static int failures(int runs, LongFunction<Verdict> assertion) {
        int failed = 0;
        for (long seed = 0; seed < runs; seed++) {
            try {
                assertion.apply(seed);
            } catch (AssertionError e) {
                failed++;
            }
        }
        return failed;
    }

    private static StatisticalAssertions atNull(long seed) {
        return StatisticalAssertions.standard().withFalseFailureRate(0.05).withSeed(seed);
    }

    private static StatisticalAssertions atDefaults(long seed) {
        return StatisticalAssertions.standard().withSeed(1000 + seed);
    }

    private static void assertNullRate(String what, int failed) {
        System.out.println("null " + what + ": " + failed + " of " + NULL_RUNS);
        assertTrue(failed < NULL_LIMIT, what + ": " + failed + " false failures in " + NULL_RUNS
                + " runs at rate 0.05 (limit " + NULL_LIMIT + ")");
    }

    /** At least {@code minimum} of {@value #POWER_RUNS} runs must fail. */
    private static void assertPower(String what, int failed, int minimum) {
        System.out.println("power " + what + ": " + failed + " of " + POWER_RUNS);
        assertTrue(failed >= minimum, what + ": failed " + failed + " of " + POWER_RUNS + " (minimum " + minimum + ")");
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void unbiasedNullRate() {
        assertNullRate("unbiased", failures(NULL_RUNS, s -> atNull(s).assertUnbiased(MEAN, 10, 0)));
    }

    @Test
    void unbiasedPower() {
        Estimator biased = (rng, n) -> MEAN.estimate(rng, n) + 0.05; // 0.158 sd of T_10
        assertPower("unbiased, bias 0.158 sd", failures(POWER_RUNS, s -> atDefaults(s).assertUnbiased(biased, 10, 0)), 151); // documented 0.9
    }

    @Test
    void consistentNullRate() {
        // exceedance exactly q = 0.05 at n = 64: the boundary of the null hypothesis
        double tolerance = 1.959963984540054 / 8;
        assertNullRate("consistent", failures(NULL_RUNS, s -> atNull(s).assertConsistent(MEAN, 0, tolerance, 64)));
    }

    @Test
    void consistentPower() {
        double tolerance = 1.6448536269514722 / 8; // exceedance 0.10 at n = 64
        assertPower("consistent, exceedance 0.10",
                failures(POWER_RUNS, s -> atDefaults(s).assertConsistent(MEAN, 0, tolerance, 64)), 167); // documented 0.95
    }

    @Test
    void coversNullRate() {
        assertNullRate("covers", failures(NULL_RUNS, s -> atNull(s).assertCovers(zInterval(1.959963984540054), 5, 0)));
    }

    @Test
    void coversPower() {
        assertPower("covers, 90% claiming 95%",
                failures(POWER_RUNS, s -> atDefaults(s).assertCovers(zInterval(1.6448536269514722), 5, 0)), 185); // 0.99
        assertPower("covers, 93% claiming 95%",
                failures(POWER_RUNS, s -> atDefaults(s).assertCovers(zInterval(1.811910725), 5, 0)), 0); // about 0.07: shown, not bounded
    }

    @Test
    void agreesNullRate() {
        assertNullRate("agrees", failures(NULL_RUNS, s -> atNull(s).withReplications(200)
                .assertAgreesWith(rng -> MonteCarlo.integrate(x -> x * x, 0, 1, 500, rng), 1.0 / 3)));
    }

    @Test
    void agreesPower() {
        assertPower("agrees, se / 2", failures(POWER_RUNS, s -> atDefaults(s).assertAgreesWith(rng -> {
            Estimate e = MonteCarlo.integrate(x -> x * x, 0, 1, 1000, rng);
            return new Estimate(e.value(), e.standardError() / 2, e.samples());
        }, 1.0 / 3)), 185); // documented 0.99
    }

    /** n probabilities u ~ U(0, 1) reported as u^power, labels Bernoulli(u), from the seed. */
    private static Verdict calibration(StatisticalAssertions sa, long seed, int n, double power) {
        RandomGenerator rng = Randomness.seeded(seed);
        double[] p = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            p[i] = Math.pow(u, power);
            y[i] = rng.nextDouble() < u ? 1 : 0;
        }
        return sa.assertCalibrated(p, y);
    }

    @Test
    void calibratedNullRate() {
        // fixed data: one attempt at the full rate 0.05
        assertNullRate("calibrated", failures(NULL_RUNS, s -> calibration(atNull(s), s, 1000, 1)));
    }

    @Test
    void calibratedPower() {
        assertPower("calibrated, u^0.7, n = 2000",
                failures(POWER_RUNS, s -> calibration(atDefaults(s), s, 2000, 0.7)), 185); // documented 0.99
        assertPower("calibrated, u^0.7, n = 1000",
                failures(POWER_RUNS, s -> calibration(atDefaults(s), s, 1000, 0.7)), 99); // documented 0.7
    }
}
