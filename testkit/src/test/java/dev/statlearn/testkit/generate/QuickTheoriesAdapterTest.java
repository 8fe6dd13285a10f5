package dev.statlearn.testkit.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.divergence.Divergences;
import dev.statlearn.testkit.generate.Families.Range;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Generators inside QuickTheories, the two ways the guide shows: a seed from QuickTheories handed to
 * {@link Randomness#seeded(long)}, and a {@link Gen} adapter. QuickTheories shrinks through its own
 * primitives (the seed and the int sizes), so a failure reports the smallest size it found and the
 * seed that replays the value.
 */
class QuickTheoriesAdapterTest {

    /** A QuickTheories generator of the values of {@code g}: a long seed mapped through {@code g}. */
    static <T> Gen<T> gen(Generator<T> g) {
        return longs().all().map(seed -> g.next(Randomness.seeded(seed)));
    }

    @Test
    void seedStyle() {
        qt().withExamples(100).forAll(longs().all(), integers().between(2, 40)).checkAssert((seed, k) -> {
            double[] p = ProbabilityVectors.dirichlet(k).next(Randomness.seeded(seed));
            assertTrue(Divergences.entropy(p) <= Math.log(k) + 1e-12);
        });
    }

    @Test
    void adapterStyle() {
        qt().withExamples(100).forAll(gen(Families.continuous(Range.TYPICAL))).checkAssert(d -> {
            double x = d.sample(Randomness.seeded(1));
            assertTrue(d.cdf(x) >= 0 && d.cdf(x) <= 1 && d.density(x) >= 0, d.toString());
        });
        qt().withExamples(100).forAll(gen(ConfusionMatrices.of(4, 10_000))).checkAssert(m ->
                assertEquals(10_000, m.total()));
    }

    /** The sizes shrink: a property false for vectors longer than 5 is reported at length 6. */
    @Test
    void shrinkingGoesThroughTheIntSizes() {
        List<Integer> failingLengths = new ArrayList<>();
        AssertionError e = null;
        try {
            qt().withExamples(200).withShrinkCycles(200)
                    .forAll(integers().between(1, 100), longs().all())
                    .checkAssert((k, seed) -> {
                        double[] p = ProbabilityVectors.dirichlet(k).next(Randomness.seeded(seed));
                        Checks.probabilityVector(p, 1e-9, "p");
                        if (p.length > 5) {
                            failingLengths.add(p.length);
                            throw new AssertionError("too long: " + p.length);
                        }
                    });
        } catch (AssertionError error) {
            e = error;
        }
        assertTrue(e != null && e.getMessage().contains("6"), String.valueOf(e));
        assertEquals(6, (int) failingLengths.stream().min(Integer::compare).orElseThrow());
    }

    @Test
    void pairsOfDistributionsFeedDivergences() {
        // over every continuous family; this property found Beta pairs with both beta < 1 (both
        // densities infinite at 1) on which totalVariation threw, e.g. Beta(0.782, 0.4179) and
        // Beta(14.84, 0.2026); fixed in Divergences.totalVariation
        qt().withExamples(60).forAll(gen(Families.continuousPairs(Range.TYPICAL))).checkAssert(pair -> {
            ContinuousDistribution p = pair.first();
            ContinuousDistribution q = pair.second();
            double tv = Divergences.totalVariation(p, q);
            assertTrue(tv >= 0 && tv <= 1 + 1e-9, pair + ": " + tv);
        });
    }
}
