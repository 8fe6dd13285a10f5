package dev.statlearn.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.eval.monitor.DriftReport;
import dev.statlearn.eval.monitor.GroupFairness;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.mle.Fit;
import dev.statlearn.stats.montecarlo.Estimate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The README's Spark block (section "On Apache Spark") cannot run in JShell, which has no Spark; it
 * runs here, line for line, on a small generated {@code df} and the other names it uses, and the test
 * checks that every line of the README block appears in this file, so the two cannot drift apart.
 * (plot's ReadmeSnippetsTest skips the block: it is marked with an HTML comment naming this test.)
 */
class ReadmeSnippetTest {

    private static final Path SOURCE = Path.of("src/test/java/dev/statlearn/spark/ReadmeSnippetTest.java");

    @Test
    void theReadmeSparkBlockRunsAsWritten() {
        SparkSession spark = SparkTestSession.get();
        Dataset<Row> df = spark.range(2000).select(
                        expr("randn(1)").as("x"), expr("randn(2)").as("y"),
                        expr("cast(id % 3 as string)").as("g"), expr("cast(id % 2 as int)").as("label"),
                        expr("cast(id % 4 as int) % 2").as("group"), expr("id").as("id"))
                .withColumn("score", expr("rand(3) + 0.4 * label"))
                .withColumn("wait", expr("0.01 - 2 * ln(rand(4))"))
                .withColumn("decision", expr("cast(score > 0.7 as int)"))
                .withColumn("features", array(col("x"), col("y")));
        Dataset<Row> lastMonth = df.select("x", "score");
        Dataset<Row> thisMonth = df.select(expr("x + 0.5").as("x"), col("score"));
        Mlp mlp = Mlp.builder(2).output(2, Output.SOFTMAX).seed(7).build();

        // ---- the README block, line for line ----
        Moments m = df.select(StatlearnFunctions.moments("x")).as(StatlearnEncoders.moments()).first();
        Moments[] fast = DatasetMoments.of(df, "x", "y");                   // one pass, faster than Spark's built-ins
        Dataset<Tuple2<String, Moments>> byGroup = df.groupBy("g").agg(StatlearnFunctions.moments("x"))
                .as(Encoders.tuple(Encoders.STRING(), StatlearnEncoders.moments()));
        BinaryCurves roc = BinaryCurves.of(df, "label", "score");            // exact AUC, average precision
        Fit<Gamma> fit = DatasetMle.gamma(df, "wait");                       // Mle's estimates and standard errors
        DriftReport drift = DatasetDrift.of(lastMonth, thisMonth, "x", "score");
        GroupFairness fair = DatasetFairness.of(df, "label", "decision", "group", 1);
        Dataset<Row> scored = DatasetMlp.predict(mlp, df, "features");       // probability and prediction columns
        Estimate pi = ClusterMonteCarlo.integrate(spark, x -> 4 / (1 + x * x), 0, 1, 1L << 22, 42);
        // ---- end of the README block ----

        assertEquals(2000, m.count());
        assertEquals(2, fast.length);
        assertEquals(3, byGroup.collectAsList().size());
        assertTrue(roc.auc() > 0.5, String.valueOf(roc.auc()));
        assertTrue(fit.distribution().mean() > 0);
        assertEquals(2, drift.features().size());
        assertEquals(2000, scored.count());
        assertEquals(Math.PI, pi.value(), 6 * pi.standardError());   // false failure < 2e-9
        assertTrue(fair.toString().length() > 0);
    }

    @Test
    void everyLineOfTheReadmeBlockIsRunHere() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("### On Apache Spark");
        assertTrue(section >= 0, "README has no Spark section");
        int open = readme.indexOf("```java\n", section);
        int close = readme.indexOf("\n```", open + 8);
        List<String> lines = readme.substring(open + 8, close).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        assertTrue(lines.size() >= 5, "the block: " + lines);
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        for (String line : lines) {
            assertTrue(source.contains(line), "README line not run by this test: " + line);
        }
    }
}
