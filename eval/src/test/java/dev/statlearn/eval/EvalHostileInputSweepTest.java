package dev.statlearn.eval;

import dev.statlearn.core.Interval;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.preprocess.Preprocessor;
import dev.statlearn.core.preprocess.StandardScaler;
import dev.statlearn.core.testing.HostileInputSweep;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.eval.monitor.DriftReport;
import dev.statlearn.eval.resample.Resampled;
import dev.statlearn.eval.resample.Resampler;
import dev.statlearn.eval.resample.Resampling;
import dev.statlearn.eval.validation.Baselines;
import dev.statlearn.eval.validation.Classifier;
import dev.statlearn.eval.validation.CrossValidation;
import dev.statlearn.eval.validation.FoldMetric;
import dev.statlearn.eval.validation.Learner;
import dev.statlearn.eval.validation.MetricSummary;
import dev.statlearn.eval.validation.Split;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile-input sweep over every public entry point of {@code dev.statlearn.eval.**} (see
 * {@link HostileInputSweep}). Degenerate data and sizes that reflection cannot reach are in
 * {@link EvalDegenerateInputTest}.
 */
class EvalHostileInputSweepTest {

    /** Binary labels with two of each class (DeLong's minimum), matching the 4-element default scores. */
    private static final int[] BINARY = {0, 1, 0, 1};

    /** A small imbalanced two-class data set: 14 negatives, 6 positives, two features. */
    static Dataset imbalanced() {
        double[][] x = new double[20][];
        int[] y = new int[20];
        for (int i = 0; i < 20; i++) {
            y[i] = i % 10 < 3 ? 1 : 0;
            x[i] = new double[] {i * 0.37 % 5 + y[i] * 2, (i * 7 % 11) * 0.3 - y[i]};
        }
        return Dataset.classification(x, y);
    }

    private static final HostileInputSweep SWEEP = HostileInputSweep.forPackages("dev.statlearn.eval")
            .defaultFor(Dataset.class, EvalHostileInputSweepTest::imbalanced)
            .defaultFor(long[][].class, () -> new long[][] {{5, 1}, {2, 7}})
            .defaultFor(Interval.class, () -> new Interval(0.2, 0.6, 0.95))
            .defaultFor(RocCurve.class, () -> RocCurve.of(BINARY, new double[] {0.1, 0.2, 0.3, 0.4}))
            .defaultFor(Bootstrap.ScoreMetric.class, () -> (Bootstrap.ScoreMetric) RocCurve::auc)
            .defaultFor(Bootstrap.LabelMetric.class,
                    () -> (Bootstrap.LabelMetric) (a, p) -> ConfusionMatrix.of(a, p, 2).accuracy())
            .defaultFor(ToDoubleFunction.class, () -> (ToDoubleFunction<ConfusionMatrix>) ConfusionMatrix::accuracy)
            .defaultFor("PermutationImportance.of(Dataset,ToDoubleFunction,int,RandomGenerator)", "score",
                    () -> (ToDoubleFunction<Dataset>) d -> d.column(0)[0])
            .defaultFor(Learner.class, Baselines::majorityClass)
            .defaultFor("CrossValidation.regress", "learner", Baselines::mean)
            .defaultFor("CrossValidation.regress", "data", Datasets::diabetes)
            .defaultFor(Classifier.class,
                    () -> Baselines.majorityClass().fit(imbalanced(), new SplittableRandom(1)))
            .defaultFor(Preprocessor.class, () -> (Preprocessor) StandardScaler::fit)
            .defaultFor(Resampler.class, () -> (Resampler) Resampling::randomOversample)
            .defaultFor(FoldMetric[].class, () -> new FoldMetric[] {FoldMetric.accuracy()})
            .defaultFor(List.class, () -> List.of("neg", "pos"))
            .defaultForName("actual", BINARY::clone)
            .defaultForName("predicted", () -> new int[] {0, 1, 1, 1})
            .defaultForName("group", () -> new int[] {0, 0, 1, 1})
            .defaultForName("positive", () -> 1)
            .defaultForName("positiveClass", () -> 1)
            .defaultForName("c", () -> 1)
            .defaultForName("g", () -> 1)
            .defaultForName("y", BINARY::clone)
            .defaultFor("ConfusionMatrix.count", "actual", () -> 1)
            .defaultFor("ConfusionMatrix.count", "predicted", () -> 0)
            .defaultFor("ConfusionMatrix.weight", "actual", () -> 1)
            .defaultFor("ConfusionMatrix.weight", "predicted", () -> 0)
            .defaultFor("ConfusionMatrix.of(int[],int[],int,double[])", "k", () -> 2)
            .defaultFor("ConfusionMatrix.of(int[],int[],int,double[])", "weights", () -> new double[] {0.5, 1, 2, 1})
            .defaultFor("ConfusionMatrix.of(int[],int[],int)", "k", () -> 2)
            .defaultFor("ClassWeights.balanced(int[],int)", "k", () -> 2)
            .defaultFor("ClassWeights.perExample", "classWeights", () -> new double[] {1, 2})
            .defaultFor("Splits.*", "k", () -> 2)
            .defaultFor("Splits.*", "repeats", () -> 2)
            .defaultFor("Splits.*", "n", () -> 10)
            .defaultFor("Split.new", "train", () -> new int[] {0, 1})
            .defaultFor("Split.new", "test", () -> new int[] {2, 3})
            .defaultFor("Split.new", "repeat", () -> 0)
            .defaultFor("Split.new", "fold", () -> 0)
            .defaultFor("Resampled.new", "sourceRows", () -> new int[20])
            .defaultFor("Resampling.*", "k", () -> 3)
            .defaultFor("Resampling.*", "ratio", () -> 1.0)
            .defaultFor("Resampling.tomekLinks(Dataset,int[])", "classesToClean", () -> new int[] {0})
            .defaultFor("ProbabilityScores.*", "probabilities", () -> new double[][] {{0.9, 0.1}, {0.3, 0.7}, {0.6, 0.4}, {0.2, 0.8}})
            .defaultFor("RocCurve.oneVsRest*", "scores", () -> new double[][] {{0.9, 0.1}, {0.3, 0.7}, {0.6, 0.4}, {0.2, 0.8}})
            .defaultFor("DriftReport.feature(String)", "name", () -> "x0")
            .defaultFor("OperatingPoint.new", "matrix", () -> ConfusionMatrix.binary(3, 1, 2, 4))
            .defaultFor("Thresholds.minExpectedCost*", "costFalsePositive", () -> 1.0)
            .defaultFor("Thresholds.minExpectedCost*", "costFalseNegative", () -> 2.0)
            .defaultFor("ConfusionMatrix.ofCounts", "counts", () -> new long[][] {{5, 1}, {2, 7}})
            .allowNaN("MetricSummary.sd()", "documented: NaN for a single fold (sample sd divides by F - 1)")
            .allowNaN("ConfusionMatrix.positiveLikelihoodRatio(int)",
                    "documented: NaN without false positives or without members of c, as scikit-learn")
            .allowNaN("ConfusionMatrix.negativeLikelihoodRatio(int)",
                    "documented: NaN without true negatives or without members of c, as scikit-learn")
            .defaultFor("DecisionScores.*", "scores", () -> new double[][] {{0.9, 0.1}, {0.3, 0.7}, {0.6, 0.4}, {0.2, 0.8}})
            .defaultFor("DecisionScores.hingeLoss(int[],double[][])", "decision",
                    () -> new double[][] {{0.9, -0.1}, {0.3, 0.7}, {0.6, 0.4}, {-0.2, 0.8}})
            .defaultFor("DecisionScores.topKAccuracy", "k", () -> 1)
            .defaultFor("ConfusionMatrix.withLabels", "labels", () -> new int[] {2, 0})
            .defaultFor(int[][].class, () -> new int[][] {{1, 0, 1}, {0, 1, 0}, {1, 1, 0}, {0, 0, 0}})
            .defaultFor("MultilabelConfusion.of", "predicted", () -> new int[][] {{1, 0, 0}, {0, 1, 1}, {1, 0, 0}, {0, 0, 0}})
            .defaultFor("MultilabelConfusion.label", "j", () -> 1)
            .instance(MultilabelConfusion.class, () -> MultilabelConfusion.of(new int[][] {{1, 0, 1}, {0, 1, 0}, {1, 1, 0}},
                    new int[][] {{1, 0, 0}, {0, 1, 1}, {1, 0, 0}}))
            .defaultFor("ClassificationReport.of(ConfusionMatrix,List,double)", "matrix",
                    () -> ConfusionMatrix.of(BINARY, new int[] {0, 1, 1, 1}))
            .defaultFor("ConfusionMatrix.withClassNames", "classNames", () -> List.of("a", "b", "c"))
            .instance(ConfusionMatrix.class, () -> ConfusionMatrix.of(new int[] {0, 1, 2, 1, 0}, new int[] {0, 2, 2, 1, 1}))
            .instance(Split.class, () -> new Split(0, 0, new int[] {0, 1, 2, 3, 4}, new int[] {5, 6, 7}))
            .instance(Resampled.class, () -> Resampling.smote(imbalanced(), 3, new SplittableRandom(3)))
            .instance(MetricSummary.class, () -> new MetricSummary("accuracy", new double[] {0.7, 0.8, 0.9}, true))
            .build();

    @TestFactory
    Stream<DynamicNode> sweep() {
        return SWEEP.tests();
    }

    @AfterAll
    static void printSummary() throws IOException {
        System.out.println(SWEEP.summary());
        SWEEP.writeSummary(Path.of("target", "hostile-sweep", "eval.txt"));
    }
}
