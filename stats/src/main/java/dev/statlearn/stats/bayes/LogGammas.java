package dev.statlearn.stats.bayes;

import org.apache.commons.numbers.gamma.LogGamma;

/** Package-private log-gamma differences that stay finite for hyperparameters up to {@code MAX_VALUE}. */
final class LogGammas {

    private LogGammas() {
    }

    /**
     * \( \ln\Gamma(b) - \ln\Gamma(a) \) for \( a, b &gt; 0 \). Exactly 0 when {@code a == b}; when
     * either log-gamma overflows (arguments beyond about 2.5e305) the difference of Stirling's
     * series \( \ln\Gamma(x) \approx (x - \tfrac12)\ln x - x + \tfrac12 \ln 2\pi \), which is exact
     * to double precision there:
     * \[ (a - \tfrac12)\,\operatorname{log1p}\!\big((b - a)/a\big) + (b - a)(\ln b - 1). \]
     */
    static double difference(double b, double a) {
        if (a == b) {
            return 0;
        }
        double lb = LogGamma.value(b);
        double la = LogGamma.value(a);
        if (Double.isFinite(lb) && Double.isFinite(la)) {
            return lb - la;
        }
        double d = b - a;
        return (a - 0.5) * Math.log1p(d / a) + d * (Math.log(b) - 1);
    }
}
