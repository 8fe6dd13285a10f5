package dev.statlearn.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Checks;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Infinite input is rejected (row and column named), NaN is missing, huge finite data never overflows. */
class NonFiniteInputTest {

    private static final double[][] TRAIN = {{1, 2}, {2, 4}, {3, 9}};

    private static void assertMessage(Throwable e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), () -> "message '" + e.getMessage() + "' lacks '" + p + "'");
        }
    }

    @Test
    void rectangularRejectsInfinityAsDocumented() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.rectangular(new double[][] {{Double.POSITIVE_INFINITY}}, "x"));
        assertMessage(e, "x[0][0]", "finite or NaN", "Infinity");
        e = assertThrows(IllegalArgumentException.class,
                () -> Checks.rectangular(new double[][] {{1, 2}, {3, Double.NEGATIVE_INFINITY}}, "m"));
        assertMessage(e, "m[1][1]", "-Infinity");
        double[][] withNaN = {{Double.NaN, 1}};
        assertEquals(withNaN, Checks.rectangular(withNaN, "x"));
    }

    @Test
    void everyPreprocessorRejectsInfinityWhenTransforming() {
        List<Transformer> all = List.of(StandardScaler.fit(TRAIN), MinMaxScaler.fit(TRAIN),
                Imputer.fit(TRAIN, Imputer.Strategy.MEAN), OneHotEncoder.fit(TRAIN, 0));
        for (Transformer t : all) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> t.transform(new double[] {1, Double.POSITIVE_INFINITY}), t::toString);
            assertMessage(e, "row[1]", "finite or NaN", "Infinity");
            e = assertThrows(IllegalArgumentException.class,
                    () -> t.transform(new double[][] {{1, 2}, {Double.NEGATIVE_INFINITY, 1}}), t::toString);
            assertMessage(e, "x[1][0]", "-Infinity");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandardScaler.fit(TRAIN).inverseTransform(new double[] {Double.POSITIVE_INFINITY, 0}));
        assertMessage(e, "row[0]", "Infinity");
    }

    @Test
    void everyPreprocessorRejectsInfinityWhenFitting() {
        double[][] bad = {{1, 2}, {2, Double.POSITIVE_INFINITY}};
        List<Function<double[][], Transformer>> fits = List.of(StandardScaler::fit, MinMaxScaler::fit,
                x -> Imputer.fit(x, Imputer.Strategy.MEDIAN), x -> OneHotEncoder.fit(x, 0));
        for (Function<double[][], Transformer> fit : fits) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit.apply(bad));
            assertMessage(e, "x[1][1]", "Infinity");
        }
    }

    @Test
    void nanStaysMissing() {
        assertTrue(Double.isNaN(StandardScaler.fit(TRAIN).transform(new double[] {Double.NaN, 1})[0]));
        assertTrue(Double.isNaN(MinMaxScaler.fit(TRAIN).transform(new double[] {Double.NaN, 1})[0]));
        assertEquals(2.0, Imputer.fit(TRAIN, Imputer.Strategy.MEAN).transform(new double[] {Double.NaN, 1})[0]);
    }

    @Test
    void minMaxScalerDoesNotOverflowOnTheFullDoubleRange() {
        MinMaxScaler s = MinMaxScaler.fit(new double[][] {{-1e308}, {1e308}});
        assertEquals(0.5, s.transform(new double[] {0})[0], 1e-15);
        assertEquals(0.0, s.transform(new double[] {-1e308})[0], 1e-15);
        assertEquals(1.0, s.transform(new double[] {1e308})[0], 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, s.dataRange()[0]);
        MinMaxScaler wide = MinMaxScaler.fit(new double[][] {{0}, {1}}, -1e308, 1e308);
        assertEquals(0.0, wide.transform(new double[] {0.5})[0], 1e292);
        assertEquals(1e308, wide.transform(new double[] {1})[0], 1e293);
        assertEquals(-1e308, wide.transform(new double[] {0})[0], 1e293);
        // ordinary data unchanged
        assertArrayEquals(new double[] {0.5, 2.0 / 7}, MinMaxScaler.fit(TRAIN).transform(new double[] {2, 4}), 1e-15);
    }

    @Test
    void standardScalerIsScaleSafe() {
        StandardScaler huge = StandardScaler.fit(new double[][] {{1.5e308}, {-1.5e308}});
        assertEquals(0.0, huge.mean()[0]);
        assertEquals(1.5e308, huge.scale()[0], 1e293);
        assertArrayEquals(new double[] {1.0}, huge.transform(new double[] {1.5e308}), 1e-15);
        StandardScaler big = StandardScaler.fit(new double[][] {{1e308}, {1.7e308}, {1.6e308}});
        double[] z = big.transform(new double[] {-1.7e308}); // x - mean overflows; the result does not
        assertTrue(Double.isFinite(z[0]) && z[0] < -10, () -> "z = " + z[0]);
        StandardScaler tiny = StandardScaler.fit(new double[][] {{1e-200}, {-1e-200}});
        assertEquals(1e-200, tiny.scale()[0], 1e-215);
        assertEquals(-1.0, tiny.transform(new double[] {-1e-200})[0], 1e-15);
    }
}
