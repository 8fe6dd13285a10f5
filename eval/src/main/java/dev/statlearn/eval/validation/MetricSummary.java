package dev.statlearn.eval.validation;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.internal.Format;
import java.util.Arrays;

/**
 * One metric over the folds of a validation run: its value on each test fold, their mean
 * \( \bar m = \frac1F \sum_f m_f \) and sample standard deviation
 * \( s = \sqrt{\frac{1}{F-1} \sum_f (m_f - \bar m)^2} \) (Bessel-corrected; {@code NaN} for a
 * single fold). A {@code NaN} fold value (an undefined metric) makes the mean and sd {@code NaN}.
 *
 * @param name           metric name
 * @param values         value on each fold, in split order; copied on the way in and out
 * @param higherIsBetter whether larger values are better
 * @since 0.1
 */
public record MetricSummary(String name, double[] values, boolean higherIsBetter) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public MetricSummary {
        Checks.notNull(name, "name");
        Checks.nonEmpty(values, "values");
        values = values.clone();
    }

    /**
     * The per-fold values.
     *
     * @return a new array
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Mean over the folds (compensated sum).
     *
     * @return the mean
     */
    public double mean() {
        CompensatedSum s = CompensatedSum.create();
        for (double v : values) {
            s.add(v);
        }
        return s.value() / values.length;
    }

    /**
     * Sample standard deviation over the folds (divides by \( F - 1 \)).
     *
     * @return the sd, {@code NaN} for a single fold
     */
    public double sd() {
        if (values.length < 2) {
            return Double.NaN;
        }
        double m = mean();
        CompensatedSum s = CompensatedSum.create();
        for (double v : values) {
            s.add((v - m) * (v - m));
        }
        return Math.sqrt(s.value() / (values.length - 1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSummary m && m.name.equals(name) && m.higherIsBetter == higherIsBetter
                && Arrays.equals(m.values, values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    /**
     * Mean and sd, e.g. {@code "balanced accuracy 0.9432 ± 0.0211 (10 folds)"}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return name + " " + Format.sig(mean()) + " ± " + Format.sig(sd(), 2) + " (" + values.length + " folds)";
    }
}
