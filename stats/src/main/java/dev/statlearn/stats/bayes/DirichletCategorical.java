package dev.statlearn.stats.bayes;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.Dirichlet;
import java.util.Arrays;

/**
 * Dirichlet&ndash;Categorical conjugate model for the class probabilities \(p_1, \dots, p_K\).
 *
 * <p>Prior \(p \sim \mathrm{Dir}(\alpha^0_1, \dots, \alpha^0_K)\); after class counts \(n_k\) the
 * posterior is \(\mathrm{Dir}(\alpha_k = \alpha^0_k + n_k)\), with \(A = \sum_k \alpha_k\):
 * <ul>
 *   <li>posterior mean \(\alpha_k/A\); MAP \((\alpha_k - 1)/(A - K)\) when every \(\alpha_k \ge 1\) and
 *       \(A &gt; K\);</li>
 *   <li>marginal of one probability \(p_k \sim \mathrm{Beta}(\alpha_k, A - \alpha_k)\), used for
 *       per-class credible intervals;</li>
 *   <li>posterior predictive of the next label \(\mathrm{Categorical}(\alpha/A)\);</li>
 *   <li>log marginal likelihood of the label sequence
 *       \(\log\Gamma(A_0) - \log\Gamma(A_0 + n) + \sum_k [\log\Gamma(\alpha_k) - \log\Gamma(\alpha^0_k)]\).</li>
 * </ul>
 *
 * <p>Immutable: {@code update} returns a new model.
 *
 * @since 0.1
 */
public final class DirichletCategorical {

    private final double[] alpha0;
    private final double[] alpha;

    private DirichletCategorical(double[] alpha0, double[] alpha) {
        this.alpha0 = alpha0;
        this.alpha = alpha;
    }

    /**
     * The prior \(\mathrm{Dir}(\alpha^0)\); all ones is uniform on the simplex.
     *
     * @param alpha concentrations, each {@code > 0} and finite, at least 2. Not modified.
     * @return the model before any data
     * @throws NullPointerException     if {@code alpha} is null
     * @throws IllegalArgumentException if there are fewer than 2 or one is out of range
     */
    public static DirichletCategorical prior(double... alpha) {
        Checks.notNull(alpha, "alpha");
        if (alpha.length < 2) {
            throw new IllegalArgumentException("alpha must have at least 2 categories, had " + alpha.length);
        }
        for (int i = 0; i < alpha.length; i++) {
            Checks.positive(alpha[i], "alpha[" + i + "]");
        }
        return new DirichletCategorical(alpha.clone(), alpha.clone());
    }

    /**
     * A symmetric prior \(\mathrm{Dir}(c, \dots, c)\).
     *
     * @param k             number of categories, in {@code [2, }{@link Checks#MAX_ARRAY_LENGTH}{@code ]}
     * @param concentration \(c &gt; 0\)
     * @return the model before any data
     * @throws IllegalArgumentException if an argument is out of range (checked before allocating)
     */
    public static DirichletCategorical symmetric(int k, double concentration) {
        Checks.atLeast(k, 2, "k");
        Checks.arrayLength(k, "k");
        double[] a = new double[k];
        Arrays.fill(a, Checks.positive(concentration, "concentration"));
        return prior(a);
    }

    /**
     * Updates with observed labels in [0, K).
     *
     * @param labels class labels. Not modified.
     * @return the posterior model
     * @throws NullPointerException     if {@code labels} is null
     * @throws IllegalArgumentException if a label is outside [0, K)
     */
    public DirichletCategorical update(int... labels) {
        Checks.notNull(labels, "labels");
        long[] counts = new long[alpha.length];
        for (int i = 0; i < labels.length; i++) {
            int y = labels[i];
            if (y < 0 || y >= alpha.length) {
                throw new IllegalArgumentException("labels[" + i + "] must be in [0, " + alpha.length + "), was " + y);
            }
            counts[y]++;
        }
        return updateCounts(counts);
    }

    /**
     * Updates with class counts.
     *
     * @param counts one non-negative count per category. Not modified.
     * @return the posterior model
     * @throws NullPointerException     if {@code counts} is null
     * @throws IllegalArgumentException on a wrong length or a negative count
     */
    public DirichletCategorical updateCounts(long... counts) {
        Checks.notNull(counts, "counts");
        Checks.sameLength(counts.length, "counts", alpha.length, "categories");
        double[] a = alpha.clone();
        for (int k = 0; k < a.length; k++) {
            if (counts[k] < 0) {
                throw new IllegalArgumentException("counts[" + k + "] must be >= 0, was " + counts[k]);
            }
            a[k] += counts[k];
        }
        return new DirichletCategorical(alpha0, a);
    }

    /**
     * The posterior distribution of the class probabilities.
     *
     * @return \(\mathrm{Dir}(\alpha)\)
     */
    public Dirichlet posterior() {
        return Dirichlet.of(alpha);
    }

    /**
     * The original prior.
     *
     * @return \(\mathrm{Dir}(\alpha^0)\)
     */
    public Dirichlet prior() {
        return Dirichlet.of(alpha0);
    }

    /**
     * Posterior concentrations \(\alpha\).
     *
     * @return a new array
     */
    public double[] alpha() {
        return alpha.clone();
    }

    private double total() {
        double s = 0;
        for (double a : alpha) {
            s += a;
        }
        return s;
    }

    /**
     * Posterior mean \(\alpha_k/A\).
     *
     * @return a new array summing to 1
     */
    public double[] posteriorMean() {
        double a = total();
        double[] m = new double[alpha.length];
        for (int k = 0; k < m.length; k++) {
            m[k] = alpha[k] / a;
        }
        return m;
    }

    /**
     * Posterior mode \((\alpha_k - 1)/(A - K)\).
     *
     * @return a new array summing to 1
     * @throws IllegalStateException if some \(\alpha_k &lt; 1\) or all equal 1 (no unique interior-or-face mode)
     */
    public double[] map() {
        double denom = total() - alpha.length;
        for (int k = 0; k < alpha.length; k++) {
            if (alpha[k] < 1) {
                throw new IllegalStateException("alpha[" + k + "] = " + alpha[k] + " < 1: the posterior density is unbounded");
            }
        }
        if (!(denom > 0)) {
            throw new IllegalStateException("posterior is uniform on the simplex: no unique mode");
        }
        double[] m = new double[alpha.length];
        for (int k = 0; k < m.length; k++) {
            m[k] = (alpha[k] - 1) / denom;
        }
        return m;
    }

    /**
     * Marginal posterior of one class probability.
     *
     * @param k category in [0, K)
     * @return \(\mathrm{Beta}(\alpha_k, A - \alpha_k)\)
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public Beta marginalPosterior(int k) {
        Checks.index(k, alpha.length, "k");
        return Beta.of(alpha[k], total() - alpha[k]);
    }

    /**
     * Equal-tailed credible interval for one class probability.
     *
     * @param k     category in [0, K)
     * @param level credibility in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Interval credibleInterval(int k, double level) {
        return CredibleIntervals.equalTailed(marginalPosterior(k), level);
    }

    /**
     * Highest-density credible interval for one class probability.
     *
     * @param k     category in [0, K)
     * @param level credibility in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if an argument is out of range
     * @throws IllegalStateException    if the marginal is U-shaped
     */
    public Interval highestDensityInterval(int k, double level) {
        Beta b = marginalPosterior(k);
        if (b.alpha() < 1 && b.beta() < 1) {
            throw new IllegalStateException("marginal " + b + " is U-shaped: no highest-density interval");
        }
        return CredibleIntervals.highestDensity(b, level);
    }

    /**
     * Posterior predictive of the next label.
     *
     * @return \(\mathrm{Categorical}(\alpha/A)\)
     */
    public Categorical posteriorPredictive() {
        return Categorical.of(posteriorMean());
    }

    /**
     * Log marginal likelihood of all labels since the prior (of the sequence, not of the counts).
     *
     * @return the log evidence (0 before any data)
     */
    public double logMarginalLikelihood() {
        double a0 = 0;
        double a = 0;
        double s = 0;
        for (int k = 0; k < alpha.length; k++) {
            a0 += alpha0[k];
            a += alpha[k];
            s += LogGammas.difference(alpha[k], alpha0[k]);
        }
        return s - LogGammas.difference(a, a0);
    }

    /**
     * Prior and posterior, e.g.
     * {@code DirichletCategorical(prior=Dirichlet(alpha=[1, 1]), posterior=Dirichlet(alpha=[4, 2]))}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "DirichletCategorical(prior=" + prior() + ", posterior=" + posterior() + ")";
    }
}
