package dev.statlearn.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.core.Randomness;
import dev.statlearn.eval.monitor.GroupFairness;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link DatasetFairness} against the local {@link GroupFairness} on the same rows: every
 * per-group matrix and every gap equal (counts are exact), with an absent group index, a group of
 * one row, a group without actual positives, and a named positive class.
 */
class DatasetFairnessTest {

    private static final StructType SCHEMA = new StructType().add("y", DataTypes.IntegerType, true)
            .add("yhat", DataTypes.IntegerType, true).add("g", DataTypes.IntegerType, true);

    private static Dataset<Row> frame(int[] y, int[] p, int[] g, SparkTestSession.Layout layout) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            rows.add(RowFactory.create(y[i], p[i], g[i]));
        }
        rows.add(RowFactory.create(1, null, 0)); // incomplete: skipped
        return SparkTestSession.get().createDataFrame(SparkTestSession.javaRdd(rows, layout), SCHEMA);
    }

    @Test
    void fairnessIsTheLocalOne() {
        RandomGenerator rng = Randomness.seeded(81);
        int n = 200;
        int[] y = new int[n];
        int[] p = new int[n];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = i == 0 ? 4 : (rng.nextBoolean() ? 0 : 1); // group 2 absent, 3 without positives, 4 one row
            if (i == 1 || i == 2) {
                g[i] = 3;
            }
            y[i] = g[i] == 3 ? 0 : rng.nextInt(3);
            p[i] = rng.nextDouble() < 0.6 + 0.2 * g[i] % 2 ? y[i] : rng.nextInt(3);
        }
        for (int positive : new int[] {1, 2}) {
            GroupFairness local = GroupFairness.of(y, p, g, positive);
            for (SparkTestSession.Layout layout : List.of(new SparkTestSession.Layout(1, false),
                    new SparkTestSession.Layout(4, true))) {
                GroupFairness spark = DatasetFairness.of(frame(y, p, g, layout), "y", "yhat", "g", positive);
                assertEquals(local.numGroups(), spark.numGroups());
                for (int k = 0; k < local.numGroups(); k++) {
                    assertEquals(local.size(k), spark.size(k));
                    if (local.size(k) == 0) {
                        continue; // group 2: absent in both
                    }
                    assertEquals(local.confusion(k), spark.confusion(k));
                    assertEquals(local.selectionRate(k), spark.selectionRate(k), 0.0);
                    assertEquals(local.truePositiveRate(k), spark.truePositiveRate(k), 0.0);
                    assertEquals(local.falsePositiveRate(k), spark.falsePositiveRate(k), 0.0);
                }
                assertEquals(local.demographicParityDifference(), spark.demographicParityDifference(), 0.0);
                assertEquals(local.demographicParityRatio(), spark.demographicParityRatio(), 0.0);
                assertEquals(local.equalOpportunityDifference(), spark.equalOpportunityDifference(), 0.0);
                assertEquals(local.equalizedOddsDifference(), spark.equalizedOddsDifference(), 0.0);
                assertEquals(local.toString(), spark.toString());
            }
        }
    }

    @Test
    void outOfRangeValuesAreRejected() {
        SparkTestSession.Layout one = new SparkTestSession.Layout(1, false);
        assertEquals("g must be in [0, 65535], was -1", assertThrows(IllegalArgumentException.class,
                () -> DatasetFairness.of(frame(new int[] {0, 1}, new int[] {1, 1}, new int[] {0, -1}, one),
                        "y", "yhat", "g", 1)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DatasetFairness.of(frame(new int[] {0}, new int[] {1}, new int[] {0}, one), "y", "yhat", "g", -1));
        assertThrows(IllegalArgumentException.class, () -> GroupFairness.ofConfusionMatrices(
                new dev.statlearn.eval.ConfusionMatrix[2], 1));
    }
}
