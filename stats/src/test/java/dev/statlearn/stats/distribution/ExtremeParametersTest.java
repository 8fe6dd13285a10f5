package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Samplers and quantiles at the edges of the legal parameter range: every call returns (the
 * timeouts only guard against hangs, far above the normal run time), integer outcomes never
 * saturate at {@link Integer#MAX_VALUE}, and parameters whose support does not fit in {@code int}
 * are rejected with a message naming the argument, the rule and the value.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExtremeParametersTest {

    private static final int DRAWS = 2000;

    private static void assertRejected(Supplier<?> construction, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction::get);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "'" + e.getMessage() + "' lacks '" + f + "'");
        }
    }

    @Test
    void integerSupportsThatOverflowIntAreRejected() {
        assertRejected(() -> Geometric.of(1e-300), "p must be >= 2.2E-8", "1.0E-300", "2147483647");
        assertRejected(() -> Geometric.of(Math.nextDown(Geometric.MIN_P)), "p must be >= ");
        assertRejected(() -> Poisson.of(1e12), "rate must be <= 2.147E9", "1.0E12");
        assertRejected(() -> Poisson.of(Math.nextUp(Poisson.MAX_RATE)), "rate must be <= ");
        assertRejected(() -> NegativeBinomial.of(1, 1e-12), "size=1.0", "p=1.0E-12", "2147483647");
        assertRejected(() -> NegativeBinomial.of(1e300, 0.5), "size=1.0E300");
        assertRejected(() -> NegativeBinomial.of(0.01, 1e-12), "size=0.01");
    }

    @Test
    void limitsKeepTheTailNegligible() {
        // the documented tail bounds, in closed form
        assertTrue(Geometric.of(Geometric.MIN_P).survival(Integer.MAX_VALUE) < 1e-20);
        double k = 0x1p31;
        double lambda = Poisson.MAX_RATE;
        assertTrue((k - lambda) + k * Math.log1p((lambda - k) / k) < Math.log(1e-23));
        // accepted negative binomials: a large mean far from the int limit, a tiny size
        assertEquals(1e7 * (1 - 1e-7), NegativeBinomial.of(1, 1e-7).mean(), 1e-3);
        NegativeBinomial.of(1e-25, 1e-12);
        NegativeBinomial.of(1e-300, Double.MIN_NORMAL);
        NegativeBinomial.of(1e9, 0.9);
    }

    @Test
    void integerSamplersAtTheLimitsStayInRange() {
        RandomGenerator rng = Randomness.seeded(3);
        List<DiscreteDistribution> ds = List.of(
                Geometric.of(Geometric.MIN_P), Geometric.of(1 - 1e-16), Poisson.of(Poisson.MAX_RATE),
                Poisson.of(1e-300), Poisson.of(Math.nextDown(10.0)), Poisson.of(10),
                NegativeBinomial.of(1, 1e-7), NegativeBinomial.of(1e-25, 1e-12),
                NegativeBinomial.of(1e-300, Double.MIN_NORMAL), NegativeBinomial.of(1e9, 0.9),
                NegativeBinomial.of(1e-3, 1 - 1e-16), Binomial.of(Integer.MAX_VALUE, 1e-9),
                Binomial.of(Integer.MAX_VALUE, 0.5), Binomial.of(Integer.MAX_VALUE, 1 - 1e-9),
                Binomial.of(Integer.MAX_VALUE, Double.MIN_VALUE), BetaBinomial.of(Integer.MAX_VALUE, 1e-300, 1e-300),
                BetaBinomial.of(Integer.MAX_VALUE, 1e300, 1e300), Bernoulli.of(Double.MIN_VALUE));
        for (DiscreteDistribution d : ds) {
            // far-out draws would show up here; a saturating sampler returned exactly MAX_VALUE
            double sd = d.standardDeviation();
            for (int i = 0; i < DRAWS; i++) {
                int x = d.sample(rng);
                assertTrue(x >= d.supportLowerBound() && x <= d.supportUpperBound(), d + " drew " + x);
                assertTrue(x < Integer.MAX_VALUE || d instanceof Binomial || d instanceof BetaBinomial,
                        d + " drew " + x);
                if (sd > 0 && d.mean() > 1e6 && !(d instanceof BetaBinomial)) {
                    assertTrue(Math.abs(x - d.mean()) < 60 * sd, d + " drew " + x);
                }
            }
        }
    }

    @Test
    void poissonAtTheMaximumRateIsCentredOnIt() {
        RandomGenerator rng = Randomness.seeded(11);
        double sum = 0;
        int n = 4000;
        for (int i = 0; i < n; i++) {
            sum += Poisson.of(Poisson.MAX_RATE).sample(rng);
        }
        // standard error sqrt(rate / n) ~ 733
        assertEquals(Poisson.MAX_RATE, sum / n, 6 * Math.sqrt(Poisson.MAX_RATE / n));
    }

    @Test
    void integerQuantilesAtTheLimitsDoNotSaturate() {
        double almostOne = Math.nextDown(1.0);
        List<DiscreteDistribution> ds = List.of(Geometric.of(Geometric.MIN_P), Poisson.of(Poisson.MAX_RATE),
                NegativeBinomial.of(1, 1e-7));
        for (DiscreteDistribution d : ds) {
            for (double q : new double[] {1e-300, 0.5, 1 - 1e-9, almostOne}) {
                int k = d.inverseCdf(q);
                assertTrue(k < Integer.MAX_VALUE, d + " quantile " + q + " = " + k);
                assertTrue(d.cdf(k) >= q, d + " cdf(" + k + ") < " + q);
                if (k > d.supportLowerBound()) {
                    assertTrue(d.cdf(k - 1) < q, d + " cdf(" + (k - 1) + ") >= " + q);
                }
            }
        }
        // the geometric quantile in closed form: ceil(log(1 - q) / log(1 - p))
        assertEquals(31_506_690, Geometric.of(Geometric.MIN_P).inverseCdf(0.5));
    }

    @Test
    void continuousSamplersAtExtremeShapesReturnNumbersInTheSupport() {
        RandomGenerator rng = Randomness.seeded(5);
        List<ContinuousDistribution> ds = List.of(
                Gamma.of(1e-300, 1), Gamma.of(Double.MIN_VALUE, 1), Gamma.of(1e300, 1), Gamma.of(1, 1e-300),
                Beta.of(Double.MIN_VALUE, Double.MIN_VALUE), Beta.of(1e-300, 1e-300), Beta.of(1e-3, 1e-3),
                Beta.of(1e300, 1e300), Beta.of(1e-300, 1e300), InverseGamma.of(1e300, 1),
                StudentT.of(1e300, 0, 1), StudentT.of(1e-3, 0, 1), LogNormal.of(0, 1e-300),
                Exponential.of(Double.MIN_VALUE), Laplace.of(0, 1e300), Uniform.of(-1e307, 1e307),
                Normal.of(0, Double.MIN_VALUE));
        for (ContinuousDistribution d : ds) {
            for (int i = 0; i < DRAWS; i++) {
                double x = d.sample(rng);
                assertFalse(Double.isNaN(x), d + " drew NaN");
                if (d instanceof Gamma || d instanceof Beta) {
                    assertTrue(x >= 0 && (d instanceof Gamma || x <= 1), d + " drew " + x);
                }
            }
        }
        // tiny shapes: the beta collapses onto {0, 1} with P(1) = alpha / (alpha + beta)
        int ones = 0;
        Beta tiny = Beta.of(Double.MIN_VALUE, 3 * Double.MIN_VALUE);
        for (int i = 0; i < 4000; i++) {
            double x = tiny.sample(rng);
            assertTrue(x == 0 || x == 1, "drew " + x);
            ones += (int) x;
        }
        assertEquals(1000, ones, 6 * Math.sqrt(4000 * 0.25 * 0.75));
    }

    @Test
    void dirichletWithTinyConcentrationsDrawsVertices() {
        RandomGenerator rng = Randomness.seeded(9);
        Dirichlet d = Dirichlet.of(Double.MIN_VALUE, Double.MIN_VALUE, 2 * Double.MIN_VALUE);
        int[] hits = new int[3];
        for (int i = 0; i < 4000; i++) {
            double[] x = d.sample(rng);
            assertEquals(1.0, x[0] + x[1] + x[2], 0.0);
            for (int j = 0; j < 3; j++) {
                assertTrue(x[j] == 0 || x[j] == 1);
                hits[j] += (int) x[j];
            }
        }
        assertEquals(1000, hits[0], 6 * Math.sqrt(4000 * 0.25 * 0.75));
        assertEquals(2000, hits[2], 6 * Math.sqrt(4000 * 0.25));
    }
}
