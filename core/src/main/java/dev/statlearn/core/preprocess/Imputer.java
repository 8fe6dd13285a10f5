package dev.statlearn.core.preprocess;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.internal.Format;
import java.util.Arrays;
import java.util.Locale;

/**
 * Replacement of missing values (NaN) by a per-column statistic learned on training data, as
 * scikit-learn's {@code SimpleImputer}:
 *
 * <ul>
 *   <li>{@link Strategy#MEAN}: the mean of the observed values;</li>
 *   <li>{@link Strategy#MEDIAN}: their median (mean of the two middle values for even counts);</li>
 *   <li>{@link Strategy#MOST_FREQUENT}: their mode, the smallest value among ties (as scikit-learn);</li>
 *   <li>{@link Strategy#CONSTANT}: a given constant.</li>
 * </ul>
 *
 * <p>A column with no observed value cannot be fitted by the first three strategies and is rejected
 * (scikit-learn silently drops it). After {@link #transform}, no NaN remains. Immutable.
 *
 * @since 0.1
 */
public final class Imputer implements Transformer {

    /** How the fill value of a column is computed. */
    public enum Strategy {
        /** Mean of the observed values. */
        MEAN,
        /** Median of the observed values. */
        MEDIAN,
        /** Most frequent observed value (smallest among ties). */
        MOST_FREQUENT,
        /** A constant given by the caller. */
        CONSTANT
    }

    private final Strategy strategy;
    private final double[] fill;

    private Imputer(Strategy strategy, double[] fill) {
        this.strategy = strategy;
        this.fill = fill;
    }

    /**
     * Learns fill values with a statistic strategy.
     *
     * @param x        training rows, NaN marks missing; not modified
     * @param strategy {@code MEAN}, {@code MEDIAN} or {@code MOST_FREQUENT}
     * @return the fitted imputer
     * @throws IllegalArgumentException if the strategy is {@code CONSTANT} (use
     *                                  {@link #constant(double[][], double)}), {@code x} is
     *                                  malformed, or a column has no observed value
     */
    public static Imputer fit(double[][] x, Strategy strategy) {
        Checks.notNull(strategy, "strategy");
        if (strategy == Strategy.CONSTANT) {
            throw new IllegalArgumentException("strategy CONSTANT needs a value: use Imputer.constant(x, value)");
        }
        Checks.rectangular(x, "x");
        int d = x[0].length;
        double[] fill = new double[d];
        double[] col = new double[x.length];
        for (int j = 0; j < d; j++) {
            int n = 0;
            for (double[] row : x) {
                double v = row[j];
                if (!Double.isNaN(v)) {
                    col[n++] = Checks.finite(v, "x[.][" + j + "]");
                }
            }
            if (n == 0) {
                throw new IllegalArgumentException("x column " + j + " has no observed (non-NaN) value to "
                        + strategy.name().toLowerCase(Locale.ROOT) + " from");
            }
            fill[j] = statistic(Arrays.copyOf(col, n), strategy);
        }
        return new Imputer(strategy, fill);
    }

    /**
     * An imputer that fills every missing value with {@code value}.
     *
     * @param x     training rows (only their width is used); not modified
     * @param value finite fill value
     * @return the imputer
     */
    public static Imputer constant(double[][] x, double value) {
        Checks.rectangular(x, "x");
        Checks.finite(value, "value");
        double[] fill = new double[x[0].length];
        Arrays.fill(fill, value);
        return new Imputer(Strategy.CONSTANT, fill);
    }

    private static double statistic(double[] v, Strategy s) {
        switch (s) {
            case MEAN: {
                CompensatedSum sum = new CompensatedSum();
                for (double e : v) {
                    sum.add(e);
                }
                return sum.value() / v.length;
            }
            case MEDIAN: {
                Arrays.sort(v);
                int n = v.length;
                return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            }
            default: {
                Arrays.sort(v);
                double best = v[0];
                int bestCount = 0;
                for (int i = 0; i < v.length; ) {
                    int k = i;
                    while (k < v.length && v[k] == v[i]) {
                        k++;
                    }
                    if (k - i > bestCount) {
                        bestCount = k - i;
                        best = v[i];
                    }
                    i = k;
                }
                return best;
            }
        }
    }

    @Override
    public int inputFeatures() {
        return fill.length;
    }

    @Override
    public double[] transform(double[] row) {
        Transformer.checkRow(row, fill.length);
        double[] out = row.clone();
        for (int j = 0; j < out.length; j++) {
            if (Double.isNaN(out[j])) {
                out[j] = fill[j];
            }
        }
        return out;
    }

    /**
     * The strategy used.
     *
     * @return strategy
     */
    public Strategy strategy() {
        return strategy;
    }

    /**
     * The fill value of each column.
     *
     * @return a copy
     */
    public double[] fillValues() {
        return fill.clone();
    }

    @Override
    public String toString() {
        return "Imputer[" + strategy + ", fill=" + Format.list(fill) + "]";
    }
}
