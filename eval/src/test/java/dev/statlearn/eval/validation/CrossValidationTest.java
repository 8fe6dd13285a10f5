package dev.statlearn.eval.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.preprocess.StandardScaler;
import dev.statlearn.core.preprocess.Transformer;
import dev.statlearn.eval.resample.Resampling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    /** Column 0 is the row id (0..n-1), column 1 noise; labels 1 for every 5th row. */
    static Dataset withIds(int n) {
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = i;
            x[i][1] = Math.sin(i);
            y[i] = i % 5 == 0 ? 1 : 0;
        }
        return Dataset.classification(x, y);
    }

    static Transformer identity(int d) {
        return new Transformer() {
            @Override
            public int inputFeatures() {
                return d;
            }

            @Override
            public double[] transform(double[] row) {
                return row.clone();
            }
        };
    }

    private static Set<Integer> ids(double[][] x) {
        Set<Integer> s = new HashSet<>();
        for (double[] r : x) {
            s.add((int) r[0]);
        }
        return s;
    }

    @Test
    void preprocessingAndResamplingSeeTrainingFoldsOnly() {
        Dataset data = withIds(103);
        List<Set<Integer>> preFit = new ArrayList<>();
        List<Set<Integer>> resampled = new ArrayList<>();
        List<Set<Integer>> learned = new ArrayList<>();
        List<Set<Integer>> predicted = new ArrayList<>();
        List<Integer> predictedRows = new ArrayList<>();
        CrossValidation cv = CrossValidation.stratifiedKFold(4).withRepeats(2)
                .withPreprocessor(x -> {
                    preFit.add(ids(x));
                    return identity(2);
                })
                .withResampler((train, rng) -> {
                    resampled.add(ids(train.features()));
                    return Resampling.randomOversample(train, rng);
                });
        CrossValidationResult r = cv.classify(data, (train, rng) -> {
            learned.add(ids(train.features()));
            assertEquals(train.classCounts()[0], train.classCounts()[1], "training fold balanced");
            return x -> {
                predicted.add(ids(x));
                predictedRows.add(x.length);
                return new int[x.length];
            };
        }, Randomness.seeded(9));
        List<Split> splits = cv.splits(data, Randomness.seeded(9));
        assertEquals(8, splits.size());
        for (int f = 0; f < 8; f++) {
            Set<Integer> train = new HashSet<>();
            for (int i : splits.get(f).train()) {
                train.add(i);
            }
            Set<Integer> test = new HashSet<>();
            for (int i : splits.get(f).test()) {
                test.add(i);
            }
            assertEquals(train, preFit.get(f), "preprocessor fitted on the training fold only");
            assertEquals(train, resampled.get(f), "resampler saw the training fold only");
            assertEquals(train, learned.get(f), "learner saw training rows only");
            assertEquals(test, predicted.get(f), "model predicted the test fold");
            assertEquals(test.size(), predictedRows.get(f), "test fold not resampled");
        }
        assertEquals(2L * 103, r.pooledConfusion().total());
    }

    @Test
    void sameSeedSameResultAndInputUntouched() {
        Dataset data = Datasets.breastCancer().oneVsRest(0);
        String before = data.toString();
        double[][] x0 = data.features();
        CrossValidation cv = CrossValidation.stratifiedKFold(5).withPreprocessor(StandardScaler::fit)
                .withResampler((t, rng) -> Resampling.smote(t, 5, rng));
        Learner<Classifier> centroid = CrossValidationTest::nearestCentroid;
        CrossValidationResult a = cv.classify(data, centroid, Randomness.seeded(1));
        CrossValidationResult b = cv.classify(data, centroid, Randomness.seeded(1));
        assertEquals(a.metrics(), b.metrics());
        assertEquals(a.baselines(), b.baselines());
        assertEquals(before, data.toString());
        assertTrue(java.util.Arrays.deepEquals(x0, data.features()));
        // a nearest-centroid classifier on standardized breast cancer beats both baselines clearly
        assertTrue(a.metric("balanced accuracy").mean() > 0.9, a.toString());
        assertEquals(0.5, a.baseline("majority", "balanced accuracy").mean(), 0.0);
        assertTrue(a.improvement("balanced accuracy") > 0.35, a.toString());
        assertTrue(a.toString().contains("gain vs best baseline"));
    }

    /** Nearest class centroid (Euclidean). */
    static Classifier nearestCentroid(Dataset train, java.util.random.RandomGenerator rng) {
        int k = train.numClasses();
        int d = train.numFeatures();
        double[][] c = new double[k][d];
        int[] n = train.classCounts();
        for (int i = 0; i < train.size(); i++) {
            double[] row = train.row(i);
            for (int j = 0; j < d; j++) {
                c[train.label(i)][j] += row[j] / n[train.label(i)];
            }
        }
        return x -> {
            int[] out = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                double best = Double.POSITIVE_INFINITY;
                for (int a = 0; a < k; a++) {
                    double s = 0;
                    for (int j = 0; j < d; j++) {
                        s += (x[i][j] - c[a][j]) * (x[i][j] - c[a][j]);
                    }
                    if (s < best) {
                        best = s;
                        out[i] = a;
                    }
                }
            }
            return out;
        };
    }

    @Test
    void baselinesOnDigitsZeroVsRest() {
        Dataset data = Datasets.digits().oneVsRest(0);
        CrossValidationResult r = CrossValidation.stratifiedKFold(5)
                .withMetrics(FoldMetric.accuracy(), FoldMetric.balancedAccuracy(), FoldMetric.recall(1))
                .classify(data, Baselines.majorityClass(), Randomness.seeded(4));
        // the model is itself the majority baseline: identical per-fold values, zero improvement
        assertEquals(r.metric("accuracy"), r.baseline("majority", "accuracy"));
        assertEquals(1619.0 / 1797, r.metric("accuracy").mean(), 1e-3);
        assertEquals(0.0, r.metric("recall(1)").mean());
        assertEquals(0.5, r.metric("balanced accuracy").mean());
        // stratified random: expected balanced accuracy 0.5; 5 folds x 360 rows, sd of the mean ~0.017
        assertEquals(0.5, r.baseline("stratified", "balanced accuracy").mean(), 0.08);
        assertThrows(IllegalArgumentException.class, () -> r.metric("nope"));
    }

    @Test
    void regressionAgainstTheMean() {
        // y = 3 x0 - 2 exactly: a least-squares line recovers it, MSE ~ 0, R² ~ 1
        int n = 60;
        double[][] x = new double[n][1];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = i * 0.1;
            y[i] = 3 * x[i][0] - 2;
        }
        Dataset data = Dataset.regression(x, y);
        CrossValidationResult r = CrossValidation.kFold(5).withRepeats(3).regress(data, (train, rng) -> {
            double[] t = train.targets();
            double[] c = train.column(0);
            double mx = 0;
            double my = 0;
            for (int i = 0; i < t.length; i++) {
                mx += c[i] / t.length;
                my += t[i] / t.length;
            }
            double sxy = 0;
            double sxx = 0;
            for (int i = 0; i < t.length; i++) {
                sxy += (c[i] - mx) * (t[i] - my);
                sxx += (c[i] - mx) * (c[i] - mx);
            }
            double slope = sxy / sxx;
            double icept = my - slope * mx;
            return rows -> {
                double[] out = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = icept + slope * rows[i][0];
                }
                return out;
            };
        }, Randomness.seeded(2));
        assertEquals(15, r.metric("MSE").values().length);
        assertEquals(0.0, r.metric("MSE").mean(), 1e-20);
        assertEquals(1.0, r.metric("R²").mean(), 1e-12);
        assertTrue(r.baseline("mean", "R²").mean() <= 0);
        assertTrue(r.improvement("MSE") > 0);
        assertThrows(IllegalStateException.class, r::pooledConfusion);
        assertThrows(IllegalArgumentException.class,
                () -> CrossValidation.stratifiedKFold(5).regress(data, Baselines.mean(), Randomness.seeded(1)));
    }

    @Test
    void repeatedStratifiedHoldout() {
        Dataset data = withIds(100);
        CrossValidation cv = CrossValidation.stratifiedHoldout(0.25).withRepeats(3);
        List<Split> splits = cv.splits(data, Randomness.seeded(5));
        assertEquals(3, splits.size());
        for (int r = 0; r < 3; r++) {
            Split s = splits.get(r);
            assertEquals(r, s.repeat());
            assertEquals(25, s.test().length);
            assertEquals(75, s.train().length);
            assertEquals(5, s.testOf(data).classCounts()[1], "20 positives, a quarter held out");
        }
        CrossValidationResult res = cv.classify(data, Baselines.majorityClass(), Randomness.seeded(5));
        assertEquals(3, res.metric("accuracy").values().length);
        assertEquals(0.8, res.metric("accuracy").mean(), 1e-15);
        assertTrue(Double.isNaN(CrossValidation.holdout(0.5).classify(data, Baselines.majorityClass(),
                Randomness.seeded(1)).metric("accuracy").sd()), "one hold-out: no sd");
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.holdout(1.0));
        assertTrue(cv.toString().contains("stratified hold-out 0.25 x 3 repeats"), cv.toString());
    }

    @Test
    void rejectsBadPredictions() {
        Dataset data = withIds(20);
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.kFold(2)
                .classify(data, (t, rng) -> x -> new int[x.length + 1], Randomness.seeded(1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrossValidation.kFold(2)
                .classify(data, (t, rng) -> x -> {
                    int[] p = new int[x.length];
                    p[0] = 7;
                    return p;
                }, Randomness.seeded(1)));
        assertTrue(e.getMessage().contains("predicted labels[0]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.kFold(1));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.kFold(21)
                .classify(data, Baselines.majorityClass(), Randomness.seeded(1)));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.kFold(2)
                .withMetrics(FoldMetric.accuracy(), FoldMetric.accuracy()));
        assertFalse(CrossValidation.kFold(3).toString().isEmpty());
    }
}
