package dev.statlearn.core.data;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Class-label bookkeeping shared by evaluation and training: the rows of each class, balanced
 * class weights, and the stratified hold-out split. {@code eval}'s {@code ClassWeights},
 * {@code Splits} and {@code Bootstrap} and {@code nn}'s {@code Loss} and {@code Trainer} all use
 * these, so the rules are defined once.
 *
 * <ul>
 *   <li>{@link #rowsByClass(int[], int)}: the row indices \( \{ i : y_i = c \} \) of each class
 *       \( c = 0, \dots, k-1 \), ascending.</li>
 *   <li>{@link #balancedWeights(int[], int)}: \( w_c = n / (k\, n_c) \) (scikit-learn's
 *       {@code compute_class_weight("balanced")}); a class with \( n_c = 0 \) is rejected, as
 *       scikit-learn rejects it.</li>
 *   <li>{@link #stratifiedHoldout(int[][], int, RandomGenerator)}: \( m \) test rows shared among
 *       the classes in proportion to their counts by largest remainders, each class's rows
 *       shuffled.</li>
 * </ul>
 *
 * <p>All methods are pure apart from the generator they are given; arrays are never modified.
 *
 * @since 0.3
 */
public final class ClassBalance {

    private ClassBalance() {
    }

    /**
     * The row indices of each class: {@code rows[c]} lists, ascending, the \( i \) with
     * \( y_i = c \), for \( c = 0, \dots, k-1 \) (a class that does not occur gets an empty
     * array). With \( k \) from {@link Checks#classCount(int[], int, String)} these are the
     * classes up to the largest label.
     *
     * @param y class labels in {@code [0, k)}, not modified
     * @param k number of classes, in {@code [1, max(y.length, }{@link Dataset#MAX_CLASSES}{@code )]}
     *          (so the arrays allocated are bounded by the input's size or the class limit);
     *          checked before anything is allocated
     * @return a new array of {@code k} index arrays
     * @throws NullPointerException     if {@code y} is null
     * @throws IllegalArgumentException if {@code k} is out of range or a label is outside
     *                                  {@code [0, k)}
     */
    public static int[][] rowsByClass(int[] y, int k) {
        Objects.requireNonNull(y, "y");
        int limit = Math.max(y.length, Dataset.MAX_CLASSES);
        if (k < 1 || k > limit) {
            throw new IllegalArgumentException("k must be in [1, max(y.length, Dataset.MAX_CLASSES) = " + limit
                    + "], was " + k);
        }
        Checks.labels(y, k, "y");
        int[] counts = new int[k];
        for (int v : y) {
            counts[v]++;
        }
        int[][] rows = new int[k][];
        for (int c = 0; c < k; c++) {
            rows[c] = new int[counts[c]];
        }
        int[] fill = new int[k];
        for (int i = 0; i < y.length; i++) {
            rows[y[i]][fill[y[i]]++] = i;
        }
        return rows;
    }

    /**
     * Balanced class weights \( w_c = n / (k\, n_c) \), with \( n_c \) the number of rows of class
     * \( c \): every class then carries the same total weight \( n / k \) and the weights average
     * to 1 over the rows. This is scikit-learn's
     * {@code compute_class_weight("balanced", classes=np.arange(k), y=y)}.
     *
     * <p><b>Absent class.</b> A class in \( [0, k) \) that does not occur in {@code y} would get
     * \( n / (k \cdot 0) = \infty \); it is rejected with an {@link IllegalArgumentException}, as
     * scikit-learn raises a {@code ValueError} for a listed class absent from {@code y}. Since every
     * class must occur, \( k \le n \), which is checked before anything is allocated.
     *
     * @param y class labels in {@code [0, k)}, not modified
     * @param k number of classes, in {@code [1, y.length]}
     * @return a new array of {@code k} weights
     * @throws NullPointerException     if {@code y} is null
     * @throws IllegalArgumentException if {@code y} is empty, {@code k} is out of range, a label is
     *                                  outside {@code [0, k)}, or a class does not occur
     */
    public static double[] balancedWeights(int[] y, int k) {
        Checks.nonEmpty(y, "y");
        if (k < 1 || k > y.length) {
            throw new IllegalArgumentException("k must be in [1, y.length = " + y.length
                    + "] (every class must occur in y), was " + k);
        }
        Checks.labels(y, k, "y");
        long[] counts = new long[k];
        for (int v : y) {
            counts[v]++;
        }
        double[] w = new double[k];
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                throw new IllegalArgumentException(
                        "y must contain every class in [0, " + (k - 1) + "], class " + c + " has count 0");
            }
            w[c] = (double) y.length / ((double) k * counts[c]);
        }
        return w;
    }

    /**
     * A stratified hold-out split of the rows grouped by class: \( m \) test rows shared among the
     * classes in proportion to their counts, class \( c \) getting
     * \( \lfloor n_c m / n \rfloor \) plus one more for the \( m - \sum_c \lfloor n_c m / n \rfloor \)
     * classes with the largest remainders \( n_c m / n - \lfloor n_c m / n \rfloor \) (ties to the
     * larger class, then the smaller label). Each class's rows are shuffled with
     * {@link Randomness#shuffle(int[], RandomGenerator)}, class by class in label order, and its
     * first quota rows go to the test set.
     *
     * @param rows rows of each class, as from {@link #rowsByClass(int[], int)}; not modified
     * @param m    number of test rows, in {@code [0, n]} with \( n = \sum_c n_c \)
     * @param rng  generator
     * @return {@code {train, test}}: \( n - m \) and \( m \) row indices, class by class in
     *         shuffled order
     * @throws NullPointerException     if an argument or a class's rows is null
     * @throws IllegalArgumentException if {@code m} is out of range
     */
    public static int[][] stratifiedHoldout(int[][] rows, int m, RandomGenerator rng) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(rng, "rng");
        long total = 0;
        for (int c = 0; c < rows.length; c++) {
            Objects.requireNonNull(rows[c], "rows[" + c + "]");
            total += rows[c].length;
        }
        if (m < 0 || m > total) {
            throw new IllegalArgumentException("m must be in [0, " + total + "] (the number of rows), was " + m);
        }
        int n = (int) total;
        int k = rows.length;
        int[] quota = new int[k];
        double[] rem = new double[k];
        int given = 0;
        for (int c = 0; c < k; c++) {
            double exact = (double) rows[c].length * m / n;
            quota[c] = (int) Math.floor(exact);
            rem[c] = exact - quota[c];
            given += quota[c];
        }
        while (given < m) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                if (quota[c] < rows[c].length && (best < 0 || rem[c] > rem[best]
                        || (rem[c] == rem[best] && rows[c].length > rows[best].length))) {
                    best = c;
                }
            }
            quota[best]++;
            rem[best] = -1;
            given++;
        }
        int[] test = new int[m];
        int[] train = new int[n - m];
        int ti = 0;
        int tr = 0;
        for (int c = 0; c < k; c++) {
            int[] r = rows[c].clone();
            Randomness.shuffle(r, rng);
            for (int i = 0; i < r.length; i++) {
                if (i < quota[c]) {
                    test[ti++] = r[i];
                } else {
                    train[tr++] = r[i];
                }
            }
        }
        return new int[][] {train, test};
    }
}
