package dev.statlearn.eval.curve;

import dev.statlearn.eval.ConfidenceInterval;
import dev.statlearn.eval.Fixtures;
import dev.statlearn.eval.internal.NormalQuantile;
import org.junit.jupiter.api.Test;

import static dev.statlearn.eval.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * DeLong against a reference written in tools/reference/eval_metrics.py (delong_reference) directly
 * from the formulas of DeLong, DeLong &amp; Clarke-Pearson (1988) as an O(PN) double sum.
 */
class DeLongTest {

    // /usr/bin/python3 tools/reference/eval_metrics.py delong
// scipy 1.10.1
// delong_reference(y, s) -> auc, var; z = scipy.stats.norm.ppf(0.975); [max(0, auc - z sqrt(var)), min(1, auc + z sqrt(var))]
    static final double[] TINY_DELONG = {0.59375, 0.051432291666666664, 0.14925587125201573, 1.0};
    static final double[] RANDOM_DELONG = {0.7864906832298136, 0.002618803351679205, 0.6861910060869064, 0.8867903603727209};
    static final double[] CANCER_DELONG = {0.9704428941387876, 4.129493983952742e-05, 0.9578479423367129, 0.9830378459408623};
    static final double[] DIGITS_DELONG = {0.9949164069928031, 3.5818488365669017e-06, 0.9912070236467977, 0.9986257903388086};
// scipy.stats.norm.ppf(p) for p in {1e-300, 1e-20, 1e-05, 0.0125, 0.025, 0.3, 0.5, 0.6, 0.975, 0.995, 0.999999999999}
    static final double[] NORM_P = {1e-300, 1e-20, 1e-05, 0.0125, 0.025, 0.3, 0.5, 0.6, 0.975, 0.995, 0.999999999999};
    static final double[] NORM_PPF = {-37.0470962993612, -9.262340089798409, -4.264890793922825, -2.241402727604945, -1.9599639845400545, -0.5244005127080409, 0.0, 0.2533471031357997, 1.959963984540054, 2.5758293035489004, 7.0344869100478356};

    static void check(double[] e, int[] y, double[] s) {
        DeLong d = DeLong.of(y, s);
        assertClose(e[0], d.auc(), "auc");
        // variance: sums of squares in a different order than numpy's var, relative 1e-11
        assertEquals(e[1], d.variance(), 1e-11 * e[1], "variance");
        ConfidenceInterval ci = d.confidenceInterval(0.95);
        assertEquals(e[2], ci.lower(), 1e-12, "lower");
        assertEquals(e[3], ci.upper(), 1e-12, "upper");
        assertEquals(0.95, ci.level());
    }

    @Test
    void tinyWithTies() {
        check(TINY_DELONG, RocCurveTest.TINY_Y, RocCurveTest.TINY_S);
    }

    @Test
    void randomWithTies() {
        check(RANDOM_DELONG, RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S);
    }

    @Test
    void breastCancer() {
        check(CANCER_DELONG, Fixtures.cancerActual(), Fixtures.cancerScore());
        assertTrue(DeLong.of(Fixtures.cancerActual(), Fixtures.cancerScore()).toString().contains("P=212"));
    }

    @Test
    void digitsZeroVsRest() {
        check(DIGITS_DELONG, Fixtures.digitsActual(), Fixtures.digitsScore());
    }

    @Test
    void normalQuantileMatchesScipy() {
        for (int i = 0; i < NORM_P.length; i++) {
            assertClose(NORM_PPF[i], NormalQuantile.of(NORM_P[i]), "ppf(" + NORM_P[i] + ")");
        }
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.of(0));
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.of(Double.NaN));
    }

    @Test
    void perfectSeparationHasZeroVariance() {
        DeLong d = DeLong.of(new int[] {0, 0, 1, 1}, new double[] {1, 2, 3, 4});
        assertEquals(1.0, d.auc());
        assertEquals(0.0, d.variance());
        ConfidenceInterval ci = d.confidenceInterval(0.9);
        assertEquals(1.0, ci.lower());
        assertEquals(1.0, ci.upper());
    }

    @Test
    void rejectsTooFewSamplesPerClass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeLong.of(new int[] {0, 0, 1}, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("1 positives"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DeLong.of(new int[] {0, 0, 1, 1}, new double[] {1, 2, 3, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> DeLong.of(RocCurveTest.TINY_Y, RocCurveTest.TINY_S).confidenceInterval(1.0));
    }

    @Test
    void aucAgreesWithRocCurveAndIntervalContainsIt() {
        qt().withExamples(150)
                .forAll(longs().all(), integers().between(4, 150), integers().between(0, 30))
                .checkAssert((seed, n, range) -> {
                    Object[] data = RocCurveTest.data(seed, n, range);
                    int[] y = (int[]) data[0];
                    double[] s = (double[]) data[1];
                    y[1] = 1;
                    y[n - 2] = 0;
                    DeLong d = DeLong.of(y, s);
                    assertEquals(RocCurve.of(y, s).auc(), d.auc(), 0.0);
                    assertTrue(d.variance() >= 0 && d.variance() <= 0.25, "variance " + d.variance());
                    ConfidenceInterval ci = d.confidenceInterval(0.95);
                    assertTrue(ci.contains(d.auc()) && ci.lower() >= 0 && ci.upper() <= 1);
                    assertTrue(ci.width() <= d.confidenceInterval(0.99).width());
                });
    }
}
