package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.stats.distribution.Binomial;
import org.junit.jupiter.api.Test;

/**
 * The binning of {@link ChiSquare#goodnessOfFit(int[], dev.statlearn.stats.distribution.DiscreteDistribution)}
 * on hand-computed cases: bins close once their expected count reaches 5 (inclusive), the rest is
 * the upper tail; with 3 bins the statistic has 2 degrees of freedom and the p-value is
 * \( e^{-X^2/2} \).
 */
class DiscreteGoodnessOfFitBinningTest {

    private static int[] draws(int... countPerValue) {
        int n = 0;
        for (int c : countPerValue) {
            n += c;
        }
        int[] d = new int[n];
        int i = 0;
        for (int v = 0; v < countPerValue.length; v++) {
            for (int c = 0; c < countPerValue[v]; c++) {
                d[i++] = v;
            }
        }
        return d;
    }

    @Test
    void expectedCountsOfExactlyFiveCloseABin() {
        // Binomial(2, 1/2), n = 20: expected 5, 10, 5, so bins {0}, {1}, {2}
        // observed 4, 12, 4: X^2 = 1/5 + 4/10 + 1/5 = 0.8
        TestResult r = ChiSquare.goodnessOfFit(draws(4, 12, 4), Binomial.of(2, 0.5));
        assertEquals(0.8, r.statistic(), 1e-12);
        assertEquals(Math.exp(-0.4), r.pValue(), 1e-12);
    }

    @Test
    void smallCountsAtTheEndsAreMergedIntoTheirNeighbours() {
        // Binomial(4, 1/2), n = 40: expected 2.5, 10, 15, 10, 2.5. 0 alone is too small, so the
        // first bin is {0, 1} (12.5); then {2} (15); P(X > 3) n = 2.5 stops the scan and the tail
        // {3, 4} (12.5) is the last bin. Observed 3 + 7, 20, 6 + 4:
        // X^2 = 2.5^2/12.5 + 5^2/15 + 2.5^2/12.5 = 8/3
        TestResult r = ChiSquare.goodnessOfFit(draws(3, 7, 20, 6, 4), Binomial.of(4, 0.5));
        assertEquals(8.0 / 3, r.statistic(), 1e-12);
        assertEquals(Math.exp(-4.0 / 3), r.pValue(), 1e-12);
    }

    @Test
    void drawsOutsideTheSupportGiveAnInfiniteStatistic() {
        TestResult above = ChiSquare.goodnessOfFit(new int[] {0, 1, 2, 3}, Binomial.of(2, 0.5));
        assertEquals(Double.POSITIVE_INFINITY, above.statistic());
        assertEquals(0.0, above.pValue(), 0.0);
        TestResult below = ChiSquare.goodnessOfFit(new int[] {-1, 1, 2}, Binomial.of(2, 0.5));
        assertEquals(Double.POSITIVE_INFINITY, below.statistic());
        // a value of probability 0 inside the bounds
        TestResult never = ChiSquare.goodnessOfFit(new int[] {0, 1, 2}, Binomial.of(2, 1.0));
        assertEquals(Double.POSITIVE_INFINITY, never.statistic());
    }

    @Test
    void tooFewDrawsForTwoBinsAndBadDdofAreNamed() {
        // n = 19: expected 4.75, 9.5, 4.75; no bin can close with 5 left above it
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChiSquare.goodnessOfFit(draws(5, 9, 5), Binomial.of(2, 0.5)));
        assertEquals("draws must allow at least 2 bins with expected count >= 5, had n = 19", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ChiSquare.goodnessOfFit(new long[] {5, 5, 5}, new double[] {0.25, 0.5, 0.25}, 2));
        assertEquals("ddof must be in [0, 1], was 2", e.getMessage());
        // ddof 1 of 3 categories: 1 degree of freedom
        TestResult one = ChiSquare.goodnessOfFit(new long[] {5, 10, 5}, new double[] {0.25, 0.5, 0.25}, 1);
        assertEquals(0.0, one.statistic(), 1e-15);
        assertTrue(one.pValue() > 0.999999, "p " + one.pValue());
    }
}
