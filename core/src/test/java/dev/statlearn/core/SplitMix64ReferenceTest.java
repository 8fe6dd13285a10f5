package dev.statlearn.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link Randomness}'s SplitMix64 hash against the reference outputs of Vigna's
 * {@code splitmix64.c}, the stream derivation its class comment documents, and uniformity of
 * {@link Randomness#permutation(int, RandomGenerator)}.
 */
class SplitMix64ReferenceTest {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    @Test
    void mixMatchesTheReferenceSplitMix64Outputs() {
        // splitmix64.c seeded with 1234567: next() = mix64(state += GOLDEN_GAMMA)
        String[] unsigned = {"6457827717110365317", "3203168211198807973", "9817491932198370423",
            "4593380528125082431", "16408922859458223821"};
        long[] expected = new long[unsigned.length];
        for (int i = 0; i < unsigned.length; i++) {
            expected[i] = Long.parseUnsignedLong(unsigned[i]);
        }
        long state = 1234567L;
        for (int i = 0; i < expected.length; i++) {
            state += GOLDEN_GAMMA;
            assertEquals(expected[i], Randomness.mix64(state), "output " + i);
        }
        // java.util.SplittableRandom uses the same finaliser for nextLong()
        assertEquals(expected[0], new SplittableRandom(1234567L).nextLong());
    }

    @Test
    void streamIsTheSplitGeneratorSeededWithTheHashOfSeedAndIndex() {
        for (long seed : new long[] {0L, 42L, -7L, Long.MAX_VALUE}) {
            for (long index : new long[] {0L, 1L, 5L, 1L << 40}) {
                long s = Randomness.mix64(Randomness.mix64(seed) + GOLDEN_GAMMA * (index + 1));
                RandomGenerator expected = new SplittableRandom(s).split();
                RandomGenerator actual = Randomness.stream(seed, index);
                for (int k = 0; k < 4; k++) {
                    assertEquals(expected.nextLong(), actual.nextLong(), "seed " + seed + " index " + index);
                }
            }
        }
    }

    @Test
    void permutationPutsEveryValueEverywhereEquallyOften() {
        // 6000 permutations of 0..4: each (position, value) cell expects 1200; binomial sd ~31,
        // 6 sd is about 190
        int n = 5;
        int reps = 6000;
        int[][] counts = new int[n][n];
        RandomGenerator rng = Randomness.seeded(2026);
        for (int r = 0; r < reps; r++) {
            int[] p = Randomness.permutation(n, rng);
            for (int i = 0; i < n; i++) {
                counts[i][p[i]]++;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int v = 0; v < n; v++) {
                assertTrue(Math.abs(counts[i][v] - reps / n) < 190, "position " + i + " value " + v + ": " + counts[i][v]);
            }
        }
        assertArrayEquals(new int[0], Randomness.permutation(0, rng));
        assertArrayEquals(new int[] {0}, Randomness.permutation(1, rng));
    }
}
