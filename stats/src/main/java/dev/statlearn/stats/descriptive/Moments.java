package dev.statlearn.stats.descriptive;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import java.util.function.DoubleConsumer;

/**
 * Streaming, mergeable moments of a sample: count, mean, variance, skewness, excess kurtosis,
 * minimum and maximum.
 *
 * <p>With \( \bar x \) the mean and \( M_k = \sum_i (x_i - \bar x)^k \):
 * \[ s^2 = \frac{M_2}{n-1}, \qquad
 * G_1 = \frac{\sqrt{n(n-1)}}{n-2} \frac{M_3/n}{(M_2/n)^{3/2}}, \qquad
 * G_2 = \frac{n-1}{(n-2)(n-3)} \Big( (n+1) \Big(\frac{M_4/n}{(M_2/n)^2} - 3\Big) + 6 \Big), \]
 * the unbiased variance and the bias-corrected sample skewness and excess kurtosis, equal to
 * {@code numpy.var(x, ddof=1)}, {@code scipy.stats.skew(x, bias=False)} and
 * {@code scipy.stats.kurtosis(x, fisher=True, bias=False)}.
 *
 * <p><b>Algorithm.</b> Values are processed in blocks of {@value #BLOCK}: each block gets an
 * exact two-pass treatment (block mean, then corrected central sums \( M_2, M_3, M_4 \)), and
 * blocks are merged with the pairwise update formulas of Chan, Golub &amp; LeVeque (1979) and
 * Pébay (2008, SAND2008-6212). All sums are taken about a shift (the first value seen), so
 * that the running mean keeps full relative precision for data far from 0. {@link #combine(Moments)} uses the same formulas, so merging
 * the moments of two parts gives, up to rounding, those of the whole. The method is stable
 * for data with a huge mean and a tiny spread (e.g. \( 10^9 \) plus noise).
 *
 * <p><b>Scale.</b> The sums are kept in units of a power of two \( s \) (1 while every value's
 * magnitude lies in \( [2^{-120}, 2^{120}] \), otherwise of the order of the largest magnitude
 * seen), so that no finite data overflow or underflow the fourth powers: for instance
 * {@code Moments.of(1e308, -1e308)} has standard deviation \( 1.41 \times 10^{308} \) and
 * {@code Moments.of(1e-200, 0, -1e-200)} a variance of \( 10^{-400} \) flushed to 0 but a
 * standard deviation of \( 10^{-200} \). Scaling by a power of two is exact, so on data in that
 * range the results are those of the unscaled algorithm, bit for bit. Only a variance (or
 * sum) beyond {@code Double.MAX_VALUE} overflows, to \( +\infty \).
 *
 * <p><b>Central moments of any order and autocorrelation.</b> The static
 * {@link #centralMoment(double[], int)} gives \( m_k = \frac1n \sum_i (x_i - \bar x)^k \) for any
 * \( k \ge 0 \) ({@code scipy.stats.moment(x, order=k)}), and {@link #autocorrelation(double[], int)}
 * the lag-\( k \) autocorrelation \( r_k = \sum_{i=k+1}^{n} (x_i - \bar x)(x_{i-k} - \bar x) / M_2 \)
 * (NIST StRD's certified lag-1 autocorrelation for \( k = 1 \)). Besides the bias-corrected
 * \( G_1, G_2 \), the accumulator gives the biased (population) skewness and excess kurtosis
 * \( g_1 = m_3 / m_2^{3/2} \) and \( g_2 = m_4 / m_2^2 - 3 \) ({@code bias=True}).
 *
 * <p><b>NaN.</b> An accumulator made with {@link #create(NanPolicy)} or
 * {@link #of(NanPolicy, double...)} treats NaN by its {@link NanPolicy}: {@code RAISE} (the
 * default) rejects it, {@code OMIT} skips it, {@code PROPAGATE} makes every moment, the sum,
 * the minimum and the maximum NaN; {@link #count()} counts the other values and
 * {@link #nanCount()} the NaN seen.
 *
 * <p><b>Edge cases.</b> Infinite values are always rejected. With no values, {@code mean},
 * {@code min} and {@code max} are NaN; {@code variance} needs \( n \ge 2 \),
 * {@code skewness} \( n \ge 3 \) and {@code kurtosis} \( n \ge 4 \) (NaN otherwise);
 * {@code populationVariance} is 0 for \( n = 1 \). For constant data the variance is 0 and
 * skewness and kurtosis are NaN (0/0), as in SciPy.
 *
 * <p>Works as a stream collector, sequential or parallel:
 * {@code DoubleStream.of(x).collect(Moments::create, Moments::accept, Moments::combine)}.
 *
 * <p><b>Mutable and not thread-safe.</b> Accessors may fold buffered values into the running
 * totals; results can therefore differ in the last bits depending on when they are called,
 * never more.
 *
 * @since 0.1
 */
public final class Moments implements DoubleConsumer {

    /**
     * Largest order of {@link #centralMoment(double[], int, NanPolicy)}: beyond it the largest
     * scaled term \( (1/2)^k \) could underflow.
     */
    public static final int MAX_ORDER = 1000;

    /** Block size of the two-pass kernel. */
    static final int BLOCK = 256;

    private final double[] buffer = new double[BLOCK];
    private int buffered;

    private long n;
    /** All sums are kept relative to this shift (the first value seen), see addBlock. */
    private double shift = Double.NaN;
    /** The sums are in units of 2^scaleExponent (mean), its square (m2), cube (m3), fourth power (m4). */
    private int scaleExponent;
    /** Largest magnitude seen, unscaled. */
    private double maxAbs;
    /** Mean of (x - shift), in units of the scale. */
    private double mean;
    private double m2;
    private double m3;
    private double m4;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private final NanPolicy nanPolicy;
    private long nanCount;

    private Moments(NanPolicy nanPolicy) {
        this.nanPolicy = nanPolicy;
    }

    /**
     * An empty accumulator that rejects NaN ({@link NanPolicy#RAISE}).
     *
     * @return a new accumulator with no values
     */
    public static Moments create() {
        return new Moments(NanPolicy.RAISE);
    }

    /**
     * An empty accumulator that treats NaN by the given policy.
     *
     * @param nanPolicy what to do with NaN values
     * @return a new accumulator with no values
     * @throws NullPointerException if {@code nanPolicy} is null
     */
    public static Moments create(NanPolicy nanPolicy) {
        Checks.notNull(nanPolicy, "nanPolicy");
        return new Moments(nanPolicy);
    }

    /**
     * The moments of the given values.
     *
     * @param x values; not modified
     * @return a new accumulator holding {@code x}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static Moments of(double... x) {
        Checks.notNull(x, "x");
        Moments m = new Moments(NanPolicy.RAISE);
        m.acceptAll(x);
        return m;
    }

    /**
     * The moments of the given values, NaN treated by {@code nanPolicy}.
     *
     * @param nanPolicy what to do with NaN values
     * @param x         values; not modified
     * @return a new accumulator holding {@code x}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a value is infinite, or NaN under {@link NanPolicy#RAISE}
     */
    public static Moments of(NanPolicy nanPolicy, double... x) {
        Checks.notNull(nanPolicy, "nanPolicy");
        Checks.notNull(x, "x");
        Moments m = new Moments(nanPolicy);
        m.acceptAll(x);
        return m;
    }

    /**
     * Adds one value.
     *
     * @param x value, finite (or NaN, treated by the accumulator's {@link NanPolicy})
     * @throws IllegalArgumentException if {@code x} is infinite, or NaN under {@link NanPolicy#RAISE}
     */
    @Override
    public void accept(double x) {
        acceptValue(x, "x");
    }

    private void acceptValue(double x, String name) {
        if (x - x != 0) { // NaN or infinite
            if (x != x && nanPolicy != NanPolicy.RAISE) {
                nanCount++;
                return;
            }
            throw new IllegalArgumentException(name + " must be finite, was " + x);
        }
        buffer[buffered++] = x;
        if (buffered == BLOCK) {
            addBlock(buffer, 0, BLOCK);
            buffered = 0;
        }
    }

    /**
     * Adds every value of an array.
     *
     * @param x values; not modified
     * @return this accumulator
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if a value is infinite, or NaN under
     *                                  {@link NanPolicy#RAISE} (values before it have been added)
     */
    public Moments acceptAll(double[] x) {
        Checks.notNull(x, "x");
        int i = 0;
        while (i < x.length) {
            // whole blocks of finite values go straight to the two-pass kernel; the rest (the
            // buffer's top-up, the tail, blocks holding NaN) value by value
            if (buffered == 0 && i + BLOCK <= x.length && allFinite(x, i, BLOCK)) {
                addBlock(x, i, BLOCK);
                i += BLOCK;
            } else {
                acceptValue(x[i], "x[" + i + "]");
                i++;
            }
        }
        return this;
    }

    private static boolean allFinite(double[] x, int from, int len) {
        double s = 0;
        for (int i = from; i < from + len; i++) {
            s += x[i] - x[i];
        }
        return s == 0; // NaN compares unequal too
    }

    /** Two-pass moments of x[from, from + len), merged into the totals. */
    private void addBlock(double[] x, int from, int len) {
        int to = from + len;
        if (Double.isNaN(shift)) {
            shift = x[from];
        }
        double lo = x[from];
        double hi = x[from];
        for (int i = from + 1; i < to; i++) {
            lo = Math.min(lo, x[i]);
            hi = Math.max(hi, x[i]);
        }
        rescaleFor(Math.max(-lo, hi));
        // in units of the scale: (v - shift) / s computed as v * inv - shift * inv, exact scaling
        // of v - shift (and v - shift itself when the scale is 1)
        double inv = Math.scalb(1.0, -scaleExponent);
        double k = shift * inv;
        // four independent accumulators break the floating-point dependency chains
        double sa = 0;
        double sb = 0;
        double sc = 0;
        double sd = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            sa += x[i] * inv - k;
            sb += x[i + 1] * inv - k;
            sc += x[i + 2] * inv - k;
            sd += x[i + 3] * inv - k;
        }
        for (; i < to; i++) {
            sa += x[i] * inv - k;
        }
        double bm = ((sa + sb) + (sc + sd)) / len;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double t1 = 0;
        double t2 = 0;
        double t3 = 0;
        double t4 = 0;
        i = from;
        for (; i + 1 < to; i += 2) {
            double d = (x[i] * inv - k) - bm;
            double e = (x[i + 1] * inv - k) - bm;
            double d2 = d * d;
            double e2 = e * e;
            s1 += d;
            t1 += e;
            s2 += d2;
            t2 += e2;
            s3 += d2 * d;
            t3 += e2 * e;
            s4 += d2 * d2;
            t4 += e2 * e2;
        }
        for (; i < to; i++) {
            double d = (x[i] * inv - k) - bm;
            double d2 = d * d;
            s1 += d;
            s2 += d2;
            s3 += d2 * d;
            s4 += d2 * d2;
        }
        s1 += t1;
        s2 += t2;
        s3 += t3;
        s4 += t4;
        // shift the central sums from bm to the exact block mean bm + c
        double c = s1 / len;
        double c2 = c * c;
        double bm2 = s2 - len * c2;
        double bm3 = s3 - 3 * c * s2 + 2 * len * c2 * c;
        double bm4 = s4 - 4 * c * s3 + 6 * c2 * s2 - 3 * len * c2 * c2;
        merge(len, bm + c, Math.max(bm2, 0.0), bm3, Math.max(bm4, 0.0), lo, hi);
    }

    /**
     * Makes the scale fit a new largest magnitude: unchanged while the largest magnitude seen, in
     * units of the scale, stays within [2^-120, 2^120] (or is 0); otherwise the scale becomes the
     * power of two of that magnitude and the sums are rescaled (exactly, up to underflow of parts
     * negligible against the new scale).
     */
    private void rescaleFor(double magnitude) {
        maxAbs = Math.max(maxAbs, magnitude);
        int target = Scaling.scaleFor(maxAbs, scaleExponent);
        if (target != scaleExponent) {
            int by = scaleExponent - target;
            mean = Math.scalb(mean, by);
            m2 = Math.scalb(m2, 2 * by);
            m3 = Math.scalb(m3, 3 * by);
            m4 = Math.scalb(m4, 4 * by);
            scaleExponent = target;
        }
    }


    /** Pébay's pairwise update of (n, mean, M2, M3, M4) with another part. */
    private void merge(long nb, double meanB, double m2b, double m3b, double m4b, double lo, double hi) {
        if (nb == 0) {
            return;
        }
        min = Math.min(min, lo);
        max = Math.max(max, hi);
        if (n == 0) {
            n = nb;
            mean = meanB;
            m2 = m2b;
            m3 = m3b;
            m4 = m4b;
            return;
        }
        double na = n;
        double nbd = nb;
        double nt = na + nbd;
        double delta = meanB - mean;
        double dn = delta / nt;
        double dn2 = dn * dn;
        double nanb = na * nbd;
        double m2a = m2;
        double m3a = m3;
        m4 = m4 + m4b + nanb * (na * na - nanb + nbd * nbd) * dn2 * dn * delta
                + 6 * dn2 * (na * na * m2b + nbd * nbd * m2a) + 4 * dn * (na * m3b - nbd * m3a);
        m3 = m3a + m3b + nanb * (na - nbd) * dn2 * delta + 3 * dn * (na * m2b - nbd * m2a);
        m2 = m2a + m2b + nanb * dn * delta;
        mean = mean + nbd * dn;
        n += nb;
    }

    private void flush() {
        if (buffered > 0) {
            int b = buffered;
            buffered = 0;
            addBlock(buffer, 0, b);
        }
    }

    /**
     * Merges another accumulator into this one: afterwards this holds the moments of both
     * samples (the parallel update of Chan et al.). {@code other} keeps its value.
     *
     * @param other accumulator to merge; may be this one's own copy but not this object
     * @return this accumulator
     * @throws NullPointerException     if {@code other} is null
     * @throws IllegalArgumentException if {@code other} is this object
     */
    public Moments combine(Moments other) {
        Checks.notNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException("other must not be this accumulator; combine a copy()");
        }
        if (other.nanCount > 0 && nanPolicy == NanPolicy.RAISE) {
            throw new IllegalArgumentException("other must hold no NaN when this accumulator's nanPolicy is RAISE, held "
                    + other.nanCount);
        }
        flush();
        other.flush();
        nanCount += other.nanCount;
        if (other.n == 0) {
            return this;
        }
        if (n == 0) {
            shift = other.shift;
        }
        rescaleFor(other.maxAbs);
        // other's sums in this accumulator's units (the same unless one side needed rescaling)
        int by = other.scaleExponent - scaleExponent;
        double inv = Math.scalb(1.0, -scaleExponent);
        // other's mean relative to this shift; the shifts are data values, so their difference
        // is exact when they are within a factor of 2 of each other
        merge(other.n, (other.shift * inv - shift * inv) + Math.scalb(other.mean, by), Math.scalb(other.m2, 2 * by),
                Math.scalb(other.m3, 3 * by), Math.scalb(other.m4, 4 * by), other.min, other.max);
        return this;
    }

    /**
     * An independent copy of this accumulator.
     *
     * @return a new accumulator with the same values
     */
    public Moments copy() {
        flush();
        Moments m = new Moments(nanPolicy);
        m.nanCount = nanCount;
        m.n = n;
        m.shift = shift;
        m.scaleExponent = scaleExponent;
        m.maxAbs = maxAbs;
        m.mean = mean;
        m.m2 = m2;
        m.m3 = m3;
        m.m4 = m4;
        m.min = min;
        m.max = max;
        return m;
    }

    /**
     * Number of values, NaN not included.
     *
     * @return the count
     */
    public long count() {
        return n + buffered;
    }

    /**
     * Number of NaN values seen (omitted or propagated); always 0 under {@link NanPolicy#RAISE}.
     *
     * @return the NaN count
     */
    public long nanCount() {
        return nanCount;
    }

    /**
     * The policy for NaN values.
     *
     * @return the policy given at creation, {@link NanPolicy#RAISE} by default
     */
    public NanPolicy nanPolicy() {
        return nanPolicy;
    }

    /**
     * Flushes, then whether the skewness or kurtosis is NaN: a NaN seen under PROPAGATE, fewer than
     * {@code minCount} values, or constant data.
     */
    private boolean shapeUndefined(int minCount) {
        flush();
        return propagatesNaN() || n < minCount || m2 == 0;
    }

    /** Whether a NaN has been seen under PROPAGATE: every moment is then NaN. */
    private boolean propagatesNaN() {
        return nanCount > 0 && nanPolicy == NanPolicy.PROPAGATE;
    }

    /**
     * Arithmetic mean \( \bar x \).
     *
     * @return the mean, NaN if empty
     */
    public double mean() {
        flush();
        if (propagatesNaN()) {
            return Double.NaN;
        }
        return n == 0 ? Double.NaN : shift + Math.scalb(mean, scaleExponent);
    }

    /**
     * Sum of the values, \( n \bar x \).
     *
     * @return the sum, 0 if empty
     */
    public double sum() {
        flush();
        if (propagatesNaN()) {
            return Double.NaN;
        }
        return n == 0 ? 0.0 : n * (shift + Math.scalb(mean, scaleExponent));
    }

    /**
     * Unbiased sample variance \( M_2/(n-1) \), as {@code numpy.var(x, ddof=1)}.
     *
     * @return the variance, NaN if fewer than 2 values; \( +\infty \) if it exceeds
     *         {@code Double.MAX_VALUE} (a spread beyond about \( 10^{154} \))
     */
    public double variance() {
        flush();
        if (propagatesNaN()) {
            return Double.NaN;
        }
        return n < 2 ? Double.NaN : Math.scalb(m2 / (n - 1), 2 * scaleExponent);
    }

    /**
     * Population variance \( M_2/n \), as {@code numpy.var(x)}.
     *
     * @return the variance, NaN if empty; \( +\infty \) if it exceeds {@code Double.MAX_VALUE}
     */
    public double populationVariance() {
        flush();
        if (propagatesNaN()) {
            return Double.NaN;
        }
        return n == 0 ? Double.NaN : Math.scalb(m2 / n, 2 * scaleExponent);
    }

    /**
     * Sample standard deviation, the square root of {@link #variance()}, computed in the
     * accumulator's scale so that it stays finite for all finite data even where the variance
     * overflows.
     *
     * @return the standard deviation, NaN if fewer than 2 values
     */
    public double standardDeviation() {
        flush();
        if (propagatesNaN()) {
            return Double.NaN;
        }
        return n < 2 ? Double.NaN : Math.scalb(Math.sqrt(m2 / (n - 1)), scaleExponent);
    }

    /**
     * Population standard deviation \( \sqrt{M_2/n} \), as {@code numpy.std(x)}, computed in the
     * accumulator's scale so that it stays finite for all finite data even where the population
     * variance overflows (or underflows to 0 for non-constant tiny data).
     *
     * @return the population standard deviation, NaN if empty
     */
    public double populationStandardDeviation() {
        flush();
        if (propagatesNaN()) {
            return Double.NaN;
        }
        return n == 0 ? Double.NaN : Math.scalb(Math.sqrt(m2 / n), scaleExponent);
    }

    /**
     * Standard error of the mean, \( s/\sqrt{n} \).
     *
     * @return the standard error, NaN if fewer than 2 values
     */
    public double standardError() {
        flush();
        if (propagatesNaN()) {
            return Double.NaN;
        }
        return n < 2 ? Double.NaN : Math.scalb(Math.sqrt(m2 / (n - 1) / n), scaleExponent);
    }

    /**
     * Bias-corrected sample skewness \( G_1 \), as {@code scipy.stats.skew(x, bias=False)}.
     *
     * @return the skewness, NaN if fewer than 3 values or if the data are constant
     */
    public double skewness() {
        if (shapeUndefined(3)) {
            return Double.NaN;
        }
        double dn = n;
        double g1 = Math.sqrt(dn) * m3 / (m2 * Math.sqrt(m2));
        return g1 * Math.sqrt(dn * (dn - 1)) / (dn - 2);
    }

    /**
     * Bias-corrected sample excess kurtosis \( G_2 \), as
     * {@code scipy.stats.kurtosis(x, fisher=True, bias=False)}.
     *
     * @return the excess kurtosis, NaN if fewer than 4 values or if the data are constant
     */
    public double kurtosis() {
        if (shapeUndefined(4)) {
            return Double.NaN;
        }
        double dn = n;
        double g2 = dn * m4 / (m2 * m2) - 3.0;
        return ((dn + 1) * g2 + 6.0) * (dn - 1) / ((dn - 2) * (dn - 3));
    }

    /**
     * Biased (population) skewness \( g_1 = m_3 / m_2^{3/2} \) with \( m_k = M_k / n \), as
     * {@code scipy.stats.skew(x, bias=True)}.
     *
     * @return the skewness, NaN if empty or if the data are constant
     */
    public double populationSkewness() {
        flush();
        if (propagatesNaN() || n < 1 || m2 == 0) {
            return Double.NaN;
        }
        return Math.sqrt((double) n) * m3 / (m2 * Math.sqrt(m2));
    }

    /**
     * Biased (population) excess kurtosis \( g_2 = m_4 / m_2^2 - 3 \) with \( m_k = M_k / n \), as
     * {@code scipy.stats.kurtosis(x, fisher=True, bias=True)}.
     *
     * @return the excess kurtosis, NaN if empty or if the data are constant
     */
    public double populationKurtosis() {
        flush();
        if (propagatesNaN() || n < 1 || m2 == 0) {
            return Double.NaN;
        }
        return n * (m4 / m2) / m2 - 3.0;
    }

    /**
     * Smallest value.
     *
     * @return the minimum, NaN if empty
     */
    public double min() {
        flush();
        if (propagatesNaN()) {
            return Double.NaN;
        }
        return n == 0 ? Double.NaN : min;
    }

    /**
     * Largest value.
     *
     * @return the maximum, NaN if empty
     */
    public double max() {
        flush();
        if (propagatesNaN()) {
            return Double.NaN;
        }
        return n == 0 ? Double.NaN : max;
    }

    /**
     * Central moment of order \( k \) (biased), \( m_k = \frac1n \sum_{i=1}^n (x_i - \bar x)^k \),
     * as {@code scipy.stats.moment(x, order=k)}; NaN rejected.
     *
     * @param x     values, finite; not modified
     * @param order the order \( k \), in [0, {@value #MAX_ORDER}]
     * @return \( m_k \): 1 for \( k = 0 \) and 0 for \( k = 1 \) (any non-empty sample), NaN if
     *         {@code x} is empty; \( \pm\infty \) only if \( m_k \) itself exceeds
     *         {@code Double.MAX_VALUE}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if {@code order} is outside [0, {@value #MAX_ORDER}] or a
     *                                  value is NaN or infinite
     * @see #centralMoment(double[], int, NanPolicy)
     */
    public static double centralMoment(double[] x, int order) {
        return centralMoment(x, order, NanPolicy.RAISE);
    }

    /**
     * Central moment of order \( k \), \( m_k = \frac1n \sum_{i=1}^n (x_i - \bar x)^k \), NaN
     * treated by {@code nanPolicy}, as {@code scipy.stats.moment(x, order=k, nan_policy=...)}.
     *
     * <p>Two passes: the mean of {@link Moments} (exact to rounding even for a huge mean and a tiny
     * spread), then the mean of \( (d_i / s)^k \) for the deviations \( d_i = x_i - \bar x \)
     * scaled by a power of two \( s \) near their largest magnitude, times \( s^k \); so no finite
     * data overflow or underflow in between.
     *
     * @param x         values (infinite ones rejected); not modified
     * @param order     the order \( k \), in [0, {@value #MAX_ORDER}]
     * @param nanPolicy what to do with NaN values
     * @return \( m_k \): 1 for \( k = 0 \) and 0 for \( k = 1 \) (any non-empty sample), NaN if there
     *         are no values (after omitting NaN) or a NaN is propagated
     * @throws NullPointerException     if {@code x} or {@code nanPolicy} is null
     * @throws IllegalArgumentException if {@code order} is outside [0, {@value #MAX_ORDER}], a value
     *                                  is infinite, or NaN
     *                                  under {@link NanPolicy#RAISE}
     */
    public static double centralMoment(double[] x, int order, NanPolicy nanPolicy) {
        Checks.notNull(x, "x");
        Checks.notNull(nanPolicy, "nanPolicy");
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("order must be in [0, " + MAX_ORDER + "], was " + order);
        }
        Moments m = of(nanPolicy, x);
        if (m.count() == 0 || m.propagatesNaN()) {
            return Double.NaN;
        }
        if (order <= 1) {
            return order == 0 ? 1.0 : 0.0;
        }
        double[] d = new double[(int) m.count()];
        int e = deviations(x, m.mean(), d);
        double sum = 0;
        for (double v : d) {
            sum += Math.pow(v, order);
        }
        return powerOfTwoTimes(sum / d.length, (long) order * e);
    }

    /**
     * Lag-\( k \) sample autocorrelation
     * \[ r_k = \frac{\sum_{i=k+1}^{n} (x_i - \bar x)(x_{i-k} - \bar x)}{\sum_{i=1}^{n} (x_i - \bar x)^2}, \]
     * the estimator of NIST's Statistical Reference Datasets (which certify \( r_1 \)), of
     * {@code statsmodels.tsa.stattools.acf(x)[k]} and of GSL's
     * {@code gsl_stats_lag1_autocorrelation}. Values are taken in order, as a time series.
     *
     * @param x   values in time order, finite; not modified
     * @param lag the lag \( k \ge 0 \)
     * @return \( r_k \) in \( [-1, 1] \) (up to rounding): 1 for \( k = 0 \), 0 for \( k \ge n \) (an
     *         empty sum); NaN for empty or constant data
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if {@code lag} is negative or a value is NaN or infinite
     */
    public static double autocorrelation(double[] x, int lag) {
        Checks.notNull(x, "x");
        if (lag < 0) {
            throw new IllegalArgumentException("lag must be >= 0, was " + lag);
        }
        Moments m = of(x);
        if (m.count() == 0) {
            return Double.NaN;
        }
        double[] d = new double[x.length];
        deviations(x, m.mean(), d);
        double den = 0;
        for (double v : d) {
            den += v * v;
        }
        if (den == 0) {
            return Double.NaN;
        }
        double num = 0;
        for (int i = lag; i < d.length; i++) {
            num += d[i] * d[i - lag];
        }
        return num / den;
    }

    /**
     * Writes the non-NaN deviations \( (x_i - \text{mean} - c) / s \) into {@code out} and returns
     * \( \log_2 s \): \( s \) is a power of two bringing the largest deviation into \( [1/2, 1) \), and
     * the subtraction itself is done after an exact power-of-two scaling so that it cannot
     * overflow; \( c \), the mean of the raw deviations, corrects for the rounding of the mean.
     */
    private static int deviations(double[] x, double mean, double[] out) {
        double big = Math.abs(mean);
        for (double v : x) {
            double a = Math.abs(v);
            if (a > big) { // false for NaN
                big = a;
            }
        }
        int e1 = big > 0 ? Math.getExponent(big) : 0;
        double inv1 = Math.scalb(1.0, -e1);
        double ms = mean * inv1;
        int j = 0;
        double sum = 0;
        for (double v : x) {
            if (v == v) {
                double dv = v * inv1 - ms; // exact when v is within a factor 2 of the mean
                out[j++] = dv;
                sum += dv;
            }
        }
        // correct for the rounding of the mean (the corrected two-pass algorithm)
        double c = j == 0 ? 0 : sum / j;
        double dmax = 0;
        for (int i = 0; i < j; i++) {
            out[i] -= c;
            dmax = Math.max(dmax, Math.abs(out[i]));
        }
        if (dmax == 0) {
            return e1;
        }
        int e2 = Math.getExponent(dmax) + 1;
        double inv2 = Math.scalb(1.0, -e2);
        for (int i = 0; i < j; i++) {
            out[i] *= inv2;
        }
        return e1 + e2;
    }

    /** {@code v * 2^e} for a long exponent, saturating to 0 or infinity. */
    private static double powerOfTwoTimes(double v, long e) {
        int clamped = (int) Math.max(-4000, Math.min(4000, e));
        return Math.scalb(v, clamped);
    }

    /**
     * The count and the defined moments to 4 significant digits (undefined ones, such as the
     * skewness of fewer than 3 values, are left out), e.g.
     * {@code Moments(n=150, mean=5.843, sd=0.8281, skewness=0.3149, kurtosis=-0.5521, min=4.3, max=7.9)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        long count = count();
        StringBuilder sb = new StringBuilder("Moments(n=").append(count);
        if (count > 0) {
            sb.append(", mean=").append(Format.sig(mean()));
        }
        if (count > 1) {
            sb.append(", sd=").append(Format.sig(standardDeviation()));
        }
        if (!Double.isNaN(skewness())) {
            sb.append(", skewness=").append(Format.sig(skewness()));
        }
        if (!Double.isNaN(kurtosis())) {
            sb.append(", kurtosis=").append(Format.sig(kurtosis()));
        }
        if (count > 0) {
            sb.append(", min=").append(Format.sig(min())).append(", max=").append(Format.sig(max()));
        }
        if (nanCount > 0) {
            sb.append(", nan=").append(nanCount);
        }
        return sb.append(')').toString();
    }
}
