package dev.statlearn.stats.divergence;

import static dev.statlearn.stats.divergence.DivergencesTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.Laplace;
import dev.statlearn.stats.distribution.LogNormal;
import dev.statlearn.stats.distribution.MultivariateNormal;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Uniform;
import dev.statlearn.stats.montecarlo.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Closed forms and numerical divergences between distributions. Reference values from
 * {@code tools/reference/divergence.py} (torch 1.13.0a0, scipy 1.10.1).
 */
class ParametricDivergencesTest {

    private static void assertRel(double expected, double actual, double rel) {
        double err = Math.abs(expected - actual);
        assertTrue(err <= rel * Math.abs(expected) || err <= 1e-15,
                "expected " + expected + " but was " + actual + " (rel err " + err / Math.abs(expected) + ")");
    }

    @Test
    void normalKlMatchesTorch() {
        // torch.distributions.kl_divergence(Normal(m1, s1), Normal(m2, s2)) in float64
        double[][] table = {
            {0.0, 1.0, 0.0, 1.0, 0.0},
            {0.0, 1.0, 1.0, 1.0, 0.5},
            {1.5, 0.5, -0.5, 2.0, 1.4175443611198906},
            {-3.0, 4.0, 2.0, 0.25, 324.7274112777602},
        };
        for (double[] r : table) {
            assertRel(r[4], Divergences.kl(Normal.of(r[0], r[1]), Normal.of(r[2], r[3])), 1e-14);
        }
        // tiny divergence keeps relative accuracy: KL(N(0,1) || N(0, 1+e)) ~ e^2 for small e
        double e = 1e-6;
        assertRel(Math.log1p(e) + 0.5 / ((1 + e) * (1 + e)) - 0.5, Divergences.kl(Normal.of(0, 1),
                Normal.of(0, 1 + e)), 1e-6);
    }

    @Test
    void multivariateNormalKlMatchesTorch() {
        MultivariateNormal p = MultivariateNormal.of(new double[] {0, 1, -1},
                new double[][] {{2.0, 0.3, 0.1}, {0.3, 1.0, -0.2}, {0.1, -0.2, 0.5}});
        MultivariateNormal q = MultivariateNormal.of(new double[] {0.5, 0, 1},
                new double[][] {{1.0, 0.0, 0.2}, {0.0, 1.5, 0.4}, {0.2, 0.4, 2.0}});
        // torch.distributions.kl_divergence(MultivariateNormal(m1, c1), MultivariateNormal(m2, c2))
        assertRel(2.3511549842727613, Divergences.kl(p, q), 1e-13);
        assertRel(5.482547479313231, Divergences.kl(q, p), 1e-13);
        assertEquals(0, Divergences.kl(p, p), 1e-15);
        // one dimension = the univariate formula
        assertRel(Divergences.kl(Normal.of(1.5, 0.5), Normal.of(-0.5, 2)),
                Divergences.kl(MultivariateNormal.of(new double[] {1.5}, new double[][] {{0.25}}),
                        MultivariateNormal.of(new double[] {-0.5}, new double[][] {{4}})), 1e-14);
        assertMessage("p has dimension 3 but q has dimension 2",
                () -> Divergences.kl(p, MultivariateNormal.standard(2)));
    }

    @Test
    void categoricalKlMatchesTorch() {
        // torch.distributions.kl_divergence(Categorical(probs=[.1,.2,.3,.4]), Categorical(probs=[.4,.3,.2,.1]))
        assertRel(0.4564348191467835, Divergences.kl(Categorical.of(0.1, 0.2, 0.3, 0.4),
                Categorical.of(0.4, 0.3, 0.2, 0.1)), 1e-14);
        assertEquals(Double.POSITIVE_INFINITY, Divergences.kl(Categorical.of(0.5, 0.5), Categorical.of(1, 0)));
        assertMessage("p has 2 categories but q has 3",
                () -> Divergences.kl(Categorical.of(0.5, 0.5), Categorical.of(0.2, 0.3, 0.5)));
    }

    @Test
    void normalHellingerWassersteinAndTvMatchQuadrature() {
        // m1, s1, m2, s2, hellinger, W2, TV by scipy.integrate.quad (see the script)
        double[][] table = {
            {0.0, 1.0, 1.0, 1.0, 0.34278724803499416, 0.9999999999999999, 0.3829249225480263},
            {1.5, 0.5, -0.5, 2.0, 0.6766331028403103, 2.5000000000000013, 0.7199637713798507},
            {0.0, 1.0, 0.0, 3.0, 0.47476660661688985, 1.9999999999999971, 0.48432799653169956},
        };
        for (double[] r : table) {
            Normal p = Normal.of(r[0], r[1]);
            Normal q = Normal.of(r[2], r[3]);
            assertRel(r[4], Divergences.hellinger(p, q), 1e-12);   // quad accuracy ~1e-13
            assertRel(r[5], Divergences.wasserstein2(p, q), 1e-14);
            assertRel(r[6], Divergences.totalVariation(p, q), 1e-10);
        }
        // closed form for equal sd: TV = 2 Phi(|d| / 2 sd) - 1 = erf(0.5 / sqrt 2); scipy.special.erf -> 0.3829249225480261
        assertRel(0.3829249225480261, Divergences.totalVariation(Normal.of(0, 1), Normal.of(1, 1)), 1e-10);
        assertEquals(0, Divergences.hellinger(Normal.of(2, 3), Normal.of(2, 3)));
        assertEquals(0, Divergences.wasserstein2(Normal.of(2, 3), Normal.of(2, 3)));
    }

    @Test
    void totalVariationByQuadratureMatchesClosedFormsAndScipy() {
        // Exp(1) vs Exp(2): densities cross at ln 2; TV = (1 - 1/4) - (1 - 1/2) = 0.25
        assertRel(0.25, Divergences.totalVariation(Exponential.of(1), Exponential.of(2)), 1e-10);
        // U(0, 2) vs U(1, 3): disjoint halves, TV = 0.5
        assertRel(0.5, Divergences.totalVariation(Uniform.of(0, 2), Uniform.of(1, 3)), 1e-10);
        assertRel(1, Divergences.totalVariation(Uniform.of(0, 1), Uniform.of(2, 3)), 1e-10);
        // scipy.integrate.quad: TV(norm(0, 1), laplace(0, 1)), TV(gamma(2), lognorm(0.8, scale=e^0.5)) (+ tail beyond 200)
        assertRel(0.1174736772570984, Divergences.totalVariation(Normal.of(0, 1), Laplace.of(0, 1)), 1e-9);
        assertRel(0.07785941128936956, Divergences.totalVariation(Gamma.of(2, 1), LogNormal.of(0.5, 0.8)), 1e-9);
    }

    @Test
    void totalVariationHandlesSingularitiesNarrowPeaksAndHeavyTails() {
        // scipy.integrate.quad (split at 1e-6 and 1): TV(gamma(a=0.5), expon())
        assertRel(0.3024398656114201, Divergences.totalVariation(Gamma.of(0.5, 1), Exponential.of(1)), 1e-10);
        // mpmath closed form 0.21051366235301868433; about 1e-8 of beta mass lies within one ulp of 1,
        // where the density cannot be evaluated, hence the looser tolerance next to the singularity
        assertEquals(0.21051366235301868, Divergences.totalVariation(Beta.of(0.5, 0.5), Uniform.of(0, 1)), 1e-8);
        // both densities infinite at x = 1 (found by the testkit's Families generator); mpmath 1.2.1
        // quadrature at 30 digits, tools/reference/divergence.py: 0.10733126291998990484
        assertEquals(0.10733126291998990484, Divergences.totalVariation(Beta.of(2, 0.5), Beta.of(3, 0.5)), 1e-8);
        // scipy.integrate.quad, split at decades up to 1e7 plus the tail: TV(lognorm(s=2), expon())
        assertRel(0.27589609507862106, Divergences.totalVariation(LogNormal.of(0, 2), Gamma.of(1, 1)), 1e-9);
        // a peak much narrower than the other distribution's scale, far away: TV = 1 - 2e-16 or so
        assertEquals(1, Divergences.totalVariation(Normal.of(0, 1e-3), Normal.of(100, 1)), 1e-9);
        assertEquals(1, Divergences.totalVariation(Normal.of(0, 1e-3), Normal.of(0.1, 1e-3)), 1e-9);
        assertEquals(0, Divergences.totalVariation(Gamma.of(3, 2), Gamma.of(3, 2)));
    }

    @Test
    void quadratureTvEqualsClosedFormForNormalsWithEqualSd() {
        qt().withExamples(100)
                .forAll(doubles().between(-5, 5), doubles().between(-5, 5), doubles().between(0.05, 5))
                .checkAssert((m1, m2, sd) -> {
                    double expected = org.apache.commons.math3.special.Erf.erf(Math.abs(m1 - m2) / (2 * Math.sqrt(2) * sd));
                    assertEquals(expected, Divergences.totalVariation(Normal.of(m1, sd), Normal.of(m2, sd)), 1e-9);
                });
    }

    @Test
    void closedFormPropertiesOfNormals() {
        qt().withExamples(200)
                .forAll(doubles().between(-10, 10), doubles().between(0.1, 10), doubles().between(-10, 10),
                        doubles().between(0.1, 10))
                .checkAssert((m1, s1, m2, s2) -> {
                    Normal p = Normal.of(m1, s1);
                    Normal q = Normal.of(m2, s2);
                    double kl = Divergences.kl(p, q);
                    double h = Divergences.hellinger(p, q);
                    assertTrue(kl >= 0);
                    assertTrue(h >= 0 && h <= 1);
                    assertEquals(h, Divergences.hellinger(q, p), 1e-15);
                    assertEquals(Divergences.wasserstein2(p, q), Divergences.wasserstein2(q, p), 0.0);
                    // W2 of a shift is |c|
                    assertEquals(Math.abs(m2 - m1), Divergences.wasserstein2(p, Normal.of(m2, s1)), 1e-12);
                    // Pinsker-type bounds relating the closed forms: H^2 <= KL / 2 (H^2 <= TV <= sqrt(KL/2))
                    assertTrue(h * h <= 0.5 * kl + 1e-12);
                });
    }

    @Test
    void klMonteCarloIsPrecise() {
        // agreement with the closed forms and quadrature, and coverage of the 99% interval, are
        // checked in testkit's KlMonteCarloAgreementTest (stats cannot depend on the testkit)
        Estimate g = Divergences.klMonteCarlo(Gamma.of(2, 1), LogNormal.of(0.5, 0.8), 100_000, Randomness.seeded(2));
        assertTrue(g.standardError() < 0.002);
    }

    @Test
    void badInputForNumericalDivergences() {
        assertMessage("q has zero density at x = ", () -> Divergences.klMonteCarlo(Uniform.of(0, 2), Uniform.of(0, 1),
                1000, Randomness.seeded(1)));
        assertMessage("n must be >= 2, was 1", () -> Divergences.klMonteCarlo(Normal.standard(), Normal.standard(),
                1, Randomness.seeded(1)));
        assertMessage("p has dimension 2 but q has dimension 3", () -> Divergences.klMonteCarlo(
                MultivariateNormal.standard(2), MultivariateNormal.standard(3), 10, Randomness.seeded(1)));
        assertThrows(NullPointerException.class, () -> Divergences.totalVariation(Normal.standard(), null));
        assertThrows(NullPointerException.class, () -> Divergences.kl((Normal) null, Normal.standard()));
    }
}
