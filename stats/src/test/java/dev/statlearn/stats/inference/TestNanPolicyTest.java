package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.descriptive.NanPolicy;
import dev.statlearn.stats.distribution.Normal;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** NaN policies of the tests: OMIT drops NaN (pairwise for correlations), RAISE rejects it. */
class TestNanPolicyTest {

    private static final double[] X = {2.1, 3.4, Double.NaN, 1.9, 5.6, 4.4, 7.0, 6.1, 8.8, 9.3, 0.5, 3.3};
    private static final double[] Y = {1.0, 2.5, 2.0, Double.NaN, 4.1, 3.0, 6.2, 7.7, 5.9, 9.9, 1.3, Double.NaN};
    // tools/reference/correlation.py (scipy 1.10.1): spearmanr(X, Y, nan_policy='omit'),
    // kendalltau(X, Y, nan_policy='omit'): statistic, pvalue each
    private static final double[] OMIT = {0.9166666666666665, 0.000506619066305211, 0.7777777777777778, 0.0024250440917107582};

    @Test
    void correlationsOmitPairsAsScipy() {
        TestResult s = Correlation.spearman(X, Y, NanPolicy.OMIT);
        TestResult k = Correlation.kendallTau(X, Y, NanPolicy.OMIT);
        assertEquals(OMIT[0], s.statistic(), 1e-14);
        assertEquals(OMIT[1], s.pValue(), 1e-10 * OMIT[1]);
        assertEquals(OMIT[2], k.statistic(), 1e-14);
        assertEquals(OMIT[3], k.pValue(), 1e-10 * OMIT[3]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Correlation.pearson(X, Y, NanPolicy.RAISE));
        assertEquals("x[2] must be finite, was NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Correlation.kendallTau(X, Y, NanPolicy.PROPAGATE));
        assertEquals("nanPolicy must be OMIT or RAISE for a test (a TestResult holds no NaN), was PROPAGATE", e.getMessage());
    }

    /** OMIT equals the test of the sample with its NaN removed, for every test that takes a policy. */
    @Test
    void omitEqualsTheTestOfTheRest() {
        qt().withExamples(150)
                .forAll(longs().all(), integers().between(5, 60), integers().between(0, 10))
                .checkAssert((seed, n, nans) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double[] clean = new double[n];
                    Arrays.setAll(clean, i -> rng.nextGaussian());
                    clean[0] = 5;
                    // the NaN scattered among the values, which keep their order
                    double[] dirty = new double[n + nans];
                    int left = nans;
                    int j = 0;
                    for (int i = 0; i < n; i++) {
                        while (left > 0 && rng.nextInt(3) == 0) {
                            dirty[j++] = Double.NaN;
                            left--;
                        }
                        dirty[j++] = clean[i];
                    }
                    while (left-- > 0) {
                        dirty[j++] = Double.NaN;
                    }
                    assertEquals(ShapiroWilk.test(clean), ShapiroWilk.test(dirty, NanPolicy.OMIT));
                    assertEquals(AndersonDarling.normality(clean), AndersonDarling.normality(dirty, NanPolicy.OMIT));
                    KolmogorovSmirnov omit = KolmogorovSmirnov.withDefaults().withNanPolicy(NanPolicy.OMIT);
                    assertEquals(KolmogorovSmirnov.oneSample(clean, Normal.standard()), omit.test(dirty, Normal.standard()));
                    assertEquals(KolmogorovSmirnov.twoSample(clean, clean), omit.test(dirty, clean));
                    assertEquals(KolmogorovSmirnov.withDefaults().statisticLocation(clean, Normal.standard()),
                            omit.statisticLocation(dirty, Normal.standard()));
                    if (nans > 0) {
                        assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.test(dirty, NanPolicy.RAISE));
                        assertThrows(IllegalArgumentException.class, () -> KolmogorovSmirnov.withDefaults().test(dirty, clean));
                    }
                });
    }

    @Test
    void badPolicies() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KolmogorovSmirnov.withDefaults().withNanPolicy(NanPolicy.PROPAGATE));
        assertEquals("nanPolicy must be OMIT or RAISE for a test (a TestResult holds no NaN), was PROPAGATE", e.getMessage());
        assertEquals("nanPolicy", assertThrows(NullPointerException.class,
                () -> ShapiroWilk.test(X, null)).getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ShapiroWilk.test(new double[] {1, Double.NaN, Double.NaN, 2}, NanPolicy.OMIT));
        assertEquals("x must have between 3 and 5000 values, had 2", e.getMessage());
        assertEquals(NanPolicy.RAISE, KolmogorovSmirnov.withDefaults().nanPolicy());
        assertTrue(KolmogorovSmirnov.withDefaults().withNanPolicy(NanPolicy.OMIT).toString().contains("nanPolicy=OMIT"));
    }
}
