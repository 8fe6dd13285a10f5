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
        assertMessage("is too narrow for bins = 10",
                () -> Histogram.spanning(10, new double[] {1e300, Math.nextUp(1e300)}));
    }

    /** \( lo + i (hi - lo) / k \) exactly, rounded once to the nearest double. */
    private static double exactEdge(double lo, double hi, int i, int k) {
        java.math.BigDecimal l = new java.math.BigDecimal(lo);
        java.math.BigDecimal w = new java.math.BigDecimal(hi).subtract(l);
        return l.add(w.multiply(java.math.BigDecimal.valueOf(i))
                .divide(java.math.BigDecimal.valueOf(k), java.math.MathContext.DECIMAL128)).doubleValue();
    }

    @Test
    void rangesWiderThanMaxValueGetFiniteMonotoneEdges() {
        double[][] ranges = {{-1e308, 1e308}, {-Double.MAX_VALUE, Double.MAX_VALUE}, {-Double.MAX_VALUE, 1},
            {-1, Double.MAX_VALUE}, {-1e308, Double.MAX_VALUE}};
        for (double[] r : ranges) {
            for (int k : new int[] {1, 2, 3, 7, 10, 1000, Histogram.MAX_BINS}) {
                double[] e = Histogram.uniform(r[0], r[1], k).edges();
                assertEquals(k + 1, e.length);
                assertEquals(r[0], e[0], 0.0, "first edge is lo");
                assertEquals(r[1], e[k], 0.0, "last edge is hi");
                for (int i = 1; i <= k; i++) {
                    assertTrue(e[i] > e[i - 1] && Double.isFinite(e[i]), "edge " + i + " of " + k + ": " + e[i]);
                }
                // against the exact lo + i (hi - lo) / k (BigDecimal), a few ulps of the range
                double ulps = 4 * Math.ulp(Math.max(-r[0], r[1]));
                for (int i = 0; i <= k; i += Math.max(1, k / 50)) {
                    assertEquals(exactEdge(r[0], r[1], i, k), e[i], ulps, "edge " + i + " of " + k);
                }
            }
        }
        assertArrayEquals(new double[] {-1e308, 0, 1e308}, Histogram.uniform(-1e308, 1e308, 2).edges(), 0.0);
    }

    @Test
    void binLookupAtExtremeRangesAgreesWithBinarySearch() {
        double[][] ranges = {{-1e308, 1e308}, {-Double.MAX_VALUE, Double.MAX_VALUE}, {1e300, Double.MAX_VALUE},
            {-Double.MAX_VALUE, -Double.MAX_VALUE / 2}};
        for (double[] r : ranges) {
            for (int k : new int[] {1, 3, 10, 997}) {
                Histogram u = Histogram.uniform(r[0], r[1], k);
                double[] e = u.edges();
                Histogram b = Histogram.create(e);   // not uniform: binary search
                // every edge, its neighbours, and the extremes
                for (int i = 0; i <= k; i++) {
                    for (double x : new double[] {e[i], Math.nextDown(e[i]), Math.nextUp(e[i])}) {
                        u.add(x);
                        b.add(x);
                    }
                }
                for (double x : new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, 0, -0.0, Double.MIN_VALUE}) {
                    u.add(x);
                    b.add(x);
                }
                assertArrayEquals(b.counts(), u.counts(), "range " + r[0] + ".." + r[1] + ", k = " + k);
                assertEquals(b.underflow(), u.underflow());
                assertEquals(b.overflow(), u.overflow());
                // each edge e_i (i < k) opens bin i; the last edge is in the last bin
                Histogram one = Histogram.uniform(r[0], r[1], k);
                for (int i = 0; i < k; i++) {
                    one.add(e[i]);
                    assertEquals(1, one.count(i), "edge " + i);
                }
            }
        }
        qt().withExamples(300)
                .forAll(lists().of(doubles().between(-Double.MAX_VALUE, Double.MAX_VALUE)).ofSizeBetween(0, 100),
                        integers().between(1, 100))
                .checkAssert((xs, k) -> {
                    Histogram u = Histogram.uniform(-1e308, Double.MAX_VALUE, k);
                    Histogram b = Histogram.create(u.edges());
                    fill(u, xs);
                    fill(b, xs);
                    assertArrayEquals(b.counts(), u.counts());
                    assertEquals(b.underflow(), u.underflow());
                    assertEquals(b.overflow(), u.overflow());
                });
    }

    @Test
    void constantDataIsWidenedRelativelyBeyondTwoToThe49() {
        // small |v|: v +- 0.5 as numpy
        assertArrayEquals(new double[] {4.5, 5.5}, Histogram.spanning(1, new double[] {5, 5}).edges(), 0.0);
        assertArrayEquals(new double[] {-1e6 - 0.5, -1e6 + 0.5}, Histogram.spanning(1, new double[] {-1e6}).edges(), 0.0);
        // 2^60, k = 10: h = max(0.5, 10 * 2^60 * 2^-50) = 10240, exact
        double v60 = 0x1p60;
        double[] e = Histogram.spanning(10, new double[] {v60, v60}).edges();
        assertEquals(v60 - 10240, e[0], 0.0);
        assertEquals(v60 + 10240, e[10], 0.0);
        // 2^53, k = 1: h = 8 (v + 0.5 would round back to v)
        assertArrayEquals(new double[] {0x1p53 - 8, 0x1p53 + 8}, Histogram.spanning(1, new double[] {0x1p53}).edges(), 0.0);
        for (double v : new double[] {1e300, -1e300, v60, -v60, 0x1p53, Double.MAX_VALUE, -Double.MAX_VALUE,
            Math.nextDown(Double.MAX_VALUE), 1e308, -1e308}) {
            for (int k : new int[] {1, 2, 10, 1000, Histogram.MAX_BINS}) {
                Histogram h = Histogram.spanning(k, new double[] {v, v, v}).addAll(new double[] {v, v, v});
                double[] edges = h.edges();
                double half = Math.max(0.5, Math.abs(v) * 0x1p-50 * k);
                String at = "v = " + v + ", k = " + k;
                assertEquals(3, h.total(), at + ": v is inside the range");
                assertTrue(Double.isFinite(edges[0]) && Double.isFinite(edges[k]), at);
                if (Math.abs(v) + half <= Double.MAX_VALUE) {
                    assertEquals(v - half, edges[0], 0.0, at);
                    assertEquals(v + half, edges[k], 0.0, at);
                } else if (v > 0) {
                    assertEquals(v - 2 * half, edges[0], 0.0, at);
                    assertEquals(v, edges[k], 0.0, at);
                    assertEquals(3, h.count(k - 1), at + ": v on the right edge, in the last bin");
                } else {
                    assertEquals(v, edges[0], 0.0, at);
                    assertEquals(v + 2 * half, edges[k], 0.0, at);
                    assertEquals(3, h.count(0), at + ": v on the left edge, in the first bin");
                }
                for (int i = 1; i <= k; i++) {
                    assertTrue(edges[i] > edges[i - 1], at);
                }
            }
        }
    }

    @Test
    void smoothingWithHugeAlphaTendsToUniform() {
        Histogram h = Histogram.of(new double[] {0, 1, 2, 3}, new double[] {0, 0.5, 1, 1.5, 2, 2.5, 3});
        for (double alpha : new double[] {Double.MAX_VALUE, Double.MAX_VALUE / 2, Double.MAX_VALUE / 3, 1e308, 1e300}) {
            double[] p = h.probabilities(alpha);
            for (double pi : p) {
                assertEquals(1.0 / 3, pi, 1e-15, "alpha = " + alpha);
            }
        }
        double[] p = Histogram.uniform(0, 1, Histogram.MAX_BINS).probabilities(Double.MAX_VALUE);
        for (double pi : p) {
            assertEquals(1.0 / Histogram.MAX_BINS, pi, 0.0);
        }
        // alpha tiny and no counts: still uniform
        assertArrayEquals(new double[] {0.5, 0.5}, Histogram.uniform(0, 1, 2).probabilities(Double.MIN_VALUE), 0.0);
    }
}
