package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Log-normal distribution: \( X = e^Y \) with \( Y \sim N(\mu, \sigma^2) \).
 *
 * <p>\[ f(x) = \frac{1}{x\sigma\sqrt{2\pi}} \exp\!\Big(-\frac{(\ln x-\mu)^2}{2\sigma^2}\Big),
 * \qquad F(x) = \Phi\!\Big(\frac{\ln x - \mu}{\sigma}\Big), \qquad x &gt; 0. \]
 *
 * <ul>
 *   <li>Support \( (0, \infty) \); mean \( e^{\mu + \sigma^2/2} \), variance
 *       \( (e^{\sigma^2} - 1) e^{2\mu + \sigma^2} \).</li>
 *   <li>Density 0 for \( x \le 0 \); {@code inverseCdf(p) = exp(μ + σ Φ⁻¹(p))}.</li>
 *   <li>Equal to {@code scipy.stats.lognorm(s=sigma, scale=exp(mu))}.</li>
 *   <li>{@code logCdf} and {@code logSurvival} are the normal's \( \log\Phi(\pm z) \),
 *       \( z = (\log x - \mu)/\sigma \), finite deep in both tails;
 *       {@code inverseSurvival(q)} \( = \exp(\mu - \sigma\Phi^{-1}(q)) \).</li>
 *   <li>Entropy \( \mu + \tfrac12 + \log(\sigma\sqrt{2\pi}) \); with \( w = e^{\sigma^2} - 1 \)
 *       ({@code expm1}, accurate for small \( \sigma \)) skewness \( (w + 3)\sqrt{w} \) and excess
 *       kurtosis \( w^4 + 6w^3 + 15w^2 + 16w \) (\( = e^{4\sigma^2} + 2e^{3\sigma^2} + 3e^{2\sigma^2} - 6 \)),
 *       \( +\infty \) once they overflow (\( \sigma \gtrsim 13.3 \) for the kurtosis).</li>
 * </ul>
 *
 * @param mu    mean \( \mu \) of \( \ln X \), finite
 * @param sigma standard deviation \( \sigma \) of \( \ln X \), {@code > 0} and finite
 * @since 0.1
 */
public record LogNormal(double mu, double sigma) implements HalfLineSupport {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if {@code mu} is not finite or {@code sigma} is not
     *                                  {@code > 0} and finite
     */
    public LogNormal {
        Checks.finite(mu, "mu");
        Checks.positive(sigma, "sigma");
    }

    /**
     * The log-normal distribution with log-mean {@code mu} and log-sd {@code sigma}.
     *
     * @param mu    mean of the logarithm, finite
     * @param sigma standard deviation of the logarithm, {@code > 0} and finite
     * @return the distribution
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static LogNormal of(double mu, double sigma) {
        return new LogNormal(mu, sigma);
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public double density(double x) {
        Special.notNaN(x, "x");
        if (x <= 0 || x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double z = Special.standardize(Math.log(x), mu, sigma);
        double c = Special.INV_SQRT_2PI / (sigma * x);
        if (c == Double.POSITIVE_INFINITY || c == 0) {
            // sigma x under- or overflowed: in log space
            return Math.exp(logDensity(x));
        }
        return c * Math.exp(-0.5 * z * z);
    }

    @Override
    public double logDensity(double x) {
        Special.notNaN(x, "x");
        if (x <= 0 || x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double lx = Math.log(x);
        double z = Special.standardize(lx, mu, sigma);
        return -0.5 * z * z - lx - Math.log(sigma) - Special.LN_SQRT_2PI;
    }

    @Override
    public double cdf(double x) {
        Special.notNaN(x, "x");
        return x <= 0 ? 0.0 : Special.phi(Special.standardize(Math.log(x), mu, sigma));
    }

    @Override
    public double survival(double x) {
        Special.notNaN(x, "x");
        return x <= 0 ? 1.0 : Special.phi(-Special.standardize(Math.log(x), mu, sigma));
    }

    @Override
    public double inverseCdf(double p) {
        Special.checkProbability(p);
        return Math.exp(Special.locationScale(mu, sigma, Special.normalQuantile(p)));
    }

    @Override
    public double logCdf(double x) {
        Special.notNaN(x, "x");
        return x <= 0 ? Double.NEGATIVE_INFINITY : Special.logPhi(Special.standardize(Math.log(x), mu, sigma));
    }

    @Override
    public double logSurvival(double x) {
        Special.notNaN(x, "x");
        return x <= 0 ? 0.0 : Special.logPhi(-Special.standardize(Math.log(x), mu, sigma));
    }

    @Override
    public double inverseSurvival(double q) {
        Special.checkProbability(q, "q");
        return Math.exp(Special.locationScale(mu, sigma, -Special.normalQuantile(q)));
    }

    @Override
    public double entropy() {
        return mu + 0.5 + Special.LN_SQRT_2PI + Math.log(sigma);
    }

    @Override
    public double skewness() {
        double w = Math.expm1(sigma * sigma);
        return (w + 3) * Math.sqrt(w);
    }

    @Override
    public double excessKurtosis() {
        double w = Math.expm1(sigma * sigma);
        return (((w + 6) * w + 15) * w + 16) * w;
    }

    @Override
    public double mean() {
        double e = mu + 0.5 * sigma * sigma;
        // 0.5 sigma^2 overflows: mu + sigma^2 / 2 in one rounding
        return Math.exp(e < Double.POSITIVE_INFINITY ? e : Math.fma(0.5 * sigma, sigma, mu));
    }

    @Override
    public double variance() {
        double s2 = sigma * sigma;
        double a = Math.expm1(s2);
        double b = Math.exp(2 * mu + s2);
        if (a >= Double.MIN_NORMAL && a < Double.POSITIVE_INFINITY
                && b >= Double.MIN_NORMAL && b < Double.POSITIVE_INFINITY) {
            return a * b;
        }
        // a factor overflowed or underflowed (inf * 0 = NaN for a huge sigma and a very negative
        // mu, inf for a tiny sigma and a large mu): add the logs instead,
        // log expm1(s2) = s2 + log1p(-exp(-s2)) ~ s2 for large s2, 2 log(sigma) for tiny s2
        if (s2 > 40) {
            // mu + sigma^2 in one rounding: sigma^2 may overflow while mu + sigma^2 does not
            return Math.exp(2 * Math.fma(sigma, sigma, mu) + Math.log1p(-Math.exp(-s2)));
        }
        double logA = sigma < 1e-150 ? 2 * Math.log(sigma) : Math.log(a);
        return Math.exp(logA + (2 * mu + s2));
    }

    /**
     * \( e^{\mu + \sigma^2/2} \sqrt{e^{\sigma^2} - 1} \); finite also when the variance
     * overflows but this does not.
     *
     * @return the standard deviation
     */
    @Override
    public double standardDeviation() {
        double v = variance();
        if (v < Double.POSITIVE_INFINITY) {
            return Math.sqrt(v);
        }
        return Math.exp(Math.fma(0.5 * sigma, sigma, mu) + 0.5 * Math.log(Math.expm1(sigma * sigma)));
    }

    @Override
    public double sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        return Math.exp(Special.locationScale(mu, sigma, rng.nextGaussian()));
    }

    @Override
    public String toString() {
        return "LogNormal(mu=" + Format.sig(mu) + ", sigma=" + Format.sig(sigma) + ")";
    }
}
