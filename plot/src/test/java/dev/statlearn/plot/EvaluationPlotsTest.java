package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.internal.Format;
import dev.statlearn.core.preprocess.StandardScaler;
import dev.statlearn.eval.ConfidenceInterval;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.calibration.ReliabilityTable;
import dev.statlearn.eval.curve.DeLong;
import dev.statlearn.eval.curve.PrecisionRecallCurve;
import dev.statlearn.eval.curve.RocCurve;
import dev.statlearn.eval.threshold.OperatingPoint;
import dev.statlearn.eval.threshold.Thresholds;
import dev.statlearn.eval.validation.Split;
import dev.statlearn.eval.validation.Splits;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.nn.train.Optimizer;
import dev.statlearn.nn.train.Trainer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class EvaluationPlotsTest {

    /** Test labels of a stratified 30% hold-out of breast cancer (1 = benign). */
    static int[] actual;
    /** A small MLP's probabilities of benign on the hold-out. */
    static double[] mlp;
    /** Minus the worst radius: a one-feature score (large tumours are malignant). */
    static double[] radius;

    @BeforeAll
    static void scoreBreastCancer() {
        Dataset data = Datasets.breastCancer();
        Split split = Splits.stratifiedHoldout(data.labels(), 0.3, new SplittableRandom(7));
        Dataset train = split.trainOf(data);
        Dataset test = split.testOf(data);
        StandardScaler scaler = StandardScaler.fit(train.features());
        Mlp net = Mlp.builder(30).hidden(8, Activation.RELU).output(1, Output.SIGMOID).seed(3).build();
        Mlp model = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.003)).withEpochs(20).withSeed(5)
                .fit(net, scaler.transform(train.features()), train.labels()).model();
        double[][] p = model.predictProba(scaler.transform(test.features()));
        actual = test.labels();
        mlp = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            mlp[i] = p[i][1];
        }
        double[] r = test.column(data.featureNames().indexOf("worst radius"));
        radius = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            radius[i] = -r[i];
        }
    }

    private static Map<String, double[]> twoModels() {
        Map<String, double[]> scores = new LinkedHashMap<>();
        scores.put("MLP", mlp);
        scores.put("worst radius", radius);
        return scores;
    }

    private static XYSeries series(Figure f, int panel, int index) {
        Iterator<XYSeries> it = ((XYChart) f.panel(panel)).getSeriesMap().values().iterator();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return it.next();
    }

    // ------------------------------------------------------------------ ROC

    @Test
    void rocSeriesAreTheCurvesAndTheLegendHoldsAucWithDeLongInterval() throws IOException {
        Figure f = EvaluationPlots.roc(actual, twoModels());
        XYChart chart = (XYChart) f.panel(0);
        assertEquals(3, chart.getSeriesMap().size());
        XYSeries chance = series(f, 0, 0);
        assertArrayEquals(new double[] {0, 1}, chance.getXData());
        assertArrayEquals(new double[] {0, 1}, chance.getYData());
        int i = 1;
        for (Map.Entry<String, double[]> e : twoModels().entrySet()) {
            RocCurve c = RocCurve.of(actual, e.getValue());
            ConfidenceInterval ci = DeLong.of(actual, e.getValue()).confidenceInterval(0.95);
            XYSeries s = series(f, 0, i++);
            assertEquals(e.getKey() + ": AUC " + Format.sig(c.auc(), 3) + " [" + Format.sig(ci.lower(), 3) + ", "
                    + Format.sig(ci.upper(), 3) + "]", s.getName());
            assertArrayEquals(c.falsePositiveRates(), s.getXData());
            assertArrayEquals(c.truePositiveRates(), s.getYData());
        }
        assertTrue(chart.getTitle().contains("95% DeLong"), chart.getTitle());
        assertTrue(EvaluationPlots.roc(actual, twoModels(), 0.9).panel(0).getTitle().contains("90%"));
        PlotAssertions.render(f, "roc", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
    }

    @Test
    void rocFromCurvesHasAucWithoutInterval() throws IOException {
        RocCurve c = RocCurve.of(actual, mlp);
        Figure one = EvaluationPlots.roc(c);
        assertEquals("AUC " + Format.sig(c.auc(), 3), series(one, 0, 1).getName());
        assertArrayEquals(c.truePositiveRates(), series(one, 0, 1).getYData());
        Map<String, RocCurve> curves = new LinkedHashMap<>();
        curves.put("MLP", c);
        curves.put("worst radius", RocCurve.of(actual, radius));
        Figure two = EvaluationPlots.roc(curves);
        assertEquals("worst radius: AUC " + Format.sig(curves.get("worst radius").auc(), 3),
                series(two, 0, 2).getName());
        assertTrue(PlotAssertions.distinctColours(PlotAssertions.render(one, "roc-single")) > 10);
        assertArrayEquals(two.toPng(), EvaluationPlots.roc(curves).toPng(), "same input, same picture");
    }

    @Test
    void rocRejectsBadInput() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.roc(actual, new LinkedHashMap<>()));
        assertTrue(empty.getMessage().contains("scores"), empty.getMessage());
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.roc(actual, Map.of("short", new double[] {0.1, 0.2})));
        assertTrue(length.getMessage().contains("\"short\"") && length.getMessage().contains("had 2"),
                length.getMessage());
        double[] nan = mlp.clone();
        nan[5] = Double.NaN;
        IllegalArgumentException finite = assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.roc(actual, Map.of("nan", nan)));
        assertTrue(finite.getMessage().contains("finite") && finite.getMessage().contains("score 5"),
                finite.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EvaluationPlots.roc(actual, Map.of("m", mlp), 1.0));
        assertThrows(IllegalArgumentException.class, () -> EvaluationPlots.roc(actual, Map.of("m", mlp), Double.NaN));
        int[] oneClass = new int[actual.length];
        assertThrows(IllegalArgumentException.class, () -> EvaluationPlots.roc(oneClass, Map.of("m", mlp)));
        assertThrows(NullPointerException.class, () -> EvaluationPlots.roc(null, Map.of("m", mlp)));
        assertThrows(NullPointerException.class, () -> EvaluationPlots.roc((RocCurve) null));
        Map<String, double[]> nullValue = new LinkedHashMap<>();
        nullValue.put("m", null);
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> EvaluationPlots.roc(actual, nullValue));
        assertTrue(npe.getMessage().contains("\"m\""), npe.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EvaluationPlots.roc(new LinkedHashMap<String, RocCurve>()));
    }

    // ------------------------------------------------------------------ precision-recall

    @Test
    void precisionRecallSeriesAreTheCurvesWithApAndPrevalenceBaseline() throws IOException {
        Figure f = EvaluationPlots.precisionRecall(actual, twoModels());
        XYChart chart = (XYChart) f.panel(0);
        assertEquals(3, chart.getSeriesMap().size());
        double prevalence = 0;
        for (int y : actual) {
            prevalence += y;
        }
        prevalence /= actual.length;
        XYSeries baseline = series(f, 0, 0);
        assertTrue(baseline.getName().contains(Format.sig(prevalence, 3)), baseline.getName());
        assertArrayEquals(new double[] {prevalence, prevalence}, baseline.getYData());
        int i = 1;
        for (Map.Entry<String, double[]> e : twoModels().entrySet()) {
            PrecisionRecallCurve c = PrecisionRecallCurve.of(actual, e.getValue());
            XYSeries s = series(f, 0, i++);
            assertEquals(e.getKey() + ": AP " + Format.sig(c.averagePrecision(), 3), s.getName());
            assertArrayEquals(c.recalls(), s.getXData());
            assertArrayEquals(c.precisions(), s.getYData());
            assertEquals(XYSeries.XYSeriesRenderStyle.Step, s.getXYSeriesRenderStyle());
        }
        PrecisionRecallCurve one = PrecisionRecallCurve.of(actual, mlp);
        Figure single = EvaluationPlots.precisionRecall(one);
        assertEquals("AP " + Format.sig(one.averagePrecision(), 3), series(single, 0, 1).getName());
        PlotAssertions.render(f, "precision-recall", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
    }

    @Test
    void stepsEnclosTheAveragePrecision() {
        // the drawn steps (precision P_i held from R_{i+1} to R_i, XChart's step-after in array order)
        // enclose exactly the average precision
        PrecisionRecallCurve c = PrecisionRecallCurve.of(actual, radius);
        XYSeries s = series(EvaluationPlots.precisionRecall(c), 0, 1);
        double[] r = s.getXData();
        double[] p = s.getYData();
        double area = 0;
        for (int i = 0; i + 1 < r.length; i++) {
            area += (r[i] - r[i + 1]) * p[i];
        }
        assertEquals(c.averagePrecision(), area, 1e-12);
    }

    @Test
    void precisionRecallRejectsBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.precisionRecall(new LinkedHashMap<String, PrecisionRecallCurve>()));
        assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.precisionRecall(actual, Map.of("short", new double[3])));
        assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.precisionRecall(new int[actual.length], Map.of("no positive", mlp)));
        assertThrows(NullPointerException.class, () -> EvaluationPlots.precisionRecall((PrecisionRecallCurve) null));
    }

    // ------------------------------------------------------------------ reliability

    @Test
    void reliabilityPlotsTheBinsAndTheirCounts() throws IOException {
        ReliabilityTable t = ReliabilityTable.of(actual, mlp, 10);
        Figure f = EvaluationPlots.reliability(t);
        assertEquals(2, f.panelCount());
        XYSeries diagonal = series(f, 0, 0);
        assertArrayEquals(new double[] {0, 1}, diagonal.getYData());
        XYSeries points = series(f, 0, 1);
        assertEquals("ECE " + Format.sig(t.expectedCalibrationError(), 3), points.getName());
        XYSeries bars = series(f, 1, 0);
        List<ReliabilityTable.Bin> bins = t.bins();
        assertEquals(bins.size(), points.getXData().length);
        long total = 0;
        for (int b = 0; b < bins.size(); b++) {
            assertEquals(bins.get(b).meanPredicted(), points.getXData()[b]);
            assertEquals(bins.get(b).fractionPositive(), points.getYData()[b]);
            assertEquals(bins.get(b).lower(), bars.getXData()[4 * b]);
            assertEquals(bins.get(b).upper(), bars.getXData()[4 * b + 2]);
            assertEquals(bins.get(b).count(), bars.getYData()[4 * b + 1]);
            assertEquals(0.0, bars.getYData()[4 * b]);
            total += (long) bars.getYData()[4 * b + 1];
        }
        assertEquals(actual.length, total);
        PlotAssertions.render(f, "reliability", Figure.DEFAULT_WIDTH, EvaluationPlots.TWO_PANEL_HEIGHT);
    }

    @Test
    void reliabilityOfSeveralModelsNamesThemInTheLegend() throws IOException {
        // a probability from the radius score: its rank among the hold-out (a poorly calibrated model)
        double[] rank = new double[radius.length];
        for (int i = 0; i < radius.length; i++) {
            int below = 0;
            for (double v : radius) {
                below += v < radius[i] ? 1 : 0;
            }
            rank[i] = (double) below / (radius.length - 1);
        }
        Map<String, ReliabilityTable> tables = new LinkedHashMap<>();
        tables.put("MLP", ReliabilityTable.of(actual, mlp, 10));
        tables.put("radius rank", ReliabilityTable.ofQuantiles(actual, rank, 8));
        Figure f = EvaluationPlots.reliability(tables);
        assertTrue(series(f, 0, 2).getName().startsWith("radius rank: ECE "), series(f, 0, 2).getName());
        assertEquals("radius rank", series(f, 1, 1).getName());
        assertTrue(PlotAssertions.distinctColours(PlotAssertions.render(f, "reliability-two")) > 20);
        assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.reliability(new LinkedHashMap<String, ReliabilityTable>()));
        assertThrows(NullPointerException.class, () -> EvaluationPlots.reliability((ReliabilityTable) null));
    }

    // ------------------------------------------------------------------ confusion matrix

    /** Nearest-centroid predictions of the digits (no training loop, real 10-class errors). */
    static ConfusionMatrix digitsMatrix() {
        Dataset d = Datasets.digits();
        double[][] x = d.features();
        int[] y = d.labels();
        int k = d.numClasses();
        double[][] centroid = new double[k][x[0].length];
        int[] n = new int[k];
        for (int i = 0; i < x.length; i++) {
            n[y[i]]++;
            for (int j = 0; j < x[i].length; j++) {
                centroid[y[i]][j] += x[i][j];
            }
        }
        int[] predicted = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double d2 = 0;
                for (int j = 0; j < x[i].length; j++) {
                    double diff = x[i][j] - centroid[c][j] / n[c];
                    d2 += diff * diff;
                }
                if (d2 < best) {
                    best = d2;
                    predicted[i] = c;
                }
            }
        }
        return ConfusionMatrix.of(y, predicted, k);
    }

    @Test
    void confusionMatrixCellsHoldRowSharesAndCounts() throws IOException {
        ConfusionMatrix m = digitsMatrix();
        List<String> names = Datasets.digits().classNames();
        Figure f = EvaluationPlots.confusionMatrix(m.withClassNames(names));
        EvaluationPlots.ConfusionHeatMap chart = (EvaluationPlots.ConfusionHeatMap) f.panel(0);
        HeatMapSeries s = chart.getHeatMapSeries();
        assertEquals(names, s.getXData());
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, s.getYData(), "first class at the top");
        int k = m.numClasses();
        assertEquals(k * k, s.getHeatData().size());
        for (Number[] cell : s.getHeatData()) {
            int p = cell[0].intValue();
            int a = k - 1 - cell[1].intValue();
            assertEquals((double) m.count(a, p) / m.support(a), cell[2].doubleValue(), 1e-15);
            assertEquals(Long.toString(m.count(a, p)), chart.cellText(a, p)[0]);
        }
        assertTrue(chart.getTitle().contains("accuracy " + Format.sig(m.accuracy(), 3)), chart.getTitle());
        PlotAssertions.render(f, "confusion-digits", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
        String svg = EvaluationPlots.confusionMatrix(ConfusionMatrix.binary(179, 11, 33, 346)).toSvg();
        assertTrue(svg.contains(">346<") && svg.contains(">96.9%<"), "cell texts in the SVG");
        // indices as names when none are given
        Figure plain = EvaluationPlots.confusionMatrix(ConfusionMatrix.binary(179, 11, 33, 346));
        assertEquals(List.of("0", "1"), ((EvaluationPlots.ConfusionHeatMap) plain.panel(0)).getHeatMapSeries()
                .getXData());
        assertTrue(PlotAssertions.distinctColours(PlotAssertions.render(plain, "confusion-binary")) > 10);
    }

    @Test
    void confusionMatrixRejectsNull() {
        assertThrows(NullPointerException.class, () -> EvaluationPlots.confusionMatrix(null));
    }

    @Test
    void rowSharesOfAnyMatrixSumToOneHundredOrZero() {
        qt().withExamples(100)
                .forAll(integers().between(2, 5), longs().between(0, 1_000_000))
                .checkAssert((k, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    long[][] counts = new long[k][k];
                    for (long[] row : counts) {
                        for (int p = 0; p < k; p++) {
                            row[p] = rng.nextInt(4) == 0 ? 0 : rng.nextInt(50);
                        }
                    }
                    counts[0][0] += 1;
                    ConfusionMatrix m = ConfusionMatrix.ofCounts(counts);
                    EvaluationPlots.ConfusionHeatMap chart =
                            (EvaluationPlots.ConfusionHeatMap) EvaluationPlots.confusionMatrix(m).panel(0);
                    for (int a = 0; a < k; a++) {
                        double sum = 0;
                        for (int p = 0; p < k; p++) {
                            sum += chart.share(a, p);
                            assertEquals(Long.toString(counts[a][p]), chart.cellText(a, p)[0]);
                        }
                        assertEquals(m.support(a) == 0 ? 0.0 : 1.0, sum, 1e-12);
                    }
                });
    }

    // ------------------------------------------------------------------ thresholds

    @Test
    void thresholdMetricsComeFromTheCurveAndMarkTheChosenPoint() throws IOException {
        RocCurve roc = RocCurve.of(actual, mlp);
        OperatingPoint f1 = Thresholds.maxFBeta(roc, 1);
        Figure f = EvaluationPlots.thresholds(roc, f1);
        assertEquals(1, f.panelCount());
        XYSeries precision = series(f, 0, 0);
        XYSeries recall = series(f, 0, 1);
        XYSeries fOne = series(f, 0, 2);
        XYSeries chosen = series(f, 0, 3);
        int m = roc.size() - 1;
        assertEquals(m, precision.getXData().length);
        for (int j = 0; j < m; j++) {
            int i = m - j;
            ConfusionMatrix cm = roc.confusionMatrix(i);
            assertEquals(roc.threshold(i), precision.getXData()[j]);
            assertEquals(cm.precision(1), precision.getYData()[j], 1e-12);
            assertEquals(cm.recall(1), recall.getYData()[j], 1e-12);
            assertEquals(cm.f1(1), fOne.getYData()[j], 1e-12);
        }
        assertArrayEquals(new double[] {f1.threshold(), f1.threshold()}, chosen.getXData());
        assertTrue(chosen.getName().startsWith("max F1: t = "), chosen.getName());
        // the marked threshold is where F1 peaks
        int at = java.util.Arrays.binarySearch(fOne.getXData(), f1.threshold());
        double peak = java.util.Arrays.stream(fOne.getYData()).max().orElseThrow();
        assertEquals(peak, fOne.getYData()[at], 1e-12);
        PlotAssertions.render(f, "thresholds", Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
    }

    @Test
    void costPanelIsMinimalAtTheMinimumCostThreshold() throws IOException {
        RocCurve roc = RocCurve.of(actual, radius);
        // missing a benign diagnosis (positive = benign) costs 1, flagging a malignant one as benign costs 5
        OperatingPoint cheapest = Thresholds.minExpectedCost(roc, 5, 1);
        Figure f = EvaluationPlots.thresholds(roc, cheapest, 5, 1);
        assertEquals(2, f.panelCount());
        XYSeries cost = series(f, 1, 0);
        double min = java.util.Arrays.stream(cost.getYData()).min().orElseThrow();
        assertEquals(cheapest.value(), min, 1e-12);
        int at = java.util.Arrays.binarySearch(cost.getXData(), cheapest.threshold());
        assertEquals(cheapest.value(), cost.getYData()[at], 1e-12);
        assertArrayEquals(new double[] {cheapest.threshold(), cheapest.threshold()}, series(f, 1, 1).getXData());
        BufferedImage img = PlotAssertions.render(f, "thresholds-cost");
        assertEquals(EvaluationPlots.TWO_PANEL_HEIGHT, img.getHeight());
        assertTrue(PlotAssertions.distinctColours(img) > 20);
    }

    @Test
    void thresholdsRejectBadInput() {
        RocCurve roc = RocCurve.of(actual, mlp);
        OperatingPoint other = Thresholds.youden(new int[] {0, 0, 1, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8, 0.9});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.thresholds(roc, other));
        assertTrue(e.getMessage().contains("chosen"), e.getMessage());
        OperatingPoint ok = Thresholds.youden(roc);
        IllegalArgumentException cost = assertThrows(IllegalArgumentException.class,
                () -> EvaluationPlots.thresholds(roc, ok, -1, 1));
        assertTrue(cost.getMessage().contains("costFalsePositive"), cost.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EvaluationPlots.thresholds(roc, ok, 1, Double.NaN));
        assertThrows(NullPointerException.class, () -> EvaluationPlots.thresholds(null, ok));
        assertThrows(NullPointerException.class, () -> EvaluationPlots.thresholds(roc, null));
    }
}
