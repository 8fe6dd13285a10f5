package dev.statlearn.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.stats.descriptive.CovarianceMatrix;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.divergence.Histogram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Every aggregator against the local computation on the same data, over the partitionings of
 * {@link SparkTestSession#layouts} (one partition, several, and several between empty ones), plus a single row and no rows. The reference is the local statlearn call on
 * the collected data ({@code Moments.of}, {@code CovarianceMatrix.of}, ...), whose own tests check
 * it against NumPy/SciPy. Moments merge partial sums in another order than one local pass, so
 * they agree to a relative 1e-12; counts (histogram, confusion matrix) agree exactly.
 */
class StatlearnAggregatorsTest {

    private static final double TOL = 1e-12;
    /**
     * CovarianceMatrix updates row by row about the running mean (no shift), so on the column
     * 1e4 + N(0, 1) the order of the additions moves the variance by about n eps (mean/sd)
     * relative, 1.3e-12 observed; 1e-10 leaves a margin of ~100.
     */
    private static final double COV_TOL = 1e-10;

    private static double[] skewedSample(int n, long seed) {
        RandomGenerator rng = Randomness.seeded(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // far from 0 and skewed: 1e3 + Exp(1) + N(0, 0.1^2)
            x[i] = 1e3 - Math.log(1 - rng.nextDouble()) + 0.1 * rng.nextGaussian();
        }
        return x;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertClose(expected, actual, TOL, what);
    }

    private static void assertClose(double expected, double actual, double tol, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN, was " + actual);
            return;
        }
        assertEquals(expected, actual, tol * Math.max(1, Math.abs(expected)), what);
    }

    static void assertSameMoments(Moments expected, Moments actual, String where) {
        assertEquals(expected.count(), actual.count(), where + " count");
        assertEquals(expected.min(), actual.min(), 0.0, where + " min");
        assertEquals(expected.max(), actual.max(), 0.0, where + " max");
        assertClose(expected.mean(), actual.mean(), where + " mean");
        assertClose(expected.sum(), actual.sum(), where + " sum");
        assertClose(expected.variance(), actual.variance(), where + " variance");
        assertClose(expected.skewness(), actual.skewness(), where + " skewness");
        assertClose(expected.kurtosis(), actual.kurtosis(), where + " kurtosis");
    }

    @Test
    void momentsOfATypedColumnMatchTheLocalMomentsOnEveryPartitioning() {
        for (double[] x : new double[][] {skewedSample(1000, 11), {42.5}, {}}) {
            Moments local = Moments.of(x);
            for (SparkTestSession.Layout slices : x.length > 1 ? SparkTestSession.layouts()
                    : List.of(new SparkTestSession.Layout(1, false), new SparkTestSession.Layout(2, true))) {
                Moments m = SparkTestSession.doubles(x, slices)
                        .select(MomentsAggregator.create().toColumn()).first();
                assertSameMoments(local, m, "n=" + x.length + ", " + slices + ":");
            }
        }
    }

    @Test
    void datasetMomentsOfSeveralColumnsMatchTheLocalMoments() {
        double[] x = skewedSample(700, 16);
        List<Row> rows = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Integer y = i % 7 == 0 ? null : i % 13;
            rows.add(RowFactory.create(x[i], y));
            if (y != null) {
                ys.add((double) y);
            }
        }
        StructType schema = new StructType().add("x", DataTypes.DoubleType).add("y", DataTypes.IntegerType, true);
        Moments localY = Moments.of(ys.stream().mapToDouble(Double::doubleValue).toArray());
        for (SparkTestSession.Layout layout : SparkTestSession.layouts()) {
            Dataset<Row> df = SparkTestSession.get().createDataFrame(SparkTestSession.javaRdd(rows, layout), schema);
            Moments[] m = DatasetMoments.of(df, "x", "y");
            assertSameMoments(Moments.of(x), m[0], layout + ", x:");
            assertSameMoments(localY, m[1], layout + ", y:");
        }
        Dataset<Row> one = SparkTestSession.get().createDataFrame(SparkTestSession.javaRdd(
                List.of(RowFactory.create(2.5, 1)), new SparkTestSession.Layout(3, true)), schema);
        assertSameMoments(Moments.of(2.5), DatasetMoments.of(one, "x"), "one row:");
        assertEquals(0, DatasetMoments.of(one.where("x > 3"), "x").count());
        assertThrows(IllegalArgumentException.class, () -> DatasetMoments.of(one, new String[0]));
    }

    @Test
    void momentsOfAnUntypedColumnSkipNullsAndCastIntegers() {
        StructType schema = new StructType().add("x", DataTypes.IntegerType, true);
        List<Row> rows = List.of(RowFactory.create(3), RowFactory.create((Object) null), RowFactory.create(-4),
                RowFactory.create(10), RowFactory.create(1));
        Dataset<Row> df = SparkTestSession.get().createDataFrame(rows, schema).repartition(3);
        Moments m = df.select(StatlearnFunctions.moments("x")).as(StatlearnEncoders.moments()).first();
        assertSameMoments(Moments.of(3, -4, 10, 1), m, "nulls skipped:");
    }

    @Test
    void momentsPerGroupMatchTheLocalMomentsOfEachGroup() {
        double[] x = skewedSample(600, 12);
        List<Row> rows = new ArrayList<>();
        Map<String, List<Double>> byGroup = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            String g = i == 0 ? "single" : (i % 3 == 0 ? "a" : "b");
            rows.add(RowFactory.create(g, x[i]));
            byGroup.computeIfAbsent(g, key -> new ArrayList<>()).add(x[i]);
        }
        StructType schema = new StructType().add("g", DataTypes.StringType).add("x", DataTypes.DoubleType);
        for (SparkTestSession.Layout slices : SparkTestSession.layouts()) {
            Dataset<Row> df = SparkTestSession.get().createDataFrame(SparkTestSession.javaRdd(rows, slices), schema);
            List<Tuple2<String, Moments>> result = df.groupBy("g").agg(StatlearnFunctions.moments("x"))
                    .as(Encoders.tuple(Encoders.STRING(), StatlearnEncoders.moments())).collectAsList();
            assertEquals(3, result.size());
            for (Tuple2<String, Moments> t : result) {
                double[] local = byGroup.get(t._1()).stream().mapToDouble(Double::doubleValue).toArray();
                assertSameMoments(Moments.of(local), t._2(), "group " + t._1() + ", " + slices + ":");
            }
        }
    }

    @Test
    void momentsFailTheJobOnANonFiniteValueWithTheLocalMessage() {
        Exception e = assertThrows(Exception.class, () -> SparkTestSession.doubles(new double[] {1, Double.NaN}, 1)
                .select(MomentsAggregator.create().toColumn()).first());
        assertEquals("x must be finite, was NaN", rootIllegalArgument(e).getMessage());
    }

    /** The IllegalArgumentException thrown inside a task, which Spark wraps in a SparkException. */
    static Throwable rootIllegalArgument(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof IllegalArgumentException, "cause: " + cause);
        return cause;
    }

    @Test
    void covarianceMatrixMatchesTheLocalOneOnEveryPartitioning() {
        RandomGenerator rng = Randomness.seeded(13);
        int n = 500;
        double[][] x = new double[n][3];
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double z = rng.nextGaussian();
            x[i] = new double[] {z, 2 * z + rng.nextGaussian(), 1e4 + rng.nextGaussian()};
            rows.add(RowFactory.create(x[i][0], x[i][1], x[i][2]));
        }
        rows.add(RowFactory.create(1.0, null, 2.0)); // incomplete: skipped
        StructType schema = new StructType().add("a", DataTypes.DoubleType).add("b", DataTypes.DoubleType)
                .add("c", DataTypes.DoubleType);
        CovarianceMatrix local = CovarianceMatrix.of(x);
        for (SparkTestSession.Layout slices : SparkTestSession.layouts()) {
            Dataset<Row> df = SparkTestSession.get().createDataFrame(SparkTestSession.javaRdd(rows, slices), schema);
            CovarianceMatrix c = df.select(StatlearnFunctions.covarianceMatrix("a", "b", "c"))
                    .as(StatlearnEncoders.covarianceMatrix()).first();
            assertEquals(local.count(), c.count());
            for (int j = 0; j < 3; j++) {
                assertClose(local.mean()[j], c.mean()[j], "mean " + j);
                for (int k = 0; k < 3; k++) {
                    assertClose(local.covariance()[j][k], c.covariance()[j][k], COV_TOL, "cov " + j + k);
                    assertClose(local.correlation()[j][k], c.correlation()[j][k], COV_TOL, "cor " + j + k);
                }
            }
        }
        // a single row and no rows
        Dataset<Row> one = SparkTestSession.get().createDataFrame(List.of(RowFactory.create(1.0, 2.0, 3.0)), schema);
        CovarianceMatrix c1 = one.select(StatlearnFunctions.covarianceMatrix("a", "b", "c"))
                .as(StatlearnEncoders.covarianceMatrix()).first();
        assertArrayEquals(new double[] {1, 2, 3}, c1.mean(), 0.0);
        assertEquals(1, c1.count());
        CovarianceMatrix c0 = one.filter("a > 5").select(StatlearnFunctions.covarianceMatrix("a", "b", "c"))
                .as(StatlearnEncoders.covarianceMatrix()).first();
        assertEquals(0, c0.count());
        assertEquals(3, c0.dimension());
    }

    @Test
    void histogramCountsEqualTheLocalHistogramExactly() {
        double[] x = skewedSample(777, 14);
        x[5] = 990;      // underflow
        x[6] = 1010;     // overflow
        x[7] = 1000.0;   // the first edge
        x[8] = 1008.0;   // the last edge, in the last bin
        for (HistogramAggregator agg : new HistogramAggregator[] {HistogramAggregator.uniform(1000, 1008, 16),
                HistogramAggregator.withEdges(new double[] {1000, 1000.5, 1001, 1003, 1008})}) {
            for (double[] data : new double[][] {x, {1000.25}, {}}) {
                Histogram local = agg.zero().addAll(data);
                // every layout for the sample; a single row and no rows between empty partitions
                for (SparkTestSession.Layout slices : data.length > 1 ? SparkTestSession.layouts()
                        : List.of(new SparkTestSession.Layout(2, true))) {
                    Histogram h = SparkTestSession.doubles(data, slices).select(agg.toColumn()).first();
                    assertArrayEquals(local.edges(), h.edges(), 0.0);
                    assertArrayEquals(local.counts(), h.counts());
                    assertEquals(local.underflow(), h.underflow());
                    assertEquals(local.overflow(), h.overflow());
                }
            }
        }
        // the aggregator builds the same edges as the local factory
        assertArrayEquals(Histogram.uniform(0.1, 0.7, 3).edges(), HistogramAggregator.uniform(0.1, 0.7, 3).zero().edges(), 0.0);
        Histogram untyped = SparkTestSession.doubles(x, 3).toDF("v")
                .select(StatlearnFunctions.histogram(HistogramAggregator.uniform(1000, 1008, 16), "v"))
                .as(StatlearnEncoders.histogram()).first();
        assertArrayEquals(Histogram.uniform(1000, 1008, 16).addAll(x).counts(), untyped.counts());
    }

    @Test
    void confusionMatrixEqualsTheLocalMatrixExactly() {
        RandomGenerator rng = Randomness.seeded(15);
        int n = 400;
        int[] actual = new int[n];
        int[] predicted = new int[n];
        List<Tuple2<Integer, Integer>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            actual[i] = rng.nextInt(3);
            predicted[i] = rng.nextDouble() < 0.7 ? actual[i] : rng.nextInt(3);
            rows.add(new Tuple2<>(actual[i], predicted[i]));
        }
        rows.add(new Tuple2<>(null, 1)); // skipped
        ConfusionMatrix local = ConfusionMatrix.of(actual, predicted, 3);
        for (SparkTestSession.Layout slices : SparkTestSession.layouts()) {
            ConfusionMatrix m = SparkTestSession.rows(rows, slices, ConfusionMatrixAggregator.inputEncoder())
                    .select(ConfusionMatrixAggregator.of(3).toColumn()).first();
            assertEquals(local, m);
            Dataset<Row> df = SparkTestSession.rows(rows, slices, ConfusionMatrixAggregator.inputEncoder())
                    .toDF("label", "prediction");
            ConfusionMatrix u = df.select(StatlearnFunctions.confusionMatrix(3, "label", "prediction"))
                    .as(StatlearnEncoders.confusionMatrix()).first();
            assertEquals(local, u);
        }
        ConfusionMatrix single = SparkTestSession.rows(List.of(new Tuple2<>(1, 0)), 3,
                ConfusionMatrixAggregator.inputEncoder()).select(ConfusionMatrixAggregator.of(2).toColumn()).first();
        assertEquals(ConfusionMatrix.of(new int[] {1}, new int[] {0}, 2), single);
        Dataset<Tuple2<Integer, Integer>> none = SparkTestSession.rows(List.<Tuple2<Integer, Integer>>of(), 2,
                ConfusionMatrixAggregator.inputEncoder());
        assertEquals("rows must not be empty: a confusion matrix needs at least one (label, prediction) pair"
                + " without nulls, there were none",
                rootIllegalArgument(assertThrows(Exception.class,
                        () -> none.select(ConfusionMatrixAggregator.of(2).toColumn()).first())).getMessage());
    }

    @Test
    void confusionMatrixPerGroup() {
        List<Row> rows = new ArrayList<>();
        int[][] a = {{0, 1, 1, 0}, {1, 1}};
        int[][] p = {{0, 1, 0, 0}, {0, 1}};
        for (int g = 0; g < 2; g++) {
            for (int i = 0; i < a[g].length; i++) {
                rows.add(RowFactory.create("g" + g, a[g][i], p[g][i]));
            }
        }
        StructType schema = new StructType().add("g", DataTypes.StringType).add("y", DataTypes.IntegerType)
                .add("yhat", DataTypes.IntegerType);
        List<Tuple2<String, ConfusionMatrix>> result = SparkTestSession.get()
                .createDataFrame(SparkTestSession.context().parallelize(rows, 4), schema)
                .groupBy("g").agg(StatlearnFunctions.confusionMatrix(2, "y", "yhat")).orderBy("g")
                .as(Encoders.tuple(Encoders.STRING(), StatlearnEncoders.confusionMatrix())).collectAsList();
        for (int g = 0; g < 2; g++) {
            assertEquals("g" + g, result.get(g)._1());
            assertEquals(ConfusionMatrix.of(a[g], p[g], 2), result.get(g)._2());
        }
    }

    @Test
    void labelsOutsideTheClassesFailWithAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrixAggregator.of(0));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrixAggregator.of(4097));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrixAggregator.of(2).reduce(new long[4], new Tuple2<>(2, 0)));
        assertEquals("label must be in [0, 2), was 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrixAggregator.of(2).reduce(new long[4], new Tuple2<>(0, -1)));
        assertEquals("prediction must be in [0, 2), was -1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CovarianceMatrixAggregator.of(0));
        assertThrows(IllegalArgumentException.class, () -> HistogramAggregator.uniform(1, 1, 3));
        assertThrows(NullPointerException.class, () -> HistogramAggregator.withEdges(null));
        assertThrows(IllegalArgumentException.class, () -> StatlearnFunctions.covarianceMatrix());
        assertThrows(NullPointerException.class, () -> StatlearnFunctions.moments((String) null));
    }
}
