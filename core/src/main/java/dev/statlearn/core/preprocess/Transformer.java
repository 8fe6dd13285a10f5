package dev.statlearn.core.preprocess;

import dev.statlearn.core.Checks;
import dev.statlearn.core.data.Dataset;

/**
 * A fitted, immutable feature transformation \( x \mapsto T(x) \), learned from training data by a
 * {@link Preprocessor} and then applied unchanged to any other data (no leakage).
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
     * @throws IllegalArgumentException if the row has the wrong length
     */
    double[] transform(double[] row);

    /**
     * Transforms every row.
     *
     * @param x rows; not modified
     * @return new transformed rows
     * @throws IllegalArgumentException if {@code x} is empty, ragged or has the wrong width
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
        Checks.notNull(row, "row");
        if (row.length != expected) {
            throw new IllegalArgumentException(
                    "row has " + row.length + " columns but the transformer was fitted on " + expected);
        }
    }
}
