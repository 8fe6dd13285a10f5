package dev.statlearn.stats.bayes;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.distribution.InverseGamma;
import dev.statlearn.stats.distribution.StudentT;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Bayesian summaries of a sample's mean, variance and standard deviation, as SciPy's
 * {@code bayes_mvs} and {@code mvsdist}: the posteriors of \( \mu \), \( \sigma^2 \) and \( \sigma \)
 * for normal data under Jeffreys' prior \( p(\mu, \sigma^2) \propto 1/\sigma^2 \).
 *
 * <p>With \( n \) values, mean \( \bar x \) and population variance \( C = \frac1n \sum (x_i - \bar x)^2 \):
 * \[ \mu \mid x \sim \bar x + \sqrt{C/(n-1)}\; t_{n-1}, \qquad
 *    \sigma^2 \mid x \sim \mathrm{InvGamma}\big(\tfrac{n-1}{2}, \tfrac{nC}{2}\big), \qquad
 *    \sigma = \sqrt{\sigma^2}, \]
 * with posterior means \( \bar x \), \( \frac{nC/2}{(n-1)/2 - 1} \) (\( +\infty \) for \( n \le 3 \)) and
 * \( \sqrt{nC/2}\; \Gamma(\tfrac{n-2}{2}) / \Gamma(\tfrac{n-1}{2}) \) (\( +\infty \) for \( n = 2 \)).
 * The credible intervals are equal-tailed; the standard deviation's is the square root of the
 * variance's (a monotone map keeps the tail probabilities).
 *
 * <p>SciPy switches to normal approximations for \( n &gt; 1000 \); statlearn uses the exact
 * posteriors at every \( n \) (they agree with SciPy's for \( n \le 1000 \)).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class MeanVarianceStd {

    /**
     * A posterior summary: the posterior mean and an equal-tailed credible interval, as each
     * element of {@code bayes_mvs}.
     *
     * @param center   the posterior mean (may be \( +\infty \) where it does not exist)
     * @param interval the equal-tailed credible interval
     * @since 0.2
     */
    public record Summary(double center, Interval interval) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException     if {@code interval} is null
         * @throws IllegalArgumentException if {@code center} is NaN
         */
        public Summary {
            Checks.notNull(interval, "interval");
            if (Double.isNaN(center)) {
                throw new IllegalArgumentException("center must not be NaN, was NaN");
            }
        }
    }

    private final int n;
    private final double mean;
    private final double populationVariance;
    private final StudentT meanPosterior;
    private final InverseGamma variancePosterior;

    private MeanVarianceStd(int n, double mean, double populationVariance) {
        this.n = n;
        this.mean = mean;
        this.populationVariance = populationVariance;
        this.meanPosterior = StudentT.of(n - 1, mean, Math.sqrt(populationVariance / (n - 1)));
        this.variancePosterior = InverseGamma.of((n - 1) / 2.0, n * populationVariance / 2);
    }

    /**
     * The posteriors for the sample {@code x} ({@code scipy.stats.mvsdist(x)}).
     *
     * @param x sample, finite, at least 2 values, not constant. Not modified.
     * @return the posteriors
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if fewer than 2 values, a value is not finite, the sample is
     *                                  constant, or its variance is beyond {@code Double.MAX_VALUE}
     */
    public static MeanVarianceStd of(double[] x) {
        Checks.notNull(x, "x");
        if (x.length < 2) {
            throw new IllegalArgumentException("x must have at least 2 values, had " + x.length);
        }
        Moments m = Moments.of(x);
        double c = m.populationVariance();
        if (!(c > 0)) {
            throw new IllegalArgumentException("x must not be constant (its variance is 0, so are the posteriors' scales)");
        }
        if (!(x.length * c / 2 < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("x is too widely spread: n times its variance exceeds Double.MAX_VALUE");
        }
        return new MeanVarianceStd(x.length, m.mean(), c);
    }

    /**
     * The posterior of the mean, \( \bar x + \sqrt{C/(n-1)}\, t_{n-1} \).
     *
     * @return a Student t distribution
     */
    public StudentT meanPosterior() {
        return meanPosterior;
    }

    /**
     * The posterior of the variance, \( \mathrm{InvGamma}((n-1)/2, nC/2) \).
     *
     * @return an inverse-gamma distribution
     */
    public InverseGamma variancePosterior() {
        return variancePosterior;
    }

    /**
     * The mean's posterior mean \( \bar x \) and equal-tailed interval ({@code bayes_mvs(x, alpha)[0]}).
     *
     * @param level credible level in (0, 1), SciPy's {@code alpha}
     * @return the summary
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Summary mean(double level) {
        return new Summary(mean, CredibleIntervals.equalTailed(meanPosterior, level));
    }

    /**
     * The variance's posterior mean \( nC/(n-3) \) (\( +\infty \) for \( n \le 3 \)) and
     * equal-tailed interval ({@code bayes_mvs(x, alpha)[1]}).
     *
     * @param level credible level in (0, 1)
     * @return the summary
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Summary variance(double level) {
        double center = n > 3 ? n * populationVariance / (n - 3.0) : Double.POSITIVE_INFINITY;
        return new Summary(center, CredibleIntervals.equalTailed(variancePosterior, level));
    }

    /**
     * The standard deviation's posterior mean
     * \( \sqrt{nC/2}\; \Gamma(\tfrac{n-2}{2}) / \Gamma(\tfrac{n-1}{2}) \) (\( +\infty \) for \( n = 2 \))
     * and equal-tailed interval, the square root of the variance's ({@code bayes_mvs(x, alpha)[2]}).
     *
     * @param level credible level in (0, 1)
     * @return the summary
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Summary standardDeviation(double level) {
        double center = n > 2
                ? Math.sqrt(n * populationVariance / 2) * Math.exp(LogGamma.value((n - 2) / 2.0) - LogGamma.value((n - 1) / 2.0))
                : Double.POSITIVE_INFINITY;
        Interval v = CredibleIntervals.equalTailed(variancePosterior, level);
        return new Summary(center, new Interval(Math.sqrt(v.lower()), Math.sqrt(v.upper()), level));
    }

    /**
     * Sample size and the three posterior means, e.g. {@code MeanVarianceStd(n=150, mean=5.843, ...)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "MeanVarianceStd(n=" + n + ", mean=" + dev.statlearn.core.internal.Format.sig(mean)
                + ", variance=" + dev.statlearn.core.internal.Format.sig(variance(0.5).center())
                + ", sd=" + dev.statlearn.core.internal.Format.sig(standardDeviation(0.5).center()) + ")";
    }
}
