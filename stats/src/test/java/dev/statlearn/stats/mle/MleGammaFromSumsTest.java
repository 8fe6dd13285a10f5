package dev.statlearn.stats.mle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.Gamma;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link Mle#gamma(int, double, double)}, the gamma fit from sufficient statistics (used by the
 * spark module, whose sums are merged across partitions), is the array fit itself: given the sums
 * that {@link Mle#gamma(double[])} computes, it returns the same bits.
 */
class MleGammaFromSumsTest {

    @Test
    void givenTheSameSumsItIsTheArrayFitBitForBit() {
        RandomGenerator rng = Randomness.seeded(41);
        double[] x = new double[257];
        for (int i = 0; i < x.length; i++) {
            x[i] = -Math.log(1 - rng.nextDouble()) * (1 + rng.nextDouble());
        }
        Fit<Gamma> local = Mle.gamma(x);
        double[] sums = Mle.sumAndSumOfLogs(x);
        Fit<Gamma> fromSums = Mle.gamma(x.length, sums[0], sums[1]);
        assertEquals(local.estimate("shape"), fromSums.estimate("shape"), 0.0);
        assertEquals(local.estimate("rate"), fromSums.estimate("rate"), 0.0);
        assertEquals(local.logLikelihood(), fromSums.logLikelihood(), 0.0);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(local.covariance()[i], fromSums.covariance()[i], 0.0);
        }
        assertEquals(x.length, fromSums.n());
    }

    @Test
    void badSumsAreRejectedWithTheirName() {
        assertEquals("n must have at least 2 values to estimate a gamma shape, had 1",
                assertThrows(IllegalArgumentException.class, () -> Mle.gamma(1, 1.0, 0.0)).getMessage());
        assertEquals("sum must be > 0 and finite, was 0.0",
                assertThrows(IllegalArgumentException.class, () -> Mle.gamma(3, 0.0, 0.0)).getMessage());
        assertEquals("sumOfLogs must be finite, was NaN",
                assertThrows(IllegalArgumentException.class, () -> Mle.gamma(3, 3.0, Double.NaN)).getMessage());
        // constant data: log(mean) - mean(log x) = 0
        assertEquals("sumOfLogs must be < n log(sum / n) = 0.0 (the sums of n positive values, not all equal),"
                + " was 0.0", assertThrows(IllegalArgumentException.class, () -> Mle.gamma(3, 3.0, 0.0)).getMessage());
    }
}
