package dev.statlearn.eval.calibration;

import dev.statlearn.eval.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.statlearn.eval.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Log loss, Brier score and reliability tables against scikit-learn 1.2.1. */
class ProbabilityScoresTest {

    // /usr/bin/python3 tools/reference/eval_metrics.py probability
// random: RandomState(11), 2 decimals, edges forced at the start
    static final int[] RANDOM_Y = {0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1};
    static final double[] RANDOM_P = {0.0, 0.2, 0.5, 1.0, 0.4, 0.6, 0.01, 0.49, 0.94, 0.85, 0.73, 0.11, 0.89, 0.86, 0.17, 0.63, 0.02, 0.12, 0.32, 0.16, 0.76, 0.82, 0.34, 0.32, 0.11, 0.08, 0.71, 0.6, 0.06, 0.48, 0.4, 0.85, 0.72, 0.6, 0.55, 0.95, 0.99, 0.34, 0.24, 0.8};
// RANDOM: log_loss(y, p), brier_score_loss(y, p)
    static final double[] RANDOM_SCORES = {0.4369104938831539, 0.148135};
// RANDOM: calibration_curve(y, p, n_bins=5, strategy='uniform') -> prob_true, prob_pred; bin counts; ECE = sum(counts * |prob_true - prob_pred|) / n; MCE
    static final double[] RANDOM_TRUE_5 = {0.0, 0.7142857142857143, 0.42857142857142855, 0.8333333333333334, 0.8888888888888888};
    static final double[] RANDOM_PRED_5 = {0.09454545454545454, 0.3371428571428572, 0.5457142857142857, 0.725, 0.9055555555555556};
    static final long[] RANDOM_COUNT_5 = {11, 7, 7, 6, 9};
    static final double[] RANDOM_ECE_MCE_5 = {0.1325, 0.3771428571428571};
// RANDOM: calibration_curve(y, p, n_bins=10, strategy='uniform') -> prob_true, prob_pred; bin counts; ECE = sum(counts * |prob_true - prob_pred|) / n; MCE
    static final double[] RANDOM_TRUE_10 = {0.0, 0.0, 1.0, 0.6666666666666666, 0.3333333333333333, 0.5, 1.0, 0.8, 0.8, 1.0};
    static final double[] RANDOM_PRED_10 = {0.033999999999999996, 0.145, 0.24, 0.35333333333333333, 0.49, 0.5874999999999999, 0.63, 0.744, 0.8539999999999999, 0.97};
    static final long[] RANDOM_COUNT_10 = {5, 6, 1, 6, 3, 4, 1, 5, 5, 4};
    static final double[] RANDOM_ECE_MCE_10 = {0.13849999999999996, 0.76};
// CANCER: log_loss(y, p), brier_score_loss(y, p)
    static final double[] CANCER_SCORES = {0.4421186368432166, 0.14086794640345987};
// CANCER: calibration_curve(y, p, n_bins=5, strategy='uniform') -> prob_true, prob_pred; bin counts; ECE = sum(counts * |prob_true - prob_pred|) / n; MCE
    static final double[] CANCER_TRUE_5 = {0.016216216216216217, 0.2897959183673469, 0.99, 1.0, 1.0};
    static final double[] CANCER_PRED_5 = {0.14711708250406222, 0.2745606545713268, 0.49297858413376033, 0.6603306136032407, 0.8578690857346141};
    static final long[] CANCER_COUNT_5 = {185, 245, 100, 31, 8};
    static final double[] CANCER_ECE_MCE_5 = {0.15697405935381906, 0.49702141586623966};
// CANCER: calibration_curve(y, p, n_bins=10, strategy='uniform') -> prob_true, prob_pred; bin counts; ECE = sum(counts * |prob_true - prob_pred|) / n; MCE
    static final double[] CANCER_TRUE_10 = {0.0, 0.019230769230769232, 0.1317365269461078, 0.6282051282051282, 0.9811320754716981, 1.0, 1.0, 1.0, 1.0, 1.0};
    static final double[] CANCER_PRED_10 = {0.07144189698107191, 0.1611849054538489, 0.24581818220549312, 0.3360990248930483, 0.4450972929797359, 0.5469723805414899, 0.6345182744806892, 0.7345410885805763, 0.838993240839559, 0.99};
    static final long[] CANCER_COUNT_10 = {29, 156, 167, 78, 53, 47, 23, 8, 7, 1};
    static final double[] CANCER_ECE_MCE_10 = {0.2239393895060768, 0.5360347824919622};
// DIGITS: log_loss(y, p), brier_score_loss(y, p)
    static final double[] DIGITS_SCORES = {0.4678554071615382, 0.14854715555310274};
// DIGITS: calibration_curve(y, p, n_bins=5, strategy='uniform') -> prob_true, prob_pred; bin counts; ECE = sum(counts * |prob_true - prob_pred|) / n; MCE
    static final double[] DIGITS_TRUE_5 = {0.0, 0.0, 0.005145797598627788, 0.304635761589404, 0.9923076923076923};
    static final double[] DIGITS_PRED_5 = {0.13529049111807726, 0.3065706072583545, 0.483473101512553, 0.6835803732691149, 0.8706181818181817};
    static final long[] DIGITS_COUNT_5 = {174, 759, 583, 151, 130};
    static final double[] DIGITS_ECE_MCE_5 = {0.3384155410532709, 0.47832730391392525};
// DIGITS: calibration_curve(y, p, n_bins=10, strategy='uniform') -> prob_true, prob_pred; bin counts; ECE = sum(counts * |prob_true - prob_pred|) / n; MCE
    static final double[] DIGITS_TRUE_10 = {0.0, 0.0, 0.0, 0.0, 0.00273224043715847, 0.009216589861751152, 0.0851063829787234, 0.6666666666666666, 0.99, 1.0};
    static final double[] DIGITS_PRED_10 = {0.0644090909090909, 0.15784366391184568, 0.252932274029695, 0.35222860310421283, 0.446508941877795, 0.5458181818181818, 0.6403655705996129, 0.7548468899521532, 0.8530672727272726, 0.929121212121212};
    static final long[] DIGITS_COUNT_10 = {42, 132, 349, 410, 366, 217, 94, 57, 100, 30};
    static final double[] DIGITS_ECE_MCE_10 = {0.33841554105327065, 0.5552591876208894};
// digits_multiclass_scores(): log_loss(y, p) (sklearn renormalises rows), mean(sum((p - onehot)**2, axis=1)) (numpy, Brier 1950)
    static final double[] DIGITS_MULTI = {2.1273090670258474, 0.8623260749065542};

    // RANDOM: calibration_curve(y, p, n_bins=4, strategy='quantile') -> prob_true, prob_pred; bin counts
    static final double[] RANDOM_QTRUE_4 = {0.0, 0.5, 0.7, 0.9};
    static final double[] RANDOM_QPRED_4 = {0.084, 0.35300000000000004, 0.6399999999999999, 0.8950000000000001};
    static final long[] RANDOM_QCOUNT_4 = {10, 10, 10, 10};
    // RANDOM: calibration_curve(y, p, n_bins=10, strategy='quantile') -> prob_true, prob_pred; bin counts
    static final double[] RANDOM_QTRUE_10 = {0.0, 0.0, 0.25, 0.5, 0.5, 0.6, 0.6666666666666666, 0.75, 1.0, 1.0};
    static final double[] RANDOM_QPRED_10 = {0.0225, 0.105, 0.1925, 0.33, 0.4425, 0.5700000000000001, 0.6866666666666665, 0.7775000000000001, 0.8625, 0.97};
    static final long[] RANDOM_QCOUNT_10 = {4, 4, 4, 4, 4, 5, 3, 4, 4, 4};
    // CANCER: calibration_curve(y, p, n_bins=4, strategy='quantile') -> prob_true, prob_pred; bin counts
    static final double[] CANCER_QTRUE_4 = {0.006993006993006993, 0.03496503496503497, 0.46099290780141844, 0.9929577464788732};
    static final double[] CANCER_QPRED_4 = {0.133239376774062, 0.21720346888970163, 0.30629626265608006, 0.547985780209539};
    static final long[] CANCER_QCOUNT_4 = {143, 143, 141, 142};
    // CANCER: calibration_curve(y, p, n_bins=10, strategy='quantile') -> prob_true, prob_pred; bin counts
    static final double[] CANCER_QTRUE_10 = {0.0, 0.0, 0.03508771929824561, 0.03508771929824561, 0.034482758620689655, 0.2727272727272727, 0.43859649122807015, 0.9122807017543859, 1.0, 1.0};
    static final double[] CANCER_QPRED_10 = {0.09236178671509797, 0.1506264861727425, 0.1856913628789155, 0.2077407053742503, 0.23857530146346256, 0.27086426700300764, 0.31272126420640706, 0.3893465520792375, 0.49832106948267146, 0.6610886429877612};
    static final long[] CANCER_QCOUNT_10 = {57, 57, 57, 57, 58, 55, 57, 57, 57, 57};
    // DIGITS: calibration_curve(y, p, n_bins=4, strategy='quantile') -> prob_true, prob_pred; bin counts
    static final double[] DIGITS_QTRUE_4 = {0.0, 0.0, 0.004576659038901602, 0.39198218262806234};
    static final double[] DIGITS_QPRED_4 = {0.20271004159239428, 0.3416763877715209, 0.45129561056792217, 0.6899680097185659};
    static final long[] DIGITS_QCOUNT_4 = {459, 452, 437, 449};
    // DIGITS: calibration_curve(y, p, n_bins=10, strategy='quantile') -> prob_true, prob_pred; bin counts
    static final double[] DIGITS_QTRUE_10 = {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.006134969325153374, 0.011049723756906077, 0.056179775280898875, 0.9166666666666666};
    static final double[] DIGITS_QPRED_10 = {0.14054882154882145, 0.23176342371079253, 0.282268709191361, 0.32856085444610034, 0.37470102090422974, 0.41613833992094823, 0.4617401003904074, 0.5215344048216971, 0.6151424923391215, 0.8404757575757574};
    static final long[] DIGITS_QCOUNT_10 = {189, 171, 181, 183, 187, 184, 163, 181, 178, 180};

    /** As minmax_probability() in the script: only correctly rounded operations. */
    static double[] minmax(double[] s) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double[] p = new double[s.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.01 + 0.98 * ((s[i] - lo) / (hi - lo));
        }
        return p;
    }

    static void check(int[] y, double[] p, double[] scores, double[][] tables) {
        assertClose(scores[0], ProbabilityScores.logLoss(y, p), "log loss");
        assertClose(scores[1], ProbabilityScores.brierScore(y, p), "brier");
        int[] nb = {5, 10};
        for (int t = 0; t < 2; t++) {
            ReliabilityTable r = ReliabilityTable.of(y, p, nb[t]);
            List<ReliabilityTable.Bin> bins = r.bins();
            double[] tr = tables[4 * t];
            double[] pr = tables[4 * t + 1];
            double[] cnt = tables[4 * t + 2];
            assertEquals(tr.length, bins.size(), "bins " + nb[t]);
            for (int b = 0; b < tr.length; b++) {
                assertEquals((long) cnt[b], bins.get(b).count(), "count " + b);
                assertClose(tr[b], bins.get(b).fractionPositive(), "prob_true " + b);
                assertClose(pr[b], bins.get(b).meanPredicted(), "prob_pred " + b);
            }
            assertClose(tables[4 * t + 3][0], r.expectedCalibrationError(), "ECE");
            assertClose(tables[4 * t + 3][1], r.maximumCalibrationError(), "MCE");
        }
    }

    static double[] d(long[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
        }
        return out;
    }

    @Test
    void randomWithProbabilitiesOnBinEdges() {
        check(RANDOM_Y, RANDOM_P, RANDOM_SCORES, new double[][] {RANDOM_TRUE_5, RANDOM_PRED_5, d(RANDOM_COUNT_5),
                RANDOM_ECE_MCE_5, RANDOM_TRUE_10, RANDOM_PRED_10, d(RANDOM_COUNT_10), RANDOM_ECE_MCE_10});
    }

    @Test
    void breastCancer() {
        check(Fixtures.cancerActual(), minmax(Fixtures.cancerScore()), CANCER_SCORES, new double[][] {CANCER_TRUE_5,
                CANCER_PRED_5, d(CANCER_COUNT_5), CANCER_ECE_MCE_5, CANCER_TRUE_10, CANCER_PRED_10,
                d(CANCER_COUNT_10), CANCER_ECE_MCE_10});
        String s = ReliabilityTable.of(Fixtures.cancerActual(), minmax(Fixtures.cancerScore()), 5).toString();
        assertTrue(s.endsWith("\nECE = 0.157, MCE = 0.497"), s);
    }

    @Test
    void digitsZeroVsRest() {
        check(Fixtures.digitsActual(), minmax(Fixtures.digitsScore()), DIGITS_SCORES, new double[][] {DIGITS_TRUE_5,
                DIGITS_PRED_5, d(DIGITS_COUNT_5), DIGITS_ECE_MCE_5, DIGITS_TRUE_10, DIGITS_PRED_10,
                d(DIGITS_COUNT_10), DIGITS_ECE_MCE_10});
    }

    @Test
    void digitsMulticlass() {
        int[] y = Fixtures.digitsLabels();
        double[][] p = Fixtures.digitsMulticlassScores();
        assertClose(DIGITS_MULTI[0], ProbabilityScores.logLoss(y, p), "log loss");
        assertClose(DIGITS_MULTI[1], ProbabilityScores.brierScore(y, p), "brier");
    }

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py logloss
    // scikit-learn 1.2.1
    // breast cancer, p = 0.01 + 0.98 (s - min) / (max - min): log_loss(y, p, normalize=False)
    static final double CANCER_LOG_LOSS_SUM = 251.56550436379024;
    // digits_multiclass_scores(): log_loss(y, p, normalize=False)
    static final double DIGITS_LOG_LOSS_SUM = 3822.7743934454475;

    // sample weights: breast cancer w = (i mod 7) / 4, digits w = 0.5 + 0.3 (i mod 5)
    // log_loss(y, p, sample_weight=w), log_loss(..., normalize=False), brier_score_loss(y, p, sample_weight=w)
    static final double[] CANCER_WEIGHTED = {0.4298146606378686, 182.886138101413, 0.13574880518578772};
    // log_loss(y, p, sample_weight=w), log_loss(..., normalize=False),
    // np.average(((p - onehot(y)) ** 2).sum(axis=1), weights=w) (multiclass Brier; not in scikit-learn 1.2.1)
    static final double[] DIGITS_WEIGHTED = {2.1278168973493683, 4204.140625782883, 0.8624473689191716};

    @Test
    void weightedScoresMatchSklearn() {
        int[] y = Fixtures.cancerActual();
        double[] p = minmax(Fixtures.cancerScore());
        double[] w = new double[y.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 7) * 0.25;
        }
        assertClose(CANCER_WEIGHTED[0], ProbabilityScores.logLoss(y, p, w), "weighted log loss");
        assertClose(CANCER_WEIGHTED[1], ProbabilityScores.logLossSum(y, p, w), "weighted log loss sum");
        assertClose(CANCER_WEIGHTED[2], ProbabilityScores.brierScore(y, p, w), "weighted brier");
        int[] yd = Fixtures.digitsLabels();
        double[][] pd = Fixtures.digitsMulticlassScores();
        double[] wd = new double[yd.length];
        for (int i = 0; i < wd.length; i++) {
            wd[i] = 0.5 + (i % 5) * 0.3;
        }
        assertClose(DIGITS_WEIGHTED[0], ProbabilityScores.logLoss(yd, pd, wd), "weighted log loss");
        assertClose(DIGITS_WEIGHTED[1], ProbabilityScores.logLossSum(yd, pd, wd), "weighted log loss sum");
        assertClose(DIGITS_WEIGHTED[2], ProbabilityScores.brierScore(yd, pd, wd), "weighted brier");
    }

    // ---- reference values: /usr/bin/python3 tools/reference/eval_breadth.py weightedcalibration
    // (calibration_curve's uniform binning transcribed with np.bincount weights; scikit-learn 1.2.1 has no weights there)
    // breast cancer, p = minmax_probability(worst radius), w = (i mod 7) / 4, 5 uniform bins: weighted prob_true, prob_pred, counts of positive-weight samples, ECE = sum(W_b |gap|) / W, MCE
    static final double[] CANCER_W_TRUE_5 = {0.01669449081803005, 0.2777777777777778, 0.9966666666666667, 1.0, 1.0};
    static final double[] CANCER_W_PRED_5 = {0.1492876732179626, 0.27225414568081524, 0.48452429740305936, 0.6716877076988487, 0.8621939869431866};
    static final long[] CANCER_W_COUNT_5 = {164, 203, 86, 26, 8};
    static final double[] CANCER_W_ECE_MCE_5 = {0.15796981306860203, 0.5121423692636073};
    // breast cancer, p = minmax_probability(worst radius), w = (i mod 7) / 4, 10 uniform bins: weighted prob_true, prob_pred, counts of positive-weight samples, ECE = sum(W_b |gap|) / W, MCE
    static final double[] CANCER_W_TRUE_10 = {0.0, 0.019342359767891684, 0.1413934426229508, 0.6173469387755102, 0.9945945945945946, 1.0, 1.0, 1.0, 1.0, 1.0};
    static final double[] CANCER_W_PRED_10 = {0.07078668297888956, 0.1617385072597498, 0.24472254783607741, 0.34080220562077557, 0.44500968204063196, 0.548091287333921, 0.6412824617573817, 0.7371759297266234, 0.8374573392547712, 0.9899999999999999};
    static final long[] CANCER_W_COUNT_10 = {22, 142, 139, 64, 46, 40, 18, 8, 7, 1};
    static final double[] CANCER_W_ECE_MCE_10 = {0.21722316599927852, 0.5495849125539627};

    @Test
    void weightedReliabilityTableMatchesWeightedBinning() {
        int[] y = Fixtures.cancerActual();
        double[] p = minmax(Fixtures.cancerScore());
        double[] w = new double[y.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 7) * 0.25;
        }
        double[][] expected = {CANCER_W_TRUE_5, CANCER_W_PRED_5, d(CANCER_W_COUNT_5), CANCER_W_ECE_MCE_5,
                CANCER_W_TRUE_10, CANCER_W_PRED_10, d(CANCER_W_COUNT_10), CANCER_W_ECE_MCE_10};
        int[] nb = {5, 10};
        for (int t = 0; t < 2; t++) {
            ReliabilityTable r = ReliabilityTable.of(y, p, nb[t], w);
            List<ReliabilityTable.Bin> bins = r.bins();
            assertEquals(expected[4 * t].length, bins.size());
            for (int b = 0; b < bins.size(); b++) {
                assertClose(expected[4 * t][b], bins.get(b).fractionPositive(), "prob_true " + b);
                assertClose(expected[4 * t + 1][b], bins.get(b).meanPredicted(), "prob_pred " + b);
                assertEquals((long) expected[4 * t + 2][b], bins.get(b).count(), "count " + b);
            }
            assertClose(expected[4 * t + 3][0], r.expectedCalibrationError(), "ECE");
            assertClose(expected[4 * t + 3][1], r.maximumCalibrationError(), "MCE");
        }
        // unit weights give the unweighted table
        double[] ones = new double[y.length];
        java.util.Arrays.fill(ones, 1.0);
        ReliabilityTable u = ReliabilityTable.of(y, p, 10);
        ReliabilityTable o = ReliabilityTable.of(y, p, 10, ones);
        assertEquals(u.bins(), o.bins());
        assertEquals(u.expectedCalibrationError(), o.expectedCalibrationError(), 0.0);
        assertEquals(u.toString(), o.toString());
        assertThrows(IllegalArgumentException.class, () -> ReliabilityTable.of(y, p, 10, new double[y.length]));
        assertThrows(IllegalArgumentException.class, () -> ReliabilityTable.of(y, p, 10, new double[3]));
        assertThrows(NullPointerException.class, () -> ReliabilityTable.of(y, p, 10, null));
    }

    @Test
    void weightsEqualRepetitionAndZeroWeightsDropSamples() {
        qt().withExamples(100)
                .forAll(longs().all(), integers().between(1, 30))
                .checkAssert((seed, n) -> {
                    java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
                    int[] y = new int[n];
                    double[] p = new double[n];
                    double[] w = new double[n];
                    double[][] two = new double[n][];
                    java.util.List<Integer> rep = new java.util.ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        y[i] = rng.nextInt(2);
                        p[i] = rng.nextDouble();
                        w[i] = rng.nextInt(3) + (i == 0 ? 1 : 0);
                        two[i] = new double[] {1 - p[i], p[i]};
                        for (int t = 0; t < w[i]; t++) {
                            rep.add(i);
                        }
                    }
                    int[] ry = rep.stream().mapToInt(i -> y[i]).toArray();
                    double[] rp = rep.stream().mapToDouble(i -> p[i]).toArray();
                    assertEquals(ProbabilityScores.logLoss(ry, rp), ProbabilityScores.logLoss(y, p, w), 1e-12);
                    assertEquals(ProbabilityScores.logLossSum(ry, rp), ProbabilityScores.logLossSum(y, p, w), 1e-9);
                    assertEquals(ProbabilityScores.brierScore(ry, rp), ProbabilityScores.brierScore(y, p, w), 1e-12);
                    assertEquals(ProbabilityScores.logLoss(y, p, w), ProbabilityScores.logLoss(y, two, w), 1e-12);
                    assertEquals(2 * ProbabilityScores.brierScore(y, p, w), ProbabilityScores.brierScore(y, two, w), 1e-12);
                });
        // weight 0 on a sample with probability 0 on its class: it takes no part (no 0 * inf = NaN)
        assertEquals(-Math.log(0.5), ProbabilityScores.logLoss(new int[] {1, 1}, new double[] {0.0, 0.5}, new double[] {0, 2}), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY,
                ProbabilityScores.logLoss(new int[] {1, 1}, new double[] {0.0, 0.5}, new double[] {1, 2}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProbabilityScores.brierScore(new int[] {1, 0}, new double[] {0.2, 0.5}, new double[] {1, -1}));
        assertEquals("weights[1] must be finite and >= 0, was -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ProbabilityScores.logLoss(new int[] {1, 0}, new double[] {0.2, 0.5}, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> ProbabilityScores.logLoss(new int[] {1, 0}, new double[] {0.2, 0.5}, new double[] {1}));
        assertThrows(NullPointerException.class,
                () -> ProbabilityScores.logLossSum(new int[] {1, 0}, new double[] {0.2, 0.5}, null));
    }

    @Test
    void logLossSumMatchesSklearnNormalizeFalse() {
        int[] y = Fixtures.cancerActual();
        double[] p = minmax(Fixtures.cancerScore());
        assertClose(CANCER_LOG_LOSS_SUM, ProbabilityScores.logLossSum(y, p), "cancer log loss sum");
        assertClose(CANCER_LOG_LOSS_SUM / y.length, ProbabilityScores.logLoss(y, p), "cancer log loss mean");
        int[] yd = Fixtures.digitsLabels();
        double[][] pd = Fixtures.digitsMulticlassScores();
        assertClose(DIGITS_LOG_LOSS_SUM, ProbabilityScores.logLossSum(yd, pd), "digits log loss sum");
        assertEquals(Double.POSITIVE_INFINITY, ProbabilityScores.logLossSum(new int[] {1, 0}, new double[] {0.0, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityScores.logLossSum(new int[] {0}, new double[] {1.5}));
        assertThrows(IllegalArgumentException.class,
                () -> ProbabilityScores.logLossSum(new int[] {0}, new double[][] {{0.5, 0.6}}));
        assertThrows(NullPointerException.class, () -> ProbabilityScores.logLossSum(null, new double[] {0.5}));
    }

    static void checkQuantile(int[] y, double[] p, double[][] e) {
        int[] nb = {4, 10};
        for (int t = 0; t < 2; t++) {
            List<ReliabilityTable.Bin> bins = ReliabilityTable.ofQuantiles(y, p, nb[t]).bins();
            assertEquals(e[3 * t].length, bins.size(), "quantile bins " + nb[t]);
            for (int b = 0; b < bins.size(); b++) {
                assertClose(e[3 * t][b], bins.get(b).fractionPositive(), "prob_true " + b);
                assertClose(e[3 * t + 1][b], bins.get(b).meanPredicted(), "prob_pred " + b);
                assertEquals((long) e[3 * t + 2][b], bins.get(b).count(), "count " + b);
            }
        }
    }

    @Test
    void quantileBinsMatchSklearn() {
        checkQuantile(RANDOM_Y, RANDOM_P, new double[][] {RANDOM_QTRUE_4, RANDOM_QPRED_4, d(RANDOM_QCOUNT_4),
                RANDOM_QTRUE_10, RANDOM_QPRED_10, d(RANDOM_QCOUNT_10)});
        checkQuantile(Fixtures.cancerActual(), minmax(Fixtures.cancerScore()), new double[][] {CANCER_QTRUE_4,
                CANCER_QPRED_4, d(CANCER_QCOUNT_4), CANCER_QTRUE_10, CANCER_QPRED_10, d(CANCER_QCOUNT_10)});
        // integer scores: many ties, so several quantile edges coincide
        checkQuantile(Fixtures.digitsActual(), minmax(Fixtures.digitsScore()), new double[][] {DIGITS_QTRUE_4,
                DIGITS_QPRED_4, d(DIGITS_QCOUNT_4), DIGITS_QTRUE_10, DIGITS_QPRED_10, d(DIGITS_QCOUNT_10)});
    }

    @Test
    void edgeCases() {
        // probability 0 on the actual class: +infinity (sklearn would clip to eps)
        assertEquals(Double.POSITIVE_INFINITY, ProbabilityScores.logLoss(new int[] {1}, new double[] {0.0}));
        assertEquals(0.0, ProbabilityScores.logLoss(new int[] {1, 0}, new double[] {1.0, 0.0}));
        assertEquals(1.0, ProbabilityScores.brierScore(new int[] {1}, new double[] {0.0}));
        // binary and two-column forms agree: log loss equal, multiclass Brier twice the binary one
        int[] y = RANDOM_Y;
        double[][] two = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            two[i] = new double[] {1 - RANDOM_P[i], RANDOM_P[i]};
        }
        assertClose(ProbabilityScores.logLoss(y, RANDOM_P), ProbabilityScores.logLoss(y, two), "two-column log loss");
        assertClose(2 * ProbabilityScores.brierScore(y, RANDOM_P), ProbabilityScores.brierScore(y, two), "two-column brier");
        ReliabilityTable one = ReliabilityTable.of(new int[] {1, 0}, new double[] {0.3, 0.3}, 1);
        assertEquals(1, one.bins().size());
        assertEquals(0.2, one.expectedCalibrationError(), 1e-15);
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProbabilityScores.logLoss(new int[] {0, 1}, new double[] {0.5, 1.2}));
        assertTrue(e.getMessage().contains("p[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProbabilityScores.brierScore(new int[] {0, 1}, new double[] {0.5, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityScores.brierScore(new int[] {0, 2}, new double[] {0.5, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityScores.logLoss(new int[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityScores.logLoss(new int[] {0}, new double[][] {{0.5, 0.6}}));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityScores.logLoss(new int[] {2}, new double[][] {{0.5, 0.5}}));
        assertThrows(IllegalArgumentException.class, () -> ReliabilityTable.of(new int[] {0}, new double[] {0.5}, 0));
    }

    @Test
    void scoresAndBinsAreConsistent() {
        qt().withExamples(150)
                .forAll(longs().all(), integers().between(1, 80), integers().between(1, 12))
                .checkAssert((seed, n, nb) -> {
                    java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
                    int[] y = new int[n];
                    double[] p = new double[n];
                    for (int i = 0; i < n; i++) {
                        p[i] = rng.nextInt(5) == 0 ? rng.nextInt(nb + 1) / (double) nb : rng.nextDouble();
                        y[i] = rng.nextDouble() < p[i] ? 1 : 0;
                    }
                    double brier = ProbabilityScores.brierScore(y, p);
                    assertTrue(brier >= 0 && brier <= 1);
                    assertTrue(ProbabilityScores.logLoss(y, p) >= 0);
                    ReliabilityTable r = ReliabilityTable.of(y, p, nb);
                    long total = 0;
                    for (ReliabilityTable.Bin b : r.bins()) {
                        total += b.count();
                        assertTrue(b.meanPredicted() >= b.lower() - 1e-15 && b.meanPredicted() <= b.upper() + 1e-15,
                                b.toString());
                    }
                    assertEquals((long) n, total);
                    assertTrue(r.expectedCalibrationError() <= r.maximumCalibrationError() + 1e-15);
                    ReliabilityTable q = ReliabilityTable.ofQuantiles(y, p, nb);
                    assertEquals((long) n, q.bins().stream().mapToLong(ReliabilityTable.Bin::count).sum());
                    assertEquals(r.total(), q.total());
                });
    }
}
