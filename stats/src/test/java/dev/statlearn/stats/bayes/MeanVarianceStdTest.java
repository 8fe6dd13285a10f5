package dev.statlearn.stats.bayes;

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
import org.junit.jupiter.api.Test;

/** Posterior summaries of mean, variance and sd against SciPy's bayes_mvs. */
class MeanVarianceStdTest {

    // tools/reference/bayes_mvs.py (scipy 1.10.1): bayes_mvs(x, alpha): mean center, low, high;
    // variance center, low, high; std center, low, high
    private static final Object[][] SCIPY = {
        {"iris sepal length", 0.9, 5.843333333333334, 5.731426832856519, 5.955239833810149, 0.6950226757369615, 0.5724185865169326, 0.8389096949586926, 0.8322635923150535, 0.7565834960643356, 0.9159201356879827},
        {"iris sepal length", 0.95, 5.843333333333334, 5.709732481507366, 5.976934185159301, 0.6950226757369615, 0.5531973461233579, 0.8725029316129088, 0.8322635923150535, 0.7437723752085432, 0.9340786538685639},
        {"small", 0.9, 4.909999999999999, 3.185953199183094, 6.634046800816904, 11.372714285714286, 4.705307960113344, 23.941743861713608, 3.2544161325118823, 2.1691721831411503, 4.893030130881436},
        {"small", 0.95, 4.909999999999999, 2.7824361440607595, 7.037563855939239, 11.372714285714286, 4.1849325420291725, 29.480561970996796, 3.2544161325118823, 2.045710766953426, 5.4296005351219705},
        {"four", 0.9, 3.125, -0.0020745577876852828, 6.252074557787683, 21.1875, 2.7112268350616926, 60.21805240291976, 3.6726531863270355, 1.6465803457656394, 7.760029149617917},
        {"four", 0.95, 3.125, -1.1037335332962952, 7.353733533296295, 21.1875, 2.266429745267929, 98.18333256583254, 3.6726531863270355, 1.5054666204429539, 9.908750302930867},
    };

    private static double[] data(String name) {
        return switch (name) {
            case "iris sepal length" -> Datasets.iris().column(0);
            case "small" -> new double[] {2.1, 3.4, 1.9, 5.6, 4.4, 7.0, 6.1, 8.8, 9.3, 0.5};
            default -> new double[] {1.0, 2.5, 2.0, 7.0};
        };
    }

    private static void assertRel(double expected, double actual, double rel, String what) {
        assertTrue(Math.abs(actual - expected) <= rel * Math.abs(expected),
                what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void matchesScipy() {
        for (Object[] row : SCIPY) {
            String name = (String) row[0];
            double level = (double) row[1];
            MeanVarianceStd p = MeanVarianceStd.of(data(name));
            MeanVarianceStd.Summary[] s = {p.mean(level), p.variance(level), p.standardDeviation(level)};
            String[] what = {"mean", "variance", "sd"};
            for (int k = 0; k < 3; k++) {
                String w = name + " " + level + " " + what[k];
                // quantiles of t and inverse gamma (bracketed root searches on both sides): 1e-10
                assertRel((double) row[2 + 3 * k], s[k].center(), 1e-13, w + " center");
                assertRel((double) row[3 + 3 * k], s[k].interval().lower(), 1e-10, w + " low");
                assertRel((double) row[4 + 3 * k], s[k].interval().upper(), 1e-10, w + " high");
                assertEquals(level, s[k].interval().level());
            }
        }
    }

    @Test
    void posteriorsAreConsistent() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(2, 300), doubles().between(0.5, 0.99))
                .checkAssert((seed, n, level) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double[] x = new double[n];
                    Arrays.setAll(x, i -> 10 + 3 * rng.nextGaussian());
                    x[0] = 0;
                    MeanVarianceStd p = MeanVarianceStd.of(x);
                    MeanVarianceStd.Summary m = p.mean(level);
                    MeanVarianceStd.Summary v = p.variance(level);
                    MeanVarianceStd.Summary s = p.standardDeviation(level);
                    assertTrue(m.interval().contains(m.center()));
                    // the sd interval is the square root of the variance interval; Jensen: E[sd] <= sqrt(E[var])
                    assertEquals(Math.sqrt(v.interval().upper()), s.interval().upper(), 1e-12 * s.interval().upper());
                    assertTrue(s.center() <= Math.sqrt(v.center()) * (1 + 1e-12));
                    // the posterior of the variance puts probability level on its interval
                    double mass = p.variancePosterior().cdf(v.interval().upper()) - p.variancePosterior().cdf(v.interval().lower());
                    assertEquals(level, mass, 1e-9);
                    // wider level, wider intervals
                    assertTrue(p.mean(Math.min(0.995, level + 0.004)).interval().width() > m.interval().width());
                });
    }

    @Test
    void smallSamplesHaveInfiniteMeans() {
        MeanVarianceStd two = MeanVarianceStd.of(new double[] {1, 3});
        assertEquals(Double.POSITIVE_INFINITY, two.variance(0.9).center());
        assertEquals(Double.POSITIVE_INFINITY, two.standardDeviation(0.9).center());
        MeanVarianceStd three = MeanVarianceStd.of(new double[] {1, 3, 4});
        assertEquals(Double.POSITIVE_INFINITY, three.variance(0.9).center());
        assertTrue(Double.isFinite(three.standardDeviation(0.9).center()));
        assertTrue(three.toString().startsWith("MeanVarianceStd(n=3, mean=2.667"), three.toString());
    }

    @Test
    void badInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MeanVarianceStd.of(new double[] {1}));
        assertEquals("x must have at least 2 values, had 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MeanVarianceStd.of(new double[] {2, 2, 2}));
        assertTrue(e.getMessage().startsWith("x must not be constant"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MeanVarianceStd.of(new double[] {1, Double.NaN}));
        assertTrue(e.getMessage().startsWith("x[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MeanVarianceStd.of(new double[] {1, 2, 3}).mean(1.0));
        assertTrue(e.getMessage().startsWith("level"), e.getMessage());
        assertEquals("x", assertThrows(NullPointerException.class, () -> MeanVarianceStd.of(null)).getMessage());
    }
}
