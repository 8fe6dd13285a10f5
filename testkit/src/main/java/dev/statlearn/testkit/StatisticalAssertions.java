package dev.statlearn.testkit;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.internal.Format;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import dev.statlearn.stats.montecarlo.Estimate;
import java.util.Objects;
import java.util.function.Function;
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

    /**
     * The exceedance probability \( q \) of {@link #assertConsistent}: at the largest sample size,
     * the estimate may miss the true value by more than the tolerance in at most 5% of samples.
     */
    public static final double CONSISTENCY_EXCEEDANCE = 0.05;

    /**
     * Asserts that {@code estimator} is unbiased for {@code trueValue} at {@code sampleSize}.
     *
     * <p><b>Test.</b> Each attempt computes \( R \) = {@link #replications()} estimates
     * \( T_1, \dots, T_R \) from its stream and the one-sample t statistic
     * \[ t = \frac{\bar T - \theta}{s_T / \sqrt R}, \qquad p = 2\, P(|t_{R-1}| \ge |t|), \]
     * with \( s_T \) the replications' sample standard deviation and Student's t with \( R - 1 \)
     * degrees of freedom (for \( R \ge 1000 \) this equals the normal test to 3 digits; the t
     * distribution keeps small \( R \) honest). If every estimate is the same, \( p = 1 \) when it
     * equals \( \theta \) and 0 otherwise.
     *
     * <p><b>Null hypothesis</b> \( E[T_n] = \theta \). The false-failure rate is the stated one
     * exactly when \( T_n \) is normal, and up to the central-limit approximation of \( \bar T \)
     * otherwise (accurate for \( R = 1000 \) unless \( T_n \) is extremely skewed or heavy-tailed;
     * its variance must be finite).
     *
     * <p><b>Power</b> at the defaults (\( R = 1000 \), \( \alpha = 10^{-6} \), retry): a bias of
     * \( 0.16\, \mathrm{sd}(T_n) \) fails with probability about 0.9 (measured 0.935 over 200 seeds
     * by the self-tests: the sample mean of 10 standard normals shifted by 0.05); a bias of
     * \( 0.2\, \mathrm{sd}(T_n) \) fails with probability above 0.99. In general the power is
     * \( \pi^2 \) with \( \pi \approx \Phi(\delta \sqrt R - 3.29) \) for a bias of \( \delta \)
     * standard deviations.
     *
     * <p>The failure message shows the mean estimate, its standard error, the bias and the
     * interval for the mean at the attempt's level.
     *
     * @param estimator  the estimator; called {@link #replications()} times per attempt
     * @param sampleSize the sample size passed to it, {@code >= 1}
     * @param trueValue  the parameter \( \theta \), finite
     * @return the verdict
     * @throws NullPointerException     if {@code estimator} is null
     * @throws IllegalArgumentException if {@code sampleSize < 1} or {@code trueValue} is not finite
     * @throws AssertionError           if the test rejects (in both attempts with retry), or an
     *                                  estimate is not finite
     */
    public Verdict assertUnbiased(Estimator estimator, int sampleSize, double trueValue) {
        Objects.requireNonNull(estimator, "estimator");
        Checks.positive(sampleSize, "sampleSize");
        Checks.finite(trueValue, "trueValue");
        double level = attemptLevel();
        return check("estimator unbiased for " + Format.sig(trueValue, 6) + " at sample size " + sampleSize,
                rng -> EstimatorChecks.unbiased(estimator, sampleSize, trueValue, replications, level, rng));
    }

    /**
     * Asserts that {@code estimator} is consistent for {@code trueValue}, in the finite-sample sense
     * defined here.
     *
     * <p><b>Definition.</b> With \( n = \) {@code largestSampleSize} and tolerance \( \varepsilon \),
     * the estimator passes when
     * <ol>
     *   <li>at \( n \) it misses by more than \( \varepsilon \) in at most
     *       \( q = \) {@value #CONSISTENCY_EXCEEDANCE} of samples:
     *       \( P(|T_n - \theta| > \varepsilon) \le q \), and</li>
     *   <li>its mean squared error does not grow from \( n/4 \) to \( n \):
     *       \( \mathrm{MSE}(n) \le \mathrm{MSE}(n/4) \).</li>
     * </ol>
     * Consistency (\( T_n \to \theta \) in probability) is a limit no finite test can check; this is
     * the finite-sample statement a test can reject. Choose \( \varepsilon \) so that the claim
     * holds with room at \( n \) (e.g. for a \( \sqrt n \)-consistent estimator with asymptotic sd
     * \( \sigma \), \( \varepsilon \ge 2.5\, \sigma / \sqrt n \) gives exceedance 1.2%).
     *
     * <p><b>Test.</b> Each attempt computes \( R \) = {@link #replications()} estimates at each of
     * the sizes \( n/16, n/4, n \) (a geometric ladder; the first rung is shown in the message
     * only). (1) The exceedance count \( X \) at \( n \) gets the exact one-sided binomial p-value
     * \( p_1 = P(\mathrm{Bin}(R, q) \ge X) \). (2) With the squared errors
     * \( e = (T - \theta)^2 \) at \( n/4 \) and \( n \), the Welch statistic
     * \( z = (\bar e_n - \bar e_{n/4}) / \sqrt{(s^2_{e,n} + s^2_{e,n/4})/R} \) gets the one-sided
     * normal p-value \( p_2 = 1 - \Phi(z) \). The attempt's p-value is the Bonferroni
     * \( \min(1, 2 \min(p_1, p_2)) \); the verdict's statistic is \( X \).
     *
     * <p><b>Null hypothesis</b> (1) and (2) above. The false-failure rate is at most the stated one
     * (the binomial part is exact and conservative by discreteness and at the boundary
     * \( P = q \); the MSE part rests on the central limit theorem for \( \bar e \)).
     *
     * <p><b>Power</b> at the defaults (\( R = 1000 \), \( \alpha = 10^{-6} \), retry): an
     * estimator that misses by more than \( \varepsilon \) with probability 0.10 (twice \( q \))
     * fails with probability at least 0.95 (measured 0.98 over 200 seeds: the sample mean of 64
     * normals with \( \varepsilon = 1.645/8 \)); so does an estimator whose error does not shrink,
     * once its exceedance at \( n \) reaches 0.10.
     *
     * @param estimator         the estimator; called \( 3R \) times per attempt
     * @param trueValue         the parameter \( \theta \), finite
     * @param tolerance         \( \varepsilon \), finite and {@code > 0}
     * @param largestSampleSize \( n \), {@code >= 16}; the ladder is \( \lfloor n/16 \rfloor,
     *                          \lfloor n/4 \rfloor, n \)
     * @return the verdict
     * @throws NullPointerException     if {@code estimator} is null
     * @throws IllegalArgumentException if {@code trueValue} is not finite, {@code tolerance} is not
     *                                  finite and positive, or {@code largestSampleSize < 16}
     * @throws AssertionError           if the test rejects (in both attempts with retry), or an
     *                                  estimate is not finite
     */
    public Verdict assertConsistent(Estimator estimator, double trueValue, double tolerance, int largestSampleSize) {
        Objects.requireNonNull(estimator, "estimator");
        Checks.finite(trueValue, "trueValue");
        if (!(tolerance > 0 && tolerance < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("tolerance must be > 0 and finite, was " + tolerance);
        }
        Checks.atLeast(largestSampleSize, 16, "largestSampleSize");
        return check("estimator consistent for " + Format.sig(trueValue, 6) + " within " + Format.sig(tolerance)
                        + " at sample size " + largestSampleSize,
                rng -> EstimatorChecks.consistent(estimator, trueValue, tolerance, largestSampleSize,
                        CONSISTENCY_EXCEEDANCE, replications, rng));
    }

    /**
     * Asserts that {@code procedure}'s intervals cover {@code trueValue} at their nominal level
     * \( \ell \) = {@link dev.statlearn.core.Interval#level()}, which must be the same in every replication.
     *
     * <p><b>Test.</b> Each attempt computes \( R \) = {@link #replications()} intervals and counts
     * the covering ones, \( X \) (both ends included). The p-value is the exact two-sided binomial
     * test's, by the convention of {@code scipy.stats.binomtest}: the probability under
     * \( \mathrm{Bin}(R, \ell) \) of every count no more likely than \( X \),
     * \[ p = \sum_{k:\ P(k) \le P(X)(1 + 10^{-7})} \binom{R}{k} \ell^k (1-\ell)^{R-k}. \]
     *
     * <p><b>Null hypothesis</b> the coverage probability is exactly \( \ell \). The false-failure
     * rate is at most the stated one (exact test, conservative by discreteness). An approximate
     * interval procedure (Wald, bootstrap) is rejected when its true coverage differs from
     * \( \ell \) by more than the test resolves, about \( 3.3 \sqrt{\ell(1-\ell)/R} \) per attempt
     * (0.023 at \( \ell = 0.95 \), \( R = 1000 \)); raise the sample size or lower \( R \) to test
     * such procedures only for gross errors.
     *
     * <p><b>Power</b> at the defaults (\( R = 1000 \), \( \alpha = 10^{-6} \), retry): an interval
     * claiming 95% that covers 90% fails with probability above 0.99 (measured 0.995 over 200
     * seeds); one that covers 93% fails with probability only about 0.07 (measured 0.065).
     *
     * <p>The failure message shows the covered count against the expected one and the misses
     * below and above the true value.
     *
     * @param procedure  the interval procedure; called {@link #replications()} times per attempt
     * @param sampleSize the sample size passed to it, {@code >= 1}
     * @param trueValue  the parameter \( \theta \), finite
     * @return the verdict
     * @throws NullPointerException     if {@code procedure} is null or returns null
     * @throws IllegalArgumentException if {@code sampleSize < 1}, {@code trueValue} is not finite,
     *                                  or the procedure's intervals differ in level
     * @throws AssertionError           if the test rejects (in both attempts with retry)
     */
    public Verdict assertCovers(IntervalProcedure procedure, int sampleSize, double trueValue) {
        Objects.requireNonNull(procedure, "procedure");
        Checks.positive(sampleSize, "sampleSize");
        Checks.finite(trueValue, "trueValue");
        return check("intervals cover " + Format.sig(trueValue, 6) + " at their nominal level, sample size "
                + sampleSize, rng -> EstimatorChecks.covers(procedure, sampleSize, trueValue, replications, rng));
    }

    /**
     * Asserts that a Monte Carlo procedure's estimates agree with {@code knownValue} within their
     * own standard errors: the estimates are unbiased and the standard errors are not too small.
     *
     * <p><b>Test.</b> Each attempt runs the procedure \( R \) = {@link #replications()} times on
     * its stream and forms \( z_i = (\hat I_i - I)/\mathrm{se}_i \) (0 when
     * \( \hat I_i = I \); an estimate off the known value with standard error 0 fails at once).
     * Two tests combine by Bonferroni, \( p = \min(1, 2\min(p_1, p_2)) \):
     * \[ p_1 = 2\,\Phi\!\left(-\frac{|\sum_i z_i|}{\sqrt R}\right), \qquad
     *    p_2 = P\!\left(\chi^2_R \ge \sum_i z_i^2\right), \]
     * the first for a shifted mean (bias), the second, one-sided, for standard errors that are too
     * small (an over-estimated standard error passes). The verdict's statistic is the root mean
     * square z, 1 under the null hypothesis.
     *
     * <p><b>Null hypothesis</b> each \( z_i \) is standard normal: the estimate is unbiased and its
     * standard error right. The false-failure rate is the stated one up to the normal
     * approximation of \( z \): a standard error estimated from \( m \) samples makes
     * \( E[z^2] \approx 1 + 2/m \), which shifts \( \sum z^2 \) by \( 2R/m \) against its
     * standard deviation \( \sqrt{2R} \), negligible for \( m \ge 1000 \) at \( R = 1000 \); use
     * fewer replications ({@link #withReplications(int)}) for procedures on few samples or with very
     * skewed integrands.
     *
     * <p><b>Power</b> at the defaults (\( R = 1000 \), \( \alpha = 10^{-6} \), retry): a standard
     * error under-estimated by a factor 2 fails with probability above 0.99 (measured 1.00 over 200
     * seeds of {@code MonteCarlo.integrate} with 1000 samples). A single estimate could not do
     * this: a standard error under-estimated by 2 fails one z test at \( 10^{-3} \) only 10% of
     * the time.
     *
     * @param procedure  one Monte Carlo run, e.g.
     *                   {@code rng -> MonteCarlo.integrate(f, 0, 1, 10_000, rng)}; called
     *                   {@link #replications()} times per attempt
     * @param knownValue the exact value, finite
     * @return the verdict
     * @throws NullPointerException     if {@code procedure} is null or returns null
     * @throws IllegalArgumentException if {@code knownValue} is not finite
     * @throws AssertionError           if the test rejects (in both attempts with retry)
     */
    public Verdict assertAgreesWith(
            Function<RandomGenerator, Estimate> procedure,
            double knownValue) {
        Objects.requireNonNull(procedure, "procedure");
        Checks.finite(knownValue, "knownValue");
        return check("Monte Carlo estimates agree with " + Format.sig(knownValue, 6) + " within their standard errors",
                rng -> EstimatorChecks.agrees(procedure, knownValue, replications, rng));
    }

    /**
     * Asserts that binary probabilities are calibrated on fixed data: the Hosmer–Lemeshow test for
     * external validation, with 10 quantile groups.
     *
     * <p><b>Test.</b> The probabilities are split into 10 groups at their deciles exactly as
     * {@link dev.statlearn.eval.calibration.ReliabilityTable#ofQuantiles(int[], double[], int)} does (numpy's linear-interpolation
     * percentiles; a probability on an edge joins the lower group). Ties that make deciles
     * coincide merge groups, and the failure message says so. With \( O_g \) positives,
     * \( E_g = \sum_{i \in g} p_i \) and \( V_g = \sum_{i \in g} p_i (1 - p_i) \),
     * \[ C = \sum_{g:\ V_g > 0} \frac{(O_g - E_g)^2}{V_g} \sim \chi^2_{G}, \qquad
     *    p = P(\chi^2_G \ge C), \]
     * with \( G \) the number of groups with \( V_g > 0 \) (a group whose probabilities are all 0
     * or 1 has no variance: a label against them fails with \( C = \infty \)).
     *
     * <p><b>Why \( G \) degrees of freedom, not \( G - 2 \).</b> Hosmer and Lemeshow's \( G - 2 \)
     * is for probabilities fitted on the same data, where the fit spends two degrees of freedom.
     * Here the probabilities are fixed before the labels are seen (a model tested on held-out
     * data, external validation): given the probabilities the groups are fixed, the labels are
     * independent Bernoulli(\( p_i \)) under the null hypothesis, so each
     * \( (O_g - E_g)/\sqrt{V_g} \) is an independent standardized sum and \( C \) is
     * asymptotically \( \chi^2_G \). The exact group variance \( V_g \) replaces the classical
     * \( n_g \bar p_g (1 - \bar p_g) \ge V_g \), which would make the test conservative.
     *
     * <p><b>Null hypothesis</b> \( P(Y_i = 1) = p_i \) independently for every \( i \). The
     * false-failure rate is the stated one up to the chi-square approximation, which needs every
     * group to expect a few positives and negatives (say \( E_g \ge 5 \) and \( n_g - E_g \ge 5 \);
     * with 10 groups about 100 predictions away from 0 and 1). One attempt at the full rate (fixed
     * data: no retry).
     *
     * <p><b>Power</b> at \( \alpha = 10^{-6} \): probabilities \( u^{0.7} \) reported for true
     * probabilities \( u \sim U(0, 1) \) fail with probability about 0.7 for 1000 predictions
     * (measured 0.72 over 200 seeds) and above 0.99 for 2000 (measured 0.995).
     *
     * @param probabilities predicted probabilities of label 1, each in [0, 1], non-empty. Not
     *                      modified.
     * @param labels        the observed labels, 0 or 1, same length. Not modified.
     * @return the verdict
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a probability
     *                                  is outside [0, 1] or NaN, or a label is not 0 or 1
     * @throws AssertionError           if the test rejects
     */
    public Verdict assertCalibrated(double[] probabilities, int[] labels) {
        Checks.probabilities(probabilities, "probabilities");
        Checks.labels(labels, 2, "labels");
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("probabilities must not be empty, was length 0");
        }
        Checks.sameLength(probabilities.length, "probabilities", labels.length, "labels");
        return checkFixed("probabilities calibrated (" + probabilities.length + " predictions)",
                EstimatorChecks.calibrated(probabilities, labels));
    }

    /**
     * Asserts that a metric stays within bounds: each of \( R \) = {@link #replications()}
     * evaluations, evaluation \( i \) on its own stream {@code Randomness.stream(seed(), i)}, is
     * finite and in {@code [lower, upper]}.
     *
     * <p>A deterministic property, not a hypothesis test: there is no false failure, and no retry.
     * The verdict's statistic is the number of violations and its p-value 1 (none) or 0 (any),
     * compared with the false-failure rate, so a single violation fails. The failure message lists
     * the first violations with their values and the call that replays each,
     * {@code metric.applyAsDouble(Randomness.stream(seed, i))}.
     *
     * <p><b>Power</b>: a metric that leaves the bounds with probability \( \pi \) per evaluation
     * fails with probability \( 1 - (1 - \pi)^R \), above 0.99 for \( \pi = 0.005 \) at
     * \( R = 1000 \).
     *
     * @param metric a metric computed from random input drawn from the generator it is given
     * @param lower  the lower bound, not NaN (may be \( -\infty \))
     * @param upper  the upper bound, not NaN, {@code >= lower} (may be \( +\infty \))
     * @return the verdict
     * @throws NullPointerException     if {@code metric} is null
     * @throws IllegalArgumentException if a bound is NaN or {@code lower > upper}
     * @throws AssertionError           if an evaluation is not finite or outside the bounds
     */
    public Verdict assertWithinBounds(java.util.function.ToDoubleFunction<RandomGenerator> metric, double lower,
                                      double upper) {
        Objects.requireNonNull(metric, "metric");
        if (Double.isNaN(lower)) {
            throw new IllegalArgumentException("lower must not be NaN, was NaN");
        }
        if (Double.isNaN(upper)) {
            throw new IllegalArgumentException("upper must not be NaN, was NaN");
        }
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("lower must be <= upper, was lower=" + lower + ", upper=" + upper);
        }
        return checkFixed("metric within [" + lower + ", " + upper + "] in " + replications + " evaluations",
                EstimatorChecks.withinBounds(metric, lower, upper, replications, seed));
    }

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
