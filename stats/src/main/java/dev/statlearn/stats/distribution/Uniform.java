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
 *   <li>Any finite \( a &lt; b \) is legal, also when the width \( b - a \) exceeds
 *       {@link Double#MAX_VALUE} (e.g. \( [-10^{308}, 10^{308}] \)): then density, CDF, quantile,
 *       mean and samples are computed from the half-width \( b/2 - a/2 \) (exact at these
 *       magnitudes), e.g. {@code inverseCdf(p)} as \( 2 (a/2 + p (b/2 - a/2)) \) clamped to
 *       \( [a, b] \). The variance \( (b-a)^2/12 \) is \( +\infty \) when it exceeds
 *       {@link Double#MAX_VALUE} (\( b - a &gt; 4.6 \cdot 10^{154} \)); the standard deviation
 *       \( (b - a)/\sqrt{12} \) stays finite.</li>
 *   <li>{@code logCdf} \( = \log((x - a)/(b - a)) \), {@code logSurvival}
 *       \( = \log((b - x)/(b - a)) \); {@code inverseSurvival(q)} \( = b - q(b - a) \), computed
 *       from the upper end so that small \( q \) keep their accuracy.</li>
 *   <li>Entropy \( \log(b - a) \); skewness 0; excess kurtosis \( -6/5 \).</li>
 * </ul>
 *
 * @param lower lower end \( a \), finite
 * @param upper upper end \( b \), finite, {@code > lower}
 * @since 0.1
 */
public record Uniform(double lower, double upper) implements ContinuousDistribution {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if an end is not finite or {@code upper <= lower}
     */
    public Uniform {
        Checks.finite(lower, "lower");
        Checks.finite(upper, "upper");
        if (!(upper > lower)) {
            throw new IllegalArgumentException(
                    "upper must be > lower, was upper=" + upper + ", lower=" + lower);
        }
    }

    /** b - a, or +infinity when it overflows (then the half-width is used). */
    private double width() {
        return upper - lower;
    }

    /** b/2 - a/2, exact when the width overflows (both ends are then beyond 1e292 in size). */
    private double halfWidth() {
        return 0.5 * upper - 0.5 * lower;
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
        if (x < lower || x > upper) {
            return 0.0;
        }
        double w = width();
        return w < Double.POSITIVE_INFINITY ? 1.0 / w : 0.5 / halfWidth();
    }

    @Override
    public double logDensity(double x) {
        Special.notNaN(x, "x");
        if (x < lower || x > upper) {
            return Double.NEGATIVE_INFINITY;
        }
        double w = width();
        return w < Double.POSITIVE_INFINITY ? -Math.log(w) : -(Math.log(halfWidth()) + Math.log(2));
    }

    @Override
    public double cdf(double x) {
        Special.notNaN(x, "x");
        return x <= lower ? 0.0 : x >= upper ? 1.0 : fraction(lower, x);
    }

    @Override
    public double survival(double x) {
        Special.notNaN(x, "x");
        return x <= lower ? 1.0 : x >= upper ? 0.0 : fraction(x, upper);
    }

    /**
     * \( (b - a) / (\mathit{upper} - \mathit{lower}) \) for \( \mathit{lower} \le a \le b \le
     * \mathit{upper} \), with every term halved when the width overflows.
     */
    private double fraction(double a, double b) {
        double w = width();
        return w < Double.POSITIVE_INFINITY ? (b - a) / w : (0.5 * b - 0.5 * a) / halfWidth();
    }

    @Override
    public double inverseCdf(double p) {
        Special.checkProbability(p);
        return p == 1 ? upper : at(p);
    }

    @Override
    public double logCdf(double x) {
        return Math.log(cdf(x));
    }

    @Override
    public double logSurvival(double x) {
        return Math.log(survival(x));
    }

    @Override
    public double inverseSurvival(double q) {
        Special.checkProbability(q, "q");
        if (q == 1) {
            return lower;
        }
        double w = width();
        if (w < Double.POSITIVE_INFINITY) {
            return Math.max(lower, upper - q * w);
        }
        double x = 2.0 * (0.5 * upper - q * halfWidth());
        return Math.min(upper, Math.max(lower, x));
    }

    @Override
    public double entropy() {
        double w = width();
        return w < Double.POSITIVE_INFINITY ? Math.log(w) : Math.log(halfWidth()) + Math.log(2);
    }

    @Override
    public double skewness() {
        return 0.0;
    }

    @Override
    public double excessKurtosis() {
        return -1.2;
    }

    @Override
    public double mean() {
        double s = lower + upper;
        return Double.isInfinite(s) ? 0.5 * lower + 0.5 * upper : 0.5 * s;
    }

    @Override
    public double variance() {
        double w = width();
        double w2 = w * w;
        // (w / 12) w overflows only when the variance itself exceeds MAX_VALUE
        return w2 < Double.POSITIVE_INFINITY ? w2 / 12.0 : w / 12.0 * w;
    }

    /**
     * \( (b - a)/\sqrt{12} \), finite for every legal pair of ends.
     *
     * @return the standard deviation
     */
    @Override
    public double standardDeviation() {
        double v = variance();
        return v < Double.POSITIVE_INFINITY ? Math.sqrt(v) : halfWidth() / Math.sqrt(3);
    }

    /** a + u (b - a) for u in [0, 1], in [a, b] also when the width overflows. */
    private double at(double u) {
        double w = width();
        if (w < Double.POSITIVE_INFINITY) {
            return lower + u * w;
        }
        double x = 2.0 * (0.5 * lower + u * halfWidth());
        return Math.min(upper, Math.max(lower, x));
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
        return at(rng.nextDouble());
    }

    @Override
    public String toString() {
        return "Uniform(lower=" + Format.sig(lower) + ", upper=" + Format.sig(upper) + ")";
    }
}
