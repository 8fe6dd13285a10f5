package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.Replication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Degenerate data, extreme magnitudes, sizes and paths for the plot builders, where the reflective
 * sweep ({@link PlotHostileInputSweepTest}) cannot reach the semantics. Every figure that builds is
 * also rendered (small), under a time limit: a builder either rejects its input with an
 * {@link IllegalArgumentException} naming it, or returns a figure that renders.
 */
class PlotDegenerateInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    /** Builds and renders at 200 × 150 (rendering is where XChart meets degenerate axes). */
    private static void renders(Supplier<Figure> build) {
        assertTimeoutPreemptively(LIMIT, () -> {
            byte[] png = build.get().withSize(200, 150).toPng();
            assertTrue(png.length > 0);
        });
    }

    private static IllegalArgumentException rejects(String word, Runnable call) {
        IllegalArgumentException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(IllegalArgumentException.class, call::run));
        assertEquals(IllegalArgumentException.class, e.getClass(), e.toString());
        assertTrue(e.getMessage().contains(word), "message should name '" + word + "': " + e.getMessage());
        return e;
    }

    private static Dataset data(double[][] x, int[] y) {
        return Dataset.classification(x, y);
    }

    @Test
    void sizesAreCheckedAgainstMaxSizeBeforeDrawing() {
        Figure f = Figure.of("t", DataPlots.histograms(PlotHostileInputSweepTest.IRIS_FOR_TESTS, 0, false, 0).panel(0));
        rejects("Figure.MAX_SIZE", () -> f.withSize(Integer.MAX_VALUE, Integer.MAX_VALUE));
        rejects("Figure.MAX_SIZE", () -> f.withSize(Figure.MAX_SIZE + 1, 10));
        rejects("height", () -> f.withSize(10, 0));
        List<Chart<?, ?>> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(f.panel(0));
        }
        // more cells than pixels: still a figure, drawn without an exception
        renders(() -> Figure.grid("many", many, 200, 100, 100));
    }

    @Test
    void savingToBadPathsIsAClearError(@TempDir Path dir) throws IOException {
        Figure f = DistributionPlots.continuous(List.of(Normal.standard()));
        rejects("file", () -> f.save(dir.resolve("figure.jpg")));
        rejects("file", () -> f.save(dir.resolve("no-extension")));
        rejects("file", () -> f.save(""));
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> f.save(notADirectory.resolve("figure.png")));
        assertTrue(e.getMessage().contains("figure.png"), e.getMessage());
        Path nested = f.save(dir.resolve("a/b/c/Figure.SVG"));
        assertTrue(Files.size(nested) > 0);
    }

    @Test
    void constantOneRowAndExtremeFeatures() {
        renders(() -> DataPlots.histograms(data(new double[][] {{2, 5}, {2, 6}, {2, 7}}, new int[] {0, 1, 0})));
        renders(() -> DataPlots.histograms(data(new double[][] {{2, 5}}, new int[] {0})));
        renders(() -> DataPlots.scatterMatrix(data(new double[][] {{2, 5}, {2, 5}}, new int[] {0, 1})));
        Dataset wide = data(new double[][] {{-1e308, 1e-300}, {1e308, -1e-300}, {0, 0}}, new int[] {0, 1, 1});
        renders(() -> DataPlots.histograms(wide));
        renders(() -> DataPlots.scatterMatrix(wide));
    }

    @Test
    void distributionsAtExtremeParameters() {
        renders(() -> DistributionPlots.continuous(List.of(Normal.of(0, 1e-300))));
        renders(() -> DistributionPlots.continuous(List.of(Normal.of(1e300, 1))));
        renders(() -> DistributionPlots.continuous(List.of(Normal.of(0, 1e300))));
        renders(() -> DistributionPlots.discrete(List.of(Poisson.of(1e-300))));
        renders(() -> DistributionPlots.qq(new double[] {3}, Normal.standard(), "x"));
        renders(() -> DistributionPlots.qq(new double[] {3, 3, 3}, Normal.standard(), "x"));
        renders(() -> DistributionPlots.qq(new double[] {1e300, -1e300, 0}, Normal.standard(), "x"));
        renders(() -> DistributionPlots.divergences(new double[] {4, 4}, new double[] {4, 4, 4}, "a", "b", 5, 0.5));
        renders(() -> DistributionPlots.divergences(new double[] {-1e300, 1e300}, new double[] {0}, "a", "b", 5, 0.5));
    }

    @Test
    void evaluationAndSimulationFiguresOfDegenerateResults() {
        int[] y = {0, 1, 0, 1};
        double[] constant = {0.5, 0.5, 0.5, 0.5};
        renders(() -> EvaluationPlots.roc(RocCurve.of(y, constant)));
        renders(() -> EvaluationPlots.precisionRecall(y, Map.of("constant", constant)));
        renders(() -> EvaluationPlots.roc(y, Map.of("extreme", new double[] {-Double.MAX_VALUE, Double.MAX_VALUE,
                1e-300, -1e-300})));
        Estimate e = new Estimate(1, 0.1, 100);
        renders(() -> MonteCarloPlots.replications(new Replication(List.of(e, e, e))));
        renders(() -> MonteCarloPlots.convergence(List.of(e)));
        renders(() -> MonitoringPlots.drift(data(new double[][] {{1, 2}, {1, 3}}, new int[] {0, 1}),
                data(new double[][] {{1, 2}, {1, 9}}, new int[] {0, 1})));
    }
}
