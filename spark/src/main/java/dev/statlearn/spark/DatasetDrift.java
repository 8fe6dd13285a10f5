package dev.statlearn.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.statlearn.core.Checks;
import dev.statlearn.eval.monitor.DriftReport;
import dev.statlearn.eval.monitor.FeatureDrift;
import dev.statlearn.stats.divergence.Histogram;
import dev.statlearn.stats.inference.TestResult;
import dev.statlearn.stats.inference.internal.KsDistributions;
import dev.statlearn.stats.inference.internal.KsExtremes;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The {@link DriftReport} of numeric columns between a reference and a current Spark
 * {@code Dataset}: the same measures, with the same definitions and verdicts, as the local
 * {@link DriftReport#of(double[], double[], DriftReport.Settings)} on the collected columns.
 *
 * <p>Per column:
 * <ul>
 *   <li>the smallest and largest value of the two samples (one aggregate), which fix the shared
 *       bins of {@link Histogram#spanning}; both histograms are then filled by
 *       {@link HistogramAggregator}, so PSI, KL, Jensen–Shannon and total variation
 *       (\( \mathrm{PSI} = \sum_i (\tilde c_i - \tilde r_i) \ln(\tilde c_i / \tilde r_i) \), …) come
 *       from exactly the local bin counts;</li>
 *   <li>the two-sample Kolmogorov–Smirnov statistic \( D = \sup_t |F_r(t) - F_c(t)| \) and the
 *       1-Wasserstein distance \( W_1 = \int |F_r(t) - F_c(t)|\,dt \), from the distinct values
 *       with their counts in each sample, sorted by Spark: each sorted partition walks its values
 *       with the counts above it (a first pass sums each partition), in {@code long} arithmetic
 *       for \( D \) as the local test (so \( D \) and its p-value, exact up to 10,000 values per
 *       sample as SciPy's {@code ks_2samp}, are the local ones); \( W_1 \)'s partial sums are
 *       added on the driver (equal to the local value up to rounding).</li>
 * </ul>
 * Missing values (null or NaN) are dropped from each sample; an infinite value, or a column with
 * no value left in a sample, gives an {@link IllegalArgumentException}; at most
 * {@code Integer.MAX_VALUE} values per sample and column.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class DatasetDrift {

    /** SciPy's {@code ks_2samp} is exact up to this many values per sample, as the local test. */
    private static final int MAX_EXACT_N = 10_000;

    private DatasetDrift() {
    }

    /**
     * Drift of the given columns with default settings.
     *
     * @param reference reference data
     * @param current   current data, with the same columns
     * @param columns   numeric columns to compare, at least one
     * @return the report, one entry per column in the given order
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if no column is given, or a column has no non-missing value
     *                                  or an infinite value in a sample
     */
    public static DriftReport of(Dataset<Row> reference, Dataset<Row> current, String... columns) {
        return of(reference, current, DriftReport.Settings.defaults(), columns);
    }

    /**
     * Drift of the given columns.
     *
     * @param reference reference data
     * @param current   current data, with the same columns
     * @param settings  bins, smoothing, PSI bands and KS level
     * @param columns   numeric columns to compare, at least one
     * @return the report, one entry per column in the given order
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(Dataset, Dataset, String...)}
     */
    public static DriftReport of(Dataset<Row> reference, Dataset<Row> current, DriftReport.Settings settings,
                                 String... columns) {
        Checks.notNull(reference, "reference");
        Checks.notNull(current, "current");
        Checks.notNull(settings, "settings");
        Checks.notNull(columns, "columns");
        if (columns.length == 0) {
            throw new IllegalArgumentException("columns must name at least one column");
        }
        List<FeatureDrift> features = new ArrayList<>();
        for (int j = 0; j < columns.length; j++) {
            features.add(feature(reference, current, Checks.notNull(columns[j], "columns[" + j + "]"), settings));
        }
        return DriftReport.ofFeatures(features, settings);
    }

    private static Column present(String column) {
        Column v = col(column).cast("double");
        return when(v.isNotNull().and(isnan(v).unary_$bang()), v);
    }

    private static FeatureDrift feature(Dataset<Row> reference, Dataset<Row> current, String name,
                                        DriftReport.Settings settings) {
        double[] lohi = new double[2];
        int nr = range(reference, name, "reference", lohi, true);
        int nc = range(current, name, "current", lohi, false);
        double[] edges = Histogram.spanning(settings.bins(), new double[] {lohi[0]}, new double[] {lohi[1]}).edges();
        HistogramAggregator agg = HistogramAggregator.withEdges(edges);
        Histogram hr = reference.select(StatlearnFunctions.histogram(agg, present(name))).as(StatlearnEncoders.histogram()).first();
        Histogram hc = current.select(StatlearnFunctions.histogram(agg, present(name))).as(StatlearnEncoders.histogram()).first();
        double[] ksW1 = ksAndWasserstein(reference, current, name, nr, nc);
        double d = ksW1[0];
        long h = Double.doubleToRawLongBits(ksW1[1]);
        return DriftReport.feature(name, hr, hc, ksW1[2], new TestResult(d, ksPValue(nr, nc, h, d)), settings);
    }

    /** Counts the present values, checks them, and widens lohi to their range. */
    private static int range(Dataset<Row> data, String name, String which, double[] lohi, boolean first) {
        Row r = data.select(present(name).as("v")).agg(count("v"), min("v"), max("v")).first();
        long n = r.getLong(0);
        if (n == 0) {
            throw new IllegalArgumentException(which + " sample of " + name + " has no non-missing value");
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(which + " sample of " + name + " must have at most Integer.MAX_VALUE = "
                    + Integer.MAX_VALUE + " values, had " + n);
        }
        double lo = r.getDouble(1);
        double hi = r.getDouble(2);
        for (double x : new double[] {lo, hi}) {
            if (Double.isInfinite(x)) {
                throw new IllegalArgumentException(which + " values of " + name + " must be finite, had " + x);
            }
        }
        lohi[0] = first ? lo : Math.min(lohi[0], lo);
        lohi[1] = first ? hi : Math.max(lohi[1], hi);
        return (int) n;
    }

    /** As KolmogorovSmirnov.twoSample with the default settings (two-sided, SciPy's AUTO method). */
    private static double ksPValue(int n1, int n2, long h, double d) {
        if (Math.max(n1, n2) <= MAX_EXACT_N) {
            if (h == 0) {
                return 1.0;
            }
            return KsDistributions.twoSampleExactSf(n1, n2, h, true);
        }
        double m = Math.max(n1, n2);
        double nn = Math.min(n1, n2);
        double en = m * nn / (m + nn);
        int effective = (int) Math.max(1, Math.rint(en));
        return KsDistributions.kolmogorovSmirnovSf(effective, d);
    }

    /** {D (as the local test), h (D in units of 1/lcm, its bits), W1}. */
    private static double[] ksAndWasserstein(Dataset<Row> reference, Dataset<Row> current, String name, int n1,
                                             int n2) {
        Dataset<Row> values = reference.select(present(name).plus(lit(0.0)).as("v"), lit(0).as("src"))
                .union(current.select(present(name).plus(lit(0.0)).as("v"), lit(1).as("src")))
                .where(col("v").isNotNull())
                .groupBy("v")
                .agg(sum(when(col("src").equalTo(0), 1L).otherwise(0L)).as("r"),
                        sum(when(col("src").equalTo(1), 1L).otherwise(0L)).as("c"))
                .orderBy("v")
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // pass 1: per partition, in order: reference count, current count, first value (NaN if empty)
            List<double[]> firstPass = values.javaRDD().mapPartitionsWithIndex((idx, it) -> {
                long r = 0;
                long c = 0;
                double firstValue = Double.NaN;
                while (it.hasNext()) {
                    Row row = it.next();
                    if (r + c == 0) {
                        firstValue = row.getDouble(0);
                    }
                    r += row.getLong(1);
                    c += row.getLong(2);
                }
                return List.of(new double[] {idx, r, c, firstValue}).iterator();
            }, true).collect();
            int parts = firstPass.size();
            long[] aboveR = new long[parts];
            long[] aboveC = new long[parts];
            double[] nextFirst = new double[parts];
            double[][] byIndex = new double[parts][];
            for (double[] f : firstPass) {
                byIndex[(int) f[0]] = f;
            }
            for (int i = 1; i < parts; i++) {
                aboveR[i] = aboveR[i - 1] + (long) byIndex[i - 1][1];
                aboveC[i] = aboveC[i - 1] + (long) byIndex[i - 1][2];
            }
            double next = Double.NaN;
            for (int i = parts - 1; i >= 0; i--) {
                nextFirst[i] = next; // the first value after partition i
                if (!Double.isNaN(byIndex[i][3])) {
                    next = byIndex[i][3];
                }
            }
            int g = KsDistributions.gcd(n1, n2);
            // pass 2: per partition {index, max (F1 - F2) lcm, its d, max (F2 - F1) lcm, its d, W1 part}
            List<double[]> secondPass = values.javaRDD().mapPartitionsWithIndex((idx, it) -> {
                long i = aboveR[idx];
                long j = aboveC[idx];
                KsExtremes extremes = new KsExtremes(n1, n2);
                double w = 0;
                boolean started = false;
                double x = 0;
                double fx = 0;
                while (it.hasNext()) {
                    Row row = it.next();
                    double v = row.getDouble(0);
                    if (started) {
                        w += fx * (v - x);
                    }
                    i += row.getLong(1);
                    j += row.getLong(2);
                    extremes.update(i, j);
                    x = v;
                    fx = Math.abs((double) i / n1 - (double) j / n2);
                    started = true;
                }
                if (started && !Double.isNaN(nextFirst[idx])) {
                    w += fx * (nextFirst[idx] - x);
                }
                // the maxima are longs (up to lcm(n1, n2)); carried bit for bit
                return List.of(new double[] {idx, Double.longBitsToDouble(extremes.maxPlus()), extremes.dPlus(),
                        Double.longBitsToDouble(extremes.maxMinus()), extremes.dMinus(), w}).iterator();
            }, true).collect();
            double[][] second = new double[parts][];
            for (double[] s : secondPass) {
                second[(int) s[0]] = s;
            }
            KsExtremes extremes = new KsExtremes(n1, n2);
            double wasserstein = 0;
            for (double[] s : second) {
                extremes.merge(Double.doubleToRawLongBits(s[1]), s[2], Double.doubleToRawLongBits(s[3]), s[4]);
                wasserstein += s[5];
            }
            long h = extremes.minusIsLarger() ? extremes.maxMinus() : extremes.maxPlus();
            double d = extremes.minusIsLarger() ? extremes.dMinus() : extremes.dPlus();
            long lcm = (long) (n1 / g) * n2;
            boolean exact = Math.max(n1, n2) <= MAX_EXACT_N;
            return new double[] {exact ? (double) h / lcm : d, Double.longBitsToDouble(h), wasserstein};
        } finally {
            values.unpersist();
        }
    }
}
