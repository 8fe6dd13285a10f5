package dev.statlearn.eval;

import dev.statlearn.core.Checks;
import dev.statlearn.core.data.ClassBalance;
import dev.statlearn.core.data.Dataset;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Seeded percentile-bootstrap confidence intervals for any metric of labels and scores or of
 * labels and predictions (Efron &amp; Tibshirani 1993, ch. 13).
 *
 * <p>Each of \( B \) replicates draws \( n \) sample indices with replacement, evaluates the metric
 * on the resampled pairs, and the interval is the \( (1-\text{level})/2 \) and
 * \( (1+\text{level})/2 \) quantiles of the \( B \) values (linear interpolation between order
 * statistics, numpy's default {@code percentile} method). The estimate is the metric on the full data.
 *
 * <p>By default the resampling is <em>stratified</em> by the actual label: each replicate keeps the
 * class counts of the data and resamples within each class (as R's pROC does for AUC), so every
 * replicate contains every class and metrics such as the AUC stay defined. Unstratified resampling
 * ({@link #withStratified(boolean) withStratified(false)}) may draw a replicate without positives;
 * the metric's exception then propagates.
 *
 * <p>Reproducibility: the replicates consume the given generator sequentially, so the same seed
 * gives the same interval (no threads are used), bit for bit on either kernel path (no Vector
 * API kernel is involved; see {@link dev.statlearn.core.Randomness} on reproducibility). A metric that returns NaN or ±∞ on a replicate
 * is an error. The arrays handed to the metric for the replicates are reused from one replicate to
 * the next: the metric must not keep them. Immutable configuration.
 *
 * <pre>{@code
 * ConfidenceInterval ci = Bootstrap.withDefaults().withResamples(1000)
 *     .scoreInterval(actual, scores, RocCurve::auc, Randomness.seeded(42));
 * }</pre>
 *
 * @since 0.1
 */
public final class Bootstrap {

    /**
     * Largest supported number of replicates, \( 2^{24} = 16777216 \) (the replicate values are
     * kept, 8 bytes each, to read off the percentiles).
     */
    public static final int MAX_RESAMPLES = 1 << 24;

    /** A metric of actual labels and scores, e.g. {@code RocCurve::auc}. */
    @FunctionalInterface
    public interface ScoreMetric {
        /**
         * Evaluates the metric.
         *
         * @param actual labels
         * @param scores scores
         * @return the metric value
         */
        double apply(int[] actual, double[] scores);
    }

    /** A metric of actual and predicted labels, e.g. {@code (a, p) -> ConfusionMatrix.of(a, p, 2).mcc()}. */
    @FunctionalInterface
    public interface LabelMetric {
        /**
         * Evaluates the metric.
         *
         * @param actual    actual labels
         * @param predicted predicted labels
         * @return the metric value
         */
        double apply(int[] actual, int[] predicted);
    }

    private static final Bootstrap DEFAULTS = new Bootstrap(2000, 0.95, true);

    private final int resamples;
    private final double level;
    private final boolean stratified;

    private Bootstrap(int resamples, double level, boolean stratified) {
        this.resamples = resamples;
        this.level = level;
        this.stratified = stratified;
    }

    /**
     * Returns the default configuration: 2000 resamples, level 0.95, stratified.
     *
     * @return the defaults
     */
    public static Bootstrap withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with the given number of resamples.
     *
     * @param resamples number of bootstrap replicates, in {@code [2, }{@value #MAX_RESAMPLES}{@code ]}
     * @return a new configuration
     * @throws IllegalArgumentException if {@code resamples} is out of range
     */
    public Bootstrap withResamples(int resamples) {
        if (resamples < 2 || resamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("resamples must be in [2, " + MAX_RESAMPLES
                    + "] (Bootstrap.MAX_RESAMPLES), was " + resamples);
        }
        return new Bootstrap(resamples, level, stratified);
    }

    /**
     * Returns a copy with the given coverage.
     *
     * @param level coverage in (0, 1)
     * @return a new configuration
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Bootstrap withLevel(double level) {
        return new Bootstrap(resamples, Checks.inOpenRange(level, 0, 1, "level"), stratified);
    }

    /**
     * Returns a copy that resamples within each actual class ({@code true}) or over all samples.
     *
     * @param stratified whether to keep the class counts
     * @return a new configuration
     */
    public Bootstrap withStratified(boolean stratified) {
        return new Bootstrap(resamples, level, stratified);
    }

    /**
     * Returns the number of resamples.
     *
     * @return \( B \)
     */
    public int resamples() {
        return resamples;
    }

    /**
     * Returns the coverage.
     *
     * @return the level
     */
    public double level() {
        return level;
    }

    /**
     * Returns whether resampling is stratified by the actual label.
     *
     * @return {@code true} if stratified
     */
    public boolean stratified() {
        return stratified;
    }

    /**
     * Interval for a metric of labels and scores.
     *
     * @param actual non-negative labels. Not modified.
     * @param scores scores, same length. Not modified.
     * @param metric the metric
     * @param rng    random source, consumed sequentially
     * @return the estimate and its percentile interval
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a label is
     *                                  negative or {@code >=} {@link Dataset#MAX_CLASSES}, or the metric returns a non-finite value; the
     *                                  metric's own exceptions propagate
     */
    public ConfidenceInterval scoreInterval(int[] actual, double[] scores, ScoreMetric metric, RandomGenerator rng) {
        Checks.notNull(scores, "scores");
        Checks.notNull(metric, "metric");
        checkLabels(actual, scores.length, "scores", rng);
        double estimate = finite(metric.apply(actual.clone(), scores.clone()), -1);
        double[] reps = new double[resamples];
        int[] idx = new int[actual.length];
        int[][] strata = strata(actual);
        int[] a = new int[actual.length];
        double[] s = new double[actual.length];
        for (int r = 0; r < resamples; r++) {
            draw(idx, strata, rng);
            for (int i = 0; i < idx.length; i++) {
                a[i] = actual[idx[i]];
                s[i] = scores[idx[i]];
            }
            reps[r] = finite(metric.apply(a, s), r);
        }
        return interval(estimate, reps);
    }

    /**
     * Interval for a metric of actual and predicted labels.
     *
     * @param actual    non-negative labels. Not modified.
     * @param predicted predicted labels, same length. Not modified.
     * @param metric    the metric
     * @param rng       random source, consumed sequentially
     * @return the estimate and its percentile interval
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #scoreInterval}
     */
    public ConfidenceInterval labelInterval(int[] actual, int[] predicted, LabelMetric metric, RandomGenerator rng) {
        Checks.notNull(predicted, "predicted");
        Checks.notNull(metric, "metric");
        checkLabels(actual, predicted.length, "predicted", rng);
        double estimate = finite(metric.apply(actual.clone(), predicted.clone()), -1);
        double[] reps = new double[resamples];
        int[] idx = new int[actual.length];
        int[][] strata = strata(actual);
        int[] a = new int[actual.length];
        int[] p = new int[actual.length];
        for (int r = 0; r < resamples; r++) {
            draw(idx, strata, rng);
            for (int i = 0; i < idx.length; i++) {
                a[i] = actual[idx[i]];
                p[i] = predicted[idx[i]];
            }
            reps[r] = finite(metric.apply(a, p), r);
        }
        return interval(estimate, reps);
    }

    private static void checkLabels(int[] actual, int length, String name, RandomGenerator rng) {
        Checks.notNull(actual, "actual");
        Checks.notNull(rng, "rng");
        Checks.nonEmpty(actual, "actual");
        Checks.classCount(actual, Dataset.MAX_CLASSES, "actual");
        Checks.sameLength(actual.length, "actual", length, name);
    }

    private static double finite(double v, int replicate) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("metric must be finite, was " + v
                    + (replicate < 0 ? " on the full data" : " on bootstrap replicate " + replicate));
        }
        return v;
    }

    /** Index groups to resample from: one per class if stratified, else one of all indices. */
    private int[][] strata(int[] actual) {
        if (!stratified) {
            int[] all = new int[actual.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return new int[][] {all};
        }
        return ClassBalance.rowsByClass(actual, Checks.classCount(actual, Dataset.MAX_CLASSES, "actual"));
    }

    private static void draw(int[] idx, int[][] strata, RandomGenerator rng) {
        int o = 0;
        for (int[] g : strata) {
            for (int i = 0; i < g.length; i++) {
                idx[o++] = g[rng.nextInt(g.length)];
            }
        }
    }

    private ConfidenceInterval interval(double estimate, double[] reps) {
        Arrays.sort(reps);
        double lo = quantile(reps, (1 - level) / 2);
        double hi = quantile(reps, (1 + level) / 2);
        return ConfidenceInterval.of(estimate, lo, hi, level);
    }

    /** numpy's default ("linear") percentile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
