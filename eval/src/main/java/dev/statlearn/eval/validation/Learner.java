package dev.statlearn.eval.validation;

import dev.statlearn.core.data.Dataset;
import java.util.random.RandomGenerator;

/**
 * A user's training function: a training set (and a generator for any randomness, such as weight
 * initialisation) in, a fitted model out. {@link CrossValidation} calls it once per fold with that
 * fold's own seeded generator, so results are reproducible.
 *
 * @param <M> the fitted model type, {@link Classifier} or {@link Regressor}
 * @since 0.1
 */
@FunctionalInterface
public interface Learner<M> {

    /**
     * Fits a model.
     *
     * @param train training data (already preprocessed and resampled); must not be modified
     * @param rng   generator reserved for this fit
     * @return the fitted model
     */
    M fit(Dataset train, RandomGenerator rng);
}
