package dev.statlearn.testkit.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.divergence.Divergences;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ProbabilityVectorsTest {

    /** Every generated vector passes the library's checks and the divergences accept it. */
    private static void assertValid(double[] p) {
        Checks.probabilityVector(p, Divergences.SUM_TOLERANCE, "p");
        assertTrue(Double.isFinite(Divergences.entropy(p)));
        Categorical.of(p);
        // the sum is far inside the tolerance: a few ulp
        double s = 0;
        for (double v : p) {
            s += v;
        }
        assertEquals(1, s, 1e-12);
    }

    private static long zeros(double[] p) {
        return Arrays.stream(p).filter(v -> v == 0).count();
    }

    @Test
    void flatDirichletIsStrictlyPositiveAndValid() {
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 200)).checkAssert((seed, k) -> {
            double[] p = ProbabilityVectors.dirichlet(k).next(Randomness.seeded(seed));
            assertEquals(k, p.length);
            assertValid(p);
            assertTrue(Arrays.stream(p).allMatch(v -> v > 0));
        });
    }

    @Test
    void dirichletWithAlphaIsStrictlyPositiveEvenForTinyAlpha() {
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 50)).checkAssert((seed, k) -> {
            RandomGenerator rng = Randomness.seeded(seed);
            double[] alpha = new double[k];
            for (int i = 0; i < k; i++) {
                alpha[i] = Math.pow(10, -3 + 9 * rng.nextDouble());
            }
            double[] before = alpha.clone();
            double[] p = ProbabilityVectors.dirichlet(alpha).next(rng);
            assertArrayEquals(before, alpha, "alpha not modified");
            assertValid(p);
            assertTrue(Arrays.stream(p).allMatch(v -> v > 0));
        });
    }

    /**
     * Dirichlet(2, 6): the mean of the first entry is 2/8 = 0.25 and its sd sqrt(a b / (s^2 (s+1)))
     * = sqrt(12 / 576) = 0.1443; over 4000 draws the sample mean's sd is 0.00228, so 6 sd (0.0137)
     * bounds a false failure at about 2e-9.
     */
    @Test
    void dirichletWithAlphaHasItsMean() {
        Generator<double[]> g = ProbabilityVectors.dirichlet(2, 6);
        RandomGenerator rng = Randomness.seeded(11);
        double sum = 0;
        for (int i = 0; i < 4000; i++) {
            sum += g.next(rng)[0];
        }
        assertEquals(0.25, sum / 4000, 6 * 0.00228);
    }

    @Test
    void zerosAreExactAndCounted() {
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 100), integers().between(0, 99))
                .assuming((seed, k, z) -> z < k)
                .checkAssert((seed, k, z) -> {
                    double[] p = ProbabilityVectors.withZeros(k, z).next(Randomness.seeded(seed));
                    assertEquals(k, p.length);
                    assertEquals((long) z, zeros(p));
                    assertValid(p);
                });
    }

    @Test
    void zeroFractionRoundsDown() {
        double[] p = ProbabilityVectors.withZeroFraction(10, 0.35).next(Randomness.seeded(1));
        assertEquals(3, zeros(p));
        assertEquals(9, zeros(ProbabilityVectors.withZeroFraction(10, 1).next(Randomness.seeded(1))));
        assertEquals(0, zeros(ProbabilityVectors.withZeroFraction(10, 0).next(Randomness.seeded(1))));
    }

    @Test
    void extremeVectorsSpanHundredsOfOrdersOfMagnitude() {
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 300)).checkAssert((seed, k) -> {
            double[] p = ProbabilityVectors.extreme(k).next(Randomness.seeded(seed));
            assertValid(p);
            assertTrue(Arrays.stream(p).allMatch(v -> v > 0));
        });
        // with 300 entries the smallest is below 1e-290 unless all 300 exponents miss [-300, -290)
        // (probability (29/30)^300 = 4e-5); seed fixed
        double[] p = ProbabilityVectors.extreme(300).next(Randomness.seeded(5));
        double min = Arrays.stream(p).min().orElseThrow();
        assertTrue(min < 1e-290 && min >= 1e-300 / 300, "min " + min);
        assertValid(p);
        double[] mild = ProbabilityVectors.extreme(50, -10).next(Randomness.seeded(5));
        assertTrue(Arrays.stream(mild).min().orElseThrow() >= 1e-10 / 50);
    }

    @Test
    void pairsHaveOneLengthAndDiffer() {
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 50)).checkAssert((seed, k) -> {
            ProbabilityVectors.VectorPair pair = ProbabilityVectors.pairs(k).next(Randomness.seeded(seed));
            assertEquals(k, pair.p().length);
            assertEquals(k, pair.q().length);
            assertValid(pair.p());
            assertValid(pair.q());
            assertTrue(Double.isFinite(Divergences.kl(pair.p(), pair.q())));
            if (k > 1) {
                assertFalse(Arrays.equals(pair.p(), pair.q()));
            }
        });
        ProbabilityVectors.VectorPair withZeros =
                ProbabilityVectors.pairs(ProbabilityVectors.withZeros(8, 3)).next(Randomness.seeded(2));
        assertEquals(3, zeros(withZeros.q()));
        assertTrue(withZeros.toString().startsWith("VectorPair[p=["));
    }

    @Test
    void pairsOfVectorsOfChangingLengthAreRejectedNamingTheGenerator() {
        int[] length = {2};
        Generator<double[]> changing = rng -> ProbabilityVectors.dirichlet(length[0]++).next(rng);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProbabilityVectors.pairs(changing).next(Randomness.seeded(1)));
        assertTrue(e.getMessage().startsWith("vectors must"), e.getMessage());
    }

    @Test
    void sameSeedSameVector() {
        qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
            for (Generator<double[]> g : new Generator[] {ProbabilityVectors.dirichlet(7),
                ProbabilityVectors.dirichlet(0.5, 1, 3), ProbabilityVectors.withZeros(9, 4), ProbabilityVectors.extreme(6)}) {
                assertArrayEquals(g.next(Randomness.seeded(seed)), g.next(Randomness.seeded(seed)));
            }
        });
    }

    @Test
    void badArgumentsAreRejectedNamingThem() {
        assertMessage("k must be in [1, 16777216], was 0", () -> ProbabilityVectors.dirichlet(0));
        assertMessage("k must be in [1, 16777216], was 16777217", () -> ProbabilityVectors.extreme((1 << 24) + 1));
        assertMessage("zeros must be in [0, 2], was 3", () -> ProbabilityVectors.withZeros(3, 3));
        assertMessage("fraction must be in [0.0, 1.0], was NaN", () -> ProbabilityVectors.withZeroFraction(3, Double.NaN));
        assertMessage("alpha[1] must be in [0.001, 1000000.0], was 0.0", () -> ProbabilityVectors.dirichlet(1, 0));
        assertMessage("alpha.length must be in [1, 16777216], was 0", () -> ProbabilityVectors.dirichlet(new double[0]));
        assertMessage("minExponent must be in [-300, 0], was -301", () -> ProbabilityVectors.extreme(3, -301));
        assertThrows(NullPointerException.class, () -> ProbabilityVectors.dirichlet((double[]) null));
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> ProbabilityVectors.dirichlet(3).next(null));
        assertEquals("rng", npe.getMessage());
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expected, e.getMessage());
    }
}
