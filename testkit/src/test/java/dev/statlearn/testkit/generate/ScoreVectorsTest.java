package dev.statlearn.testkit.generate;

import static dev.statlearn.testkit.generate.ProbabilityVectorsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.testkit.generate.ScoreVectors.ScoredLabels;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScoreVectorsTest {

    @Test
    void tiesPositivesAndValidityAsDocumented() {
        qt().withExamples(300)
                .forAll(integers().between(2, 300), doubles().between(0, 1), integers().between(1, 300), longs().all())
                .assuming((n, f, t, seed) -> t <= n)
                .checkAssert((n, f, t, seed) -> {
                    ScoredLabels s = ScoreVectors.binary(n, f, t, 1.5).next(Randomness.seeded(seed));
                    assertEquals(n, s.labels().length);
                    assertEquals(ScoreVectors.positives(n, f), s.positives());
                    assertTrue(s.positives() >= 1 && s.positives() <= n - 1);
                    assertEquals(t, s.distinctScores());
                    assertTrue(Arrays.stream(s.scores()).allMatch(v -> v > 0 && v < 1));
                    // the library accepts them
                    double auc = RocCurve.of(s.labels(), s.scores()).auc();
                    assertTrue(auc >= 0 && auc <= 1);
                    assertEquals(s, ScoreVectors.binary(n, f, t, 1.5).next(Randomness.seeded(seed)));
                });
    }

    /**
     * With separation 2 and no ties the AUC estimates Phi(2 / sqrt 2) = 0.9214 (closed form); with
     * 2000 rows, half positive, its sd is below 0.007 (Hanley-McNeil), so 0.04 is about 6 sd.
     */
    @Test
    void separationSetsTheAuc() {
        ScoredLabels s = ScoreVectors.binary(2000, 0.5, 2000, 2).next(Randomness.seeded(1));
        assertEquals(0.9214, RocCurve.of(s.labels(), s.scores()).auc(), 0.04);
        ScoredLabels none = ScoreVectors.binary(2000, 0.5, 2000, 0).next(Randomness.seeded(1));
        assertEquals(0.5, RocCurve.of(none.labels(), none.scores()).auc(), 0.08);
    }

    @Test
    void positivesAreRoundedAndKeptInRange() {
        assertEquals(3, ScoreVectors.positives(10, 0.25));
        assertEquals(1, ScoreVectors.positives(10, 0));
        assertEquals(9, ScoreVectors.positives(10, 1));
        assertTrue(ScoreVectors.binary(4, 0.5, 2, 0).next(Randomness.seeded(1)).toString()
                .startsWith("ScoredLabels[n=4, positives=2, distinct scores=2, ("));
    }

    @Test
    void badArgumentsAreRejectedNamingThem() {
        assertMessage("n must be in [2, 67108864], was 1", () -> ScoreVectors.binary(1, 0.5, 1, 0));
        assertMessage("distinctScores must be in [1, 5], was 6", () -> ScoreVectors.binary(5, 0.5, 6, 0));
        assertMessage("positiveFraction must be in [0.0, 1.0], was 1.5", () -> ScoreVectors.binary(5, 1.5, 2, 0));
        assertMessage("separation must be in [-1000000.0, 1000000.0], was Infinity",
                () -> ScoreVectors.binary(5, 0.5, 2, Double.POSITIVE_INFINITY));
        assertMessage("labels[0] must be 0 or 1, was 2", () -> new ScoredLabels(new int[] {2}, new double[] {0}));
    }
}
