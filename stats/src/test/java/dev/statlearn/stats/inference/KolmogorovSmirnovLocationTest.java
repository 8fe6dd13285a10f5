package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.inference.KolmogorovSmirnov.Alternative;
import dev.statlearn.stats.inference.KolmogorovSmirnov.StatisticLocation;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The KS statistic's location and sign (SciPy 1.10's statistic_location, statistic_sign). */
class KolmogorovSmirnovLocationTest {

    private static final double[] X = {0.61, -1.23, 0.35, 2.2, -0.08, 1.41, 0.97, -0.55, 0.12, 1.88, 0.74, 0.3};
    private static final double[] Y = {0.1, 0.35, -2.0, 0.35, 1.9, -0.4, 0.8, 0.12, -1.1};
    private static final double[] SEP = {1.0, 2.0, 2.0, 3.0};
    private static final double[] SEP2 = {2.0, 3.0, 3.0, 4.0, 5.0};

    // tools/reference/ks_location.py (scipy 1.10.1): kstest(X, 'norm', alternative) and
    // ks_2samp(X, Y, alternative), ks_2samp(SEP, SEP2, alternative): statistic, statistic_location,
    // statistic_sign
    private static final Object[][] SCIPY = {
        {"one two-sided", 0.30145196131934593, -0.08, -1},
        {"one greater", 0.01390344751349859, 2.2, 1},
        {"one less", 0.30145196131934593, -0.08, -1},
        {"two two-sided", 0.2777777777777778, 0.35, -1},
        {"two greater", 0.027777777777777776, 1.88, 1},
        {"two less", 0.2777777777777778, 0.35, -1},
        {"ties two-sided", 0.55, 2.0, 1},
        {"ties greater", 0.55, 2.0, 1},
        {"ties less", 0.0, 5.0, -1},
    };

    private static KolmogorovSmirnov config(String alt) {
        return KolmogorovSmirnov.withDefaults().withAlternative(switch (alt) {
            case "greater" -> Alternative.GREATER;
            case "less" -> Alternative.LESS;
            default -> Alternative.TWO_SIDED;
        });
    }

    @Test
    void matchesScipy() {
        for (Object[] row : SCIPY) {
            String[] what = ((String) row[0]).split(" ");
            KolmogorovSmirnov ks = config(what[1]);
            StatisticLocation loc = switch (what[0]) {
                case "one" -> ks.statisticLocation(X, Normal.standard());
                case "two" -> ks.statisticLocation(X, Y);
                default -> ks.statisticLocation(SEP, SEP2);
            };
            double expected = (double) row[1];
            assertEquals(expected, loc.statistic(), 1e-15 * Math.max(1, expected), row[0] + " statistic");
            assertEquals((double) row[2], loc.location(), row[0] + " location");
            assertEquals((int) row[3], loc.sign(), row[0] + " sign");
            // the same statistic as the test itself
            double d = switch (what[0]) {
                case "one" -> ks.test(X, Normal.standard()).statistic();
                case "two" -> ks.test(X, Y).statistic();
                default -> ks.test(SEP, SEP2).statistic();
            };
            assertEquals(d, loc.statistic(), 1e-15, row[0] + " = test().statistic()");
        }
    }

    @Test
    void locationIsWhereTheStatisticIsAttained() {
        qt().withExamples(300)
                .forAll(longs().all(), integers().between(1, 80), integers().between(1, 80))
                .checkAssert((seed, n1, n2) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double[] x = new double[n1];
                    double[] y = new double[n2];
                    for (int i = 0; i < n1; i++) {
                        x[i] = Math.round(rng.nextGaussian() * 4) / 4.0; // ties on purpose
                    }
                    for (int i = 0; i < n2; i++) {
                        y[i] = Math.round((rng.nextGaussian() + 0.3) * 4) / 4.0;
                    }
                    StatisticLocation loc = KolmogorovSmirnov.withDefaults().statisticLocation(x, y);
                    assertEquals(KolmogorovSmirnov.twoSample(x, y).statistic(), loc.statistic(), 1e-15);
                    // at the location, the ECDF difference is the statistic with the given sign
                    double f1 = count(x, loc.location()) / (double) n1;
                    double f2 = count(y, loc.location()) / (double) n2;
                    assertEquals(loc.statistic(), loc.sign() * (f1 - f2), 1e-14);
                    // swapping the samples flips the sign unless the two extremes tie
                    StatisticLocation swapped = KolmogorovSmirnov.withDefaults().statisticLocation(y, x);
                    assertEquals(loc.statistic(), swapped.statistic(), 1e-15);
                    // one sample: the ECDF at the location differs from the CDF by the statistic
                    StatisticLocation one = KolmogorovSmirnov.withDefaults().statisticLocation(x, Normal.standard());
                    double f = Normal.standard().cdf(one.location());
                    double above = count(x, one.location()) / (double) n1 - f;
                    double below = f - countBelow(x, one.location()) / (double) n1;
                    assertEquals(one.statistic(), one.sign() > 0 ? above : below, 1e-14);
                });
    }

    private static int count(double[] v, double at) {
        int c = 0;
        for (double d : v) {
            c += d <= at ? 1 : 0;
        }
        return c;
    }

    private static int countBelow(double[] v, double at) {
        int c = 0;
        for (double d : v) {
            c += d < at ? 1 : 0;
        }
        return c;
    }

    @Test
    void badInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KolmogorovSmirnov.withDefaults().statisticLocation(new double[0], Normal.standard()));
        assertTrue(e.getMessage().startsWith("x"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> KolmogorovSmirnov.withDefaults().statisticLocation(X, new double[] {Double.NaN}));
        assertTrue(e.getMessage().startsWith("y"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new StatisticLocation(0.5, 1.0, 0));
        assertEquals("sign must be 1 or -1, was 0", e.getMessage());
        assertEquals("cdf", assertThrows(NullPointerException.class,
                () -> KolmogorovSmirnov.withDefaults().statisticLocation(X, (java.util.function.DoubleUnaryOperator) null))
                .getMessage());
    }
}
