package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A continuous distribution moved by a location \( c \): \( Y = X + c \) with \( X \) distributed as
 * {@link #base()}.
 *
 * <p>\[ f_Y(y) = f_X(y - c), \qquad F_Y(y) = F_X(y - c), \qquad F_Y^{-1}(p) = F_X^{-1}(p) + c. \]
 *
 * <ul>
 *   <li>Every method is the base's at \( y - c \) (density, log-density, CDF, survival, log-CDF,
 *       log-survival), or the base's plus \( c \) (quantile, inverse survival, mean, support bounds,
 *       draws); variance, entropy, skewness and excess kurtosis are the base's (location does not
 *       change them), so NaN or infinite exactly where the base's are.</li>
 *   <li>SciPy's {@code loc}: {@code Shifted.of(Exponential.of(r), c)} is
 *       {@code scipy.stats.expon(loc=c, scale=1/r)}, {@code Shifted.of(LogNormal.of(mu, s), c)} is
 *       {@code scipy.stats.lognorm(s, loc=c, scale=exp(mu))} (the three-parameter log-normal).</li>
 *   <li>{@link #parameterCount()} is the base's plus one.</li>
 *   <li>Accuracy: \( y - c \) is rounded once (as in SciPy), so where \( |c| \gg |y - c| \) the base
 *       is evaluated at a point with absolute error about \( \epsilon |c| \).</li>
 *   <li>Shifting a {@code Shifted} again adds the locations ({@link #shifted(double)}).</li>
 * </ul>
 *
 * @param <D>      type of the base distribution
 * @param base     the distribution of \( X \)
 * @param location the shift \( c \), finite
 * @since 0.2
 */
public record Shifted<D extends ContinuousDistribution>(D base, double location) implements ContinuousDistribution {

    /**
     * Validates the parameters.
     *
     * @throws NullPointerException     if {@code base} is null
     * @throws IllegalArgumentException if {@code location} is not finite
     */
    public Shifted {
        Objects.requireNonNull(base, "base");
        Checks.finite(location, "location");
    }

    /**
     * The distribution of \( X + c \).
     *
     * @param base     the distribution of \( X \)
     * @param location the shift \( c \), finite
     * @param <D>      type of the base distribution
     * @return the shifted distribution
     * @throws NullPointerException     if {@code base} is null
     * @throws IllegalArgumentException if {@code location} is not finite
     */
    public static <D extends ContinuousDistribution> Shifted<D> of(D base, double location) {
        return new Shifted<>(base, location);
    }

    private double at(double y) {
        Special.notNaN(y, "x");
        return y - location;
    }

    /**
     * The same base shifted by \( c + \delta \).
     *
     * @param delta further shift \( \delta \), finite, with \( c + \delta \) finite
     * @return {@code Shifted.of(base(), location() + delta)}
     * @throws IllegalArgumentException if {@code delta} or the sum is not finite
     */
    @Override
    public Shifted<D> shifted(double delta) {
        Checks.finite(delta, "delta");
        double sum = location + delta;
        if (!Double.isFinite(sum)) {
            throw new IllegalArgumentException("location + delta must be finite, was " + location + " + " + delta);
        }
        return new Shifted<>(base, sum);
    }

    @Override
    public int parameterCount() {
        return base.parameterCount() + 1;
    }

    @Override
    public double density(double x) {
        return base.density(at(x));
    }

    @Override
    public double logDensity(double x) {
        return base.logDensity(at(x));
    }

    @Override
    public double cdf(double x) {
        return base.cdf(at(x));
    }

    @Override
    public double survival(double x) {
        return base.survival(at(x));
    }

    @Override
    public double logCdf(double x) {
        return base.logCdf(at(x));
    }

    @Override
    public double logSurvival(double x) {
        return base.logSurvival(at(x));
    }

    @Override
    public double inverseCdf(double p) {
        return base.inverseCdf(p) + location;
    }

    @Override
    public double inverseSurvival(double q) {
        return base.inverseSurvival(q) + location;
    }

    @Override
    public double entropy() {
        return base.entropy();
    }

    @Override
    public double skewness() {
        return base.skewness();
    }

    @Override
    public double excessKurtosis() {
        return base.excessKurtosis();
    }

    @Override
    public double mean() {
        return base.mean() + location;
    }

    @Override
    public double variance() {
        return base.variance();
    }

    @Override
    public double supportLowerBound() {
        return base.supportLowerBound() + location;
    }

    @Override
    public double supportUpperBound() {
        return base.supportUpperBound() + location;
    }

    @Override
    public double sample(RandomGenerator rng) {
        return base.sample(rng) + location;
    }

    @Override
    public String toString() {
        return base + " shifted by " + Format.sig(location);
    }
}
