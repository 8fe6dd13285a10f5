package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;

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
 *       39–45).</li>
 * </ul>
 *
 * @param rate rate \( \lambda \), {@code > 0} and finite
 * @since 0.1
 */
public record Poisson(double rate) implements DiscreteDistribution {

    /**
     * Validates the parameter.
     *
     * @throws IllegalArgumentException if {@code rate} is not {@code > 0} and finite
     */
    public Poisson {
        Checks.positive(rate, "rate");
    }

    /**
     * The Poisson distribution with the given rate.
     *
     * @param rate rate, {@code > 0} and finite
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
    public double pmf(int k) {
        return Math.exp(logPmf(k));
    }

    @Override
    public double logPmf(int k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return (k == 0 ? 0.0 : k * Math.log(rate)) - rate - Gamma.logGamma(k + 1.0);
    }

    @Override
    public double cdf(int k) {
        if (k < 0) {
            return 0.0;
        }
        return Gamma.regularizedGammaQ(k + 1.0, rate);
    }

    @Override
    public double survival(int k) {
        if (k < 0) {
            return 1.0;
        }
        return Gamma.regularizedGammaP(k + 1.0, rate);
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
        return Integer.MAX_VALUE;
    }

    @Override
    public int sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
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
        return ptrs(rng);
    }

    /** Hörmann's PTRS transformed rejection, valid for rate &gt;= 10. */
    private int ptrs(RandomGenerator rng) {
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
                return (int) kd;
            }
            if (kd < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
                    <= -rate + kd * loglam - Gamma.logGamma(kd + 1)) {
                return (int) kd;
            }
        }
    }

    @Override
    public String toString() {
        return "Poisson(rate=" + Format.sig(rate) + ")";
    }
}
