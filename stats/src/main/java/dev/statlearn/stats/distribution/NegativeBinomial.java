package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Negative binomial distribution with real "size" \( r \) and success probability \( p \): the
 * number of failures before the \( r \)-th success, and the posterior predictive of the
 * Gamma&ndash;Poisson model (a gamma mixture of Poissons).
 *
 * <p>\[ P(X = k) = \frac{\Gamma(k + r)}{\Gamma(r)\,k!}\, p^r (1-p)^k, \qquad
 *    F(k) = I_p(r, k + 1), \qquad k = 0, 1, \dots \]
 *
 * <ul>
 *   <li>Mean \( r(1-p)/p \), variance \( r(1-p)/p^2 \).</li>
 *   <li>\( p = 1 \) is the point mass at 0.</li>
 *   <li>Equal to {@code scipy.stats.nbinom(n=size, p=p)}.</li>
 *   <li>{@code sample}: \( \mathrm{Poisson}(\Lambda) \) with \( \Lambda \sim \mathrm{Gamma}(r, \text{rate } p/(1-p)) \);
 *       a draw beyond {@link Integer#MAX_VALUE} (probability below \( 10^{-20} \), see below)
 *       is redrawn.</li>
 *   <li>Outcomes are {@code int}: parameters are rejected unless an upper bound on
 *       \( P(X &gt; 2^{31}-1) \) is below \( 10^{-20} \). The bound is the smallest of
 *       \( P(X \ge 1) = 1 - p^r \), Markov's \( \mu / 2^{31} \) and the Chernoff bound
 *       \( (p(k+r)/r)^r\,((1-p)(k+r)/k)^k \) at \( k = 2^{31} \) (for \( k &gt; \mu \));
 *       in practice the mean \( \mu \) must stay some standard deviations below
 *       \( 2^{31} \). SciPy, which works in 64 bits, accepts larger means.</li>
 *   <li>{@code logCdf} and {@code logSurvival} are \( \log I_p(r, k+1) \) and its complement's,
 *       in log space deep in the tails; {@code inverseSurvival} is the default search.</li>
 *   <li>Entropy by summation over all but \( 2\cdot10^{-30} \) of the mass (term by term up to
 *       \( 2^{18} \) outcomes, in midpoint blocks beyond); skewness \( (2-p)/\sqrt{r(1-p)} \);
 *       excess kurtosis \( 6/r + p^2/(r(1-p)) \); both NaN for \( p = 1 \) (a point mass).</li>
 * </ul>
 *
 * @since 0.1
 */
public final class NegativeBinomial implements DiscreteDistribution {

    private final double size;
    private final double p;
    /** \( \log p \), computed once. */
    private final double logP;
    /** \( \log\Gamma(r) \), computed once. */
    private final double logGammaSize;

    /**
     * Validates the parameters.
     *
     * @param size \( r \), {@code > 0} and finite
     * @param p    success probability in (0, 1]
     * @throws IllegalArgumentException if {@code size} is not {@code > 0} and finite, {@code p} not
     *         in (0, 1], or together they put possibly more than \( 10^{-20} \) of the mass above
     *         {@link Integer#MAX_VALUE}
     */
    public NegativeBinomial(double size, double p) {
        Checks.positive(size, "size");
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1], was " + p);
        }
        double logTail = logTailBound(size, p);
        if (!(logTail <= Math.log(Special.INT_TAIL))) {
            throw new IllegalArgumentException("size and p must keep the mass above " + Integer.MAX_VALUE
                    + " below " + Special.INT_TAIL + " (outcomes are int), was size=" + size + ", p=" + p
                    + " (mean " + size * (1 - p) / p + ", tail bound " + Math.exp(logTail) + ")");
        }
        this.size = size;
        this.p = p;
        this.logP = Math.log(p);
        this.logGammaSize = org.apache.commons.numbers.gamma.LogGamma.value(size);
    }

    /**
     * The parameter {@code size}.
     *
     * @return \( r \), {@code > 0} and finite
     */
    public double size() {
        return size;
    }

    /**
     * The parameter {@code p}.
     *
     * @return success probability in (0, 1]
     */
    public double p() {
        return p;
    }

    /**
     * Equal when the other object is a {@code NegativeBinomial} with the same parameters (compared as
     * {@link Double#compare(double, double)} does, as a record would).
     *
     * @param other object to compare with
     * @return whether the parameters are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof NegativeBinomial o && Double.compare(size, o.size) == 0 && Double.compare(p, o.p) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(size) + Double.hashCode(p);
    }

    /**
     * Log of an upper bound on \( P(X \ge 2^{31}) \): the least of \( 1 - p^r \), Markov's
     * \( \mu / k \) and, for \( k &gt; \mu \), the Chernoff bound.
     */
    private static double logTailBound(double r, double p) {
        if (p == 1) {
            return Double.NEGATIVE_INFINITY;
        }
        double k = 0x1p31;
        double logAny = Math.log(-Math.expm1(r * Math.log(p)));
        double mean = r * (1 - p) / p;
        double logMarkov = Math.log(mean) - Math.log(k);
        double bound = Math.min(logAny, logMarkov);
        if (k * p > r * (1 - p)) {
            double chernoff = r * (Math.log(p) + Math.log1p(k / r)) + k * (Math.log1p(-p) + Math.log1p(r / k));
            bound = Math.min(bound, chernoff);
        }
        return bound;
    }

    /**
     * The negative binomial distribution.
     *
     * @param size \( r &gt; 0 \)
     * @param p    success probability in (0, 1]
     * @return the distribution
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static NegativeBinomial of(double size, double p) {
        return new NegativeBinomial(size, p);
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public double logPmf(int k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return k == 0 ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        return org.apache.commons.numbers.gamma.LogGamma.value(k + size) - logGammaSize - org.apache.commons.numbers.gamma.LogGamma.value(k + 1.0)
                + size * logP + (k == 0 ? 0.0 : k * Math.log1p(-p));
    }

    @Override
    public double cdf(int k) {
        if (k < 0) {
            return 0.0;
        }
        if (p == 1) {
            return 1.0;
        }
        return Special.regularizedBeta(p, size, k + 1.0, false);
    }

    @Override
    public double survival(int k) {
        if (k < 0) {
            return 1.0;
        }
        if (p == 1) {
            return 0.0;
        }
        return Special.regularizedBeta(1 - p, k + 1.0, size, false);
    }

    @Override
    public double logCdf(int k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return p == 1 ? 0.0 : Special.logRegularizedBeta(p, size, k + 1.0, false);
    }

    @Override
    public double logSurvival(int k) {
        if (k < 0) {
            return 0.0;
        }
        return p == 1 ? Double.NEGATIVE_INFINITY : Special.logRegularizedBeta(p, size, k + 1.0, true);
    }

    @Override
    public double entropy() {
        return p == 1 ? 0.0 : Special.entropyBySummation(this);
    }

    @Override
    public double skewness() {
        return p == 1 ? Double.NaN : (2 - p) / Math.sqrt(size) / Math.sqrt(1 - p);
    }

    @Override
    public double excessKurtosis() {
        return p == 1 ? Double.NaN : 6 / size + p / size * (p / (1 - p));
    }

    @Override
    public double mean() {
        return size * (1 - p) / p;
    }

    @Override
    public double variance() {
        return size * (1 - p) / (p * p);
    }

    @Override
    public int supportLowerBound() {
        return 0;
    }

    @Override
    public int supportUpperBound() {
        return p == 1 ? 0 : Integer.MAX_VALUE;
    }

    @Override
    public int sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        if (p == 1) {
            return 0;
        }
        double mixingRate = p / (1 - p);   // lambda ~ Gamma(r, rate p / (1 - p)), drawn without building a Gamma per call
        while (true) {
            double lambda = Special.gammaSample(size, rng) / mixingRate;
            if (!(lambda > 0)) {
                return 0;
            }
            // a Poisson draw at twice the int range lies beyond it with certainty in double precision
            if (lambda < 2.0 * Integer.MAX_VALUE) {
                int k = Poisson.draw(lambda, rng);
                if (k >= 0) {
                    return k;
                }
            }
        }
    }

    @Override
    public String toString() {
        return "NegativeBinomial(size=" + Format.sig(size) + ", p=" + Format.sig(p) + ")";
    }
}
