package dev.statlearn.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomnessTest {

    private static long[] draw(RandomGenerator g, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = g.nextLong();
        }
        return out;
    }

    @Test
    void sameSeedSameSequence() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed ->
                assertArrayEquals(draw(Randomness.seeded(seed), 20), draw(Randomness.seeded(seed), 20)));
    }

    @Test
    void streamsDependOnlyOnSeedAndIndexNotOnThreads() {
        qt().withExamples(50).forAll(longs().all(), integers().between(1, 16)).checkAssert((seed, n) -> {
            List<RandomGenerator> list = Randomness.streams(seed, n);
            long[][] sequential = new long[n][];
            for (int i = 0; i < n; i++) {
                sequential[i] = draw(list.get(i), 8);
            }
            long[][] parallel = new long[n][];
            IntStream.range(0, n).parallel().forEach(i -> parallel[i] = draw(Randomness.stream(seed, i), 8));
            for (int i = 0; i < n; i++) {
                assertArrayEquals(sequential[i], parallel[i]);
            }
        });
    }

    @Test
    void streamsDiffer() {
        List<RandomGenerator> list = Randomness.streams(42, 4);
        long[][] seqs = new long[4][];
        for (int i = 0; i < 4; i++) {
            seqs[i] = draw(list.get(i), 4);
        }
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                assertNotEquals(Arrays.toString(seqs[i]), Arrays.toString(seqs[j]));
            }
        }
        assertNotEquals(Arrays.toString(draw(Randomness.stream(1, 0), 4)),
                Arrays.toString(draw(Randomness.stream(2, 0), 4)));
    }

    @Test
    void streamMeansLookUniform() {
        // Each stream's mean of 10^4 uniforms has sd 1/sqrt(12 * 10^4) ~ 0.0029; 6 sd bound: false-failure
        // probability < 1e-8 per stream.
        for (RandomGenerator g : Randomness.streams(7, 8)) {
            double s = 0;
            for (int i = 0; i < 10_000; i++) {
                s += g.nextDouble();
            }
            assertEquals(0.5, s / 10_000, 6 * 0.0029);
        }
    }

    @Test
    void permutationIsAPermutation() {
        qt().withExamples(100).forAll(integers().between(0, 200), longs().all()).checkAssert((n, seed) -> {
            int[] p = Randomness.permutation(n, Randomness.seeded(seed));
            int[] sorted = p.clone();
            Arrays.sort(sorted);
            assertArrayEquals(IntStream.range(0, n).toArray(), sorted);
            assertArrayEquals(p, Randomness.permutation(n, Randomness.seeded(seed)));
        });
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> Randomness.stream(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Randomness.streams(1, -1));
        assertThrows(NullPointerException.class, () -> Randomness.permutation(3, null));
        assertThrows(NullPointerException.class, () -> Randomness.nextSeed(null));
        assertEquals(0, Randomness.streams(1, 0).size());
    }
}
