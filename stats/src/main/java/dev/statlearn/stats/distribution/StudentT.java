package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Location-scale Student t distribution with \( \nu \) degrees of freedom, location \( \mu \) and
 * scale \( s \): the marginal posterior of a normal mean and the posterior predictive of the
 * Normal&ndash;Inverse-Gamma model.
 *
 * <p>With \( t = (x - \mu)/s \):
 * \[ f(x) = \frac{\Gamma\left(\frac{\nu+1}{2}\right)}{\Gamma\left(\frac{\nu}{2}\right)\sqrt{\nu\pi}\,s}
 *    \left(1 + \frac{t^2}{\nu}\right)^{-\frac{\nu+1}{2}}, \qquad
 *    F(x) = 1 - \tfrac12 I_{\nu/(\nu+t^2)}\left(\tfrac{\nu}{2}, \tfrac12\right) \ (t \ge 0), \]
 * with the symmetric form for \( t &lt; 0 \) and \( \tfrac12 \pm \tfrac12 I_{t^2/(\nu+t^2)}(\tfrac12, \tfrac{\nu}{2}) \)
 * near the centre, so neither tail nor centre loses accuracy.
 *
 * <ul>
 *   <li>Mean \( \mu \) for \( \nu &gt; 1 \), NaN otherwise (the mean does not exist; SciPy returns
 *       \( +\infty \)); variance \( s^2\nu/(\nu-2) \) for
 *       \( \nu &gt; 2 \), \( +\infty \) for \( 1 &lt; \nu \le 2 \), NaN for \( \nu \le 1 \) (as SciPy).</li>
 *   <li>{@code inverseCdf}: a start from the inverse regularized beta function of
 *       {@link dev.statlearn.stats.distribution.Beta}, polished by Newton steps on the lower tail.</li>
 *   <li>Equal to {@code scipy.stats.t(df=nu, loc=location, scale=scale)}.</li>
 *   <li>{@code sample}: \( \mu + s Z / \sqrt{G/\nu} \) with \( Z \) standard normal and \( G \sim \chi^2_\nu \).</li>
 * </ul>
 *
 * @param degreesOfFreedom \( \nu \), {@code > 0} and finite
 * @param location         \( \mu \), finite
 * @param scale            \( s \), {@code > 0} and finite
 * @since 0.1
 */
public record StudentT(double degreesOfFreedom, double location, double scale) implements ContinuousDistribution {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public StudentT {
        Checks.positive(degreesOfFreedom, "degreesOfFreedom");
        Checks.finite(location, "location");
        Checks.positive(scale, "scale");
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
    public double density(double x) {
        return Math.exp(logDensity(x));
    }

    @Override
    public double logDensity(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return logDensityStandard((x - location) / scale) - Math.log(scale);
    }

    private double logDensityStandard(double t) {
        double nu = degreesOfFreedom;
        return Gamma.logGamma((nu + 1) / 2) - Gamma.logGamma(nu / 2) - 0.5 * Math.log(nu * Math.PI)
                - (nu + 1) / 2 * Math.log1p(t * t / nu);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return tailBelow((x - location) / scale);
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return tailBelow(-(x - location) / scale);
    }

    /** P(T &lt;= t) for the standard t. */
    private double tailBelow(double t) {
        if (t == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        if (t == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        double nu = degreesOfFreedom;
        double t2 = t * t;
        if (t2 < 0.1 * nu) {
            // centre (the tail probability is above about 0.3, no cancellation): I_{t^2/(nu+t^2)}(1/2, nu/2) is the two-sided mass inside |T| < |t|
            double inner = Beta.regularizedBeta(t2 / (nu + t2), 0.5, nu / 2, 1e-16, 100_000);
            return t >= 0 ? 0.5 + 0.5 * inner : 0.5 - 0.5 * inner;
        }
        double tail = 0.5 * Beta.regularizedBeta(nu / (nu + t2), nu / 2, 0.5, 1e-16, 100_000);
        return t >= 0 ? 1.0 - tail : tail;
    }

    @Override
    public double inverseCdf(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], was " + p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double nu = degreesOfFreedom;
        double q = Math.min(p, 1 - p);   // one-tail probability
        double t;
        if (q > 0.25) {
            // centre: y ~ Beta(1/2, nu/2) with P(Y <= y) = 1 - 2q, t^2 = nu y / (1 - y)
            double y = dev.statlearn.stats.distribution.Beta.of(0.5, nu / 2).inverseCdf(1 - 2 * q);
            t = -Math.sqrt(nu * y / (1 - y));
        } else {
            // tail: x ~ Beta(nu/2, 1/2) with P(X <= x) = 2q, t^2 = nu (1 - x) / x
            double x = dev.statlearn.stats.distribution.Beta.of(nu / 2, 0.5).inverseCdf(2 * q);
            t = -Math.sqrt(nu * (1 - x) / x);
        }
        // polish with Newton steps on the lower tail, F(t) = q for t <= 0
        if (q < 0.5) {
            for (int i = 0; i < 8; i++) {
                double f = Math.exp(logDensityStandard(t));
                if (!(f > 0)) {
                    break;
                }
                double step = (tailBelow(t) - q) / f;
                double next = Math.min(0.0, t - step);
                if (!Double.isFinite(next)) {
                    break;
                }
                boolean done = Math.abs(next - t) <= 1e-15 * Math.abs(t);
                t = next;
                if (done) {
                    break;
                }
            }
        } else {
            t = 0.0;
        }
        t = -t;
        if (p < 0.5) {
            t = -t;
        }
        return location + scale * t;
    }

    @Override
    public double mean() {
        return degreesOfFreedom > 1 ? location : Double.NaN;
    }

    @Override
    public double variance() {
        double nu = degreesOfFreedom;
        if (nu > 2) {
            return scale * scale * nu / (nu - 2);
        }
        return nu > 1 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    @Override
    public double supportLowerBound() {
        return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double supportUpperBound() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        double z = rng.nextGaussian();
        double g = dev.statlearn.stats.distribution.Gamma.of(degreesOfFreedom / 2, 0.5).sample(rng);
        return location + scale * z / Math.sqrt(g / degreesOfFreedom);
    }

    @Override
    public String toString() {
        return "StudentT(degreesOfFreedom=" + Format.sig(degreesOfFreedom) + ", location=" + Format.sig(location) + ", scale=" + Format.sig(scale) + ")";
    }
}
