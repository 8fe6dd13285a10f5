package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Normal&ndash;inverse-gamma distribution of a pair \( (\mu, \sigma^2) \): \( \sigma^2 \sim
 * \mathrm{InvGamma}(\alpha, \beta) \) and \( \mu \mid \sigma^2 \sim N(m, \sigma^2/\kappa) \); the
 * conjugate prior and posterior for normal data with unknown mean and variance.
 *
 * <p>\[ f(\mu, \sigma^2) = \frac{\sqrt{\kappa}}{\sqrt{2\pi\sigma^2}}\frac{\beta^\alpha}{\Gamma(\alpha)}
 *    (\sigma^2)^{-\alpha-1}\exp\left(-\frac{2\beta + \kappa(\mu - m)^2}{2\sigma^2}\right). \]
 *
 * <ul>
 *   <li>Marginals: \( \mu \sim t_{2\alpha}(m, \sqrt{\beta/(\alpha\kappa)}) \) ({@link #meanMarginal()}),
 *       \( \sigma^2 \sim \mathrm{InvGamma}(\alpha, \beta) \) ({@link #varianceMarginal()}).</li>
 *   <li>Mean \( (m, \beta/(\alpha-1)) \) for \( \alpha &gt; 1 \); covariance diagonal with
 *       \( \mathrm{Var}\,\mu = \beta/((\alpha-1)\kappa) \) and \( \mathrm{Var}\,\sigma^2 \) of the inverse gamma
 *       (infinite entries when a moment does not exist).</li>
 *   <li>Joint mode \( (m, \beta/(\alpha + 3/2)) \).</li>
 *   <li>Points are {@code {mu, variance}}; density 0 for a variance \( \le 0 \).</li>
 * </ul>
 *
 * @param location location \( m \), finite
 * @param kappa precision multiplier \( \kappa \), {@code > 0} (prior pseudo-observations for the mean)
 * @param shape \( \alpha &gt; 0 \)
 * @param scale \( \beta &gt; 0 \)
 * @since 0.1
 */
public record NormalInverseGamma(double location, double kappa, double shape, double scale)
        implements MultivariateDistribution {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public NormalInverseGamma {
        Checks.finite(location, "location");
        Checks.positive(kappa, "kappa");
        Checks.positive(shape, "shape");
        Checks.positive(scale, "scale");
    }

    /**
     * The normal&ndash;inverse-gamma distribution.
     *
     * @param location \( m \)
     * @param kappa    \( \kappa &gt; 0 \)
     * @param shape \( \alpha &gt; 0 \)
     * @param scale \( \beta &gt; 0 \)
     * @return the distribution
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static NormalInverseGamma of(double location, double kappa, double shape, double scale) {
        return new NormalInverseGamma(location, kappa, shape, scale);
    }

    /**
     * Marginal distribution of \( \mu \).
     *
     * @return \( t_{2\alpha}(m, \sqrt{\beta/(\alpha\kappa)}) \)
     */
    public StudentT meanMarginal() {
        return StudentT.of(2 * shape, location, Math.sqrt(scale / (shape * kappa)));
    }

    /**
     * Marginal distribution of \( \sigma^2 \).
     *
     * @return \( \mathrm{InvGamma}(\alpha, \beta) \)
     */
    public InverseGamma varianceMarginal() {
        return InverseGamma.of(shape, scale);
    }

    /**
     * The joint mode.
     *
     * @return {@code {m, beta / (alpha + 3/2)}}
     */
    public double[] mode() {
        return new double[] {location, scale / (shape + 1.5)};
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public int parameterCount() {
        return 4;
    }

    @Override
    public double logDensity(double[] x) {
        Objects.requireNonNull(x, "x");
        if (x.length != 2) {
            throw new IllegalArgumentException("x has length " + x.length + " but dimension is 2");
        }
        double mu = x[0];
        double v = x[1];
        if (Double.isNaN(mu) || Double.isNaN(v)) {
            throw new IllegalArgumentException("x must not contain NaN, was [" + mu + ", " + v + "]");
        }
        if (!(v > 0) || Double.isInfinite(v) || Double.isInfinite(mu)) {
            return Double.NEGATIVE_INFINITY;
        }
        double d = mu - location;
        return 0.5 * Math.log(kappa) - 0.5 * Math.log(2 * Math.PI * v)
                + shape * Math.log(scale) - org.apache.commons.numbers.gamma.LogGamma.value(shape)
                - (shape + 1) * Math.log(v) - (2 * scale + kappa * d * d) / (2 * v);
    }

    @Override
    public double[] mean() {
        return new double[] {location, varianceMarginal().mean()};
    }

    @Override
    public double[][] covariance() {
        double varMu = shape > 1 ? scale / ((shape - 1) * kappa) : Double.POSITIVE_INFINITY;
        return new double[][] {{varMu, 0.0}, {0.0, varianceMarginal().variance()}};
    }

    @Override
    public double[] sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        double v = varianceMarginal().sample(rng);
        return new double[] {location + Math.sqrt(v / kappa) * rng.nextGaussian(), v};
    }

    @Override
    public String toString() {
        return "NormalInverseGamma(location=" + Format.sig(location) + ", kappa=" + Format.sig(kappa) + ", shape=" + Format.sig(shape) + ", scale=" + Format.sig(scale) + ")";
    }
}
