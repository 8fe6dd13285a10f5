package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Uniform;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class AndersonDarlingTest {

    // tools/reference/anderson_darling.py (mpmath 1.2.1, 30 digits): the limiting CDF of A^2 from the
    // series of Anderson & Darling (1954) | z | AD_inf(z)
    private static final double[][] AD_INF = {
        {0.1, 2.807810512636299e-5},
        {0.25, 0.029606672521625275},
        {0.5, 0.25318562646965552},
        {1.0, 0.64273332678598091},
        {1.5, 0.82352462715795029},
        {1.933, 0.9000053767917765},
        {2.492, 0.94997781364039213},
        {3.0, 0.97263521166597364},
        {3.857, 0.98975884677013879},
        {5.0, 0.99712557869541393},
        {7.0, 0.99966983319795794},
    };

    // tools/reference/anderson_darling.py (numpy 1.24.2, default_rng(20261201), 2,000,000 replications
    // of n U(0,1) draws): n | z | P(A^2 >= z) | Monte Carlo standard error
    private static final double[][] FINITE_N = {
        {5, 0.5, 0.7383985, 0.00031077818069947415},
        {5, 1.0, 0.352676, 0.00033785769121332724},
        {5, 1.933, 0.102432, 0.0002144057897725712},
        {5, 2.492, 0.0524145, 0.00015758683350735556},
        {5, 3.857, 0.011227, 7.450152505486045e-05},
        {10, 0.5, 0.7427375, 0.000309094246220914},
        {10, 1.0, 0.354925, 0.0003383439406691067},
        {10, 1.933, 0.1010775, 0.00021314412845977016},
        {10, 2.492, 0.051211, 0.00015586602176067752},
        {10, 3.857, 0.010591, 7.23838059202471e-05},
        {50, 0.5, 0.745615, 0.0003079555745355164},
        {50, 1.0, 0.3567095, 0.0003387239529541349},
        {50, 1.933, 0.1004585, 0.00021256362550745836},
        {50, 2.492, 0.0501805, 0.000154373601078277},
        {50, 3.857, 0.0103035, 7.140496442037486e-05},
    };

    @Test
    void limitingCdfMatchesTheMpmathSeries() {
        // Marsaglia & Marsaglia's two-piece fit: measured within 2e-5 of the series (largest at z = 1)
        for (double[] row : AD_INF) {
            assertEquals(row[1], AndersonDarling.asymptoticCdf(row[0]), 2.5e-5, "z = " + row[0]);
        }
    }

    @Test
    void limitingCdfHasTheAsymptoticPercentagePointsOfAndersonDarling1954() {
        // Anderson & Darling (1954), JASA 49, 765-769: P(A^2 <= 1.933) = 0.90, 2.492 -> 0.95, 3.857 -> 0.99
        assertEquals(0.90, AndersonDarling.asymptoticCdf(1.933), 1e-4);
        assertEquals(0.95, AndersonDarling.asymptoticCdf(2.492), 1e-4);
        assertEquals(0.99, AndersonDarling.asymptoticCdf(3.857), 3e-4);
        assertEquals(0.95, 1 - AndersonDarling.pValue(1_000_000, 2.492), 1e-4);
    }

    @Test
    void finiteNPValuesMatchAMonteCarloOfTheNullDistribution() {
        // tolerance: 4.5 Monte Carlo standard errors (false alarm 7e-6 per row) plus 3e-5 for the
        // published accuracy of the fit ("may be off at the 5th digit")
        for (double[] row : FINITE_N) {
            int n = (int) row[0];
            double p = AndersonDarling.pValue(n, row[1]);
            assertEquals(row[2], p, 4.5 * row[3] + 3e-5, "n = " + n + ", z = " + row[1]);
        }
    }

    @Test
    void statisticMatchesTheDirectFormulaWithScipyLogCdf() {
        // tools/reference/anderson_darling.py: -n - sum((2i-1)(norm.logcdf(x_i) + norm.logsf(x_{n+1-i})))/n
        assertEquals(0.28699911643061427,
                AndersonDarling.oneSample(new double[] {0.3, -1.2, 1.7, 0.1, -0.4, 0.9}, Normal.standard())
                        .statistic(), 1e-14);
        assertEquals(2.858998709844995,
                AndersonDarling.oneSample(new double[] {0.5, 0.6, 0.7, 0.8, 0.9}, Normal.standard()).statistic(),
                1e-14);
        // far tails: ln F(-9) = -43.6 and ln(1 - F(9)) need log of the small side, not log(1 - cdf)
        TestResult tails = AndersonDarling.oneSample(new double[] {9.0, 0.0, -9.0}, Normal.standard());
        assertEquals(27.471727103341305, tails.statistic(), 1e-12);
        assertTrue(tails.pValue() < 1e-3, tails.toString());
    }

    @Test
    void impossiblePointsGiveInfiniteStatisticAndPValueZero() {
        TestResult r = AndersonDarling.oneSample(new double[] {0.2, 0.5, 1.5}, Uniform.of(0, 1));
        assertEquals(Double.POSITIVE_INFINITY, r.statistic());
        assertEquals(0.0, r.pValue());
        assertEquals(0.0, AndersonDarling.oneSample(new double[] {-1.0, 1.0}, Exponential.of(1)).pValue());
    }

    @Test
    void pValueIsADecreasingFunctionOfTheStatisticInTheUnitInterval() {
        qt().withExamples(300)
                .forAll(integers().between(1, 100_000), doubles().between(0, 40), doubles().between(0, 1))
                .checkAssert((n, z, dz) -> {
                    double p = AndersonDarling.pValue(n, z);
                    assertTrue(p >= 0 && p <= 1, "p = " + p);
                    assertTrue(AndersonDarling.pValue(n, z + dz) <= p + 1e-12, "n = " + n + ", z = " + z);
                });
        assertEquals(1.0, AndersonDarling.pValue(10, 0.0));
        assertEquals(0.0, AndersonDarling.pValue(10, Double.POSITIVE_INFINITY));
    }

    @Test
    void statisticIsNonNegativeAndDoesNotDependOnTheOrder() {
        qt().withExamples(100)
                .forAll(longs().all(), integers().between(1, 200))
                .checkAssert((seed, n) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double[] x = Normal.standard().sample(rng, n);
                    double[] copy = x.clone();
                    double[] reversed = new double[n];
                    for (int i = 0; i < n; i++) {
                        reversed[i] = x[n - 1 - i];
                    }
                    TestResult a = AndersonDarling.oneSample(x, Normal.standard());
                    assertTrue(a.statistic() >= 0, a.toString());
                    assertEquals(a, AndersonDarling.oneSample(reversed, Normal.standard()));
                    assertEquals(java.util.Arrays.toString(copy), java.util.Arrays.toString(x), "input modified");
                });
    }

    @Test
    void detectsHeavierTailsThatKolmogorovSmirnovMisses() {
        // t with 5 df against its moment-matched normal: the tails differ, the middle barely does
        RandomGenerator rng = Randomness.seeded(7);
        double sd = Math.sqrt(5.0 / 3.0);
        double[] x = dev.statlearn.stats.distribution.StudentT.standard(5).sample(rng, 2000);
        TestResult ad = AndersonDarling.oneSample(x, Normal.of(0, sd));
        TestResult ks = KolmogorovSmirnov.oneSample(x, Normal.of(0, sd));
        assertTrue(ad.pValue() < ks.pValue(), ad + " vs " + ks);
    }

    @Test
    void rejectsBadInputNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AndersonDarling.oneSample(new double[0], Normal.standard()));
        assertTrue(e.getMessage().startsWith("x "), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AndersonDarling.oneSample(new double[] {1, Double.NaN}, Normal.standard()));
        assertThrows(IllegalArgumentException.class,
                () -> AndersonDarling.oneSample(new double[] {1, Double.POSITIVE_INFINITY}, Normal.standard()));
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> AndersonDarling.oneSample(null, Normal.standard()));
        assertEquals("x", npe.getMessage());
        npe = assertThrows(NullPointerException.class, () -> AndersonDarling.oneSample(new double[] {1}, null));
        assertEquals("distribution", npe.getMessage());
    }
}
