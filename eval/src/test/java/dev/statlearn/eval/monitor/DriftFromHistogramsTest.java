package dev.statlearn.eval.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.divergence.Divergences;
import dev.statlearn.stats.divergence.Histogram;
import dev.statlearn.stats.inference.KolmogorovSmirnov;
import dev.statlearn.stats.inference.TestResult;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link DriftReport#feature(String, Histogram, Histogram, double, TestResult, DriftReport.Settings)},
 * the drift of summaries computed elsewhere (the spark module's distributed histograms and KS
 * sweep), is the array method given the same summaries: the array method calls it.
 */
class DriftFromHistogramsTest {

    @Test
    void givenTheArraysSummariesItIsTheArrayDrift() {
        RandomGenerator rng = Randomness.seeded(47);
        double[] r = new double[400];
        double[] c = new double[300];
        for (int i = 0; i < r.length; i++) {
            r[i] = rng.nextGaussian();
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = 0.3 + 1.2 * rng.nextGaussian();
        }
        DriftReport.Settings settings = DriftReport.Settings.defaults();
        double[] edges = Histogram.spanning(settings.bins(), r, c).edges();
        FeatureDrift fromParts = DriftReport.feature("x", Histogram.of(edges, r), Histogram.of(edges, c),
                Divergences.wasserstein1(r, c), KolmogorovSmirnov.twoSample(r, c), settings);
        assertEquals(DriftReport.feature("x", r, c, settings), fromParts);
        assertEquals(400, fromParts.referenceSize());
        assertEquals(300, fromParts.currentSize());
    }

    @Test
    void inconsistentSummariesAreRejectedWithTheirName() {
        DriftReport.Settings settings = DriftReport.Settings.defaults();
        double[] r = {0.1, 0.5, 0.9};
        TestResult ks = new TestResult(0.2, 0.9);
        Histogram h = Histogram.of(new double[] {0, 0.5, 1}, r);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DriftReport.feature("x", h,
                Histogram.of(new double[] {0, 0.4, 1}, r), 0.1, ks, settings));
        assertTrue(e.getMessage().startsWith("current must have the edges of reference"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DriftReport.feature("x", h,
                Histogram.create(new double[] {0, 0.5, 1}), 0.1, ks, settings));
        assertTrue(e.getMessage().startsWith("current must hold between 1 and"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DriftReport.feature("x", h,
                Histogram.of(new double[] {0, 0.5, 1}, new double[] {0.2, 1.5}), 0.1, ks, settings));
        assertTrue(e.getMessage().startsWith("current must have no value outside its edges"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DriftReport.feature("x", h, h, -1, ks, settings));
        assertTrue(e.getMessage().contains("wasserstein1"), e.getMessage());
        assertThrows(NullPointerException.class, () -> DriftReport.feature("x", h, h, 0.0, null, settings));
        assertThrows(NullPointerException.class, () -> DriftReport.feature("x", null, h, 0.0, ks, settings));
    }
}
