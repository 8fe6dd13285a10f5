package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Continuous uniform distribution on \( [a, b] \).
 *
 * <p>\[ f(x) = \frac{1}{b - a}, \qquad F(x) = \frac{x - a}{b - a}, \qquad a \le x \le b. \]
 *
 * <ul>
 *   <li>Both end points belong to the support (as in {@code scipy.stats.uniform(loc=a,
 *       scale=b-a)}); mean \( (a+b)/2 \), variance \( (b-a)^2/12 \).</li>
 *   <li>{@code inverseCdf(p) = a + p (b - a)}.</li>
 *   <li>{@code sample} is \( a + (b - a) U \), \( U \) from {@link RandomGenerator#nextDouble()}.</li>
 * </ul>
 *
 * @param lower lower end \( a \), finite
 * @param upper upper end \( b \), finite, {@code > lower}, with \( b - a \) finite
 * @since 0.1
 */
public record Uniform(double lower, double upper) implements ContinuousDistribution {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if an end is not finite, {@code upper <= lower}, or the
     *                                  width overflows
     */
    public Uniform {
        Checks.finite(lower, "lower");
        Checks.finite(upper, "upper");
        if (!(upper > lower)) {
            throw new IllegalArgumentException(
                    "upper must be > lower, was upper=" + upper + ", lower=" + lower);
        }
        Checks.positive(upper - lower, "upper - lower");
    }

    /**
     * The uniform distribution on [lower, upper].
     *
     * @param lower lower end, finite
     * @param upper upper end, finite and {@code > lower}
     * @return the distribution
     * @throws IllegalArgumentException if the ends are invalid
     */
    public static Uniform of(double lower, double upper) {
        return new Uniform(lower, upper);
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public double density(double x) {
        Special.notNaN(x, "x");
        return x < lower || x > upper ? 0.0 : 1.0 / (upper - lower);
    }

    @Override
    public double logDensity(double x) {
        Special.notNaN(x, "x");
        return x < lower || x > upper ? Double.NEGATIVE_INFINITY : -Math.log(upper - lower);
    }

    @Override
    public double cdf(double x) {
        Special.notNaN(x, "x");
        if (x <= lower) {
            return 0.0;
        }
        if (x >= upper) {
            return 1.0;
        }
        return (x - lower) / (upper - lower);
    }

    @Override
    public double survival(double x) {
        Special.notNaN(x, "x");
        if (x <= lower) {
            return 1.0;
        }
        if (x >= upper) {
            return 0.0;
        }
        return (upper - x) / (upper - lower);
    }

    @Override
    public double inverseCdf(double p) {
        Special.checkProbability(p);
        return p == 1 ? upper : lower + p * (upper - lower);
    }

    @Override
    public double mean() {
        return 0.5 * (lower + upper);
    }

    @Override
    public double variance() {
        double w = upper - lower;
        return w * w / 12.0;
    }

    @Override
    public double supportLowerBound() {
        return lower;
    }

    @Override
    public double supportUpperBound() {
        return upper;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        return lower + (upper - lower) * rng.nextDouble();
    }

    @Override
    public String toString() {
        return "Uniform(lower=" + Format.sig(lower) + ", upper=" + Format.sig(upper) + ")";
    }
}
