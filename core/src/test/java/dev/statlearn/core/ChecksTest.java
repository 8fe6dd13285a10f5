package dev.statlearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class ChecksTest {

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void messagesNameArgumentRuleAndValue() {
        assertEquals("p[3] must be in [0, 1], was 1.2",
                message(() -> Checks.probabilities(new double[] {0, 0.5, 1, 1.2}, "p")));
        assertEquals("sd must be > 0 and finite, was -1.0", message(() -> Checks.positive(-1.0, "sd")));
        assertEquals("x must be finite, was Infinity", message(() -> Checks.finite(Double.POSITIVE_INFINITY, "x")));
        assertEquals("alpha must be in [0, 1], was NaN", message(() -> Checks.probability(Double.NaN, "alpha")));
        assertEquals("k must be >= 2, was 1", message(() -> Checks.atLeast(1, 2, "k")));
        assertEquals("p has length 3 but q has length 2", message(() -> Checks.sameLength(3, "p", 2, "q")));
        assertEquals("y[1] must be a class index in [0, 2], was 3",
                message(() -> Checks.labels(new int[] {0, 3}, 3, "y")));
        assertEquals("x must not be empty", message(() -> Checks.nonEmpty(new double[0], "x")));
        assertEquals("x[1] has 1 columns but x[0] has 2",
                message(() -> Checks.rectangular(new double[][] {{1, 2}, {3}}, "x")));
        assertEquals("x[0][1] must be finite, was NaN",
                message(() -> Checks.finiteMatrix(new double[][] {{1, Double.NaN}}, "x")));
        assertEquals("p must sum to 1 within 1.0E-9, summed to 0.9",
                message(() -> Checks.probabilityVector(new double[] {0.4, 0.5}, 1e-9, "p")));
        assertEquals("n must have at least 2 values, had 1", message(() -> Checks.minLength(new double[1], 2, "n")));
        assertEquals("i must be in [0, 4], was 5", message(() -> Checks.index(5, 5, "i")));
    }

    @Test
    void nullIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Checks.allFinite(null, "weights"));
        assertEquals("weights", e.getMessage());
    }

    @Test
    void validValuesPassThroughUnchanged() {
        double[] p = {0.25, 0.75};
        assertSame(p, Checks.probabilityVector(p, 1e-9, "p"));
        assertEquals(0.0, Checks.nonNegative(0.0, "x"));
        assertEquals(1.0, Checks.inRange(1.0, 0, 1, "x"));
        assertEquals(0.5, Checks.inOpenRange(0.5, 0, 1, "x"));
        assertThrows(IllegalArgumentException.class, () -> Checks.inOpenRange(1.0, 0, 1, "x"));
    }

    @Test
    void nanFailsEveryRangeCheck() {
        double nan = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> Checks.finite(nan, "x"));
        assertThrows(IllegalArgumentException.class, () -> Checks.positive(nan, "x"));
        assertThrows(IllegalArgumentException.class, () -> Checks.nonNegative(nan, "x"));
        assertThrows(IllegalArgumentException.class, () -> Checks.inRange(nan, -1e300, 1e300, "x"));
        assertThrows(IllegalArgumentException.class, () -> Checks.inOpenRange(nan, -1e300, 1e300, "x"));
        assertThrows(IllegalArgumentException.class, () -> Checks.probability(nan, "x"));
        assertThrows(IllegalArgumentException.class, () -> Checks.probabilities(new double[] {nan}, "x"));
        assertThrows(IllegalArgumentException.class, () -> Checks.allFinite(new double[] {nan}, "x"));
    }

    @Test
    void probabilityCheckAcceptsExactlyTheUnitInterval() {
        qt().withExamples(300).forAll(doubles().between(-2, 2)).checkAssert(x -> {
            boolean ok = x >= 0 && x <= 1;
            if (ok) {
                assertEquals(x, Checks.probability(x, "x"));
            } else {
                assertThrows(IllegalArgumentException.class, () -> Checks.probability(x, "x"));
            }
        });
    }
}
