package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChiSquareHomogeneityTest {

    // tools/reference/anderson_darling.py (scipy 1.10.1):
    // chi2_contingency(np.array([first, second])[:, cells not empty in both], correction=False)
    // first | second | statistic | p-value
    @Test
    void matchesScipyChi2Contingency() {
        check(new long[] {10, 20, 30}, new long[] {15, 25, 20}, 3.5555555555555554, 0.16901331540606607);
        check(new long[] {5, 0, 7, 9}, new long[] {3, 4, 0, 12}, 11.858216970998926, 0.007884971725800527);
        check(new long[] {100, 1}, new long[] {90, 11}, 8.859649122807019, 0.00291543609543678);
        check(new long[] {1000, 2000, 3000, 4000}, new long[] {1010, 1990, 3050, 3950},
                0.8025024497235977, 0.8488683872324588);
        // the third cell is empty in both and dropped: df = 1
        check(new long[] {0, 1, 0}, new long[] {2, 0, 0}, 3.0000000000000004, 0.0832645166635504);
    }

    private static void check(long[] a, long[] b, double statistic, double p) {
        TestResult r = ChiSquare.homogeneity(a, b);
        assertEquals(statistic, r.statistic(), 1e-12 * statistic);
        assertEquals(p, r.pValue(), 1e-12);
    }

    @Test
    void isSymmetricAndZeroForProportionalRows() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(2, 12),
                        lists().of(integers().between(0, 1000)).ofSizeBetween(12, 12), integers().between(1, 20))
                .checkAssert((List<Integer> xs, List<Integer> ys, Integer scale) -> {
                    int k = xs.size();
                    long[] a = new long[k];
                    long[] b = new long[k];
                    long[] scaled = new long[k];
                    int nonEmpty = 0;
                    for (int j = 0; j < k; j++) {
                        a[j] = xs.get(j);
                        b[j] = ys.get(j);
                        scaled[j] = a[j] * scale;
                        nonEmpty += a[j] > 0 ? 1 : 0;
                    }
                    if (nonEmpty < 2 || java.util.Arrays.stream(b).sum() == 0) {
                        return;
                    }
                    TestResult ab = ChiSquare.homogeneity(a, b);
                    TestResult ba = ChiSquare.homogeneity(b, a);
                    assertEquals(ab.statistic(), ba.statistic(), 1e-9 * (1 + ab.statistic()));
                    assertEquals(ab.pValue(), ba.pValue(), 1e-9);
                    TestResult same = ChiSquare.homogeneity(a, scaled);
                    assertEquals(0.0, same.statistic(), 1e-9);
                    assertEquals(1.0, same.pValue(), 1e-9);
                });
    }

    @Test
    void rejectsBadInputNamingTheArgument() {
        assertEquals("first", assertThrows(NullPointerException.class,
                () -> ChiSquare.homogeneity(null, new long[] {1, 2})).getMessage());
        assertEquals("second", assertThrows(NullPointerException.class,
                () -> ChiSquare.homogeneity(new long[] {1, 2}, null)).getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChiSquare.homogeneity(new long[] {1, 2}, new long[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("first") && e.getMessage().contains("second"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ChiSquare.homogeneity(new long[] {1, -2}, new long[] {1, 2}));
        assertEquals("first[1] must be >= 0, was -2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ChiSquare.homogeneity(new long[] {1, 2}, new long[] {0, 0}));
        assertEquals("second must not be all zero", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ChiSquare.homogeneity(new long[] {3, 0}, new long[] {4, 0}));
        assertTrue(e.getMessage().contains("at least 2 cells"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ChiSquare.homogeneity(new long[] {Long.MAX_VALUE, 1}, new long[] {1, 2}));
        assertTrue(e.getMessage().startsWith("first must have a total"), e.getMessage());
    }
}
