package dev.statlearn.core.preprocess;

import dev.statlearn.core.Checks;
import dev.statlearn.core.data.Dataset;

/**
 * A fitted, immutable feature transformation \( x \mapsto T(x) \), learned from training data by a
 * {@link Preprocessor} and then applied unchanged to any other data (no leakage).
 *
 * <p><b>Non-finite input.</b> NaN marks a missing value: {@link Imputer} fills it, the scalers keep it
 * NaN, {@link OneHotEncoder} encodes it as an unknown category. Infinite values are rejected, when
 * fitting and when transforming, with an {@link IllegalArgumentException} naming the row (for a
 * matrix) and the column, e.g. {@code "x[3][1] must be finite or NaN (missing), was Infinity"}.
 *
 * <p>Implementations are immutable and thread-safe; inputs are never modified.
 *
 * @since 0.1
 */
public interface Transformer {

    /**
     * Number of input columns this transformer was fitted on.
     *
     * @return input width
     */
    int inputFeatures();

    /**
     * Number of output columns.
     *
     * @return output width
     */
    default int outputFeatures() {
        return inputFeatures();
    }

    /**
     * Transforms one row.
     *
     * @param row values, length {@link #inputFeatures()}; not modified
     * @return a new transformed row
     * @throws IllegalArgumentException if the row has the wrong length or an infinite value
     */
    double[] transform(double[] row);

    /**
     * Transforms every row.
     *
     * @param x rows; not modified
     * @return new transformed rows
     * @throws IllegalArgumentException if {@code x} is empty, ragged, has the wrong width or an
     *                                  infinite value
     */
    default double[][] transform(double[][] x) {
        Checks.rectangular(x, "x");
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = transform(x[i]);
        }
        return out;
    }

    /**
     * Transforms the features of a dataset, keeping its labels or targets.
     *
     * @param data dataset
     * @return a new dataset with transformed features
     */
    default Dataset transform(Dataset data) {
        Checks.notNull(data, "data");
        return data.withFeatures(transform(data.features()));
    }

    /**
     * This transformation followed by {@code next}.
     *
     * @param next transformer fitted on this one's output
     * @return the composition \( \text{next} \circ \text{this} \)
     */
    default Transformer andThen(Transformer next) {
        Checks.notNull(next, "next");
        if (next.inputFeatures() != outputFeatures()) {
            throw new IllegalArgumentException("next expects " + next.inputFeatures()
                    + " columns but this transformer outputs " + outputFeatures());
        }
        Transformer first = this;
        return new Transformer() {
            @Override
            public int inputFeatures() {
                return first.inputFeatures();
            }

            @Override
            public int outputFeatures() {
                return next.outputFeatures();
            }

            @Override
            public double[] transform(double[] row) {
                return next.transform(first.transform(row));
            }

            @Override
            public String toString() {
                return first + " -> " + next;
            }
        };
    }

    /**
     * Checks that a row has the fitted width (for implementations).
     *
     * @param row      row
     * @param expected expected length
     */
    static void checkWidth(double[] row, int expected) {
        checkLength(row, expected);
    }

    /**
     * Checks that a row has the fitted width and no infinite value (for implementations; NaN,
     * a missing value, passes).
     *
     * @param row      row
     * @param expected expected length
     * @throws NullPointerException     if {@code row} is null
     * @throws IllegalArgumentException if the length differs or a value is infinite
     */
    static void checkRow(double[] row, int expected) {
        checkLength(row, expected);
        for (int j = 0; j < row.length; j++) {
            if (Double.isInfinite(row[j])) {
                throw new IllegalArgumentException("row[" + j + "] must be finite or NaN (missing), was " + row[j]);
            }
        }
    }

    private static void checkLength(double[] row, int expected) {
        Checks.notNull(row, "row");
        if (row.length != expected) {
            throw new IllegalArgumentException(
                    "row has " + row.length + " columns but the transformer was fitted on " + expected);
        }
    }
}
