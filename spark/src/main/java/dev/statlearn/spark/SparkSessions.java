package dev.statlearn.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** Small Spark plumbing shared by the module's classes. Not API. */
final class SparkSessions {

    private SparkSessions() {
    }

    static JavaSparkContext context(SparkSession spark) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }
}
