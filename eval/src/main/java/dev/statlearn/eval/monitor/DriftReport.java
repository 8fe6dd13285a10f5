package dev.statlearn.eval.monitor;

import dev.statlearn.core.Checks;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.internal.Format;
import dev.statlearn.stats.divergence.Divergences;
import dev.statlearn.stats.divergence.Histogram;
import dev.statlearn.stats.inference.KolmogorovSmirnov;
import dev.statlearn.stats.inference.TestResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Data drift between a reference sample (e.g. the training data) and a current sample (e.g. last
 * week's traffic), feature by feature.
 *
 * <h2>Measures</h2>
 * Both samples of a feature are counted on the same \( B \) equal-width bins spanning the smallest
 * to the largest value of the two ({@link Histogram#spanning}; default \( B = 10 \)), giving bin
 * proportions \( r_i \) (reference) and \( c_i \) (current). With smoothed proportions
 * \( \tilde r_i = (r_i + \varepsilon)/(1 + B\varepsilon) \) (default
 * \( \varepsilon = 10^{-4} \), the usual PSI practice, so that an empty bin does not make a
 * logarithm infinite; smoothing the proportions rather than the counts keeps PSI at 0 for two
 * samples of different sizes with the same proportions):
 * <ul>
 *   <li>population stability index
 *       \( \mathrm{PSI} = \sum_i (\tilde c_i - \tilde r_i) \ln(\tilde c_i / \tilde r_i)
 *       = D_{KL}(\tilde c \| \tilde r) + D_{KL}(\tilde r \| \tilde c) \);</li>
 *   <li>Kullback–Leibler divergence \( D_{KL}(\tilde c \| \tilde r) \) (nats);</li>
 *   <li>Jensen–Shannon divergence of \( c \) and \( r \) (raw proportions; nats, at most
 *       \( \ln 2 \)) and total variation \( \tfrac12 \sum_i |c_i - r_i| \) (raw proportions);</li>
 *   <li>on the raw samples: the 1-Wasserstein distance (in the feature's units, as SciPy's
 *       {@code wasserstein_distance}) and the two-sample Kolmogorov–Smirnov statistic and
 *       two-sided p-value (as SciPy's {@code ks_2samp}).</li>
 * </ul>
 *
 * <h2>Verdict</h2>
 * With the usual credit-scoring PSI bands (Siddiqi 2006) and a KS test at level \( a \)
 * (defaults 0.1, 0.25, 0.05):
 * <ul>
 *   <li>{@code DRIFT} if \( \mathrm{PSI} \ge 0.25 \), or \( \mathrm{PSI} \ge 0.1 \) and the KS
 *       test rejects (\( p &lt; a \));</li>
 *   <li>{@code WARNING} if \( \mathrm{PSI} \ge 0.1 \) or the KS test rejects (with large samples
 *       KS detects shifts too small to matter, so it alone never gives {@code DRIFT});</li>
 *   <li>{@code STABLE} otherwise.</li>
 * </ul>
 *
 * <h2>Edge cases</h2>
 * Missing values (NaN) are dropped from each sample before comparing (the sizes are reported); a
 * feature with no value left in either sample is rejected. When both samples are one constant
 * value, every measure is 0. Infinite values are rejected.
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public final class DriftReport {

    /**
     * Settings of a drift report; immutable, with withers.
     *
     * @param bins            number of shared histogram bins, in {@code [1, }{@link Histogram#MAX_BINS}{@code ]}
     * @param smoothing       \( \varepsilon \) added to every bin proportion for PSI and KL,
     *                        {@code > 0}
     * @param psiWarning      PSI at or above which a feature gets at least {@code WARNING}
     * @param psiDrift        PSI at or above which a feature gets {@code DRIFT},
     *                        {@code >= psiWarning}
     * @param ksAlpha         level of the KS test, in (0, 1)
     */
    public record Settings(int bins, double smoothing, double psiWarning, double psiDrift, double ksAlpha) {

        /**
         * Checks the components.
         *
         * @throws IllegalArgumentException if a setting is out of range
         */
        public Settings {
            Histogram.checkBins(bins, "bins");
            Checks.positive(smoothing, "smoothing");
            Checks.finite(smoothing, "smoothing");
            Checks.positive(psiWarning, "psiWarning");
            Checks.finite(psiDrift, "psiDrift");
            if (!(psiDrift >= psiWarning)) {
                throw new IllegalArgumentException("psiDrift must be >= psiWarning = " + psiWarning + ", was " + psiDrift);
            }
            Checks.inOpenRange(ksAlpha, 0, 1, "ksAlpha");
        }

        /**
         * 10 bins, smoothing \( 10^{-4} \), PSI bands 0.1 and 0.25, KS level 0.05.
         *
         * @return the default settings
         */
        public static Settings defaults() {
            return new Settings(10, 1e-4, 0.1, 0.25, 0.05);
        }

        /**
         * The same settings with another number of bins.
         *
         * @param bins number of bins, in {@code [1, }{@link Histogram#MAX_BINS}{@code ]}
         * @return new settings
         * @throws IllegalArgumentException if {@code bins} is out of range
         */
        public Settings withBins(int bins) {
            return new Settings(bins, smoothing, psiWarning, psiDrift, ksAlpha);
        }

        /**
         * The same settings with another smoothing constant.
         *
         * @param smoothing \( \varepsilon \) added to every bin proportion, finite and {@code > 0}
         * @return new settings
         * @throws IllegalArgumentException if {@code smoothing} is not finite and positive
         */
        public Settings withSmoothing(double smoothing) {
            return new Settings(bins, smoothing, psiWarning, psiDrift, ksAlpha);
        }

        /**
         * The same settings with other PSI bands.
         *
         * @param psiWarning PSI warning band, finite and {@code > 0}
         * @param psiDrift   PSI drift band, finite and {@code >= psiWarning}
         * @return new settings
         * @throws IllegalArgumentException if a band is out of range
         */
        public Settings withPsiThresholds(double psiWarning, double psiDrift) {
            return new Settings(bins, smoothing, psiWarning, psiDrift, ksAlpha);
        }

        /**
         * The same settings with another KS test level.
         *
         * @param ksAlpha KS test level, in (0, 1)
         * @return new settings
         * @throws IllegalArgumentException if {@code ksAlpha} is not in (0, 1)
         */
        public Settings withKsAlpha(double ksAlpha) {
            return new Settings(bins, smoothing, psiWarning, psiDrift, ksAlpha);
        }

        /**
         * The settings, e.g. {@code Settings(bins=10, smoothing=1E-4, psiWarning=0.1, psiDrift=0.25, ksAlpha=0.05)}.
         *
         * @return a one-line summary
         */
        @Override
        public String toString() {
            return "Settings(bins=" + bins + ", smoothing=" + Format.sig(smoothing) + ", psiWarning="
                    + Format.sig(psiWarning) + ", psiDrift=" + Format.sig(psiDrift) + ", ksAlpha=" + Format.sig(ksAlpha) + ")";
        }
    }

    private final Settings settings;
    private final List<FeatureDrift> features;

    private DriftReport(Settings settings, List<FeatureDrift> features) {
        this.settings = settings;
        this.features = List.copyOf(features);
    }

    /**
     * Drift of every column of two datasets with default settings.
     *
     * @param reference reference data; not modified
     * @param current   current data with the same columns; not modified
     * @return the report, one entry per column
     * @throws IllegalArgumentException if the column counts differ or a column has no value
     */
    public static DriftReport of(Dataset reference, Dataset current) {
        return of(reference, current, Settings.defaults());
    }

    /**
     * Drift of every column of two datasets.
     *
     * @param reference reference data; not modified
     * @param current   current data with the same columns; not modified
     * @param settings  settings
     * @return the report, one entry per column
     * @throws IllegalArgumentException if the column counts differ or a column has no value
     */
    public static DriftReport of(Dataset reference, Dataset current, Settings settings) {
        Checks.notNull(reference, "reference");
        Checks.notNull(current, "current");
        Checks.notNull(settings, "settings");
        if (reference.numFeatures() != current.numFeatures()) {
            throw new IllegalArgumentException("current has " + current.numFeatures()
                    + " features but reference has " + reference.numFeatures());
        }
        List<FeatureDrift> out = new ArrayList<>();
        for (int j = 0; j < reference.numFeatures(); j++) {
            out.add(feature(reference.featureNames().get(j), reference.column(j), current.column(j), settings));
        }
        return new DriftReport(settings, out);
    }

    /**
     * A report of features compared elsewhere, for instance by the spark module's
     * {@code DatasetDrift} over distributed data (with the measures and verdicts defined above).
     *
     * @param features one entry per feature, in column order; copied
     * @param settings the settings the features were compared with
     * @return the report
     * @throws NullPointerException if an argument or an entry is null
     * @since 0.1
     */
    public static DriftReport ofFeatures(List<FeatureDrift> features, Settings settings) {
        Checks.notNull(features, "features");
        Checks.notNull(settings, "settings");
        return new DriftReport(settings, features);
    }

    /**
     * Drift of one feature with default settings.
     *
     * @param reference reference values; not modified
     * @param current   current values; not modified
     * @return the report with one entry, named {@code "x"}
     * @throws IllegalArgumentException if a sample has no non-missing value or an infinite value
     */
    public static DriftReport of(double[] reference, double[] current) {
        return of(reference, current, Settings.defaults());
    }

    /**
     * Drift of one feature.
     *
     * @param reference reference values; not modified
     * @param current   current values; not modified
     * @param settings  settings
     * @return the report with one entry, named {@code "x"}
     * @throws IllegalArgumentException if a sample has no non-missing value or an infinite value
     */
    public static DriftReport of(double[] reference, double[] current, Settings settings) {
        Checks.notNull(settings, "settings");
        return new DriftReport(settings, List.of(feature("x", reference, current, settings)));
    }

    /**
     * Compares one feature (the building block of the report).
     *
     * @param name      feature name
     * @param reference reference values, NaN = missing; not modified
     * @param current   current values, NaN = missing; not modified
     * @param settings  settings
     * @return the feature's drift
     * @throws IllegalArgumentException if a sample has no non-missing value or an infinite value
     */
    public static FeatureDrift feature(String name, double[] reference, double[] current, Settings settings) {
        Checks.notNull(name, "name");
        Checks.notNull(settings, "settings");
        double[] r = present(reference, "reference", name);
        double[] c = present(current, "current", name);
        double[] edges = Histogram.spanning(settings.bins(), r, c).edges();
        return feature(name, Histogram.of(edges, r), Histogram.of(edges, c), Divergences.wasserstein1(r, c),
                KolmogorovSmirnov.twoSample(r, c), settings);
    }

    /**
     * Compares one feature from summaries computed elsewhere, for example by a distributed job: the
     * histograms of the reference and the current values on the same bin edges (spanning both
     * samples, {@link Settings#bins()} bins), the Wasserstein-1 distance and the two-sample
     * Kolmogorov–Smirnov test of the values. PSI, KL, JS, TV and the verdict are computed from them
     * as in {@link #feature(String, double[], double[], Settings)}, which calls this method.
     *
     * @param name         feature name
     * @param reference    histogram of the reference values, at least one, at most
     *                     {@link Integer#MAX_VALUE}, none outside the edges
     * @param current      histogram of the current values on the same edges, likewise
     * @param wasserstein1 the Wasserstein-1 distance of the two samples, finite and {@code >= 0}
     * @param ks           the two-sample Kolmogorov–Smirnov test of the two samples
     * @param settings     PSI bands, smoothing and KS level
     * @return the feature's drift
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the edges differ, a histogram is empty, too large or has
     *                                  values outside its edges, or {@code wasserstein1} is negative
     *                                  or not finite
     * @since 0.2
     */
    public static FeatureDrift feature(String name, Histogram reference, Histogram current, double wasserstein1,
                                       TestResult ks, Settings settings) {
        Checks.notNull(name, "name");
        Checks.notNull(reference, "reference");
        Checks.notNull(current, "current");
        Checks.notNull(ks, "ks");
        Checks.notNull(settings, "settings");
        Checks.nonNegative(wasserstein1, "wasserstein1");
        Checks.finite(wasserstein1, "wasserstein1");
        if (!java.util.Arrays.equals(reference.edges(), current.edges())) {
            throw new IllegalArgumentException("current must have the edges of reference, had "
                    + java.util.Arrays.toString(current.edges()) + " and " + java.util.Arrays.toString(reference.edges()));
        }
        int nr = size(reference, "reference");
        int nc = size(current, "current");
        double[] pr = reference.probabilities();
        double[] pc = current.probabilities();
        double[] sr = smooth(pr, settings.smoothing());
        double[] sc = smooth(pc, settings.smoothing());
        double kl = Divergences.kl(sc, sr);
        double psi = kl + Divergences.kl(sr, sc);
        double js = Divergences.jensenShannon(pc, pr);
        double tv = Divergences.totalVariation(pc, pr);
        boolean rejects = ks.pValue() < settings.ksAlpha();
        FeatureDrift.Verdict v;
        if (psi >= settings.psiDrift() || (psi >= settings.psiWarning() && rejects)) {
            v = FeatureDrift.Verdict.DRIFT;
        } else if (psi >= settings.psiWarning() || rejects) {
            v = FeatureDrift.Verdict.WARNING;
        } else {
            v = FeatureDrift.Verdict.STABLE;
        }
        return new FeatureDrift(name, nr, nc, psi, kl, js, tv, wasserstein1, ks.statistic(), ks.pValue(), v);
    }

    private static int size(Histogram h, String which) {
        if (h.underflow() != 0 || h.overflow() != 0) {
            throw new IllegalArgumentException(which + " must have no value outside its edges, had "
                    + h.underflow() + " below and " + h.overflow() + " above");
        }
        long n = h.total();
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(which + " must hold between 1 and Integer.MAX_VALUE values, had " + n);
        }
        return (int) n;
    }

    private static double[] smooth(double[] p, double eps) {
        double[] out = new double[p.length];
        double den = 1 + p.length * eps;
        for (int i = 0; i < p.length; i++) {
            out[i] = (p[i] + eps) / den;
        }
        return out;
    }

    private static double[] present(double[] x, String which, String feature) {
        Checks.notNull(x, which);
        int m = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException(which + " values of " + feature + " must be finite, had " + v);
                }
                m++;
            }
        }
        if (m == 0) {
            throw new IllegalArgumentException(which + " sample of " + feature + " has no non-missing value");
        }
        double[] out = new double[m];
        int i = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                out[i++] = v;
            }
        }
        return out;
    }

    /**
     * The settings used.
     *
     * @return settings
     */
    public Settings settings() {
        return settings;
    }

    /**
     * One entry per feature, in column order.
     *
     * @return unmodifiable list
     */
    public List<FeatureDrift> features() {
        return features;
    }

    /**
     * One feature's entry by name.
     *
     * @param name feature name
     * @return its drift
     * @throws IllegalArgumentException if there is no such feature
     */
    public FeatureDrift feature(String name) {
        Checks.notNull(name, "name");
        for (FeatureDrift f : features) {
            if (f.feature().equals(name)) {
                return f;
            }
        }
        StringBuilder known = new StringBuilder();
        for (int i = 0; i < features.size() && i < 10; i++) {
            known.append(i > 0 ? ", " : "").append('"').append(features.get(i).feature()).append('"');
        }
        throw new IllegalArgumentException("name must be one of the report's features [" + known
                + (features.size() > 10 ? ", ..." : "") + "], was \""
                + (name.length() > 80 ? name.substring(0, 80) + "..." : name) + "\"");
    }

    /**
     * The features with the given verdict.
     *
     * @param verdict verdict
     * @return a new list, in column order
     */
    public List<FeatureDrift> withVerdict(FeatureDrift.Verdict verdict) {
        Checks.notNull(verdict, "verdict");
        List<FeatureDrift> out = new ArrayList<>();
        for (FeatureDrift f : features) {
            if (f.verdict() == verdict) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A table, one row per feature, and a count of verdicts.
     *
     * @return a readable table
     */
    @Override
    public String toString() {
        Format.Table t = Format.table("feature", "PSI", "KL", "JS", "TV", "W1", "KS", "KS p", "verdict");
        int[] counts = new int[3];
        for (FeatureDrift f : features) {
            counts[f.verdict().ordinal()]++;
            t.row(f.feature(), Format.sig(f.psi()), Format.sig(f.kl()), Format.sig(f.jensenShannon()),
                    Format.sig(f.totalVariation()), Format.sig(f.wasserstein1()), Format.sig(f.ksStatistic()),
                    Format.sig(f.ksPValue(), 3), f.verdict().toString());
        }
        return t + "\n" + counts[0] + " stable, " + counts[1] + " warning, " + counts[2] + " drift (" + settings.bins()
                + " bins, PSI bands " + Format.sig(settings.psiWarning()) + "/" + Format.sig(settings.psiDrift())
                + ", KS at " + Format.sig(settings.ksAlpha()) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DriftReport d && d.settings.equals(settings) && d.features.equals(features);
    }

    @Override
    public int hashCode() {
        return settings.hashCode() * 31 + features.hashCode();
    }
}
