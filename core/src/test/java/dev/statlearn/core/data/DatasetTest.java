package dev.statlearn.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final Dataset IRIS = Datasets.iris();

    @Test
    void bundledDatasetsHaveRealClassNames() {
        assertEquals(List.of("setosa", "versicolor", "virginica"), IRIS.classNames());
        assertEquals("wine: 178 x 13, 3 classes {cultivar 1=59, cultivar 2=71, cultivar 3=48}",
                Datasets.wine().toString());
        // scikit-learn's coding: 0 = malignant (212 tumours), 1 = benign (357)
        assertEquals("breast_cancer: 569 x 30, 2 classes {malignant=212, benign=357}",
                Datasets.breastCancer().toString());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), Datasets.digits().classNames());
        assertEquals("diabetes: 442 x 10, regression target", Datasets.diabetes().toString());
    }

    @Test
    void bundledDatasetsHaveTheDocumentedShapes() {
        // Shapes and class counts from /work/shared/data/README.md (sklearn 1.2.1 copies).
        assertEquals("iris: 150 x 4, 3 classes {setosa=50, versicolor=50, virginica=50}", IRIS.toString());
        Dataset wine = Datasets.wine();
        assertEquals(178, wine.size());
        assertEquals(13, wine.numFeatures());
        assertArrayEquals(new int[] {59, 71, 48}, wine.classCounts());
        Dataset bc = Datasets.breastCancer();
        assertEquals(30, bc.numFeatures());
        assertArrayEquals(new int[] {212, 357}, bc.classCounts());
        assertEquals(List.of("malignant", "benign"), bc.classNames());
        assertEquals("mean radius", bc.featureNames().get(0));
        assertEquals("worst fractal dimension", bc.featureNames().get(29));
        Dataset digits = Datasets.digits();
        assertEquals(1797, digits.size());
        assertEquals(64, digits.numFeatures());
        assertEquals(10, digits.numClasses());
        assertEquals(178, digits.classCounts()[0]);
        Dataset diabetes = Datasets.diabetes();
        assertEquals(442, diabetes.size());
        assertEquals(10, diabetes.numFeatures());
        assertFalse(diabetes.isClassification());
        assertEquals("diabetes: 442 x 10, regression target", diabetes.toString());
        // first rows of the files
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, IRIS.row(0));
        assertEquals(151.0, diabetes.targets()[0]);
        assertArrayEquals(new double[] {59, 2, 32.1, 101.0, 157, 93.2, 38.0, 4.0, 4.8598, 87}, diabetes.row(0));
    }

    @Test
    void callersCannotMutateADataset() {
        double[][] x = {{1, 2}, {3, 4}};
        int[] y = {0, 1};
        Dataset d = Dataset.classification(x, y);
        x[0][0] = 99;
        y[0] = 1;
        d.features()[1][1] = 99;
        d.labels()[1] = 0;
        d.row(0)[0] = 42;
        assertArrayEquals(new double[] {1, 2}, d.row(0));
        assertArrayEquals(new double[] {3, 4}, d.row(1));
        assertArrayEquals(new int[] {0, 1}, d.labels());
        assertThrows(UnsupportedOperationException.class, () -> d.featureNames().set(0, "z"));
    }

    @Test
    void selectionPreservesLabelsAndFeatures() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 149)).ofSizeBetween(1, 300))
                .checkAssert(rows -> {
                    int[] idx = rows.stream().mapToInt(Integer::intValue).toArray();
                    Dataset s = IRIS.select(idx);
                    assertEquals(idx.length, s.size());
                    for (int i = 0; i < idx.length; i++) {
                        assertEquals(IRIS.label(idx[i]), s.label(i));
                        assertArrayEquals(IRIS.row(idx[i]), s.row(i));
                    }
                    assertEquals(IRIS.classNames(), s.classNames());
                });
    }

    @Test
    void derivedDatasets() {
        Dataset digits0 = Datasets.digits().oneVsRest(0);
        assertArrayEquals(new int[] {1797 - 178, 178}, digits0.classCounts());
        assertEquals(List.of("rest", "0"), digits0.classNames());
        Dataset both = IRIS.select(new int[] {0, 1}).concat(IRIS.select(new int[] {149}));
        assertArrayEquals(new int[] {0, 0, 2}, both.labels());
        Dataset scaled = IRIS.withFeatures(new double[150][2]);
        assertEquals(List.of("x0", "x1"), scaled.featureNames());
        assertEquals(IRIS.column(2)[7], IRIS.value(7, 2));
        assertTrue(IRIS.withName("flowers").toString().startsWith("flowers: "));
    }

    @Test
    void badInputIsRejectedWithNamedMessages() {
        assertEquals("x has length 2 but y has length 1", assertThrows(IllegalArgumentException.class,
                () -> Dataset.classification(new double[][] {{1}, {2}}, new int[] {0})).getMessage());
        assertEquals("y[1] must be a class index in [0, 1], was 2", assertThrows(IllegalArgumentException.class,
                () -> Dataset.classification(new double[][] {{1}, {2}}, new int[] {0, 2}, null, List.of("a", "b")))
                .getMessage());
        assertEquals("x[0][1] must be finite or NaN (missing), was Infinity", assertThrows(
                IllegalArgumentException.class,
                () -> Dataset.regression(new double[][] {{1, Double.POSITIVE_INFINITY}}, new double[] {1}))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dataset.regression(new double[][] {{1}}, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Dataset.classification(new double[0][], new int[0]));
        assertThrows(IllegalArgumentException.class, () -> IRIS.select(new int[] {150}));
        assertThrows(IllegalArgumentException.class, () -> IRIS.select(new int[0]));
        assertThrows(IllegalStateException.class, () -> Datasets.diabetes().labels());
        assertThrows(IllegalStateException.class, IRIS::targets);
        assertThrows(IllegalArgumentException.class, () -> IRIS.concat(Datasets.wine()));
        assertThrows(IllegalArgumentException.class, () -> IRIS.oneVsRest(3));
        assertThrows(NullPointerException.class, () -> Dataset.classification(null, new int[0]));
        // missing values are allowed in features
        assertTrue(Double.isNaN(Dataset.regression(new double[][] {{Double.NaN}}, new double[] {1}).value(0, 0)));
    }
}
