package dev.statlearn.eval.monitor;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.internal.Format;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.validation.Classifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Permutation feature importance (Breiman 2001; scikit-learn's {@code permutation_importance}):
 * score a fitted model on data, then shuffle one column at a time and score again; a feature's
 * importance is the mean drop \( s_{\text{base}} - s_{\text{permuted}} \) over repeats. It works
 * for any model, since only its predictions are used. A feature the model ignores has importance
 * exactly 0; correlated features share (and so understate) their importance.
 *
 * <p>The score is higher-is-better (use a negated loss). Randomness: one seed is drawn from the
 * caller's generator and column \( j \) uses stream \( j \) of it ({@link Randomness#stream}), so
 * the result does not depend on evaluation order. Immutable.
 *
 * @since 0.1
 */
public final class PermutationImportance {

    /**
     * Largest supported number of repeats per feature, \( 2^{20} = 1048576 \) (it sizes the array
     * of drops kept for each feature).
     */
    public static final int MAX_REPEATS = 1 << 20;

    private final double baseline;
    private final List<FeatureImportance> features;

    private PermutationImportance(double baseline, List<FeatureImportance> features) {
        this.baseline = baseline;
        this.features = List.copyOf(features);
    }

    /**
     * Permutation importance for any score of a dataset.
     *
     * @param data    evaluation data (ideally held out); not modified
     * @param score   the fitted model's score on a dataset, higher is better, e.g.
     *                {@code d -> ConfusionMatrix.of(d.labels(), model.predict(d.features())).balancedAccuracy()}
     * @param repeats shuffles per feature, in {@code [1, }{@value #MAX_REPEATS}{@code ]}
     * @param rng     generator, advanced by one draw
     * @return the importances, in column order
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code repeats} is out of range, or the score is not
     *                                  finite (NaN, ±∞) on the data or on a shuffled copy (the
     *                                  message names the feature and the repeat), or a drop
     *                                  overflows
     */
    public static PermutationImportance of(Dataset data, ToDoubleFunction<Dataset> score, int repeats,
                                           RandomGenerator rng) {
        Checks.notNull(data, "data");
        Checks.notNull(score, "score");
        if (repeats < 1 || repeats > MAX_REPEATS) {
            throw new IllegalArgumentException("repeats must be in [1, " + MAX_REPEATS
                    + "] (PermutationImportance.MAX_REPEATS), was " + repeats);
        }
        long seed = Randomness.nextSeed(Checks.notNull(rng, "rng"));
        double base = score.applyAsDouble(data);
        if (!Double.isFinite(base)) {
            throw new IllegalArgumentException("score must be finite, was " + base + " on the unshuffled data");
        }
        double[][] work = data.features();
        int n = work.length;
        List<FeatureImportance> out = new ArrayList<>();
        for (int j = 0; j < data.numFeatures(); j++) {
            RandomGenerator g = Randomness.stream(seed, j);
            double[] original = data.column(j);
            double[] drops = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                int[] p = Randomness.permutation(n, g);
                for (int i = 0; i < n; i++) {
                    work[i][j] = original[p[i]];
                }
                double s = score.applyAsDouble(data.withFeatures(work));
                drops[r] = base - s;
                if (!Double.isFinite(drops[r])) {
                    throw new IllegalArgumentException((Double.isFinite(s) ? "score drop must be finite, was " + base
                            + " - " + s : "score must be finite, was " + s) + " on repeat " + r + " of feature '"
                            + data.featureNames().get(j) + "' (column " + j + ")");
                }
            }
            for (int i = 0; i < n; i++) {
                work[i][j] = original[i];
            }
            out.add(new FeatureImportance(data.featureNames().get(j), j, drops));
        }
        return new PermutationImportance(base, out);
    }

    /**
     * Permutation importance of a classifier under a confusion-matrix metric.
     *
     * @param data    classification data; not modified
     * @param predict the fitted model (rows to class indices), e.g. {@code model::predict}
     * @param metric  metric of the confusion matrix, higher is better, e.g.
     *                {@code ConfusionMatrix::balancedAccuracy}
     * @param repeats shuffles per feature, in {@code [1, }{@value #MAX_REPEATS}{@code ]}
     * @param rng     generator
     * @return the importances
     * @throws IllegalArgumentException if {@code data} is not a classification dataset, a
     *                                  prediction is out of range, or as
     *                                  {@link #of(Dataset, ToDoubleFunction, int, RandomGenerator)}
     */
    public static PermutationImportance of(Dataset data, Classifier predict,
                                           ToDoubleFunction<ConfusionMatrix> metric, int repeats,
                                           RandomGenerator rng) {
        Checks.notNull(data, "data");
        Checks.notNull(predict, "predict");
        Checks.notNull(metric, "metric");
        if (!data.isClassification()) {
            throw new IllegalArgumentException("data must be a classification dataset, was " + data);
        }
        int k = data.numClasses();
        return of(data, d -> metric.applyAsDouble(
                ConfusionMatrix.of(d.labels(), predict.predict(d.features()), k)), repeats, rng);
    }

    /**
     * The score of the unshuffled data.
     *
     * @return the baseline score
     */
    public double baselineScore() {
        return baseline;
    }

    /**
     * The importances in column order.
     *
     * @return unmodifiable list
     */
    public List<FeatureImportance> features() {
        return features;
    }

    /**
     * The importances from most to least important (by mean drop; ties by column).
     *
     * @return a new list
     */
    public List<FeatureImportance> ranked() {
        List<FeatureImportance> r = new ArrayList<>(features);
        r.sort(Comparator.comparingDouble(FeatureImportance::mean).reversed()
                .thenComparingInt(FeatureImportance::column));
        return r;
    }

    /**
     * The baseline score and the ranked importances, one per line.
     *
     * @return a readable table
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("permutation importance (baseline score ").append(Format.sig(baseline))
                .append(", ").append(features.isEmpty() ? 0 : features.get(0).drops().length).append(" repeats)");
        Format.Table t = Format.table("  feature", "mean drop", "sd");
        for (FeatureImportance f : ranked()) {
            t.row("  " + f.feature(), Format.sig(f.mean()), Format.sig(f.sd(), 2));
        }
        return sb.append('\n').append(t).toString();
    }
}
