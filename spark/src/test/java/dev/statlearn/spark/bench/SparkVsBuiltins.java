package dev.statlearn.spark.bench;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.kurtosis;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;
import static org.apache.spark.sql.functions.skewness;
import static org.apache.spark.sql.functions.variance;
import static org.apache.spark.sql.functions.when;

import dev.statlearn.spark.BinaryCurves;
import dev.statlearn.spark.DatasetMoments;
import dev.statlearn.spark.StatlearnEncoders;
import dev.statlearn.spark.StatlearnFunctions;
import dev.statlearn.stats.descriptive.Moments;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * statlearn-spark against Spark's built-ins in {@code local[2]}: the moments of 10⁷ rows
 * ({@link StatlearnFunctions#moments} against {@code functions.variance/skewness/kurtosis} with
 * {@code avg/min/max/count}, i.e. the same summary) and the AUC of 10⁷ scores
 * ({@link BinaryCurves#auc} against {@link BinaryClassificationEvaluator}, exact with
 * {@code numBins = 0} and with its default down-sampling to 1000 bins).
 *
 * <p>A plain timed runnable, not JMH: a JMH fork would have to start a SparkSession per fork and
 * the benchmarks module's shaded jar would have to carry Spark. Each measurement is the best of
 * {@code reps} runs after one warm-up run, on cached data. Run (classpath from
 * {@code ./mvnw -pl spark -am test-compile dependency:build-classpath -Dmdep.includeScope=test}):
 * {@code java <Spark's --add-opens flags> -cp ... dev.statlearn.spark.bench.SparkVsBuiltins [rows] [reps]}.
 */
public final class SparkVsBuiltins {

    private SparkVsBuiltins() {
    }

    public static void main(String[] args) {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("statlearn-spark-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        try {
            Dataset<Row> data = spark.range(0, rows, 1, 2)
                    .withColumn("x", randn(1).multiply(2).plus(10))
                    .withColumn("label", when(rand(2).lt(lit(1.0).divide(exp(col("x").minus(10).multiply(-1)).plus(1))), 1.0)
                            .otherwise(0.0))
                    .withColumn("score", col("x").plus(randn(3)))
                    .select("x", "label", "score").cache();
            System.out.println("rows " + data.count() + ", partitions " + data.rdd().getNumPartitions());

            Moments[] ours = new Moments[1];
            double tOurs = best(reps, () -> ours[0] = data.select(StatlearnFunctions.moments("x"))
                    .as(StatlearnEncoders.moments()).first());
            Row[] theirs = new Row[1];
            double tSpark = best(reps, () -> theirs[0] = data.agg(count("x"), avg("x"), variance("x"), skewness("x"),
                    kurtosis("x"), min("x"), max("x")).first());
            Moments[] fast = new Moments[1];
            double tFast = best(reps, () -> fast[0] = DatasetMoments.of(data, "x"));
            System.out.printf("moments: statlearn udaf %.3f s, statlearn DatasetMoments %.3f s, Spark built-ins %.3f s,"
                    + " ratios (Spark / statlearn) %.2f and %.2f%n", tOurs, tFast, tSpark, tSpark / tOurs, tSpark / tFast);
            System.out.println("  statlearn DatasetMoments " + fast[0]);
            System.out.println("  statlearn " + ours[0]);
            System.out.println("  Spark     " + theirs[0] + " (skewness and kurtosis are the biased g1, g2)");

            double[] auc = new double[3];
            double tAuc = best(reps, () -> auc[0] = BinaryCurves.auc(data, "label", "score"));
            BinaryClassificationEvaluator exact = new BinaryClassificationEvaluator().setLabelCol("label")
                    .setRawPredictionCol("score").setMetricName("areaUnderROC").setNumBins(0);
            double tExact = best(reps, () -> auc[1] = exact.evaluate(data));
            BinaryClassificationEvaluator binned = new BinaryClassificationEvaluator().setLabelCol("label")
                    .setRawPredictionCol("score").setMetricName("areaUnderROC");
            double tBinned = best(reps, () -> auc[2] = binned.evaluate(data));
            System.out.printf("AUC: statlearn %.3f s (%.15f), evaluator numBins=0 %.3f s (%.15f), ratio %.2f;"
                    + " evaluator default 1000 bins %.3f s (%.15f), ratio %.2f%n", tAuc, auc[0], tExact, auc[1],
                    tExact / tAuc, tBinned, auc[2], tBinned / tAuc);
        } finally {
            spark.stop();
        }
    }

    private static double best(int reps, Runnable r) {
        r.run(); // warm-up
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }

}
