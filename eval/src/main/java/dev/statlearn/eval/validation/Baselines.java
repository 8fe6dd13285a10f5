package dev.statlearn.eval.validation;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.Randomness;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Common-sense baselines a model must beat, as scikit-learn's {@code DummyClassifier} and
 * {@code DummyRegressor}. They ignore the features. {@link CrossValidation} runs them on the same
 * folds as the model and reports by how much the model beats them.
 *
 * @since 0.1
 */
public final class Baselines {

    private Baselines() {
    }

    /**
     * Always predicts the most frequent training class (ties to the smaller label), as
     * {@code DummyClassifier(strategy="most_frequent")}. On an imbalanced task its accuracy is the
     * majority share, while its balanced accuracy is \( 1/k \) and its minority recall 0.
     *
     * @return the learner
     */
    public static Learner<Classifier> majorityClass() {
        return (train, rng) -> {
            int[] counts = train.classCounts();
            int best = 0;
            for (int c = 1; c < counts.length; c++) {
                if (counts[c] > counts[best]) {
                    best = c;
                }
            }
            int label = best;
            return x -> {
                int[] out = new int[x.length];
                Arrays.fill(out, label);
                return out;
            };
        };
    }

    /**
     * Predicts labels drawn at random from the training class frequencies, as
     * {@code DummyClassifier(strategy="stratified")}. The fitted classifier keeps a seed drawn
     * from the fit generator, so predicting the same rows twice gives the same labels.
     *
     * @return the learner
     */
    public static Learner<Classifier> stratifiedRandom() {
        return (train, rng) -> {
            int[] counts = train.classCounts();
            long[] cumulative = new long[counts.length];
            long s = 0;
            for (int c = 0; c < counts.length; c++) {
                s += counts[c];
                cumulative[c] = s;
            }
            long total = s;
            long seed = Checks.notNull(rng, "rng").nextLong();
            return x -> {
                RandomGenerator g = Randomness.seeded(seed);
                int[] out = new int[x.length];
                for (int i = 0; i < x.length; i++) {
                    long u = g.nextLong(total);
                    int c = 0;
                    while (cumulative[c] <= u) {
                        c++;
                    }
                    out[i] = c;
                }
                return out;
            };
        };
    }

    /**
     * Always predicts the mean training target, as {@code DummyRegressor(strategy="mean")}; its
     * \( R^2 \) on a test fold is \( \le 0 \) (0 when the fold has the training mean).
     *
     * @return the learner
     */
    public static Learner<Regressor> mean() {
        return (train, rng) -> {
            double[] y = train.targets();
            CompensatedSum s = CompensatedSum.create();
            for (double v : y) {
                s.add(v);
            }
            double m = s.value() / y.length;
            return x -> {
                double[] out = new double[x.length];
                Arrays.fill(out, m);
                return out;
            };
        };
    }
}
