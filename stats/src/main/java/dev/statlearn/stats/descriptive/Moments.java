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
 * <p><b>Edge cases.</b> Non-finite values are rejected. With no values, {@code mean},
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

    private Moments() {
    }

    /**
     * An empty accumulator.
     *
     * @return a new accumulator with no values
     */
    public static Moments create() {
        return new Moments();
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
        Moments m = new Moments();
        m.acceptAll(x);
        return m;
    }

    /**
     * Adds one value.
     *
     * @param x value, finite
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    @Override
    public void accept(double x) {
        if (x - x != 0) { // NaN or infinite
            throw new IllegalArgumentException("x must be finite, was " + x);
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
     * @throws IllegalArgumentException if a value is NaN or infinite (values before it have
     *                                  been added)
     */
    public Moments acceptAll(double[] x) {
        Checks.notNull(x, "x");
        int i = 0;
        // top up the buffer first so that block boundaries stay aligned
        while (buffered > 0 && i < x.length) {
            accept(x[i++]);
        }
        for (; i + BLOCK <= x.length; i += BLOCK) {
            checkFinite(x, i, BLOCK);
            addBlock(x, i, BLOCK);
        }
        for (; i < x.length; i++) {
            accept(x[i]);
        }
        return this;
    }

    private static void checkFinite(double[] x, int from, int len) {
        double s = 0;
        for (int i = from; i < from + len; i++) {
            s += x[i] - x[i];
        }
        if (s != 0) { // NaN compares unequal too
            for (int i = from; i < from + len; i++) {
                Checks.finite(x[i], "x[" + i + "]");
            }
        }
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
        flush();
        other.flush();
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
        Moments m = new Moments();
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
     * Number of values.
     *
     * @return the count
     */
    public long count() {
        return n + buffered;
    }

    /**
     * Arithmetic mean \( \bar x \).
     *
     * @return the mean, NaN if empty
     */
    public double mean() {
        flush();
        return n == 0 ? Double.NaN : shift + Math.scalb(mean, scaleExponent);
    }

    /**
     * Sum of the values, \( n \bar x \).
     *
     * @return the sum, 0 if empty
     */
    public double sum() {
        flush();
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
        return n < 2 ? Double.NaN : Math.scalb(m2 / (n - 1), 2 * scaleExponent);
    }

    /**
     * Population variance \( M_2/n \), as {@code numpy.var(x)}.
     *
     * @return the variance, NaN if empty; \( +\infty \) if it exceeds {@code Double.MAX_VALUE}
     */
    public double populationVariance() {
        flush();
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
        return n == 0 ? Double.NaN : Math.scalb(Math.sqrt(m2 / n), scaleExponent);
    }

    /**
     * Standard error of the mean, \( s/\sqrt{n} \).
     *
     * @return the standard error, NaN if fewer than 2 values
     */
    public double standardError() {
        flush();
        return n < 2 ? Double.NaN : Math.scalb(Math.sqrt(m2 / (n - 1) / n), scaleExponent);
    }

    /**
     * Bias-corrected sample skewness \( G_1 \), as {@code scipy.stats.skew(x, bias=False)}.
     *
     * @return the skewness, NaN if fewer than 3 values or if the data are constant
     */
    public double skewness() {
        flush();
        if (n < 3 || m2 == 0) {
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
        flush();
        if (n < 4 || m2 == 0) {
            return Double.NaN;
        }
        double dn = n;
        double g2 = dn * m4 / (m2 * m2) - 3.0;
        return ((dn + 1) * g2 + 6.0) * (dn - 1) / ((dn - 2) * (dn - 3));
    }

    /**
     * Smallest value.
     *
     * @return the minimum, NaN if empty
     */
    public double min() {
        flush();
        return n == 0 ? Double.NaN : min;
    }

    /**
     * Largest value.
     *
     * @return the maximum, NaN if empty
     */
    public double max() {
        flush();
        return n == 0 ? Double.NaN : max;
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
        return sb.append(')').toString();
    }
}
