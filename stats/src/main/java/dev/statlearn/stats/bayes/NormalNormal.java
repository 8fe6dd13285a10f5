package dev.statlearn.stats.bayes;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.core.internal.Format;
import dev.statlearn.stats.distribution.Normal;

/**
 * Normal&ndash;Normal conjugate model for the mean \(\mu\) of normal data with known standard
 * deviation \(\sigma\).
 *
 * <p>Prior \(\mu \sim N(\mu_0, \tau_0^2)\); after \(x_1, \dots, x_n\) with mean \(\bar x\):
 * \[ \frac{1}{\tau_n^2} = \frac{1}{\tau_0^2} + \frac{n}{\sigma^2}, \qquad
 *    \mu_n = \tau_n^2\left(\frac{\mu_0}{\tau_0^2} + \frac{n\bar x}{\sigma^2}\right), \]
 * posterior mean = MAP = \(\mu_n\); posterior predictive \(N(\mu_n, \tau_n^2 + \sigma^2)\); log marginal
 * likelihood of a batch
 * \[ -\tfrac{n}{2}\log(2\pi\sigma^2) - \tfrac12\log\left(1 + \tfrac{n\tau_0^2}{\sigma^2}\right)
 *    - \frac{\sum_i (x_i - \bar x)^2}{2\sigma^2} - \frac{n(\bar x - \mu_0)^2}{2(\sigma^2 + n\tau_0^2)}, \]
 * accumulated over chained updates (each batch's evidence under the previous posterior).
 *
 * <p>Immutable: {@code update} returns a new model.
 *
 * @since 0.1
 */
public final class NormalNormal {

    private final Normal prior;
    private final double sigma;
    private final double mean;
    private final double sd;
    private final double logEvidence;

    private NormalNormal(Normal prior, double sigma, double mean, double sd, double logEvidence) {
        this.prior = prior;
        this.sigma = sigma;
        this.mean = mean;
        this.sd = sd;
        this.logEvidence = logEvidence;
    }

    /**
     * The prior \(\mu \sim N(\mu_0, \tau_0^2)\) for data with known standard deviation \(\sigma\).
     *
     * @param priorMean \(\mu_0\), finite
     * @param priorSd   \(\tau_0 &gt; 0\)
     * @param knownSd   \(\sigma &gt; 0\), the data's standard deviation
     * @return the model before any data
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static NormalNormal prior(double priorMean, double priorSd, double knownSd) {
        Checks.finite(priorMean, "priorMean");
        Checks.positive(priorSd, "priorSd");
        Checks.positive(knownSd, "knownSd");
        return new NormalNormal(Normal.of(priorMean, priorSd), knownSd, priorMean, priorSd, 0.0);
    }

    /**
     * Updates with observations.
     *
     * @param x finite observations (may be empty). Not modified.
     * @return the posterior model
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public NormalNormal update(double... x) {
        Checks.allFinite(x, "x");
        int n = x.length;
        if (n == 0) {
            return this;
        }
        CenteredSums sums = CenteredSums.of(x);
        double xbar = sums.mean();
        double s2 = sigma * sigma;
        double t2 = sd * sd;
        double precision = 1 / t2 + n / s2;
        double postVar = 1 / precision;
        double postMean = postVar * (mean / t2 + n * xbar / s2);
        double dm = xbar - mean;
        double logZ = -0.5 * n * Math.log(2 * Math.PI * s2) - 0.5 * Math.log1p(n * t2 / s2)
                - sums.sumOfSquares() / (2 * s2) - n * dm * dm / (2 * (s2 + n * t2));
        return new NormalNormal(prior, sigma, postMean, Math.sqrt(postVar), logEvidence + logZ);
    }

    /**
     * The posterior distribution of \(\mu\).
     *
     * @return \(N(\mu_n, \tau_n^2)\)
     */
    public Normal posterior() {
        return Normal.of(mean, sd);
    }

    /**
     * The original prior.
     *
     * @return \(N(\mu_0, \tau_0^2)\)
     */
    public Normal prior() {
        return prior;
    }

    /**
     * The known data standard deviation \(\sigma\).
     *
     * @return \(\sigma\)
     */
    public double knownSd() {
        return sigma;
    }

    /**
     * Posterior mean \(\mu_n\).
     *
     * @return the mean
     */
    public double posteriorMean() {
        return mean;
    }

    /**
     * Posterior mode, equal to the mean.
     *
     * @return \(\mu_n\)
     */
    public double map() {
        return mean;
    }

    /**
     * Equal-tailed credible interval (also the highest-density one: the posterior is symmetric).
     *
     * @param level credibility in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Interval credibleInterval(double level) {
        return CredibleIntervals.equalTailed(posterior(), level);
    }

    /**
     * Highest-density credible interval; equals {@link #credibleInterval(double)}.
     *
     * @param level credibility in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Interval highestDensityInterval(double level) {
        return credibleInterval(level);
    }

    /**
     * Posterior predictive of a new observation.
     *
     * @return \(N(\mu_n, \tau_n^2 + \sigma^2)\)
     */
    public Normal posteriorPredictive() {
        return Normal.of(mean, Math.hypot(sd, sigma));
    }

    /**
     * Log marginal likelihood of all observations since the prior.
     *
     * @return the log evidence (0 before any data)
     */
    public double logMarginalLikelihood() {
        return logEvidence;
    }

    /**
     * Prior, known standard deviation and posterior, e.g.
     * {@code NormalNormal(prior=Normal(mean=0, sd=10), knownSd=1, posterior=Normal(mean=2.01, sd=0.3162))}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "NormalNormal(prior=" + prior() + ", knownSd=" + Format.sig(sigma) + ", posterior=" + posterior() + ")";
    }
}
