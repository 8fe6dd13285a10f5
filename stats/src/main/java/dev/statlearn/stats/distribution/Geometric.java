package dev.statlearn.stats.distribution;

import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Geometric distribution: the number of trials up to and including the first success
 * (support 1, 2, …).
 *
 * <p>\[ P(X = k) = (1-p)^{k-1} p, \qquad F(k) = 1 - (1-p)^k, \qquad k = 1, 2, \dots \]
 *
 * <ul>
 *   <li>Mean \( 1/p \), variance \( (1-p)/p^2 \); \( p = 1 \) gives the point mass at 1.</li>
 *   <li>CDF, survival function and quantile use {@code log1p}/{@code expm1}, accurate for
 *       small \( p \).</li>
 *   <li>Equal to {@code scipy.stats.geom(p)}.</li>
 *   <li>{@code sample} is \( 1 + \lfloor E / (-\log(1-p)) \rfloor \) with a standard
 *       exponential \( E \); a draw beyond {@link Integer#MAX_VALUE} (probability below
 *       \( 10^{-20} \), see below) is redrawn.</li>
 *   <li>Outcomes are {@code int}: \( p \) must be at least {@link #MIN_P}, so that
 *       \( P(X &gt; 2^{31}-1) = (1-p)^{2^{31}-1} &lt; 10^{-20} \) (a mean up to about
 *       \( 4.5 \times 10^7 \)). SciPy, which works in 64 bits, accepts smaller \( p \).</li>
 *   <li>{@code logCdf} \( = \log(1 - (1-p)^k) \) (Mächler's {@code log1mexp}),
 *       {@code logSurvival} \( = k\log(1-p) \); {@code inverseSurvival} is the default search.</li>
 *   <li>Entropy \( (-(1-p)\log(1-p) - p\log p)/p \); skewness \( (2-p)/\sqrt{1-p} \); excess
 *       kurtosis \( 6 + p^2/(1-p) \); both NaN for \( p = 1 \) (a point mass).</li>
 * </ul>
 *
 * @param p success probability, in [{@link #MIN_P}, 1]
 * @since 0.1
 */
public record Geometric(double p) implements DiscreteDistribution {

    /**
     * Smallest accepted success probability, \( 2.2 \times 10^{-8} \): at it
     * \( P(X &gt; 2^{31}-1) = (1-p)^{2^{31}-1} \approx 3 \times 10^{-21} \), so outcomes fit in
     * {@code int}.
     */
    public static final double MIN_P = 2.2e-8;

    /**
     * Validates the parameter.
     *
     * @throws IllegalArgumentException if {@code p} is NaN or outside [{@link #MIN_P}, 1]
     */
    public Geometric {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1], was " + p);
        }
        if (p < MIN_P) {
            throw Special.beyondInt("p", ">= " + MIN_P, "smaller", p);
        }
    }

    /**
     * The geometric distribution with success probability {@code p}.
     *
     * @param p success probability, in [{@link #MIN_P}, 1]
     * @return the distribution
     * @throws IllegalArgumentException if {@code p} is out of range
     */
    public static Geometric of(double p) {
        return new Geometric(p);
    }

    @Override
    public int parameterCount() {
        return 1;
    }

    @Override
    public double logPmf(int k) {
        if (k < 1) {
            return Double.NEGATIVE_INFINITY;
        }
        if (k == 1) {
            return Math.log(p);
        }
        return (k - 1.0) * Math.log1p(-p) + Math.log(p);
    }

    @Override
    public double cdf(int k) {
        if (k < 1) {
            return 0.0;
        }
        return -Math.expm1(k * Math.log1p(-p));
    }

    @Override
    public double survival(int k) {
        if (k < 1) {
            return 1.0;
        }
        return Math.exp(k * Math.log1p(-p));
    }

    @Override
    public int inverseCdf(double q) {
        Special.checkProbability(q, "q");
        if (q == 0 || p == 1) {
            return 1;
        }
        if (q == 1) {
            return Integer.MAX_VALUE;
        }
        double v = Math.ceil(Math.log1p(-q) / Math.log1p(-p));
        if (v >= Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        int k = Math.max(1, (int) v);
        // guard against rounding in the closed form: smallest k with F(k) >= q
        while (k > 1 && cdf(k - 1) >= q) {
            k--;
        }
        while (cdf(k) < q && k < Integer.MAX_VALUE) {
            k++;
        }
        return k;
    }

    @Override
    public double logCdf(int k) {
        if (k < 1) {
            return Double.NEGATIVE_INFINITY;
        }
        return p == 1 ? 0.0 : Special.log1mExp(k * Math.log1p(-p));
    }

    @Override
    public double logSurvival(int k) {
        if (k < 1) {
            return 0.0;
        }
        return p == 1 ? Double.NEGATIVE_INFINITY : k * Math.log1p(-p);
    }

    @Override
    public double entropy() {
        if (p == 1) {
            return 0.0;
        }
        double q = 1 - p;
        return (-q * Math.log1p(-p) - p * Math.log(p)) / p;
    }

    @Override
    public double skewness() {
        return p == 1 ? Double.NaN : (2 - p) / Math.sqrt(1 - p);
    }

    @Override
    public double excessKurtosis() {
        return p == 1 ? Double.NaN : 6 + p * p / (1 - p);
    }

    @Override
    public double mean() {
        return 1.0 / p;
    }

    @Override
    public double variance() {
        return (1.0 - p) / (p * p);
    }

    @Override
    public int supportLowerBound() {
        return 1;
    }

    @Override
    public int supportUpperBound() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        if (p == 1) {
            return 1;
        }
        double scale = -Math.log1p(-p);
        while (true) {
            double k = 1.0 + Math.floor(rng.nextExponential() / scale);
            if (k <= Integer.MAX_VALUE) {
                return (int) k;
            }
        }
    }

    @Override
    public String toString() {
        return "Geometric(p=" + Format.sig(p) + ")";
    }
}
