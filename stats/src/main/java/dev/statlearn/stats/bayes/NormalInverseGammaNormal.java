package dev.statlearn.stats.bayes;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.stats.distribution.InverseGamma;
import dev.statlearn.stats.distribution.NormalInverseGamma;
import dev.statlearn.stats.distribution.StudentT;

/**
 * Normal&ndash;Inverse-Gamma conjugate model for normal data with unknown mean \(\mu\) and variance
 * \(\sigma^2\).
 *
 * <p>Prior \((\mu, \sigma^2) \sim \mathrm{NIG}(m_0, \kappa_0, \alpha_0, \beta_0)\); after \(n\)
 * observations with mean \(\bar x\) and \(S = \sum (x_i - \bar x)^2\):
 * \[ \kappa_n = \kappa_0 + n,\quad m_n = \frac{\kappa_0 m_0 + n\bar x}{\kappa_n},\quad
 *    \alpha_n = \alpha_0 + \frac n2,\quad
 *    \beta_n = \beta_0 + \frac S2 + \frac{\kappa_0 n (\bar x - m_0)^2}{2\kappa_n}. \]
 * <ul>
 *   <li>Marginal posteriors: \(\mu \sim t_{2\alpha_n}(m_n, \sqrt{\beta_n/(\alpha_n\kappa_n)})\),
 *       \(\sigma^2 \sim \mathrm{InvGamma}(\alpha_n, \beta_n)\).</li>
 *   <li>Posterior predictive \(t_{2\alpha_n}(m_n, \sqrt{\beta_n(\kappa_n+1)/(\alpha_n\kappa_n)})\).</li>
 *   <li>Log marginal likelihood
 *       \(\log\Gamma(\alpha_n) - \log\Gamma(\alpha_0) + \alpha_0\log\beta_0 - \alpha_n\log\beta_n
 *       + \tfrac12(\log\kappa_0 - \log\kappa_n) - \tfrac n2\log(2\pi)\).</li>
 * </ul>
 *
 * <p>Immutable: {@code update} returns a new model.
 *
 * @since 0.1
 */
public final class NormalInverseGammaNormal {

    private final NormalInverseGamma prior;
    private final NormalInverseGamma posterior;
    private final long n;

    private NormalInverseGammaNormal(NormalInverseGamma prior, NormalInverseGamma posterior, long n) {
        this.prior = prior;
        this.posterior = posterior;
        this.n = n;
    }

    /**
     * The prior \(\mathrm{NIG}(m_0, \kappa_0, \alpha_0, \beta_0)\).
     *
     * @param mean  \(m_0\), prior guess of the mean
     * @param kappa \(\kappa_0 &gt; 0\), its weight in pseudo-observations
     * @param shape \(\alpha_0 &gt; 0\)
     * @param scale \(\beta_0 &gt; 0\)
     * @return the model before any data
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static NormalInverseGammaNormal prior(double mean, double kappa, double shape, double scale) {
        Checks.finite(mean, "mean");
        NormalInverseGamma p = NormalInverseGamma.of(mean, kappa, shape, scale);
        return new NormalInverseGammaNormal(p, p, 0);
    }

    /**
     * Updates with observations.
     *
     * @param x finite observations (may be empty). Not modified.
     * @return the posterior model
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if a value is NaN or infinite, or the data are so spread
     *                                  out (beyond about 1e154) that the posterior scale
     *                                  \(\beta_n\) overflows
     */
    public NormalInverseGammaNormal update(double... x) {
        Checks.allFinite(x, "x");
        int m = x.length;
        if (m == 0) {
            return this;
        }
        CenteredSums sums = CenteredSums.of(x);
        double xbar = sums.mean();
        NormalInverseGamma p = posterior;
        double kappaN = p.kappa() + m;
        double meanN = (p.kappa() * p.location() + m * xbar) / kappaN;
        double dm = xbar - p.location();
        double scaleN = p.scale() + 0.5 * sums.sumOfSquares() + p.kappa() * m * dm * dm / (2 * kappaN);
        if (!(scaleN < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("x is too spread out: the posterior scale (prior scale + half the "
                    + "sum of squared deviations) overflows, was " + scaleN + "; rescale the data");
        }
        NormalInverseGamma post = NormalInverseGamma.of(meanN, kappaN, p.shape() + 0.5 * m, scaleN);
        return new NormalInverseGammaNormal(prior, post, n + m);
    }

    /**
     * The joint posterior of \((\mu, \sigma^2)\).
     *
     * @return \(\mathrm{NIG}(m_n, \kappa_n, \alpha_n, \beta_n)\)
     */
    public NormalInverseGamma posterior() {
        return posterior;
    }

    /**
     * The original prior.
     *
     * @return \(\mathrm{NIG}(m_0, \kappa_0, \alpha_0, \beta_0)\)
     */
    public NormalInverseGamma prior() {
        return prior;
    }

    /**
     * Marginal posterior of the mean.
     *
     * @return \(t_{2\alpha_n}(m_n, \sqrt{\beta_n/(\alpha_n\kappa_n)})\)
     */
    public StudentT meanPosterior() {
        return posterior.meanMarginal();
    }

    /**
     * Marginal posterior of the variance.
     *
     * @return \(\mathrm{InvGamma}(\alpha_n, \beta_n)\)
     */
    public InverseGamma variancePosterior() {
        return posterior.varianceMarginal();
    }

    /**
     * Posterior means of \((\mu, \sigma^2)\).
     *
     * @return {@code {m_n, beta_n / (alpha_n - 1)}} (the second is \(+\infty\) for \(\alpha_n \le 1\))
     */
    public double[] posteriorMean() {
        return posterior.mean();
    }

    /**
     * Joint posterior mode of \((\mu, \sigma^2)\).
     *
     * @return {@code {m_n, beta_n / (alpha_n + 3/2)}}
     */
    public double[] map() {
        return posterior.mode();
    }

    /**
     * Equal-tailed credible interval for the mean (also highest-density: the t is symmetric).
     *
     * @param level credibility in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Interval meanCredibleInterval(double level) {
        return CredibleIntervals.equalTailed(meanPosterior(), level);
    }

    /**
     * Equal-tailed credible interval for the variance.
     *
     * @param level credibility in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Interval varianceCredibleInterval(double level) {
        return CredibleIntervals.equalTailed(variancePosterior(), level);
    }

    /**
     * Highest-density credible interval for the variance.
     *
     * @param level credibility in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Interval varianceHighestDensityInterval(double level) {
        return CredibleIntervals.highestDensity(variancePosterior(), level);
    }

    /**
     * Posterior predictive of a new observation.
     *
     * @return \(t_{2\alpha_n}(m_n, \sqrt{\beta_n(\kappa_n+1)/(\alpha_n\kappa_n)})\)
     */
    public StudentT posteriorPredictive() {
        NormalInverseGamma p = posterior;
        return StudentT.of(2 * p.shape(), p.location(), Math.sqrt(p.scale() * (p.kappa() + 1) / (p.shape() * p.kappa())));
    }

    /**
     * Log marginal likelihood of all observations since the prior.
     *
     * @return the log evidence (0 before any data)
     */
    public double logMarginalLikelihood() {
        NormalInverseGamma a = prior;
        NormalInverseGamma b = posterior;
        // a.shape ln a.scale - b.shape ln b.scale, grouped so that huge shapes do not give inf - inf
        double logScales = a.shape() * (Math.log(a.scale()) - Math.log(b.scale()))
                - (b.shape() - a.shape()) * Math.log(b.scale());
        return LogGammas.difference(b.shape(), a.shape()) + logScales
                + 0.5 * (Math.log(a.kappa()) - Math.log(b.kappa())) - 0.5 * n * Math.log(2 * Math.PI);
    }

    /**
     * Number of observations seen.
     *
     * @return n
     */
    public long count() {
        return n;
    }

    /**
     * Prior, posterior and number of observations, to 4 significant digits.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "NormalInverseGammaNormal(prior=" + prior + ", posterior=" + posterior + ", n=" + n + ")";
    }
}
