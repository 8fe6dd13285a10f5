package dev.statlearn.stats.montecarlo;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import dev.statlearn.stats.distribution.MultivariateDistribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
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
        Checks.notNull(f, "f");
        Checks.notNull(rng, "rng");
        double w = checkInterval(a, b);
        Checks.atLeast(n, 2, "n");
        double k = f.applyAsDouble(a + w * rng.nextDouble());
        double s1 = 0;
        double s2 = 0;
        for (int i = 1; i < n; i++) {
            double d = f.applyAsDouble(a + w * rng.nextDouble()) - k;
            s1 += d;
            s2 += d * d;
        }
        return fromShiftedSums(w, k, s1, s2, n);
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
        Checks.notNull(f, "f");
        Checks.notNull(rng, "rng");
        double volume = checkBox(lower, upper);
        Checks.atLeast(n, 2, "n");
        int d = lower.length;
        double[] lo = lower.clone();
        double[] width = new double[d];
        for (int j = 0; j < d; j++) {
            width[j] = upper[j] - lower[j];
        }
        double[] x = new double[d];
        fill(x, lo, width, rng);
        double k = f.applyAsDouble(x);
        double s1 = 0;
        double s2 = 0;
        for (int i = 1; i < n; i++) {
            fill(x, lo, width, rng);
            double dv = f.applyAsDouble(x) - k;
            s1 += dv;
            s2 += dv * dv;
        }
        return fromShiftedSums(volume, k, s1, s2, n);
    }

    private static void fill(double[] x, double[] lo, double[] width, RandomGenerator rng) {
        for (int j = 0; j < x.length; j++) {
            x[j] = lo[j] + width[j] * rng.nextDouble();
        }
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
        Checks.notNull(f, "f");
        Checks.notNull(rng, "rng");
        checkInterval(a, b);
        Checks.atLeast(sampleSize, 2, "sampleSize");
        Checks.atLeast(replications, 2, "replications");
        Checks.arrayLength(replications, "replications");
        List<Estimate> est = new ArrayList<>(replications);
        for (int r = 0; r < replications; r++) {
            est.add(integrate(f, a, b, sampleSize, rng));
        }
        return new Replication(est);
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
        Checks.notNull(f, "f");
        Checks.notNull(rng, "rng");
        double w = checkInterval(a, b);
        Checks.atLeast(maxSamples, 100, "maxSamples");
        List<Estimate> out = new ArrayList<>();
        double k = f.applyAsDouble(a + w * rng.nextDouble());
        double s1 = 0;
        double s2 = 0;
        long next = 100;
        for (int i = 1; i < maxSamples; i++) {
            double d = f.applyAsDouble(a + w * rng.nextDouble()) - k;
            s1 += d;
            s2 += d * d;
            if (i + 1 == next) {
                out.add(fromShiftedSums(w, k, s1, s2, i + 1));
                next *= 10;
            }
        }
        if (next / 10 != maxSamples) {
            out.add(fromShiftedSums(w, k, s1, s2, maxSamples));
        }
        return Collections.unmodifiableList(out);
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
        Checks.notNull(f, "f");
        Checks.notNull(sampler, "sampler");
        Checks.notNull(rng, "rng");
        Checks.atLeast(n, 2, "n");
        return meanOfDraws(() -> f.applyAsDouble(sampler.applyAsDouble(rng)), n);
    }

    /** Sample mean and its standard error of {@code n} draws, by shifted sums (first draw as shift). */
    private static Estimate meanOfDraws(DoubleSupplier draw, int n) {
        double k = draw.getAsDouble();
        double s1 = 0;
        double s2 = 0;
        for (int i = 1; i < n; i++) {
            double d = draw.getAsDouble() - k;
            s1 += d;
            s2 += d * d;
        }
        return fromShiftedSums(1, k, s1, s2, n);
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
        Checks.notNull(f, "f");
        Checks.notNull(distribution, "distribution");
        Checks.notNull(rng, "rng");
        Checks.atLeast(n, 2, "n");
        return meanOfDraws(() -> f.applyAsDouble(distribution.sample(rng)), n);
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
        Checks.notNull(f, "f");
        Checks.notNull(distribution, "distribution");
        Checks.notNull(rng, "rng");
        Checks.atLeast(n, 2, "n");
        return meanOfDraws(() -> f.applyAsDouble(distribution.sample(rng)), n);
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
        double sw = 0;
        double sww = 0;
        double k = 0;
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double x = proposal.sample(rng);
            double lq = proposal.logDensity(x);
            if (lq == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("the proposal drew x = " + x + " where its own density is 0");
            }
            double w = Math.exp(target.logDensity(x) - lq);
            double y = w == 0 ? 0 : w * f.applyAsDouble(x);
            sw += w;
            sww += w * w;
            if (i == 0) {
                k = y;
            } else {
                double d = y - k;
                s1 += d;
                s2 += d * d;
            }
        }
        if (!Double.isFinite(sw) || !Double.isFinite(sww)) {
            throw new IllegalArgumentException("the importance weights p/q must be finite with finite squares; "
                    + "their sums were " + sw + " and " + sww + " (the proposal's tails are too light)");
        }
        if (sw == 0) {
            throw new IllegalArgumentException(
                    "every importance weight was 0: the proposal put no mass where the target has density");
        }
        Estimate e = fromShiftedSums(1, k, s1, s2, n);
        return new ImportanceEstimate(e, Math.min(n, sw * sw / sww));
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
        double k = 0;
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double x = proposal.sample(rng);
            double q = proposal.density(x);
            if (!(q > 0)) {
                throw new IllegalArgumentException("the proposal drew x = " + x + " where its density is " + q);
            }
            double y = f.applyAsDouble(x) / q;
            if (i == 0) {
                k = y;
            } else {
                double d = y - k;
                s1 += d;
                s2 += d * d;
            }
        }
        return fromShiftedSums(1, k, s1, s2, n);
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
        Checks.notNull(f, "f");
        Checks.notNull(rng, "rng");
        double w = checkInterval(a, b);
        Checks.atLeast(n, 4, "n");
        int pairs = n / 2;
        double u0 = w * rng.nextDouble();
        double k = 0.5 * (f.applyAsDouble(a + u0) + f.applyAsDouble(b - u0));
        double s1 = 0;
        double s2 = 0;
        for (int i = 1; i < pairs; i++) {
            double u = w * rng.nextDouble();
            double d = 0.5 * (f.applyAsDouble(a + u) + f.applyAsDouble(b - u)) - k;
            s1 += d;
            s2 += d * d;
        }
        Estimate e = fromShiftedSums(w, k, s1, s2, pairs);
        return new Estimate(e.value(), e.standardError(), 2L * pairs);
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
        double w = checkInterval(a, b);
        Checks.finite(gIntegral, "gIntegral");
        Checks.atLeast(n, 3, "n");
        double x0 = a + w * rng.nextDouble();
        double ky = f.applyAsDouble(x0);
        double kc = g.applyAsDouble(x0);
        double sy = 0;
        double sc = 0;
        double syy = 0;
        double scc = 0;
        double syc = 0;
        for (int i = 1; i < n; i++) {
            double x = a + w * rng.nextDouble();
            double dy = f.applyAsDouble(x) - ky;
            double dc = g.applyAsDouble(x) - kc;
            sy += dy;
            sc += dc;
            syy += dy * dy;
            scc += dc * dc;
            syc += dy * dc;
        }
        if (!Double.isFinite(sy + syy) || !Double.isFinite(sc + scc + syc)) {
            throw new IllegalArgumentException(
                    "f and g must return finite values with finite squares on [a, b]; the sample sums were "
                            + (sy + syy) + " and " + (sc + scc + syc));
        }
        double meanY = ky + sy / n;
        double meanC = kc + sc / n;
        double cyy = Math.max(0, syy - sy * sy / n);
        double ccc = Math.max(0, scc - sc * sc / n);
        double cyc = syc - sy * sc / n;
        double beta = ccc > 0 ? cyc / ccc : 0;
        double rss = Math.max(0, cyy - beta * cyc);
        double value = w * (meanY - beta * (meanC - gIntegral / w));
        if (!Double.isFinite(value)) {
            // a subnormal width makes gIntegral / w overflow (then 0 * inf); same value, regrouped
            value = w * (meanY - beta * meanC) + beta * gIntegral;
        }
        double se = w * Math.sqrt(rss / ((n - 2.0) * n));
        return new Estimate(value, se, n);
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
        Checks.notNull(f, "f");
        Checks.notNull(rng, "rng");
        double w = checkInterval(a, b);
        Checks.positive(strata, "strata");
        if (n / 2 < strata) {
            throw new IllegalArgumentException(
                    "n must be >= 2 * strata = " + (2L * strata) + " (2 samples per stratum), was " + n);
        }
        int per = n / strata;
        double h = w / strata;
        double value = 0;
        double var = 0;
        for (int j = 0; j < strata; j++) {
            double lo = a + w * j / strata;
            double k = f.applyAsDouble(lo + h * rng.nextDouble());
            double s1 = 0;
            double s2 = 0;
            for (int i = 1; i < per; i++) {
                double d = f.applyAsDouble(lo + h * rng.nextDouble()) - k;
                s1 += d;
                s2 += d * d;
            }
            checkSums(s1, s2);
            value += h * (k + s1 / per);
            var += h * h * Math.max(0, s2 - s1 * s1 / per) / (per - 1.0) / per;
        }
        return new Estimate(value, Math.sqrt(var), (long) per * strata);
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
        Checks.notNull(f, "f");
        Checks.notNull(rng, "rng");
        double w = checkInterval(a, b);
        Checks.positive(n, "n");
        Checks.atLeast(randomizations, 2, "randomizations");
        Checks.arrayLength(randomizations, "randomizations");
        double[] est = new double[randomizations];
        for (int r = 0; r < randomizations; r++) {
            // One-dimensional Sobol points (van der Corput, gray-code order) with a random digital
            // shift, inlined: the same points as Sobol(1).reset(rng) then next1() (see Sobol).
            long shift = rng.nextLong() >>> 12;
            long state = 0;
            double s = f.applyAsDouble(a + w * (shift * 0x1p-52));
            for (int i = 1; i < n; i++) {
                state ^= 1L << (51 - Integer.numberOfTrailingZeros(i));
                s += f.applyAsDouble(a + w * ((state ^ shift) * 0x1p-52));
            }
            est[r] = w * (s / n);
        }
        return fromReplicates(est, (long) n * randomizations);
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
        Checks.notNull(f, "f");
        Checks.notNull(rng, "rng");
        double volume = checkBox(lower, upper);
        Checks.positive(n, "n");
        Checks.atLeast(randomizations, 2, "randomizations");
        Checks.arrayLength(randomizations, "randomizations");
        int d = lower.length;
        if (d > Sobol.MAX_DIMENSION) {
            throw new IllegalArgumentException(
                    "lower has " + d + " dimensions but Sobol points are available up to " + Sobol.MAX_DIMENSION);
        }
        double[] lo = lower.clone();
        double[] width = new double[d];
        for (int j = 0; j < d; j++) {
            width[j] = upper[j] - lower[j];
        }
        Sobol sobol = new Sobol(d);
        double[] u = new double[d];
        double[] x = new double[d];
        double[] est = new double[randomizations];
        for (int r = 0; r < randomizations; r++) {
            sobol.reset(rng);
            double s = 0;
            for (int i = 0; i < n; i++) {
                sobol.next(u);
                for (int j = 0; j < d; j++) {
                    x[j] = lo[j] + width[j] * u[j];
                }
                s += f.applyAsDouble(x);
            }
            est[r] = volume * (s / n);
        }
        return fromReplicates(est, (long) n * randomizations);
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
        double w = checkInterval(a, b);
        return runChunks(n, seed, null, w, uniformKernel(f, a, w));
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
        double w = checkInterval(a, b);
        return runChunks(n, seed, executor, w, uniformKernel(f, a, w));
    }

    /** One chunk of the one-dimensional integrator: {@code size} points uniform on [a, a + w). */
    private static ChunkKernel uniformKernel(DoubleUnaryOperator f, double a, double w) {
        return (rng, size) -> {
            double k = f.applyAsDouble(a + w * rng.nextDouble());
            double s1 = 0;
            double s2 = 0;
            for (int i = 1; i < size; i++) {
                double d = f.applyAsDouble(a + w * rng.nextDouble()) - k;
                s1 += d;
                s2 += d * d;
            }
            return Partial.of(size, k, s1, s2);
        };
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
        double volume = checkBox(lower, upper);
        return runChunks(n, seed, null, volume, boxKernel(f, lower, upper));
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
        double volume = checkBox(lower, upper);
        return runChunks(n, seed, executor, volume, boxKernel(f, lower, upper));
    }

    /** One chunk of the box integrator; copies the (checked) corners. */
    private static ChunkKernel boxKernel(ToDoubleFunction<double[]> f, double[] lower, double[] upper) {
        int d = lower.length;
        double[] lo = lower.clone();
        double[] width = new double[d];
        for (int j = 0; j < d; j++) {
            width[j] = upper[j] - lower[j];
        }
        return (rng, size) -> {
            double[] x = new double[d];
            fill(x, lo, width, rng);
            double k = f.applyAsDouble(x);
            double s1 = 0;
            double s2 = 0;
            for (int i = 1; i < size; i++) {
                fill(x, lo, width, rng);
                double dv = f.applyAsDouble(x) - k;
                s1 += dv;
                s2 += dv * dv;
            }
            return Partial.of(size, k, s1, s2);
        };
    }

    /** Work of one chunk: draw {@code size} samples from {@code rng} and return their sums. */
    @FunctionalInterface
    private interface ChunkKernel {
        Partial run(RandomGenerator rng, int size);
    }

    /** One chunk's count, mean and centred sum of squares. */
    private record Partial(int count, double mean, double m2) {
        static Partial of(int size, double k, double s1, double s2) {
            return new Partial(size, k + s1 / size, Math.max(0, s2 - s1 * s1 / size));
        }
    }

    /**
     * Chunks in flight at once: the next chunk is submitted when the oldest one has been folded
     * in, so memory stays bounded whatever {@code n}; enough to keep any realistic pool busy.
     */
    private static final int CHUNKS_IN_FLIGHT = 256;

    /**
     * Runs the chunks of {@code n} samples and folds them in chunk order. With an executor, one
     * task per chunk on it, at most {@link #CHUNKS_IN_FLIGHT} at a time; with {@code null}, the
     * calling thread and the common pool's workers share batches of that many chunks.
     */
    private static Estimate runChunks(long n, long seed, Executor executor, double scale, ChunkKernel kernel) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be >= 2, was " + n);
        }
        if (n > MAX_PARALLEL_SAMPLES) {
            throw new IllegalArgumentException("n must be <= " + MAX_PARALLEL_SAMPLES
                    + " (2^31 - 1 chunks of " + CHUNK_SIZE + "), was " + n);
        }
        long chunks = (n - 1) / CHUNK_SIZE + 1;
        int window = (int) Math.min(CHUNKS_IN_FLIGHT, chunks);
        @SuppressWarnings({"unchecked", "rawtypes"})
        CompletableFuture<Partial>[] inFlight = executor == null ? null : new CompletableFuture[window];
        for (int c = 0; executor != null && c < window; c++) {
            inFlight[c] = submit(kernel, n, seed, c, executor);
        }
        Partial[] batch = executor == null ? new Partial[window] : null;
        // fold the chunks in chunk order (Chan, Golub and LeVeque's pairwise update); with an
        // executor, chunk c + window is submitted as soon as chunk c has been taken
        long count = 0;
        double mean = 0;
        double m2 = 0;
        for (long c = 0; c < chunks; c++) {
            int slot = (int) (c % window);
            Partial part;
            if (executor == null) {
                if (slot == 0) {
                    SharedBatch.run(kernel, n, seed, c, (int) Math.min(window, chunks - c), batch);
                }
                part = batch[slot];
            } else {
                part = await(inFlight[slot]);
                inFlight[slot] = c + window < chunks ? submit(kernel, n, seed, c + window, executor) : null;
            }
            if (c == 0) {
                count = part.count();
                mean = part.mean();
                m2 = part.m2();
                continue;
            }
            long nb = part.count();
            long total = count + nb;
            double delta = part.mean() - mean;
            mean += delta * ((double) nb / total);
            m2 += part.m2() + delta * delta * ((double) count * nb / total);
            count = total;
        }
        if (!Double.isFinite(mean) || !Double.isFinite(m2)) {
            throw new IllegalArgumentException(
                    "f must return finite values with finite squares; the sample mean was "
                            + mean + " and the sum of squares " + m2);
        }
        return new Estimate(scale * mean, scale * Math.sqrt(m2 / (count - 1.0) / count), count);
    }

    private static CompletableFuture<Partial> submit(ChunkKernel kernel, long n, long seed, long chunk,
                                                     Executor executor) {
        return CompletableFuture.supplyAsync(() -> runChunk(kernel, n, seed, chunk), executor);
    }

    private static Partial runChunk(ChunkKernel kernel, long n, long seed, long chunk) {
        int size = (int) Math.min(CHUNK_SIZE, n - chunk * CHUNK_SIZE);
        return kernel.run(Randomness.stream(seed, chunk), size);
    }

    /**
     * One batch of chunks computed by the calling thread together with up to
     * {@link ForkJoinPool#getCommonPoolParallelism()} helper tasks on the common pool. Workers
     * claim chunk indices from a counter; the caller waits only for helpers that actually started
     * (a helper that starts after the batch is closed does nothing), so a busy common pool never
     * delays the caller beyond its own share of the work. The first exception thrown by the
     * integrand stops the batch and is rethrown on the calling thread.
     */
    private static final class SharedBatch implements Runnable {
        private final ChunkKernel kernel;
        private final long n;
        private final long seed;
        private final long first;
        private final int size;
        private final Partial[] out;
        private final java.util.concurrent.atomic.AtomicInteger next =
                new java.util.concurrent.atomic.AtomicInteger();
        private int active;
        private boolean closed;
        private Throwable failure;

        private SharedBatch(ChunkKernel kernel, long n, long seed, long first, int size, Partial[] out) {
            this.kernel = kernel;
            this.n = n;
            this.seed = seed;
            this.first = first;
            this.size = size;
            this.out = out;
        }

        static void run(ChunkKernel kernel, long n, long seed, long first, int size, Partial[] out) {
            SharedBatch batch = new SharedBatch(kernel, n, seed, first, size, out);
            int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), size - 1);
            for (int h = 0; h < helpers; h++) {
                ForkJoinPool.commonPool().execute(batch);
            }
            batch.run();
            batch.closeAndAwait();
        }

        @Override
        public void run() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                active++;
            }
            try {
                for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                    out[i] = runChunk(kernel, n, seed, first + i);
                }
            } catch (RuntimeException | Error e) {
                next.set(size);   // the others stop after their current chunk
                synchronized (this) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            } finally {
                synchronized (this) {
                    if (--active == 0) {
                        notifyAll();
                    }
                }
            }
        }

        private void closeAndAwait() {
            boolean interrupted = false;
            synchronized (this) {
                closed = true;
                while (active > 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;   // the helpers' chunks are short: finish waiting
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure instanceof RuntimeException) {
                throw (RuntimeException) failure;
            }
            if (failure instanceof Error) {
                throw (Error) failure;
            }
        }
    }

    private static Partial await(CompletableFuture<Partial> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- helpers

    static double checkInterval(double a, double b) {
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

    private static double checkBox(double[] lower, double[] upper) {
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

    private static void checkSums(double s1, double s2) {
        if (!Double.isFinite(s1) || !Double.isFinite(s2)) {
            throw new IllegalArgumentException(
                    "f must return finite values with finite squares; the sample sums were "
                            + s1 + " and " + s2);
        }
    }

    /** Estimate scale * mean(Y) from sums of Y - k and (Y - k)^2. */
    static Estimate fromShiftedSums(double scale, double k, double s1, double s2, long n) {
        checkSums(k + s1, s2);
        double mean = k + s1 / n;
        double m2 = Math.max(0, s2 - s1 * s1 / n);
        return new Estimate(scale * mean, scale * Math.sqrt(m2 / (n - 1.0) / n), n);
    }

    static Estimate fromReplicates(double[] est, long samples) {
        double mean = mean(est);
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("f must return finite values; the estimates' mean was " + mean);
        }
        return new Estimate(mean, Math.sqrt(variance(est, mean) / est.length), samples);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x, double mean) {
        double s = 0;
        for (double v : x) {
            double d = v - mean;
            s += d * d;
        }
        return s / (x.length - 1);
    }
}
