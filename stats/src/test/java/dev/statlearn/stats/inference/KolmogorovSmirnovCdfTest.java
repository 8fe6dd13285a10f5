package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one-sample test rejects a function that is not a CDF on the sample. */
class KolmogorovSmirnovCdfTest {

    private static final double[] X = {0.1, 0.4, 0.2, 0.9};

    @Test
    void decreasingCdfIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KolmogorovSmirnov.oneSample(X, v -> 1 - v));
        assertEquals("cdf must be non-decreasing on the sample, but cdf(0.1) = 0.9 > cdf(0.2) = 0.8", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KolmogorovSmirnov.withDefaults()
                .withAlternative(KolmogorovSmirnov.Alternative.LESS).test(X, v -> v == 0.4 ? 0.1 : v));
        assertTrue(e.getMessage().contains("cdf(0.2) = 0.2 > cdf(0.4) = 0.1"), e.getMessage());
    }

    @Test
    void cdfOutsideTheUnitIntervalIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KolmogorovSmirnov.oneSample(X, v -> 2 * v));
        assertEquals("cdf(0.9) must be in [0, 1], was 1.8", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KolmogorovSmirnov.oneSample(X, v -> Double.NaN));
        assertEquals("cdf(0.1) must be in [0, 1], was NaN", e.getMessage());
    }

    @Test
    void flatAndTiedCdfsAreFine() {
        TestResult r = KolmogorovSmirnov.oneSample(new double[] {0.5, 0.5, 0.7}, v -> v < 0.6 ? 0.5 : 0.5);
        assertTrue(r.pValue() >= 0 && r.pValue() <= 1);
        assertEquals(0.25, KolmogorovSmirnov.oneSample(new double[] {0.25, 0.75}, v -> v).statistic(), 1e-15);
    }
}
