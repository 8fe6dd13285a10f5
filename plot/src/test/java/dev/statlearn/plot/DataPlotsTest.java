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
import dev.statlearn.plot.internal.Histograms;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class DataPlotsTest {

    private static final Dataset IRIS = Datasets.iris();
    private static final Dataset WINE = Datasets.wine();
    private static final Dataset CANCER = Datasets.breastCancer();

    @Test
    void histogramsByClassCountEveryRowOfItsClass() {
        Figure f = DataPlots.histograms(IRIS);
        assertEquals(4, f.panelCount());
        for (int j = 0; j < 4; j++) {
            XYChart chart = (XYChart) f.panel(j);
            assertEquals(IRIS.featureNames().get(j), chart.getXAxisTitle());
            assertEquals(IRIS.classNames(), new ArrayList<>(chart.getSeriesMap().keySet()));
            double[] edges = null;
            for (int c = 0; c < 3; c++) {
                XYSeries s = chart.getSeriesMap().get(IRIS.classNames().get(c));
                assertEquals(50.0, Arrays.stream(Histograms.heights(s)).sum(), 0.0);
                double[] x = s.getXData();
                if (edges == null) {
                    edges = x;
                }
                assertArrayEquals(edges, x, 0.0, "classes share the bins");
            }
            assertEquals(j == 0, chart.getStyler().isLegendVisible(), "legend on the first panel only");
        }
    }

    @Test
    void automaticBinsFollowNumpysAutoRule() {
        // iris sepal length: n = 150, range 4.3..7.9 = 3.6, IQR 6.4 - 5.1 = 1.3.
        // FD width 2 * 1.3 / 150^(1/3) = 0.4893; Sturges width 3.6 / (log2 150 + 1) = 0.4375;
        // numpy.histogram_bin_edges(x, "auto") takes the smaller: ceil(3.6 / 0.4375) = 9 bins.
        double[] sepal = IRIS.column(0);
        assertEquals(9, Histograms.autoBins(sepal));
        XYSeries all = ((XYChart) DataPlots.histograms(IRIS, DataPlots.AUTO_BINS, false, 0).panel(0))
                .getSeriesMap().get("all");
        assertEquals(2 * 9 + 2, all.getXData().length);
        assertEquals(4.3, all.getXData()[0], 1e-12);
        assertEquals(7.9, all.getXData()[all.getXData().length - 1], 1e-12);
        assertEquals(1, Histograms.autoBins(new double[] {2, 2, 2}));
        assertTrue(Histograms.autoBins(CANCER.column(3)) <= Histograms.MAX_AUTO_BINS);
    }

    @Test
    void histogramsWithAFixedBinCountKeepEveryRow() {
        qt().withExamples(20).forAll(integers().between(1, 60), integers().between(0, 29)).checkAssert((b, j) -> {
            Figure f = DataPlots.histograms(CANCER, b, false, j);
            XYSeries s = ((XYChart) f.panel(0)).getSeriesMap().get("all");
            double[] h = Histograms.heights(s);
            assertEquals(b, h.length);
            assertEquals(CANCER.size(), Arrays.stream(h).sum(), 0.0);
        });
    }

    @Test
    void histogramsDefaultToTheFirstThirtyFeatures() {
        Figure f = DataPlots.histograms(CANCER);
        assertEquals(30, f.panelCount());
        assertEquals(CANCER.featureNames().get(29), ((XYChart) f.panel(29)).getXAxisTitle());
        Figure digits = DataPlots.histograms(Datasets.digits(), 8, false);
        assertEquals(DataPlots.MAX_HISTOGRAMS, digits.panelCount());
        Figure regression = DataPlots.histograms(Datasets.diabetes());
        assertEquals(List.of("all"), new ArrayList<>(((XYChart) regression.panel(0)).getSeriesMap().keySet()));
    }

    @Test
    void missingValuesAreLeftOut() {
        double[][] x = new double[IRIS.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = IRIS.row(i);
            if (i % 3 == 0) {
                x[i][1] = Double.NaN;
            }
            x[i][3] = Double.NaN;
        }
        Dataset holes = Dataset.classification(x, IRIS.labels(), IRIS.featureNames(), IRIS.classNames());
        XYSeries all = ((XYChart) DataPlots.histograms(holes, 5, false, 1).panel(0)).getSeriesMap().get("all");
        assertEquals(100.0, Arrays.stream(Histograms.heights(all)).sum(), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataPlots.histograms(holes));
        assertTrue(e.getMessage().contains("\"petal width (cm)\" (column 3) has no non-missing value"),
                e.getMessage());
        XYChart scatter = (XYChart) DataPlots.scatterMatrix(holes, 0, 1).panel(1);
        int kept = scatter.getSeriesMap().values().stream().mapToInt(s -> s.getXData().length).sum();
        assertEquals(100, kept);
    }

    @Test
    void histogramsRejectBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataPlots.histograms(IRIS, -1, true));
        assertTrue(e.getMessage().contains("bins must be >= 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DataPlots.histograms(IRIS, 0, true, 0, 4));
        assertTrue(e.getMessage().contains("features[1] must be in [0, 4), was 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DataPlots.histograms(IRIS, 0, true, 2, 2));
        assertTrue(e.getMessage().contains("features[1] = 2 is repeated"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DataPlots.histograms(Datasets.diabetes(), 0, true));
        assertTrue(e.getMessage().contains("byClass needs a classification dataset"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DataPlots.histograms(Datasets.digits(), 0, false, IntStream.range(0, 31).toArray()));
        assertTrue(e.getMessage().contains("at most 30 columns, had 31"), e.getMessage());
        assertThrows(NullPointerException.class, () -> DataPlots.histograms(null));
    }

    @Test
    void scatterMatrixPanelsAreTheColumnsByClass() {
        int[] features = {0, 6, 9};
        Figure f = DataPlots.scatterMatrix(WINE, features);
        assertEquals(9, f.panelCount());
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                XYChart chart = (XYChart) f.panel(3 * r + c);
                assertEquals(WINE.featureNames().get(features[c]), chart.getXAxisTitle());
                assertEquals(WINE.classNames(), new ArrayList<>(chart.getSeriesMap().keySet()));
                if (r == c) {
                    assertEquals("count", chart.getYAxisTitle());
                    continue;
                }
                assertEquals(WINE.featureNames().get(features[r]), chart.getYAxisTitle());
                for (int k = 0; k < 3; k++) {
                    final int cls = k;
                    int[] rows = IntStream.range(0, WINE.size()).filter(i -> WINE.label(i) == cls).toArray();
                    XYSeries s = chart.getSeriesMap().get(WINE.classNames().get(k));
                    int fc = features[c];
                    int fr = features[r];
                    assertArrayEquals(Arrays.stream(rows).mapToDouble(i -> WINE.value(i, fc)).toArray(), s.getXData(), 0.0);
                    assertArrayEquals(Arrays.stream(rows).mapToDouble(i -> WINE.value(i, fr)).toArray(), s.getYData(), 0.0);
                }
            }
        }
        assertEquals(16, DataPlots.scatterMatrix(IRIS).panelCount());
        assertEquals(List.of("all"), new ArrayList<>(DataPlots.scatterMatrix(Datasets.diabetes(), 0, 2).panel(1)
                .getSeriesMap().keySet()));
    }

    @Test
    void scatterMatrixRejectsBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataPlots.scatterMatrix(CANCER, 0, 1, 2, 3, 4, 5, 6));
        assertTrue(e.getMessage().contains("at most 6 columns, had 7"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DataPlots.scatterMatrix(CANCER, new int[0]));
        assertTrue(e.getMessage().contains("features must name 1 to 6 columns, had 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DataPlots.scatterMatrix(CANCER, -1, 2));
        assertTrue(e.getMessage().contains("features[0] must be in [0, 30), was -1"), e.getMessage());
    }

    @Test
    void figuresRenderAtTheirSize() {
        Figure h = DataPlots.histograms(IRIS);
        BufferedImage img = h.toImage();
        assertEquals(Figure.DEFAULT_WIDTH, img.getWidth());
        assertEquals(Figure.DEFAULT_HEIGHT, img.getHeight());
        assertTrue(PlotAssertions.distinctColours(img) > 20);
        Figure s = DataPlots.scatterMatrix(CANCER, 0, 1, 2, 3, 4, 5);
        BufferedImage si = s.toImage();
        assertEquals(6 * 240, si.getWidth());
        assertEquals(6 * 240, si.getHeight());
        assertTrue(PlotAssertions.distinctColours(si) > 20);
        assertArrayEquals(DataPlots.scatterMatrix(IRIS).toPng(), DataPlots.scatterMatrix(IRIS).toPng());
        assertFalse(s.title().isEmpty());
        PlotAssertions.save(h, "iris-histograms");
        PlotAssertions.save(s, "cancer-scatter6");
        PlotAssertions.save(DataPlots.scatterMatrix(IRIS), "iris-scatter");
        PlotAssertions.save(DataPlots.histograms(CANCER), "cancer-histograms");
        PlotAssertions.save(DataPlots.histograms(WINE, 0, false), "wine-histograms-all");
        PlotAssertions.save(DataPlots.scatterMatrix(Datasets.diabetes(), 0, 2, 3), "diabetes-scatter");
    }

    @Test
    void randomSubsetsOfRowsKeepTheirClassCounts() {
        qt().withExamples(10).forAll(integers().between(5, 150), integers().between(0, 10_000)).checkAssert((n, seed) -> {
            int[] rows = new SplittableRandom(seed).ints(n, 0, IRIS.size()).toArray();
            Dataset sub = IRIS.select(rows);
            int[] counts = sub.classCounts();
            XYChart chart = (XYChart) DataPlots.histograms(sub, 0, true, 2).panel(0);
            for (int c = 0; c < 3; c++) {
                XYSeries s = chart.getSeriesMap().get(IRIS.classNames().get(c));
                assertEquals(counts[c], s == null ? 0 : Arrays.stream(Histograms.heights(s)).sum(), 0.0);
            }
        });
    }
}
