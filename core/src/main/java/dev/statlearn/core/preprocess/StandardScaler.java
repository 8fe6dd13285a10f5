package dev.statlearn.core.preprocess;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.internal.Format;

/**
 * Standardization fitted on training data: \( z_j = (x_j - \mu_j) / \sigma_j \), with
 * \( \mu_j \) the column mean and \( \sigma_j = \sqrt{\tfrac1n \sum_i (x_{ij} - \mu_j)^2} \) the
 * population standard deviation, as scikit-learn's {@code StandardScaler}.
 *
 * <ul>
 *   <li>A constant column (\( \sigma_j = 0 \)) gets scale 1, so it maps to 0 (as scikit-learn).</li>
 *   <li>Missing values (NaN) are ignored when fitting and stay NaN when transforming; a column with
 *       no observed value is rejected.</li>
 *   <li>Two-pass, compensated sums: accurate for columns with a large mean and small spread.
 *       Columns of huge or tiny magnitude (beyond \( 2^{\pm 500} \)) are summed after an exact
 *       power-of-two rescaling, so finite data never overflows to an infinite or underflows to a
 *       zero scale; {@link #transform} likewise never overflows in \( x_j - \mu_j \).</li>
 *   <li>Infinite values are rejected when fitting and transforming (see {@link Transformer}).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StandardScaler implements Transformer {

    private final double[] mean;
    private final double[] scale;

    private StandardScaler(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /**
     * Learns the column means and standard deviations.
     *
     * @param x training rows; not modified
     * @return the fitted scaler
     * @throws IllegalArgumentException if {@code x} is empty, ragged, has an infinite value (the
     *                                  message names its row and column), or a column has no
     *                                  observed value
     */
    public static StandardScaler fit(double[][] x) {
        Checks.rectangular(x, "x");
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double largest = 0;
            int n = 0;
            for (double[] row : x) {
                double v = row[j];
                if (!Double.isNaN(v)) {
                    largest = Math.max(largest, Math.abs(v));
                    n++;
                }
            }
            if (n == 0) {
                throw new IllegalArgumentException("x column " + j + " has no observed (non-NaN) value");
            }
            // exact power-of-two rescaling, only for magnitudes where squares or sums could leave
            // the double range (so ordinary data is computed exactly as before)
            int e = largest == 0 ? 0 : Math.getExponent(largest);
            double unit = e > 500 || e < -500 ? Math.scalb(1.0, e) : 1.0;
            CompensatedSum s = new CompensatedSum();
            for (double[] row : x) {
                double v = row[j];
                if (!Double.isNaN(v)) {
                    s.add(v / unit);
                }
            }
            double m = s.value() / n;
            CompensatedSum ss = new CompensatedSum();
            CompensatedSum corr = new CompensatedSum();
            for (double[] row : x) {
                double v = row[j];
                if (!Double.isNaN(v)) {
                    double dv = v / unit - m;
                    ss.add(dv * dv);
                    corr.add(dv);
                }
            }
            double c = corr.value();
            double var = Math.max(0, (ss.value() - c * c / n) / n);
            double sd = Math.sqrt(var) * unit;
            mean[j] = m * unit;
            scale[j] = sd > 0 ? sd : 1.0; // sd <= max |x| (the variance of values in [-1, 1]·unit), never infinite
        }
        return new StandardScaler(mean, scale);
    }

    /**
     * A scaler with given means and scales (e.g. loaded from elsewhere).
     *
     * @param mean  column means, finite; copied
     * @param scale column scales, finite and &gt; 0; copied
     * @return the scaler
     */
    public static StandardScaler of(double[] mean, double[] scale) {
        Checks.finiteNonEmpty(mean, "mean");
        Checks.sameLength(mean.length, "mean", Checks.notNull(scale, "scale").length, "scale");
        for (int j = 0; j < scale.length; j++) {
            Checks.positive(scale[j], "scale[" + j + "]");
        }
        return new StandardScaler(mean.clone(), scale.clone());
    }

    @Override
    public int inputFeatures() {
        return mean.length;
    }

    @Override
    public double[] transform(double[] row) {
        Transformer.checkRow(row, mean.length);
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            double diff = row[j] - mean[j];
            out[j] = Double.isInfinite(diff) ? row[j] / scale[j] - mean[j] / scale[j] : diff / scale[j];
        }
        return out;
    }

    /**
     * Maps standardized values back: \( x_j = z_j \sigma_j + \mu_j \).
     *
     * @param row standardized row; not modified
     * @return a new row on the original scale
     * @throws IllegalArgumentException if the row has the wrong length or an infinite value
     */
    public double[] inverseTransform(double[] row) {
        Transformer.checkRow(row, mean.length);
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = row[j] * scale[j] + mean[j];
        }
        return out;
    }

    /**
     * The fitted column means \( \mu_j \).
     *
     * @return a copy
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * The fitted column scales \( \sigma_j \) (1 for constant columns).
     *
     * @return a copy
     */
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public String toString() {
        return "StandardScaler[mean=" + Format.list(mean) + ", scale=" + Format.list(scale) + "]";
    }
}
