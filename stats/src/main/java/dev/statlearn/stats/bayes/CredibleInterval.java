package dev.statlearn.stats.bayes;

/**
 * A Bayesian credible interval: the parameter lies in [lower, upper] with posterior probability
 * {@code level}.
 *
 * @param lower lower end (may be \(-\infty\))
 * @param upper upper end, at least {@code lower} (may be \(+\infty\))
 * @param level posterior probability of the interval, in (0, 1)
 * @since 0.1
 */
public record CredibleInterval(double lower, double upper, double level) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if an end is NaN, {@code upper < lower}, or {@code level}
     *                                  is not in (0, 1)
     */
    public CredibleInterval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(upper >= lower)) {
            throw new IllegalArgumentException("need lower <= upper, neither NaN, was [" + lower + ", " + upper + "]");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
    }

    /**
     * Width {@code upper - lower}.
     *
     * @return the width
     */
    public double width() {
        return upper - lower;
    }

    /**
     * Whether {@code x} lies in the closed interval.
     *
     * @param x a value
     * @return {@code lower <= x <= upper}
     */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }
}
