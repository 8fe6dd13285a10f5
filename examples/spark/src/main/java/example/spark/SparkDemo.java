package example.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;
import static org.apache.spark.sql.functions.when;

import dev.statlearn.eval.monitor.DriftReport;
import dev.statlearn.spark.BinaryCurves;
import dev.statlearn.spark.DatasetDrift;
import dev.statlearn.spark.DatasetMle;
import dev.statlearn.spark.StatlearnEncoders;
import dev.statlearn.spark.StatlearnFunctions;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.mle.Fit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * statlearn on Spark, end to end, on data generated inside Spark (no download): 10⁷ rows by
 * default, or the count given as the first argument.
 *
 * <p>Each row has a feature {@code x ~ N(0, 1)}, a waiting time {@code wait ~ Gamma(2, 0.5)} (the
 * sum of two exponentials with mean 2), a label drawn with probability {@code sigmoid(2x)}, a
 * classifier score {@code x + N(0, 1)}, and a {@code week}: the second half of the rows (week 2)
 * has {@code x} shifted by 0.1. The program prints the moments of {@code x}, the gamma fit of
 * {@code wait}, the AUC and average precision of the score, and the drift report of week 2
 * against week 1.
 *
 * <p>Locally: {@code spark-submit --master 'local[*]' target/statlearn-spark-example-1.jar}; on
 * a cluster the same jar with the cluster's {@code --master} (see README.md).
 */
public final class SparkDemo {

    private SparkDemo() {
    }

    public static void main(String[] args) {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        SparkSession spark = SparkSession.builder().appName("statlearn-spark-demo").getOrCreate();
        try {
            long t0 = System.nanoTime();
            Dataset<Row> data = spark.range(rows)
                    .withColumn("x", randn(1))
                    .withColumn("wait", log(rand(2)).multiply(-2).plus(log(rand(3)).multiply(-2)))
                    .withColumn("label", when(rand(4).lt(lit1(exp(col("x").multiply(-2)))), 1).otherwise(0))
                    .withColumn("score", col("x").plus(randn(5)))
                    .withColumn("week", when(col("id").lt(rows / 2), 1).otherwise(2))
                    .withColumn("x", when(col("week").equalTo(2), col("x").plus(0.1)).otherwise(col("x")))
                    .cache();
            System.out.println("rows: " + data.count() + " in " + data.rdd().getNumPartitions() + " partitions");

            Moments m = data.select(StatlearnFunctions.moments("x")).as(StatlearnEncoders.moments()).first();
            System.out.println("moments of x: " + m);

            Fit<Gamma> gamma = DatasetMle.gamma(data, "wait");
            System.out.println("gamma fit of wait (true shape 2, rate 0.5): " + gamma);

            BinaryCurves curves = BinaryCurves.of(data, "label", "score");
            System.out.println("score: " + curves);

            DriftReport drift = DatasetDrift.of(data.where("week = 1"), data.where("week = 2"), "x", "score", "wait");
            System.out.println("drift, week 2 against week 1:\n" + drift);
            System.out.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        } finally {
            spark.stop();
        }
    }

    /** \( 1 / (1 + e) \) for a column e: the logistic function of the exponent's negation. */
    private static org.apache.spark.sql.Column lit1(org.apache.spark.sql.Column e) {
        return org.apache.spark.sql.functions.lit(1.0).divide(e.plus(1.0));
    }
}
