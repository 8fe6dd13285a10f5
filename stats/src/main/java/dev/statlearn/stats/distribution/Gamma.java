package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Gamma distribution with shape \( \alpha \) and rate \( \beta \).
 *
 * <p>\[ f(x) = \frac{\beta^\alpha}{\Gamma(\alpha)} x^{\alpha-1} e^{-\beta x}, \qquad
 * F(x) = P(\alpha, \beta x), \qquad x \ge 0, \]
 * where \( P \) is the regularized lower incomplete gamma function (Commons Numbers
 * {@code RegularizedGamma.P}; the survival function uses {@code RegularizedGamma.Q}). From
 * \( \alpha = 10^6 \) the smaller tail is computed and the other is its complement, and where
 * Commons does not converge (shapes beyond about \( 10^{12} \)) the Wilson–Hilferty
 * approximation is used, with an error below the effect of rounding \( x \).
 *
 * <ul>
 *   <li>Support \( [0, \infty) \); mean \( \alpha/\beta \), variance \( \alpha/\beta^2 \).</li>
 *   <li>At \( x = 0 \) the density is \( +\infty \) for \( \alpha &lt; 1 \), \( \beta \) for
 *       \( \alpha = 1 \), 0 for \( \alpha &gt; 1 \).</li>
 *   <li>{@code inverseCdf} has no closed form: a bracketed root search on the CDF (survival
 *       function above the median), Newton steps in \( \log x \) with geometric bisection as the
 *       safeguard, started from the Wilson–Hilferty approximation. Quantiles below
 *       {@code Double.MIN_VALUE} are 0, as in SciPy.</li>
 *   <li>Equal to {@code scipy.stats.gamma(a=shape, scale=1/rate)}.</li>
 *   <li>{@code sample}: Marsaglia &amp; Tsang (2000), with \( G(\alpha) = G(\alpha+1)
 *       U^{1/\alpha} \) for \( \alpha &lt; 1 \).</li>
 *   <li>{@code logCdf} and {@code logSurvival} are \( \log P(\alpha, \beta x) \) and
 *       \( \log Q(\alpha, \beta x) \), computed in log space (series and continued fraction) once
 *       the tail falls below \( 10^{-250} \), so they stay finite deep in the tails (SciPy 1.10's
 *       {@code gamma.logsf(2000, 2)} is \( -\infty \); here \( \approx -1992.4 \));
 *       {@code inverseSurvival(q)} solves \( S(x) = q \) with \( q \) itself.</li>
 *   <li>Entropy \( \alpha - \log\beta + \log\Gamma(\alpha) + (1-\alpha)\psi(\alpha) \) (from
 *       \( \alpha = 10^5 \) its asymptotic expansion, which does not cancel); skewness
 *       \( 2/\sqrt\alpha \); excess kurtosis \( 6/\alpha \).</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Gamma implements HalfLineSupport {

    private final double shape;
    private final double rate;
    /** \( \log\beta \), computed once (also read by {@link InverseGamma}). */
    final double logRate;
    /** \( \log\Gamma(\alpha) \), computed once (also read by {@link InverseGamma}). */
    final double logGammaShape;

    /**
     * Validates the parameters.
     *
     * @param shape shape \( \alpha \), {@code > 0} and finite
     * @param rate  rate \( \beta \) (inverse scale), {@code > 0} and finite
     * @throws IllegalArgumentException if {@code shape} or {@code rate} is not {@code > 0} and
     *                                  finite
     */
    public Gamma(double shape, double rate) {
        Checks.positive(shape, "shape");
        Checks.positive(rate, "rate");
        this.shape = shape;
        this.rate = rate;
        this.logRate = Math.log(rate);
        this.logGammaShape = org.apache.commons.numbers.gamma.LogGamma.value(shape);
    }

    /**
     * The parameter {@code shape}.
     *
     * @return shape \( \alpha \), {@code > 0} and finite
     */
    public double shape() {
        return shape;
    }

    /**
     * The parameter {@code rate}.
     *
     * @return rate \( \beta \) (inverse scale), {@code > 0} and finite
     */
    public double rate() {
        return rate;
    }

    /**
     * Equal when the other object is a {@code Gamma} with the same parameters (compared as
     * {@link Double#compare(double, double)} does, as a record would).
     *
     * @param other object to compare with
     * @return whether the parameters are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Gamma o && Double.compare(shape, o.shape) == 0 && Double.compare(rate, o.rate) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(shape) + Double.hashCode(rate);
    }

    /**
     * The gamma distribution with the given shape and rate.
     *
     * @param shape shape, {@code > 0} and finite
     * @param rate  rate, {@code > 0} and finite
     * @return the distribution
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Gamma of(double shape, double rate) {
        return new Gamma(shape, rate);
    }

    /**
     * The scale \( 1/\beta \).
     *
     * @return the scale
     */
    public double scale() {
        return 1.0 / rate;
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public double density(double x) {
        // NaN: logDensity throws
        if (x < 0) {
            return 0.0;
        }
        if (x == 0) {
            return shape < 1 ? Double.POSITIVE_INFINITY : shape == 1 ? rate : 0.0;
        }
        return Math.exp(logDensity(x));
    }

    @Override
    public double logDensity(double x) {
        Special.notNaN(x, "x");
        if (x < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == 0) {
            return shape < 1 ? Double.POSITIVE_INFINITY
                    : shape == 1 ? logRate : Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return shape * logRate + (shape - 1) * Math.log(x) - rate * x
                - logGammaShape;
    }

    @Override
    public double cdf(double x) {
        return tail(x, false);
    }

    @Override
    public double survival(double x) {
        return tail(x, true);
    }

    /** \( F(x) = P(\alpha, \beta x) \), or \( S(x) = Q(\alpha, \beta x) \) when {@code upper}. */
    private double tail(double x, boolean upper) {
        Special.notNaN(x, "x");
        if (x <= 0) {
            return upper ? 1.0 : 0.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return upper ? 0.0 : 1.0;
        }
        double y = rate * x;
        if (y < TINY) {
            double p = tinyP(x);
            return upper ? 1.0 - p : p;
        }
        return Special.regularizedGamma(shape, y, upper);
    }

    /** Below this \( \beta x \) the series \( P(\alpha, y) = y^\alpha/\Gamma(\alpha+1) (1 + O(y)) \) is used. */
    private static final double TINY = 1e-290;

    /**
     * \( P(\alpha, \beta x) \) for \( \beta x &lt; 10^{-290} \) from logarithms, so that a
     * subnormal \( \beta x \) (whose rounding would cost digits) is never formed.
     */
    private double tinyP(double x) {
        return Math.exp(shape * (logRate + Math.log(x))
                - org.apache.commons.numbers.gamma.LogGamma.value(shape + 1));
    }

    @Override
    public double inverseCdf(double p) {
        return Special.inverseCdf(p, 0.0, Double.POSITIVE_INFINITY, this::quantile);
    }

    /**
     * Quantile given both tail probabilities: \( F(x) = p \) solved in the lower tail when
     * \( p \le q \), \( S(x) = q \) in the upper tail otherwise, so a caller that knows
     * \( q = 1 - p \) more accurately than {@code 1 - p} (the inverse gamma) keeps it.
     * Underflows to 0 and overflows to \( +\infty \) as SciPy's {@code gamma.ppf}/{@code isf}.
     */
    double quantile(double p, double q) {
        // Wilson-Hilferty start; for small p (or small shape) the lower-tail series
        // F(x) ~ (beta x)^a / Gamma(a + 1) gives a better start.
        double z = p <= q ? Special.normalQuantile(p) : -Special.normalQuantile(q);
        double c = 1.0 / (9.0 * shape);
        double t = 1.0 - c + z * Math.sqrt(c);
        double x0 = t > 0 ? shape * t * t * t : Double.NaN;
        double series = Math.exp((Math.log(p) + org.apache.commons.numbers.gamma.LogGamma.value(shape + 1)) / shape);
        if (!(x0 > 0) || (series < 0.5 * shape && series < x0)) {
            x0 = series;
        }
        return Special.invert(this, p, q, x0 / rate, Double.POSITIVE_INFINITY);
    }

    @Override
    public double logCdf(double x) {
        Special.notNaN(x, "x");
        if (x <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double y = rate * x;
        if (y < TINY) {
            return shape * (logRate + Math.log(x)) - org.apache.commons.numbers.gamma.LogGamma.value(shape + 1);
        }
        return Special.logRegularizedGamma(shape, y, false);
    }

    @Override
    public double logSurvival(double x) {
        Special.notNaN(x, "x");
        if (x <= 0) {
            return 0.0;
        }
        double y = rate * x;
        if (y < TINY) {
            return Math.log1p(-tinyP(x));
        }
        return Special.logRegularizedGamma(shape, y, true);
    }

    @Override
    public double inverseSurvival(double q) {
        return Special.inverseSurvival(q, 0.0, Double.POSITIVE_INFINITY, this::quantile);
    }

    @Override
    public double entropy() {
        return Special.gammaEntropy(shape) - logRate;
    }

    @Override
    public double skewness() {
        return 2.0 / Math.sqrt(shape);
    }

    @Override
    public double excessKurtosis() {
        return 6.0 / shape;
    }

    @Override
    public double mean() {
        return shape / rate;
    }

    @Override
    public double variance() {
        double r2 = rate * rate;
        // rate^2 under- or overflowed: shape / rate / rate over- or underflows only with the variance
        return r2 >= Double.MIN_NORMAL && r2 < Double.POSITIVE_INFINITY ? shape / r2 : shape / rate / rate;
    }

    /**
     * \( \sqrt\alpha / \beta \); finite also when the variance over- or underflows.
     *
     * @return the standard deviation
     */
    @Override
    public double standardDeviation() {
        double v = variance();
        return v >= Double.MIN_NORMAL && v < Double.POSITIVE_INFINITY ? Math.sqrt(v) : Math.sqrt(shape) / rate;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        return Special.gammaSample(shape, rng) / rate;
    }

    /**
     * Log-likelihood \( n(\alpha\log\beta - \log\Gamma(\alpha)) + (\alpha-1)\sum\log x_i
     * - \beta\sum x_i \), with the normalizing constant computed once.
     *
     * @param x observations; not modified
     * @return the log-likelihood, \( -\infty \) if a value is outside the support (or is 0
     *         with \( \alpha &gt; 1 \)), 0 for an empty array
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if a value is NaN
     */
    @Override
    public double logLikelihood(double[] x) {
        Objects.requireNonNull(x, "x");
        double sumLog = 0;
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
                // NaN, zero, negative or infinite: let logDensity decide (and throw for NaN)
                double ld = logDensity(v);
                if (ld == Double.NEGATIVE_INFINITY) {
                    return ld;
                }
                return HalfLineSupport.super.logLikelihood(x);
            }
            sumLog += Math.log(v);
            sum += v;
        }
        if (x.length == 0) {
            return 0.0;
        }
        return x.length * (shape * logRate - logGammaShape)
                + (shape - 1) * sumLog - rate * sum;
    }

    @Override
    public String toString() {
        return "Gamma(shape=" + Format.sig(shape) + ", rate=" + Format.sig(rate) + ")";
    }
}
