package dev.statlearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void accessorsWidthAndContains() {
        Interval i = new Interval(1.5, 4.0, 0.95);
        assertEquals(1.5, i.lower());
        assertEquals(4.0, i.upper());
        assertEquals(0.95, i.level());
        assertEquals(2.5, i.width());
        assertTrue(i.contains(1.5));
        assertTrue(i.contains(4.0));
        assertTrue(i.contains(2));
        assertFalse(i.contains(Math.nextDown(1.5)));
        assertFalse(i.contains(Math.nextUp(4.0)));
        assertFalse(i.contains(Double.NaN));
    }

    @Test
    void edgeCases() {
        Interval point = new Interval(0.25, 0.25, 0.5);
        assertEquals(0.0, point.width());
        assertTrue(point.contains(0.25));
        assertTrue(new Interval(-0.0, 0.0, 0.9).contains(0.0));
        Interval unbounded = new Interval(Double.NEGATIVE_INFINITY, 3, 0.9);
        assertEquals(Double.POSITIVE_INFINITY, unbounded.width());
        assertTrue(unbounded.contains(-1e300));
        assertTrue(unbounded.contains(Double.NEGATIVE_INFINITY));
        assertEquals("[-Infinity, 3] (90%)", unbounded.toString());
    }

    @Test
    void rejectsBadValuesWithNamedMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Interval(Double.NaN, 1, 0.95));
        assertEquals("lower must not be NaN, was NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Interval(0, Double.NaN, 0.95));
        assertEquals("upper must not be NaN, was NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Interval(2, 1, 0.9));
        assertEquals("lower must be <= upper, was lower=2.0, upper=1.0", e.getMessage());
        for (double level : new double[] {0, 1, -0.5, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            e = assertThrows(IllegalArgumentException.class, () -> new Interval(0, 1, level));
            assertTrue(e.getMessage().startsWith("level must be in (0, 1), was "), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> new Interval(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5));
    }

    @Test
    void readableLocaleIndependentToString() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY); // decimal comma must not appear
            assertEquals("[1.234, 1.457] (95%)", new Interval(1.2345, 1.4567, 0.95).toString());
            assertEquals("[0.9578, 0.983] (95%)", new Interval(0.9578479423367129, 0.9830378459408623, 0.95).toString());
            assertEquals("[-2, 3.5] (99.9%)", new Interval(-2, 3.5, 0.999).toString());
            assertEquals("[0, 1] (7%)", new Interval(0, 1, 0.07).toString());
            assertEquals("[1.235E-12, 1.235E+6] (50%)", new Interval(1.23456e-12, 1234567.8, 0.5).toString());
            assertEquals("[-1.235E+7, -0.0001] (50%)", new Interval(-12345678, -1e-4, 0.5).toString());
            assertEquals("[0.0001235, 1E+7] (80%)", new Interval(0.000123456, 1e7, 0.8).toString());
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void widthIsNonNegativeAndContainsAgreesWithTheEnds() {
        qt().withExamples(300)
                .forAll(doubles().between(-1e6, 1e6), doubles().between(0, 1e6), doubles().between(1e-9, 1 - 1e-9))
                .checkAssert((lo, w, level) -> {
                    double hi = lo + w;
                    Interval i = new Interval(lo, hi, level);
                    assertTrue(i.width() >= 0, i.toString());
                    assertTrue(i.contains(lo) && i.contains(hi) && i.contains(lo + 0.5 * (hi - lo)), i.toString());
                    assertFalse(i.contains(Math.nextDown(lo)) || i.contains(Math.nextUp(hi)), i.toString());
                    assertEquals(hi - lo, i.width());
                    assertEquals(i, new Interval(lo, hi, level)); // record equality
                });
    }

    @Test
    void toStringRoundTripsToFourSignificantDigits() {
        qt().withExamples(200)
                .forAll(doubles().between(-1e9, 1e9), doubles().between(0, 1e9))
                .checkAssert((lo, w) -> {
                    Interval i = new Interval(lo, lo + w, 0.95);
                    String s = i.toString();
                    assertTrue(s.startsWith("[") && s.endsWith("] (95%)"), s);
                    String[] ends = s.substring(1, s.indexOf(']')).split(", ");
                    assertEquals(2, ends.length, s);
                    double parsedLo = Double.parseDouble(ends[0]);
                    double parsedHi = Double.parseDouble(ends[1]);
                    // 4 significant digits: relative error at most 5e-4 (half a unit in the 4th digit)
                    assertEquals(i.lower(), parsedLo, 5e-4 * Math.abs(i.lower()) + 1e-300, s);
                    assertEquals(i.upper(), parsedHi, 5e-4 * Math.abs(i.upper()) + 1e-300, s);
                });
    }
}
