package dev.statlearn.core;

import dev.statlearn.core.internal.Format;

/**
 * A running compensated sum (Neumaier's improvement of Kahan summation).
 *
 * <p>For each added value \( x \): \( t = s + x \); the rounding error of that addition,
 * \( (s - t) + x \) if \( |s| \ge |x| \) else \( (x - t) + s \), is accumulated in a separate
 * compensation term \( c \), and the value is \( s + c \). The error bound is
 * \( O(\varepsilon) \sum |x_i| \), independent of the number of terms.
 *
 * <p>Mutable and not thread-safe; {@link #add(CompensatedSum)} merges partial sums.
 *
 * @since 0.1
 */
public final class CompensatedSum {

    private double sum;
    private double compensation;

    /** Creates an empty sum (value 0). */
    public CompensatedSum() {
    }

    /**
     * Creates an empty sum.
     *
     * @return a new empty sum
     */
    public static CompensatedSum create() {
        return new CompensatedSum();
    }

    /**
     * Adds a value.
     *
     * @param x value
     * @return this sum
     */
    public CompensatedSum add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
        return this;
    }

    /**
     * Adds another partial sum (both its sum and its compensation).
     *
     * @param other partial sum, not modified
     * @return this sum
     */
    public CompensatedSum add(CompensatedSum other) {
        add(other.sum);
        add(other.compensation);
        return this;
    }

    /**
     * The compensated value of the sum.
     *
     * @return \( s + c \); when the plain sum is infinite or NaN, that value
     */
    public double value() {
        double v = sum + compensation;
        return Double.isFinite(sum) ? v : sum;
    }

    @Override
    public String toString() {
        return "CompensatedSum[" + Format.sig(value(), 6) + "]";
    }
}
