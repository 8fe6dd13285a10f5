package dev.statlearn.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.eval.calibration.ProbabilityScores;
import dev.statlearn.eval.calibration.ReliabilityTable;
import dev.statlearn.eval.curve.DeLong;
import dev.statlearn.eval.curve.PrecisionRecallCurve;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.eval.monitor.DriftReport;
import dev.statlearn.eval.monitor.FeatureDrift;
import dev.statlearn.eval.monitor.GroupFairness;
import dev.statlearn.eval.monitor.PermutationImportance;
import dev.statlearn.eval.resample.Resampling;
import dev.statlearn.eval.threshold.OperatingPoint;
import dev.statlearn.eval.threshold.Thresholds;
import dev.statlearn.eval.validation.Splits;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Degenerate data, extreme-but-legal magnitudes and sizes taken from input, where the reflective
 * sweep ({@link EvalHostileInputSweepTest}) cannot reach the semantics. Every call runs under a
 * time limit; the answer is the documented value or an {@link IllegalArgumentException} naming the
 * argument.
 */
class EvalDegenerateInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static <T> T answers(Supplier<T> call) {
        return assertTimeoutPreemptively(LIMIT, call::get);
    }

    private static IllegalArgumentException rejects(String word, Runnable call) {
        IllegalArgumentException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(IllegalArgumentException.class, call::run));
        assertEquals(IllegalArgumentException.class, e.getClass(), e.toString());
        assertTrue(e.getMessage().contains(word), "message should name '" + word + "': " + e.getMessage());
        return e;
    }

    // ------------------------------------------------------------------ ties and constant scores

    @Test
    void constantScoresGiveChanceLevelCurves() {
        int[] y = {0, 1, 0, 1, 1, 0};
        double[] s = {0.3, 0.3, 0.3, 0.3, 0.3, 0.3};
        assertEquals(0.5, answers(() -> RocCurve.auc(y, s)), 0.0);
        assertEquals(0.5, answers(() -> PrecisionRecallCurve.averagePrecision(y, s)), 0.0); // = prevalence
        DeLong d = answers(() -> DeLong.of(y, s));
        assertEquals(0.5, d.auc(), 0.0);
        assertFalse(Double.isNaN(d.variance()), "DeLong variance of all ties: " + d);
        OperatingPoint op = answers(() -> Thresholds.youden(y, s));
        assertFalse(Double.isNaN(op.threshold()), op.toString());
    }

    @Test
    void identicalModelsCompareWithZeroDifference() {
        int[] y = {0, 1, 0, 1, 1, 0};
        double[] s = {0.1, 0.9, 0.4, 0.6, 0.8, 0.3};
        DeLong.Comparison c = answers(() -> DeLong.compare(y, s, s.clone()));
        assertEquals(0.0, c.difference(), 0.0);
        assertFalse(Double.isNaN(c.pValue()), "identical models: " + c);
        assertFalse(Double.isNaN(c.z()), "identical models: " + c);
    }

    @Test
    void oneClassOrOneRowIsRejectedNamingActual() {
        rejects("actual", () -> RocCurve.auc(new int[] {1, 1, 1}, new double[] {0.1, 0.2, 0.3}));
        rejects("actual", () -> RocCurve.auc(new int[] {1}, new double[] {0.1}));
        // no positives: the PR curve follows scikit-learn 1.2 (recall 1, AP 0) instead of rejecting
        assertEquals(0.0, answers(() -> PrecisionRecallCurve.averagePrecision(new int[] {0, 0}, new double[] {0.1, 0.2})), 0.0);
        rejects("actual", () -> PrecisionRecallCurve.averagePrecision(new int[0], new double[0]));
        rejects("actual", () -> DeLong.of(new int[] {0, 1, 1}, new double[] {0.1, 0.2, 0.3}));
        rejects("actual", () -> Thresholds.youden(new int[] {0, 0, 0}, new double[] {0.1, 0.2, 0.3}));
    }

    // ------------------------------------------------------------------ extreme magnitudes

    @Test
    void scoresNearTheEndsOfTheDoubleRangeRankAsUsual() {
        int[] y = {0, 1, 0, 1};
        double[] s = {-Double.MAX_VALUE, Double.MAX_VALUE, 1e-300, -1e-300};
        assertEquals(0.75, answers(() -> RocCurve.auc(y, s)), 0.0);
        DeLong d = answers(() -> DeLong.of(y, s));
        assertEquals(0.75, d.auc(), 0.0);
        assertTrue(Double.isFinite(d.variance()), d.toString());
        OperatingPoint op = answers(() -> Thresholds.maxMcc(y, s));
        assertTrue(Double.isFinite(op.threshold()), op.toString());
        ReliabilityTable t = answers(() -> ReliabilityTable.of(y, new double[] {0, 1, Double.MIN_VALUE, 1 - 1e-16}, 3));
        assertFalse(t.toString().contains("NaN"), t.toString());
    }

    @Test
    void probabilityScoresAtTheBoundsAreFiniteOrInfiniteNeverNaN() {
        int[] y = {1, 0};
        double ll = answers(() -> ProbabilityScores.logLoss(y, new double[] {0.0, 1.0}));
        assertFalse(Double.isNaN(ll), "log loss of certain wrong predictions: " + ll);
        assertEquals(1.0, answers(() -> ProbabilityScores.brierScore(y, new double[] {0.0, 1.0})), 0.0);
        double tiny = answers(() -> ProbabilityScores.logLoss(y, new double[] {Double.MIN_VALUE, 0.0}));
        assertTrue(tiny > 0 && Double.isFinite(tiny), "log loss at MIN_VALUE: " + tiny);
    }

    @Test
    void hugeCountsKeepRatesExact() {
        ConfusionMatrix m = answers(() -> ConfusionMatrix.binary(Long.MAX_VALUE / 2, 0, 0, Long.MAX_VALUE / 2));
        assertEquals(1.0, m.accuracy(), 0.0);
        assertEquals(1.0, m.mcc(), 1e-12);
        rejects("truePositives", () -> ConfusionMatrix.binary(Long.MAX_VALUE, 1, 0, 0));
        rejects("Long.MAX_VALUE", () -> ConfusionMatrix.ofCounts(new long[][] {{Long.MAX_VALUE, 1}, {0, 0}}));
        rejects("other", () -> m.combine(m));
        ConfusionMatrix one = ConfusionMatrix.binary(1, 0, 0, 0);
        assertEquals(1.0, answers(() -> one.recall(1)), 0.0);
        assertTrue(Double.isNaN(one.recall(0)) || one.recall(0) == 0.0, "recall of an absent class: " + one.recall(0));
    }

    // ------------------------------------------------------------------ sizes from input, checked before allocation

    @Test
    void labelsAndIdsBeyondTheLimitsAreRejectedBeforeAllocating() {
        rejects("predicted", () -> ConfusionMatrix.of(new int[] {0}, new int[] {1 << 30}));
        rejects("actual", () -> ConfusionMatrix.of(new int[] {20_000}, new int[] {0}));
        rejects("group", () -> GroupFairness.of(new int[] {0, 1}, new int[] {1, 0}, new int[] {0, 1 << 30}));
        rejects("group", () -> GroupFairness.of(new int[] {0, 1}, new int[] {1, 0}, new int[] {0, 50_000_000}));
        rejects("numBins", () -> ReliabilityTable.of(new int[] {0, 1}, new double[] {0.2, 0.8}, 1 << 30));
        rejects("y", () -> Splits.stratifiedKFold(new int[] {0, 1 << 30, 0, 1}, 2, new SplittableRandom(1)));
        rejects("MAX_INDICES", () -> Splits.holdout(1 << 30, 0.5, new SplittableRandom(1)));
        rejects("MAX_INDICES", () -> Splits.kFold(Integer.MAX_VALUE, 2, new SplittableRandom(1)));
        rejects("MAX_INDICES", () -> Splits.repeatedKFold(10, 2, Integer.MAX_VALUE, new SplittableRandom(1)));
        rejects("MAX_INDICES", () -> Splits.repeatedStratifiedKFold(new int[] {0, 1, 0, 1}, 2, 1 << 30,
                new SplittableRandom(1)));
        rejects("resamples", () -> Bootstrap.withDefaults().withResamples(Bootstrap.MAX_RESAMPLES + 1));
    }

    @Test
    void resamplingRatiosAndNeighbourCountsAreBounded() {
        Dataset d = EvalHostileInputSweepTest.imbalanced();
        rejects("k", () -> Resampling.smote(d, Integer.MAX_VALUE, new SplittableRandom(1)));
        rejects("k", () -> Resampling.smote(d, 1 << 30, new SplittableRandom(1)));
        rejects("ratio", () -> Resampling.smote(d, 1e300, 3, new SplittableRandom(1)));
        rejects("ratio", () -> Resampling.randomOversample(d, Double.MIN_VALUE, new SplittableRandom(1)));
        rejects("ratio", () -> Resampling.randomUndersample(d, 1e300, new SplittableRandom(1)));
        assertEquals(d.size(), answers(() -> Resampling.tomekLinks(d)).dataset().size()
                + answers(() -> Resampling.tomekLinks(d)).syntheticCount()
                + (d.size() - answers(() -> Resampling.tomekLinks(d)).dataset().size()));
    }

    // ------------------------------------------------------------------ degenerate data

    @Test
    void fairnessWithNobodySelectedIsTheDocumentedNaN() {
        GroupFairness f = answers(() -> GroupFairness.of(new int[] {0, 1, 0, 1}, new int[] {0, 0, 0, 0},
                new int[] {0, 0, 1, 1}));
        assertEquals(0.0, f.demographicParityDifference(), 0.0);
        assertTrue(Double.isNaN(f.demographicParityRatio()), "documented NaN when every selection rate is 0");
    }

    @Test
    void driftOfConstantAndExtremeFeatures() {
        double[] c = {2, 2, 2, 2, 2};
        FeatureDrift same = answers(() -> DriftReport.of(c, c.clone())).features().get(0);
        assertEquals(FeatureDrift.Verdict.STABLE, same.verdict(), same.toString());
        // values whose range overflows a double (the shared bins interpolate their edges), and one
        // value beyond 2^53 (a relative half-width): finite reports, no NaN
        for (double[][] rc : new double[][][] {
            {{-1e308, 0, 1e308, 5}, {-1e308, 1, 1e308, 4}},
            {{-Double.MAX_VALUE, 0, Double.MAX_VALUE}, {-Double.MAX_VALUE, Double.MAX_VALUE}},
            {{-1e307, 0, 1e307, 5}, {-1e307, 1, 1e307, 4}},
            {{1e300, 1e300}, {1e300}}}) {
            FeatureDrift f = answers(() -> DriftReport.of(rc[0], rc[1])).features().get(0);
            assertFalse(f.toString().contains("NaN"), f.toString());
        }
        assertEquals(FeatureDrift.Verdict.STABLE,
                answers(() -> DriftReport.of(new double[] {1e300, 1e300}, new double[] {1e300})).features().get(0).verdict());
        FeatureDrift wide = answers(() -> DriftReport.of(new double[] {-1e306, 0, 1e306, 5},
                new double[] {-1e306, 1, 1e306, 4})).features().get(0);
        assertFalse(wide.toString().contains("NaN"), wide.toString());
        FeatureDrift moved = answers(() -> DriftReport.of(c, new double[] {7, 7, 7, 7, 7})).features().get(0);
        assertEquals(FeatureDrift.Verdict.DRIFT, moved.verdict(), moved.toString());
    }

    @Test
    void permutationImportanceWithANaNScoreIsAnError() {
        Dataset d = EvalHostileInputSweepTest.imbalanced();
        rejects("score", () -> PermutationImportance.of(d, x -> Double.NaN, 2, new SplittableRandom(1)));
        PermutationImportance constant = answers(() -> PermutationImportance.of(d, x -> 0.5, 2, new SplittableRandom(1)));
        assertFalse(constant.toString().contains("NaN"), constant.toString());
    }

    @Test
    void oneRowOrTwoRowSplits() {
        rejects("testFraction", () -> Splits.holdout(1, 0.5, new SplittableRandom(1)));
        assertEquals(1, answers(() -> Splits.holdout(2, 0.5, new SplittableRandom(1))).test().length);
        rejects("k", () -> Splits.kFold(1, 2, new SplittableRandom(1)));
        assertEquals(2, answers(() -> Splits.stratifiedKFold(new int[] {0, 0}, 2, new SplittableRandom(1))).size());
    }
}
