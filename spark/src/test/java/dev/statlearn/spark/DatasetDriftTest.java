package dev.statlearn.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.core.Randomness;
import dev.statlearn.eval.monitor.DriftReport;
import dev.statlearn.eval.monitor.FeatureDrift;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link DatasetDrift} against the local {@link DriftReport} on the collected columns: the same
 * bin-based measures, KS statistic and p-value (exact below 10,000 values), W1 to 1e-12 relative,
 * the same verdicts; with missing values (null and NaN), ties, and 1 and 7 sorted partitions.
 */
class DatasetDriftTest {

    private static final StructType SCHEMA = new StructType().add("a", DataTypes.DoubleType, true)
            .add("b", DataTypes.DoubleType, true);

    @AfterEach
    void restoreShufflePartitions() {
        SparkTestSession.get().conf().set("spark.sql.shuffle.partitions", "2");
    }

    private static Dataset<Row> frame(double[] a, double[] b, int slices) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            rows.add(RowFactory.create(Double.isNaN(a[i]) && i % 2 == 0 ? null : a[i], b[i]));
        }
        return SparkTestSession.get().createDataFrame(SparkTestSession.javaRdd(rows,
                new SparkTestSession.Layout(slices, false)), SCHEMA);
    }

    private static void assertSameFeature(FeatureDrift local, FeatureDrift spark, String where) {
        assertEquals(local.feature(), spark.feature(), where);
        assertEquals(local.referenceSize(), spark.referenceSize(), where);
        assertEquals(local.currentSize(), spark.currentSize(), where);
        assertEquals(local.psi(), spark.psi(), 0.0, where + " PSI");
        assertEquals(local.kl(), spark.kl(), 0.0, where + " KL");
        assertEquals(local.jensenShannon(), spark.jensenShannon(), 0.0, where + " JS");
        assertEquals(local.totalVariation(), spark.totalVariation(), 0.0, where + " TV");
        assertEquals(local.wasserstein1(), spark.wasserstein1(), 1e-12 * local.wasserstein1(), where + " W1");
        assertEquals(local.ksStatistic(), spark.ksStatistic(), 0.0, where + " KS");
        assertEquals(local.ksPValue(), spark.ksPValue(), 0.0, where + " KS p");
        assertEquals(local.verdict(), spark.verdict(), where);
    }

    @Test
    void theReportIsTheLocalOne() {
        RandomGenerator rng = Randomness.seeded(71);
        int n = 300;
        double[] ra = new double[n];
        double[] rb = new double[n];
        double[] ca = new double[n - 40];
        double[] cb = new double[n - 40];
        for (int i = 0; i < n; i++) {
            ra[i] = rng.nextGaussian();
            rb[i] = Math.floor(4 * rng.nextDouble()); // heavy ties
        }
        for (int i = 0; i < ca.length; i++) {
            ca[i] = 0.3 + 1.2 * rng.nextGaussian();
            cb[i] = Math.floor(4 * rng.nextDouble() * rng.nextDouble());
        }
        ra[3] = Double.NaN;
        ra[4] = Double.NaN;
        cb[7] = Double.NaN;
        DriftReport.Settings settings = DriftReport.Settings.defaults().withBins(7);
        FeatureDrift la = DriftReport.feature("a", ra, ca, settings);
        FeatureDrift lb = DriftReport.feature("b", rb, cb, settings);
        for (String shuffle : new String[] {"1", "7"}) {
            SparkTestSession.get().conf().set("spark.sql.shuffle.partitions", shuffle);
            DriftReport r = DatasetDrift.of(frame(ra, rb, 3), frame(ca, cb, 2), settings, "a", "b");
            assertEquals(2, r.features().size());
            assertSameFeature(la, r.feature("a"), shuffle + " partitions, a");
            assertSameFeature(lb, r.feature("b"), shuffle + " partitions, b");
        }
    }

    @Test
    void largeSamplesTakeTheAsymptoticPValueAsLocally() {
        RandomGenerator rng = Randomness.seeded(72);
        double[] r = new double[12_000];
        double[] c = new double[11_001];
        for (int i = 0; i < r.length; i++) {
            r[i] = rng.nextGaussian();
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = 0.05 + rng.nextGaussian();
        }
        FeatureDrift local = DriftReport.feature("a", r, c, DriftReport.Settings.defaults());
        DriftReport spark = DatasetDrift.of(frame(r, r, 2), frame(c, c, 3), "a");
        assertSameFeature(local, spark.feature("a"), "n = 12000 / 11001");
    }

    @Test
    void infiniteOrMissingSamplesAreRejected() {
        Dataset<Row> ok = frame(new double[] {1, 2}, new double[] {1, 2}, 1);
        assertEquals("current values of a must be finite, had Infinity", assertThrows(IllegalArgumentException.class,
                () -> DatasetDrift.of(ok, frame(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 2}, 1), "a"))
                .getMessage());
        assertEquals("reference sample of a has no non-missing value", assertThrows(IllegalArgumentException.class,
                () -> DatasetDrift.of(frame(new double[] {Double.NaN, Double.NaN}, new double[] {1, 2}, 1), ok, "a"))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatasetDrift.of(ok, ok));
    }
}
