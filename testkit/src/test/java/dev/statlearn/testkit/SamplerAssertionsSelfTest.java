package dev.statlearn.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.distribution.StudentT;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The sampler assertions test themselves (issue 12): under the null hypothesis their observed
 * false-failure rate over many seeds is consistent with the stated rate, and against the alternatives
 * their javadoc names they fail at least as often as documented. Every bound is a binomial quantile
 * whose own false-alarm probability is 1e-6, so this class fails spuriously with probability below
 * about 3e-5 (and, with fixed seeds, deterministically never).
 */
class SamplerAssertionsSelfTest {

    /** Tail probability of every binomial bound below. */
    private static final double TAIL = 1e-6;

    /** A testable rate: per-attempt level 0.1 with retry. */
    private static final StatisticalAssertions NULL_CONFIG =
            StatisticalAssertions.standard().withFalseFailureRate(0.01).withDraws(500);

    private static final Normal STD = Normal.standard();
    private static final Poisson POISSON4 = Poisson.of(4);

    /** Failures and rejected first attempts over {@code runs} seeds. */
    private record Rates(int runs, int failures, int firstRejected) {
    }

    private static Rates run(int runs, long seedBase, Function<StatisticalAssertions, Verdict> assertion,
                             StatisticalAssertions config) {
        int failures = 0;
        int first = 0;
        for (int s = 0; s < runs; s++) {
            try {
                Verdict v = assertion.apply(config.withSeed(seedBase + s));
                first += v.attempts() == 2 ? 1 : 0;
            } catch (AssertionError e) {
                failures++;
                first++;
            }
        }
        return new Rates(runs, failures, first);
    }

    // ---- binomial bounds -------------------------------------------------------------------------

    /** The smallest k with P(Bin(n, p) > k) <= TAIL. */
    static int upperBound(int n, double p) {
        double[] pmf = binomialPmf(n, p);
        double above = 1.0;
        for (int k = 0; k <= n; k++) {
            above -= pmf[k];
            if (above <= TAIL) {
                return k;
            }
        }
        return n;
    }

    /** The largest k with P(Bin(n, p) < k) <= TAIL. */
    static int lowerBound(int n, double p) {
        double[] pmf = binomialPmf(n, p);
        double below = 0.0;
        for (int k = 0; k <= n; k++) {
            if (below + pmf[k] > TAIL) {
                return k;
            }
            below += pmf[k];
        }
        return n;
    }

    private static double[] binomialPmf(int n, double p) {
        double[] pmf = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            pmf[k] = Binomial.of(n, p).pmf(k);
        }
        return pmf;
    }

    @Test
    void binomialBoundsAreSane() {
        // scipy 1.10.1: binom.isf(1e-6, 1000, 0.01) = 28.0, binom.ppf(1e-6, 1000, 0.05) = 21.0
        assertEquals(28, upperBound(1000, 0.01));
        assertEquals(21, lowerBound(1000, 0.05));
    }

    // ---- null hypothesis: the false-failure rate --------------------------------------------------

    private static void assertRates(String what, Rates r, double level, double minFirstRate) {
        // retry: each attempt tests at sqrt(0.01) = 0.1; the assertion fails when both reject
        String counts = what + ": " + r.failures() + " failures, " + r.firstRejected() + " first attempts rejected in "
                + r.runs() + " runs";
        System.out.println(counts);
        assertTrue(r.failures() <= upperBound(r.runs(), level), counts);
        assertTrue(r.firstRejected() <= upperBound(r.runs(), Math.sqrt(level)), counts);
        assertTrue(r.firstRejected() >= lowerBound(r.runs(), minFirstRate), counts + " (too conservative)");
    }

    @Test
    void continuousFalseFailureRateIsAtMostTheStatedRate() {
        // Bonferroni over KS and AD: each attempt rejects with probability in [0.05, 0.1]
        Rates r = run(1000, 1_000, c -> c.assertDrawsFrom(STD::sample, STD), NULL_CONFIG);
        assertRates("Normal", r, 0.01, 0.05);
        Exponential exp = Exponential.of(2);
        Rates e = run(400, 50_000, c -> c.assertDrawsFrom(exp::sample, exp), NULL_CONFIG);
        assertRates("Exponential", e, 0.01, 0.05);
    }

    @Test
    void discreteFalseFailureRateIsConsistentWithTheStatedRate() {
        // the chi-square approximation with >= 5 expected per cell: the per-attempt rate is near 0.1
        Rates r = run(600, 2_000, c -> c.assertDrawsFrom(POISSON4::sample, POISSON4), NULL_CONFIG);
        assertRates("Poisson", r, 0.01, 0.06);
        Binomial b = Binomial.of(30, 0.1);
        Rates rb = run(400, 60_000, c -> c.assertDrawsFrom(b::sample, b), NULL_CONFIG);
        assertRates("Binomial", rb, 0.01, 0.06);
    }

    @Test
    void twoSampleFalseFailureRatesAreAtMostTheStatedRate() {
        StatisticalAssertions config = NULL_CONFIG.withDraws(300);
        // the exact two-sample KS distribution is discrete: conservative, but not absurdly
        Rates r = run(500, 3_000, c -> c.assertSameDistribution(STD::sample, STD::sample), config);
        assertRates("two-sample KS", r, 0.01, 0.05);
        Rates d = run(500, 4_000, c -> c.assertSameDiscreteDistribution(POISSON4::sample, POISSON4::sample), config);
        assertRates("homogeneity", d, 0.01, 0.06);
    }

    // ---- alternatives: the documented power at the defaults ---------------------------------------

    private static void assertPower(String what, int runs, double documented,
                                    Function<StatisticalAssertions, Verdict> assertion) {
        Rates r = run(runs, 7_000, assertion, StatisticalAssertions.standard());
        System.out.println(what + ": failed " + r.failures() + " of " + runs);
        assertTrue(r.failures() >= lowerBound(runs, documented),
                what + ": failed " + r.failures() + " of " + runs + " times, documented power " + documented);
    }

    @Test
    void continuousPowerIsAtLeastTheDocumentedPower() {
        assertPower("Normal(0.05, 1)", 60, 0.8, c -> c.assertDrawsFrom(x -> 0.05 + x.nextGaussian(), STD));
        assertPower("Normal(0.07, 1)", 40, 0.97, c -> c.assertDrawsFrom(x -> 0.07 + x.nextGaussian(), STD));
        StudentT t10 = StudentT.standard(10);
        double s10 = Math.sqrt(8.0 / 10.0);
        assertPower("t(10) rescaled", 60, 0.7, c -> c.assertDrawsFrom(x -> s10 * t10.sample(x), STD));
        StudentT t6 = StudentT.standard(6);
        double s6 = Math.sqrt(4.0 / 6.0);
        assertPower("t(6) rescaled", 40, 0.97, c -> c.assertDrawsFrom(x -> s6 * t6.sample(x), STD));
    }

    @Test
    void discreteAndTwoSamplePowerIsAtLeastTheDocumentedPower() {
        Poisson p42 = Poisson.of(4.2);
        assertPower("Poisson(4.2)", 40, 0.97, c -> c.assertDrawsFrom(p42::sample, POISSON4));
        Poisson p43 = Poisson.of(4.3);
        assertPower("Poisson(4.3) vs Poisson(4)", 40, 0.97,
                c -> c.assertSameDiscreteDistribution(p43::sample, POISSON4::sample));
        Normal shifted = Normal.of(0.1, 1);
        assertPower("Normal(0.1, 1) vs Normal(0, 1)", 20, 0.95, c -> c.assertSameDistribution(shifted::sample,
                STD::sample));
    }

    // ---- messages, replay, retry, bad input -------------------------------------------------------

    @Test
    void continuousFailureMessageNamesEverything() {
        AssertionError e = assertThrows(AssertionError.class, () -> StatisticalAssertions.standard().withSeed(42)
                .assertDrawsFrom(x -> 0.2 + x.nextGaussian(), STD));
        String m = e.getMessage();
        for (String part : new String[] {"draws from " + STD, SamplerChecks.KS_AD, "attempt 1: statistic",
            "attempt 2: statistic", "p-value", "< threshold 0.001", "n = 10000", "seed 42",
            "replay with StatisticalAssertions.standard().withSeed(42L)", "Anderson-Darling A^2",
            "deciles of the expected distribution", "ECDF", "F(x)", "largest gap at"}) {
            assertTrue(m.contains(part), "missing '" + part + "' in\n" + m);
        }
    }

    @Test
    void discreteAndTwoSampleFailureMessagesShowTheComparison() {
        Poisson p5 = Poisson.of(5);
        String m = assertThrows(AssertionError.class,
                () -> StatisticalAssertions.standard().assertDrawsFrom(p5::sample, POISSON4)).getMessage();
        for (String part : new String[] {SamplerChecks.CHI_SQUARE, "observed", "expected", "cells", "df = ",
            ">= 12", "seed " + StatisticalAssertions.DEFAULT_SEED}) {
            assertTrue(m.contains(part), "missing '" + part + "' in\n" + m);
        }
        m = assertThrows(AssertionError.class, () -> StatisticalAssertions.standard()
                .assertSameDistribution(x -> 0.3 + x.nextGaussian(), STD::sample)).getMessage();
        assertTrue(m.contains(SamplerChecks.KS_TWO) && m.contains("ECDF first") && m.contains("largest gap"), m);
        m = assertThrows(AssertionError.class, () -> StatisticalAssertions.standard()
                .assertSameDiscreteDistribution(p5::sample, POISSON4::sample)).getMessage();
        assertTrue(m.contains(SamplerChecks.HOMOGENEITY) && m.contains("first") && m.contains("second"), m);
    }

    @Test
    void sameSeedReplaysTheSameVerdictBitForBit() {
        StatisticalAssertions c = StatisticalAssertions.standard().withSeed(99);
        Verdict a = c.assertDrawsFrom(STD::sample, STD);
        Verdict b = c.assertDrawsFrom(STD::sample, STD);
        assertEquals(a, b);
        assertEquals(Double.doubleToRawLongBits(a.statistic()), Double.doubleToRawLongBits(b.statistic()));
        assertEquals(c.assertSameDiscreteDistribution(POISSON4::sample, POISSON4::sample),
                c.assertSameDiscreteDistribution(POISSON4::sample, POISSON4::sample));
        assertNotEquals(a.statistic(), c.withSeed(100).assertDrawsFrom(STD::sample, STD).statistic());
        String m1 = assertThrows(AssertionError.class, () -> c.assertDrawsFrom(Poisson.of(5)::sample, POISSON4))
                .getMessage();
        String m2 = assertThrows(AssertionError.class, () -> c.assertDrawsFrom(Poisson.of(5)::sample, POISSON4))
                .getMessage();
        assertEquals(m1, m2);
    }

    @Test
    void aRejectedFirstAttemptIsRetriedOnAFreshStream() {
        // per-attempt level 0.05: search the seeds for a first attempt that rejects under the null
        StatisticalAssertions c = StatisticalAssertions.standard().withFalseFailureRate(0.0025).withDraws(200);
        long found = -1;
        for (long s = 0; s < 500 && found < 0; s++) {
            try {
                if (c.withSeed(s).assertDrawsFrom(STD::sample, STD).attempts() == 2) {
                    found = s;
                }
            } catch (AssertionError e) {
                // both rejected: keep searching
            }
        }
        assertTrue(found >= 0, "no seed in 500 has a rejected first attempt");
        Verdict v = c.withSeed(found).assertDrawsFrom(STD::sample, STD);
        assertEquals(2, v.attempts());
        assertTrue(v.pValue() >= v.threshold(), v.toString());
        assertEquals(0.05, v.threshold(), 1e-15);
        // without retry the same first attempt, now at level 0.0025, is the verdict; its p-value < 0.05
        StatisticalAssertions once = c.withSeed(found).withoutRetry().withFalseFailureRate(0.05);
        long seed = found;
        String m = assertThrows(AssertionError.class, () -> once.assertDrawsFrom(STD::sample, STD)).getMessage();
        assertTrue(m.contains("(no retry)") && m.contains("withSeed(" + seed + "L)"), m);
    }

    @Test
    void impossibleDrawsFailAtOnceNamingTheValue() {
        StatisticalAssertions c = StatisticalAssertions.standard().withSeed(5);
        String m = assertThrows(AssertionError.class, () -> c.assertDrawsFrom(x -> Double.NaN, STD)).getMessage();
        assertTrue(m.contains("the sampler returned NaN at draw 1 of 10000") && m.contains("withSeed(5L)"), m);
        ToDoubleFunction<RandomGenerator> late = new ToDoubleFunction<>() {
            private int calls;

            @Override
            public double applyAsDouble(RandomGenerator rng) {
                return ++calls == 17 ? Double.POSITIVE_INFINITY : rng.nextGaussian();
            }
        };
        m = assertThrows(AssertionError.class, () -> c.assertDrawsFrom(late, STD)).getMessage();
        assertTrue(m.contains("returned Infinity at draw 17"), m);
        ToIntFunction<RandomGenerator> negative = x -> POISSON4.sample(x) - 1;
        m = assertThrows(AssertionError.class, () -> c.assertDrawsFrom(negative, POISSON4)).getMessage();
        assertTrue(m.contains("the sampler returned -1 at draw") && m.contains("cannot take"), m);
        m = assertThrows(AssertionError.class, () -> c.assertSameDistribution(STD::sample, x -> Double.NaN))
                .getMessage();
        assertTrue(m.contains("the second sampler returned NaN"), m);
    }

    @Test
    void rejectsBadArguments() {
        StatisticalAssertions c = StatisticalAssertions.standard();
        assertEquals("sampler", assertThrows(NullPointerException.class,
                () -> c.assertDrawsFrom((ToDoubleFunction<RandomGenerator>) null, STD)).getMessage());
        assertEquals("expected", assertThrows(NullPointerException.class,
                () -> c.assertDrawsFrom(STD::sample, (Normal) null)).getMessage());
        assertEquals("sampler", assertThrows(NullPointerException.class,
                () -> c.assertDrawsFrom((ToIntFunction<RandomGenerator>) null, POISSON4)).getMessage());
        assertEquals("expected", assertThrows(NullPointerException.class,
                () -> c.assertDrawsFrom(POISSON4::sample, (Poisson) null)).getMessage());
        assertEquals("second", assertThrows(NullPointerException.class,
                () -> c.assertSameDistribution(STD::sample, null)).getMessage());
        assertEquals("first", assertThrows(NullPointerException.class,
                () -> c.assertSameDiscreteDistribution(null, POISSON4::sample)).getMessage());
        // all but 1e-7 of the mass on 0: 10,000 draws cannot fill two cells of 5 expected draws
        Poisson tiny = Poisson.of(1e-7);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.assertDrawsFrom(tiny::sample, tiny));
        assertTrue(e.getMessage().startsWith("expected must allow at least 2 cells"), e.getMessage());
    }

    @Test
    void identicalPointMassesPass() {
        Verdict v = StatisticalAssertions.standard().assertSameDiscreteDistribution(x -> 3, x -> 3);
        assertEquals(1.0, v.pValue());
    }
}
