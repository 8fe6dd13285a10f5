package dev.statlearn.eval.resample;

import dev.statlearn.core.Checks;
import dev.statlearn.core.data.ClassBalance;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.eval.resample.internal.NearestNeighbors;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Data-level remedies for class imbalance, following imbalanced-learn 0.10: random over-sampling,
 * random under-sampling, SMOTE and Tomek links. Every method returns a new {@link Resampled}
 * dataset; the input is never modified.
 *
 * <h2>Targets</h2>
 * Let \( n_c \) be the count of class \( c \) (classes absent from the data are ignored), and
 * \( n_{\max} \), \( n_{\min} \) the largest and smallest counts.
 * <ul>
 *   <li><b>Balance</b> (no ratio; imbalanced-learn's {@code sampling_strategy="auto"}): over-sampling
 *       and SMOTE raise every class to \( n_{\max} \); under-sampling lowers every class to
 *       \( n_{\min} \).</li>
 *   <li><b>Ratio</b> \( r \in (0, 1] \) (binary data only; imbalanced-learn's float
 *       {@code sampling_strategy}): over-sampling and SMOTE add
 *       \( \lfloor r\, n_{\max} - n_{\min} \rfloor \) minority rows, so that the minority count is
 *       \( \approx r\, n_{\max} \); under-sampling keeps \( \lfloor n_{\min} / r \rfloor \) majority
 *       rows. As in imbalanced-learn, the counts are truncated toward zero and then an
 *       over-sampling ratio that asks for no new row (\( \lfloor r\, n_{\max} - n_{\min} \rfloor
 *       \le 0 \)) and an under-sampling ratio that asks for more majority rows than exist are
 *       rejected.</li>
 * </ul>
 *
 * <h2>Output order</h2>
 * Over-samplers return the input rows in order, then the new rows class by class (ascending
 * class index); under-sampling and Tomek links return the kept rows in their input order.
 *
 * <h2>Missing values</h2>
 * Random over- and under-sampling copy rows and accept NaN features; SMOTE and Tomek links measure
 * distances and reject them (impute first).
 *
 * @since 0.1
 */
public final class Resampling {

    private Resampling() {
    }

    /**
     * Random over-sampling to balance: rows of every class but the largest are drawn uniformly
     * with replacement from that class and appended until each class has \( n_{\max} \) rows.
     *
     * @param data classification data; not modified
     * @param rng  generator
     * @return the input rows followed by the copies (none of them synthetic)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code data} is not a classification dataset, or the
     *                                  balanced data would have more rows than a Java array holds
     *                                  (checked before anything is allocated)
     */
    public static Resampled randomOversample(Dataset data, RandomGenerator rng) {
        int[] y = labels(data);
        Checks.notNull(rng, "rng");
        return oversampleCopies(data, y, balanceUp(counts(data, y)), rng);
    }

    /**
     * Random over-sampling of the minority class of binary data to a minority / majority
     * ratio \( r \): adds \( \lfloor r\, n_{\max} - n_{\min} \rfloor \) copies of minority rows
     * drawn uniformly with replacement.
     *
     * @param data  binary classification data; not modified
     * @param ratio target ratio in {@code (0, 1]}, asking for at least one new row
     * @param rng   generator
     * @return the input rows followed by the copies
     * @throws IllegalArgumentException if the data does not have exactly two classes present, or
     *                                  the ratio is out of range or below the current ratio
     */
    public static Resampled randomOversample(Dataset data, double ratio, RandomGenerator rng) {
        int[] y = labels(data);
        Checks.notNull(rng, "rng");
        return oversampleCopies(data, y, ratioUp(counts(data, y), ratio), rng);
    }

    /**
     * Random under-sampling to balance: every class keeps \( n_{\min} \) of its rows, chosen
     * uniformly without replacement.
     *
     * @param data classification data; not modified
     * @param rng  generator
     * @return the kept rows in input order
     * @throws IllegalArgumentException if {@code data} is not a classification dataset
     */
    public static Resampled randomUndersample(Dataset data, RandomGenerator rng) {
        int[] y = labels(data);
        Checks.notNull(rng, "rng");
        return undersample(data, y, balanceDown(counts(data, y)), rng);
    }

    /**
     * Random under-sampling of the majority class of binary data to a minority / majority ratio
     * \( r \): the majority keeps \( \lfloor n_{\min} / r \rfloor \) rows chosen uniformly without
     * replacement.
     *
     * @param data  binary classification data; not modified
     * @param ratio target ratio in {@code (0, 1]}, at least the current ratio
     * @param rng   generator
     * @return the kept rows in input order
     * @throws IllegalArgumentException if the data does not have exactly two classes present, or
     *                                  the ratio is out of range or below the current ratio
     */
    public static Resampled randomUndersample(Dataset data, double ratio, RandomGenerator rng) {
        int[] y = labels(data);
        Checks.notNull(rng, "rng");
        return undersample(data, y, ratioDown(counts(data, y), ratio), rng);
    }

    /**
     * SMOTE to balance (Chawla, Bowyer, Hall &amp; Kegelmeyer 2002,
     * <a href="https://doi.org/10.1613/jair.953">doi</a>), with imbalanced-learn 0.10's algorithm:
     * for each class \( c \) that needs \( m_c = n_{\max} - n_c \) new rows, find the \( k \)
     * nearest neighbours of every row of class \( c \) among the other rows of class \( c \)
     * (squared Euclidean distance, ties to the smaller index), then make each new row by drawing a
     * (row, neighbour) pair uniformly among the \( n_c k \) pairs and a step
     * \( u \sim U[0, 1) \):
     * \[ x_{new} = x_i + u\,(x_{j} - x_i). \]
     * Every synthetic row thus lies on the segment between a row of its class and one of that row's
     * \( k \) same-class nearest neighbours.
     *
     * @param data classification data with finite features; not modified
     * @param k    number of neighbours, {@code >= 1} (imbalanced-learn's default is 5)
     * @param rng  generator
     * @return the input rows followed by the synthetic rows
     * @throws IllegalArgumentException if a feature is NaN, {@code k < 1}, a class to over-sample
     *                                  has {@code k} rows or fewer, or the balanced data would have
     *                                  more rows than a Java array holds
     */
    public static Resampled smote(Dataset data, int k, RandomGenerator rng) {
        int[] y = labels(data);
        Checks.positive(k, "k");
        Checks.notNull(rng, "rng");
        return smote(data, y, balanceUp(counts(data, y)), k, rng);
    }

    /**
     * SMOTE of the minority class of binary data to a minority / majority ratio \( r \): adds
     * \( \lfloor r\, n_{\max} - n_{\min} \rfloor \) synthetic minority rows, made as in
     * {@link #smote(Dataset, int, RandomGenerator)}.
     *
     * @param data  binary classification data with finite features; not modified
     * @param ratio target ratio in {@code (0, 1]}, at least the current ratio
     * @param k     number of neighbours, {@code >= 1}
     * @param rng   generator
     * @return the input rows followed by the synthetic rows
     * @throws IllegalArgumentException as {@link #smote(Dataset, int, RandomGenerator)}, or if the
     *                                  data is not binary or the ratio is out of range
     */
    public static Resampled smote(Dataset data, double ratio, int k, RandomGenerator rng) {
        int[] y = labels(data);
        Checks.positive(k, "k");
        Checks.notNull(rng, "rng");
        return smote(data, y, ratioUp(counts(data, y), ratio), k, rng);
    }

    /**
     * Removes Tomek links from every class except the smallest (imbalanced-learn's
     * {@code TomekLinks()} with {@code sampling_strategy="auto"}). Rows \( i \) and \( j \) form a
     * Tomek link when they have different labels and each is the other's nearest neighbour
     * (over all rows, squared Euclidean distance, ties to the smaller index). Deterministic.
     *
     * @param data classification data with finite features and at least 2 rows; not modified
     * @return the kept rows in input order
     * @throws IllegalArgumentException if a feature is NaN or there are fewer than 2 rows
     */
    public static Resampled tomekLinks(Dataset data) {
        int[] y = labels(data);
        int[] counts = counts(data, y);
        int minority = -1;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0 && (minority < 0 || counts[c] < counts[minority])) {
                minority = c;
            }
        }
        boolean[] clean = new boolean[counts.length];
        Arrays.fill(clean, true);
        clean[minority] = false;
        return removeLinks(data, y, clean);
    }

    /**
     * Removes the rows of the given classes that are in a Tomek link (pass every class to remove
     * both ends of each link, imbalanced-learn's {@code sampling_strategy="all"}).
     *
     * @param data           classification data with finite features and at least 2 rows
     * @param classesToClean classes whose linked rows are removed
     * @return the kept rows in input order
     * @throws IllegalArgumentException if a feature is NaN, a class is out of range, there are
     *                                  fewer than 2 rows, or no row would be left
     */
    public static Resampled tomekLinks(Dataset data, int... classesToClean) {
        int[] y = labels(data);
        Checks.labels(classesToClean, data.numClasses(), "classesToClean");
        boolean[] clean = new boolean[data.numClasses()];
        for (int c : classesToClean) {
            clean[c] = true;
        }
        return removeLinks(data, y, clean);
    }

    /**
     * Which rows are in a Tomek link, whatever their class.
     *
     * @param data classification data with finite features and at least 2 rows; not modified
     * @return a new array, true for each row whose nearest neighbour has another label and has it
     *         as its own nearest neighbour
     * @throws IllegalArgumentException if a feature is NaN or there are fewer than 2 rows
     */
    public static boolean[] tomekLinked(Dataset data) {
        int[] y = labels(data);
        return linked(data, y);
    }

    // ---------------------------------------------------------------------------------------

    private static int[] labels(Dataset data) {
        Checks.notNull(data, "data");
        if (!data.isClassification()) {
            throw new IllegalArgumentException("data must be a classification dataset, was " + data);
        }
        return data.labels();
    }

    private static int[] counts(Dataset data, int[] y) {
        int[] c = new int[data.numClasses()];
        for (int v : y) {
            c[v]++;
        }
        return c;
    }

    /** Number of rows to add per class so that every present class reaches the largest count. */
    static int[] balanceUp(int[] counts) {
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int[] add = new int[counts.length];
        for (int c = 0; c < counts.length; c++) {
            add[c] = counts[c] > 0 ? max - counts[c] : 0;
        }
        return add;
    }

    /** Number of rows to keep per class so that every present class has the smallest count. */
    static int[] balanceDown(int[] counts) {
        int min = Integer.MAX_VALUE;
        for (int c : counts) {
            if (c > 0) {
                min = Math.min(min, c);
            }
        }
        int[] keep = new int[counts.length];
        for (int c = 0; c < counts.length; c++) {
            keep[c] = counts[c] > 0 ? min : 0;
        }
        return keep;
    }

    private static int[] binary(int[] counts, double ratio) {
        if (!(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("ratio must be in (0, 1], was " + ratio);
        }
        int present = 0;
        int major = -1;
        int minor = -1;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                present++;
                if (major < 0 || counts[c] > counts[major]) {
                    major = c;
                }
            }
        }
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0 && c != major) {
                minor = c;
            }
        }
        if (present != 2) {
            throw new IllegalArgumentException(
                    "a ratio needs exactly 2 classes present, had " + present + " " + Arrays.toString(counts));
        }
        return new int[] {major, minor};
    }

    /** Rows to add: {@code (int) (ratio * nMax - nMin)} to the minority class of binary data. */
    static int[] ratioUp(int[] counts, double ratio) {
        int[] mm = binary(counts, ratio);
        // truncate toward zero, as imbalanced-learn's int(...); like it, reject adding nothing
        int add = (int) (ratio * counts[mm[0]] - counts[mm[1]]);
        if (add <= 0) {
            throw new IllegalArgumentException("ratio must ask for at least one new minority row, i.e. exceed the "
                    + "current minority/majority ratio " + (double) counts[mm[1]] / counts[mm[0]]
                    + " by at least 1/" + counts[mm[0]] + ", was " + ratio);
        }
        int[] out = new int[counts.length];
        out[mm[1]] = add;
        return out;
    }

    /** Rows to keep: the majority class of binary data keeps {@code (int) (nMin / ratio)}. */
    static int[] ratioDown(int[] counts, double ratio) {
        int[] mm = binary(counts, ratio);
        int keep = (int) (counts[mm[1]] / ratio);
        if (keep > counts[mm[0]]) {
            throw new IllegalArgumentException("ratio must be at least the current minority/majority ratio "
                    + (double) counts[mm[1]] / counts[mm[0]] + " for under-sampling (after truncation), was "
                    + ratio);
        }
        int[] out = counts.clone();
        out[mm[0]] = keep;
        return out;
    }

    private static int[][] classRows(int[] y, int k) {
        return ClassBalance.rowsByClass(y, k);
    }

    private static Resampled oversampleCopies(Dataset data, int[] y, int[] add, RandomGenerator rng) {
        int n = y.length;
        int total = resampledSize(n, add);
        int[] src = new int[total];
        for (int i = 0; i < n; i++) {
            src[i] = i;
        }
        int[][] rows = classRows(y, add.length);
        int pos = n;
        for (int c = 0; c < add.length; c++) {
            for (int t = 0; t < add[c]; t++) {
                src[pos++] = rows[c][rng.nextInt(rows[c].length)];
            }
        }
        return new Resampled(data.select(src), src);
    }

    private static Resampled undersample(Dataset data, int[] y, int[] keep, RandomGenerator rng) {
        int[][] rows = classRows(y, keep.length);
        boolean[] kept = new boolean[y.length];
        int total = 0;
        for (int c = 0; c < keep.length; c++) {
            int[] r = rows[c].clone();
            // partial Fisher-Yates: the first keep[c] entries become a uniform sample
            for (int i = 0; i < keep[c]; i++) {
                int j = i + rng.nextInt(r.length - i);
                int t = r[i];
                r[i] = r[j];
                r[j] = t;
                kept[r[i]] = true;
            }
            total += keep[c];
        }
        int[] src = new int[total];
        int pos = 0;
        for (int i = 0; i < y.length; i++) {
            if (kept[i]) {
                src[pos++] = i;
            }
        }
        return new Resampled(data.select(src), src);
    }

    private static void requireFinite(double[][] x) {
        Checks.finiteMatrix(x, "data features");
    }

    private static Resampled smote(Dataset data, int[] y, int[] add, int k, RandomGenerator rng) {
        double[][] x = data.features();
        requireFinite(x);
        int n = y.length;
        int d = x[0].length;
        int[][] rows = classRows(y, add.length);
        for (int c = 0; c < add.length; c++) {
            if (add[c] > 0 && rows[c].length <= k) {
                throw new IllegalArgumentException("class " + c + " has " + rows[c].length
                        + " rows but SMOTE with k = " + k + " needs at least " + (k + 1));
            }
        }
        int total = resampledSize(n, add);
        double[][] xs = Arrays.copyOf(x, total);
        int[] ys = Arrays.copyOf(y, total);
        int[] src = new int[total];
        for (int i = 0; i < n; i++) {
            src[i] = i;
        }
        int pos = n;
        for (int c = 0; c < add.length; c++) {
            int m = add[c];
            if (m == 0) {
                continue;
            }
            int nc = rows[c].length;
            double[] flat = NearestNeighbors.flatten(x, rows[c]);
            int[] nn = NearestNeighbors.kNearest(flat, nc, d, k);
            // as imbalanced-learn: all pair indices first, then all steps
            int[] pair = new int[m];
            for (int t = 0; t < m; t++) {
                pair[t] = rng.nextInt(nc * k);
            }
            for (int t = 0; t < m; t++) {
                double step = rng.nextDouble();
                int i = pair[t] / k;
                int j = nn[pair[t]];
                double[] out = new double[d];
                int oi = i * d;
                int oj = j * d;
                for (int f = 0; f < d; f++) {
                    out[f] = flat[oi + f] + step * (flat[oj + f] - flat[oi + f]);
                }
                xs[pos] = out;
                ys[pos] = c;
                src[pos] = -1;
                pos++;
            }
        }
        Dataset out = Dataset.classification(xs, ys, data.featureNames(), data.classNames())
                .withName(data.name());
        return new Resampled(out, src);
    }

    private static boolean[] linked(Dataset data, int[] y) {
        double[][] x = data.features();
        requireFinite(x);
        int n = y.length;
        if (n < 2) {
            throw new IllegalArgumentException("data must have at least 2 rows for Tomek links, had " + n);
        }
        int d = x[0].length;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        int[] nn = NearestNeighbors.nearest(NearestNeighbors.flatten(x, all), n, d);
        boolean[] link = new boolean[n];
        for (int i = 0; i < n; i++) {
            int j = nn[i];
            link[i] = y[j] != y[i] && nn[j] == i;
        }
        return link;
    }

    private static Resampled removeLinks(Dataset data, int[] y, boolean[] clean) {
        boolean[] link = linked(data, y);
        int total = 0;
        for (int i = 0; i < y.length; i++) {
            if (!(link[i] && clean[y[i]])) {
                total++;
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException(
                    "every row of data is in a Tomek link of a class to clean: no row would be left");
        }
        int[] src = new int[total];
        int pos = 0;
        for (int i = 0; i < y.length; i++) {
            if (!(link[i] && clean[y[i]])) {
                src[pos++] = i;
            }
        }
        return new Resampled(data.select(src), src);
    }

    /** Largest number of rows a resampled dataset may have (the largest Java array). */
    private static final int MAX_ROWS = Integer.MAX_VALUE - 8;

    /** {@code n} plus the added rows, checked before the rows are allocated. */
    private static int resampledSize(int n, int[] add) {
        long total = n;
        for (int a : add) {
            total += a;
        }
        if (total > MAX_ROWS) {
            throw new IllegalArgumentException("over-sampling these " + n + " rows would give " + total
                    + " rows, more than the largest array (" + MAX_ROWS + " rows)");
        }
        return (int) total;
    }
}
