package dev.statlearn.eval.validation;

/**
 * A fitted regression model as a function: rows in, real predictions out.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Regressor {

    /**
     * Predicts a value for each row.
     *
     * @param x rows; must not be modified
     * @return one finite prediction per row
     */
    double[] predict(double[][] x);
}
