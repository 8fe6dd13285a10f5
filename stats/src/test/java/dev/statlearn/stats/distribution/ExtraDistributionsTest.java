package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/**
 * Validation and invariants of StudentT, InverseGamma, NegativeBinomial, BetaBinomial, NormalInverseGamma;
 * their samplers are checked through the testkit in {@code testkit/src/test/java/dev/statlearn/stats/distribution/SamplerDistributionTest}.
 */
class ExtraDistributionsTest {

    @Test
    void rejectsInvalidParameters() {
        assertThrows(IllegalArgumentException.class, () -> StudentT.of(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> StudentT.of(1, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> StudentT.of(1, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> InverseGamma.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> NegativeBinomial.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> NegativeBinomial.of(-1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> BetaBinomial.of(-1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> NormalInverseGamma.of(0, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> StudentT.standard(3).inverseCdf(1.5));
    }

    @Test
    void quantilesInvertTheCdf() {
        qt().withExamples(200)
                .forAll(doubles().between(0.3, 100), doubles().between(1e-6, 1 - 1e-6))
                .checkAssert((nu, p) -> {
                    StudentT t = StudentT.of(nu, 1, 2);
                    double x = t.inverseCdf(p);
                    double back = p < 0.5 ? t.cdf(x) : t.survival(x);
                    assertEquals(p < 0.5 ? p : 1 - p, back, 1e-12 * Math.min(p, 1 - p) + 1e-16);
                    InverseGamma ig = InverseGamma.of(nu, 3);
                    assertEquals(p, ig.cdf(ig.inverseCdf(p)), 1e-9 * p + 1e-15);
                    assertEquals(1.0, ig.cdf(x) + ig.survival(x), 1e-14);
                });
        assertEquals(Double.NEGATIVE_INFINITY, StudentT.standard(2).inverseCdf(0));
        assertEquals(0.0, StudentT.standard(2).inverseCdf(0.5));
        // t with 1 degree of freedom is Cauchy: F(x) = 1/2 + atan(x)/pi
        assertEquals(0.5 + Math.atan(3) / Math.PI, StudentT.standard(1).cdf(3), 1e-15);
        assertEquals(Math.tan(Math.PI * (0.9 - 0.5)), StudentT.standard(1).inverseCdf(0.9), 1e-13);
        // t with 2 degrees of freedom: F(x) = 1/2 + x / (2 sqrt(2 + x^2))
        assertEquals(0.5 + 1.5 / (2 * Math.sqrt(2 + 2.25)), StudentT.standard(2).cdf(1.5), 1e-15);
    }

    @Test
    void discretePmfsSumToOneAndMatchTheirCdf() {
        qt().withExamples(100)
                .forAll(doubles().between(0.1, 30), doubles().between(0.05, 1.0))
                .checkAssert((r, p) -> {
                    NegativeBinomial nb = NegativeBinomial.of(r, p);
                    double s = 0;
                    for (int k = 0; k <= 50; k++) {
                        s += nb.pmf(k);
                    }
                    assertEquals(nb.cdf(50), s, 1e-11);
                    assertEquals(1.0, nb.cdf(50) + nb.survival(50), 1e-12);
                    BetaBinomial bb = BetaBinomial.of(30, r, 1 / p);
                    double t = 0;
                    for (int k = 0; k <= 30; k++) {
                        t += bb.pmf(k);
                    }
                    assertEquals(1.0, t, 1e-12);
                    assertEquals(1.0, bb.cdf(12) + bb.survival(12), 1e-12);
                });
        assertEquals(1.0, NegativeBinomial.of(3, 1).pmf(0));
    }

    @Test
    void normalInverseGammaDensityIntegratesToItsMarginal() {
        // integrating the joint density over sigma^2 gives the Student t marginal of mu
        NormalInverseGamma nig = NormalInverseGamma.of(0.5, 2, 3, 1.5);
        double mu = 1.1;
        double sum = 0;
        double h = 1e-4;
        for (double v = h / 2; v < 60; v += h) {
            sum += Math.exp(nig.logDensity(new double[] {mu, v})) * h;
        }
        assertEquals(nig.meanMarginal().density(mu), sum, 1e-6);
        assertEquals(Double.NEGATIVE_INFINITY, nig.logDensity(new double[] {0, -1}));
        assertEquals(1.5 / 2, nig.mean()[1], 1e-15);
    }
}
