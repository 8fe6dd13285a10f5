package dev.statlearn.eval;

import dev.statlearn.core.Randomness;
import dev.statlearn.eval.curve.DeLong;
import dev.statlearn.eval.curve.RocCurve;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BootstrapTest {

    @Test
    void sameSeedSameInterval() {
        int[] y = Fixtures.cancerActual();
        double[] s = Fixtures.cancerScore();
        Bootstrap b = Bootstrap.withDefaults().withResamples(300);
        ConfidenceInterval a = b.scoreInterval(y, s, RocCurve::auc, Randomness.seeded(42));
        ConfidenceInterval c = b.scoreInterval(y, s, RocCurve::auc, Randomness.seeded(42));
        assertEquals(a, c);
        assertEquals(RocCurve.of(y, s).auc(), a.estimate());
        ConfidenceInterval d = b.scoreInterval(y, s, RocCurve::auc, Randomness.seeded(43));
        assertTrue(a.lower() != d.lower() || a.upper() != d.upper());
    }

    @Test
    void aucIntervalAgreesWithDeLong() {
        // Bootstrap and DeLong estimate the same sampling variability; on the breast cancer data
        // (P = 212, N = 357) the 95% bounds agree to a few thousandths. With 2000 stratified
        // replicates the Monte Carlo error of a 2.5% quantile is about 0.0015 (sd), so a 0.006
        // tolerance fails with probability well below 1e-4 (this seed is fixed anyway).
        int[] y = Fixtures.cancerActual();
        double[] s = Fixtures.cancerScore();
        ConfidenceInterval boot = Bootstrap.withDefaults().scoreInterval(y, s, RocCurve::auc, Randomness.seeded(7));
        ConfidenceInterval dl = DeLong.of(y, s).confidenceInterval(0.95);
        assertEquals(dl.lower(), boot.lower(), 0.006);
        assertEquals(dl.upper(), boot.upper(), 0.006);
        assertTrue(boot.contains(boot.estimate()));
    }

    @Test
    void labelMetricInterval() {
        int[] y = Fixtures.digitsActual();
        int[] p = Fixtures.threshold(Fixtures.digitsScore(), 20);
        ConfidenceInterval ci = Bootstrap.withDefaults().withResamples(500).withLevel(0.9).withStratified(false)
                .labelInterval(y, p, (a, q) -> ConfusionMatrix.of(a, q, 2).mcc(), Randomness.seeded(1));
        assertEquals(ConfusionMatrix.of(y, p, 2).mcc(), ci.estimate());
        assertTrue(ci.lower() < ci.estimate() && ci.estimate() < ci.upper(), ci.toString());
        assertEquals(0.9, ci.level());
        assertTrue(ci.toString().contains("90% CI"), ci.toString());
    }

    @Test
    void quantileIsNumpyLinear() {
        // numpy.percentile([1, 2, 3, 4], [2.5, 50, 97.5]) = [1.075, 2.5, 3.925]
        double[] x = {1, 2, 3, 4};
        assertEquals(1.075, Bootstrap.quantile(x, 0.025), 1e-15);
        assertEquals(2.5, Bootstrap.quantile(x, 0.5), 1e-15);
        assertEquals(3.925, Bootstrap.quantile(x, 0.975), 1e-15);
    }

    @Test
    void rejectsBadInput() {
        Bootstrap b = Bootstrap.withDefaults();
        assertThrows(IllegalArgumentException.class, () -> b.withResamples(1));
        assertThrows(IllegalArgumentException.class, () -> b.withLevel(1.0));
        assertThrows(IllegalArgumentException.class,
                () -> b.scoreInterval(new int[] {0, 1}, new double[] {1}, RocCurve::auc, Randomness.seeded(1)));
        assertThrows(NullPointerException.class,
                () -> b.scoreInterval(new int[] {0, 1}, new double[] {1, 2}, RocCurve::auc, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.withResamples(10).scoreInterval(new int[] {0, 1}, new double[] {1, 2}, (a, s) -> Double.NaN,
                        Randomness.seeded(1)));
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
    }
}
