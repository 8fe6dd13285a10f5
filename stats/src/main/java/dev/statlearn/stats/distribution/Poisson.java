package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Poisson distribution with rate \( \lambda \).
 *
 * <p>\[ P(X = k) = \frac{\lambda^k e^{-\lambda}}{k!}, \qquad
 * F(k) = Q(k + 1, \lambda), \qquad k = 0, 1, \dots \]
 * where \( Q \) is the regularized upper incomplete gamma function (Commons Math); the
 * survival function uses \( P(k+1, \lambda) \).
 *
 * <ul>
 *   <li>Mean and variance \( \lambda \).</li>
 *   <li>Equal to {@code scipy.stats.poisson(mu=rate)}.</li>
 *   <li>{@code sample}: inversion by sequential search for \( \lambda &lt; 10 \); otherwise
 *       Hörmann's transformed rejection PTRS (Insurance: Mathematics and Economics 12, 1993,
 *       39–45); a draw beyond {@link Integer#MAX_VALUE} (probability below \( 10^{-23} \))
 *       is rejected like any other.</li>
 *   <li>Outcomes are {@code int}: the rate must be at most {@link #MAX_RATE}, where the
 *       Chernoff bound \( P(X \ge k) \le e^{-\lambda} (e\lambda/k)^k \) at \( k = 2^{31} \)
 *       is below \( 10^{-23} \). SciPy, which works in 64 bits, accepts larger rates.</li>
 *   <li>{@code logCdf} and {@code logSurvival} are \( \log Q(k+1, \lambda) \) and
 *       \( \log P(k+1, \lambda) \), in log space deep in the tails; {@code inverseSurvival} is the
 *       default search on the survival function.</li>
 *   <li>Entropy by summation of \( -p_k\log p_k \) over all but \( 2\cdot10^{-30} \) of the mass
 *       (no closed form; as SciPy) for \( \lambda &gt; 1 \), and for \( \lambda \le 1 \) from
 *       \( H = \lambda(1 - \ln\lambda) + e^{-\lambda}\sum_{k \ge 2} \lambda^k \ln(k!)/k! \), accurate
 *       for tiny rates (SciPy 1.10.1 drops the \( \lambda \) term there: 0.14% low at
 *       \( \lambda = 10^{-300} \)); skewness \( \lambda^{-1/2} \); excess kurtosis \( 1/\lambda \).</li>
 *   <li>Rate 0 is accepted: the point mass at 0, the limit \( \lambda \to 0^+ \) and SciPy's
 *       {@code poisson(0)} (the maximum-likelihood fit of all-zero counts). There \( P(X = 0) = 1 \),
 *       \( F(k) = 1 \) and \( S(k) = 0 \) for \( k \ge 0 \) ({@code logSurvival} \( -\infty \)),
 *       mean, variance and entropy 0, every quantile and every draw 0 (the support is \( \{0\} \):
 *       {@link #supportUpperBound()} is 0). Skewness and excess kurtosis are NaN, the convention of
 *       {@link DiscreteDistribution} for a point mass; SciPy 1.10.1 reports \( +\infty \) for both
 *       (its formulas \( \lambda^{-1/2} \) and \( 1/\lambda \) at 0).</li>
 * </ul>
 *
 * @param rate rate \( \lambda \), in [0, {@link #MAX_RATE}]
 * @since 0.1
 */
public record Poisson(double rate) implements DiscreteDistribution {

    /**
     * Largest accepted rate, \( 2.147 \times 10^9 \): above it more than a negligible part of
     * the mass would lie above {@link Integer#MAX_VALUE} (at it, less than \( 10^{-23} \)).
     */
    public static final double MAX_RATE = 2.147e9;

    /**
     * Validates the parameter.
     *
     * @throws IllegalArgumentException if {@code rate} is not in [0, {@link #MAX_RATE}]
     */
    public Poisson {
        Checks.nonNegative(rate, "rate");
        if (rate > MAX_RATE) {
            throw Special.beyondInt("rate", "<= " + MAX_RATE, "larger", rate);
        }
    }

    /**
     * The Poisson distribution with the given rate.
     *
     * @param rate rate, in [0, {@link #MAX_RATE}] (0 is the point mass at 0)
     * @return the distribution
     * @throws IllegalArgumentException if {@code rate} is out of range
     */
    public static Poisson of(double rate) {
        return new Poisson(rate);
    }

    @Override
    public int parameterCount() {
        return 1;
    }

    @Override
    public double logPmf(int k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (rate == 0) {
            return k == 0 ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        return (k == 0 ? 0.0 : k * Math.log(rate)) - rate - org.apache.commons.numbers.gamma.LogGamma.value(k + 1.0);
    }

    @Override
    public double cdf(int k) {
        return tail(k, false);
    }

    @Override
    public double survival(int k) {
        return tail(k, true);
    }

    /** \( P(X \le k) = Q(k + 1, \lambda) \), or \( P(X &gt; k) = P(k + 1, \lambda) \) when {@code upper}. */
    private double tail(int k, boolean upper) {
        if (k < 0) {
            return upper ? 1.0 : 0.0;
        }
        if (rate == 0) {
            return upper ? 0.0 : 1.0;
        }
        return Special.regularizedGamma(k + 1.0, rate, !upper);
    }

    @Override
    public double logCdf(int k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return rate == 0 ? 0.0 : Special.logRegularizedGamma(k + 1.0, rate, true);
    }

    @Override
    public double logSurvival(int k) {
        if (k < 0) {
            return 0.0;
        }
        return rate == 0 ? Double.NEGATIVE_INFINITY : Special.logRegularizedGamma(k + 1.0, rate, false);
    }

    @Override
    public double entropy() {
        if (rate == 0) {
            return 0.0;
        }
        if (rate <= 1) {
            return smallRateEntropy(rate);
        }
        return Special.entropyBySummation(this);
    }

    /**
     * \( H = \lambda(1 - \ln\lambda) + e^{-\lambda}\sum_{k \ge 2} \frac{\lambda^k \ln k!}{k!} \) for
     * \( 0 &lt; \lambda \le 1 \): every term is positive and the series converges fast, whereas
     * summing \( -p_k \ln p_k \) over the bulk of the mass drops the \( k = 1 \) term once
     * \( \lambda \) is below the cut-off mass (at \( \lambda = 10^{-300} \) it returned
     * \( \lambda \) instead of \( 6.918 \times 10^{-298} \)).
     */
    private static double smallRateEntropy(double rate) {
        double sum = 0;
        double term = rate;   // lambda^k / k! at k = 1
        for (int k = 2; k < 200; k++) {
            term *= rate / k;
            double t = term * org.apache.commons.numbers.gamma.LogGamma.value(k + 1.0);
            sum += t;
            if (t <= 1e-17 * sum) {
                break;
            }
        }
        return rate * (1 - Math.log(rate)) + Math.exp(-rate) * sum;
    }

    @Override
    public double skewness() {
        return rate == 0 ? Double.NaN : 1 / Math.sqrt(rate);
    }

    @Override
    public double excessKurtosis() {
        return rate == 0 ? Double.NaN : 1 / rate;
    }

    @Override
    public double mean() {
        return rate;
    }

    @Override
    public double variance() {
        return rate;
    }

    @Override
    public int supportLowerBound() {
        return 0;
    }

    @Override
    public int supportUpperBound() {
        return rate == 0 ? 0 : Integer.MAX_VALUE;
    }

    @Override
    public int sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        if (rate == 0) {
            return 0;
        }
        while (true) {
            int k = draw(rate, rng);
            if (k >= 0) {
                return k;
            }
        }
    }

    /**
     * One Poisson draw for any finite rate {@code >= 0} (not limited to {@link #MAX_RATE}), or -1
     * if the draw exceeds {@link Integer#MAX_VALUE}; callers redraw on -1.
     */
    static int draw(double rate, RandomGenerator rng) {
        if (rate < 10) {
            double prob = Math.exp(-rate);
            double cum = prob;
            double u = rng.nextDouble();
            int k = 0;
            while (u >= cum && prob > 0) {
                k++;
                prob *= rate / k;
                cum += prob;
            }
            return k;
        }
        return ptrs(rate, rng);
    }

    /** Hörmann's PTRS transformed rejection, valid for rate &gt;= 10; -1 beyond int. */
    private static int ptrs(double rate, RandomGenerator rng) {
        double slam = Math.sqrt(rate);
        double loglam = Math.log(rate);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            double kd = Math.floor((2 * a / us + b) * u + rate + 0.43);
            if (us >= 0.07 && v <= vr) {
                return kd <= Integer.MAX_VALUE ? (int) kd : -1;
            }
            if (kd < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
                    <= -rate + kd * loglam - org.apache.commons.numbers.gamma.LogGamma.value(kd + 1)) {
                return kd <= Integer.MAX_VALUE ? (int) kd : -1;
            }
        }
    }

    @Override
    public String toString() {
        return "Poisson(rate=" + Format.sig(rate) + ")";
    }
}
