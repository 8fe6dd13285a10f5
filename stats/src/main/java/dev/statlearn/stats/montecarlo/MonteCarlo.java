package dev.statlearn.stats.montecarlo;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import dev.statlearn.stats.distribution.MultivariateDistribution;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Monte Carlo integration and expectations, with standard errors and variance reduction.
 *
 * <p>Plain Monte Carlo estimates \( I = \int_a^b f(x)\,dx \) from \( n \) uniform points
 * \( X_i \sim U(a, b) \) by
 * \[ \hat I = (b - a)\,\bar Y, \qquad \mathrm{se}(\hat I) = (b - a)\,\frac{s_Y}{\sqrt n}, \qquad
 *    Y_i = f(X_i), \]
 * where \( s_Y \) is the sample standard deviation (divisor \( n - 1 \)). The error falls as
 * \( 1/\sqrt n \) whatever the dimension. The variance-reduction methods each report the standard
 * error of their own estimator:
 * <ul>
 *   <li>{@link #antithetic antithetic variates}: pairs \( (U, 1 - U) \);</li>
 *   <li>{@link #controlVariate control variates}: a function \( g \) with known integral, the
 *       coefficient estimated from the same sample;</li>
 *   <li>{@link #stratified stratified sampling}: equal-width strata with equal allocation;</li>
 *   <li>{@link #quasi randomized quasi-Monte Carlo}: digitally shifted Sobol points, whose error
 *       falls close to \( 1/n \) on smooth integrands, estimated from independent shifts;</li>
 *   <li>{@link #importance importance sampling} from a proposal distribution, with Kish's
 *       effective sample size, and {@link #integrate(DoubleUnaryOperator, ContinuousDistribution, int,
 *       RandomGenerator) integrals over infinite ranges} by sampling a proposal density;</li>
 *   <li>expectations under a continuous, discrete or multivariate distribution
 *       ({@code expectation} overloads).</li>
 * </ul>
 *
 * <p>Edge cases and contracts, for every method: the bounds must be finite with
 * \( a &lt; b \) (use an expectation or importance sampling for infinite ranges); at least 2
 * samples are needed for a standard error; if \( f \) returns NaN or infinity, or values so large
 * that their squares overflow, an {@link IllegalArgumentException} says so. The generator is
 * advanced; nothing else is modified. Same generator state, same result. Methods are
 * thread-safe as long as each thread passes its own generator.
 *
 * <p>Performance: the loops evaluate {@code f} on primitives with no per-sample allocation;
 * the several-dimension methods reuse one point array (so {@code f} must not keep a reference
 * to it).
 *
 * @since 0.1
 */
public final class MonteCarlo {

    // This class checks the arguments and delegates, one package-private class per concept:
    // PlainMonteCarlo (uniform points and draws), VarianceReduction (antithetic, control variates,
    // stratified, importance), QuasiMonteCarlo (shifted Sobol points) and ChunkedMonteCarlo (the
    // parallel runs). Every sampling loop accumulates in stats.internal.ShiftedSums.

    /** Samples per chunk of the {@linkplain #parallel parallel} integrator (fixed, part of its contract). */
    public static final int CHUNK_SIZE = 1 << 16;

    /**
     * Most samples the {@linkplain #parallel parallel} integrator accepts: \( (2^{31} - 1) \)
     * chunks of {@link #CHUNK_SIZE}, 140,737,488,289,792 (about \( 1.4 \times 10^{14} \)). Memory
     * does not grow with {@code n}: at most a few hundred chunks are in flight at once.
     */
    public static final long MAX_PARALLEL_SAMPLES = (long) Integer.MAX_VALUE * CHUNK_SIZE;

    private MonteCarlo() {
    }

    // ---------------------------------------------------------------- plain

    /**
     * Plain Monte Carlo estimate of \( \int_a^b f(x)\,dx \) from {@code n} uniform points;
     * standard error \( (b-a)\, s_Y / \sqrt n \).
     *
     * @param f   the integrand
     * @param a   lower bound, finite
     * @param b   upper bound, finite, \( &gt; a \)
     * @param n   number of samples, \( \ge 2 \)
     * @param rng source of randomness (advanced by {@code n} draws)
     * @return the estimate
     * @throws NullPointerException     if {@code f} or {@code rng} is null
     * @throws IllegalArgumentException if a bound is not finite, \( a \ge b \), \( n &lt; 2 \), or
     *                                  {@code f} returns non-finite values
     */
    public static Estimate integrate(DoubleUnaryOperator f, double a, double b, int n, RandomGenerator rng) {
        double w = checkedWidth(f, rng, a, b);
        Checks.atLeast(n, 2, "n");
        return PlainMonteCarlo.integrate(f, a, w, n, rng);
    }

    /**
     * Plain Monte Carlo estimate of \( \int_{[l, u]} f(x)\,dx \) over a box in several
     * dimensions: \( \hat I = V \bar Y \), \( \mathrm{se} = V s_Y / \sqrt n \) with
     * \( V = \prod_j (u_j - l_j) \).
     *
     * @param f     the integrand; receives a point array that is reused between calls (read it,
     *              do not keep it)
     * @param lower lower corner, finite. Not modified.
     * @param upper upper corner, finite, {@code upper[j] > lower[j]}. Not modified.
     * @param n     number of samples, \( \ge 2 \)
     * @param rng   source of randomness
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the corners differ in length, are empty or not finite,
     *                                  some {@code lower[j] >= upper[j]}, \( n &lt; 2 \), or
     *                                  {@code f} returns non-finite values
     */
    public static Estimate integrate(ToDoubleFunction<double[]> f, double[] lower, double[] upper, int n,
                                     RandomGenerator rng) {
        double volume = checkedVolume(f, rng, lower, upper);
        Checks.atLeast(n, 2, "n");
        return PlainMonteCarlo.integrate(f, lower, upper, volume, n, rng);
    }

    /**
     * The course notes' experiment: {@code replications} independent plain estimates of
     * \( \int_a^b f \), each from {@code sampleSize} samples, summarised by their mean and sample
     * standard deviation. For \( e^{-x^2} \) on \( [-1, 1] \) with 10,000 samples and 100
     * replications the mean is about 1.4937 (the exact value is
     * \( \sqrt\pi\,\mathrm{erf}(1) = 1.4936482656\ldots \)) and the standard deviation about 0.004.
     *
     * @param f            the integrand
     * @param a            lower bound, finite
     * @param b            upper bound, finite, \( &gt; a \)
     * @param sampleSize   samples per replication, \( \ge 2 \)
     * @param replications number of replications, \( \ge 2 \), at most
     *                     {@link Checks#MAX_ARRAY_LENGTH} (checked before allocating)
     * @param rng          source of randomness (used for all replications in turn)
     * @return the estimates, with their mean and standard deviation
     * @throws NullPointerException     if {@code f} or {@code rng} is null
     * @throws IllegalArgumentException as {@link #integrate(DoubleUnaryOperator, double, double, int, RandomGenerator)},
     *                                  or if {@code replications < 2}
     */
    public static Replication replicate(DoubleUnaryOperator f, double a, double b, int sampleSize,
                                        int replications, RandomGenerator rng) {
        double w = checkedWidth(f, rng, a, b);
        Checks.atLeast(sampleSize, 2, "sampleSize");
        Checks.atLeast(replications, 2, "replications");
        Checks.arrayLength(replications, "replications");
        return PlainMonteCarlo.replicate(f, a, w, sampleSize, replications, rng);
    }

    /**
     * A convergence trace for teaching: one run of plain Monte Carlo, reporting the running
     * estimate and its standard error after \( 10^2, 10^3, \ldots \) samples and finally after
     * {@code maxSamples}. The error column shrinks by about \( \sqrt{10} \approx 3.16 \) per row.
     *
     * @param f          the integrand
     * @param a          lower bound, finite
     * @param b          upper bound, finite, \( &gt; a \)
     * @param maxSamples total samples, \( \ge 100 \)
     * @param rng        source of randomness
     * @return the estimates in order of increasing sample count (unmodifiable)
     * @throws NullPointerException     if {@code f} or {@code rng} is null
     * @throws IllegalArgumentException if a bound is not finite, \( a \ge b \),
     *                                  {@code maxSamples < 100}, or {@code f} returns non-finite values
     */
    public static List<Estimate> trace(DoubleUnaryOperator f, double a, double b, int maxSamples,
                                       RandomGenerator rng) {
        double w = checkedWidth(f, rng, a, b);
        Checks.atLeast(maxSamples, 100, "maxSamples");
        return PlainMonteCarlo.trace(f, a, w, maxSamples, rng);
    }

    // ---------------------------------------------------------------- expectations

    /**
     * Monte Carlo estimate of \( \mathbb{E}[f(X)] \) where each \( X_i \) is drawn by
     * {@code sampler}: \( \bar Y \pm s_Y/\sqrt n \). Works for any distribution that can be
     * sampled, e.g. {@code r -> r.nextGaussian()}.
     *
     * @param f       the function whose mean is wanted
     * @param sampler draws one value of \( X \) from a generator
     * @param n       number of samples, \( \ge 2 \)
     * @param rng     source of randomness
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if \( n &lt; 2 \) or {@code f} returns non-finite values
     */
    public static Estimate expectation(DoubleUnaryOperator f, ToDoubleFunction<RandomGenerator> sampler, int n,
                                       RandomGenerator rng) {
        return meanOfDraws(f, sampler, "sampler", n, rng, () -> f.applyAsDouble(sampler.applyAsDouble(rng)));
    }

    /**
     * Monte Carlo estimate of \( \mathbb{E}[f(X)] \) for \( X \) with the given continuous
     * distribution: \( \bar Y \pm s_Y/\sqrt n \) with \( Y_i = f(X_i) \).
     *
     * @param f            the function whose mean is wanted
     * @param distribution the distribution of \( X \)
     * @param n            number of samples, \( \ge 2 \)
     * @param rng          source of randomness
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if \( n &lt; 2 \) or {@code f} returns non-finite values
     */
    public static Estimate expectation(DoubleUnaryOperator f, ContinuousDistribution distribution, int n,
                                       RandomGenerator rng) {
        Checks.notNull(distribution, "distribution");
        return expectation(f, (ToDoubleFunction<RandomGenerator>) distribution::sample, n, rng);
    }

    /**
     * Monte Carlo estimate of \( \mathbb{E}[f(K)] \) for \( K \) with the given discrete
     * distribution.
     *
     * @param f            the function whose mean is wanted
     * @param distribution the distribution of \( K \)
     * @param n            number of samples, \( \ge 2 \)
     * @param rng          source of randomness
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if \( n &lt; 2 \) or {@code f} returns non-finite values
     */
    public static Estimate expectation(IntToDoubleFunction f, DiscreteDistribution distribution, int n,
                                       RandomGenerator rng) {
        return meanOfDraws(f, distribution, "distribution", n, rng, () -> f.applyAsDouble(distribution.sample(rng)));
    }

    /**
     * Monte Carlo estimate of \( \mathbb{E}[f(X)] \) for a random vector \( X \) with the given
     * multivariate distribution.
     *
     * @param f            the function whose mean is wanted (receives a fresh sample array)
     * @param distribution the distribution of \( X \)
     * @param n            number of samples, \( \ge 2 \)
     * @param rng          source of randomness
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if \( n &lt; 2 \) or {@code f} returns non-finite values
     */
    public static Estimate expectation(ToDoubleFunction<double[]> f, MultivariateDistribution distribution, int n,
                                       RandomGenerator rng) {
        return meanOfDraws(f, distribution, "distribution", n, rng, () -> f.applyAsDouble(distribution.sample(rng)));
    }

    /** Checks an expectation's arguments (in this order), then the mean of {@code n} draws. */
    private static Estimate meanOfDraws(Object f, Object source, String sourceName, int n, RandomGenerator rng,
                                        DoubleSupplier draw) {
        Checks.notNull(f, "f");
        Checks.notNull(source, sourceName);
        Checks.notNull(rng, "rng");
        Checks.atLeast(n, 2, "n");
        return PlainMonteCarlo.meanOfDraws(draw, n);
    }

    /**
     * Importance sampling of \( \mathbb{E}_p[f(X)] \) with draws from a proposal \( q \):
     * \[ \hat\mu = \frac1n \sum_i w_i f(X_i), \qquad w_i = \frac{p(X_i)}{q(X_i)}, \qquad
     *    X_i \sim q, \]
     * unbiased when \( q &gt; 0 \) wherever \( p f \ne 0 \); standard error
     * \( s_{wf} / \sqrt n \). Where \( q = 0 &lt; p \) the draws never land, so the estimate
     * is of \( \int_{q &gt; 0} f p \) instead, a bias that no weight and no standard error shows.
     * This method therefore requires the proposal's declared support to cover the target's:
     * \[ \ell_q \le \ell_p \quad\text{and}\quad u_q \ge u_p, \]
     * with \( [\ell, u] \) = {@code [supportLowerBound(), supportUpperBound()]}, and rejects
     * any other pair at call time (before drawing), e.g. a normal target with an exponential
     * proposal. When \( f \) itself vanishes outside the proposal's support (a tail event with
     * a half-line proposal), estimate \( \int f p \) with
     * {@link #integrate(DoubleUnaryOperator, ContinuousDistribution, int, RandomGenerator)
     * integrate(x -&gt; f(x) * target.density(x), proposal, n, rng)}, which needs \( q &gt; 0 \)
     * only where \( f p \ne 0 \). Weights are computed in log space,
     * \( w_i = \exp(\log p(X_i) - \log q(X_i)) \). Kish's effective sample size
     * \( (\sum w)^2 / \sum w^2 \) is reported beside the estimate: far below \( n \) means the
     * proposal is poor (its tails are too light) and the standard error cannot be trusted.
     * Kish's formula looks at the weights only, not at \( f \): for a rare-event indicator it is
     * pessimistic (weights are large where \( f = 0 \)), and the standard error is then the better guide.
     * A good proposal for a rare event (e.g. \( P(X &gt; 4) \) under a standard normal) puts its
     * mass where \( |f| p \) is large and reduces the error by orders of magnitude.
     *
     * @param f        the function whose mean under {@code target} is wanted
     * @param target   the distribution \( p \) of \( X \)
     * @param proposal the distribution \( q \) sampled from
     * @param n        number of samples, \( \ge 2 \)
     * @param rng      source of randomness
     * @return the estimate and its effective sample size
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if \( n &lt; 2 \); if the proposal's support does not
     *                                  cover the target's (message names both distributions and
     *                                  their supports); if a draw from the proposal has zero
     *                                  proposal density; if every weight is 0 (the proposal puts no
     *                                  mass where the target has density); or if {@code f} or the
     *                                  weights are not finite
     */
    public static ImportanceEstimate importance(DoubleUnaryOperator f, ContinuousDistribution target,
                                                ContinuousDistribution proposal, int n, RandomGenerator rng) {
        Checks.notNull(f, "f");
        Checks.notNull(target, "target");
        Checks.notNull(proposal, "proposal");
        Checks.notNull(rng, "rng");
        Checks.atLeast(n, 2, "n");
        double pLo = target.supportLowerBound();
        double pHi = target.supportUpperBound();
        double qLo = proposal.supportLowerBound();
        double qHi = proposal.supportUpperBound();
        if (!(qLo <= pLo && qHi >= pHi)) {
            throw new IllegalArgumentException("proposal must have a support covering the target's (q > 0 wherever"
                    + " p > 0), or the estimate is biased; target " + target + " has support [" + pLo + ", " + pHi
                    + "], proposal " + proposal + " has support [" + qLo + ", " + qHi + "]"
                    + " (if f is 0 outside the proposal's support, use integrate(x -> f(x) * target.density(x),"
                    + " proposal, n, rng))");
        }
        return VarianceReduction.importance(f, target, proposal, n, rng);
    }

    /**
     * Importance sampling of an integral over the whole support of a proposal density \( q \),
     * including infinite ranges: \( \int f(x)\,dx = \mathbb{E}_q[f(X)/q(X)] \), estimated by the
     * mean of \( f(X_i)/q(X_i) \), \( X_i \sim q \), with standard error \( s / \sqrt n \).
     * Unbiased when \( q &gt; 0 \) wherever \( f \ne 0 \); the variance is finite only if
     * \( f^2 / q \) is integrable, so choose a proposal with tails at least as heavy as \( |f| \).
     * Example: \( \int_{-\infty}^\infty e^{-x^2} dx = \sqrt\pi \) with a standard normal proposal.
     *
     * @param f        the integrand
     * @param proposal the sampling distribution \( q \)
     * @param n        number of samples, \( \ge 2 \)
     * @param rng      source of randomness
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if \( n &lt; 2 \), a draw has zero proposal density, or
     *                                  \( f/q \) is not finite
     */
    public static Estimate integrate(DoubleUnaryOperator f, ContinuousDistribution proposal, int n,
                                     RandomGenerator rng) {
        Checks.notNull(f, "f");
        Checks.notNull(proposal, "proposal");
        Checks.notNull(rng, "rng");
        Checks.atLeast(n, 2, "n");
        return VarianceReduction.overProposal(f, proposal, n, rng);
    }

    // ---------------------------------------------------------------- variance reduction

    /**
     * Antithetic variates: {@code n / 2} pairs \( (U_i, 1 - U_i) \) give
     * \( Z_i = \tfrac12 [f(a + wU_i) + f(b - wU_i)] \) with \( w = b - a \), and
     * \( \hat I = w \bar Z \), \( \mathrm{se} = w\, s_Z / \sqrt{n/2} \). The error is smaller than
     * plain Monte Carlo's with the same number of evaluations when \( f \) is monotone; it can be
     * larger when \( f \) is symmetric about the midpoint (then both halves of a pair agree and
     * the pair is worth one sample; the reported error shows it).
     *
     * @param f   the integrand
     * @param a   lower bound, finite
     * @param b   upper bound, finite, \( &gt; a \)
     * @param n   number of function evaluations, \( \ge 4 \); an odd {@code n} is rounded down
     * @param rng source of randomness (advanced by {@code n / 2} draws)
     * @return the estimate, with {@code samples = 2 * (n / 2)}
     * @throws NullPointerException     if {@code f} or {@code rng} is null
     * @throws IllegalArgumentException if a bound is not finite, \( a \ge b \), \( n &lt; 4 \), or
     *                                  {@code f} returns non-finite values
     */
    public static Estimate antithetic(DoubleUnaryOperator f, double a, double b, int n, RandomGenerator rng) {
        double w = checkedWidth(f, rng, a, b);
        Checks.atLeast(n, 4, "n");
        return VarianceReduction.antithetic(f, a, b, w, n, rng);
    }

    /**
     * Control variates: with \( X_i \sim U(a, b) \), \( Y_i = f(X_i) \), \( C_i = g(X_i) \) and
     * the known integral \( G = \int_a^b g \),
     * \[ \hat I = w\left[\bar Y - \hat\beta\left(\bar C - \tfrac{G}{w}\right)\right], \qquad
     *    \hat\beta = \frac{\sum (Y_i - \bar Y)(C_i - \bar C)}{\sum (C_i - \bar C)^2}, \]
     * with the coefficient estimated from the same sample, and standard error
     * \( w \sqrt{ \mathrm{RSS} / ((n - 2)\, n) } \), where RSS is the residual sum of squares of
     * the regression of \( Y \) on \( C \) (so the error accounts for the fitted coefficient). The
     * more \( g \) correlates with \( f \), the smaller the error. If \( g \) is constant on the
     * sample, \( \hat\beta = 0 \) and the result is plain Monte Carlo (with divisor \( n - 2 \)).
     *
     * @param f         the integrand
     * @param g         the control function
     * @param gIntegral \( \int_a^b g(x)\,dx \), known exactly, finite
     * @param a         lower bound, finite
     * @param b         upper bound, finite, \( &gt; a \)
     * @param n         number of samples, \( \ge 3 \)
     * @param rng       source of randomness
     * @return the estimate
     * @throws NullPointerException     if {@code f}, {@code g} or {@code rng} is null
     * @throws IllegalArgumentException if a bound or {@code gIntegral} is not finite, \( a \ge b \),
     *                                  \( n &lt; 3 \), or {@code f} or {@code g} returns non-finite values
     */
    public static Estimate controlVariate(DoubleUnaryOperator f, DoubleUnaryOperator g, double gIntegral,
                                          double a, double b, int n, RandomGenerator rng) {
        Checks.notNull(f, "f");
        Checks.notNull(g, "g");
        Checks.notNull(rng, "rng");
        double w = intervalWidth(a, b);
        Checks.finite(gIntegral, "gIntegral");
        Checks.atLeast(n, 3, "n");
        return VarianceReduction.controlVariate(f, g, gIntegral, a, w, n, rng);
    }

    /**
     * Stratified sampling with equal-width strata and equal allocation: \( [a, b] \) is cut into
     * {@code strata} intervals of width \( h = (b - a)/m \), each receiving
     * \( n_j = \lfloor n/m \rfloor \) uniform points, and
     * \[ \hat I = \sum_j h\,\bar Y_j, \qquad \mathrm{se} = \sqrt{\textstyle\sum_j h^2 s_j^2 / n_j}. \]
     * The error is never larger than plain Monte Carlo's (up to sampling noise) and is much
     * smaller when \( f \) varies more between strata than within them.
     *
     * @param f      the integrand
     * @param a      lower bound, finite
     * @param b      upper bound, finite, \( &gt; a \)
     * @param strata number of strata \( m \ge 1 \)
     * @param n      total number of samples, \( \ge 2m \) (each stratum needs 2 for its variance);
     *               the remainder of \( n / m \) is not used
     * @param rng    source of randomness
     * @return the estimate, with {@code samples = m * (n / m)}
     * @throws NullPointerException     if {@code f} or {@code rng} is null
     * @throws IllegalArgumentException if a bound is not finite, \( a \ge b \), {@code strata < 1},
     *                                  \( n &lt; 2m \), or {@code f} returns non-finite values
     */
    public static Estimate stratified(DoubleUnaryOperator f, double a, double b, int strata, int n,
                                      RandomGenerator rng) {
        double w = checkedWidth(f, rng, a, b);
        Checks.positive(strata, "strata");
        if (n / 2 < strata) {
            throw new IllegalArgumentException(
                    "n must be >= 2 * strata = " + (2L * strata) + " (2 samples per stratum), was " + n);
        }
        return VarianceReduction.stratified(f, a, w, strata, n, rng);
    }

    /**
     * Randomized quasi-Monte Carlo: the first {@code n} points of the Sobol sequence (in one
     * dimension, the van der Corput sequence in base 2), each randomized by an independent random
     * digital shift (XOR of the binary digits with random bits), give {@code randomizations}
     * independent unbiased estimates \( \hat I_r \); the result is their mean and the standard
     * error is \( s_{\hat I} / \sqrt R \). For smooth integrands the error falls close to
     * \( 1/n \) rather than \( 1/\sqrt n \). Choose {@code n} a power of two (the points then form a
     * digital net and fill \( [a, b] \) evenly).
     *
     * @param f              the integrand
     * @param a              lower bound, finite
     * @param b              upper bound, finite, \( &gt; a \)
     * @param n              points per randomization, \( \ge 1 \)
     * @param randomizations number of independent shifts \( R \ge 2 \), at most
     *                       {@link Checks#MAX_ARRAY_LENGTH} (checked before allocating)
     * @param rng            source of randomness (only the shifts are random)
     * @return the estimate, with {@code samples = n * randomizations}
     * @throws NullPointerException     if {@code f} or {@code rng} is null
     * @throws IllegalArgumentException if a bound is not finite, \( a \ge b \), \( n &lt; 1 \),
     *                                  {@code randomizations < 2}, or {@code f} returns non-finite values
     */
    public static Estimate quasi(DoubleUnaryOperator f, double a, double b, int n, int randomizations,
                                 RandomGenerator rng) {
        double w = checkedWidth(f, rng, a, b);
        Checks.positive(n, "n");
        Checks.atLeast(randomizations, 2, "randomizations");
        Checks.arrayLength(randomizations, "randomizations");
        return QuasiMonteCarlo.quasi(f, a, w, n, randomizations, rng);
    }

    /**
     * Randomized quasi-Monte Carlo over a box in up to 1000 dimensions: digitally shifted Sobol
     * points (Joe and Kuo's direction numbers), as in the one-dimensional
     * {@link #quasi(DoubleUnaryOperator, double, double, int, int, RandomGenerator)}.
     *
     * @param f              the integrand; receives a reused point array (read it, do not keep it)
     * @param lower          lower corner, finite. Not modified.
     * @param upper          upper corner, finite, {@code upper[j] > lower[j]}. Not modified.
     * @param n              points per randomization, \( \ge 1 \) (a power of two is best)
     * @param randomizations number of independent shifts \( R \ge 2 \), at most
     *                       {@link Checks#MAX_ARRAY_LENGTH} (checked before allocating)
     * @param rng            source of randomness
     * @return the estimate, with {@code samples = n * randomizations}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the corners are invalid (see
     *                                  {@link #integrate(ToDoubleFunction, double[], double[], int, RandomGenerator)}),
     *                                  have more than 1000 dimensions, \( n &lt; 1 \),
     *                                  {@code randomizations < 2}, or {@code f} returns non-finite values
     */
    public static Estimate quasi(ToDoubleFunction<double[]> f, double[] lower, double[] upper, int n,
                                 int randomizations, RandomGenerator rng) {
        double volume = checkedVolume(f, rng, lower, upper);
        Checks.positive(n, "n");
        Checks.atLeast(randomizations, 2, "randomizations");
        Checks.arrayLength(randomizations, "randomizations");
        if (lower.length > Sobol.MAX_DIMENSION) {
            throw new IllegalArgumentException("lower has " + lower.length
                    + " dimensions but Sobol points are available up to " + Sobol.MAX_DIMENSION);
        }
        return QuasiMonteCarlo.quasi(f, lower, upper, volume, n, randomizations, rng);
    }

    // ---------------------------------------------------------------- parallel

    /**
     * Plain Monte Carlo in parallel on every core: the calling thread and the workers of the JDK's
     * common fork/join pool share the chunks (on a 2-core machine the common pool has one
     * worker, so the caller computes too rather than waiting); otherwise as, and bit for bit equal
     * to, {@link #parallel(DoubleUnaryOperator, double, double, long, long, Executor)}.
     *
     * @param f    the integrand; called from several threads at once, so it must be thread-safe
     * @param a    lower bound, finite
     * @param b    upper bound, finite, \( &gt; a \)
     * @param n    number of samples, in [2, {@link #MAX_PARALLEL_SAMPLES}]
     * @param seed the seed; the result depends only on it, {@code f}, the bounds and {@code n}
     * @return the estimate
     * @throws NullPointerException     if {@code f} is null
     * @throws IllegalArgumentException as {@link #integrate(DoubleUnaryOperator, double, double, int, RandomGenerator)},
     *                                  or if {@code n} exceeds {@link #MAX_PARALLEL_SAMPLES}
     */
    public static Estimate parallel(DoubleUnaryOperator f, double a, double b, long n, long seed) {
        Checks.notNull(f, "f");
        double w = intervalWidth(a, b);
        chunkCount(n);
        return ChunkedMonteCarlo.run(n, seed, null, w, ChunkedMonteCarlo.uniformKernel(f, a, w));
    }

    /**
     * Plain Monte Carlo in parallel on the given executor, bit-for-bit reproducible: the
     * {@code n} samples are cut into fixed chunks of {@link #CHUNK_SIZE} (the last one shorter);
     * chunk \( c \) draws its points from {@link Randomness#stream(long, long) Randomness.stream(seed, c)}
     * and the partial means and sums of squares (Chan, Golub and LeVeque's pairwise update) are
     * combined in chunk order on the calling thread. The result therefore does not depend on the
     * executor, the number of threads or the scheduling, nor on the kernel path (no Vector API
     * kernel is involved; see {@link Randomness} on reproducibility). Chunks are submitted as earlier ones are
     * combined, at most a few hundred at a time, so memory does not grow with {@code n}. (It differs from the sequential
     * {@link #integrate(DoubleUnaryOperator, double, double, int, RandomGenerator)}, which uses one
     * generator.)
     *
     * @param f        the integrand; must be thread-safe
     * @param a        lower bound, finite
     * @param b        upper bound, finite, \( &gt; a \)
     * @param n        number of samples, in [2, {@link #MAX_PARALLEL_SAMPLES}]
     * @param seed     the seed
     * @param executor runs one task per chunk
     * @return the estimate
     * @throws NullPointerException     if {@code f} or {@code executor} is null
     * @throws IllegalArgumentException as {@link #integrate(DoubleUnaryOperator, double, double, int, RandomGenerator)},
     *                                  or if {@code n} exceeds {@link #MAX_PARALLEL_SAMPLES}
     */
    public static Estimate parallel(DoubleUnaryOperator f, double a, double b, long n, long seed,
                                    Executor executor) {
        Checks.notNull(f, "f");
        Checks.notNull(executor, "executor");
        double w = intervalWidth(a, b);
        chunkCount(n);
        return ChunkedMonteCarlo.run(n, seed, executor, w, ChunkedMonteCarlo.uniformKernel(f, a, w));
    }

    /**
     * Plain Monte Carlo over a box in several dimensions, in parallel on every core (the caller and
     * the common pool's workers share the chunks, as in
     * {@link #parallel(DoubleUnaryOperator, double, double, long, long)}); bit for bit equal to
     * {@link #parallel(ToDoubleFunction, double[], double[], long, long, Executor)}.
     *
     * @param f     the integrand; must be thread-safe; receives a point array reused within one
     *              chunk (read it, do not keep it)
     * @param lower lower corner, finite. Not modified.
     * @param upper upper corner, finite, {@code upper[j] > lower[j]}. Not modified.
     * @param n     number of samples, in [2, {@link #MAX_PARALLEL_SAMPLES}]
     * @param seed  the seed
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #integrate(ToDoubleFunction, double[], double[], int, RandomGenerator)},
     *                                  or if {@code n} exceeds {@link #MAX_PARALLEL_SAMPLES}
     */
    public static Estimate parallel(ToDoubleFunction<double[]> f, double[] lower, double[] upper, long n,
                                    long seed) {
        Checks.notNull(f, "f");
        double volume = boxVolume(lower, upper);
        chunkCount(n);
        return ChunkedMonteCarlo.run(n, seed, null, volume, ChunkedMonteCarlo.boxKernel(f, lower, upper));
    }

    /**
     * Plain Monte Carlo over a box in several dimensions, in parallel on the given executor and
     * bit-for-bit reproducible, with the same fixed chunking and per-chunk streams as
     * {@link #parallel(DoubleUnaryOperator, double, double, long, long, Executor)}. Each chunk
     * allocates one point array.
     *
     * @param f        the integrand; must be thread-safe; receives a point array reused within
     *                 one chunk (read it, do not keep it)
     * @param lower    lower corner, finite. Not modified.
     * @param upper    upper corner, finite, {@code upper[j] > lower[j]}. Not modified.
     * @param n        number of samples, in [2, {@link #MAX_PARALLEL_SAMPLES}]
     * @param seed     the seed
     * @param executor runs one task per chunk
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #integrate(ToDoubleFunction, double[], double[], int, RandomGenerator)},
     *                                  or if {@code n} exceeds {@link #MAX_PARALLEL_SAMPLES}
     */
    public static Estimate parallel(ToDoubleFunction<double[]> f, double[] lower, double[] upper, long n,
                                    long seed, Executor executor) {
        Checks.notNull(f, "f");
        Checks.notNull(executor, "executor");
        double volume = boxVolume(lower, upper);
        chunkCount(n);
        return ChunkedMonteCarlo.run(n, seed, executor, volume, ChunkedMonteCarlo.boxKernel(f, lower, upper));
    }

    // ---------------------------------------------------------------- chunks (for other runners)

    /**
     * The number of chunks of {@link #CHUNK_SIZE} in a parallel run of {@code n} samples,
     * \( \lceil n / \mathrm{CHUNK\_SIZE} \rceil \); chunk \( c \) holds
     * \( \min(\mathrm{CHUNK\_SIZE},\ n - c\,\mathrm{CHUNK\_SIZE}) \) samples.
     *
     * @param n number of samples, in [2, {@link #MAX_PARALLEL_SAMPLES}]
     * @return the number of chunks, in [1, \( 2^{31} - 1 \)]
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public static long chunkCount(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be >= 2, was " + n);
        }
        if (n > MAX_PARALLEL_SAMPLES) {
            throw new IllegalArgumentException("n must be <= " + MAX_PARALLEL_SAMPLES
                    + " (2^31 - 1 chunks of " + CHUNK_SIZE + "), was " + n);
        }
        return (n - 1) / CHUNK_SIZE + 1;
    }

    /**
     * The sums of \( f \) over chunk {@code chunk} of the run
     * {@link #parallel(DoubleUnaryOperator, double, double, long, long) parallel(f, a, b, n, seed)}:
     * its points \( a + (b - a) U \), \( U \) from
     * {@link Randomness#stream(long, long) Randomness.stream(seed, chunk)}, with the local run's
     * floating-point operations. For running the chunks elsewhere (a cluster): merging every
     * chunk's sums in chunk order from {@link PartialSums#empty()} and calling
     * {@link PartialSums#toEstimate(double) toEstimate(b - a)} gives the local estimate bit for bit.
     *
     * @param f     the integrand
     * @param a     lower bound, finite
     * @param b     upper bound, finite, \( &gt; a \)
     * @param n     number of samples of the whole run, in [2, {@link #MAX_PARALLEL_SAMPLES}]
     * @param seed  the seed of the run
     * @param chunk the chunk index, in [0, {@link #chunkCount(long) chunkCount(n)})
     * @return the chunk's count, mean of \( f \) and centred sum of squares (not scaled by \( b - a \));
     *         the mean and sum of squares are NaN or infinite when {@code f} returned non-finite values
     *         or values whose squares overflow, and {@link PartialSums#toEstimate(double)} then
     *         throws (so a cluster reports it on the driver, as the local run does)
     * @throws NullPointerException     if {@code f} is null
     * @throws IllegalArgumentException if a bound, {@code n} or {@code chunk} is out of range
     */
    public static PartialSums chunk(DoubleUnaryOperator f, double a, double b, long n, long seed, long chunk) {
        Checks.notNull(f, "f");
        double w = intervalWidth(a, b);
        checkChunk(n, chunk);
        return ChunkedMonteCarlo.runChunk(ChunkedMonteCarlo.uniformKernel(f, a, w), n, seed, chunk);
    }

    /**
     * The sums of \( f \) over chunk {@code chunk} of the run
     * {@link #parallel(ToDoubleFunction, double[], double[], long, long) parallel(f, lower, upper, n, seed)}
     * over a box; as {@link #chunk(DoubleUnaryOperator, double, double, long, long, long)}, with
     * {@link PartialSums#toEstimate(double) toEstimate} of the box's volume
     * \( \prod_j (u_j - l_j) \) ({@link #boxVolume(double[], double[])}).
     *
     * @param f     the integrand; receives a point array reused within the chunk (read it, do not keep it)
     * @param lower lower corner, finite. Not modified.
     * @param upper upper corner, finite, {@code upper[j] > lower[j]}. Not modified.
     * @param n     number of samples of the whole run, in [2, {@link #MAX_PARALLEL_SAMPLES}]
     * @param seed  the seed of the run
     * @param chunk the chunk index, in [0, {@link #chunkCount(long) chunkCount(n)})
     * @return the chunk's count, mean of \( f \) and centred sum of squares (not scaled by the volume),
     *         non-finite as in {@link #chunk(DoubleUnaryOperator, double, double, long, long, long)}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the box, {@code n} or {@code chunk} is out of range
     */
    public static PartialSums chunk(ToDoubleFunction<double[]> f, double[] lower, double[] upper, long n, long seed,
                                    long chunk) {
        Checks.notNull(f, "f");
        boxVolume(lower, upper);
        checkChunk(n, chunk);
        return ChunkedMonteCarlo.runChunk(ChunkedMonteCarlo.boxKernel(f, lower, upper), n, seed, chunk);
    }

    private static void checkChunk(long n, long chunk) {
        long chunks = chunkCount(n);
        if (chunk < 0 || chunk >= chunks) {
            throw new IllegalArgumentException("chunk must be in [0, " + chunks + ") for n = " + n + ", was " + chunk);
        }
    }

    // ---------------------------------------------------------------- bounds

    /** The start of the message for a sample whose sums are not finite. */
    static final String NON_FINITE_SUMS = "f must return finite values with finite squares; the sample sums were ";

    /** Checks the integrand and the generator, then the interval; returns its width. */
    private static double checkedWidth(Object f, RandomGenerator rng, double a, double b) {
        Checks.notNull(f, "f");
        Checks.notNull(rng, "rng");
        return intervalWidth(a, b);
    }

    /** Checks the integrand and the generator, then the box; returns its volume. */
    private static double checkedVolume(Object f, RandomGenerator rng, double[] lower, double[] upper) {
        Checks.notNull(f, "f");
        Checks.notNull(rng, "rng");
        return boxVolume(lower, upper);
    }

    /**
     * The width \( b - a \) of an integration interval, after the checks every method here
     * applies to its bounds: both finite, \( a &lt; b \), and \( b - a \) finite.
     *
     * @param a lower bound
     * @param b upper bound
     * @return \( b - a \), finite and \( &gt; 0 \)
     * @throws IllegalArgumentException if a bound is not finite, \( a \ge b \), or \( b - a \) overflows
     */
    public static double intervalWidth(double a, double b) {
        if (!Double.isFinite(a)) {
            throw new IllegalArgumentException("a must be finite, was " + a
                    + " (for an infinite range use an expectation or importance sampling)");
        }
        if (!Double.isFinite(b)) {
            throw new IllegalArgumentException("b must be finite, was " + b
                    + " (for an infinite range use an expectation or importance sampling)");
        }
        if (!(a < b)) {
            throw new IllegalArgumentException("a must be < b, was a = " + a + ", b = " + b);
        }
        double w = b - a;
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("b - a must be finite, was " + w + " (a = " + a + ", b = " + b + ")");
        }
        return w;
    }

    /**
     * The volume \( V = \prod_j (u_j - l_j) \) of an integration box, after the checks every
     * method here applies to its corners: same non-zero length, finite, \( l_j &lt; u_j \), and
     * \( 0 &lt; V &lt; \infty \).
     *
     * @param lower lower corner. Not modified.
     * @param upper upper corner. Not modified.
     * @return the volume
     * @throws NullPointerException     if a corner is null
     * @throws IllegalArgumentException if the corners are empty, differ in length, are not finite,
     *                                  some {@code lower[j] >= upper[j]}, or the volume is 0 or infinite
     */
    public static double boxVolume(double[] lower, double[] upper) {
        Checks.nonEmpty(lower, "lower");
        Checks.notNull(upper, "upper");
        Checks.sameLength(lower.length, "lower", upper.length, "upper");
        Checks.allFinite(lower, "lower");
        Checks.allFinite(upper, "upper");
        double volume = 1;
        for (int j = 0; j < lower.length; j++) {
            if (!(lower[j] < upper[j])) {
                throw new IllegalArgumentException("lower[" + j + "] must be < upper[" + j + "], was "
                        + lower[j] + " and " + upper[j]);
            }
            volume *= upper[j] - lower[j];
        }
        if (!(volume > 0 && volume < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the volume of the box must be finite and > 0, was " + volume);
        }
        return volume;
    }
}
