package dev.statlearn.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void significantDigitsWithoutTrailingZeros() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // no decimal comma
            assertEquals("3.758", Format.sig(3.7580123));
            assertEquals("1.759", Format.sig(1.75912, 4));
            assertEquals("2", Format.sig(2.0));
            assertEquals("0.5", Format.sig(0.5000001));
            assertEquals("-0.25", Format.sig(-0.25));
            assertEquals("0", Format.sig(0.0));
            assertEquals("0", Format.sig(-0.0));
            assertEquals("123500", Format.sig(123456.7));
            assertEquals("123456.7", Format.sig(123456.7, 7));
            assertEquals("0.0001", Format.sig(1e-4));
            assertEquals("0.3333", Format.sig(1.0 / 3));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void scientificOutsideTheReadableRange() {
        assertEquals("1.235E-5", Format.sig(1.23456e-5));
        assertEquals("1E+6", Format.sig(1e6));
        assertEquals("1E+6", Format.sig(999999.7)); // rounds up into the scientific range
        assertEquals("-1.235E+7", Format.sig(-12345678));
        assertEquals("4.9E-324", Format.sig(Double.MIN_VALUE, 2));
        assertEquals("1.798E+308", Format.sig(Double.MAX_VALUE));
    }

    @Test
    void nanAndInfinitiesAsJavaSpellsThem() {
        assertEquals("NaN", Format.sig(Double.NaN));
        assertEquals("Infinity", Format.sig(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Format.sig(Double.NEGATIVE_INFINITY, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.sig(1, 0));
        assertEquals("digits must be >= 1, was 0", e.getMessage());
    }

    @Test
    void listsPercentagesSignsAndTables() {
        assertEquals("[0.25, 0.5, 0.25]", Format.list(new double[] {0.25, 0.5, 0.25}));
        assertEquals("[0, 1, 2, 3, 4, 5, 6, 7, … (12 values)]", Format.list(
                new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
        assertEquals("95%", Format.percent(0.95));
        assertEquals("99.9%", Format.percent(0.999));
        assertEquals("7%", Format.percent(0.07));
        assertEquals("+0.01235", Format.signed(0.0123456, 4));
        assertEquals("-2", Format.signed(-2, 4));
        assertEquals("0", Format.signed(0, 4));
        String t = Format.table("name", "value", "n").row("a", "1.5", "10").gap().row("longer", "-2").toString();
        assertEquals("name    value   n\n"
                + "a         1.5  10\n"
                + "\n"
                + "longer     -2", t);
        String optional = Format.table("epoch", "loss", null, "acc").rightAligned(0).leftAligned(2)
                .row("1", "0.5", "dropped", "0.9").row("10", "0.25", "dropped", "1").toString();
        assertEquals("epoch  loss  acc\n"
                + "    1   0.5  0.9\n"
                + "   10  0.25  1", optional);
    }

    @Test
    void parsesBackWithinHalfAUnitInTheLastDigit() {
        qt().withExamples(500)
                .forAll(doubles().any(), integers().between(1, 8))
                .checkAssert((x, digits) -> {
                    String s = Format.sig(x, digits);
                    if (Double.isNaN(x)) {
                        assertEquals("NaN", s);
                        return;
                    }
                    double back = Double.parseDouble(s);
                    assertEquals(x, back, 0.5 * Math.pow(10, 1 - digits) * Math.abs(x) * (1 + 1e-12), s);
                    String mantissa = s.contains("E") ? s.substring(0, s.indexOf('E')) : s;
                    assertTrue(mantissa.replaceAll("[^0-9]", "").replaceAll("^0+|0+$", "").length() <= digits, s);
                    assertFalse(mantissa.contains(".") && mantissa.endsWith("0"), s);
                    assertFalse(digits <= 6 && s.matches(".*[0-9]{10,}.*"), s); // the JShell readability rule
                });
    }
}
