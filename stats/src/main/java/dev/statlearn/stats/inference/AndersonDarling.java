package dev.statlearn.stats.inference;

import dev.statlearn.core.Checks;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.descriptive.NanPolicy;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import java.util.Arrays;

/**
 * The Anderson&ndash;Darling test of one sample against a fully specified continuous distribution
 * (no parameter estimated from the sample: "case 0"), and of normality with the mean and standard
 * deviation estimated ({@link #normality(double[])}, "case 3"). It weights the squared distance between the
 * empirical and the hypothesised CDF by \(1/(F(1-F))\), so it sees departures in the tails that the
 * Kolmogorov&ndash;Smirnov test misses.
 *
 * <h2>Statistic</h2>
 * For the sorted sample \(x_{(1)} \le \dots \le x_{(n)}\) and hypothesised CDF \(F\):
 * \[ A^2 = -n - \frac{1}{n} \sum_{i=1}^{n} (2i - 1)\left[\ln F(x_{(i)})
 *     + \ln\bigl(1 - F(x_{(n+1-i)})\bigr)\right], \]
 * with \(1 - F\) taken from the distribution's {@code survival} function, so that the upper tail
 * keeps its relative precision (\(\ln(1 - F)\) is not computed as {@code log(1 - cdf)}). A point with
 * \(F = 0\) or \(F = 1\) (impossible under the hypothesis) gives \(A^2 = +\infty\) and p-value 0.
 *
 * <h2>p-value</h2>
 * \(p = 1 - \mathrm{AD}_n(A^2)\), with the null CDF \(\mathrm{AD}_n\) of Marsaglia &amp; Marsaglia
 * (2004), "Evaluating the Anderson&ndash;Darling distribution", J. Stat. Softw. 9(2),
 * doi:10.18637/jss.v009.i02: the limiting distribution \(\mathrm{AD}_\infty(z)\) from their
 * two-piece approximation (measured within 2e-5 of the series of Anderson &amp; Darling) plus their
 * finite-\(n\) correction \(\mathrm{errfix}(n, \mathrm{AD}_\infty(z))\). Checked against the
 * asymptotic percentage points of Anderson &amp; Darling (1954), an mpmath evaluation of the
 * limiting series, and a Monte Carlo of the finite-\(n\) null distribution for \(n\) = 5, 10, 50
 * ({@code tools/reference/anderson_darling.py}).
 * In the far upper tail the published correction does not vanish (it tends to \(-6\cdot 10^{-4}/n\)
 * as \(\mathrm{AD}_\infty \to 1\)), so p-values below about \(10^{-3}/n\) are conservative: too
 * large by at most \(6\cdot 10^{-4}/n\) (6e-8 at n = 10,000), never too small.
 *
 * <h2>Edge cases</h2>
 * <ul>
 *   <li>NaN or infinite observations, and empty samples, are rejected (as
 *       {@link KolmogorovSmirnov}); n = 1 is allowed, its p-value is then coarse.</li>
 *   <li>A CDF or survival value outside [0, 1] or NaN is rejected with the offending point.</li>
 *   <li>Ties are allowed; the p-value assumes continuous data.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * TestResult r = AndersonDarling.oneSample(mySampler.sample(Randomness.seeded(42), 1000), Normal.standard());
 * }</pre>
 *
 * @since 0.2
 */
public final class AndersonDarling {

    private AndersonDarling() {
    }

    /**
     * Tests whether {@code x} is a sample from {@code distribution} (fully specified).
     *
     * @param x            sample, finite, non-empty. Not modified.
     * @param distribution the hypothesised continuous distribution (its parameters must not have
     *                     been estimated from {@code x}, or the p-value is too large)
     * @return statistic \(A^2\) and its p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the sample is empty or not finite, or the distribution's
     *                                  CDF or survival function returns a value outside [0, 1]
     */
    public static TestResult oneSample(double[] x, ContinuousDistribution distribution) {
        Checks.finiteNonEmpty(x, "x");
        Checks.notNull(distribution, "distribution");
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        double[] logCdf = new double[n];
        double[] logSurvival = new double[n];
        boolean impossible = false;
        for (int i = 0; i < n; i++) {
            double f = distribution.cdf(s[i]);
            double q = distribution.survival(s[i]);
            if (!(f >= 0 && f <= 1)) {
                throw new IllegalArgumentException("cdf(" + s[i] + ") must be in [0, 1], was " + f);
            }
            if (!(q >= 0 && q <= 1)) {
                throw new IllegalArgumentException("survival(" + s[i] + ") must be in [0, 1], was " + q);
            }
            // the smaller of F and 1 - F is the accurate one; derive the other from it
            logCdf[i] = f <= 0.5 ? Math.log(f) : Math.log1p(-q);
            logSurvival[i] = q <= 0.5 ? Math.log(q) : Math.log1p(-f);
            impossible |= f == 0 || q == 0;
        }
        if (impossible) {
            return new TestResult(Double.POSITIVE_INFINITY, 0.0);
        }
        CompensatedSum sum = CompensatedSum.create();
        for (int i = 0; i < n; i++) {
            sum.add((2.0 * i + 1.0) * (logCdf[i] + logSurvival[n - 1 - i]));
        }
        double a2 = -n - sum.value() / n;
        return new TestResult(a2, pValue(n, a2));
    }

    /** Significance levels of {@link #normalityCriticalValues(int)}: 15%, 10%, 5%, 2.5%, 1%. */
    private static final double[] NORMAL_LEVELS = {0.15, 0.10, 0.05, 0.025, 0.01};
    /** Stephens' asymptotic critical values of the normality test, as SciPy's {@code _Avals_norm}. */
    private static final double[] NORMAL_AVALS = {0.576, 0.656, 0.787, 0.918, 1.092};

    /**
     * Anderson&ndash;Darling test of normality with the mean and standard deviation estimated from
     * the sample (Stephens' "case 3"), as {@code scipy.stats.anderson(x, dist='norm')}: the
     * statistic \( A^2 \) above with \( F = \Phi((x - \bar x)/s) \), \( s \) the sample standard
     * deviation (\( n - 1 \)). Estimating the parameters makes \( A^2 \) smaller than in case 0,
     * so the p-value is not that of {@link #oneSample}: it is D'Agostino &amp; Stephens' (1986,
     * <i>Goodness-of-Fit Techniques</i>, table 4.9) approximation for the modified statistic
     * \( A^{*} = A^2 (1 + 0.75/n + 2.25/n^2) \):
     * \[ p = \begin{cases}
     *   \exp(1.2937 - 5.709 A^{*} + 0.0186 A^{*2}) &amp; A^{*} \ge 0.6 \\
     *   \exp(0.9177 - 4.279 A^{*} - 1.38 A^{*2}) &amp; 0.34 \le A^{*} &lt; 0.6 \\
     *   1 - \exp(-8.318 + 42.796 A^{*} - 59.938 A^{*2}) &amp; 0.2 \le A^{*} &lt; 0.34 \\
     *   1 - \exp(-13.436 + 101.14 A^{*} - 223.73 A^{*2}) &amp; A^{*} &lt; 0.2
     * \end{cases} \]
     * (SciPy 1.10 reports critical values instead, {@link #normalityCriticalValues(int)}; the
     * formula is that of statsmodels' {@code normal_ad}). It is accurate to about 0.005 in
     * \( p \) near the usual levels and meant for \( n \ge 8 \).
     *
     * @param x sample, finite, at least 3 values, not constant. Not modified.
     * @return statistic \( A^2 \) (unmodified, as SciPy) and the approximate p-value
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if fewer than 3 values, a value is not finite, or the
     *                                  sample is constant
     */
    public static TestResult normality(double[] x) {
        Checks.finiteNonEmpty(x, "x");
        int n = x.length;
        if (n < 3) {
            throw new IllegalArgumentException("x must have at least 3 values to test normality, had " + n);
        }
        Moments m = Moments.of(x);
        double sd = m.standardDeviation();
        if (!(sd > 0)) {
            throw new IllegalArgumentException("x must not be constant to test normality (its standard deviation is 0)");
        }
        double a2 = oneSample(x, Normal.of(m.mean(), sd)).statistic();
        double a = a2 * (1 + 0.75 / n + 2.25 / ((double) n * n));
        double p;
        if (a >= 0.6) {
            p = Math.exp(1.2937 - 5.709 * a + 0.0186 * a * a);
        } else if (a >= 0.34) {
            p = Math.exp(0.9177 - 4.279 * a - 1.38 * a * a);
        } else if (a >= 0.2) {
            p = -Math.expm1(-8.318 + 42.796 * a - 59.938 * a * a);
        } else {
            p = -Math.expm1(-13.436 + 101.14 * a - 223.73 * a * a);
        }
        return new TestResult(a2, Math.min(1.0, Math.max(0.0, p)));
    }

    /**
     * The normality test with NaN treated by {@code nanPolicy}: {@link NanPolicy#OMIT} tests the
     * other values, {@link NanPolicy#RAISE} rejects NaN.
     *
     * @param x         sample. Not modified.
     * @param nanPolicy {@code OMIT} or {@code RAISE} ({@code PROPAGATE} would need a NaN result)
     * @return \( A^2 \) and its approximate p-value for the remaining values
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #normality(double[])} on the remaining values, or
     *                                  if {@code nanPolicy} is {@code PROPAGATE}
     */
    public static TestResult normality(double[] x, NanPolicy nanPolicy) {
        return normality(NanPolicies.sample(x, "x", nanPolicy));
    }

    /**
     * Critical values of {@link #normality(double[])}'s statistic \( A^2 \) at the significance
     * levels 15%, 10%, 5%, 2.5% and 1% ({@link #normalityLevels()}), Stephens' asymptotic values
     * \( (0.576, 0.656, 0.787, 0.918, 1.092) \) divided by \( 1 + 4/n - 25/n^2 \) and rounded to 3
     * decimals, exactly as {@code scipy.stats.anderson(x).critical_values}: reject normality at
     * level \( \alpha \) when \( A^2 \) exceeds the value.
     *
     * @param n sample size, at least 3
     * @return the five critical values, increasing
     * @throws IllegalArgumentException if {@code n < 3}
     */
    public static double[] normalityCriticalValues(int n) {
        if (n < 3) {
            throw new IllegalArgumentException("n must be >= 3, was " + n);
        }
        double[] c = new double[NORMAL_AVALS.length];
        double div = 1.0 + 4.0 / n - 25.0 / n / n;
        for (int i = 0; i < c.length; i++) {
            // numpy.around: round half to even at 3 decimals, on the double quotient
            c[i] = new java.math.BigDecimal(NORMAL_AVALS[i] / div).setScale(3, java.math.RoundingMode.HALF_EVEN)
                    .doubleValue();
        }
        return c;
    }

    /**
     * The significance levels of {@link #normalityCriticalValues(int)}, as
     * {@code scipy.stats.anderson(x).significance_level / 100}.
     *
     * @return {0.15, 0.10, 0.05, 0.025, 0.01}
     */
    public static double[] normalityLevels() {
        return NORMAL_LEVELS.clone();
    }

    /**
     * \(P(A^2_n \ge z) = 1 - \mathrm{AD}_\infty(z) - \mathrm{errfix}(n, \mathrm{AD}_\infty(z))\),
     * clamped to [0, 1].
     */
    static double pValue(int n, double z) {
        if (!(z > 0)) {
            return 1.0;
        }
        if (z == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double x = asymptoticCdf(z);
        double upper = z < 2 ? 1.0 - x : -Math.expm1(-Math.exp(tailExponent(z)));
        double p = upper - errfix(n, x);
        return Math.min(1.0, Math.max(0.0, p));
    }

    /** The null CDF for sample size n: \(\mathrm{AD}_n(z) = \mathrm{AD}_\infty(z) + \mathrm{errfix}\). */
    static double finiteCdf(int n, double z) {
        return 1.0 - pValue(n, z);
    }

    /** Marsaglia &amp; Marsaglia's {@code adinf(z)}: the limiting CDF of \(A^2\). */
    static double asymptoticCdf(double z) {
        if (!(z > 0)) {
            return 0.0;
        }
        if (z < 2) {
            return Math.exp(-1.2337141 / z) / Math.sqrt(z)
                    * (2.00012 + (.247105 - (.0649821 - (.0347962 - (.011672 - .00168691 * z) * z) * z) * z) * z);
        }
        return Math.exp(-Math.exp(tailExponent(z)));
    }

    private static double tailExponent(double z) {
        return 1.0776 - (2.30695 - (.43424 - (.082433 - (.008056 - .0003146 * z) * z) * z) * z) * z;
    }

    /** Marsaglia &amp; Marsaglia's {@code errfix(n, x)}: AD_n(z) - AD_inf(z) as a function of x = AD_inf(z). */
    static double errfix(int n, double x) {
        if (x > .8) {
            return (-130.2137 + (745.2337 - (1705.091 - (1950.646 - (1116.360 - 255.7844 * x) * x) * x) * x) * x) / n;
        }
        double c = .01265 + .1757 / n;
        if (x < c) {
            double t = x / c;
            t = Math.sqrt(t) * (1. - t) * (49 * t - 102);
            return t * (.0037 / ((double) n * n) + .00078 / n + .00006) / n;
        }
        double t = (x - c) / (.8 - c);
        t = -.00022633 + (6.54034 - (14.6538 - (14.458 - (8.259 - 1.91864 * t) * t) * t) * t) * t;
        return t * (.04213 + .01365 / n) / n;
    }
}
