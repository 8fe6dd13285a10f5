package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.divergence.Divergences;
import dev.statlearn.stats.mle.Fit;
import dev.statlearn.stats.mle.Mle;
import org.junit.jupiter.api.Test;

/** The Poisson with mean 0 (the point mass at 0), its fit from all-zero counts and its KL divergences. */
class PoissonPointMassTest {

    private static final double NEG_INF = Double.NEGATIVE_INFINITY;

    // tools/reference/poisson_zero.py (scipy 1.10.1): k, then scipy.stats.poisson(0).pmf(k),
    // .logpmf(k), .cdf(k), .sf(k), .logcdf(k), .logsf(k)
    private static final double[][] SCIPY = {
        {-1, 0.0, NEG_INF, 0.0, 1.0, NEG_INF, 0.0},
        {0, 1.0, 0.0, 1.0, 0.0, 0.0, NEG_INF},
        {1, 0.0, NEG_INF, 1.0, 0.0, 0.0, NEG_INF},
        {5, 0.0, NEG_INF, 1.0, 0.0, 0.0, NEG_INF},
    };

    private final Poisson zero = Poisson.of(0);

    @Test
    void pointMassAgreesWithScipyPoissonZero() {
        for (double[] row : SCIPY) {
            int k = (int) row[0];
            assertEquals(row[1], zero.pmf(k), "pmf " + k);
            assertEquals(row[2], zero.logPmf(k), "logPmf " + k);
            assertEquals(row[3], zero.cdf(k), "cdf " + k);
            assertEquals(row[4], zero.survival(k), "survival " + k);
            assertEquals(row[5], zero.logCdf(k), "logCdf " + k);
            assertEquals(row[6], zero.logSurvival(k), "logSurvival " + k);
        }
        // poisson(0).entropy() = 0.0; stats(moments='mv') = (0.0, 0.0)
        assertEquals(0.0, zero.entropy());
        assertEquals(0.0, zero.mean());
        assertEquals(0.0, zero.variance());
        assertEquals(0.0, zero.standardDeviation());
        // scipy gives (inf, inf) from lambda^(-1/2) and 1/lambda; statlearn's point-mass convention is NaN
        assertTrue(Double.isNaN(zero.skewness()));
        assertTrue(Double.isNaN(zero.excessKurtosis()));
        assertEquals(0, zero.supportLowerBound());
        assertEquals(0, zero.supportUpperBound());
        // ppf(0.5) = isf(0.5) = 0; scipy's ppf(0) = isf(1) = -1 and ppf(1) = isf(0) = inf are its
        // "outside the support" conventions: statlearn returns the ends of the support {0}
        for (double p : new double[] {0, Double.MIN_VALUE, 1e-300, 0.5, 1 - 1e-16, 1}) {
            assertEquals(0, zero.inverseCdf(p), "inverseCdf " + p);
            assertEquals(0, zero.inverseSurvival(p), "inverseSurvival " + p);
        }
        assertEquals(0.0, zero.logLikelihood(new int[] {0, 0, 0}));
        assertEquals(NEG_INF, zero.logLikelihood(new int[] {0, 1}));
        assertEquals("Poisson(rate=0)", zero.toString());
    }

    @Test
    void badRatesStillRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Poisson.of(-1e-300));
        assertTrue(e.getMessage().contains("rate") && e.getMessage().contains("-1.0E-300"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Poisson.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Poisson.of(-0.5));
        assertEquals(0.0, Poisson.of(-0.0).mean(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> zero.inverseCdf(1.5));
        assertThrows(IllegalArgumentException.class, () -> zero.inverseSurvival(Double.NaN));
        assertThrows(NullPointerException.class, () -> zero.sample(null));
    }

    @Test
    void everyDrawIsZero() {
        // scipy: poisson(0).rvs(10, random_state=1) is ten zeros
        qt().withExamples(50).forAll(longs().all(), integers().between(0, 1000)).checkAssert((seed, n) ->
                assertArrayEquals(new int[n], zero.sample(Randomness.seeded(seed), n)));
    }

    @Test
    void tinyRatesApproachThePointMass() {
        // continuity at 0: Poisson(eps) -> Poisson(0) as eps -> 0, to first order in eps
        qt().withExamples(200).forAll(doubles().between(-300, -3)).checkAssert(e -> {
            double eps = Math.pow(10, e);
            Poisson p = Poisson.of(eps);
            assertEquals(zero.cdf(0), p.cdf(0), 2 * eps + 2.3e-16);
            assertEquals(zero.pmf(0), p.pmf(0), 2 * eps + 2.3e-16);
            assertEquals(zero.mean(), p.mean(), eps);
            assertEquals(0, p.inverseCdf(0.5));
            assertEquals(0, p.inverseSurvival(0.5));
            // entropy of Poisson(eps) is eps (1 - log eps) + O(eps^2 log eps)
            assertEquals(eps * (1 - Math.log(eps)), p.entropy(), 1e-15 * eps * (1 - Math.log(eps)) + eps * eps);
        });
    }

    // tools/reference/poisson_zero.py, mpmath 1.2.1 at 50 digits: -sum_{k<400} p_k log p_k.
    // SciPy 1.10.1's poisson(lam).entropy() drops the lam term for tiny lam (6.9077552789823005e-298
    // at 1e-300, 6.907755278982154e-29 at 1e-30).
    private static final double[][] ENTROPY = {
        {1e-300, 6.9177552789821370521e-298},
        {1e-100, 2.312585092994045684e-98},
        {1e-30, 7.0077552789821370521e-29},
        {1e-20, 4.705170185988091368e-19},
        {1e-8, 1.942068074741810137e-7},
        {0.001, 0.0079081018046324831039},
        {0.5, 0.92763746749579737414},
        {1, 1.3048422422562514843},
    };

    @Test
    void entropyOfSmallRatesAgreesWithMpmath() {
        for (double[] r : ENTROPY) {
            assertEquals(r[1], Poisson.of(r[0]).entropy(), 1e-15 * r[1], "rate " + r[0]);
        }
        // continuity across the switch from the series (rate <= 1) to summation
        double below = Poisson.of(1).entropy();
        double above = Poisson.of(Math.nextUp(1.0)).entropy();
        assertEquals(below, above, 1e-14);
    }

    @Test
    void klWithThePointMass() {
        // tools/reference/poisson_zero.py: scipy.stats.entropy(poisson(0).pmf(0..200),
        // poisson(lam).pmf(0..200)) = 0.5, 3.0, 40.00000000000001 for lam = 0.5, 3, 40, and the
        // reverse order gives inf
        double[][] ref = {{0.5, 0.5}, {3.0, 3.0}, {40.0, 40.00000000000001}};
        for (double[] r : ref) {
            assertEquals(r[1], Divergences.kl(zero, Poisson.of(r[0])), 1e-15 * r[1]);
            assertEquals(Double.POSITIVE_INFINITY, Divergences.kl(Poisson.of(r[0]), zero));
        }
        assertEquals(0.0, Divergences.kl(zero, zero));
        // property: KL(Poisson(0) || Poisson(lam)) = lam = -log P_lam(0), and the closed form for
        // Poisson(eps) tends to it
        qt().withExamples(200).forAll(doubles().between(-300, 9)).checkAssert(e -> {
            double lam = Math.pow(10, e);
            Poisson q = Poisson.of(lam);
            assertEquals(lam, Divergences.kl(zero, q), 0.0);
            assertEquals(-q.logPmf(0), Divergences.kl(zero, q), 1e-15 * lam);
            assertEquals(Double.POSITIVE_INFINITY, Divergences.kl(q, zero));
            double eps = 1e-300;
            assertEquals(lam, Divergences.kl(Poisson.of(eps), q), 1e-12 * lam + 1e-290);
        });
    }

    @Test
    void mleOfAllZeroCountsIsThePointMass() {
        qt().withExamples(100).forAll(integers().between(1, 10_000)).checkAssert(n -> {
            int[] k = new int[n];
            Fit<Poisson> f = Mle.poisson(k);
            assertEquals(zero, f.distribution());
            assertEquals(0.0, f.estimate("rate"));
            assertEquals(0.0, f.standardError("rate"));
            assertEquals(0.0, f.logLikelihood());
            assertEquals(n, f.n());
            assertEquals(2.0, f.aic(), 1e-15);
            assertArrayEquals(new int[n], k);
        });
        // one nonzero count moves the fit off the boundary: rate 1/n, se sqrt(rate/n)
        Fit<Poisson> f = Mle.poisson(new int[] {0, 0, 0, 1});
        assertEquals(0.25, f.estimate("rate"));
        assertEquals(0.25, f.standardError("rate"), 1e-16);
        assertThrows(IllegalArgumentException.class, () -> Mle.poisson(new int[0]));
        assertThrows(IllegalArgumentException.class, () -> Mle.poisson(new int[] {0, -1}));
    }
}
