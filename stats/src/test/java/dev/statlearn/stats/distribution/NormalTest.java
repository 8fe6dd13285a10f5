package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.statlearn.core.Randomness;
import org.junit.jupiter.api.Test;

class NormalTest {

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new Normal(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Normal(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new Normal(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new Normal(0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Normal.standard().density(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Normal.standard().inverseCdf(1.5));
        assertThrows(IllegalArgumentException.class, () -> Normal.standard().logLikelihood(new double[] {1, Double.NaN}));
        assertThrows(NullPointerException.class, () -> Normal.standard().sample(null));
    }

    @Test
    void edgeValues() {
        Normal n = Normal.standard();
        assertEquals(Double.NEGATIVE_INFINITY, n.inverseCdf(0));
        assertEquals(Double.POSITIVE_INFINITY, n.inverseCdf(1));
        assertEquals(0.0, n.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, n.cdf(Double.POSITIVE_INFINITY));
        assertEquals(0.0, n.density(Double.POSITIVE_INFINITY));
        assertEquals(Double.NEGATIVE_INFINITY, n.logDensity(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, n.logLikelihood(new double[0]));
    }

    @Test
    void quantileInvertsCdf() {
        Normal n = new Normal(2, 3);
        qt().withExamples(300).forAll(doubles().between(-25, 25)).checkAssert(z -> {
            double x = 2 + 3 * z;
            double p = z < 0 ? n.cdf(x) : n.survival(x);
            double back = z < 0 ? n.inverseCdf(p) : 4 - n.inverseCdf(p); // symmetry about the mean
            assertEquals(x, back, 1e-9 * Math.max(1, Math.abs(x)), "z=" + z);
        });
    }

    @Test
    void logLikelihoodIsSumOfLogDensities() {
        Normal n = new Normal(-1, 0.5);
        double[] x = n.sample(Randomness.seeded(7), 1000);
        double sum = 0;
        for (double v : x) {
            sum += n.logDensity(v);
        }
        assertEquals(sum, n.logLikelihood(x), 1e-9 * Math.abs(sum));
    }

    @Test
    void samplesHaveTheRightMoments() {
        // 10^5 draws: sd of the sample mean is 3/sqrt(1e5) ~ 0.0095; 5 sd bound => false-failure prob ~ 6e-7
        double[] x = new Normal(10, 3).sample(Randomness.seeded(42), 100_000);
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        var /= x.length - 1;
        assertEquals(10, mean, 5 * 3 / Math.sqrt(1e5));
        // sd of the sample variance ~ sigma^2 sqrt(2/n) = 9 * 0.00447 = 0.04; 5 sd bound
        assertEquals(9, var, 5 * 9 * Math.sqrt(2.0 / 1e5));
        assertTrue(x.length == 100_000);
    }

    @Test
    void sameSeedSameDraws() {
        Normal n = new Normal(0, 1);
        assertEquals(n.sample(Randomness.seeded(1), 5)[4], n.sample(Randomness.seeded(1), 5)[4]);
    }
}
