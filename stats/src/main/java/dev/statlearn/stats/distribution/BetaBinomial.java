package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Beta-binomial distribution: the number of successes in \( n \) trials whose success
 * probability is drawn from \( \mathrm{Beta}(\alpha, \beta) \); the posterior predictive of the
 * Beta&ndash;Binomial model.
 *
 * <p>\[ P(X = k) = \binom{n}{k}\frac{B(k + \alpha, n - k + \beta)}{B(\alpha, \beta)},
 *    \qquad k = 0, \dots, n. \]
 *
 * <ul>
 *   <li>Mean \( n\alpha/(\alpha+\beta) \), variance
 *       \( n\alpha\beta(\alpha+\beta+n)/((\alpha+\beta)^2(\alpha+\beta+1)) \).</li>
 *   <li>{@code cdf} sums the pmf with a compensated sum (O(n)).</li>
 *   <li>Equal to {@code scipy.stats.betabinom(n, a=alpha, b=beta)}.</li>
 *   <li>Entropy \( -\sum_k p_k \log p_k \) by summation over the support, O(n) like the CDF;
 *       beyond \( n = 2^{17} \) term by term over the first \( 2^{16} \) outcomes and in about
 *       \( 2^{16} \) midpoint blocks of \( h \) outcomes after that (relative error about
 *       \( h^2/(24\sigma^2) \), \( \sigma \) the scale on which the pmf varies);
 *       with \( s = \alpha+\beta \), \( p = \alpha/s \), \( q = \beta/s \): skewness
 *       \( \frac{(s+2n)(\beta-\alpha)}{s+2}\sqrt{\frac{1+s}{n\alpha\beta(n+s)}} \) and excess kurtosis
 *       \( \frac{1+s}{npq(s+2)(s+3)(s+n)}\big[s(s-1+6n) + 3pqs^2(n-2) + 6n^2 - 3pqsn(6-n)
 *       - 18pqn^2\big] - 3 \) (SciPy's {@code betabinom._stats}, rearranged so that nothing
 *       overflows); NaN for \( n = 0 \). {@code logCdf}, {@code logSurvival} and {@code inverseSurvival} are the
 *       interface defaults (as accurate as the summed CDF and survival function).</li>
 * </ul>
 *
 * @since 0.1
 */
public final class BetaBinomial implements TrialsSupport {

    private final int trials;
    private final double alpha;
    private final double beta;
    /** \( \log n! = \log\Gamma(n + 1) \), computed once. */
    private final double logFactorialTrials;
    /** The mixing \( \mathrm{Beta}(\alpha, \beta) \), which computes \( \log B(\alpha, \beta) \) and draws the success probability. */
    private final Beta mixing;
    /** \( \log B(\alpha, \beta) \), computed once (by {@code mixing}). */
    private final double logBeta;

    /**
     * Validates the parameters.
     *
     * @param trials \( n \ge 0 \)
     * @param alpha  \( \alpha \), {@code > 0} and finite
     * @param beta   \( \beta \), {@code > 0} and finite
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public BetaBinomial(int trials, double alpha, double beta) {
        Checks.nonNegative(trials, "trials");
        this.mixing = new Beta(alpha, beta);
        this.trials = trials;
        this.alpha = alpha;
        this.beta = beta;
        this.logFactorialTrials = org.apache.commons.numbers.gamma.LogGamma.value(trials + 1.0);
        this.logBeta = mixing.logBeta;
    }

    /**
     * The parameter {@code trials}.
     *
     * @return \( n \ge 0 \)
     */
    public int trials() {
        return trials;
    }

    /**
     * The parameter {@code alpha}.
     *
     * @return \( \alpha \), {@code > 0} and finite
     */
    public double alpha() {
        return alpha;
    }

    /**
     * The parameter {@code beta}.
     *
     * @return \( \beta \), {@code > 0} and finite
     */
    public double beta() {
        return beta;
    }

    /**
     * Equal when the other object is a {@code BetaBinomial} with the same parameters (compared as
     * {@link Double#compare(double, double)} does, as a record would).
     *
     * @param other object to compare with
     * @return whether the parameters are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof BetaBinomial o && trials == o.trials && mixing.equals(o.mixing);
    }

    @Override
    public int hashCode() {
        return 31 * Integer.hashCode(trials) + mixing.hashCode();
    }

    /**
     * The beta-binomial distribution.
     *
     * @param trials \( n \ge 0 \)
     * @param alpha  \( \alpha &gt; 0 \)
     * @param beta   \( \beta &gt; 0 \)
     * @return the distribution
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static BetaBinomial of(int trials, double alpha, double beta) {
        return new BetaBinomial(trials, alpha, beta);
    }

    @Override
    public int parameterCount() {
        return 3;
    }

    @Override
    public double logPmf(int k) {
        if (k < 0 || k > trials) {
            return Double.NEGATIVE_INFINITY;
        }
        double logChoose = logFactorialTrials - org.apache.commons.numbers.gamma.LogGamma.value(k + 1.0) - org.apache.commons.numbers.gamma.LogGamma.value(trials - k + 1.0);
        return logChoose + org.apache.commons.numbers.gamma.LogBeta.value(k + alpha, trials - k + beta) - logBeta;
    }

    @Override
    public double cdf(int k) {
        if (k < 0) {
            return 0.0;
        }
        if (k >= trials) {
            return 1.0;
        }
        CompensatedSum s = CompensatedSum.create();
        for (int j = 0; j <= k; j++) {
            s.add(pmf(j));
        }
        return Math.min(1.0, s.value());
    }

    @Override
    public double survival(int k) {
        if (k < 0) {
            return 1.0;
        }
        if (k >= trials) {
            return 0.0;
        }
        CompensatedSum s = CompensatedSum.create();
        for (int j = k + 1; j <= trials; j++) {
            s.add(pmf(j));
        }
        return Math.min(1.0, s.value());
    }

    @Override
    public double entropy() {
        if (trials > 1 << 17) {
            return Special.entropyBySummation(this, 0, trials, 16);
        }
        CompensatedSum s = CompensatedSum.create();
        for (int k = 0; k <= trials; k++) {
            double lp = logPmf(k);
            if (lp > Double.NEGATIVE_INFINITY) {
                s.add(-Math.exp(lp) * lp);
            }
        }
        return Math.max(0.0, s.value());
    }

    @Override
    public double skewness() {
        if (trials == 0) {
            return Double.NaN;
        }
        double n = trials;
        double s = alpha + beta;
        return (s + 2 * n) / (s + 2) * ((beta - alpha) / (Math.sqrt(alpha) * Math.sqrt(beta)))
                * Math.sqrt((1 + s) / (n + s)) / Math.sqrt(n);
    }

    @Override
    public double excessKurtosis() {
        if (trials == 0) {
            return Double.NaN;
        }
        double n = trials;
        double s = alpha + beta;
        double p = 1 / (1 + beta / alpha);
        double q = 1 / (1 + alpha / beta);
        double pq = p * q;
        double k;
        if (s <= 1) {
            double bracket = s * (s - 1 + 6 * n) + 3 * pq * s * s * (n - 2) + 6 * n * n
                    - 3 * pq * s * n * (6 - n) - 18 * pq * n * n;
            k = (1 + s) / (n * pq * (s + 2) * (s + 3) * (s + n)) * bracket;
        } else {
            // divided through by s^2 so that nothing overflows for s up to 2 MAX_VALUE / 2
            double bracket = 1 + (6 * n - 1) / s + 3 * pq * (n - 2) + 6 * (n / s) * (n / s)
                    - 3 * pq * n * (6 - n) / s - 18 * pq * (n / s) * (n / s);
            k = (1 + s) / (s + n) * (s / (s + 2)) * (s / (s + 3)) / (n * pq) * bracket;
        }
        return k - 3;
    }

    @Override
    public double mean() {
        return trials * alpha / (alpha + beta);
    }

    @Override
    public double variance() {
        // n p q (ab + n) / (ab + 1) with p = alpha / ab, q = beta / ab, written so that no
        // intermediate overflows for parameters up to Double.MAX_VALUE
        double p = 1 / (1 + beta / alpha);
        double q = 1 / (1 + alpha / beta);
        double ab = alpha + beta;
        double spread = ab == Double.POSITIVE_INFINITY ? 1 : (ab + trials) / (ab + 1);
        return trials * p * q * spread;
    }

    @Override
    public int sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        return Binomial.of(trials, mixing.sample(rng)).sample(rng);
    }

    @Override
    public String toString() {
        return "BetaBinomial(trials=" + trials + ", alpha=" + Format.sig(alpha) + ", beta=" + Format.sig(beta) + ")";
    }
}
