package dev.statlearn.stats.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Interval;
import dev.statlearn.core.Numerics;
import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.InverseGamma;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ConjugatePropertiesTest {

    private static int[] bits(RandomGenerator rng, int n, double p) {
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble() < p ? 1 : 0;
        }
        return x;
    }

    private static void assertHdi(ContinuousDistribution d, Interval hdi, double level) {
        assertEquals(level, d.cdf(hdi.upper()) - d.cdf(hdi.lower()), 1e-9, d + " " + hdi);
        Interval et = CredibleIntervals.equalTailed(d, level);
        assertTrue(hdi.width() <= et.width() * (1 + 1e-9), d + " hdi " + hdi + " et " + et);
        double lo = d.density(hdi.lower());
        double hi = d.density(hdi.upper());
        boolean atBoundary = hdi.lower() == d.supportLowerBound() || hdi.upper() == d.supportUpperBound();
        if (!atBoundary) {
            assertEquals(lo, hi, 1e-6 * Math.max(lo, hi), d + " densities at the ends of " + hdi);
        }
    }

    @Test
    void sequentialUpdatesEqualOneBatchIncludingTheEvidence() {
        qt().withExamples(80)
                .forAll(longs().all(), integers().between(0, 60), integers().between(0, 60))
                .checkAssert((seed, n1, n2) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    int[] a = bits(rng, n1, 0.3);
                    int[] b = bits(rng, n2, 0.3);
                    int[] ab = new int[n1 + n2];
                    System.arraycopy(a, 0, ab, 0, n1);
                    System.arraycopy(b, 0, ab, n1, n2);
                    BetaBernoulli chained = BetaBernoulli.prior(0.5, 2).update(a).update(b);
                    BetaBernoulli once = BetaBernoulli.prior(0.5, 2).update(ab);
                    assertEquals(once.posterior(), chained.posterior());
                    assertEquals(once.logMarginalLikelihood(), chained.logMarginalLikelihood(), 1e-12);

                    double[] x = rng.doubles(n1, -5, 5).toArray();
                    double[] y = rng.doubles(n2, -5, 5).toArray();
                    double[] xy = new double[n1 + n2];
                    System.arraycopy(x, 0, xy, 0, n1);
                    System.arraycopy(y, 0, xy, n1, n2);
                    NormalNormal nn1 = NormalNormal.prior(1, 2, 1.5).update(x).update(y);
                    NormalNormal nn2 = NormalNormal.prior(1, 2, 1.5).update(xy);
                    assertEquals(nn2.posteriorMean(), nn1.posteriorMean(), 1e-12);
                    assertEquals(nn2.posterior().sd(), nn1.posterior().sd(), 1e-14);
                    assertEquals(nn2.logMarginalLikelihood(), nn1.logMarginalLikelihood(),
                            1e-10 * (1 + Math.abs(nn2.logMarginalLikelihood())));
                    NormalInverseGammaNormal g1 = NormalInverseGammaNormal.prior(0, 1, 2, 3).update(x).update(y);
                    NormalInverseGammaNormal g2 = NormalInverseGammaNormal.prior(0, 1, 2, 3).update(xy);
                    assertEquals(g2.posterior().location(), g1.posterior().location(), 1e-12);
                    assertEquals(g2.posterior().scale(), g1.posterior().scale(), 1e-10 * g2.posterior().scale());
                    assertEquals(g2.logMarginalLikelihood(), g1.logMarginalLikelihood(),
                            1e-10 * (1 + Math.abs(g2.logMarginalLikelihood())));

                    int[] c1 = new int[n1];
                    int[] c2 = new int[n2];
                    for (int i = 0; i < n1; i++) {
                        c1[i] = rng.nextInt(4);
                    }
                    for (int i = 0; i < n2; i++) {
                        c2[i] = rng.nextInt(4);
                    }
                    int[] c12 = new int[n1 + n2];
                    System.arraycopy(c1, 0, c12, 0, n1);
                    System.arraycopy(c2, 0, c12, n1, n2);
                    DirichletCategorical d1 = DirichletCategorical.symmetric(4, 0.7).update(c1).update(c2);
                    DirichletCategorical d2 = DirichletCategorical.symmetric(4, 0.7).update(c12);
                    assertArrayEquals(d2.alpha(), d1.alpha(), 0.0);
                    assertEquals(d2.logMarginalLikelihood(), d1.logMarginalLikelihood(), 1e-10);
                    // posterior class probabilities sum to 1
                    assertEquals(1.0, Numerics.sum(d1.posteriorMean()), 1e-15);
                    assertEquals(1.0, Numerics.sum(d1.posteriorPredictive().probabilities()), 1e-12);

                    GammaPoisson p1 = GammaPoisson.prior(2, 1).update(c1).update(c2);
                    GammaPoisson p2 = GammaPoisson.prior(2, 1).update(c12);
                    assertEquals(p2.posterior(), p1.posterior());
                    assertEquals(p2.logMarginalLikelihood(), p1.logMarginalLikelihood(), 1e-10);
                });
    }

    @Test
    void predictiveProbabilitiesSumToOne() {
        qt().withExamples(50)
                .forAll(doubles().between(0.05, 50), doubles().between(0.05, 50), integers().between(0, 40))
                .checkAssert((a, b, n) -> {
                    BetaBernoulli m = BetaBernoulli.prior(a, b);
                    double s = 0;
                    for (int k = 0; k <= n; k++) {
                        s += m.posteriorPredictive(n).pmf(k);
                    }
                    assertEquals(1.0, s, 1e-12);
                    GammaPoisson g = GammaPoisson.prior(a, b);
                    double t = 0;
                    for (int k = 0; k < 300; k++) {
                        t += g.posteriorPredictive().pmf(k);
                    }
                    assertEquals(1.0, t + g.posteriorPredictive().survival(299), 1e-10);
                });
    }

    @Test
    void highestDensityIntervalsAreShortestWithEqualEndDensities() {
        // Domain: shapes >= 1.5 and level <= 0.95 (9,000 random cases checked clean). Nearer the edge, e.g.
        // Beta(40, 1.2) at level 0.99, the upper end sits within ~1e-5 of the support bound and the end
        // densities agree only to ~4e-6 relative: a known accuracy limit, documented in CredibleIntervals.
        qt().withExamples(40)
                .forAll(doubles().between(1.5, 200), doubles().between(1.5, 200), doubles().between(0.5, 0.95))
                .checkAssert((a, b, level) -> {
                    assertHdi(Beta.of(a, b), CredibleIntervals.highestDensity(Beta.of(a, b), level), level);
                    assertHdi(Gamma.of(a, b), CredibleIntervals.highestDensity(Gamma.of(a, b), level), level);
                    assertHdi(InverseGamma.of(a, b), CredibleIntervals.highestDensity(InverseGamma.of(a, b), level), level);
                });
        // monotone densities: the interval touches the support boundary
        Interval j = BetaBernoulli.prior(0.5, 0.5).update(0, 0, 0, 0).highestDensityInterval(0.9);
        assertEquals(0.0, j.lower());
        assertEquals(0.9, Beta.of(0.5, 4.5).cdf(j.upper()), 1e-12);
        Interval e = CredibleIntervals.highestDensity(Gamma.of(1, 2), 0.95);
        assertEquals(0.0, e.lower());
        assertEquals(-Math.log(0.05) / 2, e.upper(), 1e-12);
    }

    @Test
    void mapAndEdgeCases() {
        assertEquals(0.0, BetaBernoulli.prior(1, 1).update(0, 0).map());
        assertEquals(1.0, BetaBernoulli.prior(1, 1).update(1).map());
        assertEquals(0.75, BetaBernoulli.prior(1, 1).update(1, 1, 1, 0).map(), 1e-15);
        assertThrows(IllegalStateException.class, () -> BetaBernoulli.prior(1, 1).map());
        assertThrows(IllegalStateException.class, () -> BetaBernoulli.prior(0.5, 0.5).map());
        assertThrows(IllegalStateException.class, () -> BetaBernoulli.prior(0.5, 0.5).highestDensityInterval(0.9));
        assertEquals(0.0, GammaPoisson.prior(0.5, 1).map());
        assertEquals(0.0, BetaBernoulli.prior(2, 3).logMarginalLikelihood());
        assertEquals(0.0, NormalNormal.prior(0, 1, 1).update().logMarginalLikelihood());
        assertEquals(0.0, NormalInverseGammaNormal.prior(0, 1, 1, 1).logMarginalLikelihood());
        assertEquals(0.0, DirichletCategorical.symmetric(3, 1).logMarginalLikelihood(), 0.0);
        assertThrows(IllegalStateException.class, () -> DirichletCategorical.symmetric(3, 1).map());
        assertArrayEquals(new double[] {0.5, 0.5, 0.0}, DirichletCategorical.symmetric(3, 1).update(0, 1).map(), 1e-15);
        // NIG: predictive variance exceeds the posterior mean variance
        NormalInverseGammaNormal nig = NormalInverseGammaNormal.prior(0, 1, 3, 2).update(1, 2, 3);
        assertTrue(nig.posteriorPredictive().variance() > nig.meanPosterior().variance());
        assertEquals(3, nig.count());
        assertEquals(nig.posterior().scale() / (nig.posterior().shape() + 1.5), nig.map()[1], 1e-15);
        // one Bernoulli success under a uniform prior: evidence 1/2
        assertEquals(Math.log(0.5), BetaBernoulli.prior(1, 1).update(1).logMarginalLikelihood(), 1e-15);
        // Bayes factor: a fair-coin-centred model wins on balanced data
        int[] balanced = new int[100];
        for (int i = 0; i < 50; i++) {
            balanced[i] = 1;
        }
        double bf = BetaBernoulli.prior(50, 50).update(balanced).logMarginalLikelihood()
                - BetaBernoulli.prior(1, 1).update(balanced).logMarginalLikelihood();
        assertTrue(bf > 0);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> BetaBernoulli.prior(0, 1));
        assertThrows(IllegalArgumentException.class, () -> BetaBernoulli.prior(1, 1).update(0, 2));
        assertThrows(IllegalArgumentException.class, () -> BetaBernoulli.prior(1, 1).updateBinomial(4, 3));
        assertThrows(IllegalArgumentException.class, () -> BetaBernoulli.prior(1, 1).updateCounts(-1, 3));
        assertThrows(NullPointerException.class, () -> BetaBernoulli.prior(1, 1).update((int[]) null));
        assertThrows(IllegalArgumentException.class, () -> GammaPoisson.prior(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> GammaPoisson.prior(1, 1).update(3, -1));
        assertThrows(IllegalArgumentException.class, () -> NormalNormal.prior(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> NormalNormal.prior(0, 1, 1).update(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> NormalInverseGammaNormal.prior(0, -1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> NormalInverseGammaNormal.prior(0, 1, 1, 1).update(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> DirichletCategorical.prior(1.0));
        assertThrows(IllegalArgumentException.class, () -> DirichletCategorical.prior(1.0, 0.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DirichletCategorical.symmetric(3, 1).update(0, 3));
        assertTrue(e.getMessage().contains("labels[1] must be in [0, 3), was 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DirichletCategorical.symmetric(3, 1).updateCounts(1, 2));
        assertThrows(IllegalArgumentException.class, () -> BetaBernoulli.prior(1, 1).credibleInterval(1.0));
        assertThrows(IllegalArgumentException.class, () -> new Interval(2, 1, 0.9));
    }

    @Test
    void posteriorConcentratesOnTheTruthWithDataFromIt() {
        // 20,000 Bernoulli(0.3) draws: the 99.9% interval misses 0.3 with probability about 0.001
        // (for this fixed seed it does not)
        int[] x = bits(Randomness.seeded(11), 20_000, 0.3);
        BetaBernoulli m = BetaBernoulli.prior(1, 1).update(x);
        assertTrue(m.credibleInterval(0.999).contains(0.3), m.credibleInterval(0.999).toString());
        assertTrue(m.credibleInterval(0.999).width() < 0.025);
        assertEquals(0.3, m.posteriorMean(), 0.012);
        double[] draws = Randomness.seeded(12).doubles(5_000).map(u -> 4 + 2 * u).toArray();   // mean 5, var 1/3
        NormalInverseGammaNormal nig = NormalInverseGammaNormal.prior(0, 0.01, 1, 1).update(draws);
        assertEquals(5.0, nig.posteriorMean()[0], 0.03);
        assertEquals(1.0 / 3, nig.posteriorMean()[1], 0.03);
        assertTrue(Arrays.stream(nig.map()).allMatch(Double::isFinite));
    }
}
