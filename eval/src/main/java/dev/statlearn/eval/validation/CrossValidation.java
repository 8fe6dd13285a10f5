package dev.statlearn.eval.validation;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.preprocess.Preprocessor;
import dev.statlearn.core.preprocess.Transformer;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.resample.Resampled;
import dev.statlearn.eval.resample.Resampler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Cross-validation of a user's learner, with preprocessing and resampling kept inside the training
 * folds (no leakage), and baselines run on the same folds. Protocols: k-fold and stratified k-fold,
 * optionally repeated (iterated k-fold), and (stratified) hold-out, optionally repeated (repeated
 * random hold-out; with a single hold-out the sd is {@code NaN}). Immutable configuration:
 * <pre>{@code
 * CrossValidationResult r = CrossValidation.stratifiedKFold(5).withRepeats(2)
 *         .withPreprocessor(StandardScaler::fit)
 *         .withResampler((train, rng) -> Resampling.smote(train, 5, rng))
 *         .classify(data, (train, rng) -> myLearner(train), Randomness.seeded(42));
 * }</pre>
 *
 * <h2>Each fold</h2>
 * <ol>
 *   <li>Split the rows ({@link Splits}) into a training and a test fold.</li>
 *   <li>Fit the preprocessor on the training fold's features only; transform both folds with
 *       it.</li>
 *   <li>Resample the (transformed) training fold only; the test fold is never resampled.</li>
 *   <li>Fit the learner on the result, predict the test fold, and compute each metric on the test
 *       fold (classification: from its {@link ConfusionMatrix}; regression: MSE, MAE and
 *       \( R^2 \)).</li>
 *   <li>Fit the baselines ({@link Baselines}; majority class and stratified random, or the mean) on
 *       the raw training fold (no resampling: a baseline of the real class frequencies) and score
 *       them on the same test fold.</li>
 * </ol>
 * Each metric is reported as the mean and sample sd over all folds of all repeats
 * ({@link MetricSummary}).
 *
 * <h2>Randomness</h2>
 * One 64-bit seed is drawn from the caller's generator; the splits use stream 0 of it, and fold
 * \( i \) (counting across repeats) derives its own seed from stream \( i + 1 \), from which the
 * learner, the resampler and the baselines each get an independent stream
 * ({@link Randomness#stream}). The same generator state gives the same result. Folds run one after
 * the other on the calling thread, so learners need not be thread-safe.
 *
 * @since 0.1
 */
public final class CrossValidation {

    private final int folds;          // 1 for hold-out
    private final double testFraction; // hold-out only
    private final boolean stratified;
    private final int repeats;
    private final Preprocessor preprocessor;
    private final Resampler resampler;
    private final List<FoldMetric> metrics;
    private final boolean baselines;

    private CrossValidation(int folds, double testFraction, boolean stratified, int repeats,
                            Preprocessor preprocessor, Resampler resampler, List<FoldMetric> metrics,
                            boolean baselines) {
        this.folds = folds;
        this.testFraction = testFraction;
        this.stratified = stratified;
        this.repeats = repeats;
        this.preprocessor = preprocessor;
        this.resampler = resampler;
        this.metrics = metrics;
        this.baselines = baselines;
    }

    /**
     * Shuffled k-fold cross-validation, one repeat, no preprocessing or resampling, default
     * metrics, baselines on.
     *
     * @param k number of folds, {@code >= 2}
     * @return the configuration
     * @throws IllegalArgumentException if {@code k < 2}
     */
    public static CrossValidation kFold(int k) {
        return new CrossValidation(Checks.atLeast(k, 2, "k"), 0, false, 1, null, null, List.of(), true);
    }

    /**
     * Stratified k-fold cross-validation (classification only).
     *
     * @param k number of folds, {@code >= 2}
     * @return the configuration
     * @throws IllegalArgumentException if {@code k < 2}
     */
    public static CrossValidation stratifiedKFold(int k) {
        return new CrossValidation(Checks.atLeast(k, 2, "k"), 0, true, 1, null, null, List.of(), true);
    }

    /**
     * Random hold-out validation: one split with \( \lceil f n \rceil \) test rows
     * ({@link Splits#holdout}); with {@link #withRepeats(int)}, repeated random hold-out (each
     * repeat an independent split, so test sets may overlap across repeats).
     *
     * @param testFraction fraction of rows held out, in (0, 1)
     * @return the configuration
     * @throws IllegalArgumentException if {@code testFraction} is not in (0, 1)
     */
    public static CrossValidation holdout(double testFraction) {
        return new CrossValidation(1, Checks.inOpenRange(testFraction, 0, 1, "testFraction"), false, 1,
                null, null, List.of(), true);
    }

    /**
     * Stratified random hold-out validation ({@link Splits#stratifiedHoldout}; classification
     * only), repeatable like {@link #holdout(double)}.
     *
     * @param testFraction fraction of rows held out, in (0, 1)
     * @return the configuration
     * @throws IllegalArgumentException if {@code testFraction} is not in (0, 1)
     */
    public static CrossValidation stratifiedHoldout(double testFraction) {
        return new CrossValidation(1, Checks.inOpenRange(testFraction, 0, 1, "testFraction"), true, 1,
                null, null, List.of(), true);
    }

    /**
     * The same protocol repeated with reshuffling (iterated k-fold).
     *
     * @param r number of repeats, {@code >= 1}
     * @return a new configuration
     */
    public CrossValidation withRepeats(int r) {
        return new CrossValidation(folds, testFraction, stratified, Checks.positive(r, "r"), preprocessor, resampler,
                metrics, baselines);
    }

    /**
     * Preprocessing fitted on each training fold, e.g. {@code StandardScaler::fit}.
     *
     * @param p the recipe, or null for none
     * @return a new configuration
     */
    public CrossValidation withPreprocessor(Preprocessor p) {
        return new CrossValidation(folds, testFraction, stratified, repeats, p, resampler, metrics, baselines);
    }

    /**
     * Resampling applied to each (preprocessed) training fold, e.g.
     * {@code (train, rng) -> Resampling.smote(train, 5, rng)}.
     *
     * @param r the resampler, or null for none
     * @return a new configuration
     */
    public CrossValidation withResampler(Resampler r) {
        return new CrossValidation(folds, testFraction, stratified, repeats, preprocessor, r, metrics, baselines);
    }

    /**
     * The classification metrics to report, replacing the defaults (binary: accuracy, balanced
     * accuracy, F1 of class 1, G-mean, MCC; multiclass: accuracy, balanced accuracy, macro F1,
     * MCC).
     *
     * @param m metrics, at least one, distinct names
     * @return a new configuration
     * @throws IllegalArgumentException if empty or two metrics share a name
     */
    public CrossValidation withMetrics(FoldMetric... m) {
        Checks.notNull(m, "m");
        if (m.length == 0) {
            throw new IllegalArgumentException("m must hold at least one metric");
        }
        List<FoldMetric> list = List.of(m);
        for (int i = 0; i < list.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (list.get(i).name().equals(list.get(j).name())) {
                    throw new IllegalArgumentException("metric names must be distinct, repeated " + list.get(i).name());
                }
            }
        }
        return new CrossValidation(folds, testFraction, stratified, repeats, preprocessor, resampler, list, baselines);
    }

    /**
     * Whether to run the baselines (on by default).
     *
     * @param on true to run them
     * @return a new configuration
     */
    public CrossValidation withBaselines(boolean on) {
        return new CrossValidation(folds, testFraction, stratified, repeats, preprocessor, resampler, metrics, on);
    }

    /**
     * The splits this protocol would use for a dataset (the same the run methods use for the same
     * generator state).
     *
     * @param data the dataset
     * @param rng  generator, advanced by one draw
     * @return {@code folds * repeats} splits (one per repeat for hold-out)
     * @throws IllegalArgumentException if the dataset has fewer rows than folds, a hold-out side
     *                                  would be empty, or stratification is asked for a regression
     *                                  dataset
     */
    public List<Split> splits(Dataset data, RandomGenerator rng) {
        Checks.notNull(data, "data");
        long seed = Randomness.nextSeed(Checks.notNull(rng, "rng"));
        return splits(data, seed);
    }

    private List<Split> splits(Dataset data, long seed) {
        RandomGenerator g = Randomness.stream(seed, 0);
        if (stratified && !data.isClassification()) {
            throw new IllegalArgumentException("stratified splits need a classification dataset, was " + data);
        }
        if (folds == 1) {
            List<Split> out = new ArrayList<>(Math.min(repeats, 1024)); // grows with the work done
            int[] y = stratified ? data.labels() : null;
            for (int r = 0; r < repeats; r++) {
                Split s = stratified ? Splits.stratifiedHoldout(y, testFraction, g)
                        : Splits.holdout(data.size(), testFraction, g);
                out.add(new Split(r, 0, s.train(), s.test()));
            }
            return out;
        }
        if (stratified) {
            return Splits.repeatedStratifiedKFold(data.labels(), folds, repeats, g);
        }
        return Splits.repeatedKFold(data.size(), folds, repeats, g);
    }

    /**
     * Cross-validates a classifier.
     *
     * @param data    classification data; not modified
     * @param learner the user's training function
     * @param rng     generator, advanced by one draw
     * @return the result
     * @throws IllegalArgumentException if {@code data} is not a classification dataset, has fewer
     *                                  rows than folds, or a model returns the wrong number of
     *                                  predictions or a label outside {@code [0, k)}
     */
    public CrossValidationResult classify(Dataset data, Learner<? extends Classifier> learner,
                                          RandomGenerator rng) {
        Checks.notNull(data, "data");
        Checks.notNull(learner, "learner");
        if (!data.isClassification()) {
            throw new IllegalArgumentException("data must be a classification dataset, was " + data);
        }
        long seed = Randomness.nextSeed(Checks.notNull(rng, "rng"));
        List<Split> splits = splits(data, seed);
        int k = data.numClasses();
        List<FoldMetric> ms = metrics.isEmpty() ? defaults(k) : metrics;
        Map<String, Learner<Classifier>> bl = new LinkedHashMap<>();
        if (baselines) {
            bl.put("majority", Baselines.majorityClass());
            bl.put("stratified", Baselines.stratifiedRandom());
        }
        double[][] model = new double[ms.size()][splits.size()];
        Map<String, double[][]> base = new LinkedHashMap<>();
        bl.keySet().forEach(b -> base.put(b, new double[ms.size()][splits.size()]));
        ConfusionMatrix pooled = null;
        for (int f = 0; f < splits.size(); f++) {
            Fold fold = fold(data, splits.get(f), seed, f);
            long foldSeed = fold.seed();
            Dataset rawTrain = fold.rawTrain();
            Dataset rawTest = fold.rawTest();
            Classifier c = Checks.notNull(learner.fit(fold.train(), Randomness.stream(foldSeed, 0)),
                    "fitted classifier");
            int[] actual = rawTest.labels();
            ConfusionMatrix cm = ConfusionMatrix.of(actual, labels(c.predict(fold.test().features()), actual.length, k), k);
            pooled = pooled == null ? cm : pooled.combine(cm);
            for (int m = 0; m < ms.size(); m++) {
                model[m][f] = ms.get(m).function().applyAsDouble(cm);
            }
            int bi = 0;
            for (Map.Entry<String, Learner<Classifier>> e : bl.entrySet()) {
                Classifier b = e.getValue().fit(rawTrain, Randomness.stream(foldSeed, 2 + bi++));
                ConfusionMatrix bcm = ConfusionMatrix.of(actual, b.predict(rawTest.features()), k);
                for (int m = 0; m < ms.size(); m++) {
                    base.get(e.getKey())[m][f] = ms.get(m).function().applyAsDouble(bcm);
                }
            }
        }
        List<MetricSummary> mine = new ArrayList<>();
        for (int m = 0; m < ms.size(); m++) {
            mine.add(new MetricSummary(ms.get(m).name(), model[m], ms.get(m).higherIsBetter()));
        }
        Map<String, List<MetricSummary>> bres = new LinkedHashMap<>();
        base.forEach((b, v) -> {
            List<MetricSummary> l = new ArrayList<>();
            for (int m = 0; m < ms.size(); m++) {
                l.add(new MetricSummary(ms.get(m).name(), v[m], ms.get(m).higherIsBetter()));
            }
            bres.put(b, l);
        });
        if (pooled.numClasses() == k) {
            pooled = pooled.withClassNames(data.classNames()); // the dataset's names, for display
        }
        return new CrossValidationResult(describe(), mine, bres, pooled);
    }

    /**
     * Cross-validates a regression model, reporting the mean squared error, the mean absolute error
     * and \( R^2 = 1 - \sum (y - \hat y)^2 / \sum (y - \bar y)^2 \) of each test fold (\( \bar y \)
     * the test fold's mean; when the fold's targets are constant, \( R^2 \) is 1 for a perfect
     * prediction and 0 otherwise, as scikit-learn's {@code r2_score}), against the mean baseline.
     * Configured classification metrics are ignored.
     *
     * @param data    regression data; not modified
     * @param learner the user's training function
     * @param rng     generator, advanced by one draw
     * @return the result
     * @throws IllegalArgumentException if {@code data} is not a regression dataset, the protocol is
     *                                  stratified, or a model returns the wrong number of
     *                                  predictions or a non-finite one
     */
    public CrossValidationResult regress(Dataset data, Learner<? extends Regressor> learner,
                                         RandomGenerator rng) {
        Checks.notNull(data, "data");
        Checks.notNull(learner, "learner");
        if (data.isClassification()) {
            throw new IllegalArgumentException("data must be a regression dataset, was " + data);
        }
        long seed = Randomness.nextSeed(Checks.notNull(rng, "rng"));
        List<Split> splits = splits(data, seed);
        String[] names = {"MSE", "MAE", "R²"};
        boolean[] higher = {false, false, true};
        double[][] model = new double[3][splits.size()];
        double[][] base = new double[3][splits.size()];
        for (int f = 0; f < splits.size(); f++) {
            Fold fold = fold(data, splits.get(f), seed, f);
            Regressor r = Checks.notNull(learner.fit(fold.train(), Randomness.stream(fold.seed(), 0)),
                    "fitted regressor");
            double[] actual = fold.rawTest().targets();
            double[] pred = values(r.predict(fold.test().features()), actual.length);
            score(actual, pred, model, f);
            if (baselines) {
                Regressor b = Baselines.mean().fit(fold.rawTrain(), Randomness.stream(fold.seed(), 2));
                score(actual, b.predict(fold.rawTest().features()), base, f);
            }
        }
        List<MetricSummary> mine = new ArrayList<>();
        List<MetricSummary> mean = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            mine.add(new MetricSummary(names[m], model[m], higher[m]));
            mean.add(new MetricSummary(names[m], base[m], higher[m]));
        }
        Map<String, List<MetricSummary>> bres = new LinkedHashMap<>();
        if (baselines) {
            bres.put("mean", mean);
        }
        return new CrossValidationResult(describe(), mine, bres, null);
    }

    // -----------------------------------------------------------------------------------------

    /** One fold: its seed, its raw train and test sets, and the two prepared for the learner. */
    private record Fold(long seed, Dataset rawTrain, Dataset rawTest, Dataset train, Dataset test) {
    }

    /** Fold {@code f} of {@code split}: seed \( \mathrm{stream}(seed, f + 1) \), sets prepared on the training part only. */
    private Fold fold(Dataset data, Split split, long seed, int f) {
        long foldSeed = Randomness.stream(seed, f + 1L).nextLong();
        Dataset rawTrain = split.trainOf(data);
        Dataset rawTest = split.testOf(data);
        Dataset[] prepared = prepare(rawTrain, rawTest, foldSeed);
        return new Fold(foldSeed, rawTrain, rawTest, prepared[0], prepared[1]);
    }

    private Dataset[] prepare(Dataset train, Dataset test, long foldSeed) {
        Dataset tr = train;
        Dataset te = test;
        if (preprocessor != null) {
            Transformer t = Checks.notNull(preprocessor.fit(train.features()), "fitted transformer");
            tr = t.transform(train);
            te = t.transform(test);
        }
        if (resampler != null) {
            Resampled r = Checks.notNull(resampler.resample(tr, Randomness.stream(foldSeed, 1)), "resampled");
            tr = r.dataset();
        }
        return new Dataset[] {tr, te};
    }

    private static int[] labels(int[] predicted, int n, int k) {
        Checks.notNull(predicted, "predicted labels");
        Checks.sameLength(predicted.length, "predicted labels", n, "test fold");
        return Checks.labels(predicted, k, "predicted labels");
    }

    private static double[] values(double[] predicted, int n) {
        Checks.notNull(predicted, "predictions");
        Checks.sameLength(predicted.length, "predictions", n, "test fold");
        return Checks.allFinite(predicted, "predictions");
    }

    private static void score(double[] y, double[] p, double[][] out, int f) {
        CompensatedSum se = CompensatedSum.create();
        CompensatedSum ae = CompensatedSum.create();
        CompensatedSum sy = CompensatedSum.create();
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - p[i];
            se.add(e * e);
            ae.add(Math.abs(e));
            sy.add(y[i]);
        }
        double mean = sy.value() / y.length;
        CompensatedSum st = CompensatedSum.create();
        for (double v : y) {
            st.add((v - mean) * (v - mean));
        }
        out[0][f] = se.value() / y.length;
        out[1][f] = ae.value() / y.length;
        double tot = st.value();
        out[2][f] = tot == 0 ? (se.value() == 0 ? 1.0 : 0.0) : 1 - se.value() / tot;
    }

    private static List<FoldMetric> defaults(int k) {
        if (k == 2) {
            return List.of(FoldMetric.accuracy(), FoldMetric.balancedAccuracy(), FoldMetric.f1(1),
                    FoldMetric.gMean(), FoldMetric.mcc());
        }
        return List.of(FoldMetric.accuracy(), FoldMetric.balancedAccuracy(), FoldMetric.macroF1(),
                FoldMetric.mcc());
    }

    private String describe() {
        String p = folds == 1 ? "hold-out " + testFraction : folds + "-fold";
        return (stratified ? "stratified " : "") + p + (repeats > 1 ? " x " + repeats + " repeats" : "")
                + (preprocessor != null ? ", preprocessing fitted per training fold" : "")
                + (resampler != null ? ", training folds resampled" : "");
    }

    /**
     * The protocol, e.g. {@code "CrossValidation[stratified 5-fold x 2 repeats]"}.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "CrossValidation[" + describe() + "]";
    }
}
