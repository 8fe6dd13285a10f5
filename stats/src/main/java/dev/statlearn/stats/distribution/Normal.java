package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Normal (Gaussian) distribution \( N(\mu, \sigma^2) \).
 *
 * <p>\[ f(x) = \frac{1}{\sigma\sqrt{2\pi}} \exp\!\Big(-\frac{(x-\mu)^2}{2\sigma^2}\Big), \qquad
 * F(x) = \tfrac12 \operatorname{erfc}\!\Big(-\frac{x-\mu}{\sigma\sqrt2}\Big). \]
 *
 * <ul>
 *   <li>Support \( (-\infty, \infty) \); mean \( \mu \), variance \( \sigma^2 \).</li>
 *   <li>{@code cdf} and {@code survival} use the complementary error function, so both tails
 *       keep their relative accuracy (no cancellation in \( 1 - F \)).</li>
 *   <li>{@code inverseCdf} uses Wichura's AS 241 (relative accuracy about \( 10^{-16} \));
 *       {@code inverseCdf(0) = -∞}, {@code inverseCdf(1) = +∞}.</li>
 *   <li>{@code sample} is \( \mu + \sigma Z \) with \( Z \) from
 *       {@link RandomGenerator#nextGaussian()} (the JDK's ziggurat).</li>
 *   <li>{@code logCdf} is \( \log\Phi(z) = \log(\tfrac12\operatorname{erfcx}(-z/\sqrt2)) - z^2/2 \)
 *       for \( z &lt; 0 \) (Commons Numbers {@code Erfcx}), so it does not underflow
 *       (\( \log\Phi(-40) \approx -804.608 \)); {@code logSurvival} is \( \log\Phi(-z) \);
 *       {@code inverseSurvival(q)} \( = \mu - \sigma\Phi^{-1}(q) \).</li>
 *   <li>Entropy \( \tfrac12\log(2\pi e\sigma^2) \); skewness and excess kurtosis 0.</li>
 * </ul>
 *
 * @param mean mean \( \mu \), finite
 * @param sd   standard deviation \( \sigma \), {@code > 0} and finite
 * @since 0.1
 */
public record Normal(double mean, double sd) implements RealLineSupport {

    private static final Normal STANDARD = new Normal(0.0, 1.0);

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if {@code mean} is not finite, or {@code sd} is not
     *                                  {@code > 0} and finite
     */
    public Normal {
        Checks.finite(mean, "mean");
        Checks.positive(sd, "sd");
    }

    /**
     * The normal distribution with the given mean and standard deviation.
     *
     * @param mean mean, finite
     * @param sd   standard deviation, {@code > 0} and finite
     * @return the distribution
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Normal of(double mean, double sd) {
        return new Normal(mean, sd);
    }

    /**
     * The standard normal \( N(0, 1) \).
     *
     * @return the standard normal
     */
    public static Normal standard() {
        return STANDARD;
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public double density(double x) {
        Special.notNaN(x, "x");
        double z = Special.standardize(x, mean, sd);
        double c = Special.INV_SQRT_2PI / sd;
        if (c == Double.POSITIVE_INFINITY) {
            // sd below 1 / (sqrt(2 pi) MAX_VALUE): the density is finite away from the mean
            return Math.exp(-0.5 * z * z - Math.log(sd) - Special.LN_SQRT_2PI);
        }
        return c * Math.exp(-0.5 * z * z);
    }

    @Override
    public double logDensity(double x) {
        Special.notNaN(x, "x");
        double z = Special.standardize(x, mean, sd);
        return -0.5 * z * z - Math.log(sd) - Special.LN_SQRT_2PI;
    }

    @Override
    public double cdf(double x) {
        Special.notNaN(x, "x");
        return Special.phi(Special.standardize(x, mean, sd));
    }

    @Override
    public double survival(double x) {
        Special.notNaN(x, "x");
        return Special.phi(-Special.standardize(x, mean, sd));
    }

    @Override
    public double inverseCdf(double p) {
        Special.checkProbability(p);
        return Special.locationScale(mean, sd, Special.normalQuantile(p));
    }

    @Override
    public double logCdf(double x) {
        Special.notNaN(x, "x");
        return Special.logPhi(Special.standardize(x, mean, sd));
    }

    @Override
    public double logSurvival(double x) {
        Special.notNaN(x, "x");
        return Special.logPhi(-Special.standardize(x, mean, sd));
    }

    @Override
    public double inverseSurvival(double q) {
        Special.checkProbability(q, "q");
        return Special.locationScale(mean, sd, -Special.normalQuantile(q));
    }

    @Override
    public double entropy() {
        return 0.5 + Special.LN_SQRT_2PI + Math.log(sd);
    }

    @Override
    public double skewness() {
        return 0.0;
    }

    @Override
    public double excessKurtosis() {
        return 0.0;
    }

    @Override
    public double variance() {
        return sd * sd;
    }

    @Override
    public double standardDeviation() {
        return sd;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        return Special.locationScale(mean, sd, rng.nextGaussian());
    }

    @Override
    public double[] sample(RandomGenerator rng, int n) {
        Objects.requireNonNull(rng, "rng");
        Checks.arrayLength(n, "n");
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Special.locationScale(mean, sd, rng.nextGaussian());
        }
        return out;
    }

    @Override
    public double logLikelihood(double[] x) {
        Objects.requireNonNull(x, "x");
        if (x.length == 0) {
            return 0.0;
        }
        // sum of squares about the mean with compensation; constant terms added once
        CompensatedSum ss = new CompensatedSum();
        boolean overflow = false;
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            if (Double.isNaN(xi)) {
                throw new IllegalArgumentException("x[" + i + "] must not be NaN");
            }
            double z = Special.standardize(xi, mean, sd);
            double z2 = z * z;
            if (z2 == Double.POSITIVE_INFINITY) {
                overflow = true; // (x - mean)^2 / sd^2 beyond MAX_VALUE: the likelihood underflows to 0
            } else {
                ss.add(z2);
            }
        }
        if (overflow) {
            return Double.NEGATIVE_INFINITY;
        }
        return -0.5 * ss.value() - x.length * (Math.log(sd) + Special.LN_SQRT_2PI);
    }

    @Override
    public String toString() {
        return "Normal(mean=" + Format.sig(mean) + ", sd=" + Format.sig(sd) + ")";
    }
}
