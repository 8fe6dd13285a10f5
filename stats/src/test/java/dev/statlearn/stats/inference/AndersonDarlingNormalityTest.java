package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Datasets;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Anderson-Darling normality with estimated parameters (SciPy's anderson, D'Agostino-Stephens p). */
class AndersonDarlingNormalityTest {

    // tools/reference/anderson_normality.py (scipy 1.10.1): name, anderson(x).statistic, the
    // D'Agostino & Stephens (1986) p-value of that statistic, anderson(x).critical_values
    private static final Object[][] SCIPY = {
        {"iris sepal length", 0.8891994860134105, 0.02251051487975034, 0.562, 0.64, 0.767, 0.895, 1.065},
        {"iris sepal width", 0.9079550471145126, 0.020226513622603363, 0.562, 0.64, 0.767, 0.895, 1.065},
        {"iris petal length", 7.678545519826713, 8.087374951487231e-19, 0.562, 0.64, 0.767, 0.895, 1.065},
        {"small", 0.17583731724561247, 0.8945979228866997, 0.501, 0.57, 0.684, 0.798, 0.95},
        {"uniformish", 0.26980399349326945, 0.6482279844363266, 0.514, 0.586, 0.703, 0.82, 0.975},
    };

    private static double[] data(String name) {
        return switch (name) {
            case "iris sepal length" -> Datasets.iris().column(0);
            case "iris sepal width" -> Datasets.iris().column(1);
            case "iris petal length" -> Datasets.iris().column(2);
            case "small" -> new double[] {2.1, 3.4, 1.9, 5.6, 4.4, 7.0, 6.1, 8.8, 9.3, 0.5};
            default -> IntStream.range(0, 25).mapToDouble(i -> i / 24.0).toArray();
        };
    }

    @Test
    void matchesScipy() {
        for (Object[] row : SCIPY) {
            String name = (String) row[0];
            double[] x = data(name);
            TestResult r = AndersonDarling.normality(x);
            assertEquals((double) row[1], r.statistic(), 1e-12 * (double) row[1], name + " statistic");
            assertEquals((double) row[2], r.pValue(), 1e-12 * (double) row[2], name + " p-value");
            double[] crit = new double[5];
            for (int i = 0; i < 5; i++) {
                crit[i] = (double) row[3 + i];
            }
            assertArrayEquals(crit, AndersonDarling.normalityCriticalValues(x.length), name + " critical values");
        }
        assertArrayEquals(new double[] {0.15, 0.10, 0.05, 0.025, 0.01}, AndersonDarling.normalityLevels());
    }

    @Test
    void invariantUnderAffineMapsAndOrder() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(3, 200), doubles().between(-1e3, 1e3), doubles().between(1e-3, 1e3))
                .checkAssert((seed, n, shift, scale) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double[] x = new double[n];
                    Arrays.setAll(x, i -> rng.nextGaussian());
                    x[0] = 5; // not constant
                    TestResult r = AndersonDarling.normality(x);
                    double[] y = Arrays.stream(x).map(v -> shift + scale * v).toArray();
                    double[] rev = new double[n];
                    Arrays.setAll(rev, i -> x[n - 1 - i]);
                    assertEquals(r.statistic(), AndersonDarling.normality(y).statistic(), 1e-8 * (1 + r.statistic()));
                    assertEquals(r.statistic(), AndersonDarling.normality(rev).statistic(), 1e-12 * (1 + r.statistic()));
                    assertTrue(r.statistic() > 0 && r.pValue() >= 0 && r.pValue() <= 1);
                });
    }

    /**
     * Under the null the rejection rate at the 5% critical value is near 5%: 400 seeded normal
     * samples of n = 50; the count of rejections is Binomial(400, rate), and it falls outside
     * [2, 48] with probability at most 2.2e-6 for any true rate in [0.04, 0.06] (4e-8 at 0.05;
     * scipy.stats.binom). A coarse check of the level (both approximations are asymptotic), with a
     * fixed seed.
     */
    @Test
    void levelUnderTheNull() {
        RandomGenerator rng = Randomness.seeded(20261201);
        double crit = AndersonDarling.normalityCriticalValues(50)[2];
        int rejectCrit = 0;
        int rejectP = 0;
        for (int k = 0; k < 400; k++) {
            double[] x = new double[50];
            Arrays.setAll(x, i -> 3 + 2 * rng.nextGaussian());
            TestResult r = AndersonDarling.normality(x);
            rejectCrit += r.statistic() > crit ? 1 : 0;
            rejectP += r.pValue() < 0.05 ? 1 : 0;
        }
        assertTrue(rejectCrit >= 2 && rejectCrit <= 48, "rejections at the 5% critical value: " + rejectCrit);
        assertTrue(rejectP >= 2 && rejectP <= 48, "rejections at p < 0.05: " + rejectP);
    }

    @Test
    void badInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AndersonDarling.normality(new double[] {1, 2}));
        assertEquals("x must have at least 3 values to test normality, had 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AndersonDarling.normality(new double[] {1, 1, 1}));
        assertEquals("x must not be constant to test normality (its standard deviation is 0)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AndersonDarling.normalityCriticalValues(2));
        assertEquals("n must be >= 3, was 2", e.getMessage());
        assertEquals("x", assertThrows(NullPointerException.class, () -> AndersonDarling.normality(null)).getMessage());
    }
}
