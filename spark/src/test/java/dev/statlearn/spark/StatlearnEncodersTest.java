package dev.statlearn.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statlearn.core.Randomness;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.stats.descriptive.CovarianceMatrix;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.divergence.Histogram;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.Encoder;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * The wire format: every buffer and result survives the encoder round trip (through a Spark
 * dataset, i.e. the encoder's serializer and deserializer) in exactly its state: the same bits
 * of every accessor, before and after more values are added to both copies (so buffered values,
 * shift and scale crossed too). And {@link StatlearnKryoRegistrator} registers everything a
 * cluster with {@code spark.kryo.registrationRequired=true} needs.
 */
class StatlearnEncodersTest {

    private static <T> T roundTrip(T value, Encoder<T> encoder) {
        List<T> back = SparkTestSession.get().createDataset(List.of(value), encoder).collectAsList();
        assertEquals(1, back.size());
        return back.get(0);
    }

    private static double[] sample(int n, long seed) {
        RandomGenerator rng = Randomness.seeded(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1e6 + rng.nextGaussian();
        }
        return x;
    }

    private static void assertBitwiseSame(Moments a, Moments b) {
        assertEquals(a.count(), b.count());
        assertEquals(a.toString(), b.toString());
        for (double[] pair : new double[][] {{a.mean(), b.mean()}, {a.variance(), b.variance()},
                {a.skewness(), b.skewness()}, {a.kurtosis(), b.kurtosis()}, {a.min(), b.min()}, {a.max(), b.max()}}) {
            assertEquals(Double.doubleToRawLongBits(pair[0]), Double.doubleToRawLongBits(pair[1]));
        }
    }

    @Test
    void momentsCrossTheWireInExactlyTheirState() {
        // 300 values: one full block of 256 folded in, 44 still buffered; then empty and huge-scale ones
        for (Moments m : new Moments[] {Moments.of(sample(300, 21)), Moments.create(), Moments.of(1e300, -1e300, 3)}) {
            Moments back = roundTrip(m, StatlearnEncoders.moments());
            // not m.copy(): copying folds the buffered values in, which moves the block boundaries
            double[] more = sample(100, 22);
            back.acceptAll(more);
            m.acceptAll(more);
            assertBitwiseSame(m, back);
        }
    }

    @Test
    void covarianceMatrixHistogramAndCountsCrossTheWire() {
        double[] x = sample(50, 23);
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new double[] {x[i], x[i] * x[i] * 1e-6, i};
        }
        CovarianceMatrix c = CovarianceMatrix.of(rows);
        CovarianceMatrix cb = roundTrip(c, StatlearnEncoders.covarianceMatrix());
        assertEquals(c.count(), cb.count());
        assertArrayEquals(c.mean(), cb.mean(), 0.0);
        for (int j = 0; j < 3; j++) {
            assertArrayEquals(c.covariance()[j], cb.covariance()[j], 0.0);
        }
        Histogram h = Histogram.uniform(1e6 - 2, 1e6 + 2, 8).addAll(x);
        Histogram hb = roundTrip(h, StatlearnEncoders.histogram());
        assertArrayEquals(h.counts(), hb.counts());
        assertEquals(h.underflow(), hb.underflow());
        assertEquals(h.overflow(), hb.overflow());
        hb.add(1e6); // still a working uniform histogram with the same edges
        assertEquals(h.total() + 1, hb.total());
        assertArrayEquals(h.edges(), hb.edges(), 0.0);
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 1, 2, 2}, new int[] {0, 2, 2, 1}, 3);
        assertEquals(cm, roundTrip(cm, StatlearnEncoders.confusionMatrix()));
        assertArrayEquals(new long[] {3, 0, 7}, roundTrip(new long[] {3, 0, 7}, StatlearnEncoders.counts()));
    }

    @Test
    void theRegistratorCoversEveryClassWhenRegistrationIsRequired() {
        SparkConf conf = new SparkConf(false)
                .set("spark.kryo.registrationRequired", "true")
                .set("spark.kryo.registrator", StatlearnKryoRegistrator.class.getName());
        SerializerInstance kryo = new KryoSerializer(conf).newInstance();
        Moments m = Moments.of(sample(10, 24));
        Moments mb = kryoRoundTrip(kryo, m, Moments.class);
        assertBitwiseSame(m, mb);
        CovarianceMatrix c = CovarianceMatrix.of(new double[][] {{1, 2}, {3, 5}});
        assertArrayEquals(c.covariance()[0], kryoRoundTrip(kryo, c, CovarianceMatrix.class).covariance()[0], 0.0);
        Histogram h = Histogram.create(new double[] {0, 1, 3}).addAll(new double[] {0.5, 2, 2});
        assertArrayEquals(h.counts(), kryoRoundTrip(kryo, h, Histogram.class).counts());
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 1}, new int[] {1, 1});
        assertEquals(cm, kryoRoundTrip(kryo, cm, ConfusionMatrix.class));
        assertArrayEquals(new long[] {1, 2}, kryoRoundTrip(kryo, new long[] {1, 2}, long[].class));
        Moments[] ms = kryoRoundTrip(kryo, new Moments[] {m, Moments.create()}, Moments[].class);
        assertBitwiseSame(m, ms[0]);
    }

    private static <T> T kryoRoundTrip(SerializerInstance kryo, T value, Class<T> type) {
        ClassTag<T> tag = ClassTag$.MODULE$.apply(type);
        ByteBuffer bytes = kryo.serialize(value, tag);
        return kryo.deserialize(bytes, tag);
    }
}
