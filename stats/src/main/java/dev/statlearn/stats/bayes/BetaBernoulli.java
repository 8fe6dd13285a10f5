package dev.statlearn.stats.bayes;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.stats.distribution.Bernoulli;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.BetaBinomial;

/**
 * Beta&ndash;Bernoulli / Beta&ndash;Binomial conjugate model for a success probability \(\theta\).
 *
 * <p>Prior \(\theta \sim \mathrm{Beta}(\alpha_0, \beta_0)\); after \(s\) successes and \(f\) failures
 * the posterior is \(\mathrm{Beta}(\alpha_0 + s, \beta_0 + f)\), and
 * <ul>
 *   <li>posterior mean \(\alpha/(\alpha+\beta)\); MAP (mode) \((\alpha-1)/(\alpha+\beta-2)\) when
 *       \(\alpha, \beta &gt; 1\), 0 or 1 when the density is monotone, undefined (exception) when it is
 *       flat or U-shaped;</li>
 *   <li>posterior predictive of the next trial \(\mathrm{Bernoulli}(\alpha/(\alpha+\beta))\), of the
 *       number of successes in \(n\) further trials \(\mathrm{BetaBinomial}(n, \alpha, \beta)\);</li>
 *   <li>log marginal likelihood of the observed sequence
 *       \(\log B(\alpha, \beta) - \log B(\alpha_0, \beta_0)\), plus \(\log\binom{n}{k}\) for data given as
 *       binomial counts ({@link #updateBinomial}), so models can be compared by Bayes factors.</li>
 * </ul>
 *
 * <p>Immutable: {@code update} returns a new model whose prior is this posterior; the log marginal
 * likelihood accumulates over the chain.
 *
 * <pre>{@code
 * BetaBernoulli m = BetaBernoulli.prior(1, 1).update(1, 0, 1, 1, 1);
 * m.posterior();               // Beta(5, 2)
 * m.posteriorMean();           // 5/7
 * }</pre>
 *
 * @since 0.1
 */
public final class BetaBernoulli {

    private final double alpha0;
    private final double beta0;
    private final double alpha;
    private final double beta;
    private final double logConstant;   // sum of log C(n, k) of binomial updates

    private BetaBernoulli(double alpha0, double beta0, double alpha, double beta, double logConstant) {
        this.alpha0 = alpha0;
        this.beta0 = beta0;
        this.alpha = alpha;
        this.beta = beta;
        this.logConstant = logConstant;
    }

    /**
     * The prior \(\mathrm{Beta}(\alpha_0, \beta_0)\); {@code prior(1, 1)} is uniform, {@code prior(0.5, 0.5)}
     * is Jeffreys'.
     *
     * @param alpha \(\alpha_0 &gt; 0\) (prior successes)
     * @param beta  \(\beta_0 &gt; 0\) (prior failures)
     * @return the model before any data
     * @throws IllegalArgumentException if a parameter is not {@code > 0} and finite
     */
    public static BetaBernoulli prior(double alpha, double beta) {
        Checks.positive(alpha, "alpha");
        Checks.positive(beta, "beta");
        return new BetaBernoulli(alpha, beta, alpha, beta, 0.0);
    }

    /**
     * Updates with a sequence of 0/1 outcomes (1 = success).
     *
     * @param outcomes each 0 or 1. Not modified.
     * @return the posterior model
     * @throws NullPointerException     if {@code outcomes} is null
     * @throws IllegalArgumentException if an outcome is not 0 or 1
     */
    public BetaBernoulli update(int... outcomes) {
        Checks.notNull(outcomes, "outcomes");
        long s = 0;
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] != 0 && outcomes[i] != 1) {
                throw new IllegalArgumentException("outcomes[" + i + "] must be 0 or 1, was " + outcomes[i]);
            }
            s += outcomes[i];
        }
        return updateCounts(s, outcomes.length - s);
    }

    /**
     * Updates with counts of a Bernoulli sequence (order irrelevant; no binomial coefficient in the
     * marginal likelihood).
     *
     * @param successes number of successes, &gt;= 0
     * @param failures  number of failures, &gt;= 0
     * @return the posterior model
     * @throws IllegalArgumentException if a count is negative
     */
    public BetaBernoulli updateCounts(long successes, long failures) {
        if (successes < 0 || failures < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were successes=" + successes
                    + ", failures=" + failures);
        }
        return new BetaBernoulli(alpha0, beta0, alpha + successes, beta + failures, logConstant);
    }

    /**
     * Updates with one binomial observation: {@code successes} out of {@code trials}. The marginal
     * likelihood then includes \(\log\binom{n}{k}\) (the probability of the count, not of one sequence).
     *
     * @param successes \(k\) in [0, trials]
     * @param trials    \(n \ge 0\)
     * @return the posterior model
     * @throws IllegalArgumentException if {@code successes} is not in [0, trials]
     */
    public BetaBernoulli updateBinomial(int successes, int trials) {
        Checks.nonNegative(trials, "trials");
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, trials = " + trials + "], was " + successes);
        }
        double logChoose = org.apache.commons.numbers.gamma.LogGamma.value(trials + 1.0) - org.apache.commons.numbers.gamma.LogGamma.value(successes + 1.0)
                - org.apache.commons.numbers.gamma.LogGamma.value(trials - successes + 1.0);
        return new BetaBernoulli(alpha0, beta0, alpha + successes, beta + trials - successes, logConstant + logChoose);
    }

    /**
     * The posterior distribution of \(\theta\).
     *
     * @return \(\mathrm{Beta}(\alpha, \beta)\)
     */
    public Beta posterior() {
        return Beta.of(alpha, beta);
    }

    /**
     * The original prior, before any update.
     *
     * @return \(\mathrm{Beta}(\alpha_0, \beta_0)\)
     */
    public Beta prior() {
        return Beta.of(alpha0, beta0);
    }

    /**
     * Posterior mean \(\alpha/(\alpha+\beta)\).
     *
     * @return the mean
     */
    public double posteriorMean() {
        return alpha / (alpha + beta);
    }

    /**
     * Posterior mode (maximum a posteriori estimate).
     *
     * @return \((\alpha-1)/(\alpha+\beta-2)\) if both exceed 1; 0 if \(\alpha \le 1 &lt; \beta\) or
     *         \(\alpha &lt; 1 = \beta\); 1 if \(\beta \le 1 &lt; \alpha\) or \(\beta &lt; 1 = \alpha\)
     * @throws IllegalStateException if the density is flat (\(\alpha = \beta = 1\)) or U-shaped
     *                               (both &lt; 1), so no unique mode exists
     */
    public double map() {
        if (alpha > 1 && beta > 1) {
            return (alpha - 1) / (alpha + beta - 2);
        }
        if ((alpha <= 1 && beta > 1) || (alpha < 1 && beta == 1)) {
            return 0.0;
        }
        if ((beta <= 1 && alpha > 1) || (beta < 1 && alpha == 1)) {
            return 1.0;
        }
        throw new IllegalStateException("posterior " + posterior() + " has no unique mode");
    }

    /**
     * Equal-tailed credible interval.
     *
     * @param level credibility in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Interval credibleInterval(double level) {
        return CredibleIntervals.equalTailed(posterior(), level);
    }

    /**
     * Highest-density (shortest) credible interval.
     *
     * @param level credibility in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     * @throws IllegalStateException    if the posterior is U-shaped (both parameters &lt; 1)
     */
    public Interval highestDensityInterval(double level) {
        if (alpha < 1 && beta < 1) {
            throw new IllegalStateException("posterior " + posterior() + " is U-shaped: no highest-density interval");
        }
        return CredibleIntervals.highestDensity(posterior(), level);
    }

    /**
     * Posterior predictive of the next trial.
     *
     * @return \(\mathrm{Bernoulli}(\alpha/(\alpha+\beta))\)
     */
    public Bernoulli posteriorPredictive() {
        return Bernoulli.of(posteriorMean());
    }

    /**
     * Posterior predictive of the number of successes in {@code trials} further trials.
     *
     * @param trials \(n \ge 0\)
     * @return \(\mathrm{BetaBinomial}(n, \alpha, \beta)\)
     * @throws IllegalArgumentException if {@code trials} is negative
     */
    public BetaBinomial posteriorPredictive(int trials) {
        return BetaBinomial.of(trials, alpha, beta);
    }

    /**
     * Log marginal likelihood of all data since the prior,
     * \(\log B(\alpha, \beta) - \log B(\alpha_0, \beta_0) + \sum \log\binom{n}{k}\).
     *
     * @return the log evidence (0 before any data)
     */
    public double logMarginalLikelihood() {
        return logConstant + org.apache.commons.numbers.gamma.LogBeta.value(alpha, beta)
                - org.apache.commons.numbers.gamma.LogBeta.value(alpha0, beta0);
    }

    /**
     * Posterior \(\alpha\) (prior \(\alpha_0\) plus successes).
     *
     * @return \(\alpha\)
     */
    public double alpha() {
        return alpha;
    }

    /**
     * Posterior \(\beta\) (prior \(\beta_0\) plus failures).
     *
     * @return \(\beta\)
     */
    public double beta() {
        return beta;
    }

    /**
     * Prior and posterior, e.g.
     * {@code BetaBernoulli(prior=Beta(alpha=1, beta=1), posterior=Beta(alpha=8, beta=4))}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "BetaBernoulli(prior=" + prior() + ", posterior=" + posterior() + ")";
    }
}
