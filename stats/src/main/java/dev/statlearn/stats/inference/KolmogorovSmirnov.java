package dev.statlearn.stats.inference;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.SortedArrays;
import dev.statlearn.stats.descriptive.NanPolicy;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.inference.internal.KsDistributions;
import dev.statlearn.stats.inference.internal.KsExtremes;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Kolmogorov&ndash;Smirnov tests: one sample against a continuous distribution, or two samples
 * against each other. Results equal SciPy 1.10's {@code scipy.stats.kstest} /
 * {@code ks_1samp} and {@code ks_2samp}, including their default {@code method='auto'}.
 *
 * <h2>One sample</h2>
 * For the sorted sample \(x_{(1)} \le \dots \le x_{(n)}\) and hypothesised CDF \(F\):
 * \[ D^+ = \max_i\left(\tfrac{i}{n} - F(x_{(i)})\right),\quad
 *    D^- = \max_i\left(F(x_{(i)}) - \tfrac{i-1}{n}\right),\quad D = \max(D^+, D^-). \]
 * Two-sided p-value \(P(D_n \ge D)\) from the exact distribution of \(D_n\) (SciPy's
 * {@code kstwo}; method {@code AUTO} and {@code EXACT}) or from Kolmogorov's limit
 * \(P(K \ge \sqrt{n}D)\) ({@code ASYMPTOTIC}); one-sided p-values from the exact
 * Birnbaum&ndash;Tingey formula ({@code ksone}).
 *
 * <h2>Two samples</h2>
 * With empirical CDFs \(F_1, F_2\) evaluated at every pooled observation,
 * \(D = \max_x |F_1(x) - F_2(x)|\) (two-sided), \(\max_x (F_1 - F_2)\) ({@code GREATER}) or
 * \(\max_x (F_2 - F_1)\) ({@code LESS}). {@code AUTO} computes the exact conditional
 * null distribution when both sizes are at most 10,000 (a lattice-path recursion on
 * probabilities, which never overflows), and otherwise the asymptotic one: the one-sample
 * distribution with \(n = \mathrm{round}(n_1 n_2/(n_1 + n_2))\) for two-sided tests, Hodges'
 * approximation for one-sided tests. Like SciPy, the exact one-sided p-value for unequal sizes is
 * used only while \(\binom{n_1+n_2}{n_1}\) fits in a double (about \(n_1 + n_2 \le 1020\));
 * beyond that {@code AUTO} and {@code EXACT} use Hodges' approximation. Ties within and between samples are allowed (the ECDFs jump
 * together); the exact p-value then assumes continuous data, as SciPy does.
 *
 * <h2>Edge cases</h2>
 * <ul>
 *   <li>NaN or infinite observations, and empty samples, are rejected.</li>
 *   <li>n = 1 is allowed; the p-value is then coarse.</li>
 *   <li>A CDF returning a value outside [0, 1] or NaN is rejected with the offending point.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. {@code withDefaults()} is two-sided, method {@code AUTO}.
 *
 * <pre>{@code
 * double[] x = mySampler.sample(Randomness.seeded(42), 1000);
 * TestResult r = KolmogorovSmirnov.oneSample(x, Normal.standard());
 * assertTrue(r.pValue() > 1e-3);   // false-failure probability 0.001 per fixed seed
 * }</pre>
 *
 * @since 0.1
 */
public final class KolmogorovSmirnov {

    /** The alternative hypothesis. */
    public enum Alternative {
        /** The distributions differ. */
        TWO_SIDED,
        /**
         * One sample: the sample's CDF lies below the hypothesised one somewhere (statistic \(D^-\));
         * two samples: \(F_1 &lt; F_2\) somewhere (statistic \(\max(F_2 - F_1)\)).
         */
        LESS,
        /**
         * One sample: the sample's CDF lies above the hypothesised one somewhere (statistic \(D^+\));
         * two samples: \(F_1 &gt; F_2\) somewhere (statistic \(\max(F_1 - F_2)\)).
         */
        GREATER
    }

    /** How the p-value is computed. */
    public enum Method {
        /** SciPy's choice: exact, except for two samples larger than 10,000. */
        AUTO,
        /** The exact null distribution. */
        EXACT,
        /** The asymptotic (large-sample) null distribution. */
        ASYMPTOTIC
    }

    private static final int MAX_AUTO_N = 10_000;
    private static final KolmogorovSmirnov DEFAULTS =
            new KolmogorovSmirnov(Alternative.TWO_SIDED, Method.AUTO, NanPolicy.RAISE);

    private static final double LOG_MAX_DOUBLE = Math.log(Double.MAX_VALUE);

    private final Alternative alternative;
    private final Method method;
    private final NanPolicy nanPolicy;

    private KolmogorovSmirnov(Alternative alternative, Method method, NanPolicy nanPolicy) {
        this.alternative = alternative;
        this.method = method;
        this.nanPolicy = nanPolicy;
    }

    /**
     * The two-sided test with SciPy's automatic choice of method.
     *
     * @return the default configuration
     */
    public static KolmogorovSmirnov withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another alternative hypothesis.
     *
     * @param alternative the alternative
     * @return a new configuration
     * @throws NullPointerException if {@code alternative} is null
     */
    public KolmogorovSmirnov withAlternative(Alternative alternative) {
        return new KolmogorovSmirnov(Objects.requireNonNull(alternative, "alternative"), method, nanPolicy);
    }

    /**
     * Returns a copy with another p-value method.
     *
     * @param method the method
     * @return a new configuration
     * @throws NullPointerException if {@code method} is null
     */
    public KolmogorovSmirnov withMethod(Method method) {
        return new KolmogorovSmirnov(alternative, Objects.requireNonNull(method, "method"), nanPolicy);
    }

    /**
     * Returns a copy with another policy for NaN in the samples: {@link NanPolicy#RAISE} (the
     * default) rejects NaN, {@link NanPolicy#OMIT} tests the other values (SciPy's
     * {@code nan_policy='omit'}; a sample left empty is rejected). {@code PROPAGATE} does not apply:
     * a {@link TestResult} holds no NaN.
     *
     * @param nanPolicy {@code OMIT} or {@code RAISE}
     * @return a new configuration
     * @throws NullPointerException     if {@code nanPolicy} is null
     * @throws IllegalArgumentException if {@code nanPolicy} is {@code PROPAGATE}
     */
    public KolmogorovSmirnov withNanPolicy(NanPolicy nanPolicy) {
        Objects.requireNonNull(nanPolicy, "nanPolicy");
        if (nanPolicy == NanPolicy.PROPAGATE) {
            throw new IllegalArgumentException("nanPolicy must be OMIT or RAISE for a test (a TestResult holds no NaN),"
                    + " was PROPAGATE");
        }
        return new KolmogorovSmirnov(alternative, method, nanPolicy);
    }

    /**
     * The policy for NaN in the samples.
     *
     * @return {@link NanPolicy#RAISE} unless set by {@link #withNanPolicy(NanPolicy)}
     */
    public NanPolicy nanPolicy() {
        return nanPolicy;
    }

    /**
     * The alternative hypothesis.
     *
     * @return the alternative
     */
    public Alternative alternative() {
        return alternative;
    }

    /**
     * The p-value method.
     *
     * @return the method
     */
    public Method method() {
        return method;
    }

    /**
     * Two-sided one-sample test with default settings ({@code scipy.stats.kstest(x, cdf)}).
     *
     * @param x   sample, finite, non-empty. Not modified.
     * @param cdf the hypothesised continuous CDF
     * @return statistic \(D\) and p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the sample is empty or not finite, or the CDF returns
     *                                  a value outside [0, 1] or decreases on the sorted sample
     *                                  (so it is not a CDF)
     */
    public static TestResult oneSample(double[] x, DoubleUnaryOperator cdf) {
        return DEFAULTS.test(x, cdf);
    }

    /**
     * Two-sided one-sample test against a continuous distribution with default settings
     * ({@code scipy.stats.kstest(x, dist.cdf)}): the usual assertion that a sampler draws from
     * {@code distribution}.
     *
     * @param x            sample, finite, non-empty. Not modified.
     * @param distribution the hypothesised continuous distribution (its parameters must not have
     *                     been estimated from {@code x}, or the p-value is too large)
     * @return statistic \(D\) and p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the sample is empty or not finite
     */
    public static TestResult oneSample(double[] x, ContinuousDistribution distribution) {
        return DEFAULTS.test(x, distribution);
    }

    /**
     * Two-sided two-sample test with default settings ({@code scipy.stats.ks_2samp(x, y)}).
     *
     * @param x first sample, finite, non-empty. Not modified.
     * @param y second sample, finite, non-empty. Not modified.
     * @return statistic \(D\) and p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a sample is empty or not finite
     */
    public static TestResult twoSample(double[] x, double[] y) {
        return DEFAULTS.test(x, y);
    }

    /**
     * One-sample test against a CDF with this configuration.
     *
     * @param x   sample, finite, non-empty. Not modified.
     * @param cdf the hypothesised continuous CDF
     * @return statistic and p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the sample is empty or not finite, or the CDF returns
     *                                  a value outside [0, 1] or decreases on the sorted sample
     *                                  (so it is not a CDF)
     */
    public TestResult test(double[] x, DoubleUnaryOperator cdf) {
        OneSample one = againstCdf(x, cdf);
        int n = one.n();
        double dPlus = one.dPlus();
        double dMinus = one.dMinus();
        switch (alternative) {
            case GREATER:
                return new TestResult(dPlus, KsDistributions.smirnovSf(n, dPlus));
            case LESS:
                return new TestResult(dMinus, KsDistributions.smirnovSf(n, dMinus));
            default:
                double d = Math.max(dPlus, dMinus);
                double p = method == Method.ASYMPTOTIC
                        ? KsDistributions.kolmogorovSf(d * Math.sqrt(n))
                        : KsDistributions.kolmogorovSmirnovSf(n, d);
                return new TestResult(d, p);
        }
    }

    /**
     * One-sample test against a continuous distribution with this configuration.
     *
     * @param x            sample, finite, non-empty. Not modified.
     * @param distribution the hypothesised continuous distribution
     * @return statistic and p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the sample is empty or not finite
     */
    public TestResult test(double[] x, ContinuousDistribution distribution) {
        Checks.notNull(distribution, "distribution");
        return test(x, distribution::cdf);
    }

    /**
     * Two-sample test with this configuration.
     *
     * @param x first sample, finite, non-empty. Not modified.
     * @param y second sample, finite, non-empty. Not modified.
     * @return statistic and p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a sample is empty or not finite
     */
    public TestResult test(double[] x, double[] y) {
        SortedPair s = sortedPair(x, y);
        double[] a = s.a();
        double[] b = s.b();
        int n1 = a.length;
        int n2 = b.length;
        int g = s.g();
        long lcm = s.lcm();
        // walk the merged order; after all copies of a value, compare the ECDFs
        int i = 0;
        int j = 0;
        KsExtremes extremes = new KsExtremes(n1, n2);
        while (i < n1 || j < n2) {
            double v = i < n1 && (j >= n2 || a[i] <= b[j]) ? a[i] : b[j];
            while (i < n1 && a[i] == v) {
                i++;
            }
            while (j < n2 && b[j] == v) {
                j++;
            }
            extremes.update(i, j);
        }
        long maxPlus = extremes.maxPlus();   // max (F1 - F2) * lcm
        long maxMinus = extremes.maxMinus(); // max (F2 - F1) * lcm
        double fPlus = extremes.dPlus();
        double fMinus = extremes.dMinus();
        long h;
        double d;
        switch (alternative) {
            case GREATER:
                h = maxPlus;
                d = fPlus;
                break;
            case LESS:
                h = maxMinus;
                d = fMinus;
                break;
            default:
                h = extremes.minusIsLarger() ? maxMinus : maxPlus;
                d = extremes.minusIsLarger() ? fMinus : fPlus;
        }
        // SciPy: AUTO is exact up to 10,000 per sample; EXACT falls back to the asymptotic
        // distribution when lcm(n1, n2) would overflow a 32-bit integer
        boolean exact = (method == Method.EXACT && n1 / g < Integer.MAX_VALUE / (double) (n2 / g))
                || (method == Method.AUTO && Math.max(n1, n2) <= MAX_AUTO_N);
        boolean twoSided = alternative == Alternative.TWO_SIDED;
        if (exact) {
            double stat = (double) h / lcm;
            if (h == 0) {
                return new TestResult(stat, 1.0);
            }
            if (twoSided) {
                return new TestResult(stat, KsDistributions.twoSampleExactSf(n1, n2, h, true));
            }
            if (n1 == n2) {
                return new TestResult(stat, KsDistributions.equalSizesOneSidedSf(n1, h));
            }
            if (logBinomial(n1 + n2, n1) <= LOG_MAX_DOUBLE) {
                return new TestResult(stat, KsDistributions.twoSampleExactSf(n1, n2, h, false));
            }
            // SciPy counts one-sided paths with binomial coefficients in doubles and falls back to
            // the asymptotic formula when C(n1 + n2, n1) overflows; we do the same to stay equal.
        }
        if (twoSided) {
            double m = Math.max(n1, n2);
            double nn = Math.min(n1, n2);
            double en = m * nn / (m + nn);
            int effective = (int) Math.max(1, Math.rint(en));
            return new TestResult(d, KsDistributions.kolmogorovSmirnovSf(effective, d));
        }
        return new TestResult(d, KsDistributions.hodgesOneSided(n1, n2, d));
    }

    /**
     * Where the statistic is attained and which way the sample deviates there, as SciPy 1.10's
     * {@code KstestResult.statistic_location} and {@code statistic_sign}.
     *
     * <p>One sample: \( D^+ \) is attained at the first sorted observation \( x_{(i)} \) maximizing
     * \( i/n - F(x_{(i)}) \), sign \( +1 \) (the empirical CDF above \( F \)); \( D^- \) at the first
     * maximizing \( F(x_{(i)}) - (i-1)/n \), sign \( -1 \); two-sided takes \( D^+ \) if
     * \( D^+ &gt; D^- \), else \( D^- \). Two samples: the first value, in the order
     * {@code sort(x)} then {@code sort(y)}, maximizing \( F_1 - F_2 \) (sign \( +1 \)) or
     * \( F_2 - F_1 \) (sign \( -1 \)); two-sided takes the latter only if strictly larger.
     *
     * @param statistic the statistic \( D \), as {@link TestResult#statistic()} of the same test
     * @param location  the observation at which it is attained
     * @param sign      \( +1 \) if there the (first) empirical CDF lies above the other, \( -1 \) if below
     * @since 0.2
     */
    public record StatisticLocation(double statistic, double location, int sign) {

        /**
         * Checks the components.
         *
         * @throws IllegalArgumentException if {@code statistic} is not in [0, 1], {@code location}
         *                                  is not finite or {@code sign} is not \( \pm 1 \)
         */
        public StatisticLocation {
            if (!(statistic >= 0 && statistic <= 1)) {
                throw new IllegalArgumentException("statistic must be in [0, 1], was " + statistic);
            }
            Checks.finite(location, "location");
            if (sign != 1 && sign != -1) {
                throw new IllegalArgumentException("sign must be 1 or -1, was " + sign);
            }
        }

        /**
         * Statistic and location to 4 significant digits, e.g.
         * {@code StatisticLocation(statistic=0.079, location=0.3364, sign=+1)}.
         *
         * @return a one-line summary
         */
        @Override
        public String toString() {
            return "StatisticLocation(statistic=" + dev.statlearn.core.internal.Format.sig(statistic) + ", location="
                    + dev.statlearn.core.internal.Format.sig(location) + ", sign=" + (sign > 0 ? "+1" : "-1") + ")";
        }
    }

    /**
     * Location and sign of the one-sample statistic with this configuration's alternative
     * ({@code kstest(x, cdf).statistic_location}, {@code statistic_sign}).
     *
     * @param x   sample, finite, non-empty. Not modified.
     * @param cdf the hypothesised CDF
     * @return the statistic, where it is attained and its sign
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #test(double[], DoubleUnaryOperator)}
     */
    public StatisticLocation statisticLocation(double[] x, DoubleUnaryOperator cdf) {
        OneSample one = againstCdf(x, cdf);
        double dPlus = one.dPlus();
        double dMinus = one.dMinus();
        boolean plus = alternative == Alternative.GREATER || (alternative == Alternative.TWO_SIDED && dPlus > dMinus);
        return plus ? new StatisticLocation(Math.max(0, dPlus), one.atPlus(), 1)
                : new StatisticLocation(Math.max(0, dMinus), one.atMinus(), -1);
    }

    /**
     * The one-sample statistics against a CDF, after the NaN policy and the checks: over the sorted
     * sample \( x_{(0)} \le \dots \le x_{(n-1)} \), \( D^+ = \max_i\, (i+1)/n - F(x_{(i)}) \) and
     * \( D^- = \max_i\, F(x_{(i)}) - i/n \), with the first values attaining them.
     */
    private record OneSample(int n, double dPlus, double dMinus, double atPlus, double atMinus) {
    }

    private OneSample againstCdf(double[] x, DoubleUnaryOperator cdf) {
        x = NanPolicies.sample(x, "x", nanPolicy);
        Checks.finiteNonEmpty(x, "x");
        Checks.notNull(cdf, "cdf");
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        double dPlus = Double.NEGATIVE_INFINITY;
        double dMinus = Double.NEGATIVE_INFINITY;
        double atPlus = s[0];
        double atMinus = s[0];
        double previous = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(s[i]);
            if (!(f >= 0 && f <= 1)) {
                throw new IllegalArgumentException("cdf(" + s[i] + ") must be in [0, 1], was " + f);
            }
            if (f < previous) {
                throw new IllegalArgumentException("cdf must be non-decreasing on the sample, but cdf(" + s[i - 1]
                        + ") = " + previous + " > cdf(" + s[i] + ") = " + f);
            }
            previous = f;
            double above = (i + 1.0) / n - f;
            if (above > dPlus) {
                atPlus = s[i];
            }
            dPlus = Math.max(dPlus, above);
            double below = f - (double) i / n;
            if (below > dMinus) {
                atMinus = s[i];
            }
            dMinus = Math.max(dMinus, below);
        }
        return new OneSample(n, dPlus, dMinus, atPlus, atMinus);
    }

    /**
     * Location and sign of the one-sample statistic against a continuous distribution.
     *
     * @param x            sample, finite, non-empty. Not modified.
     * @param distribution the hypothesised distribution
     * @return the statistic, where it is attained and its sign
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the sample is empty or not finite
     */
    public StatisticLocation statisticLocation(double[] x, ContinuousDistribution distribution) {
        Checks.notNull(distribution, "distribution");
        return statisticLocation(x, distribution::cdf);
    }

    /**
     * Location and sign of the two-sample statistic with this configuration's alternative
     * ({@code ks_2samp(x, y).statistic_location}, {@code statistic_sign}).
     *
     * @param x first sample, finite, non-empty. Not modified.
     * @param y second sample, finite, non-empty. Not modified.
     * @return the statistic, where it is attained and its sign
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a sample is empty or not finite
     */
    public StatisticLocation statisticLocation(double[] x, double[] y) {
        SortedPair s = sortedPair(x, y);
        double[] a = s.a();
        double[] b = s.b();
        long w1 = s.w1();
        long w2 = s.w2();
        long lcm = s.lcm();
        long max = Long.MIN_VALUE;
        long min = Long.MAX_VALUE;
        double atMax = a[0];
        double atMin = a[0];
        // SciPy's order: the sorted first sample, then the sorted second; the first extreme wins
        for (double[] part : new double[][] {a, b}) {
            for (double v : part) {
                long diff = (long) SortedArrays.countAtMost(a, v) * w1
                        - (long) SortedArrays.countAtMost(b, v) * w2;
                if (diff > max) {
                    max = diff;
                    atMax = v;
                }
                if (diff < min) {
                    min = diff;
                    atMin = v;
                }
            }
        }
        double maxS = (double) max / lcm;
        double minS = Math.max(0.0, (double) -min / lcm);
        boolean minus = alternative == Alternative.LESS || (alternative == Alternative.TWO_SIDED && minS > maxS);
        return minus ? new StatisticLocation(minS, atMin, -1) : new StatisticLocation(Math.max(0, maxS), atMax, 1);
    }

    /**
     * The two samples after the NaN policy and the checks, sorted copies, with the ECDF step
     * weights in units of \( 1/\operatorname{lcm}(n_1, n_2) \): a step of sample 1 is
     * {@code w1 = n2 / g}, of sample 2 {@code w2 = n1 / g}, \( g = \gcd(n_1, n_2) \).
     */
    private record SortedPair(double[] a, double[] b, int g, long w1, long w2, long lcm) {
    }

    private SortedPair sortedPair(double[] x, double[] y) {
        x = NanPolicies.sample(x, "x", nanPolicy);
        y = NanPolicies.sample(y, "y", nanPolicy);
        Checks.finiteNonEmpty(x, "x");
        Checks.finiteNonEmpty(y, "y");
        double[] a = x.clone();
        double[] b = y.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        int n1 = a.length;
        int n2 = b.length;
        int g = KsDistributions.gcd(n1, n2);
        return new SortedPair(a, b, g, n2 / g, n1 / g, (long) (n1 / g) * n2);
    }

    private static double logBinomial(int n, int k) {
        return LogGamma.value(n + 1.0) - LogGamma.value(k + 1.0) - LogGamma.value(n - k + 1.0);
    }

    @Override
    public String toString() {
        return "KolmogorovSmirnov[alternative=" + alternative + ", method=" + method
                + (nanPolicy == NanPolicy.RAISE ? "" : ", nanPolicy=" + nanPolicy) + "]";
    }
}
