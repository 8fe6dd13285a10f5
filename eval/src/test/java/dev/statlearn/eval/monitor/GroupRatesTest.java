package dev.statlearn.eval.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.eval.ConfusionMatrix;
import org.junit.jupiter.api.Test;

/** Per-group selection rate, TPR and FPR of {@link GroupFairness} on hand-counted examples. */
class GroupRatesTest {

    // group 0: actual 1 1 0 0 0, predicted 1 0 1 0 0 -> selection 2/5, TPR 1/2, FPR 1/3
    // group 1: actual 1 1 1 0,   predicted 1 1 0 1   -> selection 3/4, TPR 2/3, FPR 1
    // group 2: absent
    // group 3: actual 0 0,       predicted 0 0       -> selection 0, no TPR, FPR 0
    private static final int[] ACTUAL = {1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0};
    private static final int[] PREDICTED = {1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0};
    private static final int[] GROUP = {0, 0, 0, 0, 0, 1, 1, 1, 1, 3, 3};

    @Test
    void ratesPerGroupAreTheCountedFractions() {
        GroupFairness f = GroupFairness.of(ACTUAL, PREDICTED, GROUP);
        assertEquals(4, f.numGroups());
        assertEquals(5, f.size(0));
        assertEquals(4, f.size(1));
        assertEquals(0, f.size(2));
        assertEquals(2, f.size(3));
        assertEquals(2.0 / 5, f.selectionRate(0), 0.0);
        assertEquals(1.0 / 2, f.truePositiveRate(0), 0.0);
        assertEquals(1.0 / 3, f.falsePositiveRate(0), 0.0);
        assertEquals(3.0 / 4, f.selectionRate(1), 0.0);
        assertEquals(2.0 / 3, f.truePositiveRate(1), 0.0);
        assertEquals(1.0, f.falsePositiveRate(1), 0.0);
        assertTrue(Double.isNaN(f.selectionRate(2)));
        assertTrue(Double.isNaN(f.truePositiveRate(2)));
        assertTrue(Double.isNaN(f.falsePositiveRate(2)));
        assertEquals(0.0, f.selectionRate(3), 0.0);
        assertTrue(Double.isNaN(f.truePositiveRate(3)), "no actual positives in group 3");
        assertEquals(0.0, f.falsePositiveRate(3), 0.0);
        assertThrows(IllegalArgumentException.class, () -> f.confusion(2));
        ConfusionMatrix c1 = f.confusion(1);
        assertEquals(2, c1.count(1, 1));
        assertEquals(1, c1.count(1, 0));
        assertEquals(1, c1.count(0, 1));
    }

    @Test
    void gapsFollowFromTheRates() {
        GroupFairness f = GroupFairness.of(ACTUAL, PREDICTED, GROUP);
        assertEquals(3.0 / 4, f.demographicParityDifference(), 0.0);
        assertEquals(0.0, f.demographicParityRatio(), 0.0);
        // TPR over groups 0 and 1 only: 2/3 - 1/2
        assertEquals(2.0 / 3 - 1.0 / 2, f.equalOpportunityDifference(), 1e-16);
        // FPR gap 1 - 0 dominates
        assertEquals(1.0, f.equalizedOddsDifference(), 0.0);
        String s = f.toString();
        assertTrue(s.contains("positive class 1: demographic parity difference 0.75 (ratio 0)"), s);
        assertTrue(s.contains("equalized odds difference 1"), s);
        assertFalse(s.lines().anyMatch(l -> l.trim().startsWith("2 ")), "absent group 2 has no row: " + s);
        assertTrue(s.lines().anyMatch(l -> l.trim().startsWith("3 ")), s);
    }

    @Test
    void anotherPositiveClass() {
        // class 2 is favourable; group 0: actual 2 0, predicted 2 2; group 1: actual 1 2, predicted 1 0
        GroupFairness f = GroupFairness.of(new int[] {2, 0, 1, 2}, new int[] {2, 2, 1, 0}, new int[] {0, 0, 1, 1}, 2);
        assertEquals(1.0, f.selectionRate(0), 0.0);
        assertEquals(1.0, f.truePositiveRate(0), 0.0);
        assertEquals(1.0, f.falsePositiveRate(0), 0.0);
        assertEquals(0.0, f.selectionRate(1), 0.0);
        assertEquals(0.0, f.truePositiveRate(1), 0.0);
        assertEquals(0.0, f.falsePositiveRate(1), 0.0);
        assertEquals(1.0, f.equalizedOddsDifference(), 0.0);
        // a positive class above every label: nobody selected, the matrices still have that class
        GroupFairness none = GroupFairness.of(new int[] {0, 1}, new int[] {1, 0}, new int[] {0, 1}, 4);
        assertEquals(5, none.confusion(0).numClasses());
        assertEquals(0.0, none.selectionRate(0), 0.0);
        assertTrue(Double.isNaN(none.truePositiveRate(1)));
        assertTrue(Double.isNaN(none.demographicParityRatio()));
    }

    @Test
    void rejectsMismatchedLengthsAndBadIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupFairness.of(new int[] {0, 1}, new int[] {0}, new int[] {0, 0}));
        assertTrue(e.getMessage().contains("predicted has length 1 but actual has length 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> GroupFairness.of(new int[] {0, 1}, new int[] {0, 1}, new int[] {0, GroupFairness.MAX_GROUPS}));
        assertTrue(e.getMessage().contains("group[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> GroupFairness.of(new int[] {0}, new int[] {0}, new int[] {-1}));
        e = assertThrows(IllegalArgumentException.class,
                () -> GroupFairness.of(new int[] {0}, new int[] {0}, new int[] {0}, ConfusionMatrix.MAX_CLASSES));
        assertTrue(e.getMessage().startsWith("positive must be a class index"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GroupFairness.of(new int[] {0}, new int[] {0}, new int[] {0}, -1));
        // the largest legal ids are accepted
        GroupFairness f = GroupFairness.of(new int[] {0}, new int[] {0}, new int[] {GroupFairness.MAX_GROUPS - 1});
        assertEquals(GroupFairness.MAX_GROUPS, f.numGroups());
    }
}
