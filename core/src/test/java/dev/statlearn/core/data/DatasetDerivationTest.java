package dev.statlearn.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Datasets derived from others ({@code select}, {@code concat}, {@code withFeatures},
 * {@code withLabels}) for both tasks: contents, names, and the shape checks.
 */
class DatasetDerivationTest {

    private static final Dataset REG = Dataset.regression(new double[][] {{1, 10}, {2, 20}, {3, 30}},
            new double[] {0.5, 1.5, 2.5}, List.of("a", "b"));
    private static final Dataset CLS = Dataset.classification(new double[][] {{1}, {2}, {3}},
            new int[] {0, 1, 1}, List.of("f"), List.of("no", "yes"));

    @Test
    void concatenatesRegressionRowsAndTargetsInOrder() {
        Dataset more = Dataset.regression(new double[][] {{4, 40}}, new double[] {3.5});
        Dataset all = REG.concat(more);
        assertEquals(4, all.size());
        assertArrayEquals(new double[][] {{1, 10}, {2, 20}, {3, 30}, {4, 40}}, all.features());
        assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5}, all.targets());
        assertEquals(List.of("a", "b"), all.featureNames());
        assertEquals(REG.name(), all.name());
        assertTrue(all.classNames().isEmpty());
    }

    @Test
    void concatenatesClassificationRowsAndLabels() {
        Dataset more = Dataset.classification(new double[][] {{9}}, new int[] {0}, List.of("f"), List.of("no", "yes"));
        Dataset all = CLS.concat(more);
        assertArrayEquals(new double[][] {{1}, {2}, {3}, {9}}, all.features());
        assertArrayEquals(new int[] {0, 1, 1, 0}, all.labels());
        assertArrayEquals(new int[] {2, 2}, all.classCounts());
    }

    @Test
    void concatRejectsAnotherTaskOrOtherClasses() {
        Dataset otherClasses = Dataset.classification(new double[][] {{9}}, new int[] {0}, List.of("f"),
                List.of("cat", "dog"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CLS.concat(otherClasses));
        assertTrue(e.getMessage().contains("same task and classes"), e.getMessage());
        Dataset regression = Dataset.regression(new double[][] {{9}}, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> CLS.concat(regression));
        assertThrows(IllegalArgumentException.class, () -> regression.concat(CLS));
        e = assertThrows(IllegalArgumentException.class, () -> REG.concat(regression));
        assertTrue(e.getMessage().contains("other has 1 features but this dataset has 2"), e.getMessage());
    }

    @Test
    void selectCopiesTargetsOfARegressionDataset() {
        Dataset s = REG.select(new int[] {2, 0, 2});
        assertArrayEquals(new double[] {2.5, 0.5, 2.5}, s.targets());
        assertArrayEquals(new double[][] {{3, 30}, {1, 10}, {3, 30}}, s.features());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> REG.select(new int[] {0, 3}));
        assertEquals("rows[1] must be in [0, 2], was 3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> REG.select(new int[] {-1}));
    }

    @Test
    void regressionDatasetsHaveNoLabels() {
        assertThrows(IllegalStateException.class, () -> REG.label(0));
        assertThrows(IllegalStateException.class, () -> REG.labels());
        assertThrows(IllegalStateException.class, () -> REG.classCounts());
        assertThrows(IllegalStateException.class, () -> REG.oneVsRest(0));
        assertThrows(IllegalStateException.class, () -> CLS.targets());
        assertEquals(1, CLS.label(2));
        assertEquals(0, CLS.label(0));
    }

    @Test
    void rowCountsMustAgree() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.regression(new double[][] {{1}, {2}}, new double[] {1, 2, 3}));
        assertEquals("x has length 2 but y has length 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> REG.withFeatures(new double[][] {{1}, {2}}));
        assertEquals("newX has length 2 but dataset rows has length 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> REG.withFeatures(new double[][] {{1}, {2}}, List.of("z")));
        assertEquals("newX has length 2 but dataset rows has length 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> REG.withLabels(new int[] {0, 1}, List.of("a", "b")));
        assertEquals("y has length 2 but dataset rows has length 3", e.getMessage());
    }

    @Test
    void newFeaturesAndLabelsKeepTheRest() {
        Dataset f = REG.withFeatures(new double[][] {{7}, {8}, {9}}, List.of("z"));
        assertEquals(List.of("z"), f.featureNames());
        assertArrayEquals(REG.targets(), f.targets());
        assertEquals(REG.name(), f.name());
        Dataset l = REG.withLabels(new int[] {1, 0, 1}, List.of("low", "high"));
        assertArrayEquals(new int[] {1, 0, 1}, l.labels());
        assertEquals(List.of("low", "high"), l.classNames());
        assertArrayEquals(REG.features(), l.features());
        assertEquals("renamed", REG.withName("renamed").name());
    }
}
