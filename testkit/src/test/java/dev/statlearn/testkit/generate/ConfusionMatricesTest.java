package dev.statlearn.testkit.generate;

import static dev.statlearn.testkit.generate.ProbabilityVectorsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.eval.ConfusionMatrix;
import org.junit.jupiter.api.Test;

class ConfusionMatricesTest {

    private static int emptyRows(ConfusionMatrix m) {
        int e = 0;
        for (int c = 0; c < m.numClasses(); c++) {
            e += m.support(c) == 0 ? 1 : 0;
        }
        return e;
    }

    private static int emptyColumns(ConfusionMatrix m) {
        int e = 0;
        for (int c = 0; c < m.numClasses(); c++) {
            e += m.predictedCount(c) == 0 ? 1 : 0;
        }
        return e;
    }

    @Test
    void totalAndEmptyRowsAndColumnsAreExact() {
        qt().withExamples(300)
                .forAll(integers().between(1, 12), integers().between(0, 11), integers().between(0, 11),
                        longs().between(0, 1_000_000_000_000L))
                .checkAssert((k, rows, cols, t) -> {
                    int r = rows % k;
                    int c = cols % k;
                    long total = Math.max(k, t);
                    ConfusionMatrix m = ConfusionMatrices.withEmpty(k, total, r, c).next(Randomness.seeded(t));
                    assertEquals(k, m.numClasses());
                    assertEquals(total, m.total());
                    assertEquals(r, emptyRows(m));
                    assertEquals(c, emptyColumns(m));
                    double acc = m.accuracy();
                    assertTrue(acc >= 0 && acc <= 1);
                });
    }

    @Test
    void bigTotalsDoNotOverflow() {
        for (long total : new long[] {1_000_000_000_000L, ConfusionMatrices.MAX_TOTAL}) {
            ConfusionMatrix m = ConfusionMatrices.of(5, total).next(Randomness.seeded(2));
            assertEquals(total, m.total());
            long sum = 0;
            for (long[] row : m.counts()) {
                for (long v : row) {
                    assertTrue(v >= 0);
                    sum += v;
                }
            }
            assertEquals(total, sum);
        }
        // the smallest total: one count per row and column
        ConfusionMatrix tiny = ConfusionMatrices.withEmpty(4, 3, 1, 2).next(Randomness.seeded(1));
        assertEquals(3, tiny.total());
        assertEquals(1, emptyRows(tiny));
        assertEquals(2, emptyColumns(tiny));
    }

    @Test
    void mostCountsAreOnTheDiagonalAndSameSeedSameMatrix() {
        // diagonal weight boosted by 1 + k = 4: expected accuracy 3 * 4 / (3 * 4 + 6) = 2/3 before noise
        double acc = 0;
        for (int s = 0; s < 200; s++) {
            acc += ConfusionMatrices.of(3, 1_000_000).next(Randomness.seeded(s)).accuracy() / 200;
        }
        assertTrue(acc > 0.55 && acc < 0.78, "mean accuracy " + acc);
        assertEquals(ConfusionMatrices.of(6, 1000).next(Randomness.seeded(7)),
                ConfusionMatrices.of(6, 1000).next(Randomness.seeded(7)));
    }

    @Test
    void badArgumentsAreRejectedNamingThem() {
        assertMessage("k must be in [1, 1024], was 0", () -> ConfusionMatrices.of(0, 10));
        assertMessage("emptyRows must be in [0, 2], was 3", () -> ConfusionMatrices.withEmpty(3, 10, 3, 0));
        assertMessage("emptyColumns must be in [0, 2], was -1", () -> ConfusionMatrices.withEmpty(3, 10, 0, -1));
        assertMessage("total must be in [3, 9007199254740992] (at least one count per non-empty row and column), was 2",
                () -> ConfusionMatrices.of(3, 2));
        assertMessage("total must be in [3, 9007199254740992] (at least one count per non-empty row and column), was "
                + Long.MAX_VALUE, () -> ConfusionMatrices.of(3, Long.MAX_VALUE));
    }
}
