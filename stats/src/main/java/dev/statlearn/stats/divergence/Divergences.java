package dev.statlearn.stats.divergence;

import dev.statlearn.core.Checks;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.Dirichlet;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.InverseGamma;
import dev.statlearn.stats.distribution.Laplace;
import dev.statlearn.stats.distribution.LogNormal;
import dev.statlearn.stats.distribution.MultivariateDistribution;
import dev.statlearn.stats.distribution.MultivariateNormal;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.distribution.Uniform;
import dev.statlearn.stats.montecarlo.Estimate;
import java.util.random.RandomGenerator;

/**
 * Divergences and distances between probability distributions.
 *
 * <h2>Discrete distributions</h2>
 * Distributions on \( k \) categories are probability arrays: non-negative, summing to 1 within
 * \( 10^{-9} \), and of the same length when two are compared (each check has its own message).
 * Logarithms are natural (nats) unless a base is given; \( 0 \log 0 = 0 \) and
 * \( 0 \log(0/q) = 0 \). Weights that do not sum to 1 are rejected unless normalisation is asked
 * for explicitly: {@link #normalize(double[])}, or the overloads taking
 * {@link Normalization#DIVIDE_BY_SUM} (as {@code scipy.stats.entropy}, which normalises silently).
 * <table class="striped">
 *   <caption>Discrete divergences</caption>
 *   <tr><th>method</th><th>formula</th><th>range</th></tr>
 *   <tr><td>{@link #entropy(double[]) entropy}</td><td>\( H(p) = -\sum_i p_i \log p_i \)</td>
 *       <td>\( [0, \log k] \)</td></tr>
 *   <tr><td>{@link #crossEntropy(double[], double[]) crossEntropy}</td>
 *       <td>\( H(p, q) = -\sum_i p_i \log q_i \)</td><td>\( [H(p), \infty] \)</td></tr>
 *   <tr><td>{@link #kl(double[], double[]) kl}</td>
 *       <td>\( D_{KL}(p \| q) = \sum_i p_i \log(p_i / q_i) = H(p, q) - H(p) \)</td>
 *       <td>\( [0, \infty] \), \( +\infty \) when some \( q_i = 0 &lt; p_i \)</td></tr>
 *   <tr><td>{@link #totalVariation(double[], double[]) totalVariation}</td>
 *       <td>\( \tfrac12 \sum_i |p_i - q_i| \)</td><td>\( [0, 1] \)</td></tr>
 *   <tr><td>{@link #jensenShannon(double[], double[]) jensenShannon}</td>
 *       <td>\( \tfrac12 D_{KL}(p \| m) + \tfrac12 D_{KL}(q \| m) \), \( m = (p + q)/2 \)</td>
 *       <td>\( [0, \log 2] \)</td></tr>
 *   <tr><td>{@link #jensenShannonDistance(double[], double[]) jensenShannonDistance}</td>
 *       <td>its square root (SciPy's {@code jensenshannon})</td><td>\( [0, \sqrt{\log 2}] \)</td></tr>
 *   <tr><td>{@link #hellinger(double[], double[]) hellinger}</td>
 *       <td>\( \sqrt{1 - \sum_i \sqrt{p_i q_i}} \)</td><td>\( [0, 1] \)</td></tr>
 * </table>
 *
 * <h2>Samples</h2>
 * {@link #wasserstein1(double[], double[])} is the 1-Wasserstein (earth mover's) distance between
 * the empirical distributions of two samples, \( \int |F_u(x) - F_v(x)|\,dx \), equal to
 * {@code scipy.stats.wasserstein_distance}; weighted and discrete-support forms are provided.
 * {@link #differentialEntropy(double[])} estimates the differential entropy of the distribution
 * behind a sample from its spacings, as {@code scipy.stats.differential_entropy} (estimators on
 * {@link SpacingEstimator}).
 *
 * <h2>Parametric and continuous distributions</h2>
 * Closed forms: {@link #kl(Normal, Normal)}, {@link #hellinger(Normal, Normal)},
 * {@link #wasserstein2(Normal, Normal)}, {@link #kl(MultivariateNormal, MultivariateNormal)},
 * {@link #kl(Categorical, Categorical)}, and as {@code torch.distributions.kl_divergence} the
 * Kullback–Leibler divergences within the gamma, inverse gamma, beta, exponential, Laplace,
 * log-normal, uniform, Poisson, binomial and Dirichlet families ({@code kl(Gamma, Gamma)} and so
 * on). When the first distribution puts mass where the second has none (uniforms that do not nest,
 * a binomial with more trials than the second) the divergence is \( +\infty \), never an
 * exception. Without a closed form:
 * {@link #totalVariation(ContinuousDistribution, ContinuousDistribution)} by adaptive quadrature
 * and {@link #klMonteCarlo(ContinuousDistribution, ContinuousDistribution, int, RandomGenerator)}
 * by Monte Carlo, returning an {@link Estimate} with its standard error.
 *
 * <p>All methods are pure and thread-safe; arrays are never modified.
 *
 * @since 0.1
 */
public final class Divergences {

    // This class checks the arguments and delegates, one package-private class per concept:
    // DiscreteDivergences (the sums over probability vectors), SpacingEntropy (differential
    // entropy from spacings), EmpiricalWasserstein (W1 of samples), ClosedForms (by family),
    // QuadratureTotalVariation (continuous, by quadrature) and MonteCarloKl (sample-based).

    /** Tolerance on \( |\sum_i p_i - 1| \) for probability arrays. */
    public static final double SUM_TOLERANCE = 1e-9;

    private static final double LN2 = Math.log(2);

    private Divergences() {
    }

    // ---------------------------------------------------------------- entropy family

    /**
     * Shannon entropy \( H(p) = -\sum_i p_i \ln p_i \) in nats (as {@code scipy.stats.entropy(p)}).
     * Zero for a point mass, \( \ln k \) for the uniform distribution on \( k \) categories.
     *
     * @param p probabilities. Not modified.
     * @return the entropy, \( \ge 0 \)
     * @throws NullPointerException     if {@code p} is null
     * @throws IllegalArgumentException if {@code p} is empty, has a value outside [0, 1] (or
     *                                  NaN), or does not sum to 1 within {@value #SUM_TOLERANCE}
     */
    public static double entropy(double[] p) {
        checkDistribution(p, "p");
        return DiscreteDivergences.entropySum(p);
    }

    /**
     * Shannon entropy in the given base: \( H(p) / \ln(\mathrm{base}) \) (bits for base 2).
     *
     * @param p    probabilities. Not modified.
     * @param base logarithm base, finite, \( &gt; 0 \) and \( \ne 1 \)
     * @return the entropy in units of {@code base}
     * @throws NullPointerException     if {@code p} is null
     * @throws IllegalArgumentException as {@link #entropy(double[])}, or for an invalid base
     */
    public static double entropy(double[] p, double base) {
        double lb = logBase(base);
        return entropy(p) / lb;
    }

    /**
     * Cross-entropy \( H(p, q) = -\sum_i p_i \ln q_i \) in nats; terms with \( p_i = 0 \) are 0,
     * and the result is \( +\infty \) when some \( q_i = 0 &lt; p_i \). Minimising the negative
     * log-likelihood of a model \( q \) on data with empirical distribution \( p \) minimises it.
     *
     * @param p the reference distribution. Not modified.
     * @param q the model distribution. Not modified.
     * @return the cross-entropy, \( \ge H(p) \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector (see
     *                                  {@link #entropy(double[])}) or their lengths differ
     */
    public static double crossEntropy(double[] p, double[] q) {
        checkPair(p, q);
        return DiscreteDivergences.crossEntropySum(p, q);
    }

    /**
     * Cross-entropy in the given base.
     *
     * @param p    the reference distribution. Not modified.
     * @param q    the model distribution. Not modified.
     * @param base logarithm base, finite, \( &gt; 0 \) and \( \ne 1 \)
     * @return \( H(p, q) / \ln(\mathrm{base}) \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #crossEntropy(double[], double[])}, or for an invalid base
     */
    public static double crossEntropy(double[] p, double[] q, double base) {
        double lb = logBase(base);
        return crossEntropy(p, q) / lb;
    }

    /**
     * Kullback–Leibler divergence \( D_{KL}(p \| q) = \sum_i p_i \ln(p_i / q_i) \) in nats (as
     * {@code scipy.stats.entropy(p, q)}, summing {@code scipy.special.rel_entr}). Not symmetric.
     * Zero if and only if \( p = q \); \( +\infty \) when some \( q_i = 0 &lt; p_i \). The identity
     * \( D_{KL}(p \| q) = H(p, q) - H(p) \) holds up to rounding.
     *
     * @param p the reference distribution. Not modified.
     * @param q the approximating distribution. Not modified.
     * @return the divergence, \( \ge 0 \) (possibly infinite)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector or their
     *                                  lengths differ
     */
    public static double kl(double[] p, double[] q) {
        Checks.notNull(p, "p");
        Checks.notNull(q, "q");
        Checks.sameLength(p.length, "p", q.length, "q");
        // checks and sum in one pass over blocks; on any failed check the full checks run and
        // throw with the same message, in the same order, as checkPair
        double value = DiscreteDivergences.klSumIfValid(p, q, SUM_TOLERANCE);
        if (Double.isNaN(value)) {
            checkPair(p, q);
            return DiscreteDivergences.klSum(p, q);
        }
        return value;
    }

    /**
     * Kullback–Leibler divergence in the given base (bits for base 2).
     *
     * @param p    the reference distribution. Not modified.
     * @param q    the approximating distribution. Not modified.
     * @param base logarithm base, finite, \( &gt; 0 \) and \( \ne 1 \)
     * @return \( D_{KL}(p \| q) / \ln(\mathrm{base}) \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #kl(double[], double[])}, or for an invalid base
     */
    public static double kl(double[] p, double[] q, double base) {
        double lb = logBase(base);
        return kl(p, q) / lb;
    }

    // ---------------------------------------------------------------- unnormalised inputs

    /**
     * Weights divided by their sum, \( p_i = w_i / \sum_j w_j \): the explicit normalisation that
     * {@code scipy.stats.entropy} applies silently. Computed as \( (w_i/M) / \sum_j (w_j/M) \) with
     * \( M = \max_j w_j \), so that sums beyond the double range still work.
     *
     * @param weights non-negative finite weights with a positive sum. Not modified.
     * @return a new array summing to 1 up to rounding
     * @throws NullPointerException     if {@code weights} is null
     * @throws IllegalArgumentException if it is empty, has a negative, NaN or infinite value, or
     *                                  all values are 0
     */
    public static double[] normalize(double[] weights) {
        Checks.nonEmpty(weights, "weights");
        double max = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weights[" + i + "] must be >= 0 and finite, was " + w);
            }
            max = Math.max(max, w);
        }
        if (max == 0) {
            throw new IllegalArgumentException("weights must have a positive sum, but every weight was 0");
        }
        double[] p = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = weights[i] / max;
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * Shannon entropy in nats, of a probability vector ({@link Normalization#REQUIRE_SUM_ONE}, as
     * {@link #entropy(double[])}) or of weights divided by their sum
     * ({@link Normalization#DIVIDE_BY_SUM}, as {@code scipy.stats.entropy(pk)}):
     * \( H = -\sum_i p_i \ln p_i \), \( p = \) {@link #normalize(double[]) normalize}\( (w) \).
     *
     * @param pk            probabilities or weights. Not modified.
     * @param normalization what {@code pk} must be
     * @return the entropy, \( \ge 0 \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code pk} does not satisfy {@code normalization}
     */
    public static double entropy(double[] pk, Normalization normalization) {
        return entropy(prepare(pk, "pk", normalization));
    }

    /**
     * Cross-entropy \( H(p, q) = -\sum_i p_i \ln q_i \) in nats, of probability vectors or of
     * weights each divided by its sum (see {@link Normalization}).
     *
     * @param pk            the reference probabilities or weights. Not modified.
     * @param qk            the model probabilities or weights, same length. Not modified.
     * @param normalization what {@code pk} and {@code qk} must be
     * @return the cross-entropy, possibly \( +\infty \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ or an array does not satisfy
     *                                  {@code normalization}
     */
    public static double crossEntropy(double[] pk, double[] qk, Normalization normalization) {
        Checks.notNull(pk, "pk");
        Checks.notNull(qk, "qk");
        Checks.sameLength(pk.length, "pk", qk.length, "qk");
        return crossEntropy(prepare(pk, "pk", normalization), prepare(qk, "qk", normalization));
    }

    /**
     * Kullback–Leibler divergence \( \sum_i p_i \ln(p_i / q_i) \) in nats, of probability vectors
     * or of weights each divided by its sum ({@link Normalization#DIVIDE_BY_SUM}, as
     * {@code scipy.stats.entropy(pk, qk)}).
     *
     * @param pk            the reference probabilities or weights. Not modified.
     * @param qk            the approximating probabilities or weights, same length. Not modified.
     * @param normalization what {@code pk} and {@code qk} must be
     * @return the divergence, \( \ge 0 \), possibly \( +\infty \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the lengths differ or an array does not satisfy
     *                                  {@code normalization}
     */
    public static double kl(double[] pk, double[] qk, Normalization normalization) {
        Checks.notNull(pk, "pk");
        Checks.notNull(qk, "qk");
        Checks.sameLength(pk.length, "pk", qk.length, "qk");
        return kl(prepare(pk, "pk", normalization), prepare(qk, "qk", normalization));
    }

    private static double[] prepare(double[] x, String name, Normalization normalization) {
        Checks.notNull(x, name);
        Checks.notNull(normalization, "normalization");
        if (normalization == Normalization.REQUIRE_SUM_ONE) {
            return checkDistribution(x, name);
        }
        try {
            return normalize(x);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("weights", name), e);
        }
    }

    // ---------------------------------------------------------------- differential entropy

    /**
     * Differential entropy of the distribution a sample was drawn from, estimated from the sample's
     * \( m \)-spacings with SciPy's defaults: the window \( m = \lfloor\sqrt n + 1/2\rfloor \) and the
     * estimator {@link SpacingEstimator#forSampleSize(int)} picks (van Es for \( n \le 10 \),
     * Ebrahimi for \( n \le 1000 \), Vasicek above), as
     * {@code scipy.stats.differential_entropy(sample)} (SciPy 1.10.1). Nats; it estimates
     * \( h(f) = -\int f \ln f \), which may be negative.
     *
     * @param sample at least 5 finite values (the default window needs \( 2m &lt; n \)). Not modified.
     * @return the estimate; \( -\infty \) when a spacing it uses is 0 (many tied values), as SciPy
     * @throws NullPointerException     if {@code sample} is null
     * @throws IllegalArgumentException if the sample has fewer than 5 values or a non-finite value
     */
    public static double differentialEntropy(double[] sample) {
        Checks.finiteNonEmpty(sample, "sample");
        int n = sample.length;
        if (n < 5) {
            throw new IllegalArgumentException("sample must have at least 5 values (the default window"
                    + " floor(sqrt(n) + 0.5) must be less than n/2), had " + n);
        }
        return differentialEntropy(sample, SpacingEstimator.forSampleSize(n), SpacingEntropy.defaultWindow(n));
    }

    /**
     * Differential entropy of a sample by the given spacing estimator with the default window
     * \( m = \lfloor\sqrt n + 1/2\rfloor \), as
     * {@code scipy.stats.differential_entropy(sample, method=...)}.
     *
     * @param sample    at least 5 finite values. Not modified.
     * @param estimator the estimator
     * @return the estimate in nats; \( -\infty \) when a spacing it uses is 0
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the sample has fewer than 5 values or a non-finite value
     */
    public static double differentialEntropy(double[] sample, SpacingEstimator estimator) {
        Checks.finiteNonEmpty(sample, "sample");
        Checks.notNull(estimator, "estimator");
        int n = sample.length;
        if (n < 5) {
            throw new IllegalArgumentException("sample must have at least 5 values (the default window"
                    + " floor(sqrt(n) + 0.5) must be less than n/2), had " + n);
        }
        return differentialEntropy(sample, estimator, SpacingEntropy.defaultWindow(n));
    }

    /**
     * Differential entropy of a sample by an \( m \)-spacing estimator (formulas on
     * {@link SpacingEstimator}), as
     * {@code scipy.stats.differential_entropy(sample, window_length=m, method=...)}. Spacings
     * that overflow the double range are handled through half-spacings. Cost
     * \( O(n \log n) \), \( O(nm) \) for {@link SpacingEstimator#CORREA}.
     *
     * @param sample       finite values, \( n \ge 3 \). Not modified.
     * @param estimator    the estimator
     * @param windowLength the window \( m \), \( 1 \le m &lt; n/2 \)
     * @return the estimate in nats; \( -\infty \) when a spacing it uses is 0 (for Correa, when a
     *         window holds a single distinct value)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a value is not finite or the window is out of range
     */
    public static double differentialEntropy(double[] sample, SpacingEstimator estimator, int windowLength) {
        Checks.finiteNonEmpty(sample, "sample");
        Checks.notNull(estimator, "estimator");
        int n = sample.length;
        int m = windowLength;
        if (!(m >= 1 && 2L * m < n)) {
            throw new IllegalArgumentException("windowLength must be >= 1 and less than half the sample size "
                    + n + ", was " + m);
        }
        return SpacingEntropy.estimate(sample, estimator, m);
    }

    // ---------------------------------------------------------------- distances

    /**
     * Total variation distance \( \tfrac12 \sum_i |p_i - q_i| \), the largest difference of the
     * probabilities the two distributions give to one event. In [0, 1]; 1 when the supports are
     * disjoint.
     *
     * @param p a distribution. Not modified.
     * @param q a distribution. Not modified.
     * @return the distance, in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector or their
     *                                  lengths differ
     */
    public static double totalVariation(double[] p, double[] q) {
        checkPair(p, q);
        return Math.min(1, 0.5 * DiscreteDivergences.absDiffSum(p, q));
    }

    /**
     * Jensen–Shannon divergence \( \tfrac12 D_{KL}(p \| m) + \tfrac12 D_{KL}(q \| m) \) with
     * \( m = (p + q)/2 \), in nats. Symmetric, finite, in \( [0, \ln 2] \); \( \ln 2 \) for disjoint
     * supports.
     *
     * @param p a distribution. Not modified.
     * @param q a distribution. Not modified.
     * @return the divergence, in \( [0, \ln 2] \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector or their
     *                                  lengths differ
     */
    public static double jensenShannon(double[] p, double[] q) {
        checkPair(p, q);
        return Math.max(0, DiscreteDivergences.jsSum(p, q));
    }

    /**
     * Jensen–Shannon divergence in the given base (in [0, 1] for base 2).
     *
     * @param p    a distribution. Not modified.
     * @param q    a distribution. Not modified.
     * @param base logarithm base, finite, \( &gt; 0 \) and \( \ne 1 \)
     * @return the divergence divided by \( \ln(\mathrm{base}) \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #jensenShannon(double[], double[])}, or for an invalid base
     */
    public static double jensenShannon(double[] p, double[] q, double base) {
        double lb = logBase(base);
        return jensenShannon(p, q) / lb;
    }

    /**
     * Jensen–Shannon distance, the square root of {@link #jensenShannon(double[], double[])}; a
     * metric, equal to {@code scipy.spatial.distance.jensenshannon(p, q)}.
     *
     * @param p a distribution. Not modified.
     * @param q a distribution. Not modified.
     * @return the distance, in \( [0, \sqrt{\ln 2}] \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector or their
     *                                  lengths differ
     */
    public static double jensenShannonDistance(double[] p, double[] q) {
        return Math.sqrt(jensenShannon(p, q));
    }

    /**
     * Jensen–Shannon distance in the given base, equal to
     * {@code scipy.spatial.distance.jensenshannon(p, q, base)} (in [0, 1] for base 2).
     *
     * @param p    a distribution. Not modified.
     * @param q    a distribution. Not modified.
     * @param base logarithm base, finite, \( &gt; 0 \) and \( \ne 1 \)
     * @return the distance
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #jensenShannon(double[], double[])}, or for an invalid base
     */
    public static double jensenShannonDistance(double[] p, double[] q, double base) {
        return Math.sqrt(jensenShannon(p, q, base));
    }

    /**
     * Hellinger distance \( H(p, q) = \sqrt{1 - \sum_i \sqrt{p_i q_i}} \), computed as
     * \( \sqrt{\tfrac12 \sum_i (\sqrt{p_i} - \sqrt{q_i})^2} \) (equal when both sum to 1, and
     * exactly 0 when \( p = q \)). A metric in [0, 1]; 1 for disjoint supports.
     *
     * @param p a distribution. Not modified.
     * @param q a distribution. Not modified.
     * @return the distance, in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector or their
     *                                  lengths differ
     */
    public static double hellinger(double[] p, double[] q) {
        checkPair(p, q);
        return Math.min(1, Math.sqrt(0.5 * DiscreteDivergences.sqrtDiffSquaredSum(p, q)));
    }

    // ---------------------------------------------------------------- Wasserstein

    /**
     * 1-Wasserstein (earth mover's) distance between the empirical distributions of two samples,
     * \[ W_1(u, v) = \int_{-\infty}^{\infty} |F_u(x) - F_v(x)|\,dx, \]
     * equal to {@code scipy.stats.wasserstein_distance(u, v)}. The samples may differ in size.
     * A metric on distributions: symmetric, zero for equal samples (in any order), satisfies the
     * triangle inequality, and shifting one sample by \( c \) changes the distance between a
     * sample and its shifted copy to \( |c| \). Cost \( O((n + m)\log(n + m)) \).
     *
     * @param u a sample of finite values. Not modified.
     * @param v a sample of finite values. Not modified.
     * @return the distance, \( \ge 0 \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a sample is empty or has a non-finite value
     */
    public static double wasserstein1(double[] u, double[] v) {
        Checks.finiteNonEmpty(u, "u");
        Checks.finiteNonEmpty(v, "v");
        return EmpiricalWasserstein.unweighted(u, v);
    }

    /**
     * Weighted 1-Wasserstein distance between two weighted samples, equal to
     * {@code scipy.stats.wasserstein_distance(u, v, uWeights, vWeights)}: value \( u_i \)
     * carries mass \( a_i / \sum a \). Zero weights are allowed.
     *
     * @param u        values of the first distribution, finite. Not modified.
     * @param v        values of the second distribution, finite. Not modified.
     * @param uWeights weights of {@code u}: finite, \( \ge 0 \), positive sum, same length as
     *                 {@code u}. Not modified.
     * @param vWeights weights of {@code v}, likewise. Not modified.
     * @return the distance, \( \ge 0 \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a sample is empty or not finite, a weight array has
     *                                  the wrong length, a negative or non-finite weight, or sums to 0
     */
    public static double wasserstein1(double[] u, double[] v, double[] uWeights, double[] vWeights) {
        Checks.finiteNonEmpty(u, "u");
        Checks.finiteNonEmpty(v, "v");
        checkWeights(uWeights, "uWeights", u.length, "u");
        checkWeights(vWeights, "vWeights", v.length, "v");
        return EmpiricalWasserstein.weighted(u, v, uWeights, vWeights);
    }

    /**
     * 1-Wasserstein distance between two discrete distributions on the same ordered support
     * \( s_0 &lt; s_1 &lt; \dots &lt; s_{k-1} \):
     * \( \sum_{i=0}^{k-2} |P_i - Q_i|\,(s_{i+1} - s_i) \) with cumulative probabilities
     * \( P_i = \sum_{j \le i} p_j \). Equal to
     * {@code scipy.stats.wasserstein_distance(s, s, p, q)}.
     *
     * @param support the support points, finite and strictly increasing. Not modified.
     * @param p       probabilities on the support. Not modified.
     * @param q       probabilities on the support. Not modified.
     * @return the distance, \( \ge 0 \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the support is empty, not finite or not strictly
     *                                  increasing, {@code p} or {@code q} is not a probability
     *                                  vector, or the lengths differ
     */
    public static double wasserstein1(double[] support, double[] p, double[] q) {
        Checks.finiteNonEmpty(support, "support");
        for (int i = 1; i < support.length; i++) {
            if (!(support[i] > support[i - 1])) {
                throw new IllegalArgumentException("support must be strictly increasing, but support[" + i
                        + "] = " + support[i] + " <= support[" + (i - 1) + "] = " + support[i - 1]);
            }
        }
        checkPair(p, q);
        Checks.sameLength(support.length, "support", p.length, "p");
        return EmpiricalWasserstein.onSupport(support, p, q);
    }

    // ---------------------------------------------------------------- closed forms

    /**
     * Kullback–Leibler divergence between two normal distributions,
     * \[ D_{KL}(\mathcal N(\mu_1, \sigma_1^2) \| \mathcal N(\mu_2, \sigma_2^2))
     *    = \ln\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2\sigma_2^2} - \frac12, \]
     * as {@code torch.distributions.kl_divergence(Normal, Normal)}.
     *
     * @param p the first normal
     * @param q the second normal
     * @return the divergence in nats, \( \ge 0 \)
     * @throws NullPointerException if an argument is null
     */
    public static double kl(Normal p, Normal q) {
        notNull(p, q);
        return ClosedForms.kl(p, q);
    }

    /**
     * Hellinger distance between two normal distributions,
     * \[ H^2 = 1 - \sqrt{\frac{2\sigma_1\sigma_2}{\sigma_1^2 + \sigma_2^2}}
     *    \exp\left(-\frac{(\mu_1 - \mu_2)^2}{4(\sigma_1^2 + \sigma_2^2)}\right), \]
     * computed as \( H^2 = -\mathrm{expm1}(\log BC) \) so that small distances keep their relative
     * accuracy.
     *
     * @param p the first normal
     * @param q the second normal
     * @return the distance, in [0, 1]
     * @throws NullPointerException if an argument is null
     */
    public static double hellinger(Normal p, Normal q) {
        notNull(p, q);
        return ClosedForms.hellinger(p, q);
    }

    /**
     * 2-Wasserstein distance between two normal distributions,
     * \( W_2 = \sqrt{(\mu_1 - \mu_2)^2 + (\sigma_1 - \sigma_2)^2} \).
     *
     * @param p the first normal
     * @param q the second normal
     * @return the distance, \( \ge 0 \)
     * @throws NullPointerException if an argument is null
     */
    public static double wasserstein2(Normal p, Normal q) {
        notNull(p, q);
        return ClosedForms.wasserstein2(p, q);
    }

    /**
     * Kullback–Leibler divergence between two multivariate normal distributions,
     * \[ D_{KL}(p \| q) = \tfrac12\left[\mathrm{tr}(\Sigma_q^{-1}\Sigma_p)
     *    + (\mu_q - \mu_p)^\top \Sigma_q^{-1} (\mu_q - \mu_p) - d
     *    + \ln\det\Sigma_q - \ln\det\Sigma_p\right], \]
     * computed with the Cholesky factors (\( \mathrm{tr}(\Sigma_q^{-1}\Sigma_p) = \|L_q^{-1}L_p\|_F^2 \)),
     * as {@code torch.distributions.kl_divergence(MultivariateNormal, MultivariateNormal)}.
     *
     * @param p the first distribution
     * @param q the second distribution, of the same dimension
     * @return the divergence in nats, \( \ge 0 \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the dimensions differ
     */
    public static double kl(MultivariateNormal p, MultivariateNormal q) {
        notNull(p, q);
        sameDimension(p.dimension(), q.dimension());
        return ClosedForms.kl(p, q);
    }

    /**
     * Kullback–Leibler divergence between two categorical distributions (see
     * {@link #kl(double[], double[])}); as
     * {@code torch.distributions.kl_divergence(Categorical, Categorical)}.
     *
     * @param p the first distribution
     * @param q the second distribution, with the same number of categories
     * @return the divergence in nats (infinite when \( q \) gives 0 to a category \( p \) does not)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the numbers of categories differ
     */
    public static double kl(Categorical p, Categorical q) {
        notNull(p, q);
        if (p.size() != q.size()) {
            throw new IllegalArgumentException("p has " + p.size() + " categories but q has " + q.size());
        }
        return ClosedForms.kl(p, q);
    }

    /**
     * Kullback–Leibler divergence between two gamma distributions (shape \( a \), rate \( b \)),
     * \[ D_{KL} = a_2 \ln\frac{b_1}{b_2} + \ln\Gamma(a_2) - \ln\Gamma(a_1)
     *    + (a_1 - a_2)\,\psi(a_1) + (b_2 - b_1)\frac{a_1}{b_1}, \]
     * as {@code torch.distributions.kl_divergence(Gamma, Gamma)}; the rate terms are computed as
     * \( a_1(\mathrm{expm1}(r) - r) + (a_1 - a_2) r \) with \( r = \ln(b_2/b_1) \), without cancellation.
     *
     * @param p the first gamma
     * @param q the second gamma
     * @return the divergence in nats, \( \ge 0 \)
     * @throws NullPointerException if an argument is null
     */
    public static double kl(Gamma p, Gamma q) {
        notNull(p, q);
        return ClosedForms.kl(p, q);
    }

    /**
     * Kullback–Leibler divergence between two inverse gamma distributions (shape \( a \), scale
     * \( b \)). \( X \sim \mathrm{InvGamma}(a, b) \) exactly when \( 1/X \sim \mathrm{Gamma}(a, b) \)
     * (rate \( b \)), and the divergence is invariant under the common bijection \( x \mapsto 1/x \), so
     * it is the gamma one: \( D_{KL}(\mathrm{InvGamma}(a_1, b_1) \| \mathrm{InvGamma}(a_2, b_2))
     * = D_{KL}(\mathrm{Gamma}(a_1, b_1) \| \mathrm{Gamma}(a_2, b_2)) \) (see {@link #kl(Gamma, Gamma)}).
     * torch 1.13 has no inverse gamma; its {@code kl_divergence} of the two
     * {@code TransformedDistribution(Gamma(a, b), PowerTransform(-1))} gives the same value.
     *
     * @param p the first inverse gamma
     * @param q the second inverse gamma
     * @return the divergence in nats, \( \ge 0 \)
     * @throws NullPointerException if an argument is null
     */
    public static double kl(InverseGamma p, InverseGamma q) {
        notNull(p, q);
        return ClosedForms.kl(p, q);
    }

    /**
     * Kullback–Leibler divergence between two beta distributions,
     * \[ D_{KL} = \ln\frac{B(\alpha_2, \beta_2)}{B(\alpha_1, \beta_1)} + (\alpha_1 - \alpha_2)\psi(\alpha_1)
     *    + (\beta_1 - \beta_2)\psi(\beta_1) + (\alpha_2 - \alpha_1 + \beta_2 - \beta_1)\psi(\alpha_1 + \beta_1), \]
     * as {@code torch.distributions.kl_divergence(Beta, Beta)} (log-beta by Commons Numbers'
     * {@code LogBeta}, accurate for large arguments).
     *
     * @param p the first beta
     * @param q the second beta
     * @return the divergence in nats, \( \ge 0 \)
     * @throws NullPointerException if an argument is null
     */
    public static double kl(Beta p, Beta q) {
        notNull(p, q);
        return ClosedForms.kl(p, q);
    }

    /**
     * Kullback–Leibler divergence between two exponential distributions,
     * \( D_{KL} = \ln\frac{\lambda_1}{\lambda_2} + \frac{\lambda_2}{\lambda_1} - 1 \), computed as
     * \( \mathrm{expm1}(r) - r \) with \( r = \ln(\lambda_2/\lambda_1) \); as
     * {@code torch.distributions.kl_divergence(Exponential, Exponential)}.
     *
     * @param p the first exponential
     * @param q the second exponential
     * @return the divergence in nats, \( \ge 0 \)
     * @throws NullPointerException if an argument is null
     */
    public static double kl(Exponential p, Exponential q) {
        notNull(p, q);
        return ClosedForms.kl(p, q);
    }

    /**
     * Kullback–Leibler divergence between two Laplace distributions (location \( m \), scale \( s \)),
     * \[ D_{KL} = \ln\frac{s_2}{s_1} + \frac{|m_1 - m_2|}{s_2} + \frac{s_1}{s_2} e^{-|m_1 - m_2|/s_1} - 1, \]
     * as {@code torch.distributions.kl_divergence(Laplace, Laplace)}; computed as
     * \( (\mathrm{expm1}(u) - u) + d/s_2 - d/s_1 \) with \( d = |m_1 - m_2| \) and
     * \( u = \ln(s_1/s_2) - d/s_1 \).
     *
     * @param p the first Laplace distribution
     * @param q the second Laplace distribution
     * @return the divergence in nats, \( \ge 0 \)
     * @throws NullPointerException if an argument is null
     */
    public static double kl(Laplace p, Laplace q) {
        notNull(p, q);
        return ClosedForms.kl(p, q);
    }

    /**
     * Kullback–Leibler divergence between two log-normal distributions, equal to that between the
     * normals of their logarithms (the divergence is invariant under the common bijection
     * \( x \mapsto e^x \)):
     * \[ D_{KL} = \ln\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2\sigma_2^2} - \frac12, \]
     * as {@code torch.distributions.kl_divergence(LogNormal, LogNormal)} (torch reduces it to the
     * base normals the same way).
     *
     * @param p the first log-normal
     * @param q the second log-normal
     * @return the divergence in nats, \( \ge 0 \)
     * @throws NullPointerException if an argument is null
     */
    public static double kl(LogNormal p, LogNormal q) {
        notNull(p, q);
        return ClosedForms.kl(p, q);
    }

    /**
     * Kullback–Leibler divergence between two uniform distributions,
     * \( D_{KL} = \ln\frac{b_2 - a_2}{b_1 - a_1} \) when \( [a_1, b_1] \subseteq [a_2, b_2] \), and
     * \( +\infty \) otherwise (the first puts mass where the second has none); as
     * {@code torch.distributions.kl_divergence(Uniform, Uniform)}. Widths that overflow are handled
     * through the half-widths.
     *
     * @param p the first uniform
     * @param q the second uniform
     * @return the divergence in nats, \( \ge 0 \), possibly \( +\infty \)
     * @throws NullPointerException if an argument is null
     */
    public static double kl(Uniform p, Uniform q) {
        notNull(p, q);
        return ClosedForms.kl(p, q);
    }

    /**
     * Kullback–Leibler divergence between two Poisson distributions,
     * \( D_{KL} = \lambda_1 \ln\frac{\lambda_1}{\lambda_2} - (\lambda_1 - \lambda_2) \), computed as
     * \( \lambda_1 (r + \mathrm{expm1}(-r)) \) with \( r = \ln(\lambda_1/\lambda_2) \) when
     * \( |r| \le 1/2 \) (no cancellation near equal rates), directly otherwise; as
     * {@code torch.distributions.kl_divergence(Poisson, Poisson)}. Rate 0 (the point mass at 0),
     * with \( 0 \ln 0 = 0 \): \( D_{KL}(\mathrm{Poisson}(0) \,\|\, \mathrm{Poisson}(\lambda)) =
     * -\ln P_\lambda(0) = \lambda \) (0 when both rates are 0), and
     * \( D_{KL}(\mathrm{Poisson}(\lambda) \,\|\, \mathrm{Poisson}(0)) = +\infty \) for
     * \( \lambda &gt; 0 \) (the first puts mass where the second has none).
     *
     * @param p the first Poisson
     * @param q the second Poisson
     * @return the divergence in nats, \( \ge 0 \), possibly \( +\infty \)
     * @throws NullPointerException if an argument is null
     */
    public static double kl(Poisson p, Poisson q) {
        notNull(p, q);
        return ClosedForms.kl(p, q);
    }

    /**
     * Kullback–Leibler divergence between two binomial distributions (trials \( n \), success
     * probability \( \pi \)).
     * <ul>
     *   <li>\( n_1 = n_2 = n \): \( n\left[\pi_1 \ln\frac{\pi_1}{\pi_2}
     *       + (1 - \pi_1)\ln\frac{1 - \pi_1}{1 - \pi_2}\right] \), as
     *       {@code torch.distributions.kl_divergence(Binomial, Binomial)}, with \( 0 \ln 0 = 0 \) and
     *       \( +\infty \) when \( \pi_2 \in \{0, 1\} \) gives no mass to an outcome of the first.</li>
     *   <li>\( n_1 &gt; n_2 \): \( +\infty \) (the first can exceed \( n_2 \) successes), as torch.</li>
     *   <li>\( n_1 &lt; n_2 \): the supports nest and the divergence is finite,
     *       \( \sum_{k=0}^{n_1} p_1(k) \ln\frac{p_1(k)}{p_2(k)} \), summed in log space over the
     *       outcomes within 40 standard deviations of the first's mean (the mass left out is below
     *       \( e^{-700} \)), at most about \( 80\sqrt{n_1/4} + 81 \) terms. torch 1.13 raises
     *       {@code NotImplementedError} here.</li>
     * </ul>
     *
     * @param p the first binomial
     * @param q the second binomial
     * @return the divergence in nats, \( \ge 0 \), possibly \( +\infty \)
     * @throws NullPointerException if an argument is null
     */
    public static double kl(Binomial p, Binomial q) {
        notNull(p, q);
        return ClosedForms.kl(p, q);
    }

    /**
     * Kullback–Leibler divergence between two Dirichlet distributions with concentrations
     * \( \alpha \) and \( \beta \) (\( \alpha_0 = \sum_i \alpha_i \), \( \beta_0 = \sum_i \beta_i \)),
     * \[ D_{KL} = \ln\Gamma(\alpha_0) - \ln\Gamma(\beta_0) - \sum_i \left[\ln\Gamma(\alpha_i) - \ln\Gamma(\beta_i)\right]
     *    + \sum_i (\alpha_i - \beta_i)\left[\psi(\alpha_i) - \psi(\alpha_0)\right], \]
     * as {@code torch.distributions.kl_divergence(Dirichlet, Dirichlet)}. With two categories it is
     * the beta divergence of the first coordinate.
     *
     * @param p the first Dirichlet
     * @param q the second Dirichlet, of the same dimension
     * @return the divergence in nats, \( \ge 0 \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the dimensions differ
     */
    public static double kl(Dirichlet p, Dirichlet q) {
        notNull(p, q);
        sameDimension(p.dimension(), q.dimension());
        return ClosedForms.kl(p, q);
    }

    // ---------------------------------------------------------------- without a closed form

    /**
     * Total variation distance between two continuous distributions,
     * \( \tfrac12 \int |p(x) - q(x)|\,dx \), by adaptive quadrature.
     *
     * <p>Algorithm: the integration range is the union of the supports, each infinite end cut
     * where the tail mass of both distributions is below \( 10^{-16} \) (found from the CDFs).
     * Breakpoints are the support bounds and 26 quantiles of each distribution (from
     * \( 10^{-15} \) to \( 1 - 10^{-12} \); mean \( \pm k \) sd when there is no inverse CDF), so
     * that a narrow peak cannot be missed; between breakpoints \( p - q \) is scanned at 16 points
     * and each sign change is refined with Brent's method (Commons Math {@code BrentSolver}), so
     * that \( |p - q| \) is smooth on every piece. Each piece is integrated by adaptive bisection
     * with the 10-point Gauss–Legendre rule (nodes from Commons Math
     * {@code GaussIntegratorFactory}): an interval is accepted when the rule on its halves agrees
     * with the rule on the whole within \( 10^{-15} \) absolute or \( 10^{-13} \) relative, else
     * both halves are refined (to at most 60 halvings). The result is accurate to about
     * \( 10^{-10} \) for ordinary densities and about \( 10^{-8} \) next to an integrable
     * singularity (gamma or beta shape &lt; 1). Two crossings of the densities closer together than
     * the scan spacing are not located; adaptive refinement then usually, but not provably,
     * resolves the kinks. Equal to \( 2\Phi(|\mu_1 - \mu_2| / 2\sigma) - 1 \) for
     * two normals with equal \( \sigma \).
     *
     * @param p a distribution
     * @param q a distribution
     * @return the distance, in [0, 1]
     * @throws NullPointerException if an argument is null
     * @throws ArithmeticException  if a density returns NaN or infinity inside a piece, or the
     *                              quadrature needs more than 500,000 rule applications
     */
    public static double totalVariation(ContinuousDistribution p, ContinuousDistribution q) {
        notNull(p, q);
        return QuadratureTotalVariation.totalVariation(p, q);
    }

    /**
     * Monte Carlo estimate of \( D_{KL}(p \| q) = \mathbb{E}_p[\ln p(X) - \ln q(X)] \) from
     * {@code n} draws of \( p \), with its standard error (the sample standard deviation of the
     * log-ratios over \( \sqrt n \)). For when there is no closed form (e.g. gamma vs log-normal).
     *
     * @param p   the reference distribution (sampled)
     * @param q   the approximating distribution
     * @param n   number of samples, \( \ge 2 \)
     * @param rng source of randomness
     * @return the estimate (it can be slightly negative by chance when the divergence is near 0)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if \( n &lt; 2 \), or if \( q \) has zero density at a draw
     *                                  of \( p \) (the divergence is then infinite)
     */
    public static Estimate klMonteCarlo(ContinuousDistribution p, ContinuousDistribution q, int n,
                                        RandomGenerator rng) {
        notNull(p, q);
        Checks.notNull(rng, "rng");
        Checks.atLeast(n, 2, "n");
        return MonteCarloKl.kl(p, q, n, rng);
    }

    /**
     * Monte Carlo estimate of the Kullback–Leibler divergence between two multivariate
     * distributions, \( \mathbb{E}_p[\ln p(X) - \ln q(X)] \), as
     * {@link #klMonteCarlo(ContinuousDistribution, ContinuousDistribution, int, RandomGenerator)}.
     *
     * @param p   the reference distribution (sampled)
     * @param q   the approximating distribution, of the same dimension
     * @param n   number of samples, \( \ge 2 \)
     * @param rng source of randomness
     * @return the estimate
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the dimensions differ, \( n &lt; 2 \), or \( q \) has zero
     *                                  density at a draw of \( p \)
     */
    public static Estimate klMonteCarlo(MultivariateDistribution p, MultivariateDistribution q, int n,
                                        RandomGenerator rng) {
        notNull(p, q);
        Checks.notNull(rng, "rng");
        sameDimension(p.dimension(), q.dimension());
        Checks.atLeast(n, 2, "n");
        return MonteCarloKl.kl(p, q, n, rng);
    }

    // ---------------------------------------------------------------- checks

    static double[] checkDistribution(double[] p, String name) {
        return Checks.probabilityVector(p, SUM_TOLERANCE, name);
    }

    static void checkPair(double[] p, double[] q) {
        Checks.notNull(p, "p");
        Checks.notNull(q, "q");
        Checks.sameLength(p.length, "p", q.length, "q");
        checkDistribution(p, "p");
        checkDistribution(q, "q");
    }

    private static void checkWeights(double[] w, String name, int n, String valuesName) {
        Checks.notNull(w, name);
        Checks.sameLength(w.length, name, n, valuesName);
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] >= 0 && w[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be >= 0 and finite, was " + w[i]);
            }
            total += w[i];
        }
        if (!(total > 0 && total < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must have a positive finite sum, was " + total);
        }
    }

    static double logBase(double base) {
        if (!(base > 0 && base < Double.POSITIVE_INFINITY) || base == 1) {
            throw new IllegalArgumentException("base must be > 0, finite and != 1, was " + base);
        }
        return Math.log(base);
    }

    /** ln(hi - lo) for hi &gt;= lo, through the half-difference when the difference overflows. */
    static double logDifference(double hi, double lo) {
        double d = hi - lo;
        return d < Double.POSITIVE_INFINITY ? Math.log(d) : Math.log(0.5 * hi - 0.5 * lo) + LN2;
    }

    private static void notNull(Object p, Object q) {
        Checks.notNull(p, "p");
        Checks.notNull(q, "q");
    }

    private static void sameDimension(int p, int q) {
        if (p != q) {
            throw new IllegalArgumentException("p has dimension " + p + " but q has dimension " + q);
        }
    }
}
