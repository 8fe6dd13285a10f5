package dev.statlearn.eval.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.eval.ConfusionMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The factories that assemble reports from parts computed elsewhere (the spark module's
 * distributed counts): {@link GroupFairness#ofConfusionMatrices} equals {@link GroupFairness#of}
 * on the rows its matrices count, and {@link DriftReport#ofFeatures} equals the report of the
 * same features.
 */
class ReportsFromPartsTest {

    @Test
    void fairnessFromPerGroupMatricesIsTheFairnessOfTheRows() {
        int[] y = {0, 1, 1, 0, 1, 0, 0, 1, 2};
        int[] p = {0, 1, 0, 1, 1, 0, 1, 1, 2};
        int[] g = {0, 0, 0, 0, 2, 2, 2, 2, 2}; // group 1 absent
        GroupFairness local = GroupFairness.of(y, p, g, 1);
        ConfusionMatrix g0 = ConfusionMatrix.of(new int[] {0, 1, 1, 0}, new int[] {0, 1, 0, 1}, 3);
        ConfusionMatrix g2 = ConfusionMatrix.of(new int[] {1, 0, 0, 1, 2}, new int[] {1, 0, 1, 1, 2}, 3);
        GroupFairness parts = GroupFairness.ofConfusionMatrices(new ConfusionMatrix[] {g0, null, g2}, 1);
        assertEquals(local.toString(), parts.toString());
        assertEquals(local.equalizedOddsDifference(), parts.equalizedOddsDifference(), 0.0);
        assertEquals(local.demographicParityRatio(), parts.demographicParityRatio(), 0.0);
        assertEquals(0, parts.size(1));
    }

    @Test
    void fairnessFromMatricesRejectsInconsistentParts() {
        ConfusionMatrix two = ConfusionMatrix.of(new int[] {0, 1}, new int[] {1, 1}, 2);
        ConfusionMatrix three = ConfusionMatrix.of(new int[] {0, 1}, new int[] {1, 1}, 3);
        assertEquals("byGroup[1] has 3 classes but an earlier group has 2", assertThrows(
                IllegalArgumentException.class,
                () -> GroupFairness.ofConfusionMatrices(new ConfusionMatrix[] {two, three}, 1)).getMessage());
        assertEquals("byGroup must hold at least one confusion matrix, all were null", assertThrows(
                IllegalArgumentException.class,
                () -> GroupFairness.ofConfusionMatrices(new ConfusionMatrix[1], 1)).getMessage());
        assertEquals("positive must be a class index in [0, 1], was 2", assertThrows(IllegalArgumentException.class,
                () -> GroupFairness.ofConfusionMatrices(new ConfusionMatrix[] {two}, 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> GroupFairness.ofConfusionMatrices(new ConfusionMatrix[0], 1));
        assertThrows(NullPointerException.class, () -> GroupFairness.ofConfusionMatrices(null, 1));
    }

    @Test
    void driftReportFromFeaturesIsTheReportOfThoseFeatures() {
        double[] r = {1, 2, 3, 4, 5, 6};
        double[] c = {2, 3, 4, 5, 6, 9};
        DriftReport.Settings settings = DriftReport.Settings.defaults().withBins(3);
        DriftReport whole = DriftReport.of(r, c, settings);
        DriftReport parts = DriftReport.ofFeatures(List.of(DriftReport.feature("x", r, c, settings)), settings);
        assertEquals(whole, parts);
        assertEquals(whole.toString(), parts.toString());
        assertThrows(NullPointerException.class, () -> DriftReport.ofFeatures(null, settings));
    }
}
