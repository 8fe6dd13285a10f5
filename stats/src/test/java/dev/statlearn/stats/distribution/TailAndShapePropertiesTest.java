package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.statlearn.core.Randomness;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the tail, entropy and shape methods: \( \log F \le 0 \), \( \log S \le 0 \),
 * \( S^{-1}(S(x)) = x \), the entropy of a location-scale family shifts by \( \log c \) under
 * scaling by \( c \) and not at all under a shift, and skewness and excess kurtosis agree with the
 * sample moments of \( 2 \cdot 10^5 \) seeded draws.
 */
class TailAndShapePropertiesTest {

    private static final List<ContinuousDistribution> CONTINUOUS = List.of(Normal.of(1, 2), Exponential.of(1.5),
            Uniform.of(-1, 3), Laplace.of(0.5, 2), LogNormal.of(0.3, 0.5), Gamma.of(2.5, 1.5), Beta.of(2, 3),
            InverseGamma.of(9.5, 2), StudentT.of(12.5, 1, 2));

    @Test
    void logTailsAreNonPositiveAndMatchTheTails() {
        qt().withExamples(300).forAll(doubles().between(-30, 30), integers().between(0, CONTINUOUS.size() - 1))
                .checkAssert((x, i) -> {
                    ContinuousDistribution d = CONTINUOUS.get(i);
                    double lc = d.logCdf(x);
                    double ls = d.logSurvival(x);
                    assertTrue(lc <= 0 && ls <= 0, d + " at " + x);
                    double c = d.cdf(x);
                    if (c > 1e-300) {
                        assertEquals(Math.log(c), lc, 1e-9 * Math.max(1, Math.abs(lc)), d + " logCdf at " + x);
                    }
                    double s = d.survival(x);
                    if (s > 1e-300) {
                        assertEquals(Math.log(s), ls, 1e-9 * Math.max(1, Math.abs(ls)), d + " logSurvival at " + x);
                    }
                });
    }

    @Test
    void inverseSurvivalInvertsTheSurvivalFunction() {
        qt().withExamples(300).forAll(doubles().between(1e-12, 1 - 1e-9), integers().between(0, CONTINUOUS.size() - 1))
                .checkAssert((u, i) -> {
                    ContinuousDistribution d = CONTINUOUS.get(i);
                    double x = d.inverseSurvival(u);
                    assertEquals(u, d.survival(x), 1e-9 * u, d + " at q = " + u);
                });
    }

    @Test
    void entropyOfLocationScaleFamiliesShiftsWithLogScale() {
        qt().withExamples(200).forAll(doubles().between(-50, 50), doubles().between(1e-3, 1e3))
                .checkAssert((m, c) -> {
                    double lc = Math.log(c);
                    assertEquals(Normal.standard().entropy() + lc, Normal.of(m, c).entropy(), 1e-12 * (1 + Math.abs(lc)));
                    assertEquals(Laplace.of(0, 1).entropy() + lc, Laplace.of(m, c).entropy(), 1e-12 * (1 + Math.abs(lc)));
                    assertEquals(StudentT.of(4.5, 0, 1).entropy() + lc, StudentT.of(4.5, m, c).entropy(), 1e-12 * (1 + Math.abs(lc)));
                    assertEquals(Uniform.of(0, 1).entropy() + lc, Uniform.of(m, m + c).entropy(), 1e-9 * (1 + Math.abs(lc)));
                    assertEquals(Exponential.of(1).entropy() + lc, Exponential.of(1 / c).entropy(), 1e-12 * (1 + Math.abs(lc)));
                    assertEquals(Gamma.of(3, 1).entropy() + lc, Gamma.of(3, 1 / c).entropy(), 1e-12 * (1 + Math.abs(lc)));
                });
    }

    /**
     * Sample skewness and excess kurtosis of \( n = 2\cdot10^5 \) draws (fixed seeds), each within
     * 6 standard errors, the standard error estimated from the same draws by the leading delta-method
     * term \( \sqrt{\widehat{\operatorname{Var}}((X-\bar x)^j)/n} / \hat\sigma^j \), \( j = 3, 4 \).
     * The estimates are asymptotically normal, so a false failure has probability about
     * \( 2\cdot10^{-9} \) per check (14 checks: below \( 3\cdot10^{-8} \)); the leading term
     * omits the corrections for the estimated mean and variance, which are of the same order, so
     * this is an approximation, not a bound.
     */
    @Test
    void shapeMatchesSampleMoments() {
        List<ContinuousDistribution> ds = List.of(Gamma.of(4, 1), Beta.of(2, 5), Exponential.of(1), Normal.of(0, 1),
                Laplace.of(0, 1), Uniform.of(0, 1), LogNormal.of(0, 0.25));
        int n = 200_000;
        for (int j = 0; j < ds.size(); j++) {
            ContinuousDistribution d = ds.get(j);
            RandomGenerator rng = Randomness.seeded(1000 + j);
            double[] x = d.sample(rng, n);
            double mean = 0;
            for (double v : x) {
                mean += v;
            }
            mean /= n;
            double m2 = 0;
            double m3 = 0;
            double m4 = 0;
            double m6 = 0;
            double m8 = 0;
            for (double v : x) {
                double e = v - mean;
                double e2 = e * e;
                m2 += e2;
                m3 += e2 * e;
                m4 += e2 * e2;
                m6 += e2 * e2 * e2;
                m8 += e2 * e2 * e2 * e2;
            }
            m2 /= n;
            m3 /= n;
            m4 /= n;
            m6 /= n;
            m8 /= n;
            double seSkew = Math.sqrt((m6 - m3 * m3) / n) / Math.pow(m2, 1.5);
            double seKurt = Math.sqrt((m8 - m4 * m4) / n) / (m2 * m2);
            assertEquals(d.skewness(), m3 / Math.pow(m2, 1.5), 6 * seSkew, d + " skewness");
            assertEquals(d.excessKurtosis(), m4 / (m2 * m2) - 3, 6 * seKurt, d + " excess kurtosis");
        }
    }

    @Test
    void discreteLogTailsAndInverseSurvival() {
        List<DiscreteDistribution> ds = List.of(Poisson.of(3.5), Binomial.of(40, 0.3), Geometric.of(0.2),
                NegativeBinomial.of(3.5, 0.4), BetaBinomial.of(12, 2, 3), Bernoulli.of(0.3));
        qt().withExamples(300).forAll(integers().between(-2, 60), integers().between(0, ds.size() - 1))
                .checkAssert((k, i) -> {
                    DiscreteDistribution d = ds.get(i);
                    assertTrue(d.logCdf(k) <= 0 && d.logSurvival(k) <= 0, d + " at " + k);
                    double s = d.survival(k);
                    if (s > 0 && s < 1) {
                        int q = d.inverseSurvival(s);
                        assertTrue(d.survival(q) <= s && (q == d.supportLowerBound() || d.survival(q - 1) > s),
                                d + " isf(" + s + ") = " + q);
                    }
                });
    }
}
