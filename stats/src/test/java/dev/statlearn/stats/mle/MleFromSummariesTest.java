package dev.statlearn.stats.mle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.Normal;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link Mle#normal(Moments, String)} and {@link Mle#categoricalFromCounts(long[])}, the fits from
 * summaries that the spark module aggregates, are the array fits: the normal bit for bit (the array
 * fit goes through the moments), the categorical up to the grouping of its log-likelihood sum.
 */
class MleFromSummariesTest {

    @Test
    void normalFromMomentsIsTheArrayFit() {
        RandomGenerator rng = Randomness.seeded(43);
        double[] x = new double[301];
        for (int i = 0; i < x.length; i++) {
            x[i] = 3 + 2 * rng.nextGaussian();
        }
        Fit<Normal> local = Mle.normal(x);
        Fit<Normal> fromMoments = Mle.normal(Moments.of(x), "x");
        assertEquals(local.estimate("mean"), fromMoments.estimate("mean"), 0.0);
        assertEquals(local.estimate("sd"), fromMoments.estimate("sd"), 0.0);
        assertEquals(local.logLikelihood(), fromMoments.logLikelihood(), 0.0);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(local.covariance()[i], fromMoments.covariance()[i], 0.0);
        }
        assertEquals(x.length, fromMoments.n());
    }

    @Test
    void normalFromMomentsRejectsTooFewOrConstantValuesWithTheName() {
        assertEquals("moments of height must count between 2 and Integer.MAX_VALUE = 2147483647 values to estimate"
                + " a standard deviation, had 1", assertThrows(IllegalArgumentException.class,
                        () -> Mle.normal(Moments.of(1.0), "height")).getMessage());
        assertEquals("height must not be constant to fit a normal (the scale would be 0)",
                assertThrows(IllegalArgumentException.class,
                        () -> Mle.normal(Moments.of(2.0, 2.0, 2.0), "height")).getMessage());
        assertThrows(NullPointerException.class, () -> Mle.normal(null, "height"));
        assertThrows(NullPointerException.class, () -> Mle.normal(Moments.of(1.0, 2.0), null));
    }

    @Test
    void categoricalFromCountsIsTheLabelFit() {
        int[] labels = {0, 2, 2, 1, 0, 2, 2, 4, 0, 2};   // class 3 never occurs
        long[] counts = {3, 1, 5, 0, 1};
        Fit<Categorical> local = Mle.categorical(labels, 5);
        Fit<Categorical> fromCounts = Mle.categoricalFromCounts(counts);
        assertEquals(local.estimates(), fromCounts.estimates());
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(local.covariance()[i], fromCounts.covariance()[i], 0.0);
        }
        // log-likelihood: sum of 10 log p (labels) vs sum of n_j log p_j (counts), exact up to rounding
        assertEquals(local.logLikelihood(), fromCounts.logLikelihood(), 1e-13 * Math.abs(local.logLikelihood()));
        assertEquals(3 * Math.log(0.3) + Math.log(0.1) + 5 * Math.log(0.5) + Math.log(0.1),
                fromCounts.logLikelihood(), 1e-13);
        assertEquals(10, fromCounts.n());
    }

    @Test
    void categoricalFromCountsRejectsBadCountsWithTheirName() {
        assertEquals("counts[1] must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> Mle.categoricalFromCounts(new long[] {2, -1})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mle.categoricalFromCounts(new long[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Mle.categoricalFromCounts(new long[0]));
        assertThrows(IllegalArgumentException.class,
                () -> Mle.categoricalFromCounts(new long[] {Integer.MAX_VALUE, 1}));
        assertThrows(NullPointerException.class, () -> Mle.categoricalFromCounts(null));
        long[] counts = {1, 2};
        Mle.categoricalFromCounts(counts);
        assertArrayEquals(new long[] {1, 2}, counts);
    }
}
