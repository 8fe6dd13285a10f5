package dev.statlearn.eval.resample;

import dev.statlearn.core.Checks;
import dev.statlearn.core.data.Dataset;

/**
 * The result of resampling: a new dataset and, for each of its rows, the row of the input it
 * copies, or {@code -1} for a synthetic row (made by SMOTE).
 *
 * @param dataset    the resampled dataset
 * @param sourceRows for each row of {@code dataset}, the input row it copies, or {@code -1} if it
 *                   is synthetic; copied on the way in and out
 * @since 0.1
 */
public record Resampled(Dataset dataset, int[] sourceRows) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ or a source row is below {@code -1}
     */
    public Resampled {
        Checks.notNull(dataset, "dataset");
        Checks.notNull(sourceRows, "sourceRows");
        Checks.sameLength(sourceRows.length, "sourceRows", dataset.size(), "dataset rows");
        sourceRows = sourceRows.clone();
        for (int i = 0; i < sourceRows.length; i++) {
            if (sourceRows[i] < -1) {
                throw new IllegalArgumentException(
                        "sourceRows[" + i + "] must be >= -1, was " + sourceRows[i]);
            }
        }
    }

    /**
     * For each row, the input row it copies, or {@code -1} if synthetic.
     *
     * @return a new array
     */
    @Override
    public int[] sourceRows() {
        return sourceRows.clone();
    }

    /**
     * Whether a row of the resampled dataset is synthetic.
     *
     * @param row row of {@link #dataset()}
     * @return true if the row was generated rather than copied
     */
    public boolean isSynthetic(int row) {
        Checks.index(row, sourceRows.length, "row");
        return sourceRows[row] < 0;
    }

    /**
     * Which rows are synthetic.
     *
     * @return a new array, one flag per row of {@link #dataset()}
     */
    public boolean[] synthetic() {
        boolean[] out = new boolean[sourceRows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = sourceRows[i] < 0;
        }
        return out;
    }

    /**
     * Number of synthetic rows.
     *
     * @return count of rows with source {@code -1}
     */
    public int syntheticCount() {
        int c = 0;
        for (int s : sourceRows) {
            if (s < 0) {
                c++;
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resampled r && r.dataset == dataset
                && java.util.Arrays.equals(r.sourceRows, sourceRows);
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(dataset) + java.util.Arrays.hashCode(sourceRows);
    }

    /**
     * The dataset's description and the number of synthetic rows.
     *
     * @return e.g. {@code "breast cancer: 714 x 30, 2 classes {malignant=357, benign=357}
     *         (145 synthetic)"}
     */
    @Override
    public String toString() {
        return dataset + " (" + syntheticCount() + " synthetic)";
    }
}
