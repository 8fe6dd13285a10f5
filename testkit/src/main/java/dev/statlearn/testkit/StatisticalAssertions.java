package dev.statlearn.testkit;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.internal.Format;
import java.util.Objects;
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

    // (sampler assertions go here)

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
