package dev.statlearn.eval.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Datasets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitsTest {

    /** Labels with a random number of classes and a skewed distribution. */
    static int[] labels(int n, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            // class c with probability proportional to 2^-c: imbalanced
            int c = 0;
            while (c < classes - 1 && r.nextBoolean()) {
                c++;
            }
            y[i] = c;
        }
        return y;
    }

    /** Every index in 0..n-1 is tested exactly once per repeat, and never in train and test. */
    static void assertPartition(List<Split> splits, int n, int k, int repeats) {
        assertEquals(k * repeats, splits.size());
        for (int r = 0; r < repeats; r++) {
            int[] tested = new int[n];
            for (int f = 0; f < k; f++) {
                Split s = splits.get(r * k + f);
                assertEquals(r, s.repeat());
                assertEquals(f, s.fold());
                assertEquals(n, s.train().length + s.test().length);
                boolean[] inTest = new boolean[n];
                for (int i : s.test()) {
                    tested[i]++;
                    inTest[i] = true;
                }
                for (int i : s.train()) {
                    assertTrue(!inTest[i], "index " + i + " in train and test");
                }
                int size = s.test().length;
                assertTrue(size == n / k || size == (n + k - 1) / k, "fold size " + size);
            }
            for (int i = 0; i < n; i++) {
                assertEquals(1, tested[i], "index " + i + " tested " + tested[i] + " times in repeat " + r);
            }
        }
    }

    @Test
    void kFoldPartitionsTheIndices() {
        qt().withExamples(200)
                .forAll(integers().between(2, 300), integers().between(2, 12), integers().between(1, 3), longs().all())
                .assuming((n, k, r, seed) -> k <= n)
                .checkAssert((n, k, r, seed) ->
                        assertPartition(Splits.repeatedKFold(n, k, r, Randomness.seeded(seed)), n, k, r));
    }

    @Test
    void stratifiedKFoldPartitionsAndKeepsProportions() {
        qt().withExamples(200)
                .forAll(integers().between(2, 300), integers().between(2, 10), integers().between(1, 5), longs().all())
                .assuming((n, k, classes, seed) -> k <= n)
                .checkAssert((n, k, classes, seed) -> {
                    int[] y = labels(n, classes, seed);
                    int[] copy = y.clone();
                    List<Split> splits = Splits.repeatedStratifiedKFold(y, k, 2, Randomness.seeded(seed));
                    assertArrayEquals(copy, y, "input untouched");
                    assertPartition(splits, n, k, 2);
                    int[] counts = new int[classes];
                    for (int v : y) {
                        counts[v]++;
                    }
                    for (Split s : splits) {
                        int[] inFold = new int[classes];
                        for (int i : s.test()) {
                            inFold[y[i]]++;
                        }
                        for (int c = 0; c < classes; c++) {
                            // within one sample of the exact share n_c / k
                            assertTrue(Math.abs(inFold[c] - (double) counts[c] / k) < 1,
                                    "class " + c + ": " + inFold[c] + " of " + counts[c] + " in a fold of k=" + k);
                        }
                    }
                });
    }

    @Test
    void sameSeedSameSplits() {
        qt().withExamples(100)
                .forAll(integers().between(2, 200), integers().between(2, 8), longs().all())
                .assuming((n, k, seed) -> k <= n)
                .checkAssert((n, k, seed) -> {
                    int[] y = labels(n, 3, seed);
                    assertEquals(Splits.repeatedStratifiedKFold(y, k, 2, Randomness.seeded(seed)),
                            Splits.repeatedStratifiedKFold(y, k, 2, Randomness.seeded(seed)));
                    assertEquals(Splits.repeatedKFold(n, k, 2, Randomness.seeded(seed)),
                            Splits.repeatedKFold(n, k, 2, Randomness.seeded(seed)));
                    assertEquals(Splits.stratifiedHoldout(y, 0.3, Randomness.seeded(seed)),
                            Splits.stratifiedHoldout(y, 0.3, Randomness.seeded(seed)));
                });
    }

    @Test
    void repeatsReshuffle() {
        List<Split> s = Splits.repeatedKFold(100, 5, 2, Randomness.seeded(1));
        // P(two independent shuffles give the same first fold) is negligible (1 / C(100, 20))
        assertTrue(!java.util.Arrays.equals(s.get(0).test(), s.get(5).test()));
    }

    @Test
    void holdoutSizesAndStratification() {
        qt().withExamples(200)
                .forAll(integers().between(2, 300), doubles().between(0.01, 0.99), integers().between(1, 5), longs().all())
                .assuming((n, f, classes, seed) -> Math.ceil(f * n) <= n - 1)
                .checkAssert((n, f, classes, seed) -> {
                    int m = (int) Math.ceil(f * n);
                    Split plain = Splits.holdout(n, f, Randomness.seeded(seed));
                    assertEquals(m, plain.test().length);
                    assertEquals(n - m, plain.train().length);
                    int[] y = labels(n, classes, seed);
                    Split s = Splits.stratifiedHoldout(y, f, Randomness.seeded(seed));
                    assertEquals(m, s.test().length);
                    assertEquals(n - m, s.train().length);
                    int[] counts = new int[classes];
                    int[] inTest = new int[classes];
                    for (int v : y) {
                        counts[v]++;
                    }
                    for (int i : s.test()) {
                        inTest[y[i]]++;
                    }
                    for (int c = 0; c < classes; c++) {
                        assertTrue(Math.abs(inTest[c] - (double) counts[c] * m / n) < 1,
                                "class " + c + ": " + inTest[c] + " of " + counts[c]);
                    }
                });
    }

    @Test
    void digitsZeroVsRestStratified() {
        int[] y = Datasets.digits().oneVsRest(0).labels(); // 178 positives of 1797
        for (Split s : Splits.stratifiedKFold(y, 10, Randomness.seeded(3))) {
            int pos = 0;
            for (int i : s.test()) {
                pos += y[i];
            }
            assertTrue(pos == 17 || pos == 18, "positives per fold " + pos);
        }
    }

    @Test
    void rejectsBadArguments() {
        var rng = Randomness.seeded(0);
        assertThrows(IllegalArgumentException.class, () -> Splits.kFold(5, 1, rng));
        assertThrows(IllegalArgumentException.class, () -> Splits.kFold(5, 6, rng));
        assertThrows(IllegalArgumentException.class, () -> Splits.repeatedKFold(5, 2, 0, rng));
        assertThrows(IllegalArgumentException.class, () -> Splits.holdout(10, 0.0, rng));
        assertThrows(IllegalArgumentException.class, () -> Splits.holdout(10, Double.NaN, rng));
        assertThrows(IllegalArgumentException.class, () -> Splits.holdout(1, 0.5, rng));
        assertThrows(IllegalArgumentException.class, () -> Splits.stratifiedKFold(new int[] {0, -1, 1}, 2, rng));
        assertThrows(IllegalArgumentException.class, () -> Splits.stratifiedKFold(new int[0], 2, rng));
        assertThrows(NullPointerException.class, () -> Splits.kFold(5, 2, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Split(0, 0, new int[] {1, 2}, new int[] {2}));
        assertTrue(e.getMessage().contains("disjoint"), e.getMessage());
    }
}
