package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Binomial distribution: the number of successes in \( n \) independent trials with success
 * probability \( p \).
 *
 * <p>\[ P(X = k) = \binom{n}{k} p^k (1-p)^{n-k}, \qquad
 * F(k) = I_{1-p}(n-k, k+1), \qquad k = 0, \dots, n. \]
 *
 * <ul>
 *   <li>Mean \( np \), variance \( np(1-p) \); \( n = 0 \), \( p = 0 \) and \( p = 1 \) are
 *       allowed (degenerate distributions).</li>
 *   <li>The log binomial coefficient uses log-gamma; CDF and survival function use the
 *       regularized incomplete beta function (Commons Math), each on its own tail.</li>
 *   <li>Equal to {@code scipy.stats.binom(n=trials, p=p)}.</li>
 *   <li>{@code sample}: inversion by sequential search when \( n \min(p, 1-p) &lt; 30 \);
 *       otherwise Knuth's recursive reduction through a beta order statistic
 *       (TAOCP vol. 2, 3.4.1), which takes \( O(\log n) \) gamma variates.</li>
 *   <li>{@code logCdf} and {@code logSurvival} are the logarithms of the same incomplete beta
 *       functions, in log space deep in the tails; {@code inverseSurvival} is the default search on
 *       the survival function.</li>
 *   <li>Entropy by summation over all but \( 2\cdot10^{-30} \) of the mass (no closed form);
 *       skewness \( (1-2p)/\sqrt{np(1-p)} \); excess kurtosis \( (1 - 6p(1-p))/(np(1-p)) \); both
 *       NaN for a point mass (\( n = 0 \), \( p \in \{0, 1\} \); SciPy gives \( \pm\infty \) or NaN).</li>
 * </ul>
 *
 * @param trials number of trials \( n \), {@code >= 0}
 * @param p      success probability, in [0, 1]
 * @since 0.1
 */
public record Binomial(int trials, double p) implements TrialsSupport {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if {@code trials < 0} or {@code p} is NaN or outside
     *                                  [0, 1]
     */
    public Binomial {
        Checks.nonNegative(trials, "trials");
        Checks.probability(p, "p");
    }

    /**
     * The binomial distribution with the given number of trials and success probability.
     *
     * @param trials number of trials, {@code >= 0}
     * @param p      success probability, in [0, 1]
     * @return the distribution
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Binomial of(int trials, double p) {
        return new Binomial(trials, p);
    }

    @Override
    public int parameterCount() {
        return 1; // the number of trials is fixed, not estimated
    }

    @Override
    public double logPmf(int k) {
        if (k < 0 || k > trials) {
            return Double.NEGATIVE_INFINITY;
        }
        double a = k == 0 ? 0.0 : k * Math.log(p);
        double b = k == trials ? 0.0 : (trials - k) * Math.log1p(-p);
        return logChoose(trials, k) + a + b;
    }

    /** \( \log \binom{n}{k} \). */
    static double logChoose(int n, int k) {
        if (k == 0 || k == n) {
            return 0.0;
        }
        if (k == 1 || k == n - 1) {
            return Math.log(n);
        }
        return org.apache.commons.numbers.gamma.LogGamma.value(n + 1.0) - org.apache.commons.numbers.gamma.LogGamma.value(k + 1.0) - org.apache.commons.numbers.gamma.LogGamma.value(n - k + 1.0);
    }

    @Override
    public double cdf(int k) {
        return tail(k, false, false);
    }

    @Override
    public double survival(int k) {
        return tail(k, true, false);
    }

    @Override
    public double logCdf(int k) {
        return tail(k, false, true);
    }

    @Override
    public double logSurvival(int k) {
        return tail(k, true, true);
    }

    /**
     * \( P(X \le k) = I_{1-p}(n-k, k+1) \), or \( P(X &gt; k) = I_p(k+1, n-k) \) when {@code upper},
     * or their logarithms (\( \log \) of \( 1 - I_p(k+1, n-k) \) and of \( I_p(k+1, n-k) \)) when
     * {@code log}.
     */
    private double tail(int k, boolean upper, boolean log) {
        double t;   // a tail at the ends of the support or of p
        if (k < 0) {
            t = upper ? 1.0 : 0.0;
        } else if (k >= trials || p == 0) {
            t = upper ? 0.0 : 1.0;
        } else if (p == 1) {
            t = upper ? 1.0 : 0.0;
        } else if (log) {
            return Special.logRegularizedBeta(p, k + 1.0, trials - k, !upper);
        } else {
            return upper ? Special.regularizedBeta(p, k + 1.0, trials - k, false)
                    : Special.regularizedBeta(1.0 - p, trials - k, k + 1.0, false);
        }
        return log ? Math.log(t) : t;
    }

    @Override
    public double entropy() {
        return trials == 0 || p == 0 || p == 1 ? 0.0 : Special.entropyBySummation(this);
    }

    @Override
    public double skewness() {
        return skewness(p, variance());
    }

    @Override
    public double excessKurtosis() {
        return excessKurtosis(6 * p * (1 - p), variance());
    }

    /**
     * Skewness \( (1 - 2p)/\sqrt{v} \) of a binomial (or Bernoulli) with variance
     * \( v = np(1-p) \); NaN for a point mass (\( v = 0 \)).
     */
    static double skewness(double p, double v) {
        return v > 0 ? (1 - 2 * p) / Math.sqrt(v) : Double.NaN;
    }

    /**
     * Excess kurtosis \( (1 - 6p(1-p))/v \) of a binomial (or Bernoulli) with variance \( v \),
     * given \( 6p(1-p) \) as the caller has always rounded it; NaN for a point mass.
     */
    static double excessKurtosis(double sixPq, double v) {
        return v > 0 ? (1 - sixPq) / v : Double.NaN;
    }

    @Override
    public double mean() {
        return trials * p;
    }

    @Override
    public double variance() {
        return trials * p * (1.0 - p);
    }

    @Override
    public int sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        return sample(trials, p, rng);
    }

    private static int sample(int n, double p, RandomGenerator rng) {
        int offset = 0;
        // Knuth: reduce n through the order statistic of a Beta(a, n + 1 - a) variate
        while (n > 0 && n * Math.min(p, 1.0 - p) >= 30) {
            int a = 1 + n / 2;
            int b = n + 1 - a;
            double x = Beta.draw(a, b, rng);
            if (x >= p) {
                n = a - 1;
                p = p / x;
            } else {
                offset += a;
                n = b - 1;
                p = (p - x) / (1.0 - x);
            }
        }
        return offset + inversion(n, p, rng);
    }

    /** Sequential-search inversion, for small n·min(p, 1 - p). */
    private static int inversion(int n, double p, RandomGenerator rng) {
        if (n == 0 || p == 0) {
            return 0;
        }
        if (p == 1) {
            return n;
        }
        boolean flip = p > 0.5;
        double s = flip ? 1.0 - p : p;
        double q = 1.0 - s;
        double ratio = s / q;
        double prob = Math.exp(n * Math.log1p(-s));
        double u = rng.nextDouble();
        double cum = prob;
        int k = 0;
        // prob > 0: once the terms underflow past the mode the rest of the mass is below 1e-300,
        // so a u that rounding left above the accumulated sum cannot walk k up to n
        while (u >= cum && k < n && prob > 0) {
            prob *= ratio * (n - k) / (k + 1.0);
            k++;
            cum += prob;
        }
        return flip ? n - k : k;
    }

    @Override
    public String toString() {
        return "Binomial(trials=" + trials + ", p=" + Format.sig(p) + ")";
    }
}
