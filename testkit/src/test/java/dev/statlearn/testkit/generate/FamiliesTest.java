package dev.statlearn.testkit.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.BetaBinomial;
import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.testkit.generate.Families.Pair;
import dev.statlearn.testkit.generate.Families.Range;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class FamiliesTest {

    private static final int PER_RANGE = 600;

    /** Samples lie in the support; CDF, survival, density at them and at the support's ends are valid. */
    private static void assertUsable(ContinuousDistribution d, RandomGenerator rng) {
        double lo = d.supportLowerBound();
        double hi = d.supportUpperBound();
        for (int i = 0; i < 5; i++) {
            double x = d.sample(rng);
            if (!(x >= lo && x <= hi)) {
                fail(d + ": sample " + x + " outside [" + lo + ", " + hi + "]");
            }
            double c = d.cdf(x);
            if (!(c >= 0 && c <= 1) || !(d.survival(x) >= 0 && d.survival(x) <= 1)) {
                fail(d + ": cdf(" + x + ") = " + c + ", survival " + d.survival(x));
            }
            if (!(d.density(x) >= 0) || Double.isNaN(d.logDensity(x))) {
                fail(d + ": density(" + x + ") = " + d.density(x));
            }
        }
        assertEquals(0, d.cdf(Double.NEGATIVE_INFINITY), d.toString());
        assertEquals(1, d.cdf(Double.POSITIVE_INFINITY), d.toString());
    }

    private static void assertUsable(DiscreteDistribution d, RandomGenerator rng) {
        int lo = d.supportLowerBound();
        int hi = d.supportUpperBound();
        for (int i = 0; i < 5; i++) {
            int k = d.sample(rng);
            if (k < lo || k > hi) {
                fail(d + ": sample " + k + " outside [" + lo + ", " + hi + "]");
            }
            double c = d.cdf(k);
            double p = d.pmf(k);
            if (!(c >= 0 && c <= 1) || !(p >= 0 && p <= 1)) {
                fail(d + ": cdf(" + k + ") = " + c + ", pmf " + p);
            }
        }
        assertEquals(1, d.cdf(Integer.MAX_VALUE), 1e-12, d.toString());
        assertTrue(d.mean() >= lo && d.mean() <= hi, d + ": mean " + d.mean());
    }

    @Test
    void everyContinuousDistributionConstructsSamplesAndHasAValidCdf() {
        for (Range range : Range.values()) {
            Generator<ContinuousDistribution> g = Families.continuous(range);
            RandomGenerator rng = Randomness.seeded(range.ordinal() + 1);
            Set<Class<?>> seen = new HashSet<>();
            for (int i = 0; i < PER_RANGE; i++) {
                ContinuousDistribution d = g.next(rng);
                seen.add(d.getClass());
                assertUsable(d, rng);
                assertTrue(d.toString().startsWith(d.getClass().getSimpleName() + "("), d.toString());
            }
            assertEquals(9, seen.size(), "families seen " + seen);
        }
    }

    @Test
    void everyDiscreteDistributionConstructsSamplesAndHasAValidCdf() {
        for (Range range : Range.values()) {
            Generator<DiscreteDistribution> g = Families.discrete(range);
            RandomGenerator rng = Randomness.seeded(range.ordinal() + 10);
            Set<Class<?>> seen = new HashSet<>();
            for (int i = 0; i < PER_RANGE; i++) {
                DiscreteDistribution d = g.next(rng);
                seen.add(d.getClass());
                assertUsable(d, rng);
                assertTrue(d.toString().startsWith(d.getClass().getSimpleName()), d.toString());
            }
            assertEquals(7, seen.size(), "families seen " + seen);
        }
    }

    @Test
    void extremeRangeReachesExtremeParameters() {
        RandomGenerator rng = Randomness.seeded(3);
        double smallestSd = Double.MAX_VALUE;
        double largestSd = 0;
        for (int i = 0; i < 400; i++) {
            Normal n = Families.normal(Range.EXTREME).next(rng);
            smallestSd = Math.min(smallestSd, n.sd());
            largestSd = Math.max(largestSd, n.sd());
        }
        // log10 sd uniform on [-200, 200]: 400 draws reach below -150 and above 150 except with
        // probability 2 * (7/8)^400 < 1e-23
        assertTrue(smallestSd < 1e-150 && largestSd > 1e150, smallestSd + " " + largestSd);
        double smallestShape = Double.MAX_VALUE;
        for (int i = 0; i < 400; i++) {
            smallestShape = Math.min(smallestShape, Families.gamma(Range.EXTREME).next(rng).shape());
        }
        assertTrue(smallestShape < 1e-6, "shape " + smallestShape);
        boolean zero = false;
        boolean one = false;
        for (int i = 0; i < 400; i++) {
            double p = Families.bernoulli(Range.EXTREME).next(rng).p();
            zero |= p == 0;
            one |= p == 1;
        }
        assertTrue(zero && one);
    }

    @Test
    void typicalParametersStayInTheirRanges() {
        RandomGenerator rng = Randomness.seeded(4);
        for (int i = 0; i < 500; i++) {
            Gamma g = Families.gamma(Range.TYPICAL).next(rng);
            assertTrue(g.shape() >= 0.2 && g.shape() <= 20 && g.rate() >= 0.1 && g.rate() <= 10, g.toString());
            Binomial b = Families.binomial(Range.TYPICAL).next(rng);
            assertTrue(b.trials() <= 1000 && b.p() >= 0.01 && b.p() <= 0.99, b.toString());
            Categorical c = Families.categorical(Range.TYPICAL).next(rng);
            assertTrue(c.supportUpperBound() >= 1 && c.supportUpperBound() <= 9, c.toString());
        }
    }

    @Test
    void pairsShareTheFamilyAndItsStructure() {
        for (Range range : Range.values()) {
            RandomGenerator rng = Randomness.seeded(20 + range.ordinal());
            Generator<Pair<DiscreteDistribution>> discrete = Families.discretePairs(range);
            Generator<Pair<ContinuousDistribution>> continuous = Families.continuousPairs(range);
            for (int i = 0; i < 300; i++) {
                Pair<DiscreteDistribution> p = discrete.next(rng);
                assertSame(p.first().getClass(), p.second().getClass(), p.toString());
                if (p.first() instanceof Categorical a) {
                    assertEquals(a.supportUpperBound(), p.second().supportUpperBound(), p.toString());
                }
                if (p.first() instanceof Binomial a) {
                    assertEquals(a.trials(), ((Binomial) p.second()).trials());
                }
                if (p.first() instanceof BetaBinomial a) {
                    assertEquals(a.trials(), ((BetaBinomial) p.second()).trials());
                }
                Pair<ContinuousDistribution> q = continuous.next(rng);
                assertSame(q.first().getClass(), q.second().getClass(), q.toString());
            }
        }
        Pair<Gamma> gammas = Families.pairs(Families.gamma(Range.TYPICAL)).next(Randomness.seeded(1));
        assertTrue(gammas.toString().startsWith("Pair[first=Gamma("), gammas.toString());
    }

    @Test
    void sameSeedSameDistributions() {
        for (Range range : Range.values()) {
            for (long seed = 0; seed < 50; seed++) {
                assertEquals(Families.continuous(range).next(Randomness.seeded(seed)),
                        Families.continuous(range).next(Randomness.seeded(seed)));
                assertEquals(Families.discretePairs(range).next(Randomness.seeded(seed)).toString(),
                        Families.discretePairs(range).next(Randomness.seeded(seed)).toString());
            }
        }
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("range", assertThrows(NullPointerException.class, () -> Families.normal(null)).getMessage());
        assertEquals("generator", assertThrows(NullPointerException.class, () -> Families.pairs(null)).getMessage());
        assertEquals("rng", assertThrows(NullPointerException.class,
                () -> Families.discrete(Range.TYPICAL).next(null)).getMessage());
    }
}
