package dev.statlearn.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.eval.monitor.DriftReport;
import dev.statlearn.eval.monitor.FeatureDrift;
import dev.statlearn.eval.resample.Resampled;
import dev.statlearn.eval.resample.Resampling;
import dev.statlearn.plot.internal.Histograms;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class MonitoringPlotsTest {

    private static final Dataset WINE = Datasets.wine();
    /** Wine is ordered by class: the first 90 rows against the rest drift on most features. */
    private static final Dataset WINE_REF = WINE.select(IntStream.range(0, 90).toArray());
    private static final Dataset WINE_CUR = WINE.select(IntStream.range(90, WINE.size()).toArray());
    private static final DriftReport WINE_DRIFT = DriftReport.of(WINE_REF, WINE_CUR);

    private static final Dataset CANCER = Datasets.breastCancer();
    private static final Resampled SMOTE = Resampling.smote(CANCER, 5, new SplittableRandom(7));

    /** Bin proportions back from a histogram outline: bin i is at y[2i + 1]. */
    /** PSI as DriftReport defines it, from plotted proportions. */
    private static double psi(double[] r, double[] c, double eps) {
        double s = 0;
        double den = 1 + r.length * eps;
        for (int i = 0; i < r.length; i++) {
            double a = (r[i] + eps) / den;
            double b = (c[i] + eps) / den;
            s += (b - a) * Math.log(b / a);
        }
        return s;
    }

    private static void assertPanelsMatchReport(Figure f, DriftReport report) {
        for (int p = 0; p < f.panelCount(); p++) {
            XYChart chart = (XYChart) f.panel(p);
            FeatureDrift fd = report.feature(chart.getXAxisTitle());
            double[] r = Histograms.heights(chart.getSeriesMap().get("reference"));
            double[] c = Histograms.heights(chart.getSeriesMap().get("current"));
            assertEquals(report.settings().bins(), r.length);
            assertEquals(1.0, Arrays.stream(r).sum(), 1e-12);
            assertEquals(1.0, Arrays.stream(c).sum(), 1e-12);
            assertEquals(fd.psi(), psi(r, c, report.settings().smoothing()), 1e-9 * (1 + fd.psi()), fd.feature());
            assertTrue(chart.getTitle().startsWith(fd.verdict() + ": PSI "), chart.getTitle());
        }
    }

    @Test
    void driftPanelsAreTheReportsOwnBins() {
        Figure f = MonitoringPlots.drift(WINE_REF, WINE_CUR, WINE_DRIFT);
        // 13 features > 12: the one with the smallest PSI is left out, the rest in column order
        assertEquals(MonitoringPlots.DEFAULT_DRIFT_FEATURES, f.panelCount());
        FeatureDrift smallest = WINE_DRIFT.features().stream()
                .min((a, b) -> Double.compare(a.psi(), b.psi())).orElseThrow();
        List<String> shown = new ArrayList<>();
        for (int p = 0; p < f.panelCount(); p++) {
            shown.add(((XYChart) f.panel(p)).getXAxisTitle());
        }
        List<String> expected = new ArrayList<>(WINE.featureNames());
        expected.remove(smallest.feature());
        assertEquals(expected, shown);
        assertPanelsMatchReport(f, WINE_DRIFT);
    }

    @Test
    void driftedPanelsAreHighlighted() {
        Figure f = MonitoringPlots.drift(WINE_REF, WINE_CUR, WINE_DRIFT, WINE.featureNames().subList(0, 6));
        assertEquals(6, f.panelCount());
        assertFalse(WINE_DRIFT.withVerdict(FeatureDrift.Verdict.DRIFT).isEmpty());
        for (int p = 0; p < 6; p++) {
            XYChart chart = (XYChart) f.panel(p);
            FeatureDrift fd = WINE_DRIFT.features().get(p);
            assertEquals(fd.feature(), chart.getXAxisTitle());
            java.awt.Color bg = chart.getStyler().getChartBackgroundColor();
            switch (fd.verdict()) {
                case DRIFT -> assertEquals(MonitoringPlots.DRIFT_BACKGROUND, bg);
                case WARNING -> assertEquals(MonitoringPlots.WARNING_BACKGROUND, bg);
                default -> assertEquals(java.awt.Color.WHITE, bg);
            }
        }
    }

    @Test
    void stableSplitOfIrisIsStableAndChosenFeaturesKeepTheirOrder() {
        Dataset iris = Datasets.iris();
        Dataset even = iris.select(IntStream.range(0, 75).map(i -> 2 * i).toArray());
        Dataset odd = iris.select(IntStream.range(0, 75).map(i -> 2 * i + 1).toArray());
        DriftReport report = DriftReport.of(even, odd, DriftReport.Settings.defaults().withBins(8));
        Figure f = MonitoringPlots.drift(even, odd, report, List.of("petal width (cm)", "sepal length (cm)"));
        assertEquals(2, f.panelCount());
        assertEquals("petal width (cm)", ((XYChart) f.panel(0)).getXAxisTitle());
        assertPanelsMatchReport(f, report);
        assertEquals(4, MonitoringPlots.drift(even, odd).panelCount());
    }

    @Test
    void driftProportionsMatchThePsiOnRandomSubsets() {
        Dataset iris = Datasets.iris();
        qt().withExamples(15).forAll(integers().between(10, 150), integers().between(0, 1000))
                .checkAssert((n, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    int[] rows = rng.ints(n, 0, iris.size()).toArray();
                    Dataset cur = iris.select(rows);
                    DriftReport report = DriftReport.of(iris, cur);
                    assertPanelsMatchReport(MonitoringPlots.drift(iris, cur, report), report);
                });
    }

    @Test
    void driftRejectsMismatchedInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MonitoringPlots.drift(WINE_REF, WINE_CUR, WINE_DRIFT, List.of("colour")));
        assertTrue(e.getMessage().contains("\"colour\" is not a feature"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MonitoringPlots.drift(WINE_REF, WINE_CUR, WINE_DRIFT, List.of("alcohol", "alcohol")));
        assertTrue(e.getMessage().contains("repeated"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MonitoringPlots.drift(WINE_REF, WINE_CUR, WINE_DRIFT, List.of()));
        assertTrue(e.getMessage().contains("features must name 1 to 30"), e.getMessage());
        // a report of other data
        e = assertThrows(IllegalArgumentException.class,
                () -> MonitoringPlots.drift(WINE_REF, WINE, WINE_DRIFT));
        assertTrue(e.getMessage().contains("report was made from other data"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MonitoringPlots.drift(Datasets.iris(), Datasets.iris(), WINE_DRIFT));
        assertTrue(e.getMessage().contains("report has 13 features but reference has 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MonitoringPlots.drift(Datasets.iris(), WINE_CUR));
        assertTrue(e.getMessage().contains("features but reference has"), e.getMessage());
        assertThrows(NullPointerException.class, () -> MonitoringPlots.drift(WINE_REF, WINE_CUR, null));
    }

    @Test
    void classCountsAreTheDatasetsCounts() {
        Figure f = MonitoringPlots.classCounts(CANCER, SMOTE);
        CategoryChart chart = (CategoryChart) f.panel(0);
        List<String> names = new ArrayList<>(chart.getSeriesMap().keySet());
        assertEquals(List.of("before (n = 569)", "after (n = " + SMOTE.dataset().size() + ")"), names);
        CategorySeries before = chart.getSeriesMap().get(names.get(0));
        CategorySeries after = chart.getSeriesMap().get(names.get(1));
        assertEquals(CANCER.classNames(), new ArrayList<>(before.getXData()));
        assertArrayEquals(CANCER.classCounts(), before.getYData().stream().mapToInt(Number::intValue).toArray());
        assertArrayEquals(SMOTE.dataset().classCounts(),
                after.getYData().stream().mapToInt(Number::intValue).toArray());
        assertTrue(f.title().contains("(" + SMOTE.syntheticCount() + " synthetic)"), f.title());
        Resampled under = Resampling.randomUndersample(CANCER, new SplittableRandom(1));
        CategoryChart u = (CategoryChart) MonitoringPlots.classCounts(CANCER, under).panel(0);
        assertEquals(2, u.getSeriesMap().size());
    }

    @Test
    void classCountsRejectsMismatchedOrRegressionData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MonitoringPlots.classCounts(Datasets.iris(), SMOTE));
        assertTrue(e.getMessage().contains("has classes"), e.getMessage());
        Dataset diabetes = Datasets.diabetes();
        e = assertThrows(IllegalArgumentException.class, () -> MonitoringPlots.classCounts(diabetes,
                new Resampled(diabetes, IntStream.range(0, diabetes.size()).toArray())));
        assertTrue(e.getMessage().contains("before must be a classification dataset"), e.getMessage());
        assertThrows(NullPointerException.class, () -> MonitoringPlots.classCounts(CANCER, null));
    }

    @Test
    void syntheticPointsAreTheSyntheticRows() {
        Figure f = MonitoringPlots.synthetic(SMOTE, "mean radius", "mean texture");
        XYChart chart = (XYChart) f.panel(0);
        assertEquals("mean radius", chart.getXAxisTitle());
        assertEquals("mean texture", chart.getYAxisTitle());
        Dataset d = SMOTE.dataset();
        int[] counts = CANCER.classCounts();
        String malignant = CANCER.classNames().get(0);
        String benign = CANCER.classNames().get(1);
        int added = SMOTE.syntheticCount();
        assertEquals(List.of(malignant + " (" + counts[0] + ")", benign + " (" + counts[1] + ")",
                malignant + " synthetic (" + added + ")"), new ArrayList<>(chart.getSeriesMap().keySet()));
        XYSeries syn = chart.getSeriesMap().get(malignant + " synthetic (" + added + ")");
        int t = 0;
        for (int i = 0; i < d.size(); i++) {
            if (SMOTE.isSynthetic(i)) {
                assertEquals(d.value(i, 0), syn.getXData()[t], 0.0);
                assertEquals(d.value(i, 1), syn.getYData()[t], 0.0);
                t++;
            }
        }
        assertEquals(added, t);
        XYSeries orig = chart.getSeriesMap().get(malignant + " (" + counts[0] + ")");
        double[] expectedX = IntStream.range(0, CANCER.size()).filter(i -> CANCER.label(i) == 0)
                .mapToDouble(i -> CANCER.value(i, 0)).toArray();
        assertArrayEquals(expectedX, orig.getXData(), 0.0);
        assertEquals(f.panel(0).getSeriesMap().keySet(), MonitoringPlots.synthetic(SMOTE, 0, 1).panel(0)
                .getSeriesMap().keySet());
    }

    @Test
    void syntheticRejectsBadFeatures() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MonitoringPlots.synthetic(SMOTE, 0, 30));
        assertTrue(e.getMessage().contains("yFeature must be in [0, 30), was 30"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MonitoringPlots.synthetic(SMOTE, "radius", "mean texture"));
        assertTrue(e.getMessage().contains("xFeature = \"radius\""), e.getMessage());
        assertThrows(NullPointerException.class, () -> MonitoringPlots.synthetic(null));
    }

    @Test
    void figuresRenderAtTheirSize() throws IOException {
        Figure drift = MonitoringPlots.drift(WINE_REF, WINE_CUR, WINE_DRIFT);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(drift.toPng()));
        assertEquals(4 * 380, img.getWidth());
        assertEquals(3 * 280, img.getHeight());
        assertTrue(PlotAssertions.distinctColours(img) > 20);
        for (Figure f : List.of(MonitoringPlots.classCounts(CANCER, SMOTE), MonitoringPlots.synthetic(SMOTE))) {
            BufferedImage i = f.toImage();
            assertEquals(Figure.DEFAULT_WIDTH, i.getWidth());
            assertEquals(Figure.DEFAULT_HEIGHT, i.getHeight());
            assertTrue(PlotAssertions.distinctColours(i) > 10);
        }
        assertArrayEquals(MonitoringPlots.synthetic(SMOTE).toPng(), MonitoringPlots.synthetic(SMOTE).toPng());
        PlotAssertions.save(drift, "drift-wine");
        PlotAssertions.save(MonitoringPlots.classCounts(CANCER, SMOTE), "class-counts");
        PlotAssertions.save(MonitoringPlots.synthetic(SMOTE, "mean radius", "mean texture"), "smote");
        Dataset iris = Datasets.iris();
        PlotAssertions.save(MonitoringPlots.drift(iris.select(IntStream.range(0, 75).map(i -> 2 * i).toArray()),
                iris.select(IntStream.range(0, 75).map(i -> 2 * i + 1).toArray())), "drift-iris-stable");
    }
}
