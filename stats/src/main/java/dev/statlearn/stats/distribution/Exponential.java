package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential distribution with rate \( \lambda \).
 *
 * <p>\[ f(x) = \lambda e^{-\lambda x}, \qquad F(x) = 1 - e^{-\lambda x}, \qquad x \ge 0. \]
 *
 * <ul>
 *   <li>Support \( [0, \infty) \); mean \( 1/\lambda \), variance \( 1/\lambda^2 \);
 *       \( f(0) = \lambda \).</li>
 *   <li>{@code cdf} uses {@code -expm1(-λx)} so it keeps relative accuracy for small
 *       \( x \); {@code inverseCdf(p) = -log1p(-p)/λ}.</li>
 *   <li>Equal to {@code scipy.stats.expon(scale=1/rate)}.</li>
 *   <li>{@code sample} is {@link RandomGenerator#nextExponential()}{@code / λ}.</li>
 *   <li>{@code logCdf} \( = \log(1 - e^{-\lambda x}) \) (Mächler's {@code log1mexp}),
 *       {@code logSurvival} \( = -\lambda x \) exactly, {@code inverseSurvival(q) = -log(q)/λ}.</li>
 *   <li>Entropy \( 1 - \log\lambda \); skewness 2; excess kurtosis 6.</li>
 * </ul>
 *
 * @param rate rate \( \lambda \), {@code > 0} and finite
 * @since 0.1
 */
public record Exponential(double rate) implements HalfLineSupport {

    /**
     * Validates the parameter.
     *
     * @throws IllegalArgumentException if {@code rate} is not {@code > 0} and finite
     */
    public Exponential {
        Checks.positive(rate, "rate");
    }

    /**
     * The exponential distribution with the given rate.
     *
     * @param rate rate, {@code > 0} and finite
     * @return the distribution
     * @throws IllegalArgumentException if {@code rate} is out of range
     */
    public static Exponential of(double rate) {
        return new Exponential(rate);
    }

    @Override
    public int parameterCount() {
        return 1;
    }

    @Override
    public double density(double x) {
        Special.notNaN(x, "x");
        return x < 0 ? 0.0 : rate * Math.exp(-rate * x);
    }

    @Override
    public double logDensity(double x) {
        Special.notNaN(x, "x");
        return x < 0 ? Double.NEGATIVE_INFINITY : Math.log(rate) - rate * x;
    }

    @Override
    public double cdf(double x) {
        Special.notNaN(x, "x");
        return x <= 0 ? 0.0 : -Math.expm1(-rate * x);
    }

    @Override
    public double survival(double x) {
        Special.notNaN(x, "x");
        return x <= 0 ? 1.0 : Math.exp(-rate * x);
    }

    @Override
    public double inverseCdf(double p) {
        Special.checkProbability(p);
        return -Math.log1p(-p) / rate;
    }

    @Override
    public double logCdf(double x) {
        Special.notNaN(x, "x");
        return x <= 0 ? Double.NEGATIVE_INFINITY : Special.log1mExp(-rate * x);
    }

    @Override
    public double logSurvival(double x) {
        Special.notNaN(x, "x");
        return x <= 0 ? 0.0 : -rate * x;
    }

    @Override
    public double inverseSurvival(double q) {
        Special.checkProbability(q, "q");
        return -Math.log(q) / rate;
    }

    @Override
    public double entropy() {
        return 1.0 - Math.log(rate);
    }

    @Override
    public double skewness() {
        return 2.0;
    }

    @Override
    public double excessKurtosis() {
        return 6.0;
    }

    @Override
    public double mean() {
        return 1.0 / rate;
    }

    @Override
    public double variance() {
        double r2 = rate * rate;
        // rate^2 under- or overflowed: 1 / rate / rate over- or underflows only with the variance
        return r2 >= Double.MIN_NORMAL && r2 < Double.POSITIVE_INFINITY ? 1.0 / r2 : 1.0 / rate / rate;
    }

    /**
     * \( 1/\lambda \); finite also when the variance overflows.
     *
     * @return the standard deviation
     */
    @Override
    public double standardDeviation() {
        double v = variance();
        return v >= Double.MIN_NORMAL && v < Double.POSITIVE_INFINITY ? Math.sqrt(v) : 1.0 / rate;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        return rng.nextExponential() / rate;
    }

    @Override
    public String toString() {
        return "Exponential(rate=" + Format.sig(rate) + ")";
    }
}
