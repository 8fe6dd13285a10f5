package dev.statlearn.stats.inference;

import dev.statlearn.core.Checks;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.descriptive.NanPolicy;
import dev.statlearn.stats.distribution.Normal;
import java.util.Arrays;

/**
 * The Shapiro&ndash;Wilk test of normality, by Royston's algorithm AS R94 (Royston 1995,
 * "Remark AS R94: a remark on algorithm AS 181: the W-test for normality", Appl. Statist. 44(4),
 * doi:10.2307/2986146), the algorithm of {@code scipy.stats.shapiro} and R's {@code shapiro.test}.
 *
 * <p>For the sorted sample \( x_{(1)} \le \dots \le x_{(n)} \),
 * \[ W = \frac{\left(\sum_{i=1}^{\lfloor n/2 \rfloor} a_i \,(x_{(n+1-i)} - x_{(i)})\right)^2}{\sum_i (x_i - \bar x)^2}, \]
 * with Royston's approximations of the coefficients: \( m_i = \Phi^{-1}\big((i - 3/8)/(n + 1/4)\big) \),
 * \( a_1 = -m_1/\lVert m \rVert + P_1(n^{-1/2}) \), for \( n &gt; 5 \) also
 * \( a_2 = -m_2/\lVert m \rVert + P_2(n^{-1/2}) \) (fifth-degree polynomials), and the other
 * \( a_i = -m_i/\phi \) with \( \phi \) normalising \( \sum a_i^2 \) to 1/2 (\( a_1 = \sqrt{1/2} \) for
 * \( n = 3 \)).
 *
 * <p>p-value: \( n = 3 \): exact, \( p = \tfrac{6}{\pi}(\arcsin\sqrt W - \pi/3) \); \( 4 \le n \le 11 \):
 * \( y = -\log(\gamma - \log(1 - W)) \) with \( \gamma = -2.273 + 0.459 n \) is approximately normal,
 * mean and log-sd cubic in \( n \); \( n \ge 12 \): \( y = \log(1 - W) \), mean cubic and log-sd
 * quadratic in \( \log n \); \( p = 1 - \Phi((y - \mu)/\sigma) \). Royston's approximations hold for
 * \( 3 \le n \le 5000 \).
 *
 * <ul>
 *   <li>Fewer than 3 values, more than {@value #MAX_SIZE}, non-finite values and constant
 *       samples are rejected.</li>
 *   <li>SciPy 1.10 runs the Fortran AS R94 in single precision; statlearn computes in double, so
 *       the two agree to about 1e-6 (statistic) and 1e-5 relative (p-value), not to the last
 *       digit.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class ShapiroWilk {

    /** Largest sample size: Royston's p-value approximation is fitted up to 5000. */
    public static final int MAX_SIZE = 5000;

    private static final double[] C1 = {0.0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056};
    private static final double[] C2 = {0.0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633};
    private static final double[] C3 = {0.544, -0.39978, 0.025054, -6.714e-4};
    private static final double[] C4 = {1.3822, -0.77857, 0.062767, -0.0020322};
    private static final double[] C5 = {-1.5861, -0.31082, -0.083751, 0.0038915};
    private static final double[] C6 = {-0.4803, -0.082676, 0.0030302};
    private static final double[] G = {-2.273, 0.459};

    private ShapiroWilk() {
    }

    /**
     * Tests whether {@code x} is a sample from some normal distribution
     * ({@code scipy.stats.shapiro(x)}).
     *
     * @param x sample, finite, 3 to {@value #MAX_SIZE} values, not constant. Not modified.
     * @return \( W \) in (0, 1] and its p-value
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if the size is out of range, a value is not finite, or the
     *                                  sample is constant
     */
    public static TestResult test(double[] x) {
        Checks.notNull(x, "x");
        int n = x.length;
        if (n < 3 || n > MAX_SIZE) {
            throw new IllegalArgumentException("x must have between 3 and " + MAX_SIZE + " values, had " + n);
        }
        Checks.allFinite(x, "x");
        double[] s = x.clone();
        Arrays.sort(s);
        if (!(s[n - 1] > s[0])) {
            throw new IllegalArgumentException("x must not be constant to test normality");
        }
        double[] a = coefficients(n);
        // centred and scaled by the range so that nothing overflows
        double mean = Moments.of(s).mean();
        double range = s[n - 1] - s[0];
        if (range == Double.POSITIVE_INFINITY) {
            range = Math.scalb(s[n - 1], -1) - Math.scalb(s[0], -1);
            mean = Math.scalb(mean, -1);
            for (int i = 0; i < n; i++) {
                s[i] = Math.scalb(s[i], -1);
            }
        }
        double num = 0;
        for (int i = 0; i < a.length; i++) {
            num += a[i] * ((s[n - 1 - i] - s[i]) / range);
        }
        double ss = 0;
        for (double v : s) {
            double d = (v - mean) / range;
            ss += d * d;
        }
        double w = Math.min(1.0, num * num / ss);
        return new TestResult(w, pValue(n, w));
    }

    /**
     * The test with NaN treated by {@code nanPolicy}: {@link NanPolicy#OMIT} tests the other
     * values, {@link NanPolicy#RAISE} rejects NaN.
     *
     * @param x         sample. Not modified.
     * @param nanPolicy {@code OMIT} or {@code RAISE} ({@code PROPAGATE} would need a NaN result)
     * @return \( W \) and its p-value for the remaining values
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #test(double[])} on the remaining values, or if
     *                                  {@code nanPolicy} is {@code PROPAGATE}
     */
    public static TestResult test(double[] x, NanPolicy nanPolicy) {
        return test(NanPolicies.sample(x, "x", nanPolicy));
    }

    /** Royston's coefficients a_1..a_{n/2} (for the largest minus smallest, second largest ...). */
    static double[] coefficients(int n) {
        int half = n / 2;
        double[] a = new double[half];
        if (n == 3) {
            a[0] = Math.sqrt(0.5);
            return a;
        }
        double an25 = n + 0.25;
        double[] m = new double[half];
        double summ2 = 0;
        Normal z = Normal.standard();
        for (int i = 0; i < half; i++) {
            m[i] = z.inverseCdf((i + 1 - 0.375) / an25);
            summ2 += m[i] * m[i];
        }
        summ2 *= 2;
        double ssumm2 = Math.sqrt(summ2);
        double rsn = 1 / Math.sqrt(n);
        double a1 = poly(C1, rsn) - m[0] / ssumm2;
        int first;
        double fac;
        if (n > 5) {
            double a2 = -m[1] / ssumm2 + poly(C2, rsn);
            fac = Math.sqrt((summ2 - 2 * m[0] * m[0] - 2 * m[1] * m[1]) / (1 - 2 * a1 * a1 - 2 * a2 * a2));
            a[1] = a2;
            first = 2;
        } else {
            fac = Math.sqrt((summ2 - 2 * m[0] * m[0]) / (1 - 2 * a1 * a1));
            first = 1;
        }
        a[0] = a1;
        for (int i = first; i < half; i++) {
            a[i] = -m[i] / fac;
        }
        return a;
    }

    /** Royston's p-value of W for sample size n. */
    static double pValue(int n, double w) {
        if (n == 3) {
            double p = 6 / Math.PI * (Math.asin(Math.sqrt(w)) - Math.PI / 3);
            return Math.min(1.0, Math.max(0.0, p));
        }
        double y = Math.log1p(-w);
        double mu;
        double sigma;
        if (n <= 11) {
            double gamma = poly(G, n);
            if (y >= gamma) {
                return 0.0; // beyond the approximation's range: W far below anything normal data give
            }
            y = -Math.log(gamma - y);
            mu = poly(C3, n);
            sigma = Math.exp(poly(C4, n));
        } else {
            double ln = Math.log(n);
            mu = poly(C5, ln);
            sigma = Math.exp(poly(C6, ln));
        }
        if (w == 1.0) {
            return 1.0;
        }
        return Math.min(1.0, Math.max(0.0, Normal.standard().survival((y - mu) / sigma)));
    }

    private static double poly(double[] c, double x) {
        double r = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) {
            r = r * x + c[i];
        }
        return r;
    }
}
