package dev.statlearn.eval.monitor;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.internal.Format;
import java.util.Arrays;

/**
 * The permutation importance of one feature: for each repeat, the drop in score
 * \( s_{\text{base}} - s_{\text{permuted}} \) when that column alone is shuffled.
 *
 * @param feature feature name
 * @param column  column index
 * @param drops   score drop of each repeat; copied on the way in and out
 * @since 0.1
 */
public record FeatureImportance(String feature, int column, double[] drops) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code column < 0} or {@code drops} is empty
     */
    public FeatureImportance {
        Checks.notNull(feature, "feature");
        Checks.nonNegative(column, "column");
        Checks.nonEmpty(drops, "drops");
        drops = drops.clone();
    }

    /**
     * The drop of each repeat.
     *
     * @return a new array
     */
    @Override
    public double[] drops() {
        return drops.clone();
    }

    /**
     * Mean drop over the repeats (scikit-learn's {@code importances_mean}).
     *
     * @return the importance
     */
    public double mean() {
        CompensatedSum s = CompensatedSum.create();
        for (double v : drops) {
            s.add(v);
        }
        return s.value() / drops.length;
    }

    /**
     * Population standard deviation of the drops (divides by the number of repeats, as
     * scikit-learn's {@code importances_std}).
     *
     * @return the sd
     */
    public double sd() {
        double m = mean();
        CompensatedSum s = CompensatedSum.create();
        for (double v : drops) {
            s.add((v - m) * (v - m));
        }
        return Math.sqrt(s.value() / drops.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureImportance f && f.feature.equals(feature) && f.column == column
                && Arrays.equals(f.drops, drops);
    }

    @Override
    public int hashCode() {
        return (feature.hashCode() * 31 + column) * 31 + Arrays.hashCode(drops);
    }

    /**
     * Name, mean and sd, e.g. {@code "worst radius 0.0912 ± 0.0101"}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return feature + " " + Format.sig(mean()) + " ± " + Format.sig(sd(), 2);
    }
}
