package dev.statlearn.eval.validation;

import dev.statlearn.core.Checks;
import dev.statlearn.core.data.Dataset;
import java.util.Arrays;

/**
 * One train/test split of row indices: fold {@code fold} of repeat {@code repeat}. The two index
 * arrays are disjoint and sorted ascending.
 *
 * @param repeat repeat number, {@code >= 0} (0 for a single hold-out or k-fold run)
 * @param fold   fold number within the repeat, {@code >= 0}
 * @param train  training row indices; copied on the way in and out
 * @param test   test row indices; copied on the way in and out
 * @since 0.1
 */
public record Split(int repeat, int fold, int[] train, int[] test) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if an array is null
     * @throws IllegalArgumentException if a number is negative, an array is empty, holds a negative
     *                                  index, or the two share an index
     */
    public Split {
        Checks.nonNegative(repeat, "repeat");
        Checks.nonNegative(fold, "fold");
        Checks.nonEmpty(train, "train");
        Checks.nonEmpty(test, "test");
        train = train.clone();
        test = test.clone();
        Arrays.sort(train);
        Arrays.sort(test);
        int i = 0;
        int j = 0;
        if (train[0] < 0 || test[0] < 0) {
            throw new IllegalArgumentException("train and test must hold indices >= 0, had "
                    + Math.min(train[0], test[0]));
        }
        while (i < train.length && j < test.length) {
            if (train[i] == test[j]) {
                throw new IllegalArgumentException("train and test must be disjoint, both hold " + train[i]);
            }
            if (train[i] < test[j]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /**
     * The training indices.
     *
     * @return a new sorted array
     */
    @Override
    public int[] train() {
        return train.clone();
    }

    /**
     * The test indices.
     *
     * @return a new sorted array
     */
    @Override
    public int[] test() {
        return test.clone();
    }

    /**
     * The training rows of a dataset.
     *
     * @param data the dataset the indices refer to
     * @return a new dataset
     * @throws IllegalArgumentException if an index is out of range
     */
    public Dataset trainOf(Dataset data) {
        return Checks.notNull(data, "data").select(train);
    }

    /**
     * The test rows of a dataset.
     *
     * @param data the dataset the indices refer to
     * @return a new dataset
     * @throws IllegalArgumentException if an index is out of range
     */
    public Dataset testOf(Dataset data) {
        return Checks.notNull(data, "data").select(test);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Split s && s.repeat == repeat && s.fold == fold
                && Arrays.equals(s.train, train) && Arrays.equals(s.test, test);
    }

    @Override
    public int hashCode() {
        return ((31 * repeat + fold) * 31 + Arrays.hashCode(train)) * 31 + Arrays.hashCode(test);
    }

    /**
     * Sizes only, e.g. {@code "Split[repeat 0, fold 2: 120 train, 30 test]"}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "Split[repeat " + repeat + ", fold " + fold + ": " + train.length + " train, "
                + test.length + " test]";
    }
}
