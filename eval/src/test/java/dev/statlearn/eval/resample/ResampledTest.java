package dev.statlearn.eval.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.data.Dataset;
import org.junit.jupiter.api.Test;

/** The bookkeeping of a {@link Resampled}: synthetic flags, counts, checks, value semantics. */
class ResampledTest {

    private static final Dataset DATA = Dataset.classification(
            new double[][] {{0}, {1}, {2}, {3}}, new int[] {0, 0, 1, 1});

    @Test
    void syntheticRowsAreThoseWithoutASource() {
        Resampled r = new Resampled(DATA, new int[] {2, -1, 0, -1});
        assertArrayEquals(new boolean[] {false, true, false, true}, r.synthetic());
        assertEquals(2, r.syntheticCount());
        assertFalse(r.isSynthetic(0));
        assertTrue(r.isSynthetic(1));
        assertTrue(r.toString().endsWith(" (2 synthetic)"), r.toString());
        assertTrue(r.toString().startsWith(DATA.toString()), r.toString());
        Resampled copies = new Resampled(DATA, new int[] {3, 3, 0, 1});
        assertArrayEquals(new boolean[4], copies.synthetic());
        assertEquals(0, copies.syntheticCount());
    }

    @Test
    void checksAndCopiesTheSourceRows() {
        int[] rows = {0, 1, 2, 3};
        Resampled r = new Resampled(DATA, rows);
        rows[0] = -1;
        assertArrayEquals(new int[] {0, 1, 2, 3}, r.sourceRows());
        r.sourceRows()[1] = -1;
        assertFalse(r.isSynthetic(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Resampled(DATA, new int[] {0, 1, 2}));
        assertTrue(e.getMessage().contains("sourceRows has length 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Resampled(DATA, new int[] {0, 1, -2, 3}));
        assertTrue(e.getMessage().contains("sourceRows[2] must be >= -1, was -2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Resampled(DATA, new int[] {0, 1, 2, -5}));
        assertThrows(IllegalArgumentException.class, () -> r.isSynthetic(4));
    }

    @Test
    void equalityIsByDatasetIdentityAndSourceRows() {
        Resampled a = new Resampled(DATA, new int[] {0, -1, 2, 3});
        Resampled b = new Resampled(DATA, new int[] {0, -1, 2, 3});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new Resampled(DATA, new int[] {0, -1, 2, 2}));
        assertNotEquals(a.hashCode(), new Resampled(DATA, new int[] {0, -1, 2, 2}).hashCode());
        assertNotEquals(a, new Resampled(DATA.withName("other"), new int[] {0, -1, 2, 3}));
        assertNotEquals(a, "resampled");
    }
}
