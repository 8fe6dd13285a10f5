package dev.statlearn.stats.divergence;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.Arrays;

/**
 * A histogram with fixed bin edges that turns samples into probability arrays for
 * {@link Divergences}. <b>Mutable accumulator, not thread-safe</b>: fill one histogram per
 * thread (or per partition) and {@link #merge(Histogram) merge} them; merging is exact (counts
 * add), so the result does not depend on how the data were split.
 *
 * <p>Bins follow {@code numpy.histogram}: with edges \( e_0 &lt; e_1 &lt; \dots &lt; e_k \), bin
 * \( i \) holds \( [e_i, e_{i+1}) \) and the last bin also holds its right edge \( e_k \). Values
 * below \( e_0 \) (including \( -\infty \)) are counted in {@link #underflow()}, values above
 * \( e_k \) (including \( +\infty \)) in {@link #overflow()}; neither enters
 * {@link #probabilities()}, which are relative to the {@link #total() in-range count}. NaN values
 * are rejected.
 *
 * <p>{@link #probabilities(double)} applies additive (Laplace / Lidstone) smoothing
 * \[ \hat p_i = \frac{c_i + \alpha}{N + k\alpha}, \]
 * which makes every probability positive, so that the Kullback–Leibler divergence between two
 * empirical distributions is finite, at the price of a bias towards the uniform distribution.
 * Smoothing is applied only when asked for.
 *
 * @since 0.1
 */
public final class Histogram {

    /**
     * Largest supported number of bins, \( 2^{20} = 1048576 \); bin counts are checked against it
     * before anything is allocated.
     */
    public static final int MAX_BINS = 1 << 20;

    private final double[] edges;
    private final long[] counts;
    private final boolean uniform;
    private long underflow;
    private long overflow;

    private Histogram(double[] edges, boolean uniform) {
        this.edges = edges;
        this.counts = new long[edges.length - 1];
        this.uniform = uniform;
    }

    /**
     * An empty histogram with the given edges.
     *
     * @param edges bin edges, finite and strictly increasing, at least 2 (one bin). Copied.
     * @return an empty histogram
     * @throws NullPointerException     if {@code edges} is null
     * @throws IllegalArgumentException if there are fewer than 2 edges, or an edge is not finite
     *                                  or not larger than the previous one
     */
    public static Histogram create(double[] edges) {
        Checks.minLength(edges, 2, "edges");
        Checks.allFinite(edges, "edges");
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("edges must be strictly increasing, but edges[" + i + "] = "
                        + edges[i] + " <= edges[" + (i - 1) + "] = " + edges[i - 1]);
            }
        }
        return new Histogram(edges.clone(), false);
    }

    /**
     * An empty histogram with {@code bins} equal-width bins on \( [lo, hi] \), edges
     * \( e_i = lo + i (hi - lo) / k \) (as {@code numpy.linspace(lo, hi, k + 1)}); the first edge
     * is exactly {@code lo}, the last exactly {@code hi}, and the edges are strictly increasing.
     * When \( hi - lo \) overflows (a range wider than {@link Double#MAX_VALUE}, e.g.
     * \( [-10^{308}, 10^{308}] \), which numpy turns into infinite edges) the edges are the
     * interpolation \( e_i = lo \cdot (k - i)/k + hi \cdot i/k \) instead, which never forms
     * \( hi - lo \) (both terms are finite and of opposite signs, so the sum cannot overflow),
     * is monotone in \( i \), and agrees with the first form up to rounding.
     *
     * @param lo   lower edge, finite
     * @param hi   upper edge, finite, \( &gt; lo \)
     * @param bins number of bins, in \( [1, \) {@value #MAX_BINS}\( ] \)
     * @return an empty histogram
     * @throws IllegalArgumentException if a bound is not finite, {@code lo >= hi}, {@code bins} is
     *                                  out of range, or \( [lo, hi] \) is too narrow for
     *                                  {@code bins} distinct edges (fewer than one double
     *                                  between neighbouring edges)
     */
    public static Histogram uniform(double lo, double hi, int bins) {
        Checks.finite(lo, "lo");
        Checks.finite(hi, "hi");
        if (!(lo < hi)) {
            throw new IllegalArgumentException("lo must be < hi, was lo = " + lo + ", hi = " + hi);
        }
        checkBins(bins, "bins");
        double[] e = new double[bins + 1];
        double w = hi - lo;
        if (Double.isFinite(w)) {
            for (int i = 0; i < bins; i++) {
                double wi = w * i;
                // w * i overflows only for ranges near MAX_VALUE; then divide first
                e[i] = lo + (wi == Double.POSITIVE_INFINITY ? w / bins * i : wi / bins);
            }
        } else {
            // hi - lo overflows, so lo < 0 < hi: interpolate, lo (k - i)/k + hi i/k
            for (int i = 0; i < bins; i++) {
                e[i] = lo * ((double) (bins - i) / bins) + hi * ((double) i / bins);
            }
        }
        e[0] = lo;
        e[bins] = hi;
        for (int i = 1; i <= bins; i++) {
            if (!(e[i] > e[i - 1])) {
                throw new IllegalArgumentException("[lo, hi] = [" + lo + ", " + hi + "] is too narrow for bins = "
                        + bins + " distinct equal-width bins");
            }
        }
        return new Histogram(e, true);
    }

    /**
     * An empty histogram with {@code bins} equal-width bins spanning the smallest to the largest
     * value of all the given samples (so that two samples can be compared on common bins), see
     * {@link #uniform(double, double, int)}.
     *
     * <p>If all values are equal to \( v \), the range is widened to \( [v - h, v + h] \) with
     * \[ h = \max\left(\tfrac12,\ k\,|v|\,2^{-50}\right), \]
     * that is \( [v - 0.5, v + 0.5] \) (as {@code numpy.histogram}) unless \( |v| &gt; 2^{49}/k \),
     * where \( v \pm 0.5 \) would round back to \( v \) or leave fewer than one double per bin:
     * there the half-width is relative, so that each bin is at least 8 ulps of \( v \) wide (for
     * example \( v = 10^{300} \), \( k = 10 \) gives \( h \approx 8.9 \cdot 10^{285} \)).
     * Near \( \pm \){@link Double#MAX_VALUE}, where \( v + h \) (or \( v - h \)) overflows,
     * the range is \( [v - 2h, v] \) (or \( [v, v + 2h] \)) so that it stays finite; \( v \) is
     * then on an edge, inside the range (the last bin holds its right edge).
     *
     * @param bins    number of bins, in \( [1, \) {@value #MAX_BINS}\( ] \)
     * @param samples one or more non-empty samples of finite values. Not modified.
     * @return an empty histogram
     * @throws NullPointerException     if {@code samples} or one of them is null
     * @throws IllegalArgumentException if no sample is given, a sample is empty or has a
     *                                  non-finite value, {@code bins} is out of range, or the
     *                                  values span a range too narrow for {@code bins} distinct
     *                                  edges (for example {@code 1e300} and the next double)
     */
    public static Histogram spanning(int bins, double[]... samples) {
        Checks.notNull(samples, "samples");
        if (samples.length == 0) {
            throw new IllegalArgumentException("samples must not be empty");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < samples.length; s++) {
            double[] x = Checks.finiteNonEmpty(samples[s], "samples[" + s + "]");
            for (double v : x) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        checkBins(bins, "bins");
        if (lo == hi) {
            double v = lo;
            double h = Math.max(0.5, Math.abs(v) * 0x1p-50 * bins);   // k |v| 2^-50, no overflow
            lo = v - h;
            hi = v + h;
            if (hi == Double.POSITIVE_INFINITY) {
                lo = v - 2 * h;
                hi = v;
            } else if (lo == Double.NEGATIVE_INFINITY) {
                lo = v;
                hi = v + 2 * h;
            }
        }
        return uniform(lo, hi, bins);
    }

    /**
     * A histogram with the given edges filled with {@code samples}.
     *
     * @param edges   bin edges (see {@link #create(double[])}). Copied.
     * @param samples values to count. Not modified.
     * @return the filled histogram
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the edges are invalid or a sample is NaN
     */
    public static Histogram of(double[] edges, double[] samples) {
        Histogram h = create(edges);
        return h.addAll(samples, "samples");
    }

    /**
     * Counts one value.
     *
     * @param x the value; below the first edge it counts as underflow, above the last as overflow
     * @return this histogram
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    public Histogram add(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("x must not be NaN");
        }
        int k = counts.length;
        if (x < edges[0]) {
            underflow++;
        } else if (x > edges[k]) {
            overflow++;
        } else {
            counts[bin(x)]++;
        }
        return this;
    }

    /**
     * Counts every value of {@code xs}.
     *
     * @param xs values. Not modified.
     * @return this histogram
     * @throws NullPointerException     if {@code xs} is null
     * @throws IllegalArgumentException if a value is NaN (values before it have been counted)
     */
    public Histogram addAll(double[] xs) {
        return addAll(xs, "xs");
    }

    private Histogram addAll(double[] xs, String name) {
        Checks.notNull(xs, name);
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(xs[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be NaN");
            }
            add(xs[i]);
        }
        return this;
    }

    /** Index of the bin holding x, for edges[0] &lt;= x &lt;= edges[k]. */
    private int bin(double x) {
        int k = counts.length;
        int i;
        if (uniform) {
            double lo = edges[0];
            double hi = edges[k];
            double t = hi - lo == Double.POSITIVE_INFINITY
                    ? (x / 2 - lo / 2) / (hi / 2 - lo / 2)   // halves: hi - lo and x - lo overflow
                    : (x - lo) / (hi - lo);
            // t is a guess within a few ulps; the walks below settle the edge cases exactly
            i = (int) (t * k);
            if (i > k - 1) {
                i = k - 1;
            } else if (i < 0) {
                i = 0;
            }
            while (i > 0 && x < edges[i]) {
                i--;
            }
            while (i < k - 1 && x >= edges[i + 1]) {
                i++;
            }
            return i;
        }
        // + 0.0 turns -0.0 into 0.0: binarySearch orders -0.0 below 0.0, which would put -0.0 in
        // bin -1 when the first edge is 0.0
        i = Arrays.binarySearch(edges, x + 0.0);
        if (i >= 0) {
            return Math.min(i, k - 1);
        }
        return -i - 2;
    }

    /**
     * Adds the counts of {@code other} (which must have the same edges) to this histogram.
     *
     * @param other another histogram, not modified
     * @return this histogram
     * @throws NullPointerException     if {@code other} is null
     * @throws IllegalArgumentException if the edges differ
     */
    public Histogram merge(Histogram other) {
        Checks.notNull(other, "other");
        if (!Arrays.equals(edges, other.edges)) {
            throw new IllegalArgumentException("other has different edges: " + Arrays.toString(other.edges)
                    + " vs " + Arrays.toString(edges));
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        underflow += other.underflow;
        overflow += other.overflow;
        return this;
    }

    /**
     * An independent copy (same edges, same counts).
     *
     * @return the copy
     */
    public Histogram copy() {
        Histogram h = new Histogram(edges, uniform);
        System.arraycopy(counts, 0, h.counts, 0, counts.length);
        h.underflow = underflow;
        h.overflow = overflow;
        return h;
    }

    /**
     * An empty histogram with the same edges (for example to fill with a second sample).
     *
     * @return the empty histogram
     */
    public Histogram emptyCopy() {
        return new Histogram(edges, uniform);
    }

    /**
     * The number of bins \( k \).
     *
     * @return the number of bins
     */
    public int bins() {
        return counts.length;
    }

    /**
     * The bin edges.
     *
     * @return a copy of the \( k + 1 \) edges
     */
    public double[] edges() {
        return edges.clone();
    }

    /**
     * The counts per bin.
     *
     * @return a copy of the \( k \) counts
     */
    public long[] counts() {
        return counts.clone();
    }

    /**
     * The count of one bin.
     *
     * @param bin bin index in [0, k)
     * @return its count
     * @throws IllegalArgumentException if {@code bin} is out of range
     */
    public long count(int bin) {
        return counts[Checks.index(bin, counts.length, "bin")];
    }

    /**
     * The number of values counted inside \( [e_0, e_k] \).
     *
     * @return the in-range count
     */
    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    /**
     * The number of values below the first edge.
     *
     * @return the underflow count
     */
    public long underflow() {
        return underflow;
    }

    /**
     * The number of values above the last edge.
     *
     * @return the overflow count
     */
    public long overflow() {
        return overflow;
    }

    /**
     * The empirical probabilities \( c_i / N \) of the bins (relative to the in-range count
     * \( N \)); zero for empty bins.
     *
     * @return \( k \) probabilities summing to 1
     * @throws IllegalStateException if no value has been counted in range
     */
    public double[] probabilities() {
        long n = total();
        if (n == 0) {
            throw new IllegalStateException("the histogram has no values in range [" + edges[0] + ", "
                    + edges[counts.length] + "]");
        }
        double[] p = new double[counts.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (double) counts[i] / n;
        }
        return p;
    }

    /**
     * The additively smoothed probabilities \( (c_i + \alpha) / (N + k\alpha) \). When
     * \( N + k\alpha \) overflows (\( \alpha \) near {@link Double#MAX_VALUE}) they are computed
     * as \( (c_i/\alpha + 1) / (N/\alpha + k) \), which tends to the uniform \( 1/k \) as
     * \( \alpha \to \infty \), instead of \( \alpha / \infty = 0 \).
     *
     * @param alpha pseudo-count added to every bin, finite and \( \ge 0 \) (0 gives
     *              {@link #probabilities()}; 1 is Laplace smoothing, 0.5 Jeffreys)
     * @return \( k \) probabilities summing to 1, all positive when {@code alpha > 0}
     * @throws IllegalArgumentException if {@code alpha} is negative or not finite
     * @throws IllegalStateException    if {@code alpha == 0} and no value has been counted in range
     */
    public double[] probabilities(double alpha) {
        Checks.nonNegative(alpha, "alpha");
        if (alpha == 0) {
            return probabilities();
        }
        long n = total();
        double denom = n + counts.length * alpha;
        double[] p = new double[counts.length];
        if (denom == Double.POSITIVE_INFINITY) {
            // scale by alpha first: alpha > MAX_VALUE / k >= 1, so nothing here overflows
            double scaledDenom = n / alpha + counts.length;
            for (int i = 0; i < p.length; i++) {
                p[i] = (counts[i] / alpha + 1) / scaledDenom;
            }
            return p;
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = (counts[i] + alpha) / denom;
        }
        return p;
    }

    /**
     * Readable form: the range, the number of bins and the counts.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("Histogram[").append(counts.length).append(" bins on [").append(Format.sig(edges[0]))
                .append(", ").append(Format.sig(edges[counts.length])).append("], n = ").append(total());
        if (underflow + overflow > 0) {
            sb.append(" (+").append(underflow).append(" below, ").append(overflow).append(" above)");
        }
        sb.append(", counts ");
        int shown = Math.min(counts.length, 20);
        sb.append('[');
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(counts[i]);
        }
        if (shown < counts.length) {
            sb.append(", ...");
        }
        return sb.append("]]").toString();
    }

    /**
     * Requires a number of bins in {@code [1, MAX_BINS]}.
     *
     * @param bins number of bins
     * @param name argument name
     * @return {@code bins}
     * @throws IllegalArgumentException if {@code bins} is out of range
     */
    public static int checkBins(int bins, String name) {
        if (bins < 1 || bins > MAX_BINS) {
            throw new IllegalArgumentException(name + " must be in [1, " + MAX_BINS + "] (Histogram.MAX_BINS), was "
                    + bins);
        }
        return bins;
    }
}
