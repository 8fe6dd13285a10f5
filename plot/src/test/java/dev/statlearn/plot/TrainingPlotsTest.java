package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.preprocess.StandardScaler;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.nn.train.History;
import dev.statlearn.nn.train.Optimizer;
import dev.statlearn.nn.train.Trainer;
import dev.statlearn.nn.train.TrainingResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class TrainingPlotsTest {

    static double[][] x;
    static int[] y;

    @BeforeAll
    static void breastCancer() {
        Dataset data = Datasets.breastCancer();
        x = StandardScaler.fit(data.features()).transform(data.features());
        y = data.labels();
    }

    private static Mlp net() {
        return Mlp.builder(30).hidden(8, Activation.RELU).output(1, Output.SIGMOID).seed(3).build();
    }

    /** A run long enough to overfit a little, stopped early on a 25% validation split. */
    private static TrainingResult earlyStopped() {
        return Trainer.withDefaults().withOptimizer(Optimizer.adam(0.01)).withEpochs(200).withBatchSize(16)
                .withValidationFraction(0.25).withEarlyStopping(8).withSeed(5).fit(net(), x, y);
    }

    /** The series shown in the legend. */
    private static List<XYSeries> series(Figure f, int panel) {
        List<XYSeries> out = new ArrayList<>();
        for (XYSeries s : ((XYChart) f.panel(panel)).getSeriesMap().values()) {
            if (s.isShowInLegend()) {
                out.add(s);
            }
        }
        return out;
    }

    private static double[] epochs(int n) {
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = i + 1;
        }
        return e;
    }

    @Test
    void classificationWithValidationHasLossAndAccuracyPanelsAndTheBestEpoch() throws IOException {
        TrainingResult r = earlyStopped();
        History h = r.history();
        assertTrue(h.stoppedEarly(), "the run should stop early: " + h);
        Figure f = TrainingPlots.history(r);
        assertEquals(2, f.panelCount());
        assertTrue(f.title().contains("stopped early") && f.title().contains("best epoch " + (h.bestEpoch() + 1)),
                f.title());
        List<XYSeries> loss = series(f, 0);
        assertEquals(List.of("training loss", "validation loss"), List.of(loss.get(0).getName(), loss.get(1).getName()));
        assertArrayEquals(epochs(h.epochs()), loss.get(0).getXData());
        assertArrayEquals(h.trainLoss(), loss.get(0).getYData());
        assertArrayEquals(h.validationLoss(), loss.get(1).getYData());
        XYSeries best = loss.get(2);
        assertArrayEquals(new double[] {h.bestEpoch() + 1, h.bestEpoch() + 1}, best.getXData());
        assertTrue(best.getName().startsWith("best epoch " + (h.bestEpoch() + 1)), best.getName());
        List<XYSeries> acc = series(f, 1);
        assertArrayEquals(h.trainAccuracy(), acc.get(0).getYData());
        assertArrayEquals(h.validationAccuracy(), acc.get(1).getYData());
        assertArrayEquals(new double[] {h.bestEpoch() + 1, h.bestEpoch() + 1}, acc.get(2).getXData());
        PlotAssertions.render(f, "history", Figure.DEFAULT_WIDTH, TrainingPlots.TWO_PANEL_HEIGHT);
        assertArrayEquals(f.toPng(), TrainingPlots.history(h).toPng(), "same history, same picture");
    }

    @Test
    void withoutValidationThereIsNoValidationSeriesAndNoBestEpoch() throws IOException {
        History h = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.003)).withEpochs(15).withSeed(5)
                .fit(net(), x, y).history();
        Figure f = TrainingPlots.history(h);
        assertEquals(2, f.panelCount());
        assertFalse(f.title().contains("best"), f.title());
        for (int p = 0; p < 2; p++) {
            assertEquals(1, series(f, p).size(), "training series only");
        }
        assertArrayEquals(h.trainLoss(), series(f, 0).get(0).getYData());
        assertArrayEquals(h.trainAccuracy(), series(f, 1).get(0).getYData());
        assertTrue(PlotAssertions.distinctColours(PlotAssertions.render(f, "history-no-validation")) > 10);
    }

    @Test
    void regressionHasALossPanelOnly() throws IOException {
        Dataset d = Datasets.diabetes();
        double[][] xs = StandardScaler.fit(d.features()).transform(d.features());
        double[] t = d.targets();
        double mean = java.util.Arrays.stream(t).average().orElseThrow();
        double[] z = java.util.Arrays.stream(t).map(v -> (v - mean) / 77).toArray();
        Mlp net = Mlp.builder(10).hidden(8, Activation.TANH).output(1, Output.LINEAR).seed(3).build();
        History h = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.01)).withEpochs(30).withSeed(5)
                .withValidationFraction(0.2).fit(net, xs, z).history();
        Figure f = TrainingPlots.history(h);
        assertEquals(1, f.panelCount());
        List<XYSeries> loss = series(f, 0);
        assertEquals(3, loss.size(), "training, validation, best epoch");
        assertArrayEquals(h.validationLoss(), loss.get(1).getYData());
        for (XYSeries s : loss) {
            assertFalse(s.getName().contains("accuracy"), s.getName());
        }
        PlotAssertions.render(f, "history-regression", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
    }

    @Test
    void longRunsGetARoundEpochAxisAndNoExtraSeries() throws IOException {
        int n = TrainingPlots.MARKER_EPOCHS + 20;
        History h = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.003)).withEpochs(n).withBatchSize(64)
                .withSeed(5).fit(net(), x, y).history();
        Figure f = TrainingPlots.history(h);
        XYChart loss = (XYChart) f.panel(0);
        assertEquals(1, loss.getSeriesMap().size());
        assertArrayEquals(h.trainLoss(), series(f, 0).get(0).getYData());
        // epochs 1..60 on [0, 60] would be evenly spaced (a tick per epoch): the axis ends half a step later
        assertEquals(0.0, loss.getStyler().getXAxisMin(), 0.0);
        assertEquals(62.5, loss.getStyler().getXAxisMax(), 1e-12);
        assertTrue(PlotAssertions.distinctColours(PlotAssertions.render(f, "history-long")) > 10);
    }

    @Test
    void oneEpochGetsAUnitRange() {
        History h = Trainer.withDefaults().withEpochs(1).withSeed(5).fit(net(), x, y).history();
        XYChart loss = (XYChart) TrainingPlots.history(h).panel(0);
        assertEquals(0.5, loss.getStyler().getXAxisMin(), 0.0);
        assertEquals(1.5, loss.getStyler().getXAxisMax(), 0.0);
    }

    @Test
    void rejectsNull() {
        NullPointerException a = assertThrows(NullPointerException.class, () -> TrainingPlots.history((History) null));
        assertEquals("history", a.getMessage());
        NullPointerException b = assertThrows(NullPointerException.class,
                () -> TrainingPlots.history((TrainingResult) null));
        assertEquals("result", b.getMessage());
    }
}
