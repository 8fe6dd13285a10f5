package dev.statlearn.stats.mle;

/**
 * A closed interval \( [\text{lower}, \text{upper}] \), e.g. a confidence interval.
 *
 * @param lower lower end, not NaN
 * @param upper upper end, not NaN, {@code >= lower}
 * @since 0.1
 */
public record Interval(double lower, double upper) {

    /**
     * Validates the ends.
     *
     * @throws IllegalArgumentException if an end is NaN or {@code upper < lower}
     */
    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || upper < lower) {
            throw new IllegalArgumentException(
                    "interval needs lower <= upper, was [" + lower + ", " + upper + "]");
        }
    }

    /**
     * Whether {@code x} lies in the interval (ends included).
     *
     * @param x value
     * @return true if {@code lower <= x <= upper}
     */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    /**
     * Width {@code upper - lower}.
     *
     * @return the width
     */
    public double width() {
        return upper - lower;
    }

    @Override
    public String toString() {
        return "[" + lower + ", " + upper + "]";
    }
}
