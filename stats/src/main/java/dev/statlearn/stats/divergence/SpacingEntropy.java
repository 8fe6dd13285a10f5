package dev.statlearn.stats.divergence;

import java.util.Arrays;

/**
 * Differential entropy from the \( m \)-spacings of a sample (the estimators and their formulas
 * are on {@link SpacingEstimator}; SciPy's defaults on {@link Divergences#differentialEntropy(double[])}).
 * Arguments are checked by the {@link Divergences} facade.
 */
final class SpacingEntropy {

    private SpacingEntropy() {
    }

    static double estimate(double[] sample, SpacingEstimator estimator, int m) {
        int n = sample.length;
        double[] x = sample.clone();
        Arrays.sort(x);
        switch (estimator) {
            case VASICEK: {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += Divergences.logDifference(x[Math.min(i + m, n - 1)], x[Math.max(i - m, 0)]);
                }
                return s / n + Math.log(n / (2.0 * m));
            }
            case VAN_ES: {
                double s = 0;
                for (int i = 0; i + m < n; i++) {
                    s += Divergences.logDifference(x[i + m], x[i]);
                }
                double harmonic = 0;
                for (int k = n; k >= m; k--) {
                    harmonic += 1.0 / k;
                }
                return s / (n - m) + Math.log((n + 1.0) / m) + harmonic + Math.log(m) - Math.log(n + 1.0);
            }
            case EBRAHIMI: {
                double s = 0;
                for (int i = 1; i <= n; i++) {
                    double c = i <= m ? 1 + (i - 1.0) / m : i >= n - m + 1 ? 1 + (double) (n - i) / m : 2;
                    s += Divergences.logDifference(x[Math.min(i - 1 + m, n - 1)], x[Math.max(i - 1 - m, 0)]) - Math.log(c);
                }
                return s / n + Math.log((double) n / m);
            }
            default: {
                double s = 0;
                // scaled by the largest magnitude so that squares of huge values cannot overflow
                double scale = Math.max(Math.abs(x[0]), Math.abs(x[n - 1]));
                if (scale == 0) {
                    return Double.NEGATIVE_INFINITY;   // every value is 0
                }
                for (int i = 0; i < n; i++) {
                    double mean = 0;
                    for (int j = i - m; j <= i + m; j++) {
                        mean += x[Math.min(Math.max(j, 0), n - 1)] / scale;
                    }
                    mean /= 2 * m + 1;
                    double num = 0;
                    double den = 0;
                    for (int j = i - m; j <= i + m; j++) {
                        double d = x[Math.min(Math.max(j, 0), n - 1)] / scale - mean;
                        num += d * (j - i);
                        den += d * d;
                    }
                    if (!(num > 0)) {   // a constant window: zero slope, the density estimate is infinite
                        return Double.NEGATIVE_INFINITY;
                    }
                    s += Math.log(num) - Math.log(den);
                }
                return -(s / n) + Math.log(n) + Math.log(scale);
            }
        }
    }

    static int defaultWindow(int n) {
        return (int) Math.floor(Math.sqrt(n) + 0.5);
    }}
