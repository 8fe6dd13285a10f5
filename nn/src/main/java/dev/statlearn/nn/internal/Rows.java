package dev.statlearn.nn.internal;

import dev.statlearn.core.Checks;

/**
 * Small row helpers shared by nn's public types and its trainer, each defined once here.
 * Not part of the public API.
 */
public final class Rows {

    private Rows() {
    }

    /**
     * The index, relative to {@code from}, of the first largest of {@code z[from .. from + len)}:
     * \( \min \{ j : z_{from+j} = \max_k z_{from+k} \} \). The comparison is a strict
     * {@code >} from index 0, so ties go to the lowest index; a NaN is never chosen over the
     * current best, and a NaN at {@code from} is never replaced (the result is then 0). Callers
     * that must reject NaN check for it first.
     *
     * @param z    values, not modified
     * @param from first index
     * @param len  number of values, at least 1
     * @return the arg-max in {@code [0, len)}
     */
    public static int argmax(double[] z, int from, int len) {
        int best = 0;
        for (int j = 1; j < len; j++) {
            if (z[from + j] > z[from + best]) {
                best = j;
            }
        }
        return best;
    }

    /**
     * A vector as a one-column matrix: row {@code i} is {@code {y[i]}}.
     *
     * @param y    values, not modified
     * @param name the argument's name for the exception
     * @return a new {@code y.length × 1} matrix
     * @throws NullPointerException if {@code y} is null (the message is {@code name})
     */
    public static double[][] column(double[] y, String name) {
        Checks.notNull(y, name);
        double[][] t = new double[y.length][1];
        for (int i = 0; i < y.length; i++) {
            t[i][0] = y[i];
        }
        return t;
    }
}
