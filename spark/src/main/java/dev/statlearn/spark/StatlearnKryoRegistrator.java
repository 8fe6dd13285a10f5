package dev.statlearn.spark;

import com.esotericsoftware.kryo.Kryo;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.stats.descriptive.CovarianceMatrix;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.descriptive.NanPolicy;
import dev.statlearn.stats.divergence.Histogram;
import java.util.Objects;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Registers with Kryo every class that statlearn's aggregators send over the wire, for clusters
 * that run with {@code spark.kryo.registrationRequired=true}:
 * {@code --conf spark.kryo.registrator=dev.statlearn.spark.StatlearnKryoRegistrator}.
 * Without that setting (Spark's default) registration is optional; it only shortens the
 * serialised form (a class id instead of the class name).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class StatlearnKryoRegistrator implements KryoRegistrator {

    /** Spark instantiates the registrator by reflection through this constructor. */
    public StatlearnKryoRegistrator() {
    }

    /**
     * Registers statlearn's accumulators and the arrays inside them.
     *
     * @param kryo the Kryo instance to configure
     * @throws NullPointerException if {@code kryo} is null
     */
    @Override
    public void registerClasses(Kryo kryo) {
        Objects.requireNonNull(kryo, "kryo");
        kryo.register(Moments.class);
        kryo.register(Moments[].class);
        kryo.register(NanPolicy.class);   // Moments' NaN policy field
        kryo.register(CovarianceMatrix.class);
        kryo.register(Histogram.class);
        kryo.register(ConfusionMatrix.class);
        kryo.register(double[].class);
        kryo.register(double[][].class);
        kryo.register(long[].class);
        kryo.register(int[].class);
    }
}
