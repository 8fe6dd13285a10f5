/**
 * statlearn on Apache Spark: the library's mergeable statistics and metrics as typed Spark
 * {@link org.apache.spark.sql.expressions.Aggregator Aggregator}s, giving the answers of the local
 * calls over data spread across a cluster.
 *
 * <p>Each aggregator keeps one of statlearn's own accumulators as its buffer: a partition feeds
 * its rows into an empty accumulator ({@code zero}, {@code reduce}), and partial results are
 * merged with the accumulator's own {@code combine}/{@code merge}, which gives the result of one
 * pass over the concatenated data (exactly for counts, up to rounding for moments). The result
 * is the statlearn object itself ({@link dev.statlearn.stats.descriptive.Moments},
 * {@link dev.statlearn.stats.descriptive.CovarianceMatrix},
 * {@link dev.statlearn.stats.divergence.Histogram}, {@link dev.statlearn.eval.ConfusionMatrix}).
 *
 * <p>Use them on typed datasets, {@code ds.select(MomentsAggregator.create().toColumn())}, or as
 * untyped columns through {@link org.apache.spark.sql.functions#udaf functions.udaf}, which
 * {@link dev.statlearn.spark.StatlearnFunctions} wraps, for instance
 * {@code df.groupBy("g").agg(StatlearnFunctions.moments("x"))}.
 *
 * <p><b>Wire format.</b> Buffers and results cross the wire as Kryo-serialised objects through
 * the encoders of {@link dev.statlearn.spark.StatlearnEncoders}; every JVM of a Spark
 * application runs the same jar, so the format never needs to outlive a job. A cluster that sets
 * {@code spark.kryo.registrationRequired=true} adds
 * {@link dev.statlearn.spark.StatlearnKryoRegistrator} to {@code spark.kryo.registrator}.
 *
 * <p>Spark is a {@code provided} dependency: the application brings its cluster's Spark 4
 * (Scala 2.13).
 *
 * <p><b>Threads.</b> {@link dev.statlearn.spark.DatasetMlp}'s batches run large matrix products,
 * which statlearn cuts between the calling task's thread and its own helper threads, hired by one
 * product at a time: on executors that run one task per core the other tasks' products compute
 * on their own threads, as they would without helpers (see the README for the measurement and
 * {@code -Dstatlearn.kernels.*} for the settings).
 *
 * @since 0.1
 */
package dev.statlearn.spark;
