package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Location/scale families at parameters near {@link Double#MAX_VALUE} and
 * {@link Double#MIN_VALUE}, where {@code x - location}, {@code b - a}, {@code scale * z} or
 * {@code 2 * scale} overflow although the result does not. References are exact scaling
 * identities: \( F_{m,s}(x) = F_{0,1}((x - m)/s) \) with \( (x - m)/s \) an exact small number,
 * \( f_{m,s}(x) = f_{0,1}(z)/s \), \( Q_{m,s}(p) = m + s\,Q_{0,1}(p) \). Results whose exact value
 * lies beyond {@code MAX_VALUE} (a variance \( s^2 \), a draw or quantile more than
 * {@code MAX_VALUE} from 0) are \( \pm\infty \); never NaN.
 */
class LocationScaleExtremesTest {

    private static final double BIG = 1e308;
    private static final double MAX = Double.MAX_VALUE;

    private static void close(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.abs(expected), what);
    }

    private static void finiteDrawsIn(ContinuousDistribution d, double lo, double hi, int n) {
        RandomGenerator rng = Randomness.seeded(17);
        for (int i = 0; i < n; i++) {
            double x = d.sample(rng);
            assertTrue(x >= lo && x <= hi, d + " drew " + x);
        }
    }

    @Test
    void uniformWiderThanMaxValue() {
        Uniform u = Uniform.of(-BIG, BIG);
        assertEquals(0.5 / BIG, u.density(0));
        close(-Math.log(2 * (BIG / 4)) - Math.log(4), u.logDensity(3), 1e-15, "logDensity");
        assertEquals(0.5, u.cdf(0));
        assertEquals(0.75, u.cdf(BIG / 2));
        assertEquals(0.25, u.survival(BIG / 2));
        assertEquals(-BIG / 2, u.inverseCdf(0.25));
        assertEquals(BIG, u.inverseCdf(1));
        assertEquals(-BIG, u.inverseCdf(0));
        assertEquals(0.0, u.mean());
        assertEquals(Double.POSITIVE_INFINITY, u.variance(), "(2e308)^2 / 12 exceeds MAX_VALUE");
        close(2 * BIG / Math.sqrt(12), u.standardDeviation(), 1e-15, "sd");
        finiteDrawsIn(u, -BIG, BIG, 1000);
        Uniform all = Uniform.of(-MAX, MAX);
        assertEquals(0.0, all.inverseCdf(0.5));
        assertEquals(0.5, all.cdf(0));
        finiteDrawsIn(all, -MAX, MAX, 1000);
        // mean of two large ends of one sign: (a + b) overflows
        Uniform high = Uniform.of(1e308, 1.7e308);
        assertEquals(1.35e308, high.mean());
        close(0.7e308 / Math.sqrt(12), high.standardDeviation(), 1e-15, "sd");
        // the ordinary case keeps its bits
        Uniform ab = Uniform.of(2, 5);
        assertEquals(2 + 0.3 * 3, ab.inverseCdf(0.3));
        assertEquals(0.75, ab.variance());
    }

    @Test
    void normalWithHugeMeanAndScale() {
        Normal std = Normal.standard();
        Normal n = Normal.of(BIG, BIG);
        // x - mean = -2e308 overflows; z = -2 exactly
        close(std.cdf(-2), n.cdf(-BIG), 1e-15, "cdf");
        close(std.survival(-2), n.survival(-BIG), 1e-15, "survival");
        close(std.density(-2) / BIG, n.density(-BIG), 1e-13, "density (subnormal result)");
        close(std.logDensity(-2) - Math.log(BIG), n.logDensity(-BIG), 1e-15, "logDensity");
        close(-0.5 * 4 - Math.log(BIG) - 0.5 * Math.log(2 * Math.PI),
                n.logLikelihood(new double[] {-BIG}), 1e-15, "logLikelihood");
        // mean + sd z with sd z = 2.5e308 > MAX but the quantile 1.5e308 finite
        Normal m = Normal.of(-BIG, BIG);
        close(1.5e308, m.inverseCdf(std.cdf(2.5)), 1e-14, "quantile");
        assertEquals(Double.NEGATIVE_INFINITY, Normal.of(0, BIG).inverseCdf(1e-10), "exact value -6.4e308");
        assertEquals(Double.POSITIVE_INFINITY, n.variance());
        assertEquals(BIG, n.standardDeviation());
        // draws never NaN; those whose exact value is beyond MAX are +-infinity
        RandomGenerator rng = Randomness.seeded(5);
        for (int i = 0; i < 1000; i++) {
            double x = m.sample(rng);
            assertTrue(!Double.isNaN(x), "draw " + x);
        }
    }

    @Test
    void normalWithTinyScale() {
        Normal n = Normal.of(0, Double.MIN_VALUE);
        assertEquals(0.0, n.density(1), "was NaN (inf * 0)");
        double x = 30 * Double.MIN_VALUE;   // z = 30: density 30 orders below 1/sd, finite
        double d = n.density(x);
        assertTrue(Double.isFinite(d) && d > 1e127 && d < 1e128, "density " + d);
        close(Math.exp(n.logDensity(x)), d, 1e-12, "density vs logDensity");
        assertEquals(Double.POSITIVE_INFINITY, n.density(0), "1 / (sqrt(2 pi) 4.9e-324) > MAX");
    }

    @Test
    void laplaceWithHugeScale() {
        Laplace l = Laplace.of(0, BIG);
        assertEquals(0.5 / BIG, l.density(0), "2 scale overflowed: density was 0");
        close(-Math.log(BIG) - Math.log(2), l.logDensity(0), 1e-15, "logDensity");
        close(0.5 * Math.exp(-1), l.cdf(-BIG), 1e-15, "cdf");
        Laplace shifted = Laplace.of(BIG, BIG);
        close(0.5 * Math.exp(-2), shifted.cdf(-BIG), 1e-15, "cdf with overflowing x - location");
        close(0.5 * Math.exp(-2), Laplace.of(-BIG, BIG).survival(BIG), 1e-15, "survival");
        close(Math.exp(-2) / BIG * 0.5, shifted.density(-BIG), 1e-13, "density");
        Laplace low = Laplace.of(-BIG, BIG);
        double p = 1 - 0.5 * Math.exp(-2.3);   // z = 2.3: scale z = 2.3e308 overflows, the quantile 1.3e308 not
        close(2 * (-BIG / 2 - BIG / 2 * Math.log(2 * (1 - p))), low.inverseCdf(p), 1e-14, "quantile");
        assertEquals(Double.POSITIVE_INFINITY, l.variance());
        close(Math.sqrt(2) * BIG, l.standardDeviation(), 1e-15, "sd");
        finiteDrawsIn(Laplace.of(-BIG, 1e307), -MAX, MAX, 1000);
    }

    @Test
    void studentTWithHugeLocationAndScale() {
        StudentT std = StudentT.standard(3);
        StudentT t = StudentT.of(3, BIG, BIG);
        close(std.cdf(-2), t.cdf(-BIG), 1e-14, "cdf");
        close(std.survival(-2), t.survival(-BIG), 1e-14, "survival");
        close(std.density(-2) / BIG, t.density(-BIG), 1e-13, "density");
        StudentT low = StudentT.of(3, -BIG, BIG);
        close(1.5e308, low.inverseCdf(std.cdf(2.5)), 1e-12, "quantile");
        close(-1.5e308, StudentT.of(3, BIG, BIG).inverseCdf(std.cdf(-2.5)), 1e-12, "lower quantile");
        assertEquals(Double.POSITIVE_INFINITY, t.variance());
        close(Math.sqrt(3) * BIG, t.standardDeviation(), 1e-15, "sd");
    }

    @Test
    void logNormalAndScaleFamiliesKeepVarianceAndSdMeaningful() {
        assertEquals(Double.POSITIVE_INFINITY, LogNormal.of(-BIG, BIG).variance(), "was NaN (0 * inf)");
        assertEquals(Double.POSITIVE_INFINITY, LogNormal.of(-BIG, BIG).mean());
        LogNormal ln = LogNormal.of(700, 1);   // variance e^1401 (e - 1) overflows, sd e^700.5 sqrt(e - 1) does not
        assertEquals(Double.POSITIVE_INFINITY, ln.variance());
        close(Math.exp(700.5) * Math.sqrt(Math.E - 1), ln.standardDeviation(), 1e-13, "sd");
        close(Math.exp(700), LogNormal.of(700, 1e-300).inverseCdf(0.5), 1e-15, "median");
        assertEquals(0.0, LogNormal.of(0, 1e-300).density(1e-300), "sigma x underflowed: was NaN");
        assertEquals(1e308, Exponential.of(1e-308).standardDeviation());
        close(Math.sqrt(2) * 1e308, Gamma.of(2, 1e-308).standardDeviation(), 1e-15, "gamma sd");
        close(1e100, Gamma.of(1e-300, 1e-200).variance(), 1e-15, "rate^2 underflowed: was +inf");
        close(1e-100, Gamma.of(1e300, 1e200).variance(), 1e-15, "rate^2 overflowed: was 0");
        close(1e-200, InverseGamma.of(1e200, 1e200).variance(), 1e-14, "was NaN (inf / inf)");
        close(5e307, InverseGamma.of(3, BIG).standardDeviation(), 1e-15, "inverse gamma sd");
    }
}
