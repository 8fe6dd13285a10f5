package dev.statlearn.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the test JVM ({@code local[2]}, no UI, 2 shuffle partitions), started on
 * first use and stopped by Spark's own shutdown hook, plus helpers that lay data out over a chosen
 * number of partitions.
 */
final class SparkTestSession {

    private static SparkSession spark;

    private SparkTestSession() {
    }

    static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("statlearn-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.adaptive.enabled", "false")
                    // tiny data: interpreted plans start faster than Janino-compiled ones
                    .config("spark.sql.codegen.wholeStage", "false")
                    .getOrCreate();
        }
        return spark;
    }

    static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(get().sparkContext());
    }

    /**
     * How rows are laid out over partitions: {@code slices} contiguous slices of the data (as
     * {@code parallelize} cuts them), optionally with empty partitions before (2) and after (1).
     */
    record Layout(int slices, boolean emptyAround) {
        @Override
        public String toString() {
            return slices + " partitions" + (emptyAround ? " + 3 empty" : "");
        }
    }

    /** The layouts every aggregator is checked on: 1, 2 and 5 partitions, and 5 between empty ones. */
    static List<Layout> layouts() {
        return List.of(new Layout(1, false), new Layout(2, false), new Layout(5, false), new Layout(5, true));
    }

    /** Rows laid out as {@code layout} says. */
    static <T> JavaRDD<T> javaRdd(List<T> rows, Layout layout) {
        JavaRDD<T> rdd = context().parallelize(rows, layout.slices());
        if (layout.emptyAround()) {
            rdd = context().parallelize(List.<T>of(), 2).union(rdd).union(context().parallelize(List.<T>of(), 1));
        }
        return rdd;
    }

    /** {@code x} as a dataset laid out as {@code layout} says. */
    static Dataset<Double> doubles(double[] x, Layout layout) {
        List<Double> list = new ArrayList<>(x.length);
        for (double v : x) {
            list.add(v);
        }
        return rows(list, layout, Encoders.DOUBLE());
    }

    /** {@code x} as a dataset of {@code slices} partitions. */
    static Dataset<Double> doubles(double[] x, int slices) {
        return doubles(x, new Layout(slices, false));
    }

    /** Rows as a dataset laid out as {@code layout} says. */
    static <T> Dataset<T> rows(List<T> rows, Layout layout, Encoder<T> encoder) {
        return get().createDataset(javaRdd(rows, layout).rdd(), encoder);
    }

    /** Rows as a dataset of {@code slices} partitions. */
    static <T> Dataset<T> rows(List<T> rows, int slices, Encoder<T> encoder) {
        return rows(rows, new Layout(slices, false), encoder);
    }
}
