package dev.statlearn.stats.mle;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.stats.descriptive.CovarianceMatrix;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.distribution.Bernoulli;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.Geometric;
import dev.statlearn.stats.distribution.Laplace;
import dev.statlearn.stats.distribution.LogNormal;
import dev.statlearn.stats.distribution.MultivariateNormal;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.distribution.Shifted;
import dev.statlearn.stats.distribution.Uniform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Maximum-likelihood estimators.
 *
 * <p>Each estimator maximizes \( \ell(\theta) = \sum_i \log f_\theta(x_i) \) and returns a
 * {@link Fit} with standard errors from the expected Fisher information at the estimate
 * (formulas in each method). The estimates equal SciPy's:
 *
 * <table class="striped">
 *   <caption>Estimators</caption>
 *   <thead><tr><th>method</th><th>estimate</th><th>SciPy</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link #normal}</td><td>\( \bar x,\ \hat\sigma = \sqrt{\tfrac1n\sum(x_i-\bar x)^2} \)</td><td>{@code norm.fit}</td></tr>
 *   <tr><td>{@link #exponential}</td><td>\( \hat\lambda = 1/\bar x \)</td><td>{@code expon.fit(floc=0)}</td></tr>
 *   <tr><td>{@link #gamma}</td><td>Newton on \( \log\alpha - \psi(\alpha) = \log\bar x - \overline{\log x} \), \( \hat\beta = \hat\alpha/\bar x \)</td><td>{@code gamma.fit(floc=0)}</td></tr>
 *   <tr><td>{@link #beta}</td><td>Newton on \( \psi(\alpha) - \psi(\alpha+\beta) = \overline{\log x} \), \( \psi(\beta) - \psi(\alpha+\beta) = \overline{\log(1-x)} \)</td><td>{@code beta.fit(floc=0, fscale=1)}</td></tr>
 *   <tr><td>{@link #logNormal}</td><td>mean and \( 1/n \) sd of \( \log x \)</td><td>{@code lognorm.fit(floc=0)}</td></tr>
 *   <tr><td>{@link #laplace}</td><td>median, mean absolute deviation from it</td><td>{@code laplace.fit}</td></tr>
 *   <tr><td>{@link #uniform}</td><td>min, max</td><td>{@code uniform.fit}</td></tr>
 *   <tr><td>{@link #bernoulli}, {@link #binomial}, {@link #poisson}, {@link #geometric}, {@link #categorical}</td><td>sample proportions / means</td><td>closed forms</td></tr>
 *   <tr><td>{@link #normal(double[], Fixed)}, {@link #gamma(double[], Fixed)}, {@link #beta(double[], Fixed)}, {@link #logNormal(double[], Fixed)}, {@link #laplace(double[], Fixed)}</td><td>one parameter held fixed ({@link Fixed}), the other maximizing the profile likelihood</td><td>{@code floc}, {@code fscale}, {@code f0}, {@code f1}</td></tr>
 *   <tr><td>{@link #shiftedExponential}</td><td>\( \hat c = \min x \), \( 1/\hat\lambda = \bar x - \min x \)</td><td>{@code expon.fit}</td></tr>
 *   <tr><td>{@link #shiftedLogNormal}</td><td>largest interior local maximum of the profile likelihood in the location (the likelihood itself is unbounded)</td><td>{@code lognorm.fit} where its optimizer finds that maximum</td></tr>
 *   <tr><td>{@link #multivariateNormal}</td><td>mean vector, covariance dividing by \( n \)</td><td>{@code np.cov(x, rowvar=False, bias=True)}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Special functions and accuracy (gamma and beta).</b> The estimates are the roots of
 * the digamma equations above (Commons Numbers' {@code Digamma}, within 1e-15 of mpmath); the
 * trigamma function \( \psi' \) enters only as Newton's derivative, which changes the path to
 * the root but not the root (beyond the stopping tolerance of 1e-15 relative: replacing the
 * trigamma moved a fitted shape by 3 ulp), and in the Fisher information behind the standard
 * errors. There
 * statlearn uses its own trigamma (within 3.7e-16 relative of mpmath from 1e-8 to 1e8) instead of
 * Commons Numbers' {@code Trigamma} (up to 3.4e-12 off near 49 and 1.6e-10 near 1e-5), which
 * the information amplifies: for a beta fit with \( \alpha = \beta = 48 \) the variances
 * were 6e-10 relative off and are now 2e-14; the gamma fit's determinant
 * \( \alpha\psi'(\alpha) - 1 \), which tends to \( 1/(2\alpha) \), is computed without
 * cancellation, so its variances are within 1e-15 relative for every shape (the direct formula
 * lost 3e-10 at shape 1e6 and 1.8e-8 at 1e8). Beta variances still lose about
 * \( \max(\alpha,\beta) \) ulps to cancellation in \( \psi'(\alpha) - \psi'(\alpha+\beta) \)
 * (3.8e-12 relative at \( \alpha = \beta = 10^5 \)).
 *
 * <p><b>Degenerate data</b> get an {@link IllegalArgumentException} naming the problem rather
 * than NaN parameters: no observations; fewer than 2 (or constant) observations where a
 * scale or shape must be estimated; values outside the family's support (e.g. a negative
 * value for the gamma, 0 or 1 for the beta). All-zero counts are not degenerate for the Poisson:
 * they give the point mass {@code Poisson(0)} (see {@link #poisson}).
 *
 * @since 0.1
 */
public final class Mle {

    private static final double LN_2PI = Math.log(2 * Math.PI);

    private Mle() {
    }

    // ------------------------------------------------------------------ continuous families

    /**
     * Normal: \( \hat\mu = \bar x \), \( \hat\sigma^2 = \frac1n \sum (x_i - \bar x)^2 \)
     * (as {@code scipy.stats.norm.fit}). Standard errors \( \hat\sigma/\sqrt n \) and
     * \( \hat\sigma/\sqrt{2n} \) (estimates uncorrelated).
     *
     * @param x observations, finite; not modified
     * @return the fit, parameters {@code mean}, {@code sd}
     * @throws NullPointerException     if {@code x} is null
     * <p>The fit is computed from the scale-safe {@link Moments}, so any finite data give finite
     * estimates (for {@code {1e200, -1e200, 0}}: mean 0, sd 1.1547e200); the covariance entries
     * \( \hat\sigma^2/n \) overflow to \( +\infty \) once \( \hat\sigma \) exceeds about
     * \( 10^{154} \), and so do the standard errors then.
     *
     * @throws IllegalArgumentException if fewer than 2 values, a value is not finite, or the
     *                                  values are all equal
     */
    public static Fit<Normal> normal(double[] x) {
        Checks.notNull(x, "x");
        requireAtLeast(x.length, 2, "x", "a standard deviation");
        return normal(Moments.of(x), "x");
    }

    /**
     * Normal fit from the {@link Moments} of the data, for data summarised elsewhere (for example
     * aggregated over a distributed dataset): the estimates, standard errors and log-likelihood of
     * {@link #normal(double[])}, \( \hat\mu = \bar x \), \( \hat\sigma^2 = m_2 \) (the population
     * variance), \( \ell = -\frac n2 (\ln 2\pi + \ln \hat\sigma^2 + 1) \), with
     * \( n \) = {@link Moments#count()}.
     *
     * @param moments the moments of at least 2 finite values, at most {@link Integer#MAX_VALUE}
     * @param name    the data's name, for messages
     * @return the fit, parameters {@code mean}, {@code sd}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if fewer than 2 or more than {@link Integer#MAX_VALUE}
     *                                  values, or the values are all equal
     * @since 0.2
     */
    public static Fit<Normal> normal(Moments moments, String name) {
        Checks.notNull(moments, "moments");
        Checks.notNull(name, "name");
        long count = moments.count();
        if (count < 2 || count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("moments of " + name + " must count between 2 and Integer.MAX_VALUE = "
                    + Integer.MAX_VALUE + " values to estimate a standard deviation, had " + count);
        }
        int n = (int) count;
        double mean = moments.mean();
        double var = moments.populationVariance();
        double sd;
        double logVar;
        if (var >= Double.MIN_NORMAL && var < Double.POSITIVE_INFINITY) {
            sd = Math.sqrt(var);
            logVar = Math.log(var);
        } else {
            // the variance overflows or underflows (|x| beyond about 1e154 or below 1e-154):
            // the scale-safe standard deviation is still exact
            sd = moments.populationStandardDeviation();
            logVar = 2 * Math.log(sd);
        }
        if (!(sd > 0)) {
            throw constant(name, "a normal");
        }
        if (sd == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " is too widely spread to fit a normal: its standard deviation "
                    + "exceeds Double.MAX_VALUE (min " + moments.min() + ", max " + moments.max() + ")");
        }
        double ll = -0.5 * n * (LN_2PI + logVar + 1.0);
        return Fit.of(new Normal(mean, sd), ll, n, 2, List.of("mean", "sd"), new double[] {mean, sd},
                new double[][] {{var / n, 0}, {0, var / (2.0 * n)}});
    }

    /**
     * Exponential: \( \hat\lambda = 1/\bar x \) (as {@code scipy.stats.expon.fit(x, floc=0)},
     * whose scale is \( 1/\hat\lambda \)). Standard error \( \hat\lambda/\sqrt n \).
     *
     * @param x observations, finite and {@code >= 0}, not all 0; not modified
     * @return the fit, parameter {@code rate}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if empty, a value is negative or not finite, or all
     *                                  values are 0
     */
    public static Fit<Exponential> exponential(double[] x) {
        return representable(() -> exponentialFit(x));
    }

    private static Fit<Exponential> exponentialFit(double[] x) {
        Checks.notNull(x, "x");
        requireAtLeast(x.length, 1, "x", "a rate");
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                throw outside("x", i, v, "[0, inf)", "an exponential");
            }
            sum += v;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("x must not be all 0 to fit an exponential (the rate would be infinite)");
        }
        int n = x.length;
        double rate = n / sum;
        double ll = n * Math.log(rate) - rate * sum;
        return Fit.of(new Exponential(rate), ll, n, 1, List.of("rate"), new double[] {rate},
                new double[][] {{rate * rate / n}});
    }

    /**
     * Gamma with shape \( \alpha \) and rate \( \beta \): one pass over the data for
     * \( \bar x \) and \( \overline{\log x} \), then Newton's method on
     * \( \log\alpha - \psi(\alpha) = s = \log\bar x - \overline{\log x} \) started from
     * Minka's approximation \( \alpha_0 = (3 - s + \sqrt{(s-3)^2 + 24s}) / (12s) \);
     * \( \hat\beta = \hat\alpha / \bar x \). Equals {@code scipy.stats.gamma.fit(x, floc=0)}
     * (shape {@code a}, scale \( 1/\hat\beta \)).
     *
     * <p>Standard errors from the inverse of \( n \begin{pmatrix} \psi'(\alpha) &amp; -1/\beta \\
     * -1/\beta &amp; \alpha/\beta^2 \end{pmatrix} \).
     *
     * @param x observations, finite and {@code > 0}, not all equal; not modified
     * @return the fit, parameters {@code shape}, {@code rate}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if fewer than 2 values, a value is not finite and
     *                                  positive, or all values are equal
     */
    public static Fit<Gamma> gamma(double[] x) {
        return representable(() -> gammaFit(x));
    }

    private static Fit<Gamma> gammaFit(double[] x) {
        Checks.notNull(x, "x");
        requireAtLeast(x.length, 2, "x", "a gamma shape");
        double[] sums = sumAndSumOfLogs(x);   // rejects values outside (0, inf) first
        int n = x.length;
        int i = 1;
        while (i < n && x[i] == x[0]) {   // valid data that are not constant: stops at once
            i++;
        }
        if (i == n) {
            throw constant("x", "a gamma");
        }
        return gammaFromSums(n, sums[0], sums[1]);
    }

    /**
     * Gamma from its sufficient statistics: the fit of {@link #gamma(double[])} for \( n \)
     * positive observations with \( \sum_i x_i = \) {@code sum} and
     * \( \sum_i \log x_i = \) {@code sumOfLogs} (the estimates depend on the data only through
     * them: \( \log\hat\alpha - \psi(\hat\alpha) = \log\bar x - \overline{\log x} \),
     * \( \hat\beta = \hat\alpha/\bar x \)). For data whose sums were computed elsewhere, e.g.
     * merged from the partitions of a distributed data set; the caller vouches that they are the
     * sums of \( n \) positive values.
     *
     * @param n         number of observations, {@code >= 2}
     * @param sum       \( \sum_i x_i \), finite and {@code > 0}
     * @param sumOfLogs \( \sum_i \log x_i \), finite
     * @return the fit, parameters {@code shape}, {@code rate}
     * @throws IllegalArgumentException if {@code n < 2}, a sum is not finite, {@code sum <= 0},
     *                                  or \( \log\bar x - \overline{\log x} \le 0 \) (constant
     *                                  data, or sums no positive data can have)
     * @since 0.1
     */
    public static Fit<Gamma> gamma(int n, double sum, double sumOfLogs) {
        requireAtLeast(n, 2, "n", "a gamma shape");
        if (!(sum > 0 && sum < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("sum must be > 0 and finite, was " + sum);
        }
        Checks.finite(sumOfLogs, "sumOfLogs");
        double s = Math.log(sum / n) - sumOfLogs / n;
        if (!(s > 0)) {
            // Jensen: log(mean) > mean(log x) for positive values that are not all equal
            throw new IllegalArgumentException("sumOfLogs must be < n log(sum / n) = " + n * Math.log(sum / n)
                    + " (the sums of n positive values, not all equal), was " + sumOfLogs);
        }
        return representable(() -> gammaFromSums(n, sum, sumOfLogs));
    }

    private static Fit<Gamma> gammaFromSums(int n, double sum, double sumLog) {
        double mean = sum / n;
        double meanLog = sumLog / n;
        double s = Math.log(mean) - meanLog;
        if (!(s > 0)) {
            // only possible through rounding for nearly constant data
            throw new IllegalArgumentException(
                    "x is too nearly constant to fit a gamma: log(mean) - mean(log x) = " + s);
        }
        double a = gammaShape(s);
        double rate = a / mean;
        double ll = n * (a * Math.log(rate) - org.apache.commons.numbers.gamma.LogGamma.value(a))
                + (a - 1) * sumLog - rate * sum;
        // inverse of n [[psi'(a), -1/b], [-1/b, a/b^2]]: (1 / (n D)) [[a, b], [b, psi'(a) b^2]]
        // with D = a psi'(a) - 1 computed without cancellation (it tends to 1/(2a))
        double t = Trigamma.value(a);
        double nd = n * Trigamma.xTrigammaMinusOne(a);
        double[][] cov = {{a / nd, rate / nd}, {rate / nd, t * rate * rate / nd}};
        return Fit.of(new Gamma(a, rate), ll, n, 2, List.of("shape", "rate"), new double[] {a, rate}, cov);
    }

    /** Bits of the significand of a double. */
    private static final long SIGNIFICAND = 0x000F_FFFF_FFFF_FFFFL;
    /** Bits of the exponent of 1.0. */
    private static final long EXPONENT_OF_ONE = 0x3FF0_0000_0000_0000L;
    /** \( \ln 2 - \) {@code Math.log(2)}, the rounding error of the double nearest \( \ln 2 \). */
    private static final double LN2_ERROR = 2.319046813846299558e-17;
    /** Values per block of {@link #sumAndSumOfLogs}: 8 chains of 16 products. */
    private static final int LOG_BLOCK = 128;
    /** Smallest value of a fast block, \( 2^{-63} \): 16 of them multiply to at least \( 2^{-1008} \), a normal double. */
    private static final double FAST_MIN = 0x1p-63;
    /** Largest value of a fast block, \( 2^{63} \): 16 of them multiply to at most \( 2^{1008} \). */
    private static final double FAST_MAX = 0x1p63;

    /**
     * \( \sum_i x_i \) and \( \sum_i \ln x_i \), rejecting the first value outside
     * \( (0, \infty) \) (as the gamma fits do), with one logarithm per block of 128 values
     * instead of one per value. A block whose values all lie in \( [2^{-63}, 2^{63}] \) (one
     * comparison pair per value, no branch, which also rejects NaN, infinities and values
     * \( \le 0 \)) is multiplied in 8 independent chains of 16 values, each product within the
     * normal doubles; the chains' exponents are summed as integers and their significands
     * \( m_c \in [1, 2) \) multiplied, so that
     * \[ \sum_{i \in \text{block}} \ln x_i = \ln 2 \sum_c e_c + \ln \prod_c m_c, \]
     * with the exponent sum exact (times \( \ln 2 \) with its rounding error restored by a fused
     * multiply-add at the end) and 127 roundings in the product, a relative error of at most about
     * \( 127 \cdot 2^{-53} \): an absolute error in its logarithm no larger than that of adding
     * the 128 logarithms one by one. The blocks' sums and logarithms are added with Neumaier's
     * compensation (one step per block). Any other block is taken value by value: checked (the first value
     * outside \( (0, \infty) \) is reported, earlier blocks having passed) and written as
     * \( m_i 2^{e_i} \), a subnormal value after an exact scaling by \( 2^{54} \).
     *
     * @throws IllegalArgumentException naming the first {@code x[i]} not finite and {@code > 0}
     */
    static double[] sumAndSumOfLogs(double[] x) {
        int n = x.length;
        CompensatedSum sum = CompensatedSum.create();    // of the blocks' sums and logarithms
        CompensatedSum logs = CompensatedSum.create();
        long exponents = 0;
        for (int i = 0; i < n; i += LOG_BLOCK) {
            int end = Math.min(n, i + LOG_BLOCK);
            if (end - i == LOG_BLOCK) {
                double t0 = 0;
                double t1 = 0;
                double t2 = 0;
                double t3 = 0;
                double p0 = 1;
                double p1 = 1;
                double p2 = 1;
                double p3 = 1;
                double p4 = 1;
                double p5 = 1;
                double p6 = 1;
                double p7 = 1;
                boolean fast = true;
                for (int j = i; j < end; j += 8) {
                    double v0 = x[j];
                    double v1 = x[j + 1];
                    double v2 = x[j + 2];
                    double v3 = x[j + 3];
                    double v4 = x[j + 4];
                    double v5 = x[j + 5];
                    double v6 = x[j + 6];
                    double v7 = x[j + 7];
                    t0 += v0 + v4;
                    t1 += v1 + v5;
                    t2 += v2 + v6;
                    t3 += v3 + v7;
                    p0 *= v0;
                    p1 *= v1;
                    p2 *= v2;
                    p3 *= v3;
                    p4 *= v4;
                    p5 *= v5;
                    p6 *= v6;
                    p7 *= v7;
                    fast &= v0 >= FAST_MIN & v0 <= FAST_MAX & v1 >= FAST_MIN & v1 <= FAST_MAX
                            & v2 >= FAST_MIN & v2 <= FAST_MAX & v3 >= FAST_MIN & v3 <= FAST_MAX
                            & v4 >= FAST_MIN & v4 <= FAST_MAX & v5 >= FAST_MIN & v5 <= FAST_MAX
                            & v6 >= FAST_MIN & v6 <= FAST_MAX & v7 >= FAST_MIN & v7 <= FAST_MAX;
                }
                if (fast) {
                    sum.add((t0 + t1) + (t2 + t3));
                    exponents += exponent(p0) + exponent(p1) + exponent(p2) + exponent(p3)
                            + exponent(p4) + exponent(p5) + exponent(p6) + exponent(p7);
                    logs.add(Math.log(((significand(p0) * significand(p1)) * (significand(p2) * significand(p3)))
                            * ((significand(p4) * significand(p5)) * (significand(p6) * significand(p7)))));
                    continue;
                }
            }
            double t = 0;
            double p = 1;
            for (int j = i; j < end; j++) {
                double v = x[j];
                if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
                    throw outside("x", j, v, "(0, inf)", "a gamma");
                }
                t += v;
                if (v < Double.MIN_NORMAL) {   // subnormal: scaled by 2^54 (exactly), a normal double
                    v *= 0x1p54;
                    exponents -= 54;
                }
                exponents += exponent(v);
                p *= significand(v);
            }
            sum.add(t);
            logs.add(Math.log(p));
        }
        double e = exponents;
        double hi = e * LN2;
        double lo = Math.fma(e, LN2, -hi) + e * LN2_ERROR;
        return new double[] {sum.value(), hi + (lo + logs.value())};
    }

    /** The binary exponent \( e \) of a normal double \( v = m 2^e \), \( m \in [1, 2) \). */
    private static long exponent(double v) {
        return (Double.doubleToRawLongBits(v) >>> 52) - 1023;
    }

    /** The significand \( m \in [1, 2) \) of a normal double \( v = m 2^e \). */
    private static double significand(double v) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(v) & SIGNIFICAND) | EXPONENT_OF_ONE);
    }

    private static final double LN2 = Math.log(2);

    /** Solves log(a) - digamma(a) = s (s &gt; 0) by Newton's method. */
    static double gammaShape(double s) {
        // f is decreasing and convex: only overshoots to the left can leave (0, inf)
        return positiveNewton((3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s), 100,
                a -> (Math.log(a) - org.apache.commons.numbers.gamma.Digamma.value(a) - s) / (1.0 / a - Trigamma.value(a)));
    }

    /**
     * Newton's method for a root in \( (0, \infty) \) from {@code a}: \( a \leftarrow a - f(a)/f'(a) \)
     * with {@code step} giving \( f(a)/f'(a) \), halving \( a \) instead where a step would leave
     * \( (0, \infty) \); stops once a step moves \( a \) by at most \( 10^{-15} a \), or after
     * {@code maxIterations}.
     */
    private static double positiveNewton(double a, int maxIterations, DoubleUnaryOperator step) {
        for (int iter = 0; iter < maxIterations; iter++) {
            double next = a - step.applyAsDouble(a);
            if (!(next > 0)) {
                next = a / 2;
            }
            if (Math.abs(next - a) <= 1e-15 * a) {
                return next;
            }
            a = next;
        }
        return a;
    }

    /**
     * Beta: Newton's method on the score equations
     * \( \psi(\alpha) - \psi(\alpha+\beta) = \overline{\log x} \),
     * \( \psi(\beta) - \psi(\alpha+\beta) = \overline{\log(1-x)} \), started from the method
     * of moments, with step halving so the log-likelihood (concave in \( (\alpha, \beta) \))
     * never decreases. Equals {@code scipy.stats.beta.fit(x, floc=0, fscale=1)}.
     *
     * <p>Standard errors from the inverse of \( n \begin{pmatrix} \psi'(\alpha) - \psi'(\alpha+\beta)
     * &amp; -\psi'(\alpha+\beta) \\ -\psi'(\alpha+\beta) &amp; \psi'(\beta) - \psi'(\alpha+\beta)
     * \end{pmatrix} \).
     *
     * @param x observations in the open interval (0, 1), not all equal; not modified
     * @return the fit, parameters {@code alpha}, {@code beta}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if fewer than 2 values, a value is outside (0, 1), or
     *                                  all values are equal
     */
    public static Fit<Beta> beta(double[] x) {
        return representable(() -> betaFit(x));
    }

    private static Fit<Beta> betaFit(double[] x) {
        Checks.notNull(x, "x");
        requireAtLeast(x.length, 2, "x", "beta shapes");
        int n = x.length;
        double sum = 0;
        double sumSq = 0;
        double sumLog = 0;
        double sumLog1m = 0;
        boolean constant = true;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (!(v > 0 && v < 1)) {
                throw outside("x", i, v, "(0, 1)", "a beta");
            }
            sum += v;
            sumSq += v * v;
            sumLog += Math.log(v);
            sumLog1m += Math.log1p(-v);
            constant &= v == x[0];
        }
        if (constant) {
            throw constant("x", "a beta");
        }
        double l1 = sumLog / n;
        double l2 = sumLog1m / n;
        double m = sum / n;
        double v = sumSq / n - m * m;
        double common = v > 0 ? m * (1 - m) / v - 1 : 1;
        double a = common > 0 ? m * common : 1;
        double b = common > 0 ? (1 - m) * common : 1;
        double ll = betaMeanLogLik(a, b, l1, l2);
        for (int iter = 0; iter < 200; iter++) {
            double dab = org.apache.commons.numbers.gamma.Digamma.value(a + b);
            double g1 = org.apache.commons.numbers.gamma.Digamma.value(a) - dab - l1;
            double g2 = org.apache.commons.numbers.gamma.Digamma.value(b) - dab - l2;
            double tab = Trigamma.value(a + b);
            double j11 = Trigamma.value(a) - tab;
            double j22 = Trigamma.value(b) - tab;
            double j12 = -tab;
            double det = j11 * j22 - j12 * j12;
            // Newton step on the score: theta -= J^{-1} g (J is the Fisher information, p.d.)
            double da = (j22 * g1 - j12 * g2) / det;
            double db = (j11 * g2 - j12 * g1) / det;
            double step = 1.0;
            double na = a - da;
            double nb = b - db;
            double nll = na > 0 && nb > 0 ? betaMeanLogLik(na, nb, l1, l2) : Double.NEGATIVE_INFINITY;
            while (!(nll >= ll) && step > 1e-10) {
                step /= 2;
                na = a - step * da;
                nb = b - step * db;
                nll = na > 0 && nb > 0 ? betaMeanLogLik(na, nb, l1, l2) : Double.NEGATIVE_INFINITY;
            }
            if (!(nll >= ll)) {
                break; // no ascent possible: at the maximum to rounding
            }
            boolean done = Math.abs(na - a) <= 1e-15 * a && Math.abs(nb - b) <= 1e-15 * b;
            a = na;
            b = nb;
            ll = nll;
            if (done) {
                break;
            }
        }
        double tab = Trigamma.value(a + b);
        double[][] cov = invert2(n * (Trigamma.value(a) - tab), -n * tab,
                n * (Trigamma.value(b) - tab));
        return Fit.of(new Beta(a, b), n * ll, n, 2, List.of("alpha", "beta"), new double[] {a, b}, cov);
    }

    /** Mean log-likelihood of a beta from its sufficient statistics. */
    private static double betaMeanLogLik(double a, double b, double l1, double l2) {
        return (a - 1) * l1 + (b - 1) * l2 - org.apache.commons.numbers.gamma.LogBeta.value(a, b);
    }

    /**
     * Continuous uniform: \( \hat a = \min x \), \( \hat b = \max x \) (as
     * {@code scipy.stats.uniform.fit}, whose scale is \( \hat b - \hat a \)). This is a
     * non-regular model (the support depends on the parameters), so the Fisher information does
     * not apply; the reported standard errors are the exact sampling standard deviations of the
     * extreme order statistics, \( (\hat b - \hat a) \sqrt{n / ((n+1)^2 (n+2))} \).
     *
     * @param x observations, finite, not all equal; not modified
     * @return the fit, parameters {@code lower}, {@code upper}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if fewer than 2 values, a value is not finite, or all
     *                                  values are equal
     */
    public static Fit<Uniform> uniform(double[] x) {
        return representable(() -> uniformFit(x));
    }

    private static Fit<Uniform> uniformFit(double[] x) {
        requireFiniteData(x, 2, "a uniform");
        double[] range = minMax(x);
        double lo = range[0];
        double hi = range[1];
        if (!(hi > lo)) {
            throw constant("x", "a uniform");
        }
        int n = x.length;
        double w = hi - lo;
        double var = w * w * n / ((n + 1.0) * (n + 1.0) * (n + 2.0));
        double cov = w * w / ((n + 1.0) * (n + 1.0) * (n + 2.0));
        return Fit.of(new Uniform(lo, hi), -n * Math.log(w), n, 2, List.of("lower", "upper"),
                new double[] {lo, hi}, new double[][] {{var, cov}, {cov, var}});
    }

    /**
     * Log-normal: \( \hat\mu \) and \( \hat\sigma \) are the mean and the \( 1/n \) standard
     * deviation of \( \log x \) (as {@code scipy.stats.lognorm.fit(x, floc=0)}, whose shape is
     * \( \hat\sigma \) and scale \( e^{\hat\mu} \)). Standard errors
     * \( \hat\sigma/\sqrt n \) and \( \hat\sigma/\sqrt{2n} \).
     *
     * @param x observations, finite and {@code > 0}, not all equal; not modified
     * @return the fit, parameters {@code mu}, {@code sigma}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if fewer than 2 values, a value is not finite and
     *                                  positive, or all values are equal
     */
    public static Fit<LogNormal> logNormal(double[] x) {
        Checks.notNull(x, "x");
        requireAtLeast(x.length, 2, "x", "a log-normal");
        int n = x.length;
        Logs logsOfX = logsOfPositive(x, "a log-normal");
        double[] logs = logsOfX.values();
        double sumLog = logsOfX.sum();
        Moments m = Moments.of(logs);
        double var = m.populationVariance();
        if (!(var > 0)) {
            throw constant("x", "a log-normal");
        }
        double mu = m.mean();
        double sigma = Math.sqrt(var);
        double ll = -sumLog - 0.5 * n * (LN_2PI + Math.log(var) + 1.0);
        return Fit.of(new LogNormal(mu, sigma), ll, n, 2, List.of("mu", "sigma"), new double[] {mu, sigma},
                new double[][] {{var / n, 0}, {0, var / (2.0 * n)}});
    }

    /**
     * Laplace: \( \hat\mu \) the sample median (the mean of the two middle values for even
     * \( n \), as NumPy) and \( \hat b = \frac1n \sum |x_i - \hat\mu| \) (as
     * {@code scipy.stats.laplace.fit}). Standard errors \( \hat b/\sqrt n \) for both (the
     * Fisher information is \( 1/b^2 \) per observation for each parameter).
     *
     * @param x observations, finite, not all equal; not modified
     * @return the fit, parameters {@code location}, {@code scale}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if fewer than 2 values, a value is not finite, or the
     *                                  mean absolute deviation is 0
     */
    public static Fit<Laplace> laplace(double[] x) {
        return representable(() -> laplaceFit(x));
    }

    private static Fit<Laplace> laplaceFit(double[] x) {
        requireFiniteData(x, 2, "a Laplace scale");
        int n = x.length;
        double median = median(x);
        double sad = 0;
        for (double v : x) {
            sad += Math.abs(v - median);
        }
        double scale = sad / n;
        if (!(scale > 0)) {
            throw constant("x", "a Laplace");
        }
        double ll = -n * Math.log(2 * scale) - sad / scale;
        return Fit.of(new Laplace(median, scale), ll, n, 2, List.of("location", "scale"),
                new double[] {median, scale}, new double[][] {{scale * scale / n, 0}, {0, scale * scale / n}});
    }

    // ----------------------------------------------------------- one parameter held fixed

    /**
     * Normal with one parameter held fixed: with the mean fixed at \( \mu \),
     * \( \hat\sigma = \sqrt{\frac1n \sum (x_i - \mu)^2} \) ({@code scipy.stats.norm.fit(x, floc=mu)});
     * with the standard deviation fixed, \( \hat\mu = \bar x \) ({@code norm.fit(x, fscale=sd)}).
     * Standard errors as in {@link #normal(double[])}: \( \sigma/\sqrt n \) for the mean and
     * \( \hat\sigma/\sqrt{2n} \) for the sd (the information is diagonal, so fixing one parameter
     * leaves the other's unchanged); 0 for the fixed one.
     *
     * @param x     observations, finite; not modified
     * @param fixed {@code mean} (any finite value) or {@code sd} (&gt; 0)
     * @return the fit, parameters {@code mean}, {@code sd}, one free
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty or has a non-finite value, the fixed
     *                                  parameter is unknown or out of range, or (mean fixed) every
     *                                  value equals the mean
     */
    public static Fit<Normal> normal(double[] x, Fixed fixed) {
        return representable(() -> normalFixed(x, fixed));
    }

    private static Fit<Normal> normalFixed(double[] x, Fixed fixed) {
        boolean meanFixed = firstFixed(x, fixed, "a normal", "mean", "sd");
        requireAtLeast(x.length, 1, "x", "a normal");
        Checks.allFinite(x, "x");
        int n = x.length;
        double mean;
        double sd;
        if (meanFixed) {
            mean = fixed.value();
            // sqrt(mean((x - mu)^2)) = sqrt(m2 + (xbar - mu)^2) without overflow: scale by the largest deviation
            double big = 0;
            for (double v : x) {
                big = Math.max(big, Math.abs(v - mean));
            }
            if (big == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("x is too widely spread around the fixed mean " + mean
                        + " to fit a normal: a deviation exceeds Double.MAX_VALUE");
            }
            if (!(big > 0)) {
                throw new IllegalArgumentException("x must not equal the fixed mean everywhere to fit a normal (the sd would be 0)");
            }
            double ss = 0;
            for (double v : x) {
                double d = (v - mean) / big;
                ss += d * d;
            }
            sd = big * Math.sqrt(ss / n);
        } else {
            sd = positiveFixed(fixed, "a normal");
            mean = Moments.of(x).mean();
        }
        Normal d = new Normal(mean, sd);
        double ll = d.logLikelihood(x);
        double[][] cov = meanFixed ? new double[][] {{0, 0}, {0, sd * sd / (2.0 * n)}}
                : new double[][] {{sd * sd / n, 0}, {0, 0}};
        return Fit.of(d, ll, n, 1, List.of("mean", "sd"), new double[] {mean, sd}, cov);
    }

    /**
     * Gamma with one parameter held fixed: with the shape fixed at \( \alpha \),
     * \( \hat\beta = \alpha/\bar x \) ({@code scipy.stats.gamma.fit(x, f0=alpha, floc=0)});
     * with the rate fixed at \( \beta \), \( \hat\alpha \) solves
     * \( \psi(\alpha) = \log\beta + \overline{\log x} \) by Newton's method
     * ({@code gamma.fit(x, floc=0, fscale=1/beta)}). Standard errors from the free parameter's
     * own Fisher information (the profile, not the inverse of the 2×2 matrix):
     * \( \hat\beta/\sqrt{n\alpha} \) for the rate and \( 1/\sqrt{n\,\psi'(\hat\alpha)} \) for the shape.
     *
     * @param x     observations, finite and {@code > 0}; not modified
     * @param fixed {@code shape} or {@code rate}, &gt; 0
     * @return the fit, parameters {@code shape}, {@code rate}, one free
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty or a value is not finite and
     *                                  positive, or the fixed parameter is unknown or not positive
     */
    public static Fit<Gamma> gamma(double[] x, Fixed fixed) {
        return representable(() -> gammaFixed(x, fixed));
    }

    private static Fit<Gamma> gammaFixed(double[] x, Fixed fixed) {
        boolean shapeFixed = firstFixed(x, fixed, "a gamma", "shape", "rate");
        double value = positiveFixed(fixed, "a gamma");
        requireAtLeast(x.length, 1, "x", "a gamma");
        int n = x.length;
        double[] sums = sumAndSumOfLogs(x);   // rejects values outside (0, inf)
        double a;
        double rate;
        double[][] cov;
        if (shapeFixed) {
            a = value;
            rate = a / (sums[0] / n);
            cov = new double[][] {{0, 0}, {0, rate * rate / (n * a)}};
        } else {
            rate = value;
            a = inverseDigamma(Math.log(rate) + sums[1] / n);
            cov = new double[][] {{1 / (n * Trigamma.value(a)), 0}, {0, 0}};
        }
        double ll = n * (a * Math.log(rate) - org.apache.commons.numbers.gamma.LogGamma.value(a))
                + (a - 1) * sums[1] - rate * sums[0];
        return Fit.of(new Gamma(a, rate), ll, n, 1, List.of("shape", "rate"), new double[] {a, rate}, cov);
    }

    /** Solves digamma(a) = c by Newton's method from Minka's starting point (digamma is increasing and concave). */
    static double inverseDigamma(double c) {
        // concave increasing: only overshoots to the left can leave (0, inf)
        return positiveNewton(c >= -2.22 ? Math.exp(c) + 0.5 : -1 / (c + 0.5772156649015329), 200,
                a -> (org.apache.commons.numbers.gamma.Digamma.value(a) - c) / Trigamma.value(a));
    }

    /**
     * Beta with one shape held fixed: with \( \alpha \) fixed, \( \hat\beta \) solves
     * \( \psi(\beta) - \psi(\alpha+\beta) = \overline{\log(1-x)} \) (and symmetrically), by
     * safeguarded Newton on this increasing function of the free shape; as
     * {@code scipy.stats.beta.fit(x, f0=alpha, floc=0, fscale=1)} ({@code f1} for \( \beta \)).
     * Standard error \( 1/\sqrt{n(\psi'(\hat\beta) - \psi'(\alpha+\hat\beta))} \) for the free shape.
     *
     * @param x     observations in the open interval (0, 1); not modified
     * @param fixed {@code alpha} or {@code beta}, &gt; 0
     * @return the fit, parameters {@code alpha}, {@code beta}, one free
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty or a value is outside (0, 1), or the
     *                                  fixed parameter is unknown or not positive
     */
    public static Fit<Beta> beta(double[] x, Fixed fixed) {
        return representable(() -> betaFixed(x, fixed));
    }

    private static Fit<Beta> betaFixed(double[] x, Fixed fixed) {
        boolean alphaFixed = firstFixed(x, fixed, "a beta", "alpha", "beta");
        double value = positiveFixed(fixed, "a beta");
        requireAtLeast(x.length, 1, "x", "a beta");
        int n = x.length;
        double sumLog = 0;
        double sumLog1m = 0;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (!(v > 0 && v < 1)) {
                throw outside("x", i, v, "(0, 1)", "a beta");
            }
            sumLog += Math.log(v);
            sumLog1m += Math.log1p(-v);
        }
        double l1 = sumLog / n;
        double l2 = sumLog1m / n;
        // solve psi(b) - psi(fixed + b) = target for the free shape b
        double target = alphaFixed ? l2 : l1;
        double free = freeBetaShape(value, target);
        double a = alphaFixed ? value : free;
        double b = alphaFixed ? free : value;
        double info = n * (Trigamma.value(free) - Trigamma.value(a + b));
        double[][] cov = alphaFixed ? new double[][] {{0, 0}, {0, 1 / info}} : new double[][] {{1 / info, 0}, {0, 0}};
        return Fit.of(new Beta(a, b), n * betaMeanLogLik(a, b, l1, l2), n, 1, List.of("alpha", "beta"),
                new double[] {a, b}, cov);
    }

    /**
     * Root in b of g(b) = psi(b) - psi(c + b) - t (t &lt; 0): g increases from -inf to 0, so
     * bisection in log b keeps a bracket while Newton steps inside it converge.
     */
    private static double freeBetaShape(double c, double t) {
        double lo = Double.MIN_NORMAL;
        double hi = Double.MAX_VALUE;
        double b = Math.max(1e-3, Math.min(1e3, -1 / t)); // g(b) ~ -c/b for large b, ~ -1/b for small
        for (int iter = 0; iter < 400; iter++) {
            double g = org.apache.commons.numbers.gamma.Digamma.value(b)
                    - org.apache.commons.numbers.gamma.Digamma.value(c + b) - t;
            if (g < 0) {
                lo = b;
            } else {
                hi = b;
            }
            double dg = Trigamma.value(b) - Trigamma.value(c + b);
            double next = b - g / dg;
            if (!(next > lo && next < hi)) {
                next = hi == Double.MAX_VALUE ? 2 * b : Math.sqrt(lo) * Math.sqrt(hi);
            }
            if (Math.abs(next - b) <= 1e-15 * b || g == 0) {
                return next;
            }
            b = next;
        }
        return b;
    }

    /**
     * Log-normal with one parameter held fixed: with \( \mu \) fixed,
     * \( \hat\sigma = \sqrt{\frac1n \sum (\log x_i - \mu)^2} \)
     * ({@code scipy.stats.lognorm.fit(x, floc=0, fscale=exp(mu))}); with \( \sigma \) fixed,
     * \( \hat\mu = \overline{\log x} \) ({@code lognorm.fit(x, f0=sigma, floc=0)}). Standard
     * errors \( \sigma/\sqrt n \) for \( \mu \), \( \hat\sigma/\sqrt{2n} \) for \( \sigma \).
     *
     * @param x     observations, finite and {@code > 0}; not modified
     * @param fixed {@code mu} (finite) or {@code sigma} (&gt; 0)
     * @return the fit, parameters {@code mu}, {@code sigma}, one free
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty or a value is not finite and
     *                                  positive, the fixed parameter is unknown or out of range,
     *                                  or (\( \mu \) fixed) every \( \log x_i = \mu \)
     */
    public static Fit<LogNormal> logNormal(double[] x, Fixed fixed) {
        return representable(() -> logNormalFixed(x, fixed));
    }

    private static Fit<LogNormal> logNormalFixed(double[] x, Fixed fixed) {
        boolean muFixed = firstFixed(x, fixed, "a log-normal", "mu", "sigma");
        if (!muFixed) {
            positiveFixed(fixed, "a log-normal");
        }
        requireAtLeast(x.length, 1, "x", "a log-normal");
        int n = x.length;
        Logs logsOfX = logsOfPositive(x, "a log-normal");
        double[] logs = logsOfX.values();
        double sumLog = logsOfX.sum();
        double mu = muFixed ? fixed.value() : Moments.of(logs).mean();
        double ss = 0;
        for (double l : logs) {
            ss += (l - mu) * (l - mu);
        }
        double sigma;
        if (muFixed) {
            if (!(ss > 0)) {
                throw new IllegalArgumentException("x must not equal exp(mu) everywhere to fit a log-normal (sigma would be 0)");
            }
            sigma = Math.sqrt(ss / n);
        } else {
            sigma = fixed.value();
        }
        double ll = -sumLog - n * (0.5 * LN_2PI + Math.log(sigma)) - ss / (2 * sigma * sigma);
        double[][] cov = muFixed ? new double[][] {{0, 0}, {0, sigma * sigma / (2.0 * n)}}
                : new double[][] {{sigma * sigma / n, 0}, {0, 0}};
        return Fit.of(new LogNormal(mu, sigma), ll, n, 1, List.of("mu", "sigma"), new double[] {mu, sigma}, cov);
    }

    /**
     * Laplace with one parameter held fixed: with the location fixed at \( \mu \),
     * \( \hat b = \frac1n \sum |x_i - \mu| \) ({@code scipy.stats.laplace.fit(x, floc=mu)}); with
     * the scale fixed, \( \hat\mu \) is the sample median ({@code laplace.fit(x, fscale=b)}).
     * Standard error \( b/\sqrt n \) for either free parameter.
     *
     * @param x     observations, finite; not modified
     * @param fixed {@code location} (finite) or {@code scale} (&gt; 0)
     * @return the fit, parameters {@code location}, {@code scale}, one free
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty or has a non-finite value, the fixed
     *                                  parameter is unknown or out of range, or (location fixed)
     *                                  every value equals the location
     */
    public static Fit<Laplace> laplace(double[] x, Fixed fixed) {
        return representable(() -> laplaceFixed(x, fixed));
    }

    private static Fit<Laplace> laplaceFixed(double[] x, Fixed fixed) {
        boolean locationFixed = firstFixed(x, fixed, "a Laplace", "location", "scale");
        if (!locationFixed) {
            positiveFixed(fixed, "a Laplace");
        }
        requireAtLeast(x.length, 1, "x", "a Laplace");
        Checks.allFinite(x, "x");
        int n = x.length;
        double location;
        if (locationFixed) {
            location = fixed.value();
        } else {
            location = median(x);
        }
        double sad = 0;
        for (double v : x) {
            sad += Math.abs(v - location);
        }
        double scale = locationFixed ? sad / n : fixed.value();
        if (!(scale > 0)) {
            throw new IllegalArgumentException("x must not equal the fixed location everywhere to fit a Laplace (the scale would be 0)");
        }
        double ll = -n * Math.log(2 * scale) - sad / scale;
        double v = scale * scale / n;
        double[][] cov = locationFixed ? new double[][] {{0, 0}, {0, v}} : new double[][] {{v, 0}, {0, 0}};
        return Fit.of(new Laplace(location, scale), ll, n, 1, List.of("location", "scale"),
                new double[] {location, scale}, cov);
    }

    /** Index (0 or 1) of the fixed parameter among the family's two names. */
    private static int which(Fixed fixed, String family, String first, String second) {
        if (fixed.parameter().equals(first)) {
            return 0;
        }
        if (fixed.parameter().equals(second)) {
            return 1;
        }
        throw new IllegalArgumentException("fixed.parameter must be " + first + " or " + second + " to fit "
                + family + ", was \"" + fixed.parameter() + "\"");
    }

    private static double positiveFixed(Fixed fixed, String family) {
        if (!(fixed.value() > 0)) {
            throw new IllegalArgumentException("fixed.value must be > 0 for " + fixed.parameter() + " of " + family
                    + ", was " + fixed.value());
        }
        return fixed.value();
    }

    // ------------------------------------------------------------ location-scale (shifted) fits

    /**
     * Two-parameter exponential, \( f(x) = \lambda e^{-\lambda (x - c)} \) for \( x \ge c \):
     * \( \hat c = \min_i x_i \), \( \hat\lambda = n / \sum_i (x_i - \hat c) \), i.e. scale
     * \( 1/\hat\lambda = \bar x - \min x \) (as {@code scipy.stats.expon.fit(x)}, whose {@code loc} is
     * \( \hat c \) and {@code scale} \( 1/\hat\lambda \)). Log-likelihood \( n\ln\hat\lambda - n \).
     *
     * <p><b>Standard errors.</b> The location is a boundary estimate: the likelihood increases up
     * to \( c = \min x \) and drops to \( -\infty \) beyond it, so there is no score equation and no
     * Fisher information for \( c \), and \( \hat c \) converges at rate \( 1/n \), not
     * \( 1/\sqrt n \). Under the model \( \hat c - c \) is exactly exponential with rate
     * \( n\lambda \) (always \( \ge 0 \): \( \hat c \) overestimates \( c \) by \( 1/(n\lambda) \) on
     * average), and independent of \( \sum (x_i - \hat c) \sim \mathrm{Gamma}(n - 1, \lambda) \). The
     * fit reports for {@code location} that exact standard deviation at the estimate,
     * \( 1/(n\hat\lambda) \); for {@code rate} the usual \( \hat\lambda/\sqrt n \) from the Fisher
     * information \( n/\lambda^2 \) (regular: the location's faster convergence leaves the rate's
     * asymptotics as if \( c \) were known; exact variance
     * \( n^2\lambda^2/((n-2)^2(n-3)) \) for \( n &gt; 3 \)); covariance 0 (independence). A Wald
     * interval for the location is not meaningful; the exact one-sided interval is
     * \( [\hat c - (-\ln\alpha)/(n\hat\lambda), \hat c] \) (with \( \lambda \) estimated, approximately).
     *
     * @param x observations, finite, not all equal; not modified
     * @return the fit, parameters {@code location}, {@code rate}; the distribution is
     *         {@code Shifted.of(Exponential.of(rate), location)}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if fewer than 2 values, a value is not finite, or all values
     *                                  are equal
     */
    public static Fit<Shifted<Exponential>> shiftedExponential(double[] x) {
        return representable(() -> shiftedExponentialFit(x));
    }

    private static Fit<Shifted<Exponential>> shiftedExponentialFit(double[] x) {
        requireFiniteData(x, 2, "a location and a rate");
        double min = Double.POSITIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
        }
        // running mean of the halved excesses (x_i - min)/2: no overflow for data near +-MAX_VALUE
        int n = x.length;
        double halfMean = 0;
        for (int i = 0; i < n; i++) {
            double d = 0.5 * x[i] - 0.5 * min;
            halfMean += (d - halfMean) / (i + 1);
        }
        if (!(halfMean > 0)) {
            throw constant("x", "a shifted exponential");
        }
        double scale = 2 * halfMean;
        double rate = 1 / scale;
        double seLocation = scale / n;
        return Fit.of(Shifted.of(new Exponential(rate), min), n * Math.log(rate) - n, n, 2,
                List.of("location", "rate"), new double[] {min, rate},
                new double[][] {{seLocation * seLocation, 0}, {0, rate * rate / n}});
    }

    /**
     * Three-parameter (shifted) log-normal, \( \ln(X - c) \sim N(\mu, \sigma^2) \), by the
     * <em>local</em> maximum-likelihood estimator.
     *
     * <p><b>The estimator.</b> The likelihood is unbounded: as \( c \to \min x \) from below, the
     * profile log-likelihood \( \ell_p(c) = -\sum_i \ln(x_i - c) - \tfrac n2\left(\ln(2\pi\hat\sigma^2(c))
     * + 1\right) \), with \( \hat\mu(c), \hat\sigma^2(c) \) the mean and \( 1/n \) variance of
     * \( \ln(x_i - c) \), tends to \( +\infty \) (Hill 1963), so the global maximum is the useless
     * degenerate fit at \( c = \min x \). The estimator used is the largest interior local maximum of
     * \( \ell_p \) over \( c &lt; \min x \) (Cohen 1951; Hill 1963; Cohen &amp; Whitten 1980, "local
     * MLE"), which is consistent and asymptotically normal with the Fisher information below. It is
     * found by scanning \( \delta = \min x - c = e^u\,(\max x - \min x)/2 \) for
     * \( u \in [-40, 25] \) in steps of 0.05 (with \( \ell_p = -\sum_i s_i - \tfrac n2 \ln\operatorname{var}(\delta s)
     * \) + const, \( s_i = \operatorname{log1p}((x_i - \min x)/\delta) \), free of cancellation; beyond
     * \( u = 25 \) the location is more than \( 10^{10} \) ranges away and the fit is a normal in
     * all but rounding), then bisecting the profile score
     * \( \sum_i (1 + (t_i - \hat\mu)/\hat\sigma^2)/(x_i - c) \), \( t_i = \ln(x_i - c) \), to full
     * precision; the logarithms are formed as \( \ln\delta + \operatorname{log1p}((x_i - \min x)/\delta) \)
     * so that neither end of the scan loses digits. When \( \ell_p \) has no interior local maximum
     * (typically a sample skewness \( \le 0 \): the profile then rises toward the normal limit
     * \( c \to -\infty \)), the fit is rejected.
     *
     * <p><b>SciPy.</b> {@code scipy.stats.lognorm.fit(x)} (1.10.1) runs Nelder–Mead from a generic
     * start and is unreliable here: on the wine data it stops at the interior local maximum for some
     * columns and runs into the degenerate boundary \( c \approx \min x \) for others (proline:
     * {@code loc} 277.99999999999955 with the minimum 278), where this method returns the interior
     * maximum.
     *
     * <p><b>Standard errors</b> from the inverse of the expected Fisher information of
     * \( (c, \mu, \sigma) \), per observation (with \( w = e^{-\mu + \sigma^2/2} \))
     * \[ \begin{pmatrix} w^2 e^{\sigma^2}(1 + \sigma^{-2}) &amp; w/\sigma^2 &amp; -2w/\sigma \\
     * w/\sigma^2 &amp; 1/\sigma^2 &amp; 0 \\ -2w/\sigma &amp; 0 &amp; 2/\sigma^2 \end{pmatrix}, \]
     * times \( n \); regular at an interior local maximum.
     *
     * @param x observations, finite, not all equal, at least 3; not modified
     * @return the fit, parameters {@code location}, {@code mu}, {@code sigma}; the distribution is
     *         {@code Shifted.of(LogNormal.of(mu, sigma), location)}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if fewer than 3 values, a value is not finite, all values are
     *                                  equal, the likelihood has no interior local maximum, or the Fisher
     *                                  information at it is numerically singular
     */
    public static Fit<Shifted<LogNormal>> shiftedLogNormal(double[] x) {
        return representable(() -> shiftedLogNormalFit(x));
    }

    private static Fit<Shifted<LogNormal>> shiftedLogNormalFit(double[] x) {
        requireFiniteData(x, 3, "a shifted log-normal");
        int n = x.length;
        double[] minMax = minMax(x);
        double min = minMax[0];
        double max = minMax[1];
        if (!(max > min)) {
            throw constant("x", "a shifted log-normal");
        }
        double range = 0.5 * max - 0.5 * min;   // half the range: no overflow
        double[] rel = new double[n];            // (x_i - min) / range, in [0, 2]
        for (int i = 0; i < n; i++) {
            rel[i] = 2 * ((0.5 * x[i] - 0.5 * min) / range);
        }
        // scan u = ln(delta / range); l(u) is the profile log-likelihood up to the constant -n ln(range)
        double step = 0.05;
        int points = (int) Math.round((SCAN_HIGH - SCAN_LOW) / step) + 1;
        double[] ell = new double[points];
        for (int j = 0; j < points; j++) {
            ell[j] = profileLogNormal(rel, SCAN_LOW + j * step);
        }
        int best = -1;
        for (int j = 1; j < points - 1; j++) {
            if (ell[j] > ell[j - 1] && ell[j] >= ell[j + 1] && (best < 0 || ell[j] > ell[best])) {
                best = j;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("x has no interior local maximum of the shifted log-normal likelihood"
                    + " (it rises toward the degenerate fit at location = min x = " + min
                    + " and toward the normal limit; a sample skewness <= 0 typically does this)");
        }
        // bisect the profile score in u: dl/du = -g(u) changes sign from + to - at the maximum
        double a = SCAN_LOW + (best - 1) * step;
        double b = SCAN_LOW + (best + 1) * step;
        for (int it = 0; it < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); it++) {
            double mid = 0.5 * (a + b);
            if (profileScore(rel, mid) < 0) {
                a = mid;
            } else {
                b = mid;
            }
        }
        double u = 0.5 * (a + b);
        double delta = Math.exp(u);              // (min - c) / range
        double[] s = new double[n];
        double sumS = 0;
        for (int i = 0; i < n; i++) {
            s[i] = Math.log1p(rel[i] / delta);
            sumS += s[i];
        }
        Moments m = Moments.of(s);
        double var = m.populationVariance();
        double logScale = Math.log(delta) + Math.log(range);   // ln(min - c)
        double mu = logScale + m.mean();
        double sigma = Math.sqrt(var);
        double location = min - delta * range;
        double ll = -n * logScale - sumS - 0.5 * n * (LN_2PI + Math.log(var) + 1.0);
        // expected Fisher information of (c, mu, sigma), per observation
        double w = Math.exp(-mu + 0.5 * var);
        double icc = w * w * Math.exp(var) * (1 + 1 / var);
        double icm = w / var;
        double ics = -2 * w / sigma;
        double imm = 1 / var;
        double iss = 2 / var;
        double[][] cov = invert3(new double[][] {{icc, icm, ics}, {icm, imm, 0}, {ics, 0, iss}}, n);
        if (!(cov[0][0] > 0 && cov[1][1] > 0 && cov[2][2] > 0)) {
            throw new IllegalArgumentException("x gives a shifted log-normal fit (location " + location + ", mu " + mu
                    + ", sigma " + sigma + ") whose Fisher information is numerically singular; the data are too close"
                    + " to a normal or to the boundary for this three-parameter fit");
        }
        return Fit.of(Shifted.of(new LogNormal(mu, sigma), location), ll, n, 3,
                List.of("location", "mu", "sigma"), new double[] {location, mu, sigma}, cov);
    }

    /** Scan range of u = ln((min x - c) / halfrange) for the shifted log-normal. */
    private static final double SCAN_LOW = -40;
    private static final double SCAN_HIGH = 25;

    /**
     * Profile log-likelihood at delta = e^u (in units of the half range), less n ln(range) and
     * constants, as -sum s - n/2 ln var(delta s): the -n u of ln(x_i - c) and the +n u hidden in
     * ln var(s) are cancelled analytically (at large u they would swamp the variation).
     */
    private static double profileLogNormal(double[] rel, double u) {
        Profile p = profile(rel, u);
        double delta = p.delta();
        double mean = p.mean();
        double ss = 0;
        for (double v : p.s()) {
            ss += (delta * v - delta * mean) * (delta * v - delta * mean);
        }
        int n = rel.length;
        return -p.sum() - 0.5 * n * Math.log(ss / n);
    }

    /**
     * The shifted log-normal's profile at \( \delta = e^u \): \( s_i = \operatorname{log1p}(r_i/\delta) \),
     * their sum (left to right) and mean.
     */
    private record Profile(double delta, double[] s, double sum, double mean) {
    }

    private static Profile profile(double[] rel, double u) {
        double delta = Math.exp(u);
        double[] s = new double[rel.length];
        double sum = 0;
        for (int i = 0; i < rel.length; i++) {
            s[i] = Math.log1p(rel[i] / delta);
            sum += s[i];
        }
        return new Profile(delta, s, sum, sum / rel.length);
    }

    /** \( \delta\,\partial\ell_p/\partial c \) at delta = e^u; \( d\ell_p/du = -\) this. */
    private static double profileScore(double[] rel, double u) {
        Profile p = profile(rel, u);
        double delta = p.delta();
        double[] s = p.s();
        double mean = p.mean();
        int n = rel.length;
        double ss = 0;
        for (double v : s) {
            ss += (v - mean) * (v - mean);
        }
        double var = ss / n;
        double g = 0;
        for (int i = 0; i < n; i++) {
            g += (1 + (s[i] - mean) / var) / (1 + rel[i] / delta);
        }
        return g;
    }

    /** Inverse of n times the symmetric 3x3 matrix a (cofactors). */
    private static double[][] invert3(double[][] a, int n) {
        double c00 = a[1][1] * a[2][2] - a[1][2] * a[2][1];
        double c01 = a[1][2] * a[2][0] - a[1][0] * a[2][2];
        double c02 = a[1][0] * a[2][1] - a[1][1] * a[2][0];
        double det = (a[0][0] * c00 + a[0][1] * c01 + a[0][2] * c02) * n;
        double c11 = a[0][0] * a[2][2] - a[0][2] * a[2][0];
        double c12 = a[0][1] * a[2][0] - a[0][0] * a[2][1];
        double c22 = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        return new double[][] {{c00 / det, c01 / det, c02 / det}, {c01 / det, c11 / det, c12 / det},
            {c02 / det, c12 / det, c22 / det}};
    }

    // -------------------------------------------------------------------- discrete families

    /**
     * Bernoulli: \( \hat p = \bar x \). Standard error \( \sqrt{\hat p(1-\hat p)/n} \)
     * (0 when \( \hat p \in \{0, 1\} \)).
     *
     * @param x observations, each 0 or 1; not modified
     * @return the fit, parameter {@code p}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if empty or a value is not 0 or 1
     */
    public static Fit<Bernoulli> bernoulli(int[] x) {
        Checks.notNull(x, "x");
        requireAtLeast(x.length, 1, "x", "a Bernoulli");
        long ones = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == 1) {
                ones++;
            } else if (x[i] != 0) {
                throw new IllegalArgumentException("x[" + i + "] must be 0 or 1, was " + x[i]);
            }
        }
        int n = x.length;
        double p = (double) ones / n;
        Bernoulli d = new Bernoulli(p);
        return Fit.of(d, d.logLikelihood(x), n, 1, List.of("p"), new double[] {p},
                new double[][] {{p * (1 - p) / n}});
    }

    /**
     * Binomial with a known number of trials: \( \hat p = \sum k_i / (n m) \). Standard error
     * \( \sqrt{\hat p(1-\hat p)/(n m)} \).
     *
     * @param successes observed successes, each in [0, trials]; not modified
     * @param trials    trials per observation \( m \), {@code >= 1}
     * @return the fit, parameter {@code p}
     * @throws NullPointerException     if {@code successes} is null
     * @throws IllegalArgumentException if empty, {@code trials < 1} or a count is out of range
     */
    public static Fit<Binomial> binomial(int[] successes, int trials) {
        Checks.notNull(successes, "successes");
        Checks.positive(trials, "trials");
        requireAtLeast(successes.length, 1, "successes", "a binomial");
        long total = 0;
        for (int i = 0; i < successes.length; i++) {
            int k = successes[i];
            if (k < 0 || k > trials) {
                throw new IllegalArgumentException(
                        "successes[" + i + "] must be in [0, " + trials + "], was " + k);
            }
            total += k;
        }
        int n = successes.length;
        double nm = (double) n * trials;
        double p = total / nm;
        Binomial d = new Binomial(trials, p);
        return Fit.of(d, d.logLikelihood(successes), n, 1, List.of("p"), new double[] {p},
                new double[][] {{p * (1 - p) / nm}});
    }

    /**
     * Poisson: \( \hat\lambda = \bar k \). Standard error \( \sqrt{\hat\lambda/n} \), the
     * inverse of the Fisher information \( n/\lambda \).
     *
     * <p>All-zero counts give \( \hat\lambda = 0 \), the point mass at 0 ({@code Poisson(0)}),
     * with log-likelihood 0 and standard error 0. The estimate is then on the boundary of the
     * parameter space: the Fisher information \( n/\lambda \) is infinite at \( \lambda = 0 \), so
     * the reported variance \( \hat\lambda/n = 0 \) is its formal inverse, not an asymptotic
     * standard error (a one-sided interval such as the exact \( [0, -\ln(\alpha)/n] \) is the
     * defensible statement there).
     *
     * @param k counts, each {@code >= 0}; not modified
     * @return the fit, parameter {@code rate}
     * @throws NullPointerException     if {@code k} is null
     * @throws IllegalArgumentException if empty, a count is negative, or the mean exceeds
     *         {@link Poisson#MAX_RATE}
     */
    public static Fit<Poisson> poisson(int[] k) {
        Checks.notNull(k, "k");
        requireAtLeast(k.length, 1, "k", "a Poisson");
        long total = countTotal(k, 0);
        int n = k.length;
        double rate = (double) total / n;
        Poisson d = new Poisson(rate);
        return Fit.of(d, d.logLikelihood(k), n, 1, List.of("rate"), new double[] {rate},
                new double[][] {{rate / n}});
    }

    /**
     * Geometric on 1, 2, …: \( \hat p = 1/\bar k \). Standard error
     * \( \sqrt{\hat p^2 (1-\hat p)/n} \) (0 when every count is 1, i.e. \( \hat p = 1 \)).
     *
     * @param k numbers of trials to the first success, each {@code >= 1}; not modified
     * @return the fit, parameter {@code p}
     * @throws NullPointerException     if {@code k} is null
     * @throws IllegalArgumentException if empty, a value is below 1, or the mean exceeds
     *         1 / {@link Geometric#MIN_P} (about \( 4.5 \times 10^7 \))
     */
    public static Fit<Geometric> geometric(int[] k) {
        Checks.notNull(k, "k");
        requireAtLeast(k.length, 1, "k", "a geometric");
        long total = countTotal(k, 1);
        int n = k.length;
        double p = n / (double) total;
        if (p < Geometric.MIN_P) {
            throw new IllegalArgumentException("k must have mean <= 1 / Geometric.MIN_P = " + (1 / Geometric.MIN_P)
                    + " (the fitted p = 1 / mean must be >= " + Geometric.MIN_P + "), had mean "
                    + ((double) total / n));
        }
        Geometric d = new Geometric(p);
        return Fit.of(d, d.logLikelihood(k), n, 1, List.of("p"), new double[] {p},
                new double[][] {{p * p * (1 - p) / n}});
    }

    /**
     * Categorical over \( K \) classes: \( \hat p_j = n_j / n \). The estimates have
     * covariance \( (\operatorname{diag}(p) - p p^\top)/n \); \( K - 1 \) of them are free.
     *
     * @param labels observed classes, each in [0, k); not modified
     * @param k      number of classes \( K \), in {@code [1, }{@link Checks#MAX_SQUARE_DIMENSION}{@code ]}
     *               (the fit holds a \( K \times K \) covariance)
     * @return the fit, parameters {@code p[0]} … {@code p[K-1]}
     * @throws NullPointerException     if {@code labels} is null
     * @throws IllegalArgumentException if empty, {@code k} is outside that range (checked before
     *                                  allocating), or a label is outside [0, k)
     */
    public static Fit<Categorical> categorical(int[] labels, int k) {
        Checks.notNull(labels, "labels");
        Checks.squareDimension(k, "k");
        requireAtLeast(labels.length, 1, "labels", "a categorical");
        Checks.labels(labels, k, "labels");
        long[] counts = new long[k];
        for (int y : labels) {
            counts[y]++;
        }
        return categorical(counts, labels.length, d -> d.logLikelihood(labels));
    }

    /**
     * Categorical over \( K \) classes from the class counts \( n_j \), for data counted
     * elsewhere (for example over a distributed dataset): the fit of
     * {@link #categorical(int[], int)}, \( \hat p_j = n_j / n \), with log-likelihood
     * \( \sum_{j : n_j &gt; 0} n_j \ln \hat p_j \).
     *
     * @param counts the count of each class, {@code >= 0}, \( K \) = its length in
     *               {@code [1, }{@link Checks#MAX_SQUARE_DIMENSION}{@code ]}; total \( n \) in
     *               {@code [1, }{@link Integer#MAX_VALUE}{@code ]}. Not modified.
     * @return the fit, parameters {@code p[0]} … {@code p[K-1]}
     * @throws NullPointerException     if {@code counts} is null
     * @throws IllegalArgumentException if the length or the total is out of range or a count is
     *                                  negative
     * @since 0.2
     */
    public static Fit<Categorical> categoricalFromCounts(long[] counts) {
        Checks.notNull(counts, "counts");
        Checks.squareDimension(counts.length, "counts.length");
        long total = 0;
        for (int j = 0; j < counts.length; j++) {
            if (counts[j] < 0) {
                throw new IllegalArgumentException("counts[" + j + "] must be >= 0, was " + counts[j]);
            }
            total += counts[j];
            if (total > Integer.MAX_VALUE) {
                break;
            }
        }
        if (total < 1 || total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("counts must total between 1 and Integer.MAX_VALUE = "
                    + Integer.MAX_VALUE + " to estimate a categorical, had " + (total > Integer.MAX_VALUE ? "more" : total));
        }
        long[] copy = counts.clone();
        return categorical(copy, (int) total, d -> {
            double ll = 0;
            for (int j = 0; j < copy.length; j++) {
                ll += copy[j] == 0 ? 0.0 : copy[j] * d.logPmf(j);
            }
            return ll;
        });
    }

    private static Fit<Categorical> categorical(long[] counts, int n, ToDoubleFunction<Categorical> logLikelihood) {
        int k = counts.length;
        double[] p = new double[k];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            p[j] = (double) counts[j] / n;
            names.add("p[" + j + "]");
        }
        double[][] cov = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                cov[i][j] = ((i == j ? p[i] : 0) - p[i] * p[j]) / n;
            }
            cov[i][i] = Math.max(cov[i][i], 0.0);
        }
        Categorical d = Categorical.of(p);
        return Fit.of(d, logLikelihood.applyAsDouble(d), n, d.parameterCount(), names, p, cov);
    }

    /**
     * Multivariate normal: the mean vector and the covariance dividing by \( n \)
     * ({@code np.cov(x, rowvar=False, bias=True)}). Covariance of the estimates:
     * \( \Sigma/n \) for the mean, \( (\Sigma_{ik}\Sigma_{jl} + \Sigma_{il}\Sigma_{jk})/n \)
     * between covariance entries \( \Sigma_{ij} \), \( \Sigma_{kl} \), 0 between the two blocks.
     * Parameters are {@code mean[j]} and {@code cov[i][j]} for \( i \le j \).
     *
     * @param x observations, one per row, rectangular and finite; not modified
     * @return the fit
     * @throws NullPointerException     if {@code x} or a row is null
     * @throws IllegalArgumentException if ragged, a value is not finite, or the covariance
     *                                  estimate is singular (e.g. \( n \le d \), or a constant or
     *                                  collinear column)
     */
    public static Fit<MultivariateNormal> multivariateNormal(double[][] x) {
        Checks.finiteMatrix(x, "x");
        int n = x.length;
        int d = x[0].length;
        CovarianceMatrix acc = CovarianceMatrix.of(x);
        double[] mean = acc.mean();
        double[][] sigma = acc.populationCovariance();
        MultivariateNormal mvn;
        try {
            mvn = MultivariateNormal.of(mean, sigma);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("x gives a singular covariance estimate (n = " + n + ", d = " + d
                    + "; need n > d and no constant or collinear columns): " + e.getMessage(), e);
        }
        List<String> names = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("mean[" + j + "]");
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                names.add("cov[" + i + "][" + j + "]");
                pairs.add(new int[] {i, j});
            }
        }
        int p = names.size();
        double[] est = new double[p];
        double[][] cov = new double[p][p];
        for (int j = 0; j < d; j++) {
            est[j] = mean[j];
            for (int l = 0; l < d; l++) {
                cov[j][l] = sigma[j][l] / n;
            }
        }
        for (int a = 0; a < pairs.size(); a++) {
            int i = pairs.get(a)[0];
            int j = pairs.get(a)[1];
            est[d + a] = sigma[i][j];
            for (int b = 0; b < pairs.size(); b++) {
                int k = pairs.get(b)[0];
                int l = pairs.get(b)[1];
                cov[d + a][d + b] = (sigma[i][k] * sigma[j][l] + sigma[i][l] * sigma[j][k]) / n;
            }
        }
        return Fit.of(mvn, mvn.logLikelihood(x), n, mvn.parameterCount(), names, est, cov);
    }

    // ---------------------------------------------------------------------- model selection

    /**
     * Fits every continuous family whose support contains the data and ranks them by AIC:
     * normal, Laplace and uniform always; exponential if all values are \( \ge 0 \); gamma and
     * log-normal if all are \( &gt; 0 \); beta if all lie in (0, 1). A family whose fit is
     * degenerate on these data (e.g. constant data) is left out.
     *
     * @param x observations, finite, at least 2, not all equal; not modified
     * @return the ranking, best (smallest AIC) first
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if fewer than 2 values, a value is not finite, or no
     *                                  family can be fitted (constant data)
     */
    public static Ranking best(double[] x) {
        requireFiniteData(x, 2, "a model");
        double[] range = minMax(x);
        double lo = range[0];
        double hi = range[1];
        if (lo == hi) {
            // some families (the exponential) would fit constant data, but the docs promise an error
            throw new IllegalArgumentException("x must not be constant to rank families, was "
                    + x.length + " copies of " + lo);
        }
        List<Function<double[], Fit<? extends ContinuousDistribution>>> candidates = new ArrayList<>();
        candidates.add(Mle::normal);
        candidates.add(Mle::laplace);
        candidates.add(Mle::uniform);
        if (lo >= 0) {
            candidates.add(Mle::exponential);
        }
        if (lo > 0) {
            candidates.add(Mle::gamma);
            candidates.add(Mle::logNormal);
        }
        if (lo > 0 && hi < 1) {
            candidates.add(Mle::beta);
        }
        List<Fit<? extends ContinuousDistribution>> fits = new ArrayList<>();
        for (Function<double[], Fit<? extends ContinuousDistribution>> c : candidates) {
            try {
                fits.add(c.apply(x));
            } catch (IllegalArgumentException degenerate) {
                // this family cannot be fitted to these data: not a candidate
            }
        }
        if (fits.isEmpty()) {
            throw constant("x", "any family");
        }
        return Ranking.of(fits);
    }

    // ------------------------------------------------------------------------ generic fit

    /**
     * Maximum likelihood for a user's own model: maximizes {@code logLikelihood(θ)} from
     * {@code start} with the Nelder–Mead simplex (Commons Math {@code SimplexOptimizer}, two
     * restarts from the best point), then reports standard errors from the observed
     * information, the inverse of the negative Hessian computed by central finite differences
     * at the optimum.
     *
     * <p>The log-likelihood may return \( -\infty \) (or NaN, treated as \( -\infty \)) for
     * parameters outside the model's parameter space. The returned fit's model is the
     * parameter vector itself.
     *
     * @param logLikelihood log-likelihood of the whole sample as a function of the parameters
     * @param start         starting parameters, finite, with a finite log-likelihood; not
     *                      modified
     * @param n             number of observations (for BIC), {@code >= 1}
     * @param names         parameter names, one per parameter (empty for {@code theta[0]},
     *                      {@code theta[1]}, …)
     * @return the fit; {@link Fit#distribution()} is a copy of the estimated parameters
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code start} is empty or not finite, the
     *                                  log-likelihood at {@code start} is not finite, the names
     *                                  do not match, or the observed information is not positive
     *                                  definite at the optimum (no standard errors)
     */
    public static Fit<double[]> fit(ToDoubleFunction<double[]> logLikelihood, double[] start, int n,
                                    String... names) {
        Checks.notNull(logLikelihood, "logLikelihood");
        Checks.finiteNonEmpty(start, "start");
        Checks.positive(n, "n");
        Checks.notNull(names, "names");
        return fit(logLikelihood, start, n, names, "logLikelihood");
    }

    private static Fit<double[]> fit(ToDoubleFunction<double[]> logLikelihood, double[] start, int n,
                                     String[] names, String what) {
        Checks.notNull(logLikelihood, "logLikelihood");
        Checks.finiteNonEmpty(start, "start");
        Checks.positive(n, "n");
        Checks.notNull(names, "names");
        List<String> nameList = parameterNames(start.length, names);
        GenericFit.Result r = GenericFit.maximize(logLikelihood, start, what);
        double[] theta = r.theta();
        return Fit.of(theta.clone(), r.logLikelihood(), n, theta.length, nameList, theta, r.covariance());
    }

    /**
     * Maximum likelihood for a user's own model when the number of observations is not
     * given: as {@link #fit(ToDoubleFunction, double[], int, String...)} with parameters named
     * {@code theta[0]}, {@code theta[1]}, …; the fit's {@link Fit#n()} is 0 and its
     * {@link Fit#bic()} NaN (AIC does not need \( n \)).
     *
     * @param logLikelihood log-likelihood of the whole sample as a function of the parameters
     * @param start         starting parameters, finite, with a finite log-likelihood; not
     *                      modified
     * @return the fit; {@link Fit#distribution()} is a copy of the estimated parameters
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as for {@link #fit(ToDoubleFunction, double[], int, String...)}
     */
    public static Fit<double[]> fit(ToDoubleFunction<double[]> logLikelihood, double[] start) {
        Checks.notNull(logLikelihood, "logLikelihood");
        Checks.finiteNonEmpty(start, "start");
        GenericFit.Result r = GenericFit.maximize(logLikelihood, start, "logLikelihood");
        double[] theta = r.theta();
        return Fit.of(theta.clone(), r.logLikelihood(), 0, theta.length, parameterNames(theta.length, new String[0]),
                theta, r.covariance());
    }

    /**
     * Maximum likelihood for any parametric family of continuous distributions, numerically:
     * maximizes \( \sum_i \log f_\theta(x_i) \) over \( \theta \) with
     * {@link #fit(ToDoubleFunction, double[], int, String...)}. Parameters for which
     * {@code family} throws {@link IllegalArgumentException} count as outside the parameter
     * space.
     *
     * @param family maps a parameter vector to a distribution, e.g.
     *               {@code t -> new Gamma(t[0], t[1])}
     * @param x      observations, finite; not modified
     * @param start  starting parameters; not modified
     * @param names  parameter names (empty for {@code theta[j]})
     * @param <D>    type of the distribution
     * @return the fit, with the fitted distribution
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as for {@link #fit(ToDoubleFunction, double[], int, String...)},
     *                                  or if {@code x} is empty or not finite
     */
    public static <D extends ContinuousDistribution> Fit<D> fit(Function<double[], D> family, double[] x,
                                                                double[] start, String... names) {
        Checks.notNull(family, "family");
        Checks.finiteNonEmpty(x, "x");
        double[] data = x.clone();
        return fitFamily(family, d -> d.logLikelihood(data), data.length, start, names, "x");
    }

    /**
     * Maximum likelihood for any parametric family of discrete distributions, numerically:
     * maximizes \( \sum_i \log p_\theta(k_i) \) over \( \theta \) with
     * {@link #fit(ToDoubleFunction, double[], int, String...)}. Parameters for which
     * {@code family} throws {@link IllegalArgumentException} count as outside the parameter
     * space.
     *
     * @param family maps a parameter vector to a distribution, e.g.
     *               {@code t -> new Poisson(t[0])}
     * @param k      observations; not modified
     * @param start  starting parameters; not modified
     * @param names  parameter names (empty for {@code theta[j]})
     * @param <D>    type of the distribution
     * @return the fit, with the fitted distribution
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as for {@link #fit(ToDoubleFunction, double[], int, String...)},
     *                                  or if {@code k} is empty
     */
    public static <D extends DiscreteDistribution> Fit<D> fit(Function<double[], D> family, int[] k,
                                                              double[] start, String... names) {
        Checks.notNull(family, "family");
        Checks.nonEmpty(k, "k");
        int[] data = k.clone();
        return fitFamily(family, d -> d.logLikelihood(data), data.length, start, names, "k");
    }

    /** Numerical fit of a family; parameters where {@code family} throws count as outside the space. */
    private static <D> Fit<D> fitFamily(Function<double[], D> family, ToDoubleFunction<D> logLikelihood, int n,
                                        double[] start, String[] names, String data) {
        ToDoubleFunction<double[]> ll = theta -> {
            D d;
            try {
                d = family.apply(theta);
            } catch (IllegalArgumentException outside) {
                return Double.NEGATIVE_INFINITY;
            }
            return logLikelihood.applyAsDouble(d);
        };
        Fit<double[]> f = fit(ll, start, n, names, "the log-likelihood of " + data + " under family");
        double[] theta = f.estimates().values().stream().mapToDouble(Double::doubleValue).toArray();
        return Fit.of(family.apply(theta), f.logLikelihood(), f.n(), f.parameterCount(), f.parameterNames(),
                theta, f.covariance());
    }

    // ------------------------------------------------------------------------- helpers

    private static List<String> parameterNames(int p, String[] names) {
        if (names.length == 0) {
            List<String> l = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                l.add("theta[" + j + "]");
            }
            return l;
        }
        Checks.sameLength(names.length, "names", p, "start");
        return Arrays.asList(names.clone());
    }

    /**
     * Runs a closed-form fit; data that are valid but so extreme that the fitted parameters or
     * their covariance leave the range of doubles (a rate or a width that overflows, a variance
     * that is NaN) make the model's own checks fail: that is reported as a problem with {@code x}.
     */
    private static <F> F representable(java.util.function.Supplier<F> fit) {
        try {
            return fit.get();
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            if (m.matches("(?s)(x|fixed)\\b.*")) {
                throw e;
            }
            throw new IllegalArgumentException("x is too extreme for this fit: its parameters or their covariance "
                    + "leave the range of doubles (" + m + "); rescale the data", e);
        }
    }

    /** The data of a fit: not null, at least {@code min} values (to estimate {@code what}), all finite. */
    private static void requireFiniteData(double[] x, int min, String what) {
        Checks.notNull(x, "x");
        requireAtLeast(x.length, min, "x", what);
        Checks.allFinite(x, "x");
    }

    /** The arguments of a fit with one parameter fixed: not null; whether the family's first parameter is the fixed one. */
    private static boolean firstFixed(double[] x, Fixed fixed, String family, String first, String second) {
        Checks.notNull(x, "x");
        Checks.notNull(fixed, "fixed");
        return which(fixed, family, first, second) == 0;
    }

    /** Throws unless every value is finite and {@code > 0}, naming the first that is not. */
    private static void requirePositive(double[] x, String family) {
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] > 0 && x[i] < Double.POSITIVE_INFINITY)) {
                throw outside("x", i, x[i], "(0, inf)", family);
            }
        }
    }

    /** Logarithms and their sum, added left to right. */
    private record Logs(double[] values, double sum) {
    }

    /** \( \log x_i \) of values checked to be finite and {@code > 0} (to fit {@code family}). */
    private static Logs logsOfPositive(double[] x, String family) {
        requirePositive(x, family);
        double[] logs = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            logs[i] = Math.log(x[i]);
            sum += logs[i];
        }
        return new Logs(logs, sum);
    }

    /** {@code {min(x), max(x)}} of non-empty finite values. */
    private static double[] minMax(double[] x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new double[] {min, max};
    }

    /** The sample median of non-empty finite values (the mean of the two middle ones for even n). */
    private static double median(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /** \( \sum_i k_i \) of counts that must each be at least {@code min}. */
    private static long countTotal(int[] k, int min) {
        long total = 0;
        for (int i = 0; i < k.length; i++) {
            if (k[i] < min) {
                throw new IllegalArgumentException("k[" + i + "] must be >= " + min + ", was " + k[i]);
            }
            total += k[i];
        }
        return total;
    }

    private static void requireAtLeast(int length, int min, String name, String what) {
        if (length < min) {
            throw new IllegalArgumentException(name + " must have at least " + min + " value"
                    + (min == 1 ? "" : "s") + " to estimate " + what + ", had " + length);
        }
    }

    private static IllegalArgumentException constant(String name, String family) {
        return new IllegalArgumentException(
                name + " must not be constant to fit " + family + " (the scale would be 0)");
    }

    private static IllegalArgumentException outside(String name, int i, double v, String support, String family) {
        return new IllegalArgumentException(
                name + "[" + i + "] must be in " + support + " to fit " + family + ", was " + v);
    }

    /** Inverse of the symmetric positive definite 2x2 matrix [[a, b], [b, c]] (EJML's Cholesky). */
    private static double[][] invert2(double a, double b, double c) {
        double[][] inv = dev.statlearn.core.internal.DenseLinearAlgebra.inverseSpdOrNull(new double[][] {{a, b}, {b, c}});
        if (inv == null) {
            double det = a * c - b * b;
            return new double[][] {{c / det, -b / det}, {-b / det, a / det}};
        }
        return inv;
    }
}
