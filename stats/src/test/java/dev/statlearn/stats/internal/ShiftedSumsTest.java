package dev.statlearn.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.PartialSums;
import org.junit.jupiter.api.Test;

class ShiftedSumsTest {

    @Test
    void aLargeCommonOffsetDoesNotCancel() {
        // 1e9 + {1, 2, 3, 4}: mean 1e9 + 2.5, M2 = 5 (by hand); the sums about the first value are exact
        ShiftedSums s = new ShiftedSums(1e9 + 1);
        for (int y = 2; y <= 4; y++) {
            s.add(1e9 + y);
        }
        assertEquals(4, s.count());
        assertEquals(1e9 + 2.5, s.mean(), 0);
        assertEquals(5, s.centredSumOfSquares(), 0);
        assertEquals(new PartialSums(4, 1e9 + 2.5, 5), s.toPartialSums());
        Estimate e = s.toEstimate(2, "unused ");
        assertEquals(2e9 + 5, e.value(), 0);
        assertEquals(2 * Math.sqrt(5.0 / 12), e.standardError(), 1e-16);
    }

    @Test
    void nonFiniteSumsAreReportedWithTheCallersRule() {
        ShiftedSums s = new ShiftedSums(1);
        s.add(Double.POSITIVE_INFINITY);
        assertEquals("f must be finite; sums Infinity and Infinity",
                assertThrows(IllegalArgumentException.class, () -> s.toEstimate(1, "f must be finite; sums "))
                        .getMessage());
    }
}
