package dev.statlearn.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.when;

import dev.statlearn.core.Checks;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.distribution.Bernoulli;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.Geometric;
import dev.statlearn.stats.distribution.LogNormal;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.mle.Fit;
import dev.statlearn.stats.mle.Mle;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Maximum-likelihood fits over a column of a Spark {@code Dataset}, for the families whose
 * estimates depend on the data only through sufficient statistics: the fit of
 * {@link Mle} (same estimates, same standard errors from the expected Fisher information, same
 * log-likelihood) computed from statistics that Spark merges across partitions.
 *
 * <table class="striped">
 *   <caption>Families and the statistics Spark computes</caption>
 *   <thead><tr><th>method</th><th>estimate</th><th>statistics</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link #normal}</td><td>\( \hat\mu = \bar x,\ \hat\sigma^2 = \frac1n\sum(x_i-\bar x)^2 \)</td><td>{@link Moments} of \( x \)</td></tr>
 *   <tr><td>{@link #logNormal}</td><td>the same for \( \log x \)</td><td>{@code Moments} of \( \log x \), minimum of \( x \)</td></tr>
 *   <tr><td>{@link #exponential}</td><td>\( \hat\lambda = 1/\bar x \)</td><td>{@code Moments} of \( x \)</td></tr>
 *   <tr><td>{@link #gamma}</td><td>\( \log\hat\alpha - \psi(\hat\alpha) = \log\bar x - \overline{\log x},\ \hat\beta = \hat\alpha/\bar x \)</td><td>{@code Moments} of \( x \) and of \( \log x \), then {@link Mle#gamma(int, double, double)}</td></tr>
 *   <tr><td>{@link #poisson}, {@link #bernoulli}, {@link #geometric}, {@link #categorical}</td><td>\( \hat\lambda = \bar k \), \( \hat p = \bar x \), \( \hat p = 1/\bar k \), \( \hat p_j = n_j/n \)</td><td>the count of each distinct value</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Standard errors, as {@link Mle}: normal and log-normal \( \hat\sigma/\sqrt n \),
 * \( \hat\sigma/\sqrt{2n} \); exponential \( \hat\lambda/\sqrt n \); gamma from the inverse of
 * \( n \begin{pmatrix} \psi'(\alpha) &amp; -1/\beta \\ -1/\beta &amp; \alpha/\beta^2 \end{pmatrix} \);
 * Poisson \( \sqrt{\hat\lambda/n} \); Bernoulli \( \sqrt{\hat p(1-\hat p)/n} \); geometric
 * \( \sqrt{\hat p^2(1-\hat p)/n} \); categorical covariance \( (\operatorname{diag}(p) - pp^\top)/n \).
 *
 * <ul>
 *   <li>The results equal {@code Mle}'s on the collected column up to rounding: the merged
 *       moments and sums add their parts in another order (relative differences of order
 *       \( 10^{-15} \) on well-conditioned data). Discrete fits use exact integer counts, so
 *       their estimates are the local ones; their log-likelihood is summed per distinct value.</li>
 *   <li>Null values are skipped. A value outside the family's support gives an
 *       {@link IllegalArgumentException} naming the column, the support and the offending
 *       extreme value (not its row, which a distributed data set does not order); so do too few
 *       rows and constant data, as locally.</li>
 *   <li>{@link Fit} counts observations in an {@code int}: at most {@code Integer.MAX_VALUE}
 *       non-null rows.</li>
 *   <li>The discrete fits collect one (value, count) pair per distinct value to the driver.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class DatasetMle {

    private static final double LN_2PI = Math.log(2 * Math.PI);

    private DatasetMle() {
    }

    /**
     * Normal fit, as {@link Mle#normal(double[])}: parameters {@code mean}, {@code sd}.
     *
     * @param data   the dataset
     * @param column a numeric column
     * @return the fit
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if fewer than 2 values, a value is not finite (failing the
     *                                  job), or the values are all equal
     */
    public static Fit<Normal> normal(Dataset<Row> data, String column) {
        return Mle.normal(moments(data, column), column);
    }

    /**
     * Log-normal fit, as {@link Mle#logNormal(double[])}: parameters {@code mu}, {@code sigma}, the
     * mean and the \( 1/n \) standard deviation of \( \log x \).
     *
     * @param data   the dataset
     * @param column a numeric column of positive values
     * @return the fit
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if fewer than 2 values, a value is not finite and positive,
     *                                  or the values are all equal
     */
    public static Fit<LogNormal> logNormal(Dataset<Row> data, String column) {
        Moments[] ml = momentsAndLogMoments(data, column);
        int n = count(ml[0].count(), 2, column, "a log-normal");
        requireMinimum(ml[0], column, "(0, inf)", "a log-normal");
        Moments logs = ml[1];
        double var = logs.populationVariance();
        if (!(var > 0)) {
            throw constant(column, "a log-normal");
        }
        double mu = logs.mean();
        double sigma = Math.sqrt(var);
        double ll = -logs.sum() - 0.5 * n * (LN_2PI + Math.log(var) + 1.0);
        return Fit.of(new LogNormal(mu, sigma), ll, n, 2, List.of("mu", "sigma"), new double[] {mu, sigma},
                new double[][] {{var / n, 0}, {0, var / (2.0 * n)}});
    }

    /**
     * Exponential fit, as {@link Mle#exponential(double[])}: parameter {@code rate}
     * \( \hat\lambda = n / \sum x_i \).
     *
     * @param data   the dataset
     * @param column a numeric column of non-negative values, not all 0
     * @return the fit
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if empty, a value is negative or not finite, or all are 0
     */
    public static Fit<Exponential> exponential(Dataset<Row> data, String column) {
        Moments m = moments(data, column);
        int n = count(m.count(), 1, column, "a rate");
        if (m.min() < 0) {
            throw outside(column, m.min(), "[0, inf)", "an exponential");
        }
        double sum = m.sum();
        if (!(sum > 0)) {
            throw new IllegalArgumentException(column
                    + " must not be all 0 to fit an exponential (the rate would be infinite)");
        }
        double rate = n / sum;
        double ll = n * Math.log(rate) - rate * sum;
        return Fit.of(new Exponential(rate), ll, n, 1, List.of("rate"), new double[] {rate},
                new double[][] {{rate * rate / n}});
    }

    /**
     * Gamma fit with shape and rate, as {@link Mle#gamma(double[])}: the sums
     * \( \sum x_i \) and \( \sum \log x_i \) from Spark, the Newton solve and the standard errors
     * from {@link Mle#gamma(int, double, double)}.
     *
     * @param data   the dataset
     * @param column a numeric column of positive values, not all equal
     * @return the fit, parameters {@code shape}, {@code rate}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if fewer than 2 values, a value is not finite and positive,
     *                                  or the values are all equal
     */
    public static Fit<Gamma> gamma(Dataset<Row> data, String column) {
        Moments[] ml = momentsAndLogMoments(data, column);
        int n = count(ml[0].count(), 2, column, "a gamma shape");
        requireMinimum(ml[0], column, "(0, inf)", "a gamma");
        if (ml[0].min() == ml[0].max()) {
            throw constant(column, "a gamma");
        }
        return Mle.gamma(n, ml[0].sum(), ml[1].sum());
    }

    /**
     * Poisson fit, as {@link Mle#poisson(int[])}: parameter {@code rate} \( \hat\lambda = \bar k \).
     *
     * @param data   the dataset
     * @param column an integer column of counts {@code >= 0}, not all 0
     * @return the fit
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if empty, a count is negative, all are 0, or the mean
     *                                  exceeds {@link Poisson#MAX_RATE}
     */
    public static Fit<Poisson> poisson(Dataset<Row> data, String column) {
        TreeMap<Integer, Long> counts = valueCounts(data, column);
        int n = count(total(counts), 1, column, "a Poisson");
        requireMinimum(counts, 0, column);
        long sum = weightedSum(counts);
        if (sum == 0) {
            throw new IllegalArgumentException(column + " must not be all 0 to fit a Poisson (the rate would be 0)");
        }
        double rate = (double) sum / n;
        Poisson d = new Poisson(rate);
        return Fit.of(d, logLikelihood(d, counts), n, 1, List.of("rate"), new double[] {rate},
                new double[][] {{rate / n}});
    }

    /**
     * Bernoulli fit, as {@link Mle#bernoulli(int[])}: parameter {@code p} \( \hat p = \bar x \).
     *
     * @param data   the dataset
     * @param column an integer column of 0s and 1s
     * @return the fit
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if empty or a value is not 0 or 1
     */
    public static Fit<Bernoulli> bernoulli(Dataset<Row> data, String column) {
        TreeMap<Integer, Long> counts = valueCounts(data, column);
        int n = count(total(counts), 1, column, "a Bernoulli");
        for (int v : counts.keySet()) {
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException(column + " must be 0 or 1, was " + v);
            }
        }
        double p = (double) counts.getOrDefault(1, 0L) / n;
        Bernoulli d = new Bernoulli(p);
        return Fit.of(d, logLikelihood(d, counts), n, 1, List.of("p"), new double[] {p},
                new double[][] {{p * (1 - p) / n}});
    }

    /**
     * Geometric fit on 1, 2, …, as {@link Mle#geometric(int[])}: parameter {@code p}
     * \( \hat p = 1/\bar k \).
     *
     * @param data   the dataset
     * @param column an integer column of values {@code >= 1}
     * @return the fit
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if empty, a value is below 1, or the mean exceeds
     *                                  1 / {@link Geometric#MIN_P}
     */
    public static Fit<Geometric> geometric(Dataset<Row> data, String column) {
        TreeMap<Integer, Long> counts = valueCounts(data, column);
        int n = count(total(counts), 1, column, "a geometric");
        requireMinimum(counts, 1, column);
        long total = weightedSum(counts);
        double p = n / (double) total;
        if (p < Geometric.MIN_P) {
            throw new IllegalArgumentException(column + " must have mean <= 1 / Geometric.MIN_P = "
                    + (1 / Geometric.MIN_P) + ", had mean " + ((double) total / n));
        }
        Geometric d = new Geometric(p);
        return Fit.of(d, logLikelihood(d, counts), n, 1, List.of("p"), new double[] {p},
                new double[][] {{p * p * (1 - p) / n}});
    }

    /**
     * Categorical fit over \( K \) classes, as {@link Mle#categorical(int[], int)}: parameters
     * {@code p[0]} … {@code p[K-1]}, \( \hat p_j = n_j/n \).
     *
     * @param data   the dataset
     * @param column an integer column of labels in {@code [0, k)}
     * @param k      number of classes, in {@code [1, }{@link Checks#MAX_SQUARE_DIMENSION}{@code ]}
     * @return the fit
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if empty, {@code k} is out of range, or a label is outside [0, k)
     */
    public static Fit<Categorical> categorical(Dataset<Row> data, String column, int k) {
        Checks.squareDimension(k, "k");
        TreeMap<Integer, Long> counts = valueCounts(data, column);
        count(total(counts), 1, column, "a categorical");
        if (counts.firstKey() < 0 || counts.lastKey() >= k) {
            int bad = counts.firstKey() < 0 ? counts.firstKey() : counts.lastKey();
            throw new IllegalArgumentException(column + " must be in [0, " + k + "), was " + bad);
        }
        long[] perClass = new long[k];
        counts.forEach((label, c) -> perClass[label] = c);
        return Mle.categoricalFromCounts(perClass);
    }

    // ------------------------------------------------------------------------------ helpers

    private static Moments moments(Dataset<Row> data, String column) {
        Checks.notNull(data, "data");
        Checks.notNull(column, "column");
        return data.select(StatlearnFunctions.moments(column)).as(StatlearnEncoders.moments()).first();
    }

    /** The moments of x and of log x (over the positive values), in one job. */
    private static Moments[] momentsAndLogMoments(Dataset<Row> data, String column) {
        Checks.notNull(data, "data");
        Checks.notNull(column, "column");
        Tuple2<Moments, Moments> t = data.select(StatlearnFunctions.moments(column),
                StatlearnFunctions.moments(when(col(column).gt(0), log(col(column).cast("double")))))
                .as(Encoders.tuple(StatlearnEncoders.moments(), StatlearnEncoders.moments())).first();
        return new Moments[] {t._1(), t._2()};
    }

    private static TreeMap<Integer, Long> valueCounts(Dataset<Row> data, String column) {
        Checks.notNull(data, "data");
        Checks.notNull(column, "column");
        TreeMap<Integer, Long> counts = new TreeMap<>();
        for (Row r : data.select(col(column).cast("int").as("v")).where(col("v").isNotNull())
                .groupBy("v").count().collectAsList()) {
            counts.put(r.getInt(0), r.getLong(1));
        }
        return counts;
    }

    private static long total(TreeMap<Integer, Long> counts) {
        long t = 0;
        for (long c : counts.values()) {
            t += c;
        }
        return t;
    }

    private static long weightedSum(TreeMap<Integer, Long> counts) {
        long s = 0;
        for (var e : counts.entrySet()) {
            s += e.getKey() * e.getValue();
        }
        return s;
    }

    /** \( \sum_v n_v \log p(v) \), over the distinct values in increasing order. */
    private static double logLikelihood(DiscreteDistribution d, TreeMap<Integer, Long> counts) {
        double ll = 0;
        for (var e : counts.entrySet()) {
            ll += e.getValue() * d.logPmf(e.getKey());
        }
        return ll;
    }

    private static int count(long n, int min, String column, String what) {
        if (n < min) {
            throw new IllegalArgumentException(column + " must have at least " + min + " value"
                    + (min == 1 ? "" : "s") + " to estimate " + what + ", had " + n);
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(column + " must have at most Integer.MAX_VALUE = "
                    + Integer.MAX_VALUE + " non-null values (Fit counts them in an int), had " + n);
        }
        return (int) n;
    }

    private static void requireMinimum(TreeMap<Integer, Long> counts, int min, String column) {
        if (counts.firstKey() < min) {
            throw new IllegalArgumentException(column + " must be >= " + min + ", was " + counts.firstKey());
        }
    }

    private static void requireMinimum(Moments m, String column, String support, String family) {
        if (!(m.min() > 0)) {
            throw outside(column, m.min(), support, family);
        }
    }

    private static IllegalArgumentException outside(String column, double v, String support, String family) {
        return new IllegalArgumentException(column + " must be in " + support + " to fit " + family + ", was " + v);
    }

    private static IllegalArgumentException constant(String column, String family) {
        return new IllegalArgumentException(column + " must not be constant to fit " + family
                + " (the scale would be 0)");
    }
}
