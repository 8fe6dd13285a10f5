package dev.statlearn.eval.validation;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.ClassBalance;
import dev.statlearn.core.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Seeded index splits for validation: hold-out, k-fold, stratified k-fold, and their repeated
 * (iterated) forms. Every method returns {@link Split}s of the indices {@code 0..n-1}; use
 * {@link Split#trainOf} / {@link Split#testOf} to get the rows.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>No index is in both train and test; within one repeat of a k-fold protocol every index is
 *       tested exactly once and the test folds partition {@code 0..n-1}.</li>
 *   <li>Fold sizes differ by at most one: the first \( n \bmod k \) folds have
 *       \( \lceil n/k \rceil \) rows.</li>
 *   <li>Stratified splits keep class proportions within one sample: a class with \( n_c \) rows
 *       has \( \lfloor n_c/k \rfloor \) or \( \lceil n_c/k \rceil \) of them in each test fold
 *       (the classes, each shuffled, are laid end to end and dealt to the folds in turn, as
 *       scikit-learn's {@code StratifiedKFold} allocates), and a stratified hold-out test set has
 *       \( \lfloor n_c\, m/n \rfloor \) or \( \lceil n_c\, m/n \rceil \) rows of class \( c \)
 *       (largest remainders).</li>
 *   <li>The same generator state gives the same splits. Repeats reshuffle with the same generator,
 *       one after another.</li>
 * </ul>
 * The random streams differ from numpy's, so the splits are not index-for-index those of
 * scikit-learn. What does not depend on the shuffle is the same: k-fold test sizes equal
 * {@code KFold}'s, and the number of rows of each class in each stratified test fold equals
 * {@code StratifiedKFold}'s allocation whenever the classes first appear in the data in label order
 * (scikit-learn numbers classes by first appearance).
 *
 * @since 0.1
 */
public final class Splits {

    /**
     * Most row indices the splits of one call may hold together, \( 2^{28} \) (1 GiB of
     * {@code int}s): every split holds each of the \( n \) rows once (in train or test), so a
     * hold-out needs \( n \), and (repeated) k-fold \( n \cdot k \cdot \text{repeats} \), at most
     * this. Checked before anything is allocated.
     */
    public static final long MAX_INDICES = 1L << 28;

    private Splits() {
    }

    /**
     * A random hold-out split: \( m = \lceil f\,n \rceil \) test rows (as scikit-learn's
     * {@code train_test_split} with a float {@code test_size}).
     *
     * @param n            number of rows
     * @param testFraction fraction \( f \in (0, 1) \) of rows to hold out
     * @param rng          generator
     * @return one split (repeat 0, fold 0)
     * @throws IllegalArgumentException if {@code testFraction} is not in (0, 1), either side
     *                                  would be empty, or {@code n} exceeds {@link #MAX_INDICES}
     */
    public static Split holdout(int n, double testFraction, RandomGenerator rng) {
        checkIndices(n, 1, 1);
        int m = testSize(n, testFraction);
        Checks.notNull(rng, "rng");
        int[] p = Randomness.permutation(n, rng);
        int[] test = new int[m];
        int[] train = new int[n - m];
        System.arraycopy(p, 0, test, 0, m);
        System.arraycopy(p, m, train, 0, n - m);
        return new Split(0, 0, train, test);
    }

    /**
     * A stratified random hold-out split: \( m = \lceil f\,n \rceil \) test rows, shared among the
     * classes in proportion to their counts (largest remainders; ties to the larger class, then the
     * smaller label).
     *
     * @param y            class labels; not modified
     * @param testFraction fraction \( f \in (0, 1) \) to hold out
     * @param rng          generator
     * @return one split (repeat 0, fold 0)
     * @throws IllegalArgumentException if a label is negative or {@code >=} {@link Dataset#MAX_CLASSES}, {@code testFraction} is out of
     *                                  range or either side would be empty
     */
    public static Split stratifiedHoldout(int[] y, double testFraction, RandomGenerator rng) {
        int[][] rows = classRows(y);
        int n = y.length;
        int m = testSize(n, testFraction);
        Checks.notNull(rng, "rng");
        int[][] parts = ClassBalance.stratifiedHoldout(rows, m, rng);
        return new Split(0, 0, parts[0], parts[1]);
    }

    /**
     * Shuffled k-fold cross-validation splits.
     *
     * @param n   number of rows
     * @param k   number of folds, {@code 2 <= k <= n}
     * @param rng generator
     * @return {@code k} splits; fold {@code i}'s test set is the {@code i}-th block of one random
     *         permutation
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public static List<Split> kFold(int n, int k, RandomGenerator rng) {
        return repeatedKFold(n, k, 1, rng);
    }

    /**
     * Repeated (iterated) k-fold: {@code repeats} independent shuffles, each cut into {@code k}
     * folds.
     *
     * @param n       number of rows
     * @param k       number of folds, {@code 2 <= k <= n}
     * @param repeats number of repeats, {@code >= 1}
     * @param rng     generator
     * @return {@code k * repeats} splits, repeat by repeat
     * @throws IllegalArgumentException if {@code k} or {@code repeats} is out of range, or
     *                                  \( n \cdot k \cdot \text{repeats} \) exceeds {@link #MAX_INDICES}
     */
    public static List<Split> repeatedKFold(int n, int k, int repeats, RandomGenerator rng) {
        checkFolds(n, k);
        Checks.positive(repeats, "repeats");
        checkIndices(n, k, repeats);
        Checks.notNull(rng, "rng");
        List<Split> out = new ArrayList<>((int) Math.min((long) k * repeats, 1024)); // grows with the work done
        int[] fold = new int[n];
        for (int r = 0; r < repeats; r++) {
            int[] p = Randomness.permutation(n, rng);
            int pos = 0;
            for (int f = 0; f < k; f++) {
                int size = n / k + (f < n % k ? 1 : 0);
                for (int i = 0; i < size; i++) {
                    fold[p[pos++]] = f;
                }
            }
            addFolds(out, r, fold, k);
        }
        return out;
    }

    /**
     * Stratified k-fold: each class's rows are shuffled and dealt to the folds so that every fold
     * has \( \lfloor n_c/k \rfloor \) or \( \lceil n_c/k \rceil \) rows of class \( c \) and the
     * fold sizes differ by at most one. A class with fewer than {@code k} rows is missing from
     * some folds.
     *
     * @param y   class labels; not modified
     * @param k   number of folds, {@code 2 <= k <= n}
     * @param rng generator
     * @return {@code k} splits
     * @throws IllegalArgumentException if a label is negative or {@code >=} {@link Dataset#MAX_CLASSES} or {@code k} is out of range
     */
    public static List<Split> stratifiedKFold(int[] y, int k, RandomGenerator rng) {
        return repeatedStratifiedKFold(y, k, 1, rng);
    }

    /**
     * Repeated stratified k-fold: {@code repeats} independent stratified k-fold runs.
     *
     * @param y       class labels; not modified
     * @param k       number of folds, {@code 2 <= k <= n}
     * @param repeats number of repeats, {@code >= 1}
     * @param rng     generator
     * @return {@code k * repeats} splits, repeat by repeat
     * @throws IllegalArgumentException if a label is negative or {@code >=} {@link Dataset#MAX_CLASSES}, {@code k} or {@code repeats} is
     *                                  out of range, or \( n \cdot k \cdot \text{repeats} \) exceeds {@link #MAX_INDICES}
     */
    public static List<Split> repeatedStratifiedKFold(int[] y, int k, int repeats, RandomGenerator rng) {
        Checks.nonEmpty(y, "y");
        checkFolds(y.length, k);
        Checks.positive(repeats, "repeats");
        checkIndices(y.length, k, repeats);
        int[][] rows = classRows(y);
        int n = y.length;
        Checks.notNull(rng, "rng");
        List<Split> out = new ArrayList<>((int) Math.min((long) k * repeats, 1024)); // grows with the work done
        int[] fold = new int[n];
        for (int r = 0; r < repeats; r++) {
            int pos = 0;
            for (int[] classRows : rows) {
                int[] p = classRows.clone();
                Randomness.shuffle(p, rng);
                for (int i : p) {
                    fold[i] = pos++ % k;
                }
            }
            addFolds(out, r, fold, k);
        }
        return out;
    }

    // -----------------------------------------------------------------------------------------

    private static void addFolds(List<Split> out, int repeat, int[] fold, int k) {
        int n = fold.length;
        int[] size = new int[k];
        for (int f : fold) {
            size[f]++;
        }
        for (int f = 0; f < k; f++) {
            int[] test = new int[size[f]];
            int[] train = new int[n - size[f]];
            int a = 0;
            int b = 0;
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    test[a++] = i;
                } else {
                    train[b++] = i;
                }
            }
            out.add(new Split(repeat, f, train, test));
        }
    }

    private static void checkIndices(int n, int k, int repeats) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        long perRepeat = (long) n * k; // both factors < 2^31: no overflow
        if (perRepeat > MAX_INDICES || perRepeat * repeats > MAX_INDICES) { // second product < 2^59
            throw new IllegalArgumentException(k == 1 && repeats == 1
                    ? "n must be at most Splits.MAX_INDICES = " + MAX_INDICES + ", was " + n
                    : "n * k * repeats (row indices held by the splits) must be at most Splits.MAX_INDICES = "
                            + MAX_INDICES + ", was n = " + n + ", k = " + k + ", repeats = " + repeats);
        }
    }

    private static void checkFolds(int n, int k) {
        if (k < 2 || k > n) {
            throw new IllegalArgumentException("k must be in [2, n = " + n + "], was " + k);
        }
    }

    private static int testSize(int n, double f) {
        if (!(f > 0 && f < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), was " + f);
        }
        int m = (int) Math.ceil(f * n);
        if (m < 1 || m > n - 1) {
            throw new IllegalArgumentException("testFraction " + f + " of n = " + n
                    + " rows leaves an empty train or test set (" + m + " test rows)");
        }
        return m;
    }

    /** Row indices of each class {@code 0..max label}, ascending (see {@link ClassBalance#rowsByClass}). */
    static int[][] classRows(int[] y) {
        Checks.nonEmpty(y, "y");
        return ClassBalance.rowsByClass(y, Checks.classCount(y, Dataset.MAX_CLASSES, "y"));
    }
}
