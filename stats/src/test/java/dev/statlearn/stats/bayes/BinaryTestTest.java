package dev.statlearn.stats.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class BinaryTestTest {

    private static final double TOL = 1e-15;

    @Test
    void courseNotesDiagnosticTest() {
        // closed forms: 0.99*0.1 / (0.99*0.1 + 0.01*0.9) = 0.099/0.108 = 11/12
        BinaryTest accurate = BinaryTest.of(0.99, 0.01);
        assertEquals(11.0 / 12, accurate.posteriorAfterPositive(0.10), TOL);
        assertEquals(0.9167, accurate.posteriorAfterPositive(0.10), 5e-5);
        // 0.099 / (0.099 + 0.09) = 0.099/0.189 = 11/21
        BinaryTest noisy = BinaryTest.of(0.99, 0.10);
        double first = noisy.posteriorAfterPositive(0.10);
        assertEquals(11.0 / 21, first, TOL);
        assertEquals(0.5238, first, 5e-5);
        // second positive: 0.99*(11/21) / (0.99*(11/21) + 0.1*(10/21)) = 10.89/11.89
        double second = noisy.posteriorAfterPositive(first);
        assertEquals(10.89 / 11.89, second, 1e-14);
        assertEquals(0.9159, second, 5e-5);
        assertEquals(second, noisy.posteriorAfter(0.10, true, true), TOL);
        assertArrayEquals(new double[] {0.10, first, second}, noisy.posteriors(0.10, true, true), TOL);
    }

    @Test
    void negativeResults() {
        BinaryTest t = BinaryTest.of(0.99, 0.01);
        // 0.01*0.1 / (0.01*0.1 + 0.99*0.9) = 0.001/0.892
        assertEquals(0.001 / 0.892, t.posteriorAfterNegative(0.10), 1e-16);
        assertEquals(0.99, t.specificity(), 1e-15);
        assertEquals(0.01, t.falseNegativeRate(), 1e-15);
        assertEquals(0.108, t.probabilityOfPositive(0.1), 1e-16);
        assertEquals(0.10, t.posteriorAfter(0.10), 0.0);
    }

    @Test
    void certainPriorsNeverMoveAndImpossibleResultsAreRejected() {
        BinaryTest t = BinaryTest.of(0.9, 0.2);
        assertEquals(0.0, t.posteriorAfterPositive(0.0));
        assertEquals(1.0, t.posteriorAfterNegative(1.0));
        assertThrows(IllegalArgumentException.class, () -> BinaryTest.of(0, 0).posteriorAfterPositive(0.3));
        assertThrows(IllegalArgumentException.class, () -> BinaryTest.of(1, 1).posteriorAfterNegative(0.3));
        assertThrows(IllegalArgumentException.class, () -> BinaryTest.of(1.2, 0.1));
        assertThrows(IllegalArgumentException.class, () -> BinaryTest.of(0.9, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> t.posteriorAfterPositive(-0.1));
        assertThrows(NullPointerException.class, () -> t.posteriors(0.1, (boolean[]) null));
    }

    @Test
    void agreesWithHypothesesAndOrderDoesNotMatter() {
        qt().withExamples(200)
                .forAll(doubles().between(0.001, 0.999), doubles().between(0.001, 0.999), doubles().between(0.0, 1.0))
                .checkAssert((s, f, prior) -> {
                    BinaryTest t = BinaryTest.of(s, f);
                    double viaTest = t.posteriorAfter(prior, true, false, true);
                    double reordered = t.posteriorAfter(prior, false, true, true);
                    Hypotheses h = Hypotheses.of(new String[] {"C", "notC"}, new double[] {prior, 1 - prior})
                            .update(s, f).update(1 - s, 1 - f).update(s, f);
                    assertEquals(viaTest, h.probability("C"), 1e-12);
                    assertEquals(viaTest, reordered, 1e-12);
                    assertTrue(viaTest >= 0 && viaTest <= 1);
                    // a positive raises the probability iff the test is informative (s > f)
                    double p = t.posteriorAfterPositive(prior);
                    if (s > f && prior > 0 && prior < 1) {
                        assertTrue(p >= prior);
                    }
                });
    }
}
