package dev.statlearn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.eval.calibration.ReliabilityTable;
import dev.statlearn.eval.monitor.DriftReport;
import dev.statlearn.eval.monitor.GroupFairness;
import dev.statlearn.eval.resample.ClassWeights;
import dev.statlearn.eval.validation.Splits;
import dev.statlearn.stats.divergence.Histogram;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sizes taken from input (labels, group ids, bin counts) are checked before anything is allocated. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SizeLimitsTest {

    private static void assertMessage(Throwable e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), () -> "message '" + e.getMessage() + "' lacks '" + p + "'");
        }
    }

    @Test
    void confusionMatrixLabelAboveTheLimit() {
        // used to allocate 20001^2 longs (3.2 GB)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0}, new int[] {20000}));
        assertMessage(e, "predicted[0]", "[0, " + (ConfusionMatrix.MAX_CLASSES - 1) + "]", "20000");
        e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {Integer.MAX_VALUE}, new int[] {0}));
        assertMessage(e, "actual[0]", String.valueOf(Integer.MAX_VALUE));
        e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0}, new int[] {0}, ConfusionMatrix.MAX_CLASSES + 1));
        assertMessage(e, "classes k", String.valueOf(ConfusionMatrix.MAX_CLASSES),
                String.valueOf(ConfusionMatrix.MAX_CLASSES + 1));
        int top = ConfusionMatrix.MAX_CLASSES - 1;
        assertEquals(ConfusionMatrix.MAX_CLASSES, ConfusionMatrix.of(new int[] {top}, new int[] {0}).numClasses());
        assertEquals(2, ConfusionMatrix.of(new int[] {0}, new int[] {0}).numClasses());
    }

    @Test
    void groupFairnessGroupAboveTheLimit() {
        // used to allocate 50 million groups of 2 x 2 counts
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupFairness.of(new int[] {0, 1}, new int[] {1, 1}, new int[] {0, 50_000_000}));
        assertMessage(e, "group[1]", "[0, " + (GroupFairness.MAX_GROUPS - 1) + "]", "50000000");
        e = assertThrows(IllegalArgumentException.class,
                () -> GroupFairness.of(new int[] {0}, new int[] {30000}, new int[] {0}));
        assertMessage(e, "predicted[0]", "30000");
        e = assertThrows(IllegalArgumentException.class,
                () -> GroupFairness.of(new int[] {0}, new int[] {0}, new int[] {0}, Integer.MAX_VALUE));
        assertMessage(e, "positive", String.valueOf(Integer.MAX_VALUE));
    }

    @Test
    void groupFairnessTotalCountsAreLimited() {
        int n = 2;
        int k = ConfusionMatrix.MAX_CLASSES;
        // 2 groups x 4096^2 classes = 2^25 counts > 2^24
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupFairness.of(new int[] {0, k - 1}, new int[] {0, 0}, new int[] {0, 1}));
        assertMessage(e, String.valueOf(GroupFairness.MAX_COUNTS), String.valueOf((long) n * k * k));
        // absent groups cost nothing: one present group at a high id is fine
        GroupFairness g = GroupFairness.of(new int[] {0, 1}, new int[] {1, 1}, new int[] {65535, 65535});
        assertEquals(GroupFairness.MAX_GROUPS, g.numGroups());
        assertEquals(1.0, g.selectionRate(65535));
    }

    @Test
    void labelSizedHelpersAreLimited() {
        int big = Dataset.MAX_CLASSES;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassWeights.balanced(new int[] {0, big}));
        assertMessage(e, "y[1]", "[0, " + (big - 1) + "]", String.valueOf(big));
        e = assertThrows(IllegalArgumentException.class,
                () -> ClassWeights.balanced(new int[] {0}, Integer.MAX_VALUE));
        assertMessage(e, "k", String.valueOf(big), String.valueOf(Integer.MAX_VALUE));
        e = assertThrows(IllegalArgumentException.class,
                () -> Splits.stratifiedKFold(new int[] {0, 1, Integer.MAX_VALUE}, 2, Randomness.seeded(1)));
        assertMessage(e, "y[2]", String.valueOf(Integer.MAX_VALUE));
        e = assertThrows(IllegalArgumentException.class, () -> Bootstrap.withDefaults().labelInterval(
                new int[] {0, Integer.MAX_VALUE}, new int[] {0, 1}, (a, p) -> 0.5, Randomness.seeded(1)));
        assertMessage(e, "actual[1]", String.valueOf(Integer.MAX_VALUE));
    }

    @Test
    void binCountsAreLimited() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReliabilityTable.of(new int[] {0, 1}, new double[] {0.2, 0.8}, Integer.MAX_VALUE));
        assertMessage(e, "numBins", String.valueOf(ReliabilityTable.MAX_BINS), String.valueOf(Integer.MAX_VALUE));
        e = assertThrows(IllegalArgumentException.class,
                () -> ReliabilityTable.ofQuantiles(new int[] {0, 1}, new double[] {0.2, 0.8}, 0));
        assertMessage(e, "numBins", "was 0");
        e = assertThrows(IllegalArgumentException.class,
                () -> DriftReport.Settings.defaults().withBins(Integer.MAX_VALUE));
        assertMessage(e, "bins", String.valueOf(Histogram.MAX_BINS), String.valueOf(Integer.MAX_VALUE));
        e = assertThrows(IllegalArgumentException.class, () -> Histogram.uniform(0, 1, Histogram.MAX_BINS + 1));
        assertMessage(e, "bins", String.valueOf(Histogram.MAX_BINS + 1));
    }

    @Test
    void overSamplingThatCannotBeAllocatedIsRejected() {
        // 50,000 rows of class 0 and one row of each class 1..50,000: balancing would need 2.5e9 rows
        int m = 50_000;
        double[][] x = new double[2 * m][1];
        int[] y = new int[2 * m];
        for (int i = 0; i < m; i++) {
            y[m + i] = i + 1;
        }
        Dataset data = Dataset.classification(x, y);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> dev.statlearn.eval.resample.Resampling.randomOversample(data, Randomness.seeded(1)));
        assertMessage(e, "100000 rows", String.valueOf(2L * m + (long) m * (m - 1)), "largest array");
    }

    @Test
    void repeatCountsDoNotAllocateUpFront() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bootstrap.withDefaults().withResamples(Integer.MAX_VALUE));
        assertMessage(e, "resamples", "[2, " + Bootstrap.MAX_RESAMPLES + "]", String.valueOf(Integer.MAX_VALUE));
        e = assertThrows(IllegalArgumentException.class, () -> Bootstrap.withDefaults().withResamples(1));
        assertMessage(e, "resamples", "was 1");
        // k * repeats overflowed int and reached ArrayList's capacity check ("Illegal Capacity");
        // n * k * repeats is now checked against Splits.MAX_INDICES before any work
        int[] calls = {0};
        java.util.random.RandomGenerator counting = new java.util.SplittableRandom(1);
        e = assertThrows(IllegalArgumentException.class, () -> Splits.repeatedKFold(4, 2, Integer.MAX_VALUE,
                new java.util.random.RandomGenerator() {
                    @Override
                    public long nextLong() {
                        calls[0]++;
                        return counting.nextLong();
                    }
                }));
        assertMessage(e, "repeats", "Splits.MAX_INDICES", String.valueOf(Integer.MAX_VALUE));
        assertEquals(0, calls[0], "rejected before any work");
    }
}
