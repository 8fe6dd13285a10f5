package dev.statlearn.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** {@link ClassBalance}: the one definition of balanced weights and of the stratified hold-out. */
class ClassBalanceTest {

    @Test
    void balancedWeightsEqualScikitLearn() {
        // tools/reference/class_balance.py: scikit-learn 1.2.1
        // sklearn.utils.class_weight.compute_class_weight("balanced", classes=np.arange(k), y=y)
        assertArrayEquals(new double[] {0.6666666666666666, 2.0, 1.0},
                ClassBalance.balancedWeights(new int[] {0, 0, 0, 1, 2, 2}, 3));
        assertArrayEquals(new double[] {3.5, 0.5833333333333334},
                ClassBalance.balancedWeights(new int[] {0, 1, 1, 1, 1, 1, 1}, 2));
        assertArrayEquals(new double[] {0.6875, 1.375, 1.375, 0.9166666666666666},
                ClassBalance.balancedWeights(new int[] {3, 1, 0, 2, 2, 1, 0, 0, 0, 3, 3}, 4));
    }

    @Test
    void anAbsentClassIsRejectedAsScikitLearnDoes() {
        // scikit-learn 1.2.1 raises ValueError("classes should have valid labels that are in y")
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassBalance.balancedWeights(new int[] {0, 0, 2}, 3));
        assertTrue(e.getMessage().contains("class 1 has count 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ClassBalance.balancedWeights(new int[] {0, 0}, 3));
        assertTrue(e.getMessage().startsWith("k must be in [1, y.length = 2]") && e.getMessage().endsWith("was 3"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ClassBalance.balancedWeights(new int[] {0}, Integer.MAX_VALUE));
        assertTrue(e.getMessage().startsWith("k must be"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassBalance.balancedWeights(new int[] {0, 5}, 2));
        assertThrows(IllegalArgumentException.class, () -> ClassBalance.balancedWeights(new int[0], 1));
        assertThrows(NullPointerException.class, () -> ClassBalance.balancedWeights(null, 1));
    }

    @Test
    void balancedWeightsGiveEveryClassTheSameTotal() {
        // sum over rows of w_{y_i} = n_c n / (k n_c) = n / k per class, so the weights average to 1
        qt().withFixedSeed(11).withExamples(200)
                .forAll(integers().between(1, 6), integers().between(0, 40), longs().all())
                .checkAssert((k, extra, seed) -> {
                    int[] y = labels(k, k + extra, seed);
                    double[] w = ClassBalance.balancedWeights(y, k);
                    double total = 0;
                    for (int v : y) {
                        total += w[v];
                    }
                    assertEquals(y.length, total, 1e-12 * y.length);
                });
    }

    @Test
    void rowsByClassPartitionsTheRowsInAscendingOrder() {
        int[][] rows = ClassBalance.rowsByClass(new int[] {2, 0, 2, 2, 0}, 4);
        assertArrayEquals(new int[][] {{1, 4}, {}, {0, 2, 3}, {}}, rows);
        assertThrows(IllegalArgumentException.class, () -> ClassBalance.rowsByClass(new int[] {0, 3}, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassBalance.rowsByClass(new int[] {0}, Integer.MAX_VALUE));
        assertEquals("k must be in [1, max(y.length, Dataset.MAX_CLASSES) = 65536], was 2147483647", e.getMessage());
        assertEquals(0, ClassBalance.rowsByClass(new int[0], 1)[0].length);
    }

    @Test
    void stratifiedHoldoutUsesLargestRemainders() {
        // counts (6, 3, 1), m = 5: exact shares 3, 1.5, 0.5 -> floors 3, 1, 0 and one more row by
        // largest remainder; the remainders tie at 0.5, so the larger class (1) gets it
        int[] y = {0, 0, 0, 0, 0, 0, 1, 1, 1, 2};
        int[][] parts = ClassBalance.stratifiedHoldout(ClassBalance.rowsByClass(y, 3), 5, Randomness.seeded(3));
        int[] perClass = new int[3];
        for (int r : parts[1]) {
            perClass[y[r]]++;
        }
        assertArrayEquals(new int[] {3, 2, 0}, perClass);
    }

    @Test
    void stratifiedHoldoutPartitionsTheRowsWithProportionalQuotas() {
        qt().withFixedSeed(17).withExamples(200)
                .forAll(integers().between(1, 5), integers().between(0, 60), longs().all())
                .checkAssert((k, extra, seed) -> {
                    int[] y = labels(k, k + extra, seed);
                    int n = y.length;
                    int m = (int) Math.floorMod(seed, (long) n + 1);
                    int[][] rows = ClassBalance.rowsByClass(y, k);
                    int[][] parts = ClassBalance.stratifiedHoldout(rows, m, Randomness.seeded(seed));
                    assertEquals(n - m, parts[0].length);
                    assertEquals(m, parts[1].length);
                    int[] all = new int[n];
                    System.arraycopy(parts[0], 0, all, 0, n - m);
                    System.arraycopy(parts[1], 0, all, n - m, m);
                    Arrays.sort(all);
                    for (int i = 0; i < n; i++) {
                        assertEquals(i, all[i], "every row exactly once");
                    }
                    int[] perClass = new int[rows.length];
                    for (int r : parts[1]) {
                        perClass[y[r]]++;
                    }
                    for (int c = 0; c < rows.length; c++) {
                        double exact = (double) rows[c].length * m / n;
                        assertTrue(perClass[c] >= Math.floor(exact) && perClass[c] <= Math.ceil(exact),
                                "class " + c + ": " + perClass[c] + " test rows for share " + exact);
                    }
                    // same generator state, same split
                    assertArrayEquals(parts[1], ClassBalance.stratifiedHoldout(rows, m, Randomness.seeded(seed))[1]);
                });
    }

    @Test
    void stratifiedHoldoutRejectsBadArguments() {
        int[][] rows = {{0, 2}, {1}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassBalance.stratifiedHoldout(rows, 4, Randomness.seeded(1)));
        assertEquals("m must be in [0, 3] (the number of rows), was 4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassBalance.stratifiedHoldout(rows, -1, Randomness.seeded(1)));
        assertThrows(NullPointerException.class, () -> ClassBalance.stratifiedHoldout(rows, 1, null));
        assertThrows(NullPointerException.class,
                () -> ClassBalance.stratifiedHoldout(new int[][] {null}, 0, Randomness.seeded(1)));
        int[][] copy = {rows[0].clone(), rows[1].clone()};
        ClassBalance.stratifiedHoldout(rows, 2, Randomness.seeded(1));
        assertArrayEquals(copy, rows, "input not modified");
    }

    /** {@code n >= k} seeded labels in which every class of {@code [0, k)} occurs. */
    private static int[] labels(int k, int n, long seed) {
        RandomGenerator rng = Randomness.seeded(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i < k ? i : rng.nextInt(k);
        }
        return y;
    }
}
