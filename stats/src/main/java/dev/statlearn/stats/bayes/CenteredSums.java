package dev.statlearn.stats.bayes;

import dev.statlearn.core.CompensatedSum;

/**
 * Package-private: the mean \( \bar x \) and the sum of squared deviations
 * \( \sum_i (x_i - \bar x)^2 \) of a batch of observations, each a compensated sum over the data
 * (two passes), as the normal models' conjugate updates use them.
 *
 * @param mean         \( \bar x \)
 * @param sumOfSquares \( \sum_i (x_i - \bar x)^2 \)
 */
record CenteredSums(double mean, double sumOfSquares) {

    /** The sums of a non-empty array of finite values (checked by the caller). */
    static CenteredSums of(double[] x) {
        CompensatedSum s = CompensatedSum.create();
        for (double v : x) {
            s.add(v);
        }
        double xbar = s.value() / x.length;
        CompensatedSum ss = CompensatedSum.create();
        for (double v : x) {
            double d = v - xbar;
            ss.add(d * d);
        }
        return new CenteredSums(xbar, ss.value());
    }
}
