package dev.statlearn.eval.calibration;

import dev.statlearn.core.Randomness;
import dev.statlearn.eval.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

import static dev.statlearn.eval.Fixtures.assertClose;
import static dev.statlearn.eval.calibration.ProbabilityScoresTest.d;
import static dev.statlearn.eval.calibration.ProbabilityScoresTest.minmax;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** {@link ReliabilityTable#ofQuantiles(int[], double[], int, double[])}: bins at weighted quantiles. */
class WeightedQuantileBinsTest {

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py weightedquantiles
    // (independent numpy: inverted-CDF weighted quantiles by np.cumsum / np.searchsorted, then np.bincount weights;
    // scikit-learn 1.2.1's calibration_curve has no weights), scikit-learn 1.2.1, numpy 1.24.2
    // breast cancer, p = minmax_probability(worst radius), w = 0.3 (i mod 7), 4 weighted quantile bins (weighted_quantile_edges, inverted CDF): edges, weighted prob_true, prob_pred, counts, ECE, MCE
    static final double[] CANCER_WQ_EDGES_4 = {0.01, 0.1811775168979011, 0.2407933119886162, 0.3952365706154394, 0.99};
    static final double[] CANCER_WQ_TRUE_4 = {0.013667425968109345, 0.02905569007263923, 0.41958041958041936, 0.997624703087886};
    static final double[] CANCER_WQ_PRED_4 = {0.13346868023360886, 0.2101906553551725, 0.301741053918215, 0.553761537428038};
    static final long[] CANCER_WQ_COUNT_4 = {119, 115, 132, 121};
    static final double[] CANCER_WQ_ECE_MCE_4 = {0.2143483971187556, 0.44386316565984796};
    // breast cancer, p = minmax_probability(worst radius), w = 0.3 (i mod 7), 10 weighted quantile bins (weighted_quantile_edges, inverted CDF): edges, weighted prob_true, prob_pred, counts, ECE, MCE
    static final double[] CANCER_WQ_EDGES_10 = {0.01, 0.1253966559943081, 0.16583778014941306, 0.19163642831732483, 0.21290288153681963, 0.2407933119886162, 0.2798399146211313, 0.33980434009249383, 0.4374208466737816, 0.5552579153326218, 0.99};
    static final double[] CANCER_WQ_TRUE_10 = {0.0, 0.0, 0.03571428571428571, 0.05747126436781608, 0.01197604790419162, 0.20809248554913296, 0.39053254437869844, 0.9415204678362574, 1.0, 1.0};
    static final double[] CANCER_WQ_PRED_10 = {0.09466419067947351, 0.15057897545357524, 0.17998636309735563, 0.20249205706645076, 0.2279440904743342, 0.2626139464490246, 0.3083925365059921, 0.391676870939355, 0.49001393158187373, 0.6836523322242449};
    static final long[] CANCER_WQ_COUNT_10 = {49, 46, 46, 47, 46, 50, 56, 47, 49, 51};
    static final double[] CANCER_WQ_ECE_MCE_10 = {0.22543207835927428, 0.5498435968969024};

    @Test
    void breastCancerMatchesNumpyWeightedQuantiles() {
        int[] y = Fixtures.cancerActual();
        double[] p = minmax(Fixtures.cancerScore());
        double[] w = new double[y.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 7) * 0.3;
        }
        double[][] expected = {CANCER_WQ_EDGES_4, CANCER_WQ_TRUE_4, CANCER_WQ_PRED_4, d(CANCER_WQ_COUNT_4),
                CANCER_WQ_ECE_MCE_4, CANCER_WQ_EDGES_10, CANCER_WQ_TRUE_10, CANCER_WQ_PRED_10, d(CANCER_WQ_COUNT_10),
                CANCER_WQ_ECE_MCE_10};
        int[] nb = {4, 10};
        for (int t = 0; t < 2; t++) {
            ReliabilityTable r = ReliabilityTable.ofQuantiles(y, p, nb[t], w);
            List<ReliabilityTable.Bin> bins = r.bins();
            double[] edges = expected[5 * t];
            assertEquals(expected[5 * t + 1].length, bins.size());
            for (int b = 0; b < bins.size(); b++) {
                assertEquals(edges[b + 1], bins.get(b).upper(), 0.0, "upper edge " + b);
                assertEquals(b == 0 ? edges[0] : edges[b], bins.get(b).lower(), 0.0, "lower edge " + b);
                assertClose(expected[5 * t + 1][b], bins.get(b).fractionPositive(), "prob_true " + b);
                assertClose(expected[5 * t + 2][b], bins.get(b).meanPredicted(), "prob_pred " + b);
                assertEquals((long) expected[5 * t + 3][b], bins.get(b).count(), "count " + b);
            }
            assertClose(expected[5 * t + 4][0], r.expectedCalibrationError(), "ECE");
            assertClose(expected[5 * t + 4][1], r.maximumCalibrationError(), "MCE");
        }
    }

    @Test
    void badWeightsAreRejected() {
        int[] y = {0, 1, 1};
        double[] p = {0.1, 0.5, 0.9};
        assertThrows(IllegalArgumentException.class, () -> ReliabilityTable.ofQuantiles(y, p, 2, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> ReliabilityTable.ofQuantiles(y, p, 2, new double[] {1, -1, 1}));
        assertThrows(IllegalArgumentException.class, () -> ReliabilityTable.ofQuantiles(y, p, 0, new double[] {1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> ReliabilityTable.ofQuantiles(y, p, 2, new double[2]));
        assertThrows(NullPointerException.class, () -> ReliabilityTable.ofQuantiles(y, p, 2, null));
    }

    @Test
    void hugeWeightsGiveTheBinsOfUnitWeights() {
        int[] y = {0, 1, 0, 1, 1, 0, 1, 0, 1, 1};
        double[] p = {0.05, 0.9, 0.2, 0.7, 0.6, 0.1, 0.8, 0.3, 0.95, 0.5};
        double[] huge = new double[y.length];
        double[] ones = new double[y.length];
        Arrays.fill(huge, 1e307);   // total 1e308 is finite, B times it is not
        Arrays.fill(ones, 1.0);
        assertSameBins(ReliabilityTable.ofQuantiles(y, p, 4, ones), ReliabilityTable.ofQuantiles(y, p, 4, huge));
    }

    /** Probabilities on a grid of 1/8 (ties), labels at random. */
    private static double[] gridProbabilities(RandomGenerator rng, int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = rng.nextInt(9) / 8.0;
        }
        return p;
    }

    @Test
    void integerWeightsEqualRepeatedRowsAndScaleDoesNotMatter() {
        qt().withFixedSeed(141).withExamples(200)
                .forAll(longs().all(), integers().between(1, 30), integers().between(1, 7))
                .checkAssert((seed, n, numBins) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    int[] y = new int[n];
                    double[] p = gridProbabilities(rng, n);
                    double[] w = new double[n];
                    int total = 0;
                    for (int i = 0; i < n; i++) {
                        y[i] = rng.nextInt(2);
                        w[i] = i == 0 ? 1 + rng.nextInt(3) : rng.nextInt(4);
                        total += (int) w[i];
                    }
                    int[] ry = new int[total];
                    double[] rp = new double[total];
                    int k = 0;
                    for (int i = 0; i < n; i++) {
                        for (int r = 0; r < w[i]; r++) {
                            ry[k] = y[i];
                            rp[k++] = p[i];
                        }
                    }
                    double[] ones = new double[total];
                    Arrays.fill(ones, 1.0);
                    ReliabilityTable weighted = ReliabilityTable.ofQuantiles(y, p, numBins, w);
                    assertSameBins(ReliabilityTable.ofQuantiles(ry, rp, numBins, ones), weighted);
                    double[] scaled = w.clone();
                    for (int i = 0; i < n; i++) {
                        scaled[i] *= 0.375;
                    }
                    assertSameBins(weighted, ReliabilityTable.ofQuantiles(y, p, numBins, scaled));
                });
    }

    @Test
    void binsHoldAboutEqualWeight() {
        // distinct probabilities: each bin's weight is within one sample's weight of W / B
        qt().withFixedSeed(142).withExamples(100)
                .forAll(longs().all(), integers().between(20, 200), integers().between(2, 10))
                .checkAssert((seed, n, numBins) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    int[] y = new int[n];
                    double[] p = new double[n];
                    double[] w = new double[n];
                    double total = 0;
                    double largest = 0;
                    for (int i = 0; i < n; i++) {
                        y[i] = rng.nextInt(2);
                        p[i] = (i + 0.5) / n;
                        w[i] = 0.5 + rng.nextDouble();
                        total += w[i];
                        largest = Math.max(largest, w[i]);
                    }
                    ReliabilityTable r = ReliabilityTable.ofQuantiles(y, p, numBins, w);
                    double listed = 0;
                    for (ReliabilityTable.Bin b : r.bins()) {
                        double bw = 0;
                        for (int i = 0; i < n; i++) {
                            boolean in = (p[i] > b.lower() || b == r.bins().get(0)) && p[i] <= b.upper();
                            bw += in ? w[i] : 0;
                        }
                        listed += bw;
                        assertEquals(total / numBins, bw, 2 * largest + 1e-9, "bin weight");
                    }
                    assertEquals(total, listed, 1e-9);
                });
    }

    private static void assertSameBins(ReliabilityTable expected, ReliabilityTable actual) {
        assertEquals(expected.bins().size(), actual.bins().size(), "bins");
        for (int b = 0; b < expected.bins().size(); b++) {
            ReliabilityTable.Bin e = expected.bins().get(b);
            ReliabilityTable.Bin a = actual.bins().get(b);
            assertEquals(e.lower(), a.lower(), 0.0, "lower " + b);
            assertEquals(e.upper(), a.upper(), 0.0, "upper " + b);
            assertEquals(e.meanPredicted(), a.meanPredicted(), 1e-12, "predicted " + b);
            assertEquals(e.fractionPositive(), a.fractionPositive(), 1e-12, "observed " + b);
        }
        assertEquals(expected.expectedCalibrationError(), actual.expectedCalibrationError(), 1e-12, "ECE");
    }
}
