package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

    private static final double ULP = Math.ulp(1.0);

    static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void sumsToOneAndIsShiftInvariant() {
        qt().withExamples(300)
                .forAll(lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(1, 40), doubles().between(-1e3, 1e3))
                .checkAssert((values, shift) -> {
                    double[] z = toArray(values);
                    double[] p = Softmax.softmax(z);
                    double sum = 0;
                    for (double v : p) {
                        assertTrue(v >= 0 && v <= 1, "probability " + v);
                        sum += v;
                    }
                    assertEquals(1.0, sum, 64 * ULP);
                    double[] shifted = z.clone();
                    for (int i = 0; i < z.length; i++) {
                        shifted[i] += shift;
                    }
                    double[] q = Softmax.softmax(shifted);
                    for (int i = 0; i < p.length; i++) {
                        // the shift itself is rounded: |z| <= 2e3 moves each logit by <= 2e3 ulp(1)
                        assertEquals(p[i], q[i], 1e-11 + 1e-10 * p[i]);
                    }
                    assertEquals(Softmax.argmax(z), Softmax.argmax(p));
                });
    }

    @Test
    void logSoftmaxIsLogOfSoftmaxWhereNothingUnderflows() {
        qt().withExamples(200)
                .forAll(lists().of(doubles().between(-30, 30)).ofSizeBetween(1, 20))
                .checkAssert(values -> {
                    double[] z = toArray(values);
                    double[] p = Softmax.softmax(z);
                    double[] lp = Softmax.logSoftmax(z);
                    for (int i = 0; i < z.length; i++) {
                        assertEquals(Math.log(p[i]), lp[i], 1e-12 * Math.max(1, Math.abs(lp[i])));
                        assertTrue(lp[i] <= 0);
                    }
                });
    }

    @Test
    void extremeLogitsStayFinite() {
        double[] p = Softmax.softmax(new double[] {1000, -1000, 999});
        assertEquals(1 / (1 + Math.exp(-1)), p[0], 4 * ULP);
        assertEquals(0.0, p[1]);
        double[] lp = Softmax.logSoftmax(new double[] {1000, -1000, 999});
        assertEquals(-2000 - Math.log1p(Math.exp(-1)), lp[1], 1e-12 * 2000);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, Softmax.softmax(new double[] {-1e300, -1e300, -1e300, -1e300}));
        assertArrayEquals(new double[] {1.0}, Softmax.softmax(new double[] {5}));
        assertArrayEquals(new double[] {0.0}, Softmax.logSoftmax(new double[] {-7}));
    }

    @Test
    void rowWiseVariantsMatchSingleRows() {
        double[][] z = {{1, 2, 3}, {1000, 0, -1000}};
        double[][] p = Softmax.softmax(z);
        double[][] lp = Softmax.logSoftmax(z);
        for (int i = 0; i < z.length; i++) {
            assertArrayEquals(Softmax.softmax(z[i]), p[i]);
            assertArrayEquals(Softmax.logSoftmax(z[i]), lp[i]);
        }
        assertArrayEquals(new int[] {2, 0}, Softmax.argmax(z));
    }

    @Test
    void argmaxTakesTheFirstOfTies() {
        assertEquals(1, Softmax.argmax(new double[] {0, 3, 3, -1}));
        assertEquals(0, Softmax.argmax(new double[] {Double.NEGATIVE_INFINITY}));
    }

    @Test
    void oneHot() {
        assertArrayEquals(new double[] {0, 0, 1}, Softmax.oneHot(2, 3));
        assertArrayEquals(new double[][] {{1, 0}, {0, 1}}, Softmax.oneHot(new int[] {0, 1}, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Softmax.oneHot(3, 3));
        assertTrue(e.getMessage().contains("label"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Softmax.oneHot(new int[] {0, -1}, 2));
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Softmax.softmax(new double[] {1, Double.NaN}));
        assertTrue(e.getMessage().contains("logits[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Softmax.logSoftmax(new double[] {Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> Softmax.softmax(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Softmax.softmax(new double[][] {{1, 2}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> Softmax.argmax(new double[] {1, Double.NaN}));
        assertThrows(NullPointerException.class, () -> Softmax.softmax((double[]) null));
    }
}
