package dev.statlearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Every check returns its argument unchanged (callers chain them: {@code this.x = Checks.positive(x,
 * "x")}), accepts the boundary values its rule includes and rejects the first value past them.
 */
class ChecksContractTest {

    @Test
    void scalarChecksReturnTheirArgument() {
        assertEquals(2.5, Checks.positive(2.5, "x"), 0.0);
        assertEquals(Double.MIN_VALUE, Checks.positive(Double.MIN_VALUE, "x"), 0.0);
        assertEquals(7, Checks.positive(7, "n"));
        assertEquals(1, Checks.positive(1, "n"));
        assertEquals(3.5, Checks.nonNegative(3.5, "x"), 0.0);
        assertEquals(0.0, Checks.nonNegative(0.0, "x"), 0.0);
        assertEquals(9, Checks.nonNegative(9, "n"));
        assertEquals(0, Checks.nonNegative(0, "n"));
        assertEquals(5, Checks.atLeast(5, 5, "n"));
        assertEquals(8, Checks.atLeast(8, 5, "n"));
        assertEquals(-1.0, Checks.inRange(-1.0, -1.0, 2.0, "x"), 0.0);
        assertEquals(2.0, Checks.inRange(2.0, -1.0, 2.0, "x"), 0.0);
        assertEquals(0.25, Checks.probability(0.25, "p"), 0.0);
        assertEquals(0.5, Checks.finite(0.5, "x"), 0.0);
    }

    @Test
    void scalarChecksRejectTheFirstValuePastTheirBounds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.positive(0.0, "rate"));
        assertEquals("rate must be > 0 and finite, was 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Checks.positive(Double.POSITIVE_INFINITY, "rate"));
        e = assertThrows(IllegalArgumentException.class, () -> Checks.positive(0, "n"));
        assertTrue(e.getMessage().startsWith("n "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Checks.positive(-1, "n"));
        e = assertThrows(IllegalArgumentException.class, () -> Checks.nonNegative(-Double.MIN_VALUE, "x"));
        assertTrue(e.getMessage().startsWith("x must be >= 0 and finite"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Checks.nonNegative(Double.POSITIVE_INFINITY, "x"));
        assertThrows(IllegalArgumentException.class, () -> Checks.nonNegative(-1, "n"));
        e = assertThrows(IllegalArgumentException.class, () -> Checks.atLeast(4, 5, "k"));
        assertTrue(e.getMessage().startsWith("k "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Checks.inRange(Math.nextUp(2.0), -1.0, 2.0, "x"));
        assertThrows(IllegalArgumentException.class, () -> Checks.inRange(Math.nextDown(-1.0), -1.0, 2.0, "x"));
        e = assertThrows(IllegalArgumentException.class, () -> Checks.inRange(3.0, -1.0, 2.5, "x"));
        assertEquals("x must be in [-1, 2.5], was 3.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Checks.inRange(2e15, 0, 1e15, "x"));
        assertTrue(e.getMessage().contains("[0, 1.0E15]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Checks.inRange(-3.0, 999_999_999_999_999.0, 1e16, "x"));
        assertTrue(e.getMessage().contains("[999999999999999, "), e.getMessage());
    }

    @Test
    void arrayChecksReturnTheSameArray() {
        double[] x = {1, 2, 3};
        assertSame(x, Checks.allFinite(x, "x"));
        assertSame(x, Checks.finiteNonEmpty(x, "x"));
        assertSame(x, Checks.nonEmpty(x, "x"));
        assertSame(x, Checks.minLength(x, 3, "x"));
        int[] y = {0, 2, 1};
        assertSame(y, Checks.nonEmpty(y, "y"));
        assertSame(y, Checks.labels(y, 3, "y"));
        assertSame(y, Checks.labels(y, "y"));
        double[] p = {0.25, 0.75};
        assertSame(p, Checks.probabilities(p, "p"));
        assertSame(p, Checks.probabilityVector(p, 0.0, "p"));
        double[][] m = {{1, 2}, {3, 4}};
        assertSame(m, Checks.finiteMatrix(m, "m"));
        assertSame(m, Checks.rectangular(m, "m"));
    }

    @Test
    void arrayChecksRejectTheFirstBadElement() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.minLength(new double[] {1, 2}, 3, "x"));
        assertTrue(e.getMessage().startsWith("x "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Checks.labels(new int[] {0, 3, -1}, "y"));
        assertEquals("y[2] must be a class index >= 0, was -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Checks.labels(new int[] {-1}, "y"));
        assertEquals("y[0] must be a class index >= 0, was -1", e.getMessage());
        // the last row and the last column are checked too
        e = assertThrows(IllegalArgumentException.class,
                () -> Checks.finiteMatrix(new double[][] {{1, 2}, {3, Double.NaN}}, "m"));
        assertEquals("m[1][1] must be finite, was NaN", e.getMessage());
        // sum within the tolerance, inclusive; just past it rejected
        assertEquals(2, Checks.probabilityVector(new double[] {0.5, 0.25}, 0.25, "p").length);
        e = assertThrows(IllegalArgumentException.class,
                () -> Checks.probabilityVector(new double[] {0.5, 0.25}, Math.nextDown(0.25), "p"));
        assertTrue(e.getMessage().startsWith("p must sum to 1 within"), e.getMessage());
    }
}
