package dev.statlearn.core.data;

import dev.statlearn.core.Checks;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Interop with EJML's row-major dense matrices ({@link DMatrixRMaj}) for users who hold their data
 * in EJML: a {@link Dataset} from a matrix and back, and plain conversions. Element
 * \( (i, j) \) of the matrix is feature \( j \) of example \( i \): \( x_{ij} = \) {@code m.get(i, j)}.
 *
 * <p>Every method copies; a matrix or array passed in is never modified, and a matrix returned
 * shares nothing with the library. Only the first {@code rows * cols} entries of
 * {@code m.data} are read (EJML may keep a longer buffer).
 *
 * @since 0.2
 */
public final class EjmlMatrices {

    private EjmlMatrices() {
    }

    /**
     * The rows of a matrix as a new array, \( a_{ij} = m_{ij} \).
     *
     * @param m matrix with at least one row and one column
     * @return a new {@code rows x cols} array
     * @throws NullPointerException     if {@code m} is null
     * @throws IllegalArgumentException if {@code m} has no rows or no columns
     */
    public static double[][] toArray(DMatrixRMaj m) {
        Objects.requireNonNull(m, "m");
        int r = m.getNumRows();
        int c = m.getNumCols();
        if (r < 1 || c < 1) {
            throw new IllegalArgumentException("m must have at least one row and one column, was " + r + "x" + c);
        }
        if (m.data == null || m.data.length < (long) r * c) {
            throw new IllegalArgumentException("m.data must hold rows*cols = " + (long) r * c + " values, held "
                    + (m.data == null ? 0 : m.data.length));
        }
        double[][] a = new double[r][c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(m.data, i * c, a[i], 0, c);
        }
        return a;
    }

    /**
     * A new matrix with the given rows, \( m_{ij} = x_{ij} \).
     *
     * @param x rectangular, non-empty rows; not modified
     * @return a new {@code x.length x x[0].length} matrix
     * @throws NullPointerException     if {@code x} or a row is null
     * @throws IllegalArgumentException if {@code x} is empty or ragged, or has more than
     *                                  {@link Integer#MAX_VALUE} entries
     */
    public static DMatrixRMaj toMatrix(double[][] x) {
        Checks.rectangular(x, "x");
        int c = x[0].length;
        if ((long) x.length * c > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("x must have at most " + (Integer.MAX_VALUE - 8)
                    + " entries, had " + (long) x.length * c);
        }
        DMatrixRMaj m = new DMatrixRMaj(x.length, c);
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, m.data, i * c, c);
        }
        return m;
    }

    /**
     * A classification dataset whose features are the rows of {@code x} (see
     * {@link Dataset#classification(double[][], int[])}).
     *
     * @param x features, one row per example; copied
     * @param y class labels, {@code >= 0}, one per row; copied
     * @return the dataset
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link Dataset#classification(double[][], int[])}, or if
     *                                  {@code x} has no rows or columns
     */
    public static Dataset classification(DMatrixRMaj x, int[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        return Dataset.classification(toArray(x), y);
    }

    /**
     * A regression dataset whose features are the rows of {@code x} (see
     * {@link Dataset#regression(double[][], double[])}).
     *
     * @param x features, one row per example; copied
     * @param y finite targets, one per row; copied
     * @return the dataset
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link Dataset#regression(double[][], double[])}, or if
     *                                  {@code x} has no rows or columns
     */
    public static Dataset regression(DMatrixRMaj x, double[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        return Dataset.regression(toArray(x), y);
    }

    /**
     * The features of a dataset as a new {@code size x numFeatures} matrix,
     * \( m_{ij} = \) {@code data.value(i, j)}.
     *
     * @param data the dataset
     * @return a new matrix
     * @throws NullPointerException if {@code data} is null
     */
    public static DMatrixRMaj features(Dataset data) {
        Objects.requireNonNull(data, "data");
        return toMatrix(data.features());
    }
}
