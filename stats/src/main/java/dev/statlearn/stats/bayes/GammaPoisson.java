package dev.statlearn.stats.bayes;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.NegativeBinomial;

/**
 * Gamma&ndash;Poisson conjugate model for a Poisson rate \(\lambda\).
 *
 * <p>Prior \(\lambda \sim \mathrm{Gamma}(\alpha_0, \text{rate } \beta_0)\); after counts
 * \(x_1, \dots, x_n\) the posterior is \(\mathrm{Gamma}(\alpha_0 + \sum x_i, \beta_0 + n)\), and
 * <ul>
 *   <li>posterior mean \(\alpha/\beta\); MAP \((\alpha - 1)/\beta\) for \(\alpha \ge 1\), 0 otherwise;</li>
 *   <li>posterior predictive of the next count: negative binomial with size \(\alpha\) and
 *       \(p = \beta/(\beta + 1)\);</li>
 *   <li>log marginal likelihood
 *       \(\alpha_0\log\beta_0 - \log\Gamma(\alpha_0) + \log\Gamma(\alpha) - \alpha\log\beta - \sum_i \log x_i!\).</li>
 * </ul>
 *
 * <p>Immutable: {@code update} returns a new model.
 *
 * @since 0.1
 */
public final class GammaPoisson {

    private final double shape0;
    private final double rate0;
    private final double shape;
    private final double rate;
    private final double logFactorials;

    private GammaPoisson(double shape0, double rate0, double shape, double rate, double logFactorials) {
        this.shape0 = shape0;
        this.rate0 = rate0;
        this.shape = shape;
        this.rate = rate;
        this.logFactorials = logFactorials;
    }

    /**
     * The prior \(\mathrm{Gamma}(\alpha_0, \text{rate } \beta_0)\) (mean \(\alpha_0/\beta_0\); think of
     * \(\alpha_0\) prior events in \(\beta_0\) prior intervals).
     *
     * @param shape \(\alpha_0 &gt; 0\)
     * @param rate  \(\beta_0 &gt; 0\)
     * @return the model before any data
     * @throws IllegalArgumentException if a parameter is not {@code > 0} and finite
     */
    public static GammaPoisson prior(double shape, double rate) {
        Checks.positive(shape, "shape");
        Checks.positive(rate, "rate");
        return new GammaPoisson(shape, rate, shape, rate, 0.0);
    }

    /**
     * Updates with observed counts.
     *
     * @param counts non-negative counts. Not modified.
     * @return the posterior model
     * @throws NullPointerException     if {@code counts} is null
     * @throws IllegalArgumentException if a count is negative
     */
    public GammaPoisson update(int... counts) {
        Checks.notNull(counts, "counts");
        long sum = 0;
        double logFact = 0.0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("counts[" + i + "] must be >= 0, was " + counts[i]);
            }
            sum += counts[i];
            logFact += org.apache.commons.numbers.gamma.LogGamma.value(counts[i] + 1.0);
        }
        return new GammaPoisson(shape0, rate0, shape + sum, rate + counts.length, logFactorials + logFact);
    }

    /**
     * The posterior distribution of \(\lambda\).
     *
     * @return \(\mathrm{Gamma}(\alpha, \text{rate } \beta)\)
     */
    public Gamma posterior() {
        return Gamma.of(shape, rate);
    }

    /**
     * The original prior.
     *
     * @return \(\mathrm{Gamma}(\alpha_0, \beta_0)\)
     */
    public Gamma prior() {
        return Gamma.of(shape0, rate0);
    }

    /**
     * Posterior mean \(\alpha/\beta\).
     *
     * @return the mean
     */
    public double posteriorMean() {
        return shape / rate;
    }

    /**
     * Posterior mode.
     *
     * @return \((\alpha-1)/\beta\) for \(\alpha \ge 1\), 0 for \(\alpha &lt; 1\) (density decreasing from 0)
     */
    public double map() {
        return shape >= 1 ? (shape - 1) / rate : 0.0;
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
     * Highest-density credible interval.
     *
     * @param level credibility in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Interval highestDensityInterval(double level) {
        return CredibleIntervals.highestDensity(posterior(), level);
    }

    /**
     * Posterior predictive of the next count.
     *
     * @return \(\mathrm{NegativeBinomial}(\alpha, \beta/(\beta+1))\)
     */
    public NegativeBinomial posteriorPredictive() {
        return NegativeBinomial.of(shape, rate / (rate + 1));
    }

    /**
     * Log marginal likelihood of all counts since the prior.
     *
     * @return the log evidence (0 before any data)
     */
    public double logMarginalLikelihood() {
        // shape0 ln rate0 - shape ln rate, grouped so that huge shapes do not give inf - inf
        double logRates = shape0 * (Math.log(rate0) - Math.log(rate)) - (shape - shape0) * Math.log(rate);
        return logRates + LogGammas.difference(shape, shape0) - logFactorials;
    }

    /**
     * Posterior shape \(\alpha\).
     *
     * @return \(\alpha\)
     */
    public double shape() {
        return shape;
    }

    /**
     * Posterior rate \(\beta\).
     *
     * @return \(\beta\)
     */
    public double rate() {
        return rate;
    }

    /**
     * Prior and posterior, e.g.
     * {@code GammaPoisson(prior=Gamma(shape=1, rate=1), posterior=Gamma(shape=13, rate=5))}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "GammaPoisson(prior=" + prior() + ", posterior=" + posterior() + ")";
    }
}
