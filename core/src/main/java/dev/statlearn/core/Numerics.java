package dev.statlearn.core;

import java.util.Objects;

/**
 * Numerically stable building blocks.
 *
 * <ul>
 *   <li>{@link #logSumExp(double[])}: \( \log \sum_i e^{x_i} = m + \log \sum_i e^{x_i - m} \)
 *       with \( m = \max_i x_i \), so logits of \(\pm 1000\) neither overflow nor underflow.</li>
 *   <li>{@link #log1pExp(double)}: \( \log(1 + e^x) \) (softplus) without overflow.</li>
 *   <li>{@link #xLogY(double, double)}: \( x \log y \) with the convention \( 0 \log 0 = 0 \).</li>
 *   <li>{@link #sum(double[])}: Neumaier's compensated sum (Neumaier 1974,
 *       <a href="https://doi.org/10.1002/zamm.19740540106">doi</a>), error independent of n.</li>
 *   <li>{@link #relativeError(double, double)}: \( |a - b| / \max(|a|, |b|) \), 0 when both are 0.</li>
 * </ul>
 *
 * <p>All methods are pure and thread-safe; arrays are never modified.
 *
 * @since 0.1
 */
public final class Numerics {

    private Numerics() {
    }

    /**
     * \( \log \sum_i e^{x_i} \), computed as \( m + \log \sum_i e^{x_i - m} \).
     *
     * <p>Edge cases: {@code -Infinity} if every element is {@code -Infinity}; {@code +Infinity} if
     * some element is {@code +Infinity}; {@code NaN} if some element is NaN.
     *
     * @param x values, not modified
     * @return the log of the sum of exponentials
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double logSumExp(double[] x) {
        Checks.nonEmpty(x, "x");
        return logSumExp(x, 0, x.length);
    }

    /**
     * \( \log \sum_{i=from}^{to-1} e^{x_i} \) over a slice of an array.
     *
     * @param x    values, not modified
     * @param from first index (inclusive)
     * @param to   last index (exclusive), {@code to > from}
     * @return the log of the sum of exponentials of the slice
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException unless {@code 0 <= from < to <= x.length} (the slice is out
     *                                  of bounds or empty)
     */
    public static double logSumExp(double[] x, int from, int to) {
        Objects.requireNonNull(x, "x");
        if (from < 0 || to <= from || to > x.length) {
            throw new IllegalArgumentException("from and to must satisfy 0 <= from < to <= x.length ("
                    + x.length + "), were from = " + from + ", to = " + to);
        }
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double v = x[i];
            if (v > m || Double.isNaN(v)) {
                m = v;
                if (Double.isNaN(v)) {
                    return Double.NaN;
                }
            }
        }
        if (m == Double.NEGATIVE_INFINITY || m == Double.POSITIVE_INFINITY) {
            return m;
        }
        double s = 0;
        for (int i = from; i < to; i++) {
            s += Math.exp(x[i] - m);
        }
        return m + Math.log(s);
    }

    /**
     * \( \log(1 + e^x) \), the softplus function, accurate for every finite {@code x}.
     *
     * <p>Uses \( x + \log(1 + e^{-x}) \) for \( x > 0 \) and \( \mathrm{log1p}(e^x) \) otherwise.
     *
     * @param x argument
     * @return \( \log(1 + e^x) \)
     */
    public static double log1pExp(double x) {
        if (x > 0) {
            return x + Math.log1p(Math.exp(-x));
        }
        return Math.log1p(Math.exp(x));
    }

    /**
     * The logistic sigmoid \( \sigma(x) = 1 / (1 + e^{-x}) \), evaluated without overflow.
     *
     * @param x argument
     * @return \( \sigma(x) \in [0, 1] \)
     */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /**
     * \( x \log y \) with \( 0 \log y = 0 \) for every {@code y} (including 0), as
     * {@code scipy.special.xlogy}.
     *
     * @param x factor
     * @param y argument of the logarithm
     * @return \( x \log y \), or 0 when {@code x == 0} and {@code y} is not NaN; NaN when
     *         {@code x != 0} and {@code y < 0} (the logarithm is undefined), as SciPy
     */
    public static double xLogY(double x, double y) {
        if (x == 0 && !Double.isNaN(y)) {
            return 0;
        }
        return x * Math.log(y);
    }

    /**
     * \( x \log(x / y) \) with \( 0 \log(0/y) = 0 \), as {@code scipy.special.rel_entr} for
     * {@code x, y >= 0}: \( +\infty \) when \( x > 0 = y \).
     *
     * @param x first argument, {@code >= 0}
     * @param y second argument, {@code >= 0}
     * @return the relative-entropy term; NaN outside the domain (a negative {@code x}, or a
     *         negative {@code y} with {@code x != 0}), where SciPy returns \( +\infty \)
     */
    public static double relEntr(double x, double y) {
        if (x == 0 && y >= 0) {
            return 0;
        }
        if (x > 0 && y > 0) {
            return x * Math.log(x / y);
        }
        if (x > 0 && y == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.NaN;
    }

    /**
     * Compensated (Neumaier) sum of the values.
     *
     * @param x values, not modified
     * @return the sum; 0 for an empty array
     * @throws NullPointerException if {@code x} is null
     */
    public static double sum(double[] x) {
        Objects.requireNonNull(x, "x");
        CompensatedSum s = new CompensatedSum();
        for (double v : x) {
            s.add(v);
        }
        return s.value();
    }

    /**
     * Compensated mean of the values.
     *
     * @param x values, not modified
     * @return the arithmetic mean
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double mean(double[] x) {
        Checks.nonEmpty(x, "x");
        return sum(x) / x.length;
    }

    /**
     * Relative error \( |a - b| / \max(|a|, |b|) \); 0 when {@code a == b} (including two
     * infinities of the same sign), NaN if either is NaN.
     *
     * @param a first value
     * @param b second value
     * @return the relative error
     */
    public static double relativeError(double a, double b) {
        if (a == b) {
            return 0;
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    /**
     * Whether {@code a} and {@code b} agree within a relative tolerance or, near zero, an
     * absolute one: \( |a - b| \le \max(\text{absTol}, \text{relTol} \cdot \max(|a|, |b|)) \).
     *
     * @param a      first value
     * @param b      second value
     * @param relTol relative tolerance
     * @param absTol absolute tolerance
     * @return true when the two agree; false if either is NaN
     */
    public static boolean close(double a, double b, double relTol, double absTol) {
        if (a == b) {
            return true;
        }
        double d = Math.abs(a - b);
        return d <= Math.max(absTol, relTol * Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * Largest relative error over two arrays of equal length (see {@link #relativeError}).
     *
     * @param a first values, not modified
     * @param b second values, not modified
     * @return the largest element-wise relative error; 0 for empty arrays
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double maxRelativeError(double[] a, double[] b) {
        Checks.sameLength(a, "a", b, "b");
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            double e = relativeError(a[i], b[i]);
            if (!(e <= m)) {
                m = e;
            }
        }
        return m;
    }
}
