package dev.statlearn.eval.curve;

import dev.statlearn.eval.ConfidenceInterval;
import dev.statlearn.eval.Fixtures;
import dev.statlearn.core.data.Datasets;
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

    // delong_compare_reference(y, a, b) -> aucA, aucB, se, z, p; breast cancer: a = worst radius (20), b = mean texture (1);
    // digits 0 vs rest: a = digits score, b = -pixel 36 (centre)
    static final double[] CANCER_COMPARE = {0.9704428941387876, 0.7758244807356905, 0.020749181880797562, 9.379570458303595, 6.624203746277247e-21};
    static final double[] DIGITS_COMPARE = {0.9949164069928031, 0.9674441845778016, 0.0033421183171495365, 8.22000294664385, 2.034981809265693e-16};
    // random_scores(): a = s, b = np.round(s) (half to even, = Math.rint)
    static final double[] RANDOM_COMPARE = {0.7864906832298136, 0.7804736024844721, 0.014307346980474636, 0.4205588047562653, 0.6740772805808284};

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

    static void checkCompare(double[] e, DeLong.Comparison c) {
        assertClose(e[0], c.aucA(), "aucA");
        assertClose(e[1], c.aucB(), "aucB");
        // standard error from sums of squares in another order: relative 1e-10
        assertEquals(e[2], c.standardError(), 1e-10 * e[2], "se");
        assertEquals(e[3], c.z(), 1e-10 * Math.abs(e[3]), "z");
        // tiny p-values: relative error about |z|^2 times that of z
        assertEquals(e[4], c.pValue(), 1e-7 * e[4], "p");
    }

    @Test
    void pairedComparisonMatchesFormulaReference() {
        int[] cy = Fixtures.cancerActual();
        checkCompare(CANCER_COMPARE, DeLong.compare(cy, Fixtures.cancerScore(), Datasets.breastCancer().column(1)));
        double[] pixel = Datasets.digits().column(36);
        for (int i = 0; i < pixel.length; i++) {
            pixel[i] = -pixel[i];
        }
        checkCompare(DIGITS_COMPARE, DeLong.compare(Fixtures.digitsActual(), Fixtures.digitsScore(), pixel));
        double[] rounded = RocCurveTest.RANDOM_S.clone();
        for (int i = 0; i < rounded.length; i++) {
            rounded[i] = Math.rint(rounded[i]);
        }
        DeLong.Comparison c = DeLong.compare(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S, rounded);
        checkCompare(RANDOM_COMPARE, c);
        ConfidenceInterval ci = c.confidenceInterval(0.95);
        assertTrue(ci.contains(0.0) && ci.contains(c.difference()), ci.toString());
    }

    @Test
    void comparingScoresWithThemselves() {
        DeLong.Comparison c = DeLong.compare(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S, RocCurveTest.RANDOM_S);
        assertEquals(0.0, c.difference());
        assertEquals(0.0, c.standardError());
        assertEquals(0.0, c.z());
        assertEquals(1.0, c.pValue());
        // swapping the models negates z, keeps p
        double[] other = RocCurveTest.RANDOM_S.clone();
        for (int i = 0; i < other.length; i++) {
            other[i] = Math.rint(other[i]);
        }
        DeLong.Comparison ab = DeLong.compare(RocCurveTest.RANDOM_Y, RocCurveTest.RANDOM_S, other);
        DeLong.Comparison ba = DeLong.compare(RocCurveTest.RANDOM_Y, other, RocCurveTest.RANDOM_S);
        assertEquals(-ab.z(), ba.z(), 1e-12);
        assertEquals(ab.pValue(), ba.pValue(), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> DeLong.compare(new int[] {0, 1, 0, 1}, new double[] {1, 2, 3, 4}, new double[] {1, 2, 3}));
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
