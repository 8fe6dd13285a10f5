package dev.statlearn.spark;

import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.stats.descriptive.CovarianceMatrix;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.divergence.Histogram;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * The Spark encoders of statlearn's accumulators and results: how an aggregation buffer crosses
 * the wire between executors and the driver, and how a result column is read back, e.g.
 * {@code df.select(StatlearnFunctions.moments("x")).as(StatlearnEncoders.moments()).first()}.
 *
 * <p>Each encoder stores the object as one binary column holding its Kryo serialisation
 * ({@link Encoders#kryo(Class)}, Spark's own Kryo, configured by the application's
 * {@code SparkConf}). Kryo copies every field, so the decoded object is in exactly the state of
 * the encoded one (buffered values, scale, shift): the round trip changes no bit of any result.
 * The format is private to one Spark application (all its JVMs run the same jar); it is not
 * meant for storage. With {@code spark.kryo.registrationRequired=true}, register the classes
 * with {@link StatlearnKryoRegistrator}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class StatlearnEncoders {

    private StatlearnEncoders() {
    }

    /**
     * Encoder of {@link Moments}, the buffer and result of {@link MomentsAggregator}.
     *
     * @return a Kryo encoder of {@code Moments}
     */
    public static Encoder<Moments> moments() {
        return Encoders.kryo(Moments.class);
    }

    /**
     * Encoder of {@link CovarianceMatrix}, the buffer and result of
     * {@link CovarianceMatrixAggregator}.
     *
     * @return a Kryo encoder of {@code CovarianceMatrix}
     */
    public static Encoder<CovarianceMatrix> covarianceMatrix() {
        return Encoders.kryo(CovarianceMatrix.class);
    }

    /**
     * Encoder of {@link Histogram}, the buffer and result of {@link HistogramAggregator}.
     *
     * @return a Kryo encoder of {@code Histogram}
     */
    public static Encoder<Histogram> histogram() {
        return Encoders.kryo(Histogram.class);
    }

    /**
     * Encoder of {@link ConfusionMatrix}, the result of {@link ConfusionMatrixAggregator}.
     *
     * @return a Kryo encoder of {@code ConfusionMatrix}
     */
    public static Encoder<ConfusionMatrix> confusionMatrix() {
        return Encoders.kryo(ConfusionMatrix.class);
    }

    /**
     * Encoder of the row-major count array that is the buffer of
     * {@link ConfusionMatrixAggregator}.
     *
     * @return a Kryo encoder of {@code long[]}
     */
    public static Encoder<long[]> counts() {
        return Encoders.kryo(long[].class);
    }
}
