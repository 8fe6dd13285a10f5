package dev.statlearn.core.preprocess;

import dev.statlearn.core.Checks;
import dev.statlearn.core.data.Dataset;

/**
 * A recipe that learns a {@link Transformer} from training features only, e.g.
 * {@code StandardScaler::fit} or {@code x -> Imputer.fit(x, Imputer.Strategy.MEDIAN)}.
 * Validation protocols call it on each training fold and apply the result to the held-out fold.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Preprocessor {

    /**
     * Learns a transformation from training rows.
     *
     * @param x training rows; not modified
     * @return the fitted transformer
     */
    Transformer fit(double[][] x);

    /**
     * Learns a transformation from a training dataset's features.
     *
     * @param train training data
     * @return the fitted transformer
     */
    default Transformer fit(Dataset train) {
        return fit(Checks.notNull(train, "train").features());
    }

    /**
     * This recipe followed by {@code next}, fitted on this one's output.
     *
     * @param next the second recipe
     * @return a recipe that fits both in order
     */
    default Preprocessor andThen(Preprocessor next) {
        Checks.notNull(next, "next");
        return x -> {
            Transformer first = fit(x);
            return first.andThen(next.fit(first.transform(x)));
        };
    }
}
