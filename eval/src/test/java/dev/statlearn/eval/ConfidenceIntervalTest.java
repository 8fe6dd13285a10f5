package dev.statlearn.eval;

import dev.statlearn.core.Interval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

class ConfidenceIntervalTest {

    @Test
    void accessorsReadTheInterval() {
        ConfidenceInterval ci = ConfidenceInterval.of(0.97, 0.958, 0.983, 0.95);
        assertEquals(new ConfidenceInterval(0.97, new Interval(0.958, 0.983, 0.95)), ci);
        assertEquals(0.97, ci.estimate());
        assertEquals(new Interval(0.958, 0.983, 0.95), ci.interval());
        assertEquals(0.958, ci.lower());
        assertEquals(0.983, ci.upper());
        assertEquals(0.95, ci.level());
        assertEquals(0.983 - 0.958, ci.width());
        assertTrue(ci.contains(0.958) && ci.contains(0.983) && ci.contains(0.97));
        assertFalse(ci.contains(0.99) || ci.contains(Double.NaN));
        assertEquals("0.97 (95% CI 0.958 to 0.983)", ci.toString());
        assertEquals("-0.5 (90% CI -1 to 0)", ConfidenceInterval.of(-0.5, -1, 0, 0.9).toString());
        assertTrue(ConfidenceInterval.of(0.5, 0.4, 0.6, 0.999).toString().contains("99.9% CI"));
    }

    @Test
    void estimateMayLieOutsideTheInterval() {
        // a percentile bootstrap interval of a skewed metric can miss the full-data estimate
        ConfidenceInterval ci = ConfidenceInterval.of(1.0, 0.2, 0.8, 0.95);
        assertFalse(ci.contains(ci.estimate()));
    }

    @Test
    void rejectsBadValues() {
        assertThrows(NullPointerException.class, () -> new ConfidenceInterval(0.5, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfidenceInterval.of(Double.NaN, 0, 1, 0.95));
        assertTrue(e.getMessage().startsWith("estimate"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ConfidenceInterval.of(0.5, Double.NEGATIVE_INFINITY, 1, 0.95));
        assertTrue(e.getMessage().startsWith("interval.lower"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ConfidenceInterval.of(0.5, 0, Double.POSITIVE_INFINITY, 0.95));
        assertTrue(e.getMessage().startsWith("interval.upper"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(0.5, 1, 0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(0.5, 0, 1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(0.5, Double.NaN, 1, 0.95));
    }

    @Test
    void convenienceAccessorsAgreeWithTheInterval() {
        qt().withExamples(200)
                .forAll(doubles().between(-1e3, 1e3), doubles().between(0, 1e3), doubles().between(0.01, 0.99))
                .checkAssert((lo, w, level) -> {
                    ConfidenceInterval ci = ConfidenceInterval.of(lo + w / 2, lo, lo + w, level);
                    Interval i = ci.interval();
                    assertEquals(i.lower(), ci.lower());
                    assertEquals(i.upper(), ci.upper());
                    assertEquals(i.level(), ci.level());
                    assertEquals(i.width(), ci.width());
                    assertEquals(i.contains(ci.estimate()), ci.contains(ci.estimate()));
                });
    }
}
