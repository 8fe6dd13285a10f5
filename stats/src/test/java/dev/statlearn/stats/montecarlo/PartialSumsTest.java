package dev.statlearn.stats.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The chunk API: {@link PartialSums} and {@link MonteCarlo#chunk}, merged = the local parallel run. */
class PartialSumsTest {

    private static final DoubleUnaryOperator F = x -> Math.exp(-x * x) + 1e3;
    private static final ToDoubleFunction<double[]> G = x -> Math.sin(x[0]) * x[1] + 2;

    /** Merges every chunk of the run in chunk order, as a cluster runner would. */
    private static PartialSums mergedChunks(long n, long seed) {
        PartialSums total = PartialSums.empty();
        for (long c = 0; c < MonteCarlo.chunkCount(n); c++) {
            total = total.merge(MonteCarlo.chunk(F, -1, 2, n, seed, c));
        }
        return total;
    }

    @Test
    void mergedChunksGiveTheBitsOfTheLocalParallelRun() {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            int c = MonteCarlo.CHUNK_SIZE;
            for (long n : new long[] {2, 3, 1000, c - 1, c, c + 1, 2L * c, 3L * c + 7}) {
                Estimate local = MonteCarlo.parallel(F, -1, 2, n, 42);
                assertEquals(local, mergedChunks(n, 42).toEstimate(3), "n = " + n);
                assertEquals(local, MonteCarlo.parallel(F, -1, 2, n, 42, two), "n = " + n);
                assertEquals(n, mergedChunks(n, 42).count());
            }
            double[] lower = {0, -1};
            double[] upper = {Math.PI, 1};
            long n = 2L * c + 11;
            PartialSums box = PartialSums.empty();
            for (long k = 0; k < MonteCarlo.chunkCount(n); k++) {
                box = box.merge(MonteCarlo.chunk(G, lower, upper, n, 7, k));
            }
            assertEquals(MonteCarlo.parallel(G, lower, upper, n, 7),
                    box.toEstimate(MonteCarlo.boxVolume(lower, upper)));
            assertEquals(MonteCarlo.parallel(G, lower, upper, n, 7, two),
                    box.toEstimate(MonteCarlo.boxVolume(lower, upper)));
        } finally {
            two.shutdown();
        }
    }

    @Test
    void propertyMergedChunksEqualTheLocalRunForAnyNAndSeed() {
        qt().withExamples(25)
                .forAll(longs().all(), integers().between(2, 3 * MonteCarlo.CHUNK_SIZE + 5))
                .checkAssert((seed, n) -> assertEquals(MonteCarlo.parallel(F, -1, 2, n, seed),
                        mergedChunks(n, seed).toEstimate(3)));
    }

    @Test
    void propertyMergeOfPartsIsTheWhole() {
        // reference: exact sums in BigDecimal (independent of the pairwise update)
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(1, 200), integers().between(1, 8))
                .checkAssert((seed, n, parts) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double offset = 1e6 * rng.nextGaussian();
                    double[] y = new double[n];
                    for (int i = 0; i < n; i++) {
                        y[i] = offset + rng.nextGaussian();
                    }
                    PartialSums merged = PartialSums.empty();
                    int from = 0;
                    for (int p = 0; p < parts; p++) {
                        int to = p == parts - 1 ? n : from + rng.nextInt(n - from + 1);
                        merged = merged.merge(twoPass(y, from, to));
                        from = to;
                    }
                    MathContext mc = MathContext.DECIMAL128;
                    BigDecimal sum = BigDecimal.ZERO;
                    for (double v : y) {
                        sum = sum.add(new BigDecimal(v));
                    }
                    BigDecimal mean = sum.divide(BigDecimal.valueOf(n), mc);
                    BigDecimal m2 = BigDecimal.ZERO;
                    for (double v : y) {
                        BigDecimal d = new BigDecimal(v).subtract(mean);
                        m2 = m2.add(d.multiply(d, mc), mc);
                    }
                    assertEquals((long) n, merged.count());
                    assertEquals(mean.doubleValue(), merged.mean(), 1e-15 * Math.abs(offset) + 1e-12);
                    // the centred squares lose about |offset| / sd digits to the rounding of the means
                    assertEquals(m2.doubleValue(), merged.centredSumOfSquares(), 1e-8 * (m2.doubleValue() + 1));
                });
    }

    private static PartialSums twoPass(double[] y, int from, int to) {
        if (from == to) {
            return PartialSums.empty();
        }
        double s = 0;
        for (int i = from; i < to; i++) {
            s += y[i];
        }
        double mean = s / (to - from);
        double m2 = 0;
        for (int i = from; i < to; i++) {
            m2 += (y[i] - mean) * (y[i] - mean);
        }
        return new PartialSums(to - from, mean, m2);
    }

    @Test
    void emptyIsTheIdentityBitForBit() {
        PartialSums a = new PartialSums(3, 0.1 + 0.2, 1.0 / 3);
        assertSame(a, PartialSums.empty().merge(a));
        assertSame(a, a.merge(PartialSums.empty()));
        assertEquals(PartialSums.empty(), new PartialSums(0, 0, 0));
    }

    @Test
    void smallSampleByHand() {
        // y = 1, 2, 3, 4: mean 5/2, M2 = 9/4 + 1/4 + 1/4 + 9/4 = 5, se of the mean sqrt(5 / (3 * 4))
        PartialSums s = PartialSums.empty();
        for (int y = 1; y <= 4; y++) {
            s = s.merge(new PartialSums(1, y, 0));
        }
        assertEquals(new PartialSums(4, 2.5, 5), s);
        Estimate e = s.toEstimate(2);
        assertEquals(5, e.value(), 0);
        assertEquals(2 * Math.sqrt(5.0 / 12), e.standardError(), 1e-16);
        assertEquals(4, e.samples());
    }

    @Test
    void badArgumentsAreNamed() {
        assertMessage("count must be >= 0, was -1", () -> new PartialSums(-1, 0, 0));
        assertMessage("centredSumOfSquares must be >= 0, was -1.0", () -> new PartialSums(2, 0, -1));
        assertMessage("mean must be 0 when count is 0, was 1.0", () -> new PartialSums(0, 1, 0));
        assertMessage("centredSumOfSquares must be 0 when count is 0, was NaN",
                () -> new PartialSums(0, 0, Double.NaN));
        assertMessage("count must be >= 2 for a standard error, was 1", () -> new PartialSums(1, 1, 0).toEstimate(1));
        assertMessage("scale must be > 0 and finite, was NaN", () -> new PartialSums(2, 1, 0).toEstimate(Double.NaN));
        assertMessage("f must return finite values with finite squares; the sample mean was NaN",
                () -> new PartialSums(2, Double.NaN, Double.NaN).toEstimate(1));
        assertMessage("the merged count must be <= ", () -> new PartialSums(Long.MAX_VALUE, 0, 0)
                .merge(new PartialSums(1, 0, 0)));
        assertThrows(NullPointerException.class, () -> PartialSums.empty().merge(null));
        assertMessage("n must be >= 2, was 1", () -> MonteCarlo.chunkCount(1));
        assertMessage("n must be <= " + MonteCarlo.MAX_PARALLEL_SAMPLES, () -> MonteCarlo.chunkCount(Long.MAX_VALUE));
        assertEquals(1, MonteCarlo.chunkCount(MonteCarlo.CHUNK_SIZE));
        assertEquals(2, MonteCarlo.chunkCount(MonteCarlo.CHUNK_SIZE + 1));
        assertEquals(Integer.MAX_VALUE, MonteCarlo.chunkCount(MonteCarlo.MAX_PARALLEL_SAMPLES));
        assertMessage("chunk must be in [0, 2) for n = 65537, was 2",
                () -> MonteCarlo.chunk(F, 0, 1, MonteCarlo.CHUNK_SIZE + 1, 1, 2));
        assertMessage("chunk must be in [0, 1) for n = 10, was -1", () -> MonteCarlo.chunk(F, 0, 1, 10, 1, -1));
        assertMessage("a must be < b, was a = 1.0, b = 0.0", () -> MonteCarlo.chunk(F, 1, 0, 10, 1, 0));
        assertMessage("lower[0] must be < upper[0]", () -> MonteCarlo.chunk(G, new double[] {1, 0},
                new double[] {1, 1}, 10, 1, 0));
        assertThrows(NullPointerException.class, () -> MonteCarlo.chunk((DoubleUnaryOperator) null, 0, 1, 10, 1, 0));
        assertMessage("b - a must be finite, was Infinity", () -> MonteCarlo.intervalWidth(-1e308, 1e308));
        assertEquals(6, MonteCarlo.boxVolume(new double[] {0, 1}, new double[] {2, 4}));
        assertMessage("f must return finite values with finite squares",
                () -> mergedChunksOf(x -> 1 / x, 4).toEstimate(1));
    }

    private static PartialSums mergedChunksOf(DoubleUnaryOperator f, long n) {
        return MonteCarlo.chunk(f, -1, 1, n, 3, 0).merge(MonteCarlo.chunk(x -> Double.NaN, -1, 1, n, 3, 0));
    }

    private static void assertMessage(String start, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
