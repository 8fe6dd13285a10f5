package dev.statlearn.stats.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Interval;
import dev.statlearn.core.Randomness;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    private static final DoubleUnaryOperator GAUSS = x -> Math.exp(-x * x);
    /** Closed form: sqrt(pi) * erf(1) (Commons Math erf, also scipy.special.erf(1) * sqrt(pi) = 1.4936482656248541). */
    private static final double GAUSS_INTEGRAL = Math.sqrt(Math.PI) * Erf.erf(1);

    @Test
    void gaussIntegralClosedForm() {
        assertEquals(1.4936482656248541, GAUSS_INTEGRAL, 4 * Math.ulp(1.5));
    }

    @Test
    void courseNotesExperiment() {
        // The course notes: exp(-x^2) on [-1, 1], 10,000 samples x 100 replications -> mean 1.4937, sd 0.0041.
        // The true sd of one estimate is 2 * sd(exp(-U^2)) / 100 = 0.00402 (sd(exp(-U^2)) = 0.20098 from
        // E[e^{-2U^2}] = sqrt(pi/2) erf(sqrt 2) / 2); over 100 replications the sample sd has sd ~0.0003,
        // and the mean has sd 0.0004, so the bounds below are 7 and 3 sigma wide (a false failure for a
        // new seed has probability < 0.3%).
        Replication r = MonteCarlo.replicate(GAUSS, -1, 1, 10_000, 100, Randomness.seeded(2024));
        assertEquals(GAUSS_INTEGRAL, r.mean(), 0.003);
        assertEquals(0.00402, r.standardDeviation(), 0.001);
        assertEquals(100, r.replications());
        assertEquals(10_000, r.sampleSize());
        // The standard error of one run predicts the spread of the replications.
        Estimate one = MonteCarlo.integrate(GAUSS, -1, 1, 10_000, Randomness.seeded(7));
        assertEquals(0.00402, one.standardError(), 0.0002);
    }

    @Test
    void plainErrorShrinksAsOneOverRootN() {
        double se100 = MonteCarlo.integrate(GAUSS, -1, 1, 100, Randomness.seeded(1)).standardError();
        double se10k = MonteCarlo.integrate(GAUSS, -1, 1, 10_000, Randomness.seeded(1)).standardError();
        // ratio 10 expected; sd of a sample sd from 100 points is ~8%, so [7, 13] is > 3 sigma wide
        assertTrue(se100 / se10k > 7 && se100 / se10k < 13, "ratio " + se100 / se10k);
    }

    @Test
    void quasiErrorFallsCloseToOneOverN() {
        Estimate small = MonteCarlo.quasi(GAUSS, -1, 1, 1 << 8, 30, Randomness.seeded(3));
        Estimate large = MonteCarlo.quasi(GAUSS, -1, 1, 1 << 14, 30, Randomness.seeded(3));
        double ratio = small.standardError() / large.standardError();
        // 64x more points: 1/n predicts 64, 1/sqrt(n) predicts 8
        assertTrue(ratio > 30, "ratio " + ratio);
        assertEquals(30L << 14, large.samples());
        // and far below plain Monte Carlo with the same number of evaluations
        Estimate plain = MonteCarlo.integrate(GAUSS, -1, 1, 30 << 14, Randomness.seeded(3));
        assertTrue(large.standardError() < plain.standardError() / 20);

        Estimate q3 = MonteCarlo.quasi(x -> x[0] * x[1] * x[2], new double[3], new double[] {1, 1, 1}, 1 << 12, 20,
                Randomness.seeded(5));
        Estimate p3 = MonteCarlo.integrate(x -> x[0] * x[1] * x[2], new double[3], new double[] {1, 1, 1},
                20 << 12, Randomness.seeded(5));
        assertTrue(q3.standardError() < p3.standardError() / 5, q3 + " vs " + p3);
    }

    @Test
    void varianceReductionBeatsPlainOnMonotoneIntegrand() {
        int n = 10_000;
        double plain = MonteCarlo.integrate(Math::exp, 0, 1, n, Randomness.seeded(11)).standardError();
        double anti = MonteCarlo.antithetic(Math::exp, 0, 1, n, Randomness.seeded(11)).standardError();
        double control = MonteCarlo.controlVariate(Math::exp, x -> 1 + x, 1.5, 0, 1, n, Randomness.seeded(11))
                .standardError();
        double strat = MonteCarlo.stratified(Math::exp, 0, 1, 100, n, Randomness.seeded(11)).standardError();
        // theory: plain 0.0049, antithetic 0.0009, control (1+x) 0.00063, stratified (100 strata) 0.00005
        assertTrue(anti < plain / 3, anti + " vs " + plain);
        assertTrue(control < plain / 5, control + " vs " + plain);
        assertTrue(strat < plain / 50, strat + " vs " + plain);
    }

    @Test
    void sameSeedSameResultWhateverTheParallelism() throws Exception {
        long n = 7L * MonteCarlo.CHUNK_SIZE + 1234;
        Estimate common = MonteCarlo.parallel(GAUSS, -1, 1, n, 42);
        Estimate direct = MonteCarlo.parallel(GAUSS, -1, 1, n, 42, Runnable::run);
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool eight = new ForkJoinPool(8);
        ExecutorService fixed = Executors.newFixedThreadPool(3);
        try {
            Estimate p1 = MonteCarlo.parallel(GAUSS, -1, 1, n, 42, one);
            Estimate p8 = MonteCarlo.parallel(GAUSS, -1, 1, n, 42, eight);
            Estimate p3 = MonteCarlo.parallel(GAUSS, -1, 1, n, 42, fixed);
            for (Estimate e : List.of(direct, p1, p8, p3)) {
                assertEquals(Double.doubleToRawLongBits(common.value()), Double.doubleToRawLongBits(e.value()));
                assertEquals(Double.doubleToRawLongBits(common.standardError()),
                        Double.doubleToRawLongBits(e.standardError()));
                assertEquals(n, e.samples());
            }
            Estimate other = MonteCarlo.parallel(GAUSS, -1, 1, n, 43, one);
            assertTrue(other.value() != common.value());
        } finally {
            one.shutdown();
            eight.shutdown();
            fixed.shutdown();
        }
    }

    @Test
    void severalDimensionsInParallelAreReproducibleAndCorrect() {
        long n = 3L * MonteCarlo.CHUNK_SIZE + 17;
        java.util.function.ToDoubleFunction<double[]> f = x -> x[0] * x[1] * x[2];
        double[] lo = new double[3];
        double[] hi = {1, 1, 1};
        ForkJoinPool eight = new ForkJoinPool(8);
        try {
            Estimate a = MonteCarlo.parallel(f, lo, hi, n, 9, Runnable::run);
            Estimate b = MonteCarlo.parallel(f, lo, hi, n, 9, eight);
            Estimate c = MonteCarlo.parallel(f, lo, hi, n, 9);
            assertEquals(a, b);
            assertEquals(a, c);
        } finally {
            eight.shutdown();
        }
        assertMessage("n must be >= 2, was 0", () -> MonteCarlo.parallel(f, lo, hi, 0, 1));
    }

    /**
     * Bits recorded before the chunks were produced lazily (all submitted up front then): the
     * bounded window must not change any result, also past the first window of chunks.
     */
    @Test
    void parallelKeepsItsBitsAcrossTheChunkWindow() {
        DoubleUnaryOperator f = x -> Math.sin(3 * x) + x * x;
        long[][] golden = {
            {2, 4614038561814628800L, 4588043630285271240L},
            {1234, 4612670641962845584L, 4591058970326502290L},
            {7L * MonteCarlo.CHUNK_SIZE + 1234, 4612463144129482795L, 4571827843122099448L},
            {300L * MonteCarlo.CHUNK_SIZE + 5, 4612473254739893128L, 4559467685541107524L},
        };
        for (long[] g : golden) {
            Estimate e = MonteCarlo.parallel(f, -1, 2, g[0], 42);
            assertEquals(g[1], Double.doubleToRawLongBits(e.value()), "value, n = " + g[0]);
            assertEquals(g[2], Double.doubleToRawLongBits(e.standardError()), "standard error, n = " + g[0]);
            assertEquals(g[0], e.samples());
        }
        Estimate box = MonteCarlo.parallel(x -> x[0] * x[1] + x[2], new double[3], new double[] {1, 2, 3},
                300L * MonteCarlo.CHUNK_SIZE + 5, 7, Runnable::run);
        assertEquals(4622945764784817548L, Double.doubleToRawLongBits(box.value()));
        assertEquals(4563708117592927209L, Double.doubleToRawLongBits(box.standardError()));
    }

    @Test
    void parallelChecksItsSampleLimitUpFront() {
        assertEquals(140_737_488_289_792L, MonteCarlo.MAX_PARALLEL_SAMPLES);
        assertMessage("n must be <= 140737488289792 (2^31 - 1 chunks of 65536), was 9223372036854775807",
                () -> MonteCarlo.parallel(x -> x, 0, 1, Long.MAX_VALUE, 7));
        assertMessage("was 140737488289793",
                () -> MonteCarlo.parallel(x -> x, 0, 1, MonteCarlo.MAX_PARALLEL_SAMPLES + 1, 7));
        assertMessage("was " + Long.MAX_VALUE,
                () -> MonteCarlo.parallel(x -> x[0], new double[1], new double[] {1}, Long.MAX_VALUE, 7));
    }

    /**
     * A huge legal n starts working at once with bounded memory (all chunks used to be allocated
     * up front: out of memory before any work), and never has more than a bounded number of chunks
     * queued; the integrand stops the run.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void hugeSampleCountsUseBoundedMemory() {
        java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger maxPending = new java.util.concurrent.atomic.AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(2);
        java.util.concurrent.Executor counting = task -> {
            maxPending.accumulateAndGet(pending.incrementAndGet(), Math::max);
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    pending.decrementAndGet();
                }
            });
        };
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> MonteCarlo.parallel(x -> {
                        if (calls.incrementAndGet() > 2_000L * MonteCarlo.CHUNK_SIZE) {
                            throw new IllegalStateException("enough");
                        }
                        return x;
                    }, 0, 1, 1L << 46, 7, counting));
            assertEquals("enough", e.getMessage());
            // 256 in flight, plus at most one finished task per worker thread whose wrapper has not
            // yet counted it down when the next chunk is submitted
            assertTrue(maxPending.get() <= 256 + 2, "chunks queued at once: " + maxPending.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The default overload uses every core: the calling thread computes chunks beside the common
     * pool's workers (on 2 cores the pool has one worker, which alone used to do all the work while
     * the caller waited), with the same bits as one thread; an exception in the integrand stops the
     * run and reaches the caller, also for a huge n.
     */
    @Test
    void defaultParallelSharesTheChunksWithTheCaller() {
        Thread caller = Thread.currentThread();
        java.util.Set<Thread> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        long n = 64L * MonteCarlo.CHUNK_SIZE + 3;
        Estimate shared = MonteCarlo.parallel(x -> {
            threads.add(Thread.currentThread());
            return Math.sin(3 * x) + x * x;
        }, -1, 2, n, 42);
        Estimate one = MonteCarlo.parallel(x -> Math.sin(3 * x) + x * x, -1, 2, n, 42, Runnable::run);
        assertEquals(one, shared);
        assertTrue(threads.contains(caller), "the caller computed no chunk: " + threads);
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertTrue(threads.size() >= 2, "only one thread computed chunks: " + threads);
        }
        java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MonteCarlo.parallel(x -> {
                    if (calls.incrementAndGet() > 600L * MonteCarlo.CHUNK_SIZE) {
                        throw new IllegalStateException("enough");
                    }
                    return x;
                }, 0, 1, 1L << 46, 7));
        assertEquals("enough", e.getMessage());
        Estimate box = MonteCarlo.parallel(x -> x[0] * x[1] + x[2], new double[3], new double[] {1, 2, 3},
                300L * MonteCarlo.CHUNK_SIZE + 5, 7);
        assertEquals(4622945764784817548L, Double.doubleToRawLongBits(box.value()));
        assertEquals(4563708117592927209L, Double.doubleToRawLongBits(box.standardError()));
    }

    @Test
    void parallelIsReproducibleForAnySeedAndSize() {
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            qt().withExamples(100)
                    .forAll(longs().all(), integers().between(2, 3 * MonteCarlo.CHUNK_SIZE))
                    .checkAssert((seed, n) -> {
                        Estimate a = MonteCarlo.parallel(Math::sin, 0, 3, n, seed, Runnable::run);
                        Estimate b = MonteCarlo.parallel(Math::sin, 0, 3, n, seed, four);
                        assertEquals(a, b);
                    });
        } finally {
            four.shutdown();
        }
    }

    @Test
    void sameGeneratorStateSameResult() {
        qt().withExamples(100).forAll(longs().all(), integers().between(2, 500)).checkAssert((seed, n) -> {
            assertEquals(MonteCarlo.integrate(GAUSS, -1, 2, n, Randomness.seeded(seed)),
                    MonteCarlo.integrate(GAUSS, -1, 2, n, Randomness.seeded(seed)));
            assertEquals(MonteCarlo.quasi(GAUSS, -1, 2, n, 2, Randomness.seeded(seed)),
                    MonteCarlo.quasi(GAUSS, -1, 2, n, 2, Randomness.seeded(seed)));
        });
    }

    @Test
    void constantIntegrandIsExactWithZeroError() {
        qt().withExamples(100).forAll(integers().between(-100, 100), integers().between(1, 100), longs().all())
                .checkAssert((lo, width, seed) -> {
                    Estimate e = MonteCarlo.integrate(x -> 2.5, lo, lo + width, 10, Randomness.seeded(seed));
                    assertEquals(2.5 * width, e.value(), 1e-12 * width);
                    assertEquals(0, e.standardError());
                });
    }

    @Test
    void traceReportsPowersOfTen() {
        List<Estimate> t = MonteCarlo.trace(GAUSS, -1, 1, 100_000, Randomness.seeded(9));
        assertEquals(4, t.size());
        long[] expected = {100, 1000, 10_000, 100_000};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], t.get(i).samples());
        }
        assertTrue(t.get(3).standardError() < t.get(0).standardError() / 10);
        List<Estimate> t2 = MonteCarlo.trace(GAUSS, -1, 1, 2500, Randomness.seeded(9));
        assertEquals(3, t2.size());
        assertEquals(2500, t2.get(2).samples());
        // the last entry equals the plain estimate with the same generator
        assertEquals(MonteCarlo.integrate(GAUSS, -1, 1, 2500, Randomness.seeded(9)), t2.get(2));
    }

    @Test
    void confidenceIntervalUsesNormalQuantile() {
        Estimate e = new Estimate(1, 0.5, 100);
        Interval ci = e.confidenceInterval(0.95);
        // scipy.stats.norm.ppf(0.975) = 1.959963984540054
        assertEquals(1 - 0.5 * 1.959963984540054, ci.lower(), 1e-14);
        assertEquals(1 + 0.5 * 1.959963984540054, ci.upper(), 1e-14);
        assertEquals(2.5758293035489004, e.confidenceInterval(0.99).width() / 2 / 0.5, 1e-13);
        assertTrue(e.toString().contains("n = 100"), e.toString());
        assertThrows(IllegalArgumentException.class, () -> e.confidenceInterval(1));
        assertThrows(IllegalArgumentException.class, () -> e.confidenceInterval(Double.NaN));
    }

    @Test
    void sobolPointsMatchCommonsMath() {
        int d = 7;
        Sobol mine = new Sobol(d);
        mine.reset(null);
        SobolSequenceGenerator theirs = new SobolSequenceGenerator(d);
        double[] x = new double[d];
        for (int i = 0; i < 4096; i++) {
            mine.next(x);
            double[] y = theirs.nextVector();
            for (int j = 0; j < d; j++) {
                assertEquals(y[j], x[j], 0.0, "point " + i + " coordinate " + j);
            }
        }
        Sobol one = new Sobol(1);
        one.reset(null);
        SobolSequenceGenerator g1 = new SobolSequenceGenerator(1);
        for (int i = 0; i < 1000; i++) {
            assertEquals(g1.nextVector()[0], one.next1(), 0.0);
        }
    }

    @Test
    void oneDimensionalQuasiUsesTheSobolPoints() {
        // the inlined 1-D loop must equal Sobol(1) with the same digital shift
        RandomGenerator shifts = Randomness.seeded(77);
        Sobol sobol = new Sobol(1);
        double[] expected = new double[3];
        for (int r = 0; r < 3; r++) {
            sobol.reset(shifts);
            double s = 0;
            for (int i = 0; i < 1000; i++) {
                s += Math.sin(2 + 3 * sobol.next1());
            }
            expected[r] = 3 * (s / 1000);
        }
        double mean = (expected[0] + expected[1] + expected[2]) / 3;
        assertEquals(mean, MonteCarlo.quasi(Math::sin, 2, 5, 1000, 3, Randomness.seeded(77)).value(), 1e-15);
    }

    @Test
    void badInputIsRejectedWithClearMessages() {
        RandomGenerator rng = Randomness.seeded(1);
        assertMessage("a must be < b, was a = 2.0, b = 1.0", () -> MonteCarlo.integrate(GAUSS, 2, 1, 10, rng));
        assertMessage("a must be < b", () -> MonteCarlo.integrate(GAUSS, 1, 1, 10, rng));
        assertMessage("b must be finite, was Infinity", () -> MonteCarlo.integrate(GAUSS, 0,
                Double.POSITIVE_INFINITY, 10, rng));
        assertMessage("a must be finite, was NaN", () -> MonteCarlo.antithetic(GAUSS, Double.NaN, 1, 10, rng));
        assertMessage("b - a must be finite", () -> MonteCarlo.integrate(GAUSS, -Double.MAX_VALUE,
                Double.MAX_VALUE, 10, rng));
        assertMessage("n must be >= 2, was 1", () -> MonteCarlo.integrate(GAUSS, 0, 1, 1, rng));
        assertMessage("n must be >= 2, was 1", () -> MonteCarlo.parallel(GAUSS, 0, 1, 1, 1));
        assertMessage("n must be >= 4, was 3", () -> MonteCarlo.antithetic(GAUSS, 0, 1, 3, rng));
        assertMessage("n must be >= 3", () -> MonteCarlo.controlVariate(GAUSS, GAUSS, 1, 0, 1, 2, rng));
        assertMessage("gIntegral must be finite", () -> MonteCarlo.controlVariate(GAUSS, GAUSS, Double.NaN, 0, 1,
                20, rng));
        assertMessage("n must be >= 2 * strata = 20", () -> MonteCarlo.stratified(GAUSS, 0, 1, 10, 19, rng));
        assertMessage("randomizations must be >= 2, was 1", () -> MonteCarlo.quasi(GAUSS, 0, 1, 8, 1, rng));
        assertMessage("replications must be >= 2, was 1", () -> MonteCarlo.replicate(GAUSS, 0, 1, 8, 1, rng));
        assertMessage("maxSamples must be >= 100, was 99", () -> MonteCarlo.trace(GAUSS, 0, 1, 99, rng));
        assertMessage("f must return finite values", () -> MonteCarlo.integrate(x -> Double.NaN, 0, 1, 10, rng));
        assertMessage("f must return finite values", () -> MonteCarlo.integrate(x -> x > 0.5 ? 1e200 : 0, 0, 1, 100, rng));
        assertMessage("f must return finite values", () -> MonteCarlo.parallel(x -> x > 0.5 ? Double.NaN : x, 0,
                1, 100, 1));
        assertMessage("f must return finite values", () -> MonteCarlo.quasi(x -> Double.POSITIVE_INFINITY, 0, 1,
                8, 2, rng));
        assertMessage("lower has length 2 but upper has length 3",
                () -> MonteCarlo.integrate(x -> 1, new double[2], new double[3], 10, rng));
        assertMessage("lower[1] must be < upper[1], was 0.0 and 0.0",
                () -> MonteCarlo.integrate(x -> 1, new double[2], new double[] {1, 0}, 10, rng));
        assertMessage("upper[0] must be finite, was Infinity", () -> MonteCarlo.quasi(x -> 1, new double[1],
                new double[] {Double.POSITIVE_INFINITY}, 10, 2, rng));
        assertMessage("lower must not be empty", () -> MonteCarlo.integrate(x -> 1, new double[0], new double[0],
                10, rng));
        assertThrows(NullPointerException.class, () -> MonteCarlo.integrate(GAUSS, 0, 1, 10, null));
        assertThrows(NullPointerException.class, () -> MonteCarlo.integrate((DoubleUnaryOperator) null, 0, 1, 10,
                rng));
        assertThrows(NullPointerException.class, () -> MonteCarlo.parallel(GAUSS, 0, 1, 10, 1, null));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
    }
}
