package dev.statlearn.stats.internal;

/**
 * Mean and sample variance of a few replicated estimates, by two passes:
 * \( \bar x = \frac1R \sum_r x_r \), \( s^2 = \frac{1}{R - 1} \sum_r (x_r - \bar x)^2 \).
 */
public final class Replicates {

    private Replicates() {
    }

    /**
     * The arithmetic mean, summed in order.
     *
     * @param x the values, not empty. Not modified.
     * @return \( \bar x \)
     */
    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /**
     * The sample variance about a given mean, divisor \( R - 1 \).
     *
     * @param x    the values, at least 2. Not modified.
     * @param mean their mean
     * @return \( s^2 \)
     */
    public static double variance(double[] x, double mean) {
        double s = 0;
        for (double v : x) {
            double d = v - mean;
            s += d * d;
        }
        return s / (x.length - 1);
    }
}
