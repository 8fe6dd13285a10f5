package dev.statlearn.spark;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.divergence.Histogram;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Property: for any sample size (0 to 40 rows), any number of partitions (1 to 8, so often more
 * partitions than rows) and any seeded data, the Spark aggregators give the local results: the
 * moments to a relative 1e-12, the histogram counts exactly. Few examples (each is a Spark job);
 * the seed comes from QT_SEED as everywhere.
 */
class AggregatorPropertiesTest {

    @Test
    void momentsAndHistogramsDoNotDependOnThePartitioning() {
        qt().withExamples(12)
                .forAll(integers().between(0, 40), integers().between(1, 8), longs().all())
                .checkAssert((n, slices, seed) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double[] x = new double[n];
                    for (int i = 0; i < n; i++) {
                        x[i] = rng.nextGaussian() * Math.exp(3 * rng.nextGaussian());
                    }
                    Moments m = SparkTestSession.doubles(x, slices)
                            .select(MomentsAggregator.create().toColumn()).first();
                    StatlearnAggregatorsTest.assertSameMoments(Moments.of(x), m, "n=" + n + ", " + slices + " slices:");
                    HistogramAggregator agg = HistogramAggregator.uniform(-2, 2, 5);
                    Histogram h = SparkTestSession.doubles(x, slices).select(agg.toColumn()).first();
                    Histogram local = agg.zero().addAll(x);
                    if (!Arrays.equals(local.counts(), h.counts()) || local.underflow() != h.underflow()
                            || local.overflow() != h.overflow()) {
                        throw new AssertionError("histogram differs: " + local + " vs " + h);
                    }
                });
    }
}
