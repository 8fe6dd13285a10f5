package dev.statlearn.testkit;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.internal.Format;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/**
 * Statistical assertions with a stated false-failure rate: a sampler draws from a distribution,
 * two samplers agree, an estimator is unbiased or consistent, an interval procedure covers, a Monte
 * Carlo estimate agrees with a known value, predicted probabilities are calibrated, a metric stays
 * within bounds. A failed assertion throws an {@link AssertionError}, so the assertions work under
 * JUnit, TestNG, QuickTheories or any framework; a passed one returns its {@link Verdict}.
 *
 * <p>An instance is an immutable configuration: {@code StatisticalAssertions.standard()
 * .withSeed(42).withFalseFailureRate(1e-9)}.
 *
 * <h2>False-failure rate and the retry rule</h2>
 * Each assertion is a hypothesis test whose null hypothesis is "the code is right". With the stated
 * false-failure rate \(\alpha\) (default {@value #DEFAULT_FALSE_FAILURE_RATE}) and retry on (the
 * default), the first attempt tests at level \(\alpha_1 = \sqrt{\alpha}\); only if it rejects, a
 * second attempt on a fresh, independent random stream tests at \(\alpha_2 = \sqrt{\alpha}\), and the
 * assertion fails only when both reject. Under the null hypothesis the attempts are independent
 * and each rejects with probability at most its level, so
 * \[ P(\text{false failure}) \le \alpha_1 \alpha_2 = \alpha . \]
 * Against an alternative on which one attempt rejects with probability \(\pi\) (the power at level
 * \(\sqrt{\alpha}\)), the assertion fails with probability \(\pi^2\); the power each method documents
 * is this overall power. Without retry ({@link #withoutRetry()}) one attempt tests at \(\alpha\).
 * Assertions on fixed data (no random generator involved) always make one attempt at \(\alpha\).
 *
 * <h2>Seeds</h2>
 * Attempt \(i\) (0 or 1) draws from {@code Randomness.stream(seed, i)}. The seed is
 * {@value #DEFAULT_SEED} unless set with {@link #withSeed(long)}, or drawn from a property-testing
 * library's generator with {@link #withSeedFrom(RandomGenerator)}. Every failure message names the
 * seed and the call that replays it.
 *
 * <h2>Failure messages</h2>
 * A failure names the assertion, the test, each attempt's statistic, p-value, threshold and sample
 * size, the seed, and a compact text comparison of observed against expected (an ECDF against the
 * hypothesised CDF, or cell counts against expected counts).
 *
 * @since 0.2
 */
public final class StatisticalAssertions {

    /** The false-failure rate of {@link #standard()}: one spurious failure in a million runs. */
    public static final double DEFAULT_FALSE_FAILURE_RATE = 1e-6;
    /** The seed of {@link #standard()}. */
    public static final long DEFAULT_SEED = 20261201L;
    /** Draws per attempt of the sampler assertions unless set with {@link #withDraws(int)}. */
    public static final int DEFAULT_DRAWS = 10_000;
    /** Replications per attempt of the estimator, coverage and Monte Carlo assertions by default. */
    public static final int DEFAULT_REPLICATIONS = 1_000;
    /** The largest accepted {@link #withDraws(int)} and {@link #withReplications(int)}. */
    public static final int MAX_COUNT = 1 << 26;

    private static final StatisticalAssertions STANDARD = new StatisticalAssertions(
            DEFAULT_FALSE_FAILURE_RATE, DEFAULT_SEED, true, DEFAULT_DRAWS, DEFAULT_REPLICATIONS);

    private final double falseFailureRate;
    private final long seed;
    private final boolean retry;
    private final int draws;
    private final int replications;

    private StatisticalAssertions(double falseFailureRate, long seed, boolean retry, int draws,
                                  int replications) {
        this.falseFailureRate = falseFailureRate;
        this.seed = seed;
        this.retry = retry;
        this.draws = draws;
        this.replications = replications;
    }

    /**
     * False-failure rate {@value #DEFAULT_FALSE_FAILURE_RATE}, seed {@value #DEFAULT_SEED}, retry on,
     * {@value #DEFAULT_DRAWS} draws and {@value #DEFAULT_REPLICATIONS} replications per attempt.
     *
     * @return the standard configuration
     */
    public static StatisticalAssertions standard() {
        return STANDARD;
    }

    /**
     * The same configuration with another false-failure rate.
     *
     * @param rate the probability, over seeds, that an assertion fails although the code is right;
     *             in (0, 0.5]
     * @return a new configuration
     * @throws IllegalArgumentException if {@code rate} is not in (0, 0.5]
     */
    public StatisticalAssertions withFalseFailureRate(double rate) {
        if (!(rate > 0 && rate <= 0.5)) {
            throw new IllegalArgumentException("rate must be in (0, 0.5], was " + rate);
        }
        return new StatisticalAssertions(rate, seed, retry, draws, replications);
    }

    /**
     * The same configuration with another seed.
     *
     * @param seed any long; attempt {@code i} draws from {@code Randomness.stream(seed, i)}
     * @return a new configuration
     */
    public StatisticalAssertions withSeed(long seed) {
        return new StatisticalAssertions(falseFailureRate, seed, retry, draws, replications);
    }

    /**
     * The same configuration with a seed drawn from {@code rng} (one {@code nextLong()}), for a
     * property-testing library that hands each trial a generator; failure messages name the drawn
     * seed, which {@link #withSeed(long)} replays.
     *
     * @param rng a generator; one long is drawn from it
     * @return a new configuration
     * @throws NullPointerException if {@code rng} is null
     */
    public StatisticalAssertions withSeedFrom(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        return withSeed(rng.nextLong());
    }

    /**
     * The same configuration with one attempt at the full false-failure rate instead of two at its
     * square root.
     *
     * @return a new configuration
     */
    public StatisticalAssertions withoutRetry() {
        return new StatisticalAssertions(falseFailureRate, seed, false, draws, replications);
    }

    /**
     * The same configuration with another number of draws per attempt of the sampler assertions.
     * More draws give more power (each method documents its power at {@value #DEFAULT_DRAWS}).
     *
     * @param n draws per attempt, in [100, {@value #MAX_COUNT}]
     * @return a new configuration
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public StatisticalAssertions withDraws(int n) {
        checkCount(n, 100, "n");
        return new StatisticalAssertions(falseFailureRate, seed, retry, n, replications);
    }

    /**
     * The same configuration with another number of replications per attempt of the estimator,
     * coverage and Monte Carlo assertions.
     *
     * @param r replications per attempt, in [20, {@value #MAX_COUNT}]
     * @return a new configuration
     * @throws IllegalArgumentException if {@code r} is out of range
     */
    public StatisticalAssertions withReplications(int r) {
        checkCount(r, 20, "r");
        return new StatisticalAssertions(falseFailureRate, seed, retry, draws, r);
    }

    /** @return the stated false-failure rate \(\alpha\) */
    public double falseFailureRate() {
        return falseFailureRate;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return whether a rejected first attempt is retried once */
    public boolean retries() {
        return retry;
    }

    /** @return draws per attempt of the sampler assertions */
    public int draws() {
        return draws;
    }

    /** @return replications per attempt of the estimator, coverage and Monte Carlo assertions */
    public int replications() {
        return replications;
    }

    /**
     * The level each attempt of a random check tests at: \(\sqrt{\alpha}\) with retry, \(\alpha\)
     * without.
     *
     * @return the per-attempt threshold on the p-value
     */
    public double attemptLevel() {
        return retry ? Math.sqrt(falseFailureRate) : falseFailureRate;
    }

    // ---------------------------------------------------------------------------------------------
    // Sampler assertions (SamplerChecks)
    // ---------------------------------------------------------------------------------------------

    /**
     * Asserts that {@code sampler} draws from the continuous distribution {@code expected}.
     *
     * <p>Each attempt draws {@link #draws()} values \(x_1, \dots, x_n\) from its stream and runs the
     * one-sample Kolmogorov&ndash;Smirnov test, \(D = \sup_x |F_n(x) - F(x)|\) (exact p-value), and the
     * Anderson&ndash;Darling test,
     * \(A^2 = -n - \frac{1}{n}\sum_{i}(2i-1)[\ln F(x_{(i)}) + \ln(1 - F(x_{(n+1-i)}))]\), which
     * weights the tails; the two are combined by Bonferroni, \(p = \min(1, 2\min(p_{KS}, p_{AD}))\),
     * so the false-failure rate stays at most the stated \(\alpha\) (see the class documentation
     * for the retry rule).
     *
     * <p>Power at the defaults ({@value #DEFAULT_DRAWS} draws, \(\alpha = 10^{-6}\) with retry),
     * measured over 400 seeds ({@code SamplerAssertionsSelfTest} re-checks them), when the
     * sampler should draw from Normal(0, 1) but draws
     * <ul>
     *   <li>from Normal(0.05, 1): the assertion fails with probability about 0.87 (at least 0.8);
     *       from Normal(0.07, 1): at least 0.97 (every attempt rejected);</li>
     *   <li>from a Student t with 10 degrees of freedom rescaled to variance 1 (only the shape and
     *       the tails differ): about 0.77 (at least 0.7), where Kolmogorov&ndash;Smirnov alone
     *       fails with probability about 0.53; with 6 degrees of freedom: at least 0.97.</li>
     * </ul>
     *
     * <p>A draw that is NaN or infinite fails the assertion at once, whatever the p-value: the
     * sampler under test is wrong. On failure the message shows the ECDF of the draws against
     * \(F\) at the deciles of \(F\) (of the draws if \(F\) has no inverse) and at the point of the
     * largest gap.
     *
     * @param sampler  the sampler under test: one draw per call, from the generator it is given
     * @param expected the distribution it should draw from
     * @return the verdict when the assertion passes
     * @throws AssertionError       if the draws are not from {@code expected} at the stated rate
     * @throws NullPointerException if an argument is null
     */
    public Verdict assertDrawsFrom(ToDoubleFunction<RandomGenerator> sampler, ContinuousDistribution expected) {
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(expected, "expected");
        return samplerCheck("draws from " + expected, SamplerChecks.continuous(sampler, expected, draws));
    }

    /**
     * Asserts that {@code sampler} draws from the discrete distribution {@code expected}.
     *
     * <p>Each attempt draws {@link #draws()} values and pools the support into cells: walking up
     * from the lower bound, neighbouring values are pooled until a cell expects at least 5 draws, and
     * the rest of the upper tail forms the last cell (merged into its neighbour if it expects fewer
     * than 5). Pearson's statistic over the \(k\) cells,
     * \(\chi^2 = \sum_j (o_j - e_j)^2 / e_j\) with \(e_j = n P(\text{cell } j)\), is referred to the
     * chi-square distribution with \(k - 1\) degrees of freedom (as
     * {@code ChiSquare.goodnessOfFit(int[], DiscreteDistribution)}). The false-failure rate is the
     * stated \(\alpha\) up to the chi-square approximation, which the expected-count rule keeps
     * good (the self-test measures it).
     *
     * <p>Power at the defaults, measured by {@code SamplerAssertionsSelfTest}: the assertion fails
     * with probability at least 0.97 when the sampler draws from Poisson(4.2) instead of Poisson(4)
     * (every attempt rejected over 400 seeds).
     *
     * <p>A draw outside the support (probability 0) fails the assertion at once, naming the value.
     * On failure the message shows observed against expected counts per cell.
     *
     * @param sampler  the sampler under test: one draw per call, from the generator it is given
     * @param expected the distribution it should draw from
     * @return the verdict when the assertion passes
     * @throws AssertionError           if the draws are not from {@code expected} at the stated rate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code expected} puts so much mass on one value that
     *                                  {@link #draws()} draws cannot fill 2 cells of 5 expected draws
     */
    public Verdict assertDrawsFrom(ToIntFunction<RandomGenerator> sampler, DiscreteDistribution expected) {
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(expected, "expected");
        return samplerCheck("draws from " + expected, SamplerChecks.discrete(sampler, expected, draws));
    }

    /**
     * Asserts that two samplers draw from the same continuous distribution.
     *
     * <p>Each attempt draws {@link #draws()} values from {@code first}, then as many from
     * {@code second}, on its stream, and runs the two-sample Kolmogorov&ndash;Smirnov test,
     * \(D = \sup_x |F_{1,n}(x) - F_{2,n}(x)|\), with the exact conditional p-value up to 10,000 draws
     * each and the asymptotic one above.
     *
     * <p>Power at the defaults, measured by {@code SamplerAssertionsSelfTest}: the assertion fails
     * with probability about 0.98 (at least 0.95) when one sampler draws from Normal(0.1, 1) and the
     * other from Normal(0, 1).
     *
     * <p>A NaN or infinite draw fails the assertion at once. On failure the message shows both ECDFs
     * at the deciles of the pooled draws and at the point of the largest gap.
     *
     * @param first  one sampler
     * @param second the other
     * @return the verdict when the assertion passes
     * @throws AssertionError       if the draws differ in distribution at the stated rate
     * @throws NullPointerException if an argument is null
     */
    public Verdict assertSameDistribution(ToDoubleFunction<RandomGenerator> first,
                                          ToDoubleFunction<RandomGenerator> second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        return samplerCheck("two samplers draw from the same distribution",
                SamplerChecks.sameContinuous(first, second, draws));
    }

    /**
     * Asserts that two samplers draw from the same discrete distribution.
     *
     * <p>Each attempt draws {@link #draws()} values from {@code first}, then as many from
     * {@code second}, and pools the union of the observed values into cells: walking up, neighbouring
     * values are pooled until a cell expects at least 5 draws of each sampler (its combined count
     * reaches 10), and a sparse top cell joins its neighbour. The chi-square test of homogeneity
     * ({@code ChiSquare.homogeneity}) on the \(2 \times k\) table,
     * \(\chi^2 = \sum_{i,j} (o_{ij} - e_{ij})^2 / e_{ij}\) with \(e_{ij} = (o_{1j} + o_{2j})/2\), has
     * \(k - 1\) degrees of freedom. If all draws of both samplers fall in one cell, the assertion
     * passes with p-value 1 (nothing tells them apart).
     *
     * <p>Power at the defaults, measured by {@code SamplerAssertionsSelfTest}: the assertion fails
     * with probability at least 0.97 when one sampler draws from Poisson(4.3) and the other from
     * Poisson(4) (every attempt rejected over 400 seeds).
     *
     * <p>On failure the message shows the two samplers' counts per cell.
     *
     * @param first  one sampler
     * @param second the other
     * @return the verdict when the assertion passes
     * @throws AssertionError       if the draws differ in distribution at the stated rate
     * @throws NullPointerException if an argument is null
     */
    public Verdict assertSameDiscreteDistribution(ToIntFunction<RandomGenerator> first,
                                                  ToIntFunction<RandomGenerator> second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        return samplerCheck("two samplers draw from the same discrete distribution",
                SamplerChecks.sameDiscrete(first, second, draws));
    }

    private Verdict samplerCheck(String assertion, Attempt attempt) {
        try {
            return check(assertion, attempt);
        } catch (SamplerChecks.InvalidDraw e) {
            throw new AssertionError("statistical assertion failed: " + assertion + "\n  " + e.getMessage()
                    + "\n  seed " + seed + ": replay with " + replayCall(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Estimator, coverage, Monte Carlo, calibration and bounds assertions (EstimatorChecks)
    // ---------------------------------------------------------------------------------------------

    // (estimator assertions go here)

    // ---------------------------------------------------------------------------------------------
    // The retry rule and the failure message
    // ---------------------------------------------------------------------------------------------

    /**
     * Runs a check on random draws under the retry rule.
     *
     * @param assertion what is asserted, for messages
     * @param attempt   one attempt on a given stream
     * @return the verdict of the deciding attempt
     * @throws AssertionError if the check fails
     */
    Verdict check(String assertion, Attempt attempt) {
        double level = attemptLevel();
        Outcome first = attempt.run(Randomness.stream(seed, 0));
        if (first.pValue() >= level) {
            return verdict(assertion, first, level, 1);
        }
        if (!retry) {
            throw new AssertionError(message(assertion, level, first, null));
        }
        Outcome second = attempt.run(Randomness.stream(seed, 1));
        if (second.pValue() >= level) {
            return verdict(assertion, second, level, 2);
        }
        throw new AssertionError(message(assertion, level, first, second));
    }

    /**
     * Runs a check on fixed data: one attempt at the full false-failure rate.
     *
     * @param assertion what is asserted, for messages
     * @param outcome   the test's outcome on the data
     * @return the verdict
     * @throws AssertionError if the check fails
     */
    Verdict checkFixed(String assertion, Outcome outcome) {
        if (outcome.pValue() >= falseFailureRate) {
            return verdict(assertion, outcome, falseFailureRate, 1);
        }
        throw new AssertionError(message(assertion, falseFailureRate, outcome, null));
    }

    private Verdict verdict(String assertion, Outcome o, double level, int attempts) {
        return new Verdict(assertion, o.test(), o.statistic(), o.pValue(), level, o.sampleSize(), seed, attempts);
    }

    private String message(String assertion, double level, Outcome first, Outcome second) {
        StringBuilder sb = new StringBuilder();
        sb.append("statistical assertion failed: ").append(assertion).append('\n');
        sb.append("  test: ").append(first.test()).append('\n');
        appendAttempt(sb, 1, first, level);
        if (second != null) {
            appendAttempt(sb, 2, second, level);
            sb.append("  both attempts rejected; false-failure rate ").append(Format.sig(falseFailureRate))
                    .append(" = ").append(Format.sig(level)).append(" x ").append(Format.sig(level))
                    .append(" (independent streams 0 and 1 of the seed)\n");
        } else {
            sb.append("  false-failure rate ").append(Format.sig(falseFailureRate))
                    .append(retry ? " (fixed data: one attempt)\n" : " (no retry)\n");
        }
        sb.append("  seed ").append(seed).append(": replay with ").append(replayCall()).append('\n');
        Outcome shown = second != null ? second : first;
        if (!shown.comparison().isEmpty()) {
            sb.append(shown.comparison().strip().indent(2));
        }
        return sb.toString().stripTrailing();
    }

    private static void appendAttempt(StringBuilder sb, int i, Outcome o, double level) {
        sb.append("  attempt ").append(i).append(": statistic ").append(Format.sig(o.statistic()))
                .append(", p-value ").append(Format.sig(o.pValue())).append(" < threshold ")
                .append(Format.sig(level)).append(", n = ").append(o.sampleSize()).append('\n');
    }

    /**
     * The Java expression that rebuilds this configuration, for failure messages.
     *
     * @return e.g. {@code StatisticalAssertions.standard().withSeed(42L)}
     */
    String replayCall() {
        StringBuilder sb = new StringBuilder("StatisticalAssertions.standard().withSeed(").append(seed).append("L)");
        if (falseFailureRate != DEFAULT_FALSE_FAILURE_RATE) {
            sb.append(".withFalseFailureRate(").append(falseFailureRate).append(')');
        }
        if (!retry) {
            sb.append(".withoutRetry()");
        }
        if (draws != DEFAULT_DRAWS) {
            sb.append(".withDraws(").append(draws).append(')');
        }
        if (replications != DEFAULT_REPLICATIONS) {
            sb.append(".withReplications(").append(replications).append(')');
        }
        return sb.toString();
    }

    private static void checkCount(int value, int min, String name) {
        if (value < min || value > MAX_COUNT) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + MAX_COUNT + "], was " + value);
        }
    }

    /**
     * The configuration, e.g. {@code StatisticalAssertions(falseFailureRate=1e-06, seed=20261201,
     * retry=true, draws=10000, replications=1000)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "StatisticalAssertions(falseFailureRate=" + Format.sig(falseFailureRate) + ", seed=" + seed
                + ", retry=" + retry + ", draws=" + draws + ", replications=" + replications + ")";
    }
}
