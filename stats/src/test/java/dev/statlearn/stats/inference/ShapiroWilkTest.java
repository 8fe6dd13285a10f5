package dev.statlearn.stats.inference;

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

/** Shapiro-Wilk (Royston's AS R94) against SciPy's shapiro and closed forms. */
class ShapiroWilkTest {

    // tools/reference/shapiro.py (scipy 1.10.1): shapiro(x).statistic, .pvalue. SciPy runs AS R94
    // in single precision, so agreement is to about 1e-6 in W and 1e-4 relative in p (p is
    // sensitive to 1 - W: dp/p ~ |d log p / d log(1 - W)| dW / (1 - W))
    private static final Object[][] SCIPY = {
        {"iris sepal length", 0.9760899543762207, 0.01018026564270258},
        {"iris petal length", 0.8762685656547546, 7.412652158755861e-10},
        {"small", 0.9614095091819763, 0.8018185496330261},
        {"three", 0.9642857313156128, 0.6368856430053711},
        {"five", 0.8436838388442993, 0.17536507546901703},
        {"uniformish", 0.9585655331611633, 0.38664522767066956},
    };

    private static double[] data(String name) {
        return switch (name) {
            case "iris sepal length" -> Datasets.iris().column(0);
            case "iris petal length" -> Datasets.iris().column(2);
            case "small" -> new double[] {2.1, 3.4, 1.9, 5.6, 4.4, 7.0, 6.1, 8.8, 9.3, 0.5};
            case "three" -> new double[] {1.0, 2.0, 4.0};
            case "five" -> new double[] {1.0, 2.5, 2.0, 7.0, 3.0};
            default -> IntStream.range(0, 25).mapToDouble(i -> i / 24.0).toArray();
        };
    }

    @Test
    void matchesScipy() {
        for (Object[] row : SCIPY) {
            String name = (String) row[0];
            TestResult r = ShapiroWilk.test(data(name));
            assertEquals((double) row[1], r.statistic(), 1e-6, name + " W");
            assertEquals((double) row[2], r.pValue(), 1e-4 * (double) row[2], name + " p");
        }
    }

    @Test
    void threeValuesAreExact() {
        // n = 3: a_1 = sqrt(1/2), W = (x3 - x1)^2 / (2 SS) = 9 / (2 * 42/9) = 27/28 for {1, 2, 4};
        // p = (6/pi)(asin(sqrt(W)) - pi/3)
        TestResult r = ShapiroWilk.test(new double[] {4, 1, 2});
        assertEquals(27.0 / 28, r.statistic(), 1e-15);
        assertEquals(6 / Math.PI * (Math.asin(Math.sqrt(27.0 / 28)) - Math.PI / 3), r.pValue(), 1e-15);
        // equally spaced: W = 1, p = 1
        TestResult flat = ShapiroWilk.test(new double[] {1, 2, 3});
        assertEquals(1.0, flat.statistic(), 1e-15);
        assertEquals(1.0, flat.pValue(), 1e-7);
    }

    @Test
    void coefficientsAreNormalised() {
        for (int n = 3; n <= 300; n++) {
            double[] a = ShapiroWilk.coefficients(n);
            double ss = 0;
            for (double v : a) {
                ss += v * v;
                assertTrue(v > 0);
            }
            // sum of a_i^2 over the full antisymmetric vector is 1
            assertEquals(0.5, ss, 1e-12, "n = " + n);
            for (int i = 1; i < a.length; i++) {
                assertTrue(a[i] < a[i - 1], "decreasing, n = " + n);
            }
        }
    }

    @Test
    void invariantUnderAffineMapsAndOrder() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(3, 300), doubles().between(-1e3, 1e3), doubles().between(1e-3, 1e3))
                .checkAssert((seed, n, shift, scale) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double[] x = new double[n];
                    Arrays.setAll(x, i -> rng.nextGaussian());
                    x[0] = 4;
                    TestResult r = ShapiroWilk.test(x);
                    assertTrue(r.statistic() > 0 && r.statistic() <= 1 && r.pValue() >= 0 && r.pValue() <= 1);
                    double[] y = Arrays.stream(x).map(v -> shift + scale * v).toArray();
                    assertEquals(r.statistic(), ShapiroWilk.test(y).statistic(), 1e-9);
                    double[] rev = new double[n];
                    Arrays.setAll(rev, i -> x[n - 1 - i]);
                    assertEquals(r.statistic(), ShapiroWilk.test(rev).statistic(), 1e-14);
                });
    }

    /**
     * Size under the null: 400 seeded normal samples of n = 30 rejected at p &lt; 0.05; the count is
     * Binomial(400, rate) and falls outside [2, 48] with probability at most 2.2e-6 for any rate in
     * [0.04, 0.06] (scipy.stats.binom), with a fixed seed. Power: 100 samples of n = 100 from an
     * exponential are all rejected at 1e-3 (W is about 0.8 there).
     */
    @Test
    void levelAndPower() {
        RandomGenerator rng = Randomness.seeded(20261202);
        int reject = 0;
        for (int k = 0; k < 400; k++) {
            double[] x = new double[30];
            Arrays.setAll(x, i -> rng.nextGaussian());
            reject += ShapiroWilk.test(x).pValue() < 0.05 ? 1 : 0;
        }
        assertTrue(reject >= 2 && reject <= 48, "rejections under the null: " + reject);
        for (int k = 0; k < 100; k++) {
            double[] x = new double[100];
            Arrays.setAll(x, i -> rng.nextExponential());
            assertTrue(ShapiroWilk.test(x).pValue() < 1e-3);
        }
    }

    @Test
    void extremeButFiniteData() {
        TestResult r = ShapiroWilk.test(new double[] {-1e308, 0, 1e308, 5e307});
        assertTrue(r.statistic() > 0 && r.statistic() <= 1, r.toString());
        TestResult t = ShapiroWilk.test(new double[] {1e-300, 2e-300, 4e-300});
        assertEquals(27.0 / 28, t.statistic(), 1e-15);
    }

    @Test
    void badInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.test(new double[] {1, 2}));
        assertEquals("x must have between 3 and 5000 values, had 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.test(new double[5001]));
        assertEquals("x must have between 3 and 5000 values, had 5001", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.test(new double[] {2, 2, 2}));
        assertEquals("x must not be constant to test normality", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.test(new double[] {1, Double.NaN, 2}));
        assertTrue(e.getMessage().startsWith("x[1]"), e.getMessage());
        assertEquals("x", assertThrows(NullPointerException.class, () -> ShapiroWilk.test(null)).getMessage());
    }
}
