package dev.statlearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumericsTest {

    private static final double ULP = Math.ulp(1.0);

    private static void assertRel(double expected, double actual, double tol) {
        assertTrue(Numerics.close(expected, actual, tol, 0),
                () -> "expected " + expected + " but was " + actual + " (rel tol " + tol + ")");
    }

    private static double[] arr(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void logSumExpMatchesScipy() {
        // scipy 1.10.1: scipy.special.logsumexp(v), tools/reference/core.py
        assertRel(3.4076059644443806, Numerics.logSumExp(new double[] {1, 2, 3}), 4 * ULP);
        assertRel(1000.6931471805599, Numerics.logSumExp(new double[] {1000, 1000}), 4 * ULP);
        assertRel(-998.5356312158921, Numerics.logSumExp(new double[] {-1000, -1000.5, -999}), 4 * ULP);
        assertEquals(0.0, Numerics.logSumExp(new double[] {0}));
        assertRel(2.126928011054893, Numerics.logSumExp(new double[] {-745, -745, 2, 1e-10}), 4 * ULP);
    }

    @Test
    void logSumExpEdgeCases() {
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(-inf, Numerics.logSumExp(new double[] {-inf, -inf}));
        assertEquals(inf, Numerics.logSumExp(new double[] {1, inf}));
        assertTrue(Double.isNaN(Numerics.logSumExp(new double[] {1, Double.NaN})));
        assertEquals(2.0, Numerics.logSumExp(new double[] {-inf, 2}));
        assertThrows(IllegalArgumentException.class, () -> Numerics.logSumExp(new double[0]));
        assertThrows(NullPointerException.class, () -> Numerics.logSumExp(null));
        assertRel(Math.log(3), Numerics.logSumExp(new double[] {9, 0, 0, 0, 9}, 1, 4), 4 * ULP);
    }

    @Test
    void logSumExpIsShiftEquivariantAndAtLeastTheMax() {
        qt().withExamples(200)
                .forAll(lists().of(doubles().between(-700, 700)).ofSizeBetween(1, 50), doubles().between(-1e3, 1e3))
                .checkAssert((values, c) -> {
                    double[] x = arr(values);
                    double[] shifted = x.clone();
                    double max = Double.NEGATIVE_INFINITY;
                    for (int i = 0; i < x.length; i++) {
                        shifted[i] += c;
                        max = Math.max(max, x[i]);
                    }
                    double l = Numerics.logSumExp(x);
                    assertTrue(l >= max && l <= max + Math.log(x.length) + 1e-12);
                    assertEquals(l + c, Numerics.logSumExp(shifted), 1e-9 * Math.max(1, Math.abs(l + c)));
                });
    }

    @Test
    void log1pExpAndSigmoidMatchScipy() {
        // numpy 1.24.2: np.logaddexp(0, x); scipy 1.10.1: scipy.special.expit(x)
        double[] x = {-800, -30, -1, 0, 1e-8, 1, 30, 800};
        double[] softplus = {0.0, 9.357622968839737e-14, 0.31326168751822286, 0.6931471805599453,
            0.6931471855599454, 1.3132616875182228, 30.000000000000092, 800.0};
        for (int i = 0; i < x.length; i++) {
            assertRel(softplus[i], Numerics.log1pExp(x[i]), 4 * ULP);
        }
        double[] xs = {-800, -30, -1, 0, 1, 30, 800};
        double[] expit = {0.0, 9.357622968839299e-14, 0.2689414213699951, 0.5, 0.7310585786300049,
            0.9999999999999065, 1.0};
        for (int i = 0; i < xs.length; i++) {
            assertRel(expit[i], Numerics.sigmoid(xs[i]), 4 * ULP);
        }
    }

    @Test
    void xLogYFollowsScipy() {
        // scipy 1.10.1: scipy.special.xlogy(a, b)
        assertEquals(0.0, Numerics.xLogY(0, 0));
        assertEquals(0.0, Numerics.xLogY(0, 5));
        assertRel(2.1972245773362196, Numerics.xLogY(2, 3), 2 * ULP);
        assertRel(-345.38776394910684, Numerics.xLogY(0.5, 1e-300), 2 * ULP);
        assertTrue(Double.isNaN(Numerics.xLogY(0, Double.NaN)));
        assertEquals(0.0, Numerics.relEntr(0, 0));
        assertEquals(Double.POSITIVE_INFINITY, Numerics.relEntr(0.5, 0));
        assertTrue(Double.isNaN(Numerics.relEntr(-1, 1)));
    }

    @Test
    void compensatedSumIsExactWhereNaiveSummationFails() {
        // Neumaier's example: naive summation gives 0, the exact sum is 2.
        assertEquals(2.0, Numerics.sum(new double[] {1.0, 1e100, 1.0, -1e100}));
        double[] tenths = new double[10];
        java.util.Arrays.fill(tenths, 0.1);
        assertEquals(1.0, Numerics.sum(tenths));
        assertEquals(0.0, Numerics.sum(new double[0]));
        assertEquals(Double.POSITIVE_INFINITY, Numerics.sum(new double[] {1, Double.POSITIVE_INFINITY}));
        CompensatedSum a = CompensatedSum.create().add(1.0).add(1e100);
        CompensatedSum b = CompensatedSum.create().add(1.0).add(-1e100);
        assertEquals(2.0, a.add(b).value());
    }

    @Test
    void compensatedSumIsOrderIndependentToRoundingOfTheResult() {
        qt().withExamples(200)
                .forAll(lists().of(doubles().between(-1e12, 1e12)).ofSizeBetween(1, 200))
                .checkAssert(values -> {
                    double[] x = arr(values);
                    double[] rev = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        rev[i] = x[x.length - 1 - i];
                    }
                    double abs = 0;
                    for (double v : x) {
                        abs += Math.abs(v);
                    }
                    assertEquals(Numerics.sum(x), Numerics.sum(rev), 4 * ULP * abs + Double.MIN_VALUE);
                });
    }

    @Test
    void relativeErrorHelpers() {
        assertEquals(0.0, Numerics.relativeError(0, 0));
        assertEquals(0.0, Numerics.relativeError(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertEquals(0.5, Numerics.relativeError(1, 2));
        assertTrue(Double.isNaN(Numerics.relativeError(Double.NaN, 1)));
        assertTrue(Numerics.close(1e-20, 0, 1e-12, 1e-15));
        assertFalse(Numerics.close(1, 1.1, 1e-3, 0));
        assertFalse(Numerics.close(Double.NaN, Double.NaN, 1, 1));
        assertEquals(0.5, Numerics.maxRelativeError(new double[] {1, 1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Numerics.maxRelativeError(new double[1], new double[2]));
        assertEquals(2.0, Numerics.mean(new double[] {1, 2, 3}));
    }
}
