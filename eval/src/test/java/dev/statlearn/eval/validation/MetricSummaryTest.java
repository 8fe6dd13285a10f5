package dev.statlearn.eval.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mean, Bessel-corrected sd, value semantics and description of a {@link MetricSummary}. */
class MetricSummaryTest {

    @Test
    void meanAndSampleSdOfKnownValues() {
        // 1, 2, 3, 4: mean 5/2, squared deviations 9/4 + 1/4 + 1/4 + 9/4 = 5, s^2 = 5 / 3
        MetricSummary m = new MetricSummary("accuracy", new double[] {1, 2, 3, 4}, true);
        assertEquals(2.5, m.mean(), 0.0);
        assertEquals(Math.sqrt(5.0 / 3.0), m.sd(), 1e-15);
        // two folds: s = |a - b| / sqrt(2)
        assertEquals(0.2 / Math.sqrt(2), new MetricSummary("f1", new double[] {0.7, 0.9}, true).sd(), 1e-15);
        // constant folds: sd exactly 0
        assertEquals(0.0, new MetricSummary("f1", new double[] {0.3, 0.3, 0.3}, true).sd(), 0.0);
    }

    @Test
    void sdIsShiftInvariantAndScalesWithTheValues() {
        double[] v = {0.91, 0.87, 0.95, 0.89, 0.93};
        double[] shifted = new double[v.length];
        double[] scaled = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            shifted[i] = v[i] + 100;
            scaled[i] = -3 * v[i];
        }
        double sd = new MetricSummary("a", v, true).sd();
        assertEquals(sd, new MetricSummary("a", shifted, true).sd(), 1e-12);
        assertEquals(3 * sd, new MetricSummary("a", scaled, true).sd(), 1e-15);
        // against the two-pass formula computed here
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        assertEquals(Math.sqrt(ss / (v.length - 1)), sd, 1e-15);
    }

    @Test
    void oneFoldHasNoSdAndNanPropagates() {
        MetricSummary one = new MetricSummary("auc", new double[] {0.8}, true);
        assertEquals(0.8, one.mean(), 0.0);
        assertTrue(Double.isNaN(one.sd()));
        MetricSummary undefined = new MetricSummary("auc", new double[] {0.8, Double.NaN}, true);
        assertTrue(Double.isNaN(undefined.mean()));
        assertTrue(Double.isNaN(undefined.sd()));
    }

    @Test
    void valuesAreCopiedInAndOut() {
        double[] v = {0.5, 0.6};
        MetricSummary m = new MetricSummary("a", v, false);
        v[0] = 99;
        assertArrayEquals(new double[] {0.5, 0.6}, m.values());
        m.values()[1] = 99;
        assertArrayEquals(new double[] {0.5, 0.6}, m.values());
        assertThrows(IllegalArgumentException.class, () -> new MetricSummary("a", new double[0], true));
        assertThrows(NullPointerException.class, () -> new MetricSummary(null, v, true));
    }

    @Test
    void equalityIsByNameDirectionAndValues() {
        MetricSummary a = new MetricSummary("log loss", new double[] {0.3, 0.4}, false);
        MetricSummary b = new MetricSummary("log loss", new double[] {0.3, 0.4}, false);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new MetricSummary("brier", new double[] {0.3, 0.4}, false));
        assertNotEquals(a, new MetricSummary("log loss", new double[] {0.3, 0.4}, true));
        assertNotEquals(a, new MetricSummary("log loss", new double[] {0.3, 0.5}, false));
        assertNotEquals(a, "log loss");
        assertNotEquals(a.hashCode(), new MetricSummary("log loss", new double[] {0.3, 0.5}, false).hashCode());
        assertNotEquals(a.hashCode(), new MetricSummary("brier", new double[] {0.3, 0.4}, false).hashCode());
    }

    @Test
    void describesMeanSdAndFoldCount() {
        String s = new MetricSummary("accuracy", new double[] {1, 2, 3, 4}, true).toString();
        assertTrue(s.startsWith("accuracy 2.5"), s);
        assertTrue(s.contains(" ± 1.3"), s); // sqrt(5/3) = 1.29...
        assertTrue(s.endsWith("(4 folds)"), s);
    }
}
