package dev.statlearn.testkit.generate;

import dev.statlearn.stats.distribution.Bernoulli;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.BetaBinomial;
import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.Geometric;
import dev.statlearn.stats.distribution.InverseGamma;
import dev.statlearn.stats.distribution.Laplace;
import dev.statlearn.stats.distribution.LogNormal;
import dev.statlearn.stats.distribution.NegativeBinomial;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.distribution.StudentT;
import dev.statlearn.stats.distribution.Uniform;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/**
 * Generators of distributions of every univariate family in
 * {@code dev.statlearn.stats.distribution}, with parameters the library accepts, over a
 * {@link Range typical} or an {@link Range extreme} range. Every generated distribution constructs,
 * samples inside its support and has a CDF in [0, 1]; each prints its parameters
 * ({@code Gamma[shape=0.5, rate=2.0]}).
 *
 * <p>Parameters are drawn independently; "log-uniform on [a, b]" means \( e^{U} \) with \( U \)
 * uniform on \( [\ln a, \ln b] \), "±" a random sign. The ranges per family:
 *
 * <table>
 *   <caption>Parameter ranges</caption>
 *   <tr><th>family</th><th>{@link Range#TYPICAL}</th><th>{@link Range#EXTREME}</th></tr>
 *   <tr><td>Normal(mean, sd), Laplace(location, scale)</td>
 *       <td>location uniform on [-10, 10], scale log-uniform on [0.1, 10]</td>
 *       <td>location ± log-uniform on [1e-200, 1e200] or 0, scale log-uniform on [1e-200, 1e200]</td></tr>
 *   <tr><td>StudentT(df, location, scale)</td>
 *       <td>df log-uniform on [0.5, 100], location and scale as Normal</td>
 *       <td>df log-uniform on [1e-8, 1e8], location and scale as Normal</td></tr>
 *   <tr><td>Uniform(lower, upper)</td>
 *       <td>lower uniform on [-10, 10], width log-uniform on [0.1, 10]</td>
 *       <td>lower as Normal's location, width \( 10^{u} \max(|\text{lower}|, 10^{-200}) \),
 *           \( u \) uniform on [-12, 12]</td></tr>
 *   <tr><td>Exponential(rate)</td><td>rate log-uniform on [0.1, 10]</td>
 *       <td>rate log-uniform on [1e-200, 1e200]</td></tr>
 *   <tr><td>Gamma(shape, rate), InverseGamma(shape, scale)</td>
 *       <td>shape log-uniform on [0.2, 20], rate/scale on [0.1, 10]</td>
 *       <td>shape log-uniform on [1e-8, 1e8], rate/scale on [1e-200, 1e200]</td></tr>
 *   <tr><td>Beta(alpha, beta)</td><td>each log-uniform on [0.2, 20]</td>
 *       <td>each log-uniform on [1e-8, 1e8]</td></tr>
 *   <tr><td>LogNormal(mu, sigma)</td><td>mu uniform on [-3, 3], sigma log-uniform on [0.1, 2]</td>
 *       <td>mu uniform on [-700, 700], sigma log-uniform on [1e-8, 100]</td></tr>
 *   <tr><td>Bernoulli(p)</td><td>p uniform on [0.01, 0.99]</td><td>p extreme (below)</td></tr>
 *   <tr><td>Binomial(trials, p)</td><td>trials uniform on [0, 1000], p as Bernoulli</td>
 *       <td>trials log-uniform on [1, {@link Integer#MAX_VALUE}] (or 0), p extreme</td></tr>
 *   <tr><td>BetaBinomial(trials, alpha, beta)</td><td>trials uniform on [0, 100], alpha and beta as Beta</td>
 *       <td>trials log-uniform on [1, 10^4] (or 0), alpha and beta as Beta</td></tr>
 *   <tr><td>Geometric(p)</td><td>p uniform on [0.01, 1]</td>
 *       <td>p log-uniform on [{@link Geometric#MIN_P}, 1] or \( 1 - \) log-uniform on [1e-16, 1e-3]</td></tr>
 *   <tr><td>NegativeBinomial(size, p)</td><td>size log-uniform on [0.1, 100], mean \( m \)
 *       log-uniform on [0.01, 1000], \( p = r / (r + m) \)</td>
 *       <td>size log-uniform on [1e-8, 1e8], mean log-uniform on [1e-200, 1e7]; while the
 *       constructor rejects the pair (its {@code int}-outcome tail rule), the mean is divided by 10</td></tr>
 *   <tr><td>Poisson(rate)</td><td>rate log-uniform on [0.01, 1000]</td>
 *       <td>rate log-uniform on [1e-200, 1e9]</td></tr>
 *   <tr><td>Categorical(p)</td><td>\( k \) uniform on [2, 10], p flat Dirichlet</td>
 *       <td>\( k \) uniform on [2, 50], p {@link ProbabilityVectors#extreme(int)}</td></tr>
 * </table>
 *
 * <p>"p extreme" is, with probability 1/4 each: log-uniform on [1e-300, 1e-3]; \( 1 - \)
 * log-uniform on [1e-16, 1e-3]; exactly 0 or 1 (each 1/8); uniform on [0, 1].
 *
 * <p>{@link #continuous(Range)} and {@link #discrete(Range)} pick a family uniformly, then its
 * parameters. Pairs ({@link #continuousPairs(Range)}, {@link #discretePairs(Range)},
 * {@link #pairs(Generator)}) are two distributions of one family with independent parameters,
 * sharing the structural ones (the trials of a binomial, the length of a categorical) so that
 * divergences between them are defined.
 *
 * @since 0.2
 */
public final class Families {

    /** Which parameter range a generator draws from. */
    public enum Range {
        /** Parameters of everyday size, where every method is accurate and fast. */
        TYPICAL,
        /**
         * Extreme but legal parameters: scales and locations to \( 10^{\pm 200} \), shapes
         * \( 10^{\pm 8} \), probabilities next to 0 and 1, counts up to {@link Integer#MAX_VALUE}.
         */
        EXTREME
    }

    /**
     * A family generator in two steps: the outer step draws structural parameters (trials, length),
     * the inner one the continuous parameters, so a pair shares the outer draw.
     */
    private interface Family<D> {
        Generator<D> structure(RandomGenerator rng);
    }

    private Families() {
    }

    /**
     * Normal(mean, sd) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Normal> normal(Range range) {
        return single(normalFamily(range));
    }

    /**
     * Laplace(location, scale) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Laplace> laplace(Range range) {
        return single(laplaceFamily(range));
    }

    /**
     * StudentT(degreesOfFreedom, location, scale) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<StudentT> studentT(Range range) {
        return single(studentTFamily(range));
    }

    /**
     * Uniform(lower, upper) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Uniform> uniform(Range range) {
        return single(uniformFamily(range));
    }

    /**
     * Exponential(rate) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Exponential> exponential(Range range) {
        return single(exponentialFamily(range));
    }

    /**
     * Gamma(shape, rate) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Gamma> gamma(Range range) {
        return single(gammaFamily(range));
    }

    /**
     * InverseGamma(shape, scale) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<InverseGamma> inverseGamma(Range range) {
        return single(inverseGammaFamily(range));
    }

    /**
     * Beta(alpha, beta) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Beta> beta(Range range) {
        return single(betaFamily(range));
    }

    /**
     * LogNormal(mu, sigma) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<LogNormal> logNormal(Range range) {
        return single(logNormalFamily(range));
    }

    /**
     * Bernoulli(p) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Bernoulli> bernoulli(Range range) {
        return single(bernoulliFamily(range));
    }

    /**
     * Binomial(trials, p) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Binomial> binomial(Range range) {
        return single(binomialFamily(range));
    }

    /**
     * BetaBinomial(trials, alpha, beta) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<BetaBinomial> betaBinomial(Range range) {
        return single(betaBinomialFamily(range));
    }

    /**
     * Geometric(p) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Geometric> geometric(Range range) {
        return single(geometricFamily(range));
    }

    /**
     * NegativeBinomial(size, p) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<NegativeBinomial> negativeBinomial(Range range) {
        return single(negativeBinomialFamily(range));
    }

    /**
     * Poisson(rate) distributions.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Poisson> poisson(Range range) {
        return single(poissonFamily(range));
    }

    /**
     * Categorical(p) distributions over a random number of categories.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Categorical> categorical(Range range) {
        return single(categoricalFamily(range));
    }

    /**
     * Distributions of every continuous family (Normal, Laplace, StudentT, Uniform, Exponential,
     * Gamma, InverseGamma, Beta, LogNormal), the family chosen uniformly.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<ContinuousDistribution> continuous(Range range) {
        return single(anyOf(continuousFamilies(range)));
    }

    /**
     * Distributions of every discrete family (Bernoulli, Binomial, BetaBinomial, Geometric,
     * NegativeBinomial, Poisson, Categorical), the family chosen uniformly.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<DiscreteDistribution> discrete(Range range) {
        return single(anyOf(discreteFamilies(range)));
    }

    /**
     * Pairs of continuous distributions of one family (chosen uniformly) with independent
     * parameters.
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Pair<ContinuousDistribution>> continuousPairs(Range range) {
        return paired(anyOf(continuousFamilies(range)));
    }

    /**
     * Pairs of discrete distributions of one family (chosen uniformly) with independent
     * parameters and shared structural ones (trials, number of categories).
     *
     * @param range the parameter range
     * @return the generator
     * @throws NullPointerException if {@code range} is null
     */
    public static Generator<Pair<DiscreteDistribution>> discretePairs(Range range) {
        return paired(anyOf(discreteFamilies(range)));
    }

    /**
     * Pairs of two successive values of {@code generator}, e.g.
     * {@code pairs(Families.gamma(Range.TYPICAL))}.
     *
     * @param generator a generator of distributions
     * @param <D>       their type
     * @return the generator of pairs
     * @throws NullPointerException if {@code generator} is null
     */
    public static <D> Generator<Pair<D>> pairs(Generator<? extends D> generator) {
        Objects.requireNonNull(generator, "generator");
        return Draws.checked(rng -> new Pair<>(generator.next(rng), generator.next(rng)));
    }

    /**
     * Two distributions of one family, e.g. the arguments of a divergence; prints both.
     *
     * @param first  the first distribution
     * @param second the second distribution
     * @param <D>    their type
     */
    public record Pair<D>(D first, D second) {

        /**
         * Checks the arguments.
         *
         * @throws NullPointerException if an argument is null
         */
        public Pair {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }

    // ---- families ----

    private static List<Family<? extends ContinuousDistribution>> continuousFamilies(Range range) {
        return List.of(normalFamily(range), laplaceFamily(range), studentTFamily(range), uniformFamily(range),
                exponentialFamily(range), gammaFamily(range), inverseGammaFamily(range), betaFamily(range),
                logNormalFamily(range));
    }

    private static List<Family<? extends DiscreteDistribution>> discreteFamilies(Range range) {
        return List.of(bernoulliFamily(range), binomialFamily(range), betaBinomialFamily(range),
                geometricFamily(range), negativeBinomialFamily(range), poissonFamily(range),
                categoricalFamily(range));
    }

    private static Family<Normal> normalFamily(Range range) {
        return twoParameters(range, Families::location, Families::scale, Normal::of);
    }

    private static Family<Laplace> laplaceFamily(Range range) {
        return twoParameters(range, Families::location, Families::scale, Laplace::of);
    }

    private static Family<StudentT> studentTFamily(Range range) {
        boolean x = extreme(range);
        return rng -> r -> StudentT.of(x ? Draws.logUniform(r, 1e-8, 1e8) : Draws.logUniform(r, 0.5, 100),
                location(r, x), scale(r, x));
    }

    private static Family<Uniform> uniformFamily(Range range) {
        boolean x = extreme(range);
        return rng -> r -> {
            if (!x) {
                double lower = Draws.uniform(r, -10, 10);
                return Uniform.of(lower, lower + Draws.logUniform(r, 0.1, 10));
            }
            double lower = location(r, true);
            double width = Math.pow(10, Draws.uniform(r, -12, 12)) * Math.max(Math.abs(lower), 1e-200);
            return Uniform.of(lower, lower + width);
        };
    }

    private static Family<Exponential> exponentialFamily(Range range) {
        boolean x = extreme(range);
        return rng -> r -> Exponential.of(scale(r, x));
    }

    private static Family<Gamma> gammaFamily(Range range) {
        return twoParameters(range, Families::shape, Families::scale, Gamma::of);
    }

    private static Family<InverseGamma> inverseGammaFamily(Range range) {
        return twoParameters(range, Families::shape, Families::scale, InverseGamma::of);
    }

    private static Family<Beta> betaFamily(Range range) {
        return twoParameters(range, Families::shape, Families::shape, Beta::of);
    }

    /** One parameter drawn for the ordinary or the extreme range. */
    private interface ParameterDraw {
        double draw(RandomGenerator r, boolean extreme);
    }

    /** Distributions {@code of(first, second)}, the parameters drawn in that order. */
    private static <D> Family<D> twoParameters(Range range, ParameterDraw first, ParameterDraw second,
                                               BiFunction<Double, Double, D> of) {
        boolean x = extreme(range);
        return rng -> r -> of.apply(first.draw(r, x), second.draw(r, x));
    }

    private static Family<LogNormal> logNormalFamily(Range range) {
        boolean x = extreme(range);
        return rng -> r -> x
                ? LogNormal.of(Draws.uniform(r, -700, 700), Draws.logUniform(r, 1e-8, 100))
                : LogNormal.of(Draws.uniform(r, -3, 3), Draws.logUniform(r, 0.1, 2));
    }

    private static Family<Bernoulli> bernoulliFamily(Range range) {
        boolean x = extreme(range);
        return rng -> r -> Bernoulli.of(probability(r, x));
    }

    private static Family<Binomial> binomialFamily(Range range) {
        boolean x = extreme(range);
        return rng -> {
            int trials = x ? count(rng, Integer.MAX_VALUE) : Draws.uniformInt(rng, 0, 1000);
            return r -> Binomial.of(trials, probability(r, x));
        };
    }

    private static Family<BetaBinomial> betaBinomialFamily(Range range) {
        boolean x = extreme(range);
        return rng -> {
            int trials = x ? count(rng, 10_000) : Draws.uniformInt(rng, 0, 100);
            return r -> BetaBinomial.of(trials, shape(r, x), shape(r, x));
        };
    }

    private static Family<Geometric> geometricFamily(Range range) {
        boolean x = extreme(range);
        return rng -> r -> {
            if (!x) {
                return Geometric.of(Draws.uniform(r, 0.01, 1));
            }
            return Geometric.of(r.nextBoolean()
                    ? Draws.logUniform(r, Geometric.MIN_P, 1)
                    : 1 - Draws.logUniform(r, 1e-16, 1e-3));
        };
    }

    private static Family<NegativeBinomial> negativeBinomialFamily(Range range) {
        boolean x = extreme(range);
        return rng -> r -> {
            double size = x ? Draws.logUniform(r, 1e-8, 1e8) : Draws.logUniform(r, 0.1, 100);
            double mean = x ? Draws.logUniform(r, 1e-200, 1e7) : Draws.logUniform(r, 0.01, 1000);
            while (true) {
                try {
                    return NegativeBinomial.of(size, size / (size + mean));
                } catch (IllegalArgumentException e) {
                    // the int-outcome tail rule: a smaller mean moves p towards 1, where it holds
                    mean /= 10;
                }
            }
        };
    }

    private static Family<Poisson> poissonFamily(Range range) {
        boolean x = extreme(range);
        return rng -> r -> Poisson.of(x ? Draws.logUniform(r, 1e-200, 1e9) : Draws.logUniform(r, 0.01, 1000));
    }

    private static Family<Categorical> categoricalFamily(Range range) {
        boolean x = extreme(range);
        return rng -> {
            int k = Draws.uniformInt(rng, 2, x ? 50 : 10);
            Generator<double[]> p = x ? ProbabilityVectors.extreme(k) : ProbabilityVectors.dirichlet(k);
            return r -> Categorical.of(p.next(r));
        };
    }

    // ---- parameters ----

    private static boolean extreme(Range range) {
        return Objects.requireNonNull(range, "range") == Range.EXTREME;
    }

    private static double location(RandomGenerator r, boolean extreme) {
        if (!extreme) {
            return Draws.uniform(r, -10, 10);
        }
        if (r.nextInt(8) == 0) {
            return 0;
        }
        double m = Draws.logUniform(r, 1e-200, 1e200);
        return r.nextBoolean() ? m : -m;
    }

    private static double scale(RandomGenerator r, boolean extreme) {
        return extreme ? Draws.logUniform(r, 1e-200, 1e200) : Draws.logUniform(r, 0.1, 10);
    }

    private static double shape(RandomGenerator r, boolean extreme) {
        return extreme ? Draws.logUniform(r, 1e-8, 1e8) : Draws.logUniform(r, 0.2, 20);
    }

    private static double probability(RandomGenerator r, boolean extreme) {
        if (!extreme) {
            return Draws.uniform(r, 0.01, 0.99);
        }
        switch (r.nextInt(8)) {
            case 0, 1:
                return Draws.logUniform(r, 1e-300, 1e-3);
            case 2, 3:
                return 1 - Draws.logUniform(r, 1e-16, 1e-3);
            case 4:
                return 0;
            case 5:
                return 1;
            default:
                return r.nextDouble();
        }
    }

    /** 0 with probability 1/8, otherwise log-uniform on [1, max], rounded down. */
    private static int count(RandomGenerator r, int max) {
        if (r.nextInt(8) == 0) {
            return 0;
        }
        return (int) Math.min(max, Math.floor(Draws.logUniform(r, 1, max + 1.0)));
    }

    private static <D> Family<D> anyOf(List<Family<? extends D>> families) {
        return rng -> {
            Family<? extends D> f = families.get(rng.nextInt(families.size()));
            Generator<? extends D> g = f.structure(rng);
            return g::next;
        };
    }

    private static <D> Generator<D> single(Family<D> family) {
        return Draws.checked(rng -> family.structure(rng).next(rng));
    }

    private static <D> Generator<Pair<D>> paired(Family<D> family) {
        return Draws.checked(rng -> {
            Generator<D> g = family.structure(rng);
            return new Pair<>(g.next(rng), g.next(rng));
        });
    }
}
