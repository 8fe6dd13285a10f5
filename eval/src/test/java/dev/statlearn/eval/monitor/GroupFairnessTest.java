package dev.statlearn.eval.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.eval.testing.ReferenceTable;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Against hand computations from scikit-learn 1.2.1 confusion matrices (tools/reference/eval_protocols.py). */
class GroupFairnessTest {

    private static final ReferenceTable REF = ReferenceTable.load(GroupFairnessTest.class, "/dev/statlearn/eval/resample/eval_protocols.txt");

    @Test
    void matchesReference() {
        for (String name : new String[] {"random", "small"}) {
            int[] y = REF.ints("fair." + name + ".y");
            int[] p = REF.ints("fair." + name + ".p");
            int[] g = REF.ints("fair." + name + ".g");
            GroupFairness f = GroupFairness.of(y, p, g);
            double[] sel = REF.doubles("fair." + name + ".selection");
            int i = 0;
            for (int grp = 0; grp < f.numGroups(); grp++) {
                if (f.size(grp) > 0) {
                    assertEquals(sel[i++], f.selectionRate(grp), 2 * Math.ulp(1.0), name + " group " + grp);
                    assertEquals(f.size(grp), f.confusion(grp).total());
                }
            }
            assertEquals(sel.length, i);
            double[] gaps = REF.doubles("fair." + name + ".gaps");
            double tol = 4 * Math.ulp(1.0);
            assertEquals(gaps[0], f.demographicParityDifference(), tol, name);
            assertEquals(gaps[1], f.demographicParityRatio(), tol, name);
            assertEquals(gaps[2], f.equalOpportunityDifference(), tol, name);
            assertEquals(gaps[3], f.equalizedOddsDifference(), tol, name);
        }
    }

    @Test
    void edgeCases() {
        int[] y = REF.ints("fair.small.y");
        int[] p = REF.ints("fair.small.p");
        int[] g = REF.ints("fair.small.g");
        GroupFairness f = GroupFairness.of(y, p, g);
        assertTrue(Double.isNaN(f.truePositiveRate(1)), "group 1 has no positives");
        assertTrue(Double.isNaN(f.selectionRate(3)), "group 3 is absent");
        assertThrows(IllegalArgumentException.class, () -> f.confusion(3));
        assertTrue(f.toString().contains("equalized odds difference"));
        // one group only: every gap is 0
        GroupFairness one = GroupFairness.of(y, p, new int[y.length]);
        assertEquals(0.0, one.demographicParityDifference());
        assertEquals(1.0, one.demographicParityRatio());
        // nobody selected: ratio undefined
        assertTrue(Double.isNaN(GroupFairness.of(y, new int[y.length], g).demographicParityRatio()));
        assertThrows(IllegalArgumentException.class, () -> GroupFairness.of(y, p, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> GroupFairness.of(new int[0], new int[0], new int[0]));
        assertThrows(NullPointerException.class, () -> GroupFairness.of(y, null, g));
        g[0] = -1;
        assertThrows(IllegalArgumentException.class, () -> GroupFairness.of(y, p, g));
    }

    @Test
    void gapsInUnitIntervalAndZeroForIdenticalGroups() {
        qt().withExamples(200).forAll(integers().between(1, 200), integers().between(1, 4), longs().all())
                .checkAssert((n, groups, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    int[] y = r.ints(n, 0, 2).toArray();
                    int[] p = r.ints(n, 0, 2).toArray();
                    int[] g = r.ints(n, 0, groups).toArray();
                    GroupFairness f = GroupFairness.of(y, p, g);
                    for (double v : new double[] {f.demographicParityDifference(), f.equalOpportunityDifference(),
                            f.equalizedOddsDifference()}) {
                        assertTrue(v >= 0 && v <= 1, "gap " + v);
                    }
                    double ratio = f.demographicParityRatio();
                    assertTrue(Double.isNaN(ratio) || (ratio >= 0 && ratio <= 1));
                    // the same data duplicated into two groups: perfect parity
                    int[] y2 = new int[2 * n];
                    int[] p2 = new int[2 * n];
                    int[] g2 = new int[2 * n];
                    for (int i = 0; i < n; i++) {
                        y2[i] = y[i];
                        y2[n + i] = y[i];
                        p2[i] = p[i];
                        p2[n + i] = p[i];
                        g2[n + i] = 1;
                    }
                    GroupFairness same = GroupFairness.of(y2, p2, g2);
                    assertEquals(0.0, same.demographicParityDifference());
                    assertEquals(0.0, same.equalizedOddsDifference());
                });
    }
}
