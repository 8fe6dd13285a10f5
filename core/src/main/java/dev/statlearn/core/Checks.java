package dev.statlearn.core;

import dev.statlearn.core.internal.kernel.Kernels;
import java.util.Objects;

/**
 * Argument checks shared by every statlearn module.
 *
 * <p>Each check returns its argument so it can be used inline, and throws an
 * {@link IllegalArgumentException} whose message names the argument, the rule and the
 * offending value, e.g. {@code "p[3] must be in [0, 1], was 1.2"}. Every range check is
 * written so that {@code NaN} fails it. Null arguments throw a {@link NullPointerException}
 * that names the argument.
 *
 * <p>Checks never modify their input and never clip a value into range.
 *
 * @since 0.1
 */
public final class Checks {

    /**
     * The largest array length statlearn allocates from a caller's size argument, {@value}: the
     * largest length every common JVM supports ({@code Integer.MAX_VALUE - 8}). A size above it is
     * rejected with an {@link IllegalArgumentException} naming this limit before anything is
     * allocated; a size below it may still exceed the heap ({@link OutOfMemoryError}), as
     * {@code new double[n]} would.
     */
    public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /**
     * The largest dimension {@code d} of a square {@code d × d} matrix statlearn allocates from a
     * caller's argument, {@value}: the largest {@code d} with \( d^2 \le \)
     * {@link #MAX_ARRAY_LENGTH}, so that the matrix's entries could be held in one array.
     */
    public static final int MAX_SQUARE_DIMENSION = 46_340;

    private Checks() {
    }

    /**
     * Requires {@code d} to be the dimension of a square matrix that can be allocated,
     * {@code 1 <= d <= }{@value #MAX_SQUARE_DIMENSION}.
     *
     * @param d    requested dimension
     * @param name argument name
     * @return {@code d}
     * @throws IllegalArgumentException if {@code d < 1} or {@code d > }{@link #MAX_SQUARE_DIMENSION}
     */
    public static int squareDimension(int d, String name) {
        if (d < 1 || d > MAX_SQUARE_DIMENSION) {
            throw new IllegalArgumentException(name + " must be in [1, " + MAX_SQUARE_DIMENSION
                    + "] (the largest d of a d x d matrix), was " + d);
        }
        return d;
    }

    /**
     * Requires {@code n} to be a length that can be allocated, {@code 0 <= n <= }
     * {@value #MAX_ARRAY_LENGTH}.
     *
     * @param n    requested length
     * @param name argument name
     * @return {@code n} as an {@code int}
     * @throws IllegalArgumentException if {@code n} is negative or above {@link #MAX_ARRAY_LENGTH}
     */
    public static int arrayLength(long n, String name) {
        if (n < 0 || n > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(name + " must be in [0, " + MAX_ARRAY_LENGTH
                    + "] (the largest array length), was " + n);
        }
        return (int) n;
    }

    /**
     * Requires {@code x} to be non-null.
     *
     * @param x    value
     * @param name argument name used in the message
     * @param <T>  type of the value
     * @return {@code x}
     * @throws NullPointerException if {@code x} is null
     */
    public static <T> T notNull(T x, String name) {
        return Objects.requireNonNull(x, name);
    }

    /**
     * Requires {@code x} to be finite (neither NaN nor infinite).
     *
     * @param x    value
     * @param name argument name
     * @return {@code x}
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    public static double finite(double x, String name) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(name + " must be finite, was " + x);
        }
        return x;
    }

    /**
     * Requires {@code x > 0} and finite.
     *
     * @param x    value
     * @param name argument name
     * @return {@code x}
     * @throws IllegalArgumentException otherwise (including NaN)
     */
    public static double positive(double x, String name) {
        if (!(x > 0 && x < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be > 0 and finite, was " + x);
        }
        return x;
    }

    /**
     * Requires {@code x >= 0} and finite.
     *
     * @param x    value
     * @param name argument name
     * @return {@code x}
     * @throws IllegalArgumentException otherwise (including NaN)
     */
    public static double nonNegative(double x, String name) {
        if (!(x >= 0 && x < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, was " + x);
        }
        return x;
    }

    /**
     * Requires {@code x} in the closed interval {@code [lo, hi]}.
     *
     * @param x    value
     * @param lo   lower bound (inclusive)
     * @param hi   upper bound (inclusive)
     * @param name argument name
     * @return {@code x}
     * @throws IllegalArgumentException otherwise (including NaN)
     */
    public static double inRange(double x, double lo, double hi, String name) {
        if (!(x >= lo && x <= hi)) {
            throw new IllegalArgumentException(
                    name + " must be in [" + fmt(lo) + ", " + fmt(hi) + "], was " + x);
        }
        return x;
    }

    /**
     * Requires {@code x} in the open interval {@code (lo, hi)}.
     *
     * @param x    value
     * @param lo   lower bound (exclusive)
     * @param hi   upper bound (exclusive)
     * @param name argument name
     * @return {@code x}
     * @throws IllegalArgumentException otherwise (including NaN)
     */
    public static double inOpenRange(double x, double lo, double hi, String name) {
        if (!(x > lo && x < hi)) {
            throw new IllegalArgumentException(
                    name + " must be in (" + fmt(lo) + ", " + fmt(hi) + "), was " + x);
        }
        return x;
    }

    /**
     * Requires {@code x} to be a probability, in {@code [0, 1]}.
     *
     * @param x    value
     * @param name argument name
     * @return {@code x}
     * @throws IllegalArgumentException otherwise (including NaN)
     */
    public static double probability(double x, String name) {
        return inRange(x, 0, 1, name);
    }

    /**
     * Requires {@code x >= 1}.
     *
     * @param x    value
     * @param name argument name
     * @return {@code x}
     * @throws IllegalArgumentException otherwise
     */
    public static int positive(int x, String name) {
        if (x < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + x);
        }
        return x;
    }

    /**
     * Requires {@code x >= 0}.
     *
     * @param x    value
     * @param name argument name
     * @return {@code x}
     * @throws IllegalArgumentException otherwise
     */
    public static int nonNegative(int x, String name) {
        if (x < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + x);
        }
        return x;
    }

    /**
     * Requires {@code x >= min}.
     *
     * @param x    value
     * @param min  smallest allowed value
     * @param name argument name
     * @return {@code x}
     * @throws IllegalArgumentException otherwise
     */
    public static int atLeast(int x, int min, String name) {
        if (x < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + x);
        }
        return x;
    }

    /**
     * Requires {@code 0 <= index < size}.
     *
     * @param index value
     * @param size  exclusive upper bound
     * @param name  argument name
     * @return {@code index}
     * @throws IllegalArgumentException otherwise
     */
    public static int index(int index, int size, String name) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(
                    name + " must be in [0, " + (size - 1) + "], was " + index);
        }
        return index;
    }

    /**
     * Requires a non-null, non-empty array of finite values.
     *
     * @param x    values, not modified
     * @param name argument name
     * @return {@code x}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if empty or any element is NaN or infinite
     */
    public static double[] finiteNonEmpty(double[] x, String name) {
        nonEmpty(x, name);
        return allFinite(x, name);
    }

    /**
     * Requires every element of a non-null array to be finite.
     *
     * @param x    values, not modified
     * @param name argument name
     * @return {@code x}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if any element is NaN or infinite
     */
    public static double[] allFinite(double[] x, String name) {
        Objects.requireNonNull(x, name);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + x[i]);
            }
        }
        return x;
    }

    /**
     * Requires a non-null array with at least one element.
     *
     * @param x    values
     * @param name argument name
     * @return {@code x}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double[] nonEmpty(double[] x, String name) {
        Objects.requireNonNull(x, name);
        if (x.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return x;
    }

    /**
     * Requires a non-null array with at least one element.
     *
     * @param x    values
     * @param name argument name
     * @return {@code x}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static int[] nonEmpty(int[] x, String name) {
        Objects.requireNonNull(x, name);
        if (x.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return x;
    }

    /**
     * Requires a non-null array with at least {@code min} elements.
     *
     * @param x    values
     * @param min  minimum length
     * @param name argument name
     * @return {@code x}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if shorter than {@code min}
     */
    public static double[] minLength(double[] x, int min, String name) {
        Objects.requireNonNull(x, name);
        if (x.length < min) {
            throw new IllegalArgumentException(
                    name + " must have at least " + min + " values, had " + x.length);
        }
        return x;
    }

    /**
     * Requires two arrays to have the same length.
     *
     * @param a     first length
     * @param aName first argument name
     * @param b     second length
     * @param bName second argument name
     * @throws IllegalArgumentException if {@code a != b}
     */
    public static void sameLength(int a, String aName, int b, String bName) {
        if (a != b) {
            throw new IllegalArgumentException(
                    aName + " has length " + a + " but " + bName + " has length " + b);
        }
    }

    /**
     * Requires two non-null arrays with the same length, \( |a| = |b| \).
     *
     * @param a     first array
     * @param aName first argument name
     * @param b     second array
     * @param bName second argument name
     * @throws NullPointerException     if an array is null
     * @throws IllegalArgumentException if the lengths differ
     */
    public static void sameLength(double[] a, String aName, double[] b, String bName) {
        Objects.requireNonNull(a, aName);
        Objects.requireNonNull(b, bName);
        sameLength(a.length, aName, b.length, bName);
    }

    /**
     * Requires every element of {@code x} to be a probability in [0, 1].
     *
     * @param x    values, not modified
     * @param name argument name
     * @return {@code x}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if any element is outside [0, 1] or NaN
     */
    public static double[] probabilities(double[] x, String name) {
        Objects.requireNonNull(x, name);
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= 0 && x[i] <= 1)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be in [0, 1], was " + x[i]);
            }
        }
        return x;
    }

    /**
     * Requires {@code p} to be a probability vector: non-empty, every element in [0, 1], and the
     * elements summing to 1 within {@code tolerance} (blocks of 256 summed plainly, their sums
     * added with compensation: the sum is within about \( 64 \cdot 2^{-53} \sum_i p_i \) of exact).
     *
     * @param p         probabilities, not modified
     * @param tolerance allowed absolute deviation of the sum from 1
     * @param name      argument name
     * @return {@code p}
     * @throws NullPointerException     if {@code p} is null
     * @throws IllegalArgumentException if empty, an element is out of range, or the sum is off
     */
    public static double[] probabilityVector(double[] p, double tolerance, String name) {
        nonEmpty(p, name);
        // one pass: range check and sum together (Kernels.sumUnitInterval: four plain chains on the
        // scalar path, vector lanes on the Vector API path), blocks of 256 whose sums are added with
        // compensation, so the whole sum is off by at most ~64 * 2^-53 * sum |p_i|
        CompensatedSum total = new CompensatedSum();
        for (int from = 0; from < p.length; from += 256) {
            int len = Math.min(256, p.length - from);
            double block = Kernels.sumUnitInterval(len, p, from);
            if (Double.isNaN(block)) {
                for (int j = from; j < from + len; j++) {
                    if (!(p[j] >= 0 && p[j] <= 1)) {
                        throw new IllegalArgumentException(name + "[" + j + "] must be in [0, 1], was " + p[j]);
                    }
                }
            }
            total.add(block);
        }
        double s = total.value();
        if (!(Math.abs(s - 1) <= tolerance)) {
            throw new IllegalArgumentException(
                    name + " must sum to 1 within " + tolerance + ", summed to " + s);
        }
        return p;
    }

    /**
     * Requires {@code x} to be a rectangular, non-empty matrix of finite values.
     *
     * @param x    rows, not modified
     * @param name argument name
     * @return {@code x}
     * @throws NullPointerException     if {@code x} or a row is null
     * @throws IllegalArgumentException if empty, ragged, without columns, or a value is not finite
     */
    public static double[][] finiteMatrix(double[][] x, String name) {
        rectangular(x, name);
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException(
                            name + "[" + i + "][" + j + "] must be finite, was " + row[j]);
                }
            }
        }
        return x;
    }

    /**
     * Requires {@code x} to be a rectangular, non-empty matrix with at least one column. Values may
     * be NaN (used to mark missing values) but not infinite.
     *
     * @param x    rows, not modified
     * @param name argument name
     * @return {@code x}
     * @throws NullPointerException     if {@code x} or a row is null
     * @throws IllegalArgumentException if empty, ragged, without columns, or a value is infinite
     *                                  (the message names its row and column)
     */
    public static double[][] rectangular(double[][] x, String name) {
        Objects.requireNonNull(x, name);
        if (x.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row");
        }
        int cols = Objects.requireNonNull(x[0], name + "[0]").length;
        if (cols == 0) {
            throw new IllegalArgumentException(name + " must have at least one column");
        }
        for (int i = 1; i < x.length; i++) {
            int c = Objects.requireNonNull(x[i], name + "[" + i + "]").length;
            if (c != cols) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] has " + c + " columns but " + name + "[0] has " + cols);
            }
        }
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            for (int j = 0; j < row.length; j++) {
                if (Double.isInfinite(row[j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j
                            + "] must be finite or NaN (missing), was " + row[j]);
                }
            }
        }
        return x;
    }

    /**
     * Requires every label to be a class index in {@code [0, k)}.
     *
     * @param y    labels, not modified
     * @param k    number of classes
     * @param name argument name
     * @return {@code y}
     * @throws NullPointerException     if {@code y} is null
     * @throws IllegalArgumentException if a label is outside {@code [0, k)}
     */
    public static int[] labels(int[] y, int k, String name) {
        Objects.requireNonNull(y, name);
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= k) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must be a class index in [0, " + (k - 1) + "], was " + y[i]);
            }
        }
        return y;
    }

    /**
     * Requires a non-null array of non-negative labels (class indices).
     *
     * @param y    labels, not modified
     * @param name argument name
     * @return {@code y}
     * @throws NullPointerException     if {@code y} is null
     * @throws IllegalArgumentException if a label is negative
     */
    public static int[] labels(int[] y, String name) {
        Objects.requireNonNull(y, name);
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must be a class index >= 0, was " + y[i]);
            }
        }
        return y;
    }

    /**
     * Requires every label to be a class index in {@code [0, maxClasses)} and returns the number of
     * classes the labels imply, \( k = 1 + \max_i y_i \) (0 for an empty array). Checking the
     * labels against a limit before \( k \) sizes an allocation keeps a stray huge label from
     * exhausting memory.
     *
     * @param y          labels, not modified
     * @param maxClasses largest supported number of classes, {@code >= 1}
     * @param name       argument name
     * @return {@code 1 + max(y)}, or 0 if {@code y} is empty
     * @throws NullPointerException     if {@code y} is null
     * @throws IllegalArgumentException if a label is negative or {@code >= maxClasses}
     */
    public static int classCount(int[] y, int maxClasses, String name) {
        Objects.requireNonNull(y, name);
        atLeast(maxClasses, 1, "maxClasses");
        int k = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= maxClasses) {
                throw new IllegalArgumentException(name + "[" + i + "] must be a class index in [0, "
                        + (maxClasses - 1) + "] (at most " + maxClasses + " classes), was " + y[i]);
            }
            k = Math.max(k, y[i] + 1);
        }
        return k;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
