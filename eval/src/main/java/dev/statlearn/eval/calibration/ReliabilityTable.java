package dev.statlearn.eval.calibration;

import dev.statlearn.core.Checks;

import dev.statlearn.core.internal.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A reliability (calibration) table of binary probabilities: the predictions are grouped into
 * bins, and each bin compares the mean predicted probability with the observed fraction of
 * positives. A calibrated model has the two close in every bin.
 *
 * <p>Uniform bins ({@link #of(int[], double[], int) of}) split [0, 1] at \( e_b = b/B \);
 * quantile bins ({@link #ofQuantiles(int[], double[], int) ofQuantiles}) at the quantiles of the
 * predictions (with sample weights, {@link #ofQuantiles(int[], double[], int, double[])} at weighted
 * quantiles). A probability equal to an interior edge
 * belongs to the lower bin (bins are \( [0, e_1], (e_1, e_2], \dots \)), exactly as scikit-learn's
 * {@code calibration_curve(y, p, n_bins=B, strategy="uniform")}, whose {@code prob_true} and
 * {@code prob_pred} are the non-empty rows' {@link Bin#fractionPositive()} and
 * {@link Bin#meanPredicted()}. Only non-empty bins are listed.
 *
 * <p>Summaries: expected calibration error
 * \( \mathrm{ECE} = \sum_b \frac{n_b}{n} |\bar y_b - \bar p_b| \) and maximum calibration error
 * \( \mathrm{MCE} = \max_b |\bar y_b - \bar p_b| \) over non-empty bins (Naeini, Cooper &amp;
 * Hauskrecht 2015). Immutable.
 *
 * @since 0.1
 */
public final class ReliabilityTable {

    /**
     * One non-empty bin.
     *
     * @param lower            lower edge (exclusive, except for the first bin, which holds its lower edge)
     * @param upper            upper edge (inclusive)
     * @param count            number of predictions in the bin, {@code > 0}
     * @param meanPredicted    mean predicted probability \( \bar p_b \)
     * @param fractionPositive observed fraction of positives \( \bar y_b \)
     */
    public record Bin(double lower, double upper, long count, double meanPredicted, double fractionPositive) {
        /**
         * Checks the bin.
         *
         * @throws IllegalArgumentException if {@code count <= 0}, the edges are not ordered in
         *                                  [0, 1], or a mean is not in [0, 1]
         */
        public Bin {
            Checks.inRange(lower, 0, 1, "lower");
            Checks.inRange(upper, lower, 1, "upper");
            if (count <= 0) {
                throw new IllegalArgumentException("count must be > 0, was " + count);
            }
            Checks.probability(meanPredicted, "meanPredicted");
            Checks.probability(fractionPositive, "fractionPositive");
        }

        /**
         * Returns \( \bar y_b - \bar p_b \): positive when the model is under-confident in the bin.
         *
         * @return the gap
         */
        public double gap() {
            return fractionPositive - meanPredicted;
        }

        /**
         * The bin to 4 significant digits, e.g. {@code Bin(0.1..0.2, count=40, predicted=0.1512, observed=0.175)}.
         *
         * @return a one-line summary
         */
        @Override
        public String toString() {
            return "Bin(" + Format.sig(lower, 3) + ".." + Format.sig(upper, 3) + ", count=" + count + ", predicted="
                    + Format.sig(meanPredicted) + ", observed=" + Format.sig(fractionPositive) + ")";
        }
    }

    /**
     * Largest supported number of bins, \( 2^{20} = 1048576 \), checked before the bin edges are
     * allocated.
     */
    public static final int MAX_BINS = 1 << 20;

    private final List<Bin> bins;
    private final long total;
    /** Whether the first listed bin is bin 0, which holds its lower edge. */
    private final boolean firstClosed;
    /** Summed sample weight of each listed bin, and their total; the counts when unweighted. */
    private final double[] binWeights;
    private final double totalWeight;

    private ReliabilityTable(List<Bin> bins, long total, boolean firstClosed, double[] binWeights,
                             double totalWeight) {
        this.bins = Collections.unmodifiableList(bins);
        this.total = total;
        this.firstClosed = firstClosed;
        this.binWeights = binWeights;
        this.totalWeight = totalWeight;
    }

    /**
     * Builds the table with {@code numBins} uniform bins and sample weights: as
     * {@link #of(int[], double[], int)}, with each bin's means weighted,
     * \( \bar p_b = \sum_{i \in b} w_i p_i / W_b \) and \( \bar y_b = \sum_{i \in b} w_i y_i / W_b \)
     * (\( W_b = \sum_{i \in b} w_i \)), and the expected calibration error weighted by bin weight,
     * \( \mathrm{ECE} = \sum_b \frac{W_b}{W} |\bar y_b - \bar p_b| \). Samples of weight 0 take no
     * part: a bin is listed when its weight is positive, and {@link Bin#count()} counts its samples
     * of positive weight. (scikit-learn 1.2's {@code calibration_curve} has no weights; this is its
     * binning with weighted sums.)
     *
     * @param actual  labels in {0, 1}. Not modified.
     * @param p       probabilities of class 1 in [0, 1], same length. Not modified.
     * @param numBins number of bins, in {@code [1, }{@value #MAX_BINS}{@code ]}
     * @param weights sample weights, finite and {@code >= 0}, same length, positive finite total.
     *                Not modified.
     * @return the table
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(int[], double[], int)}, or if the weights are
     *                                  invalid
     * @since 0.2
     */
    public static ReliabilityTable of(int[] actual, double[] p, int numBins, double[] weights) {
        ProbabilityScores.checkBinary(actual, p);
        checkBins(numBins);
        ProbabilityScores.checkWeights(weights, actual.length);
        return binned(actual, p, uniformEdges(numBins), weights);
    }

    private static double[] uniformEdges(int numBins) {
        double step = 1.0 / numBins; // numpy.linspace(0, 1, numBins + 1): b * step, last edge exactly 1
        double[] edges = new double[numBins + 1];
        for (int b = 0; b < numBins; b++) {
            edges[b] = b * step;
        }
        edges[numBins] = 1.0;
        return edges;
    }

    /**
     * Builds the table with {@code numBins} uniform bins.
     *
     * @param actual  labels in {0, 1}. Not modified.
     * @param p       probabilities of class 1 in [0, 1], same length. Not modified.
     * @param numBins number of bins, in {@code [1, }{@value #MAX_BINS}{@code ]}
     * @return the table
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a label is not
     *                                  0 or 1, a probability is outside [0, 1], or {@code numBins} is out of range
     */
    public static ReliabilityTable of(int[] actual, double[] p, int numBins) {
        ProbabilityScores.checkBinary(actual, p);
        checkBins(numBins);
        return binned(actual, p, uniformEdges(numBins), null);
    }

    /**
     * Builds the table with {@code numBins} bins of (about) equal counts: the edges are the
     * \( b/B \) quantiles of {@code p} with linear interpolation, exactly as scikit-learn's
     * {@code calibration_curve(y, p, n_bins=B, strategy="quantile")} (numpy's {@code percentile});
     * tied edges give empty bins, which are dropped.
     *
     * @param actual  labels in {0, 1}. Not modified.
     * @param p       probabilities of class 1 in [0, 1], same length. Not modified.
     * @param numBins number of bins, in {@code [1, }{@value #MAX_BINS}{@code ]}
     * @return the table
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(int[], double[], int)}
     */
    public static ReliabilityTable ofQuantiles(int[] actual, double[] p, int numBins) {
        ProbabilityScores.checkBinary(actual, p);
        checkBins(numBins);
        double[] sorted = p.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        double step = 1.0 / numBins;
        double[] edges = new double[numBins + 1];
        for (int b = 0; b <= numBins; b++) {
            // numpy: q = linspace(0, 1, B + 1) * 100; percentile divides by 100 again
            double q = (b == numBins ? 1.0 : b * step) * 100 / 100;
            double virtual = (n - 1) * q;
            int lo = (int) Math.floor(virtual);
            if (lo >= n - 1) {
                edges[b] = sorted[n - 1];
                continue;
            }
            lo = Math.max(lo, 0);
            double gamma = virtual - lo;
            double a = sorted[lo];
            double diff = sorted[lo + 1] - a;
            edges[b] = gamma >= 0.5 ? sorted[lo + 1] - diff * (1 - gamma) : a + diff * gamma;
        }
        return binned(actual, p, edges, null);
    }

    /**
     * Builds the table with {@code numBins} bins of (about) equal <em>weight</em>: the edges are
     * weighted quantiles of {@code p}, then the bins are as {@link #of(int[], double[], int, double[])}
     * (weighted means, weighted ECE, samples of weight 0 take no part). scikit-learn 1.2's
     * {@code calibration_curve} has no weights; the quantile is the inverse of the weighted
     * empirical distribution function (numpy 2's {@code quantile(..., method="inverted_cdf",
     * weights=w)}): with the \( m \) samples of positive weight sorted,
     * \( p_{(1)} \le \dots \le p_{(m)} \), cumulative weights \( S_k = \sum_{j \le k} w_{(j)} \) and
     * \( W = S_m \),
     * \[ e_0 = p_{(1)}, \qquad e_b = p_{(k_b)},\ k_b = \min\{k : S_k \ge 	frac{b}{B} W\}
     *    \ (0 &lt; b &lt; B), \qquad e_B = p_{(m)}, \]
     * the comparison made exactly as \( B S_k \ge b W \). Tied edges give empty bins, which are
     * dropped.
     *
     * <ul>
     *   <li>Integer weights give the table of the data with each sample repeated \( w_i \) times,
     *       and multiplying all weights by a constant changes nothing.</li>
     *   <li>Unit weights do not give {@link #ofQuantiles(int[], double[], int)}, whose edges
     *       interpolate linearly between order statistics as scikit-learn's unweighted
     *       {@code strategy="quantile"}; interpolation has no frequency meaning for weights, the
     *       inverted distribution function has.</li>
     * </ul>
     *
     * @param actual  labels in {0, 1}. Not modified.
     * @param p       probabilities of class 1 in [0, 1], same length. Not modified.
     * @param numBins number of bins, in {@code [1, }{@value #MAX_BINS}{@code ]}
     * @param weights sample weights, finite and {@code >= 0}, same length, positive finite total.
     *                Not modified.
     * @return the table
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #of(int[], double[], int, double[])}
     * @since 0.2
     */
    public static ReliabilityTable ofQuantiles(int[] actual, double[] p, int numBins, double[] weights) {
        ProbabilityScores.checkBinary(actual, p);
        checkBins(numBins);
        ProbabilityScores.checkWeights(weights, actual.length);
        // the distinct probabilities of positive weight, increasing, and the weight at each
        double[] values = new double[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            if (weights[i] > 0) {
                values[m++] = p[i] + 0.0; // -0.0 -> 0.0
            }
        }
        java.util.Arrays.sort(values, 0, m);
        int d = 0;
        for (int i = 0; i < m; i++) {
            if (d == 0 || values[i] != values[d - 1]) {
                values[d++] = values[i];
            }
        }
        double[] cumulative = new double[d];
        for (int i = 0; i < p.length; i++) {
            if (weights[i] > 0) {
                cumulative[java.util.Arrays.binarySearch(values, 0, d, p[i] + 0.0)] += weights[i];
            }
        }
        for (int i = 1; i < d; i++) {
            cumulative[i] += cumulative[i - 1];
        }
        // compare B S_k with b W; a power-of-2 scale (exact) keeps B W finite for huge weights
        double scale = Double.isFinite(cumulative[d - 1] * numBins) ? 1.0 : 0x1p-64;
        double total = cumulative[d - 1] * scale;
        double[] edges = new double[numBins + 1];
        edges[0] = values[0];
        edges[numBins] = values[d - 1];
        int k = 0;
        for (int b = 1; b < numBins; b++) {
            while (k < d - 1 && cumulative[k] * scale * numBins < b * total) {
                k++;
            }
            edges[b] = values[k];
        }
        return binned(actual, p, edges, weights);
    }

    /** Bins by the number of interior edges strictly below each probability (numpy.searchsorted, side="left"). */
    private static ReliabilityTable binned(int[] actual, double[] p, double[] edges, double[] weights) {
        int numBins = edges.length - 1;
        long[] count = new long[numBins];
        double[] positives = new double[numBins];
        double[] sum = new double[numBins];
        double[] weight = new double[numBins];
        double totalWeight = 0;
        for (int i = 0; i < p.length; i++) {
            double w = weights == null ? 1.0 : weights[i];
            if (w == 0) {
                continue;
            }
            int lo = 1;
            int hi = numBins; // search interior edges edges[1..numBins-1]
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (edges[mid] < p[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int b = lo - 1;
            count[b]++;
            positives[b] += actual[i] * w;
            sum[b] += p[i] * w;
            weight[b] += w;
            totalWeight += w;
        }
        List<Bin> bins = new ArrayList<>();
        double[] listedWeights = new double[numBins];
        long listedCount = 0;
        for (int b = 0; b < numBins; b++) {
            if (weight[b] > 0) {
                double lower = Math.min(edges[b], edges[b + 1]);
                listedWeights[bins.size()] = weight[b];
                bins.add(new Bin(lower, edges[b + 1], count[b], Math.min(1.0, sum[b] / weight[b]),
                        Math.min(1.0, positives[b] / weight[b])));
                listedCount += count[b];
            }
        }
        return new ReliabilityTable(bins, listedCount, weight[0] > 0,
                java.util.Arrays.copyOf(listedWeights, bins.size()), totalWeight);
    }

    /**
     * Returns the non-empty bins in increasing order.
     *
     * @return an unmodifiable list
     */
    public List<Bin> bins() {
        return bins;
    }

    /**
     * Returns the number of predictions (of positive weight, for a weighted table).
     *
     * @return \( n \)
     */
    public long total() {
        return total;
    }

    /**
     * Returns the expected calibration error \( \sum_b \frac{n_b}{n} |\bar y_b - \bar p_b| \)
     * (with bin weights \( W_b / W \) for a weighted table).
     *
     * @return ECE in [0, 1]
     */
    public double expectedCalibrationError() {
        double s = 0;
        for (int i = 0; i < bins.size(); i++) {
            s += binWeights[i] * Math.abs(bins.get(i).gap());
        }
        return Math.min(1.0, s / totalWeight);
    }

    /**
     * Returns the maximum calibration error \( \max_b |\bar y_b - \bar p_b| \).
     *
     * @return MCE in [0, 1]
     */
    public double maximumCalibrationError() {
        double m = 0;
        for (Bin b : bins) {
            m = Math.max(m, Math.abs(b.gap()));
        }
        return m;
    }

    /**
     * Returns the table with columns bin, count, mean predicted, fraction positive, gap, followed
     * by ECE and MCE.
     *
     * @return a readable table
     */
    @Override
    public String toString() {
        Format.Table t = Format.table("bin", "count", "predicted", "observed", "gap");
        for (Bin b : bins) {
            String open = firstClosed && b == bins.get(0) ? "[" : "(";
            t.row(open + Format.sig(b.lower(), 3) + ", " + Format.sig(b.upper(), 3) + "]",
                    Long.toString(b.count()), Format.sig(b.meanPredicted()), Format.sig(b.fractionPositive()),
                    Format.signed(b.gap(), 4));
        }
        return t + "\nECE = " + Format.sig(expectedCalibrationError()) + ", MCE = "
                + Format.sig(maximumCalibrationError());
    }

    private static void checkBins(int numBins) {
        if (numBins < 1 || numBins > MAX_BINS) {
            throw new IllegalArgumentException("numBins must be in [1, " + MAX_BINS
                    + "] (ReliabilityTable.MAX_BINS), was " + numBins);
        }
    }
}
