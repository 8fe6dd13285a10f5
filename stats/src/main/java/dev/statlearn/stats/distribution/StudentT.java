package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Location-scale Student t distribution with \( \nu \) degrees of freedom, location \( \mu \) and
 * scale \( s \): the marginal posterior of a normal mean and the posterior predictive of the
 * Normal&ndash;Inverse-Gamma model.
 *
 * <p>With \( t = (x - \mu)/s \):
 * \[ f(x) = \frac{\Gamma\left(\frac{\nu+1}{2}\right)}{\Gamma\left(\frac{\nu}{2}\right)\sqrt{\nu\pi}\,s}
 *    \left(1 + \frac{t^2}{\nu}\right)^{-\frac{\nu+1}{2}}, \qquad
 *    F(x) = 1 - \tfrac12 I_{\nu/(\nu+t^2)}\left(\tfrac{\nu}{2}, \tfrac12\right) \ (t \ge 0), \]
 * with the symmetric form for \( t &lt; 0 \); the tail \( I_x(\nu/2, 1/2) \) is computed from
 * whichever of \( x = \nu/(\nu+t^2) \) and \( 1 - x = t^2/(\nu+t^2) \) is smaller (Commons Numbers
 * {@code RegularizedBeta.value}/{@code complement}), and from \( \log x \) beyond
 * \( |t| = 10^{150} \), so neither tail nor centre loses accuracy.
 *
 * <ul>
 *   <li>Mean \( \mu \) for \( \nu &gt; 1 \), NaN otherwise (the mean does not exist; SciPy returns
 *       \( +\infty \)); variance \( s^2\nu/(\nu-2) \) for
 *       \( \nu &gt; 2 \), \( +\infty \) for \( 1 &lt; \nu \le 2 \), NaN for \( \nu \le 1 \) (as SciPy).</li>
 *   <li>{@code inverseCdf}: by symmetry from the one-tail probability \( q = \min(p, 1-p) \), a
 *       bracketed root search on the standard upper tail (Newton steps in \( \log t \) safeguarded
 *       by geometric bisection); a quantile beyond {@code Double.MAX_VALUE} (tiny \( \nu \), tiny
 *       \( q \)) is \( \mp\infty \), as in SciPy.</li>
 *   <li>Equal to {@code scipy.stats.t(df=nu, loc=location, scale=scale)}.</li>
 *   <li>{@code sample}: \( \mu + s Z / \sqrt{G/\nu} \) with \( Z \) standard normal and \( G \sim \chi^2_\nu \).</li>
 *   <li>{@code logCdf} and {@code logSurvival} take the logarithm of the tail
 *       \( \tfrac12 I_x(\nu/2, 1/2) \) in log space once it falls below \( 10^{-250} \) (and
 *       {@code log1p} of it for the other side); {@code inverseSurvival(q)} is the mirror image
 *       of the quantile with one-tail probability \( q \), so small \( q \) keep their accuracy.</li>
 *   <li>Entropy \( \frac{\nu+1}{2}\big[\psi(\frac{\nu+1}{2}) - \psi(\frac{\nu}{2})\big]
 *       + \log\big(\sqrt\nu\,B(\frac\nu2, \frac12)\big) + \log s \); from \( \nu = 10^4 \) the
 *       expansion \( \tfrac12\log(2\pi e) + \frac1\nu + \frac{1}{4\nu^2} - \frac{1}{6\nu^3} + \log s \)
 *       (fitted to mpmath at 80 digits; relative error below \( 10^{-17} \)); \( +\infty \) for
 *       \( \nu &lt; 2 \cdot 4.9 \cdot 10^{-324} \) (it grows as \( 1/\nu \)). Skewness 0 for
 *       \( \nu &gt; 3 \), NaN otherwise; excess kurtosis \( 6/(\nu - 4) \) for \( \nu &gt; 4 \),
 *       \( +\infty \) for \( 2 &lt; \nu \le 4 \), NaN for \( \nu \le 2 \) (as SciPy).</li>
 * </ul>
 *
 * @since 0.1
 */
public final class StudentT implements RealLineSupport {

    private final double degreesOfFreedom;
    private final double location;
    private final double scale;
    /** \( \log s \), computed once. */
    private final double logOfScale;
    /** \( \log\Gamma((\nu+1)/2) - \log\Gamma(\nu/2) - \tfrac12 \log(\nu\pi) \), computed once. */
    private final double logNormalizer;

    /**
     * Validates the parameters.
     *
     * @param degreesOfFreedom \( \nu \), {@code > 0} and finite
     * @param location         \( \mu \), finite
     * @param scale            \( s \), {@code > 0} and finite
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public StudentT(double degreesOfFreedom, double location, double scale) {
        Checks.positive(degreesOfFreedom, "degreesOfFreedom");
        Checks.finite(location, "location");
        Checks.positive(scale, "scale");
        this.degreesOfFreedom = degreesOfFreedom;
        this.location = location;
        this.scale = scale;
        this.logOfScale = Math.log(scale);
        this.logNormalizer = org.apache.commons.numbers.gamma.LogGamma.value((degreesOfFreedom + 1) / 2) - org.apache.commons.numbers.gamma.LogGamma.value(degreesOfFreedom / 2) - 0.5 * Math.log(degreesOfFreedom * Math.PI);
    }

    /**
     * The parameter {@code degreesOfFreedom}.
     *
     * @return \( \nu \), {@code > 0} and finite
     */
    public double degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /**
     * The parameter {@code location}.
     *
     * @return \( \mu \), finite
     */
    public double location() {
        return location;
    }

    /**
     * The parameter {@code scale}.
     *
     * @return \( s \), {@code > 0} and finite
     */
    public double scale() {
        return scale;
    }

    /**
     * Equal when the other object is a {@code StudentT} with the same parameters (compared as
     * {@link Double#compare(double, double)} does, as a record would).
     *
     * @param other object to compare with
     * @return whether the parameters are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof StudentT o && Double.compare(degreesOfFreedom, o.degreesOfFreedom) == 0 && Double.compare(location, o.location) == 0 && Double.compare(scale, o.scale) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(degreesOfFreedom) + Double.hashCode(location)) + Double.hashCode(scale);
    }

    /**
     * The location-scale t distribution.
     *
     * @param degreesOfFreedom \( \nu &gt; 0 \)
     * @param location         \( \mu \)
     * @param scale            \( s &gt; 0 \)
     * @return the distribution
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static StudentT of(double degreesOfFreedom, double location, double scale) {
        return new StudentT(degreesOfFreedom, location, scale);
    }

    /**
     * The standard t distribution (location 0, scale 1).
     *
     * @param degreesOfFreedom \( \nu &gt; 0 \)
     * @return the distribution
     * @throws IllegalArgumentException if {@code degreesOfFreedom} is out of range
     */
    public static StudentT standard(double degreesOfFreedom) {
        return new StudentT(degreesOfFreedom, 0.0, 1.0);
    }

    @Override
    public int parameterCount() {
        return 3;
    }

    @Override
    public double logDensity(double x) {
        Special.notNaN(x, "x");
        return logDensityStandard(Special.standardize(x, location, scale)) - logOfScale;
    }

    private double logDensityStandard(double t) {
        double nu = degreesOfFreedom;
        return logNormalizer
                - (nu + 1) / 2 * log1pSquareOver(t, nu);
    }

    /** \( \log(1 + t^2/\nu) \) without overflow for \( |t| \) up to {@code Double.MAX_VALUE}. */
    private static double log1pSquareOver(double t, double nu) {
        double a = Math.abs(t);
        double r = a * a / nu;
        if (r < 1e300) {
            return Math.log1p(r);
        }
        return 2 * Math.log(a) - Math.log(nu) + Math.log1p(nu / a / a);
    }

    @Override
    public double cdf(double x) {
        return tail(x, false, false);
    }

    @Override
    public double survival(double x) {
        return tail(x, true, false);
    }

    /**
     * \( F(x) \), or \( S(x) \) when {@code upper}, or their logarithms when {@code log}; a NaN
     * {@code x} throws. The distance \( d = x - \mu \) (negated for the upper tail) goes to {@link #tailBelow}
     * with \( f = 1 \), or halved with \( f = 2 \) when \( x - \mu \) overflows.
     */
    private double tail(double x, boolean upper, boolean log) {
        Special.notNaN(x, "x");
        double d = x - location;
        double f = 1.0;
        if (Double.isInfinite(d) && Double.isFinite(x)) {
            d = 0.5 * x - 0.5 * location;
            f = 2.0;
        }
        if (upper) {
            d = -d;
        }
        return log ? logTailBelow(d, f) : tailBelow(d, f);
    }

    /**
     * P(T &lt; d f / scale) for the standard t; f is 1, or 2 when x - location overflowed. When
     * \( d f / s \) overflows (a tiny scale) the far tail is computed from \( \log|d| - \log s \).
     */
    private double tailBelow(double d, double f) {
        if (d == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        if (d == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        double t = d / scale * f;
        double nu = degreesOfFreedom;
        if (Double.isInfinite(t)) {
            double logA = Math.log(Math.abs(d)) + Math.log(f) - Math.log(scale);
            double tail = 0.5 * farTail(Math.log(nu) - 2 * logA, nu);
            return t > 0 ? 1.0 - tail : tail;
        }
        double a = Math.abs(t);
        double t2 = a * a;
        // one tail P(T > |t|) = I_x(nu/2, 1/2) / 2 with x = nu / (nu + t^2); the smaller of x and
        // y = 1 - x = t^2 / (nu + t^2) is passed, so neither the centre nor the tails cancel
        double tail;
        if (t2 < 1e300) {
            double x = nu / (nu + t2);
            tail = x < 0.5 ? 0.5 * org.apache.commons.numbers.gamma.RegularizedBeta.value(x, nu / 2, 0.5)
                    : 0.5 * org.apache.commons.numbers.gamma.RegularizedBeta.complement(t2 / (nu + t2), 0.5, nu / 2);
        } else {
            tail = 0.5 * farTail(Math.log(nu) - 2 * Math.log(a) - Math.log1p(nu / a / a), nu);
        }
        return t >= 0 ? 1.0 - tail : tail;
    }

    /**
     * \( I_x(\nu/2, 1/2) \) from \( \log x \), for \( |t| &gt; 10^{150} \) where \( x \) may
     * underflow: below \( x = 10^{-20} \) the leading term \( x^{a} / (a B(a, 1/2)) \),
     * \( a = \nu/2 \), is exact to \( O(x) \).
     */
    private static double farTail(double logX, double nu) {
        double h = nu / 2;
        if (logX > -46) {
            return org.apache.commons.numbers.gamma.RegularizedBeta.value(Math.exp(logX), h, 0.5);
        }
        return Math.exp(h * logX - Math.log(h) - org.apache.commons.numbers.gamma.LogBeta.value(h, 0.5));
    }

    @Override
    public double inverseCdf(double p) {
        return Special.inverseCdf(p, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, this::quantileOfTails);
    }

    @Override
    public double inverseSurvival(double q) {
        return Special.inverseSurvival(q, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, this::quantileOfTails);
    }

    /**
     * Quantile given both tail probabilities \( p \) and \( q = 1 - p \), each exact: from the
     * smaller one (the other side of the median from \( \mu \) mirrors it; both give \( \mu \) at
     * \( p = q = 1/2 \)).
     */
    private double quantileOfTails(double p, double q) {
        return p <= q ? quantile(p, true) : quantile(q, false);
    }

    /**
     * The point with one-tail probability {@code q} (at most 1/2) below it ({@code below}) or
     * above it.
     */
    private double quantile(double q, boolean below) {
        if (q == 0.5) {
            return location;
        }
        // |t| solves P(T > s) = q for the standard t: a bracketed root search on the upper tail,
        // which overflows to +infinity when the quantile is beyond Double.MAX_VALUE
        // (solved for s * scale directly, so that a tiny scale keeps quantiles whose standard t
        // would overflow)
        if (degreesOfFreedom >= 1e20) {
            // beyond 1e20 degrees of freedom the first Cornish-Fisher term (z^3 + z) / (4 nu) is
            // below double precision: the normal quantile is the t quantile (and the incomplete
            // beta's continued fraction diverges there for the smallest q)
            double z = -Special.normalQuantile(q);
            double s = z * (1 + (z * z + 1) / (4 * degreesOfFreedom)) * scale;
            return below ? location - s : location + s;
        }
        double s0 = -Special.normalQuantile(q) * scale;
        double s = Special.invert(new StudentT(degreesOfFreedom, 0.0, scale), 1 - q, q, s0,
                Double.POSITIVE_INFINITY);
        if (s == Double.POSITIVE_INFINITY) {
            // |quantile - location| beyond MAX_VALUE: the quantile itself may still be finite
            double h = Special.invert(new StudentT(degreesOfFreedom, 0.0, 0.5 * scale), 1 - q, q, 0.5 * s0,
                    Double.POSITIVE_INFINITY);
            return below ? 2.0 * (0.5 * location - h) : 2.0 * (0.5 * location + h);
        }
        return below ? location - s : location + s;
    }

    @Override
    public double logCdf(double x) {
        return tail(x, false, true);
    }

    @Override
    public double logSurvival(double x) {
        return tail(x, true, true);
    }

    private static final double LN_HALF = -0.6931471805599453;

    /** \( \log P(T &lt; d f / s) \), as {@link #tailBelow} but with the tail in log space. */
    private double logTailBelow(double d, double f) {
        if (d == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (d == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double t = d / scale * f;
        double nu = degreesOfFreedom;
        double logTail;   // log P(T > |t|)
        if (Double.isInfinite(t)) {
            double logA = Math.log(Math.abs(d)) + Math.log(f) - Math.log(scale);
            logTail = LN_HALF + logFarTail(Math.log(nu) - 2 * logA, nu);
        } else {
            double a = Math.abs(t);
            double t2 = a * a;
            if (t2 < 1e300) {
                double x = nu / (nu + t2);
                logTail = LN_HALF + (x < 0.5 ? Special.logRegularizedBeta(x, nu / 2, 0.5, false)
                        : Special.logRegularizedBeta(t2 / (nu + t2), 0.5, nu / 2, true));
            } else {
                logTail = LN_HALF + logFarTail(Math.log(nu) - 2 * Math.log(a) - Math.log1p(nu / a / a), nu);
            }
        }
        return t >= 0 ? Math.log1p(-Math.exp(logTail)) : logTail;
    }

    /** \( \log I_x(\nu/2, 1/2) \) from \( \log x \) (see {@link #farTail}). */
    private static double logFarTail(double logX, double nu) {
        double h = nu / 2;
        if (logX > -46) {
            return Special.logRegularizedBeta(Math.exp(logX), h, 0.5, false);
        }
        return h * logX - Math.log(h) - org.apache.commons.numbers.gamma.LogBeta.value(h, 0.5);
    }

    @Override
    public double entropy() {
        double nu = degreesOfFreedom;
        double logScale = logOfScale;
        if (nu / 2 == 0) {
            return Double.POSITIVE_INFINITY;   // about 1/nu, beyond MAX_VALUE
        }
        if (nu >= 1e4) {
            return 0.5 + Special.LN_SQRT_2PI + (1 + (0.25 - 1 / (6 * nu)) / nu) / nu + logScale;
        }
        return (nu + 1) / 2 * (org.apache.commons.numbers.gamma.Digamma.value((nu + 1) / 2)
                - org.apache.commons.numbers.gamma.Digamma.value(nu / 2))
                + 0.5 * Math.log(nu) + org.apache.commons.numbers.gamma.LogBeta.value(nu / 2, 0.5) + logScale;
    }

    @Override
    public double skewness() {
        return degreesOfFreedom > 3 ? 0.0 : Double.NaN;
    }

    @Override
    public double excessKurtosis() {
        double nu = degreesOfFreedom;
        return nu > 4 ? 6 / (nu - 4) : nu > 2 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    @Override
    public double mean() {
        return degreesOfFreedom > 1 ? location : Double.NaN;
    }

    @Override
    public double variance() {
        double nu = degreesOfFreedom;
        if (nu > 2) {
            // scale^2 (nu / (nu - 2)): scale^2 nu overflows for large nu
            return scale * scale * (nu / (nu - 2));
        }
        return nu > 1 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /**
     * \( s \sqrt{\nu / (\nu - 2)} \) for \( \nu &gt; 2 \) (finite also when the variance
     * overflows), \( +\infty \) for \( 1 &lt; \nu \le 2 \), NaN otherwise.
     *
     * @return the standard deviation
     */
    @Override
    public double standardDeviation() {
        double v = variance();
        if (v < Double.POSITIVE_INFINITY || degreesOfFreedom <= 2) {
            return Math.sqrt(v);
        }
        return scale * Math.sqrt(degreesOfFreedom / (degreesOfFreedom - 2));
    }

    @Override
    public double sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        double z = rng.nextGaussian();
        double g = Special.gammaSample(degreesOfFreedom / 2, rng) / 0.5;   // chi-square(nu): Gamma(nu/2, rate 1/2)
        double r = location + scale * z / Math.sqrt(g / degreesOfFreedom);
        return Double.isInfinite(r) ? Special.locationScale(location, scale, z / Math.sqrt(g / degreesOfFreedom)) : r;
    }

    @Override
    public String toString() {
        return "StudentT(degreesOfFreedom=" + Format.sig(degreesOfFreedom) + ", location=" + Format.sig(location) + ", scale=" + Format.sig(scale) + ")";
    }
}
