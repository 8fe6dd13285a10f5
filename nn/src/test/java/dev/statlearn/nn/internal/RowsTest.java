package dev.statlearn.nn.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Rows}: the one arg-max (first maximum, NaN never chosen) and the one column. */
class RowsTest {

    private static final double NAN = Double.NaN;

    @Test
    void argmaxTakesTheFirstMaximumOfTheSlice() {
        assertEquals(0, Rows.argmax(new double[] {7}, 0, 1));
        assertEquals(1, Rows.argmax(new double[] {0, 3, 3, -1}, 0, 4), "ties go to the lowest index");
        assertEquals(0, Rows.argmax(new double[] {-0.0, 0.0}, 0, 2), "0.0 is not larger than -0.0");
        assertEquals(2, Rows.argmax(new double[] {Double.NEGATIVE_INFINITY, -1e308, Double.POSITIVE_INFINITY}, 0, 3));
        // slices: index relative to from, values outside the slice ignored
        double[] rows = {9, 1, 5, 5, 2, 9};
        assertEquals(1, Rows.argmax(rows, 1, 3));
        assertEquals(0, Rows.argmax(rows, 3, 2));
        assertEquals(1, Rows.argmax(rows, 4, 2));
    }

    @Test
    void argmaxNeverChoosesNaNAndKeepsANaNAtTheStart() {
        assertEquals(2, Rows.argmax(new double[] {1, NAN, 4, NAN}, 0, 4));
        assertEquals(0, Rows.argmax(new double[] {NAN, 1, 2}, 0, 3));
        assertEquals(0, Rows.argmax(new double[] {NAN, NAN}, 0, 2));
    }

    @Test
    void columnMakesOneRowPerValue() {
        double[][] c = Rows.column(new double[] {1.5, -2}, "y");
        assertEquals(2, c.length);
        assertArrayEquals(new double[] {1.5}, c[0]);
        assertArrayEquals(new double[] {-2}, c[1]);
        assertEquals(0, Rows.column(new double[0], "y").length);
        NullPointerException e = assertThrows(NullPointerException.class, () -> Rows.column(null, "yVal"));
        assertEquals("yVal", e.getMessage());
    }
}
