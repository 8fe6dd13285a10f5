package dev.statlearn.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Interval;
import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The estimator, coverage, Monte Carlo, calibration and bounds assertions: reference values of the
 * exact binomial test and the Hosmer-Lemeshow test, failure messages, replay and bad input. Rates
 * and power are in {@link EstimatorAssertionsRateTest}.
 */
class EstimatorAssertionsTest {

    private static final StatisticalAssertions SA = StatisticalAssertions.standard();

    /** The sample mean of {@code n} standard normals: unbiased for 0, sd 1/sqrt(n). */
    static final Estimator MEAN = (rng, n) -> {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += rng.nextGaussian();
        }
        return s / n;
    };

    /** The z interval for the mean of {@code n} standard normals at 95% (known sd 1): exact coverage 95%. */
    static IntervalProcedure zInterval(double halfWidthFactor) {
        return (rng, n) -> {
            double m = MEAN.estimate(rng, n);
            double h = halfWidthFactor / Math.sqrt(n);
            return new Interval(m - h, m + h, 0.95);
        };
    }

    // scipy.stats.binomtest(k, n, p, alternative="two-sided").pvalue, scipy 1.10.1
    // (tools/reference/testkit_estimators.py, part 1)
    private static final double[][] BINOMTEST = {
        {950, 1000, 0.95, 1.0},
        {930, 1000, 0.95, 0.005670160942551163},
        {965, 1000, 0.95, 0.02915036411789449},
        {927, 1000, 0.95, 0.0017251745998452183},
        {900, 1000, 0.9, 1.0},
        {3, 20, 0.5, 0.0025768280029296875},
        {17, 20, 0.5, 0.0025768280029296875},
        {0, 20, 0.5, 1.9073486328125e-06},
        {20, 20, 0.5, 1.9073486328125e-06},
        {7, 10, 0.3, 0.010592078399999996},
        {1, 10, 0.3, 0.2995766784999998},
        {88, 100, 0.95, 0.0042741824663659524},
        {100, 100, 0.95, 0.010194711686699953},
        {0, 100, 0.01, 0.6302703623502731},
        {4, 100, 0.01, 0.018374036444649678},
        {9, 1000, 0.01, 0.8742597888737897},
    };

    @Test
    void exactBinomialTestMatchesScipyBinomtest() {
        for (double[] row : BINOMTEST) {
            double p = EstimatorChecks.binomialTwoSided((int) row[0], (int) row[1], row[2]);
            assertEquals(row[3], p, 1e-12 + 1e-9 * row[3], () -> "binomtest(" + row[0] + ", " + row[1] + ", " + row[2] + ")");
        }
    }

    /** u_i, v_i of tools/reference/testkit_estimators.py, bit for bit. */
    private static double[][] sequences(int n) {
        double[] u = new double[n];
        double[] v = new double[n];
        for (int i = 1; i <= n; i++) {
            u[i - 1] = (i * 0.6180339887498949) % 1.0;
            v[i - 1] = (i * 0.7548776662466927) % 1.0;
        }
        return new double[][] {u, v};
    }

    private static int[] labels(double[] v, double[] truth) {
        int[] y = new int[v.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = v[i] < truth[i] ? 1 : 0;
        }
        return y;
    }

    @Test
    void hosmerLemeshowMatchesNumpyScipy() {
        // numpy 1.24.2 / scipy 1.10.1, tools/reference/testkit_estimators.py part 2:
        // (C, df, groups, chi2.sf(C, df))
        double[][] s = sequences(500);
        Outcome calibrated = EstimatorChecks.calibrated(s[0], labels(s[1], s[0]));
        assertEquals(1.9508122198169655, calibrated.statistic(), 1e-12);
        assertEquals(0.9967034189702932, calibrated.pValue(), 1e-12);
        assertTrue(calibrated.test().contains("10 df"), calibrated.test());

        s = sequences(600);
        double[] truth = new double[600];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = Math.pow(s[0][i], 1.6);
        }
        Outcome off = EstimatorChecks.calibrated(s[0], labels(s[1], truth));
        assertEquals(57.527455909369884, off.statistic(), 1e-10);
        assertEquals(1.0609064064200227e-08, off.pValue(), 1e-18);

        s = sequences(400);
        double[] tied = new double[400];
        for (int i = 0; i < tied.length; i++) {
            tied[i] = 0.1 + 0.2 * Math.floor(4 * s[0][i]);
        }
        Outcome ties = EstimatorChecks.calibrated(tied, labels(s[1], tied));
        assertEquals(1.438559262088676, ties.statistic(), 1e-12);
        assertEquals(0.8374663065238648, ties.pValue(), 1e-12);
        assertTrue(ties.comparison().contains("merged the 10 quantile groups into 4"), ties.comparison());
    }

    @Test
    void calibrationFailureShowsTheGroupTable() {
        double[][] s = sequences(600);
        double[] truth = new double[600];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = Math.pow(s[0][i], 1.6);
        }
        AssertionError e = assertThrows(AssertionError.class, () -> SA.assertCalibrated(s[0], labels(s[1], truth)));
        String m = e.getMessage();
        assertTrue(m.contains("Hosmer-Lemeshow"), m);
        assertTrue(m.contains("mean predicted") && m.contains("observed fraction"), m);
        assertTrue(m.contains("p-value 1.061E-8 < threshold 1E-6"), m);
        assertTrue(m.contains("fixed data: one attempt"), m);
        Verdict ok = SA.assertCalibrated(sequences(500)[0], labels(sequences(500)[1], sequences(500)[0]));
        assertEquals(1, ok.attempts());
        assertEquals(500, ok.sampleSize());
    }

    @Test
    void calibrationWithCertainProbabilities() {
        double[] p = {0, 0, 1, 1, 0.5, 0.5};
        assertEquals(1, SA.assertCalibrated(p, new int[] {0, 0, 1, 1, 0, 1}).pValue(), 0.5);
        AssertionError e = assertThrows(AssertionError.class,
                () -> SA.assertCalibrated(new double[] {0, 0, 0, 0}, new int[] {0, 1, 0, 0}));
        assertTrue(e.getMessage().contains("impossible"), e.getMessage());
    }

    @Test
    void unbiasedPassesAndFailsWithTheComparison() {
        Verdict v = SA.assertUnbiased(MEAN, 10, 0.0);
        assertEquals(1000, v.sampleSize());
        AssertionError e = assertThrows(AssertionError.class,
                () -> SA.assertUnbiased((rng, n) -> MEAN.estimate(rng, n) + 0.5, 10, 0.0));
        String m = e.getMessage();
        assertTrue(m.startsWith("statistical assertion failed: estimator unbiased for 0 at sample size 10"), m);
        assertTrue(m.contains("one-sample t test") && m.contains("attempt 2"), m);
        assertTrue(m.contains("bias +0.5"), m);
        assertTrue(m.contains("99.9% interval for the mean") && m.contains("excludes it"), m);
        assertTrue(m.contains("seed 20261201: replay with StatisticalAssertions.standard().withSeed(20261201L)"), m);
    }

    @Test
    void nonFiniteEstimateFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> SA.assertUnbiased((rng, n) -> Double.NaN, 5, 0));
        assertTrue(e.getMessage().contains("estimate in replication 0 was NaN"), e.getMessage());
    }

    @Test
    void constantEstimatorIsDecidedExactly() {
        assertEquals(1, SA.assertUnbiased((rng, n) -> 2.5, 5, 2.5).pValue());
        assertThrows(AssertionError.class, () -> SA.assertUnbiased((rng, n) -> 2.5, 5, 2.4));
    }

    @Test
    void consistentPassesAndFails() {
        Verdict v = SA.assertConsistent(MEAN, 0, 2.5 / 8, 64);
        assertTrue(v.statistic() < 50, v::toString);
        AssertionError e = assertThrows(AssertionError.class,
                () -> SA.assertConsistent((rng, n) -> MEAN.estimate(rng, 4), 0, 2.5 / 8, 64));
        String m = e.getMessage();
        assertTrue(m.contains("exceedances at n = 64"), m);
        assertTrue(m.contains("RMSE") && m.contains("P(|T_n - theta| > 0.3125)"), m);
        // an estimator whose error grows with n
        AssertionError grows = assertThrows(AssertionError.class,
                () -> SA.assertConsistent((rng, n) -> MEAN.estimate(rng, 1) * n / 1000.0, 0, 0.2, 64));
        assertTrue(grows.getMessage().contains("MSE from n = 16 to 64"), grows.getMessage());
    }

    @Test
    void coversPassesAndFailsWithCounts() {
        SA.assertCovers(zInterval(1.959963984540054), 5, 0);
        AssertionError e = assertThrows(AssertionError.class, () -> SA.assertCovers(zInterval(1.6448536269514722), 5, 0));
        String m = e.getMessage();
        assertTrue(m.contains("exact two-sided binomial test of coverage = 95%"), m);
        assertTrue(m.contains("expected 950 at nominal level 95%"), m);
        assertTrue(m.contains("with the interval below the true value"), m);
    }

    @Test
    void coversRejectsAProcedureThatChangesLevel() {
        int[] calls = {0};
        IntervalProcedure changing = (rng, n) -> new Interval(-1, 1, calls[0]++ < 3 ? 0.95 : 0.9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SA.assertCovers(changing, 5, 0));
        assertTrue(e.getMessage().contains("0.95 in replication 0 and 0.9 in replication 3"), e.getMessage());
    }

    @Test
    void agreesWithPassesAndFails() {
        SA.assertAgreesWith(rng -> MonteCarlo.integrate(x -> x * x, 0, 1, 1000, rng), 1.0 / 3);
        AssertionError e = assertThrows(AssertionError.class, () -> SA.assertAgreesWith(rng -> {
            Estimate est = MonteCarlo.integrate(x -> x * x, 0, 1, 1000, rng);
            return new Estimate(est.value(), est.standardError() / 2, est.samples());
        }, 1.0 / 3));
        String m = e.getMessage();
        assertTrue(m.contains("root mean square z") && m.contains("sd of the values"), m);
        AssertionError exact = assertThrows(AssertionError.class,
                () -> SA.assertAgreesWith(rng -> new Estimate(0.5, 0, 1), 0.25));
        assertTrue(exact.getMessage().contains("standard error is 0"), exact.getMessage());
        assertEquals(0, SA.assertAgreesWith(rng -> new Estimate(0.25, 0, 1), 0.25).statistic());
    }

    @Test
    void withinBoundsNamesTheReplicationThatReplays() {
        Verdict v = SA.assertWithinBounds(RandomGenerator::nextDouble, 0, 1);
        assertEquals(0, v.statistic());
        AssertionError e = assertThrows(AssertionError.class,
                () -> SA.withSeed(7).assertWithinBounds(rng -> rng.nextDouble() * 1.01, 0, 1));
        String m = e.getMessage();
        assertTrue(m.contains("above the upper bound 1.0; replay: metric.applyAsDouble(Randomness.stream(7L, "), m);
        int i = Integer.parseInt(m.replaceAll("(?s).*?replication (\\d+): value.*", "$1"));
        double replayed = dev.statlearn.core.Randomness.stream(7, i).nextDouble() * 1.01;
        assertTrue(replayed > 1 && m.contains("value " + replayed), m);
        AssertionError nan = assertThrows(AssertionError.class, () -> SA.assertWithinBounds(rng -> Double.NaN,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertTrue(nan.getMessage().contains("not finite"), nan.getMessage());
    }

    @Test
    void sameSeedSameVerdict() {
        Estimator slightlyBiased = (rng, n) -> MEAN.estimate(rng, n) + 0.04;
        for (long seed = 0; seed < 5; seed++) {
            StatisticalAssertions sa = SA.withSeed(seed);
            String first = outcome(() -> sa.assertUnbiased(slightlyBiased, 10, 0));
            assertEquals(first, outcome(() -> sa.assertUnbiased(slightlyBiased, 10, 0)));
            String cover = outcome(() -> sa.assertCovers(zInterval(1.9), 5, 0));
            assertEquals(cover, outcome(() -> sa.assertCovers(zInterval(1.9), 5, 0)));
        }
    }

    private static String outcome(java.util.function.Supplier<Verdict> run) {
        try {
            return run.get().toString();
        } catch (AssertionError e) {
            return e.getMessage();
        }
    }

    @Test
    void badInputNamesTheArgument() {
        assertMessage(NullPointerException.class, "estimator", () -> SA.assertUnbiased(null, 5, 0));
        assertMessage(IllegalArgumentException.class, "sampleSize", () -> SA.assertUnbiased(MEAN, 0, 0));
        assertMessage(IllegalArgumentException.class, "trueValue", () -> SA.assertUnbiased(MEAN, 5, Double.NaN));
        assertMessage(NullPointerException.class, "estimator", () -> SA.assertConsistent(null, 0, 1, 16));
        assertMessage(IllegalArgumentException.class, "tolerance must be > 0 and finite, was 0.0",
                () -> SA.assertConsistent(MEAN, 0, 0, 16));
        assertMessage(IllegalArgumentException.class, "largestSampleSize",
                () -> SA.assertConsistent(MEAN, 0, 1, 15));
        assertMessage(NullPointerException.class, "procedure", () -> SA.assertCovers(null, 5, 0));
        assertMessage(IllegalArgumentException.class, "trueValue",
                () -> SA.assertCovers(zInterval(2), 5, Double.POSITIVE_INFINITY));
        assertMessage(NullPointerException.class, "procedure returned null in replication 0",
                () -> SA.assertCovers((rng, n) -> null, 5, 0));
        assertMessage(NullPointerException.class, "procedure", () -> SA.assertAgreesWith(null, 0));
        assertMessage(IllegalArgumentException.class, "knownValue",
                () -> SA.assertAgreesWith(rng -> new Estimate(0, 1, 1), Double.NaN));
        assertMessage(NullPointerException.class, "probabilities", () -> SA.assertCalibrated(null, new int[1]));
        assertMessage(NullPointerException.class, "labels", () -> SA.assertCalibrated(new double[1], null));
        assertMessage(IllegalArgumentException.class, "probabilities[1] must be in [0, 1], was 1.5",
                () -> SA.assertCalibrated(new double[] {0.5, 1.5}, new int[2]));
        assertMessage(IllegalArgumentException.class, "labels[0]",
                () -> SA.assertCalibrated(new double[] {0.5}, new int[] {2}));
        assertMessage(IllegalArgumentException.class, "probabilities must not be empty",
                () -> SA.assertCalibrated(new double[0], new int[0]));
        assertMessage(IllegalArgumentException.class, "probabilities",
                () -> SA.assertCalibrated(new double[2], new int[3]));
        assertMessage(NullPointerException.class, "metric", () -> SA.assertWithinBounds(null, 0, 1));
        assertMessage(IllegalArgumentException.class, "lower must not be NaN",
                () -> SA.assertWithinBounds(RandomGenerator::nextDouble, Double.NaN, 1));
        assertMessage(IllegalArgumentException.class, "lower must be <= upper",
                () -> SA.assertWithinBounds(RandomGenerator::nextDouble, 2, 1));
    }

    private static void assertMessage(Class<? extends RuntimeException> type, String part,
                                      org.junit.jupiter.api.function.Executable call) {
        RuntimeException e = assertThrows(type, call);
        assertTrue(e.getMessage() != null && e.getMessage().contains(part), () -> part + " not in " + e.getMessage());
    }

    @Test
    void inputsAreNotModified() {
        double[][] s = sequences(200);
        double[] p = s[0].clone();
        int[] y = labels(s[1], s[0]);
        int[] yCopy = y.clone();
        SA.assertCalibrated(p, y);
        assertTrue(java.util.Arrays.equals(s[0], p) && java.util.Arrays.equals(yCopy, y));
    }
}
