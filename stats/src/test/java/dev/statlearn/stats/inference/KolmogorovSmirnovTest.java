package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.inference.KolmogorovSmirnov.Alternative;
import dev.statlearn.stats.inference.KolmogorovSmirnov.Method;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class KolmogorovSmirnovTest {

    private static final DoubleUnaryOperator PHI = x -> 0.5 * Erf.erfc(-x / Math.sqrt(2));

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] gaussian(RandomGenerator rng, int n, double mean) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mean + rng.nextGaussian();
        }
        return x;
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> KolmogorovSmirnov.oneSample(new double[0], PHI));
        assertThrows(IllegalArgumentException.class,
                () -> KolmogorovSmirnov.oneSample(new double[] {0, Double.NaN}, PHI));
        assertThrows(NullPointerException.class, () -> KolmogorovSmirnov.oneSample(null, PHI));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KolmogorovSmirnov.oneSample(new double[] {0.5}, x -> 2.0));
        assertTrue(e.getMessage().contains("cdf(0.5) must be in [0, 1], was 2.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> KolmogorovSmirnov.twoSample(new double[] {1}, new double[] {Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> KolmogorovSmirnov.twoSample(new double[] {1}, new double[0]));
        assertThrows(NullPointerException.class, () -> KolmogorovSmirnov.withDefaults().withMethod(null));
    }

    @Test
    void doesNotModifyInput() {
        double[] x = {3, 1, 2};
        double[] y = {0.5, -1};
        KolmogorovSmirnov.twoSample(x, y);
        KolmogorovSmirnov.oneSample(x, PHI);
        assertEquals(3, x[0]);
        assertEquals(0.5, y[0]);
    }

    @Test
    void closedFormsForTinySamples() {
        // n = 1, x = 0 against N(0,1): D = 1/2; P(D_1 >= d) = 2(1 - d) for d >= 1/2
        TestResult r = KolmogorovSmirnov.oneSample(new double[] {0.0}, PHI);
        assertEquals(0.5, r.statistic(), 1e-15);
        assertEquals(1.0, r.pValue(), 1e-15);
        // two samples of size 2 completely separated: D = 1, p = 2 / C(4, 2) = 1/3
        TestResult s = KolmogorovSmirnov.twoSample(new double[] {1, 2}, new double[] {3, 4});
        assertEquals(1.0, s.statistic());
        assertEquals(1.0 / 3, s.pValue(), 1e-15);
        // identical samples: D = 0, p = 1
        TestResult t = KolmogorovSmirnov.twoSample(new double[] {1, 2, 2, 3}, new double[] {3, 2, 1, 2});
        assertEquals(0.0, t.statistic());
        assertEquals(1.0, t.pValue());
    }

    @Test
    void standardNormalSamplerPasses() {
        // 50 samples of 500 N(0,1) draws; under the null each p-value is uniform, so more than 3
        // rejections at 1% has probability 0.0016 (binomial(50, 0.01)); the seeds are fixed anyway.
        int rejections = 0;
        for (int seed = 0; seed < 50; seed++) {
            double[] x = gaussian(Randomness.seeded(seed), 500, 0.0);
            if (KolmogorovSmirnov.oneSample(x, PHI).rejectsAt(0.01)) {
                rejections++;
            }
        }
        assertTrue(rejections <= 3, "rejections: " + rejections);
    }

    @Test
    void detectsAShiftedSampler() {
        double[] x = gaussian(Randomness.seeded(7), 2000, 0.2);
        assertTrue(KolmogorovSmirnov.oneSample(x, PHI).pValue() < 1e-6);
        double[] y = gaussian(Randomness.seeded(8), 2000, 0.0);
        assertTrue(KolmogorovSmirnov.twoSample(x, y).pValue() < 1e-6);
    }

    /**
     * The exact path at the largest automatic size (coprime sizes, the worst case for the lattice
     * walk) finishes and agrees with the asymptotic law; the timeout only guards against a hang and
     * is far above the usual well-under-a-second run, so a loaded machine cannot fail it.
     */
    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void largeExactTwoSampleFinishesAndAgreesWithTheAsymptoticLaw() {
        double[] x = gaussian(Randomness.seeded(1), 10_000, 0.0);
        double[] y = gaussian(Randomness.seeded(2), 9_999, 0.0);
        TestResult exact = KolmogorovSmirnov.twoSample(x, y);
        TestResult asymptotic = KolmogorovSmirnov.withDefaults().withMethod(Method.ASYMPTOTIC).test(x, y);
        assertEquals(asymptotic.statistic(), exact.statistic(), 1e-12);
        assertTrue(exact.pValue() > 0 && exact.pValue() <= 1);
        assertEquals(asymptotic.pValue(), exact.pValue(), 0.02 * asymptotic.pValue());
    }

    @Test
    void twoSampleIsSymmetricAndInvariantUnderMonotoneMaps() {
        qt().withExamples(150)
                .forAll(lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 60),
                        lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 60))
                .checkAssert((a, b) -> {
                    double[] x = toArray(a);
                    double[] y = toArray(b);
                    TestResult xy = KolmogorovSmirnov.twoSample(x, y);
                    TestResult yx = KolmogorovSmirnov.twoSample(y, x);
                    assertEquals(xy.statistic(), yx.statistic(), 0.0);
                    assertEquals(xy.pValue(), yx.pValue(), 1e-12);
                    assertTrue(xy.statistic() >= 0 && xy.statistic() <= 1);
                    KolmogorovSmirnov greater = KolmogorovSmirnov.withDefaults().withAlternative(Alternative.GREATER);
                    KolmogorovSmirnov less = KolmogorovSmirnov.withDefaults().withAlternative(Alternative.LESS);
                    TestResult g = greater.test(x, y);
                    TestResult l = less.test(y, x);
                    assertEquals(g.statistic(), l.statistic(), 0.0);
                    assertEquals(g.pValue(), l.pValue(), 1e-12);
                    // one-sided p-values are at least the two-sided one's half... and never above 1
                    assertTrue(g.pValue() >= xy.pValue() / 2 - 1e-12);
                    double[] ex = x.clone();
                    double[] ey = y.clone();
                    for (int i = 0; i < ex.length; i++) {
                        ex[i] = Math.exp(ex[i] / 50);
                    }
                    for (int i = 0; i < ey.length; i++) {
                        ey[i] = Math.exp(ey[i] / 50);
                    }
                    TestResult t = KolmogorovSmirnov.twoSample(ex, ey);
                    assertEquals(xy.statistic(), t.statistic(), 0.0);
                    assertEquals(xy.pValue(), t.pValue(), 0.0);
                });
    }

    @Test
    void oneSamplePValuesAreProbabilitiesAndDecreaseWithTheStatistic() {
        qt().withExamples(50)
                .forAll(longs().all(), doubles().between(0, 1))
                .checkAssert((seed, shift) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    int n = 1 + rng.nextInt(400);
                    double[] x = gaussian(rng, n, shift);
                    for (Method m : Method.values()) {
                        TestResult r = KolmogorovSmirnov.withDefaults().withMethod(m).test(x, PHI);
                        assertTrue(r.statistic() > 0 && r.statistic() <= 1);
                        assertTrue(r.pValue() >= 0 && r.pValue() <= 1);
                    }
                });
        // p-value is non-increasing in d for a fixed n (checked along a fine grid, every branch)
        for (int n : new int[] {1, 7, 60, 140, 141, 1000, 5000}) {
            double prev = 1.0;
            int steps = n >= 1000 ? 100 : 500;
            for (int i = 1; i < steps; i++) {
                double d = (double) i / steps;
                double p = dev.statlearn.stats.inference.internal.KsDistributions.kolmogorovSmirnovSf(n, d);
                assertTrue(p <= prev + 1e-12, "n=" + n + " d=" + d + " p=" + p + " prev=" + prev);
                prev = p;
            }
        }
    }
}
