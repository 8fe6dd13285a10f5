package dev.statlearn.eval.resample;

import dev.statlearn.core.data.Dataset;
import java.util.random.RandomGenerator;

/**
 * A resampling recipe applied to a training set, e.g.
 * {@code (train, rng) -> Resampling.smote(train, 5, rng)}. Validation protocols call it on each
 * training fold (after preprocessing) and never on the held-out fold.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Resampler {

    /**
     * Resamples a training set.
     *
     * @param train training data; not modified
     * @param rng   generator for the random choices
     * @return the resampled data
     */
    Resampled resample(Dataset train, RandomGenerator rng);
}
