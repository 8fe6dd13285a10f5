package dev.statlearn.stats.divergence;

import static dev.statlearn.stats.divergence.DivergencesTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.Dirichlet;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.InverseGamma;
import dev.statlearn.stats.distribution.Laplace;
import dev.statlearn.stats.distribution.LogNormal;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.distribution.Uniform;
import org.junit.jupiter.api.Test;

/**
 * Closed-form Kullback–Leibler divergences against torch 1.13.0a0 ({@code kl_divergence} in float64)
 * and the same closed forms evaluated by mpmath 1.2.1 at 50 digits, which the script checks against
 * the definition (mpmath quadrature, or exact sums for the discrete families) to 1e-13 relative.
 * Every table below is printed by {@code tools/reference/divergence_closed_forms.py}; each row ends
 * with {torch, mpmath}. We hold 1e-12 relative to mpmath (1e-10 for shapes near 1e4, and 3e-21
 * absolute for a divergence of 8e-13 between nearly equal shapes, where the lgamma/digamma terms
 * cancel). torch's own float64 evaluation is not exact where its terms cancel
 * (nearly equal arguments): it is held to 1e-9 relative (absolute 1e-13) only.
 */
class KlClosedFormsReferenceTest {

    private static void assertRel(double expected, double actual, double rel, double abs) {
        if (Double.isInfinite(expected)) {
            assertEquals(expected, actual);
            return;
        }
        double err = Math.abs(expected - actual);
        assertTrue(err <= rel * Math.abs(expected) || err <= abs,
                "expected " + expected + " but was " + actual + " (rel err " + err / Math.abs(expected) + ")");
    }

    private static void check(double[] row, double actual) {
        double torch = row[row.length - 2];
        double mpmath = row[row.length - 1];
        assertRel(mpmath, actual, 1e-12, 1e-25);
        assertRel(torch, actual, 1e-9, 1e-13);
    }

    @Test
    void gammaAndInverseGamma() {
        // shape1, rate1, shape2, rate2, torch kl_divergence(Gamma, Gamma), mpmath closed form
        double[][] gamma = {
            {2.0, 3.0, 1.5, 0.5, 1.1115824670894043, 1.1115824670894041},
            {0.5, 1.0, 5.0, 2.0, 8.475748101719923, 8.475748101719924},
            {100.0, 10.0, 90.0, 9.5, 0.13663960256408103, 0.13663960256408503},
            {3.0, 1.0, 3.0, 1.0, 0.0, 0.0},
            {7.5, 0.25, 0.75, 4.0, 116.2300881916538, 116.2300881916538},
            {0.05, 2.0, 0.5, 0.1, 8.277882124734907, 8.277882124734905},
        };
        for (double[] r : gamma) {
            check(r, Divergences.kl(Gamma.of(r[0], r[1]), Gamma.of(r[2], r[3])));
        }
        // nearly equal shapes: the shape terms cancel to an absolute error of a few 1e-21 (torch's
        // float64 value 8.224666324795302e-13 happens to be closer here)
        assertEquals(8.224666326034263e-13, Divergences.kl(Gamma.of(1, 1), Gamma.of(1.000001, 1)), 3e-21);
        // shapes near 1e4: lgamma(a2) - lgamma(a1) - (a2 - a1) digamma(a1) cancels to ~1e-12 relative
        assertRel(0.49836645239613525, Divergences.kl(Gamma.of(1e4, 1e4), Gamma.of(1.01e4, 1e4)), 1e-10, 0);
        // shape1, scale1, shape2, scale2; torch: TransformedDistribution(Gamma(shape, rate=scale), PowerTransform(-1))
        double[][] inverse = {
            {2.0, 3.0, 1.5, 0.5, 1.1115824670894043, 1.1115824670894041},
            {3.0, 1.0, 4.0, 2.0, 0.40323923132986117, 0.40323923132986134},
            {0.75, 0.5, 2.5, 1.5, 0.7351277369976752, 0.7351277369976759},
        };
        for (double[] r : inverse) {
            check(r, Divergences.kl(InverseGamma.of(r[0], r[1]), InverseGamma.of(r[2], r[3])));
        }
    }

    @Test
    void betaAndDirichlet() {
        // a1, b1, a2, b2, torch kl_divergence(Beta, Beta), mpmath closed form
        double[][] beta = {
            {2.0, 3.0, 1.5, 0.5, 0.9364893550774553, 0.9364893550774551},
            {0.5, 0.5, 1.0, 1.0, 0.24156447527048996, 0.24156447527049044},
            {20.0, 30.0, 25.0, 25.0, 1.042106344074, 1.0421063440740144},
            {1.0, 1.0, 1.0, 1.0, 0.0, 0.0},
            {0.3, 4.0, 2.0, 0.7, 7.078425291418888, 7.078425291418889},
            {200.0, 100.0, 190.0, 105.0, 0.3365255488785124, 0.3365255488784024},
        };
        for (double[] r : beta) {
            check(r, Divergences.kl(Beta.of(r[0], r[1]), Beta.of(r[2], r[3])));
        }
        // alpha1, alpha2, {torch kl_divergence(Dirichlet, Dirichlet), mpmath closed form}
        double[][][] dirichlet = {
            {{1.0, 2.0, 3.0}, {3.0, 2.0, 1.0}, {3.0, 3.0}},
            {{0.5, 0.5}, {2.0, 5.0}, {3.7718388992077863, 3.771838899207788}},
            {{1.0, 1.0, 1.0, 1.0}, {1.0, 1.0, 1.0, 1.0}, {0.0, 0.0}},
            {{10.0, 20.0, 30.0, 40.0}, {12.0, 18.0, 33.0, 37.0}, {0.5677349295753924, 0.5677349295753933}},
        };
        for (double[][] r : dirichlet) {
            check(r[2], Divergences.kl(Dirichlet.of(r[0]), Dirichlet.of(r[1])));
        }
        // two categories: the beta divergence of the first coordinate
        assertRel(Divergences.kl(Beta.of(0.5, 0.5), Beta.of(2, 5)),
                Divergences.kl(Dirichlet.of(0.5, 0.5), Dirichlet.of(2, 5)), 1e-14, 0);
        assertMessage("p has dimension 2 but q has dimension 3",
                () -> Divergences.kl(Dirichlet.of(1, 2), Dirichlet.of(1, 2, 3)));
    }

    @Test
    void exponentialLaplaceLogNormal() {
        // rate1, rate2, torch, mpmath
        double[][] expo = {
            {1.0, 2.0, 0.3068528194400546, 0.3068528194400547},
            {3.0, 0.5, 0.9584261358947217, 0.9584261358947217},
            {1.0, 1.0, 0.0, 0.0},
            {0.001, 1000.0, 999985.184489442, 999985.184489442},
        };
        for (double[] r : expo) {
            check(r, Divergences.kl(Exponential.of(r[0]), Exponential.of(r[1])));
        }
        // torch gives 0.0 here (log(r) + 1/r - 1 cancels); mpmath 4.999999905891958e-17
        assertRel(4.999999905891958e-17, Divergences.kl(Exponential.of(1), Exponential.of(1.00000001)), 1e-7, 0);
        // loc1, scale1, loc2, scale2, torch, mpmath
        double[][] laplace = {
            {0.0, 1.0, 1.0, 2.0, 0.37708690114566656, 0.37708690114566645},
            {2.0, 0.5, -1.0, 1.5, 2.0994385393936654, 2.099438539393665},
            {0.0, 1.0, 0.0, 1.0, 0.0, 0.0},
            {0.0, 3.0, 0.0, 1.0, 0.9013877113318902, 0.9013877113318903},
            {5.0, 1.0, 0.0, 1.0, 4.006737946999086, 4.006737946999086},
        };
        for (double[] r : laplace) {
            check(r, Divergences.kl(Laplace.of(r[0], r[1]), Laplace.of(r[2], r[3])));
        }
        // mu1, sigma1, mu2, sigma2, torch, mpmath
        double[][] lognormal = {
            {0.0, 1.0, 1.0, 2.0, 0.4431471805599453, 0.4431471805599453},
            {1.5, 0.5, -0.5, 2.0, 1.4175443611198906, 1.4175443611198906},
            {0.0, 1.0, 0.0, 1.0, 0.0, 0.0},
        };
        for (double[] r : lognormal) {
            check(r, Divergences.kl(LogNormal.of(r[0], r[1]), LogNormal.of(r[2], r[3])));
            assertEquals(Divergences.kl(Normal.of(r[0], r[1]), Normal.of(r[2], r[3])),
                    Divergences.kl(LogNormal.of(r[0], r[1]), LogNormal.of(r[2], r[3])));
        }
    }

    @Test
    void poissonAndBinomial() {
        // rate1, rate2, torch, mpmath
        double[][] poisson = {
            {1.0, 2.0, 0.3068528194400547, 0.3068528194400547},
            {10.0, 3.0, 5.039728043259361, 5.03972804325936},
            {0.1, 50.0, 49.27853919015778, 49.27853919015778},
            {4.0, 4.0, 0.0, 0.0},
        };
        for (double[] r : poisson) {
            check(r, Divergences.kl(Poisson.of(r[0]), Poisson.of(r[1])));
        }
        // torch 0.4996669163972456 (1e-10 off: its two terms of 1e6 cancel), mpmath:
        assertRel(0.4996669164668332, Divergences.kl(Poisson.of(1e6), Poisson.of(1.001e6)), 1e-12, 0);
        // a tiny first rate: lambda2 - lambda1 + lambda1 ln(lambda1/lambda2), no overflow
        assertRel(2e9, Divergences.kl(Poisson.of(Double.MIN_VALUE), Poisson.of(2e9)), 1e-15, 0);
        // n, p1, p2, torch, mpmath
        double[][] binomial = {
            {10.0, 0.3, 0.5, 0.8228287850505189, 0.8228287850505186},
            {1.0, 0.9, 0.2, 1.145725502930663, 1.145725502930663},
            {40.0, 0.05, 0.06, 0.03747704097249477, 0.037477040972494366},
            {7.0, 0.5, 0.5, 0.0, 0.0},
        };
        for (double[] r : binomial) {
            check(r, Divergences.kl(Binomial.of((int) r[0], r[1]), Binomial.of((int) r[0], r[2])));
        }
        // n1 < n2: torch raises NotImplementedError; mpmath exact sum over the first's support
        double[][] nested = {
            {5, 0.3, 10, 0.5, 2.715052049733547},
            {1, 0.5, 3, 0.5, 0.8369882167858358},
            {20, 0.7, 25, 0.6, 0.11898252117655596},
            {0, 0.5, 4, 0.25, 1.1507282898071236},
        };
        for (double[] r : nested) {
            assertRel(r[4], Divergences.kl(Binomial.of((int) r[0], r[1]), Binomial.of((int) r[2], r[3])), 1e-12, 0);
        }
        // n1 > n2: +inf (torch: inf too); a second success probability of 0 or 1 that misses mass: +inf
        assertEquals(Double.POSITIVE_INFINITY, Divergences.kl(Binomial.of(10, 0.3), Binomial.of(5, 0.3)));
        assertEquals(Double.POSITIVE_INFINITY, Divergences.kl(Binomial.of(3, 0.3), Binomial.of(3, 0)));
        assertEquals(Double.POSITIVE_INFINITY, Divergences.kl(Binomial.of(3, 0.3), Binomial.of(5, 1)));
        // point masses: KL(Bin(n, 0) || Bin(n, q)) = -n ln(1 - q)
        assertRel(-4 * Math.log1p(-0.25), Divergences.kl(Binomial.of(4, 0), Binomial.of(4, 0.25)), 1e-15, 0);
        assertEquals(0.0, Divergences.kl(Binomial.of(0, 0.2), Binomial.of(0, 0.9)));
        // the largest legal first binomial nested in a larger one: finite, fast (summed over +-40 sd)
        double big = Divergences.kl(Binomial.of(Integer.MAX_VALUE - 1, 0.5), Binomial.of(Integer.MAX_VALUE, 0.5));
        assertTrue(big >= 0 && big < 1, "was " + big);
    }

    @Test
    void uniformIsInfiniteWhenSupportsDoNotNest() {
        // lo1, hi1, lo2, hi2, torch kl_divergence(Uniform, Uniform)
        double[][] uniform = {
            {0.0, 1.0, 0.0, 2.0, 0.6931471805599453},
            {0.0, 2.0, 0.0, 1.0, Double.POSITIVE_INFINITY},
            {0.25, 0.5, -1.0, 3.0, 2.772588722239781},
            {0.0, 1.0, 0.5, 1.5, Double.POSITIVE_INFINITY},
            {-1.0, 1.0, -1.0, 1.0, 0.0},
        };
        for (double[] r : uniform) {
            assertRel(r[4], Divergences.kl(Uniform.of(r[0], r[1]), Uniform.of(r[2], r[3])), 1e-15, 0);
        }
        // widths that overflow: ln(2e308 / 1e308) = ln 2, as a difference of logs near 709 (1 ulp = 1e-13)
        assertRel(Math.log(2), Divergences.kl(Uniform.of(-5e307, 5e307), Uniform.of(-1e308, 1e308)), 1e-12, 0);
    }

    @Test
    void klIsNonNegativeAndZeroForEqualArguments() {
        qt().withExamples(300).forAll(doubles().between(0.01, 50), doubles().between(0.01, 50),
                doubles().between(0.01, 50), doubles().between(0.01, 50)).checkAssert((a, b, c, d) -> {
                    assertTrue(Divergences.kl(Gamma.of(a, b), Gamma.of(c, d)) >= 0);
                    assertEquals(0.0, Divergences.kl(Gamma.of(a, b), Gamma.of(a, b)));
                    assertTrue(Divergences.kl(Beta.of(a, b), Beta.of(c, d)) >= 0);
                    assertEquals(0.0, Divergences.kl(Beta.of(a, b), Beta.of(a, b)));
                    assertTrue(Divergences.kl(InverseGamma.of(a, b), InverseGamma.of(c, d)) >= 0);
                    assertTrue(Divergences.kl(Exponential.of(a), Exponential.of(c)) >= 0);
                    assertEquals(0.0, Divergences.kl(Exponential.of(a), Exponential.of(a)));
                    assertTrue(Divergences.kl(Laplace.of(a - 25, b), Laplace.of(c - 25, d)) >= 0);
                    assertEquals(0.0, Divergences.kl(Laplace.of(a, b), Laplace.of(a, b)));
                    assertTrue(Divergences.kl(Poisson.of(a), Poisson.of(c)) >= 0);
                    assertEquals(0.0, Divergences.kl(Poisson.of(a), Poisson.of(a)));
                    assertTrue(Divergences.kl(LogNormal.of(a, b), LogNormal.of(c, d)) >= 0);
                    assertTrue(Divergences.kl(Dirichlet.of(a, b, c), Dirichlet.of(d, a, b)) >= 0);
                    assertEquals(0.0, Divergences.kl(Dirichlet.of(a, b, c), Dirichlet.of(a, b, c)));
                });
        qt().withExamples(200).forAll(integers().between(0, 200), integers().between(0, 200),
                doubles().between(0, 1), doubles().between(0, 1)).checkAssert((n1, n2, p, q) -> {
                    double kl = Divergences.kl(Binomial.of(n1, p), Binomial.of(n2, q));
                    assertTrue(kl >= 0, "was " + kl);
                    if (n1 > n2) {
                        assertEquals(Double.POSITIVE_INFINITY, kl);
                    }
                    assertEquals(0.0, Divergences.kl(Binomial.of(n1, p), Binomial.of(n1, p)));
                });
    }

    @Test
    void closedFormsAgreeWithTheDefinitionByQuadratureOrSummation() {
        // equal n: the closed form equals the summed definition (the n1 < n2 path) as q's n grows by 0
        Binomial p = Binomial.of(30, 0.35);
        Binomial q = Binomial.of(30, 0.6);
        double sum = 0;
        for (int k = 0; k <= 30; k++) {
            sum += p.pmf(k) * (p.logPmf(k) - q.logPmf(k));
        }
        assertRel(sum, Divergences.kl(p, q), 1e-12, 0);
    }

    @Test
    void nullArgumentsAreNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Divergences.kl(Gamma.of(1, 1), (Gamma) null));
        assertTrue(e.getMessage().contains("q"));
    }
}
