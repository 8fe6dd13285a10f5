package dev.statlearn.plot;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.testing.HostileInputSweep;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.calibration.ReliabilityTable;
import dev.statlearn.eval.curve.PrecisionRecallCurve;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.eval.monitor.DriftReport;
import dev.statlearn.eval.resample.Resampled;
import dev.statlearn.eval.resample.Resampling;
import dev.statlearn.eval.threshold.OperatingPoint;
import dev.statlearn.eval.threshold.Thresholds;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.nn.train.History;
import dev.statlearn.nn.train.Trainer;
import dev.statlearn.nn.train.TrainingResult;
import dev.statlearn.stats.bayes.BetaBernoulli;
import dev.statlearn.stats.bayes.BinaryTest;
import dev.statlearn.stats.bayes.GridPosterior;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.divergence.Histogram;
import dev.statlearn.stats.mle.Mle;
import dev.statlearn.stats.mle.Ranking;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import dev.statlearn.stats.montecarlo.Replication;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Hostile-input sweep over every public entry point of {@code dev.statlearn.plot} (see
 * {@link HostileInputSweep}). Figures are saved under {@code target/hostile-sweep/figures}.
 */
class PlotHostileInputSweepTest {

    private static final int[] ACTUAL = {0, 1, 0, 1, 1, 0, 1, 0};
    private static final double[] SCORES = {0.1, 0.8, 0.35, 0.6, 0.9, 0.2, 0.4, 0.45};
    private static final Path OUT = Path.of("target", "hostile-sweep", "figures");
    private static final double[] SAMPLE = {1.2, 0.4, 2.2, 1.9, 0.8, 3.1, 1.1, 2.6, 1.7, 0.9};

    private static final Dataset IRIS = Datasets.iris();
    /** Iris, shared with {@link PlotDegenerateInputTest}. */
    static final Dataset IRIS_FOR_TESTS = IRIS;
    private static final Dataset CANCER = Datasets.breastCancer();
    private static final Resampled SMOTE = Resampling.smote(CANCER, 5, new SplittableRandom(7));
    private static final TrainingResult TRAINED = Trainer.withDefaults().withEpochs(3).withSeed(5)
            .withValidationFraction(0.25)
            .fit(Mlp.builder(4).hidden(3, Activation.RELU).output(3, Output.SOFTMAX).seed(3).build(),
                    IRIS.features(), IRIS.labels());

    private static Chart<?, ?> chart() {
        return DataPlots.histograms(IRIS, 0, false, 0).panel(0);
    }

    private static final HostileInputSweep SWEEP = HostileInputSweep.forPackages("dev.statlearn.plot")
            .defaultFor(Dataset.class, () -> IRIS)
            .defaultFor(int[].class, ACTUAL::clone)
            .defaultFor(double[].class, SCORES::clone)
            .defaultFor(boolean[].class, () -> new boolean[] {true, false})
            .defaultFor(Chart.class, PlotHostileInputSweepTest::chart)
            .defaultFor(RocCurve.class, () -> RocCurve.of(ACTUAL, SCORES))
            .defaultFor(PrecisionRecallCurve.class, () -> PrecisionRecallCurve.of(ACTUAL, SCORES))
            .defaultFor(OperatingPoint.class, () -> Thresholds.youden(ACTUAL, SCORES))
            .defaultFor(ReliabilityTable.class, () -> ReliabilityTable.of(ACTUAL, SCORES, 4))
            .defaultFor(ConfusionMatrix.class, () -> ConfusionMatrix.of(ACTUAL, new int[] {0, 1, 1, 1, 0, 0, 1, 0}))
            .defaultFor(Histogram.class, () -> Histogram.of(new double[] {0, 1, 2, 3, 4}, SAMPLE))
            .defaultFor(Normal.class, () -> Normal.of(1, 2))
            .defaultFor(ContinuousDistribution.class, () -> Normal.of(1.5, 0.8))
            .defaultFor(GridPosterior.class, () -> GridPosterior.uniform(0, 1, 11))
            .defaultFor(BinaryTest.class, () -> BinaryTest.of(0.99, 0.01))
            .defaultFor(BetaBernoulli.class, () -> BetaBernoulli.prior(1, 1).update(1, 0, 1, 1))
            .defaultFor(Resampled.class, () -> SMOTE)
            .defaultFor(Replication.class,
                    () -> MonteCarlo.replicate(x -> x * x, -1, 1, 200, 20, new SplittableRandom(7)))
            .defaultFor(Ranking.class, () -> Mle.best(SAMPLE))
            .defaultFor(DriftReport.class, () -> DriftReport.of(IRIS, IRIS))
            .defaultFor(TrainingResult.class, () -> TRAINED)
            .defaultFor(History.class, TRAINED::history)
            .defaultFor(Path.class, () -> OUT.resolve("figure.png"))
            .defaultFor("Figure.save(String)", "file", () -> OUT.resolve("figure.svg").toString())
            .defaultFor("DistributionPlots.continuous*", "distributions", () -> List.of(Normal.standard()))
            .defaultFor("DistributionPlots.continuous*", "lo", () -> -3.0)
            .defaultFor("DistributionPlots.continuous*", "hi", () -> 3.0)
            .defaultFor("DistributionPlots.discrete*", "distributions", () -> List.of(Poisson.of(4)))
            .defaultFor("DistributionPlots.discrete*", "lo", () -> 0)
            .defaultFor("DistributionPlots.discrete*", "hi", () -> 12)
            .defaultFor("DistributionPlots.fits(Dataset,String)", "feature", () -> "petal length (cm)")
            .defaultFor("DistributionPlots.fits(double[],Ranking,String)", "x", SAMPLE::clone)
            .defaultFor("DistributionPlots.qq*", "x", SAMPLE::clone)
            .defaultFor("DistributionPlots.divergences*", "a", SAMPLE::clone)
            .defaultFor("DistributionPlots.divergences*", "b", () -> new double[] {0.5, 1.1, 2.0, 2.4, 1.3, 0.2})
            .defaultFor("DistributionPlots.divergences*", "bins", () -> 4)
            .defaultForName("aName", () -> "before")
            .defaultForName("bName", () -> "after")
            .defaultForName("pName", () -> "before")
            .defaultForName("qName", () -> "after")
            .defaultForName("features", () -> List.of("petal length (cm)"))
            .defaultFor("DataPlots.*", "features", () -> new int[] {0, 2})
            .defaultFor("MonitoringPlots.synthetic(Resampled,String,String)", "xFeature", () -> "mean radius")
            .defaultFor("MonitoringPlots.synthetic(Resampled,String,String)", "yFeature", () -> "mean texture")
            .defaultFor("MonitoringPlots.synthetic(Resampled,int,int)", "xFeature", () -> 0)
            .defaultFor("MonitoringPlots.synthetic(Resampled,int,int)", "yFeature", () -> 1)
            .defaultFor("MonitoringPlots.classCounts", "before", () -> CANCER)
            .defaultFor("EvaluationPlots.roc(int[],Map*", "scores", () -> Map.of("model", SCORES.clone()))
            .defaultFor("EvaluationPlots.precisionRecall(int[],Map)", "scores", () -> Map.of("model", SCORES.clone()))
            .defaultFor("EvaluationPlots.roc(Map)", "curves", () -> Map.of("model", RocCurve.of(ACTUAL, SCORES)))
            .defaultFor("EvaluationPlots.precisionRecall(Map)", "curves",
                    () -> Map.of("model", PrecisionRecallCurve.of(ACTUAL, SCORES)))
            .defaultFor("EvaluationPlots.reliability(Map)", "tables",
                    () -> Map.of("model", ReliabilityTable.of(ACTUAL, SCORES, 4)))
            .defaultFor("EvaluationPlots.thresholds*", "costFalsePositive", () -> 1.0)
            .defaultFor("EvaluationPlots.thresholds*", "costFalseNegative", () -> 2.0)
            .defaultFor("EvaluationPlots.roc(int[],Map,double)", "level", () -> 0.95)
            .defaultFor("BayesPlots.*", "level", () -> 0.9)
            .defaultFor("BayesPlots.*", "prior", () -> 0.1)
            .defaultFor("BayesPlots.grid*", "prior", () -> GridPosterior.uniform(0, 1, 11))
            .defaultFor("BayesPlots.grid*", "parameter", () -> "θ")
            .defaultFor("BayesPlots.diagnosticTests*", "tests",
                    () -> List.of(BinaryTest.of(0.99, 0.01), BinaryTest.of(0.9, 0.1)))
            .defaultFor("BayesPlots.diagnosticTests*", "results", () -> new boolean[] {true, false})
            .defaultFor("BayesPlots.diagnosticTest(*", "results", () -> new boolean[] {true})
            .defaultFor("MonteCarloPlots.convergence*", "trace",
                    () -> MonteCarlo.trace(x -> x * x, -1, 1, 1000, new SplittableRandom(1)))
            .defaultFor("MonteCarloPlots.*", "exactValue", () -> 2.0 / 3)
            .defaultFor("Figure.grid", "panels", () -> List.of(chart(), chart()))
            .defaultFor("Figure.grid", "columns", () -> 2)
            .defaultFor("Figure.grid", "width", () -> 400)
            .defaultFor("Figure.grid", "height", () -> 200)
            .defaultFor("Figure.withSize", "newWidth", () -> 400)
            .defaultFor("Figure.withSize", "newHeight", () -> 300)
            .defaultFor("Figure.panel", "index", () -> 0)
            .instance(Figure.class, () -> Figure.of("sweep", chart()))
            .build();

    @TestFactory
    Stream<DynamicNode> sweep() {
        return SWEEP.tests();
    }

    @AfterAll
    static void printSummary() throws IOException {
        System.out.println(SWEEP.summary());
        SWEEP.writeSummary(Path.of("target", "hostile-sweep", "plot.txt"));
    }
}
