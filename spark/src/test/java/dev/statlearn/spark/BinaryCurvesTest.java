package dev.statlearn.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.core.Randomness;
import dev.statlearn.eval.curve.PrecisionRecallCurve;
import dev.statlearn.eval.curve.RocCurve;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link BinaryCurves} against the local {@link RocCurve} and {@link PrecisionRecallCurve} on the
 * same data, with many ties (scores rounded to a coarse grid, and -0.0 against 0.0), over input
 * layouts and 1 and 7 sorted partitions (7 partitions over 5 distinct scores leave some
 * empty). The AUC must agree to the bit; the average precision to 4 ulps (the partial
 * compensated sums are regrouped).
 */
class BinaryCurvesTest {

    private static final StructType SCHEMA = new StructType().add("y", DataTypes.IntegerType, true)
            .add("s", DataTypes.DoubleType, true);

    @AfterEach
    void restoreShufflePartitions() {
        SparkTestSession.get().conf().set("spark.sql.shuffle.partitions", "2");
    }

    private static Dataset<Row> frame(int[] y, double[] s, SparkTestSession.Layout layout) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            rows.add(RowFactory.create(y[i], s[i]));
        }
        return SparkTestSession.get().createDataFrame(SparkTestSession.javaRdd(rows, layout), SCHEMA);
    }

    private static void check(int[] y, double[] s, int positiveClass) {
        SparkSession spark = SparkTestSession.get();
        RocCurve roc = RocCurve.of(y, s, positiveClass);
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(y, s, positiveClass);
        for (String shuffle : new String[] {"1", "7"}) {
            spark.conf().set("spark.sql.shuffle.partitions", shuffle);
            for (SparkTestSession.Layout layout : List.of(new SparkTestSession.Layout(1, false),
                    new SparkTestSession.Layout(3, true))) {
                BinaryCurves c = BinaryCurves.of(frame(y, s, layout), "y", "s", positiveClass);
                String where = shuffle + " sorted partitions, input " + layout;
                assertEquals(roc.positives(), c.positives(), where);
                assertEquals(roc.negatives(), c.negatives(), where);
                assertEquals(roc.auc(), c.auc(), 0.0, where + ": AUC to the bit");
                assertEquals(pr.averagePrecision(), c.averagePrecision(), 4 * Math.ulp(pr.averagePrecision()),
                        where + ": AP");
            }
        }
    }

    @Test
    void aucAndAveragePrecisionEqualTheLocalCurvesWithManyTies() {
        RandomGenerator rng = Randomness.seeded(31);
        int n = 300;
        int[] y = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextDouble() < 0.3 ? 1 : 0;
            // 5 distinct scores, shifted up for positives: heavy ties
            s[i] = Math.floor(5 * Math.min(0.999, Math.max(0, 0.3 * y[i] + 0.7 * rng.nextDouble()))) / 5;
        }
        s[0] = -0.0;
        s[1] = 0.0;
        check(y, s, 1);
    }

    @Test
    void distinctScoresAndAnotherPositiveClass() {
        RandomGenerator rng = Randomness.seeded(32);
        int n = 200;
        int[] y = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(3);
            s[i] = y[i] == 2 ? rng.nextGaussian() + 1 : rng.nextGaussian();
        }
        check(y, s, 2);
        check(new int[] {0, 1}, new double[] {0.7, 0.2}, 1); // one positive, one negative: AUC 0
        check(new int[] {1, 0, 1}, new double[] {0.5, 0.5, 0.5}, 1); // all tied: AUC 1/2
    }

    @Test
    void aucAloneAndTheCurvePointsMatchTheLocalCurve() {
        int[] y = {1, 0, 1, 1, 0, 0, 1, 0, 0, 0};
        double[] s = {0.9, 0.8, 0.8, 0.6, 0.55, 0.4, 0.3, 0.3, 0.1, 0.05};
        RocCurve roc = RocCurve.of(y, s);
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(y, s);
        Dataset<Row> df = frame(y, s, new SparkTestSession.Layout(3, true));
        assertEquals(roc.auc(), BinaryCurves.auc(df, "y", "s"), 0.0);
        List<Row> points = BinaryCurves.points(df, "y", "s", 1).collectAsList();
        List<RocCurve.Point> local = roc.points();
        assertEquals(local.size() - 1, points.size());
        double[] precisions = pr.precisions(); // increasing thresholds, plus the final (0, 1) point
        for (int i = 0; i < points.size(); i++) {
            Row r = points.get(i);
            RocCurve.Point p = local.get(i + 1);
            assertEquals(p.threshold(), r.getDouble(0), 0.0);
            assertEquals(roc.truePositives(i + 1), r.getLong(1));
            assertEquals(roc.falsePositives(i + 1), r.getLong(2));
            assertEquals(p.truePositiveRate(), r.getDouble(3), 0.0);
            assertEquals(p.falsePositiveRate(), r.getDouble(4), 0.0);
            assertEquals(precisions[points.size() - 1 - i], r.getDouble(5), 0.0);
        }
    }

    @Test
    void badInputFailsWithAnIllegalArgumentNamingIt() {
        Dataset<Row> oneClass = frame(new int[] {1, 1}, new double[] {0.1, 0.2}, new SparkTestSession.Layout(1, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BinaryCurves.of(oneClass, "y", "s"));
        assertEquals("label must contain both positives (positiveClass = 1) and negatives for ROC AUC to be defined,"
                + " but it has 2 positives and 0 negatives", e.getMessage());
        Dataset<Row> nan = frame(new int[] {1, 0}, new double[] {Double.NaN, 0.2}, new SparkTestSession.Layout(1, false));
        assertEquals("score must be finite, was NaN", StatlearnAggregatorsTest.rootIllegalArgument(
                assertThrows(Exception.class, () -> BinaryCurves.auc(nan, "y", "s"))).getMessage());
        Dataset<Row> negative = frame(new int[] {-1, 0}, new double[] {0.1, 0.2}, new SparkTestSession.Layout(1, false));
        assertEquals("label must be >= 0, was -1", StatlearnAggregatorsTest.rootIllegalArgument(
                assertThrows(Exception.class, () -> BinaryCurves.auc(negative, "y", "s"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> BinaryCurves.of(oneClass, "y", "s", -1));
        assertThrows(NullPointerException.class, () -> BinaryCurves.of(null, "y", "s"));
    }
}
