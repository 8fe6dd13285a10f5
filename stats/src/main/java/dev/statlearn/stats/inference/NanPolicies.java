package dev.statlearn.stats.inference;

import dev.statlearn.core.Checks;
import dev.statlearn.stats.descriptive.NanPolicy;

/** The NaN policy applied to the samples of a test (package-private helper). */
final class NanPolicies {

    private NanPolicies() {
    }

    /** Checks the policy is usable by a test: PROPAGATE is not (a TestResult holds no NaN). */
    private static void check(NanPolicy policy) {
        Checks.notNull(policy, "nanPolicy");
        if (policy == NanPolicy.PROPAGATE) {
            throw new IllegalArgumentException("nanPolicy must be OMIT or RAISE for a test (a TestResult holds no NaN),"
                    + " was PROPAGATE");
        }
    }

    /** x without its NaN values under OMIT (a copy only if there are any), x itself under RAISE. */
    static double[] sample(double[] x, String name, NanPolicy policy) {
        Checks.notNull(x, name);
        check(policy);
        if (policy == NanPolicy.RAISE) {
            return x;
        }
        int nan = 0;
        for (double v : x) {
            nan += v != v ? 1 : 0;
        }
        if (nan == 0) {
            return x;
        }
        double[] out = new double[x.length - nan];
        int j = 0;
        for (double v : x) {
            if (v == v) {
                out[j++] = v;
            }
        }
        return out;
    }

    /** The pairs (x_i, y_i) with neither NaN under OMIT (as SciPy, pairwise), x and y under RAISE. */
    static double[][] pairs(double[] x, double[] y, NanPolicy policy) {
        Checks.notNull(x, "x");
        Checks.notNull(y, "y");
        check(policy);
        Checks.sameLength(x.length, "x", y.length, "y");
        if (policy == NanPolicy.RAISE) {
            return new double[][] {x, y};
        }
        int keep = 0;
        for (int i = 0; i < x.length; i++) {
            keep += x[i] == x[i] && y[i] == y[i] ? 1 : 0;
        }
        if (keep == x.length) {
            return new double[][] {x, y};
        }
        double[] a = new double[keep];
        double[] b = new double[keep];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == x[i] && y[i] == y[i]) {
                a[j] = x[i];
                b[j++] = y[i];
            }
        }
        return new double[][] {a, b};
    }
}
