package dev.statlearn.stats.divergence;

import static dev.statlearn.stats.divergence.DivergencesTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void binsFollowNumpyConvention() {
        // np.histogram([0, 0.5, 1, 1.5, 2, 2.5, 3], [0, 1, 2, 3]) -> [2, 2, 3] (last bin closed)
        Histogram h = Histogram.of(new double[] {0, 1, 2, 3}, new double[] {0, 0.5, 1, 1.5, 2, 2.5, 3});
        assertArrayEquals(new long[] {2, 2, 3}, h.counts());
        h.add(-1).add(3.0000001).add(Double.NEGATIVE_INFINITY).add(Double.POSITIVE_INFINITY);
        assertEquals(2, h.underflow());
        assertEquals(2, h.overflow());
        assertEquals(7, h.total());
        assertArrayEquals(new double[] {2 / 7.0, 2 / 7.0, 3 / 7.0}, h.probabilities(), 1e-15);
        // Laplace smoothing: (c + 1) / (n + k)
        assertArrayEquals(new double[] {0.3, 0.3, 0.4}, h.probabilities(1), 1e-15);
        assertEquals(3, h.count(2));
        assertTrue(h.toString().contains("3 bins"), h.toString());
        Histogram u = Histogram.uniform(0, 3, 3).addAll(new double[] {0, 0.5, 1, 1.5, 2, 2.5, 3});
        assertArrayEquals(h.counts(), u.counts());
        assertArrayEquals(new double[] {0, 1, 2, 3}, u.edges(), 0.0);
    }

    @Test
    void uniformFastPathAgreesWithBinarySearch() {
        qt().withExamples(200)
                .forAll(lists().of(doubles().between(-10, 10)).ofSizeBetween(0, 200), integers().between(1, 50))
                .checkAssert((xs, bins) -> {
                    Histogram fast = Histogram.uniform(-3, 7, bins);
                    Histogram slow = Histogram.create(fast.edges());
                    for (double x : xs) {
                        fast.add(x);
                        slow.add(x);
                    }
                    double[] e = fast.edges();
                    for (int i = 0; i <= bins; i++) { // values exactly on the edges
                        fast.add(e[i]);
                        slow.add(e[i]);
                    }
                    assertArrayEquals(slow.counts(), fast.counts());
                    assertEquals(slow.underflow(), fast.underflow());
                    assertEquals(slow.overflow(), fast.overflow());
                });
    }

    @Test
    void mergeEqualsFillingWithTheConcatenation() {
        qt().withExamples(200)
                .forAll(lists().of(doubles().between(-5, 5)).ofSizeBetween(0, 100),
                        lists().of(doubles().between(-5, 5)).ofSizeBetween(0, 100))
                .checkAssert((a, b) -> {
                    Histogram ha = Histogram.uniform(-4, 4, 8);
                    Histogram hb = ha.emptyCopy();
                    Histogram all = ha.emptyCopy();
                    fill(ha, a);
                    fill(hb, b);
                    fill(all, a);
                    fill(all, b);
                    Histogram merged = ha.copy().merge(hb);
                    assertArrayEquals(all.counts(), merged.counts());
                    assertEquals(all.underflow(), merged.underflow());
                    assertEquals(all.overflow(), merged.overflow());
                    if (all.total() > 0) {
                        double[] p = merged.probabilities();
                        assertEquals(1, dev.statlearn.core.Numerics.sum(p), 1e-12);
                    }
                    double[] s = merged.probabilities(0.5);
                    assertEquals(1, dev.statlearn.core.Numerics.sum(s), 1e-12);
                    for (double v : s) {
                        assertTrue(v > 0);
                    }
                });
    }

    private static void fill(Histogram h, List<Double> xs) {
        for (double x : xs) {
            h.add(x);
        }
    }

    @Test
    void smoothingMakesKlFinite() {
        Histogram a = Histogram.uniform(0, 4, 4).addAll(new double[] {0.5, 0.5, 1.5});
        Histogram b = a.emptyCopy().addAll(new double[] {2.5, 3.5, 3.5});
        assertEquals(Double.POSITIVE_INFINITY, Divergences.kl(a.probabilities(), b.probabilities()));
        double kl = Divergences.kl(a.probabilities(1), b.probabilities(1));
        // p = (3,2,1,1)/7, q = (1,1,2,3)/7: sum p log(p/q) = (3 ln 3 + 2 ln 2 - ln 2 - ln 3) / 7
        assertEquals((2 * Math.log(3) + Math.log(2)) / 7, kl, 1e-15);
    }

    @Test
    void badInputIsRejected() {
        assertMessage("edges must have at least 2 values, had 1", () -> Histogram.create(new double[] {1}));
        assertMessage("edges must be strictly increasing, but edges[2] = 1.0 <= edges[1] = 1.0",
                () -> Histogram.create(new double[] {0, 1, 1}));
        assertMessage("edges[1] must be finite, was Infinity",
                () -> Histogram.create(new double[] {0, Double.POSITIVE_INFINITY}));
        assertMessage("lo must be < hi, was lo = 2.0, hi = 1.0", () -> Histogram.uniform(2, 1, 3));
        assertMessage("bins must be in [1, 1048576] (Histogram.MAX_BINS), was 0", () -> Histogram.uniform(0, 1, 0));
        assertMessage("x must not be NaN", () -> Histogram.uniform(0, 1, 2).add(Double.NaN));
        assertMessage("xs[1] must not be NaN", () -> Histogram.uniform(0, 1, 2).addAll(new double[] {0, Double.NaN}));
        assertMessage("other has different edges", () -> Histogram.uniform(0, 1, 2).merge(Histogram.uniform(0, 1, 3)));
        assertMessage("alpha must be >= 0 and finite, was -1.0", () -> Histogram.uniform(0, 1, 2).probabilities(-1));
        assertMessage("samples[1] must not be empty", () -> Histogram.spanning(3, new double[] {1}, new double[0]));
        assertMessage("bin must be in [0, 1], was 2", () -> Histogram.uniform(0, 1, 2).count(2));
        assertThrows(IllegalStateException.class, () -> Histogram.uniform(0, 1, 2).probabilities());
        assertArrayEquals(new double[] {0.5, 0.5}, Histogram.uniform(0, 1, 2).probabilities(1), 0.0);
        assertArrayEquals(new double[] {4.5, 5.5}, Histogram.spanning(1, new double[] {5, 5}).edges(), 0.0);
    }
}
