package dev.statlearn.stats.inference.internal;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Null distributions of the Kolmogorov&ndash;Smirnov statistics, following the algorithm
 * selection of SciPy 1.10 ({@code scipy.stats.kstwo}, {@code ksone}, {@code kstwobign} and
 * the exact two-sample distribution of {@code ks_2samp}).
 *
 * <p>Internal: arguments are not checked.
 */
public final class KsDistributions {

    private static final double TWO_POW_128 = 0x1p128;
    private static final double TWO_POW_MINUS_128 = 0x1p-128;
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double PI2 = Math.PI * Math.PI;
    private static final double PI4 = PI2 * PI2;
    private static final double PI6 = PI4 * PI2;
    private static final double MIN_LOG = -708;

    private KsDistributions() {
    }

    // ---------------------------------------------------------------- kstwobign

    /**
     * Survival function of Kolmogorov's limiting distribution,
     * \(Q(z) = 2\sum_{k\ge1}(-1)^{k-1}e^{-2k^2z^2}\) ({@code scipy.special.kolmogorov}).
     *
     * @param z argument \(\sqrt{n}D\)
     * @return \(P(K &gt; z)\)
     */
    public static double kolmogorovSf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        if (z <= 0) {
            return 1.0;
        }
        if (z >= 1.0) {
            double alpha = -2.0 * z * z;
            double sign = 1.0;
            double p = 0.0;
            for (double r = 1.0; ; r += 1.0) {
                double t = Math.exp(alpha * r * r);
                p += sign * t;
                if (t == 0.0 || t / p <= Math.ulp(1.0)) {
                    break;
                }
                sign = -sign;
            }
            return Math.min(1.0, Math.max(0.0, 2 * p));
        }
        // theta-function form of the CDF for small z
        double alpha = -PI2 / (8 * z * z);
        double p = 0.0;
        for (double r = 1.0; ; r += 2.0) {
            double t = Math.exp(alpha * r * r);
            p += t;
            if (t == 0.0 || t / p < Math.ulp(1.0)) {
                break;
            }
        }
        double cdf = p * SQRT_2PI / z;
        return Math.min(1.0, Math.max(0.0, 1 - cdf));
    }

    // ---------------------------------------------------------------- ksone

    /**
     * Exact survival function of the one-sided statistic \(D_n^+\) (Birnbaum &amp; Tingey 1951),
     * {@code scipy.special.smirnov(n, d)}:
     * \[ P(D_n^+ \ge d) = d\sum_{j=0}^{\lfloor n(1-d)\rfloor}\binom{n}{j}
     *    \left(d+\tfrac{j}{n}\right)^{j-1}\left(1-d-\tfrac{j}{n}\right)^{n-j}. \]
     * All terms are positive; each is a binomial probability divided by \(p_j = d + j/n\),
     * evaluated in log space (for n &gt;= 1013 by Loader's saddle-point expansion, so that large n
     * loses no accuracy).
     *
     * @param n sample size
     * @param d statistic
     * @return survival probability
     */
    public static double smirnovSf(int n, double d) {
        if (Double.isNaN(d)) {
            return Double.NaN;
        }
        if (d <= 0) {
            return 1.0;
        }
        if (d >= 1) {
            return 0.0;
        }
        if (n == 1) {
            return 1 - d;
        }
        int last = (int) Math.floor(n * (1 - d));
        double logD = Math.log(d);
        double max = Double.NEGATIVE_INFINITY;
        double[] logs = new double[last + 1];
        boolean small = n < 1013;
        double logBinom = 0.0; // log C(n, j), accumulated exactly enough for small n
        for (int j = 0; j <= last; j++) {
            if (small && j > 0) {
                logBinom += Math.log((double) (n - j + 1) / j);
            }
            // term_j = C(n, j) p^j (1-p)^(n-j) / p with p = d + j/n: a binomial pmf, evaluated by
            // Loader's saddle-point expansion so that large n loses no accuracy (Commons Math's
            // logProbability: within 8.2e-16 relative of mpmath for n up to 1e6, where
            // log C(n, j) from LogBeta/LogGamma loses up to 7e-12 near the mode; see
            // tools/reference/gof_special_functions.py)
            double evn = d + (double) j / n;
            double t;
            if (evn >= 1) {
                t = j == n ? 0.0 : Double.NEGATIVE_INFINITY;
            } else if (small) {
                t = logBinom + (j - 1) * Math.log(evn) + (n - j) * Math.log1p(-evn);
            } else {
                t = new BinomialDistribution(null, n, evn).logProbability(j) - Math.log(evn);
            }
            logs[j] = t;
            max = Math.max(max, t);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        double s = 0.0;
        double c = 0.0;
        for (double t : logs) {
            double y = Math.exp(t - max) - c;
            double u = s + y;
            c = (u - s) - y;
            s = u;
        }
        double p = Math.exp(max + logD + Math.log(s));
        return Math.min(1.0, Math.max(0.0, p));
    }

    // ---------------------------------------------------------------- kstwo

    /**
     * Survival function of the two-sided one-sample statistic \(D_n\), {@code scipy.stats.kstwo.sf(d, n)},
     * selecting methods as Simard &amp; L'Ecuyer (2011) and SciPy 1.10 do: Ruben&ndash;Gambino closed
     * forms at the ends, twice the one-sided probability in the upper tail, the Durbin matrix
     * (Marsaglia, Tsang &amp; Wang 2003) and the Pelz&ndash;Good expansion elsewhere. SciPy's Pomeranz
     * recursion (small n, moderate d) is replaced by the Durbin matrix, which computes the same
     * exact probability.
     *
     * @param n sample size
     * @param d statistic
     * @return \(P(D_n \ge d)\)
     */
    public static double kolmogorovSmirnovSf(int n, double d) {
        if (Double.isNaN(d)) {
            return Double.NaN;
        }
        if (d >= 1.0) {
            return 0.0;
        }
        if (d <= 0.0) {
            return 1.0;
        }
        double t = n * d;
        if (t <= 1.0) {
            if (t <= 0.5) {
                return 1.0;
            }
            double cdf;
            if (n <= 140) {
                cdf = 1.0;
                for (int i = 1; i <= n; i++) {
                    cdf *= i * (1.0 / n) * (2 * t - 1);
                }
            } else {
                cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
            }
            return clip(1.0 - cdf);
        }
        if (t >= n - 1) {
            return clip(2 * Math.pow(1.0 - d, n));
        }
        if (d >= 0.5) {
            return clip(2 * smirnovSf(n, d));
        }
        double nxSquared = t * d;
        if (n <= 140) {
            if (nxSquared <= 4) {
                return clip(1.0 - durbinCdf(n, d));
            }
            return clip(2 * smirnovSf(n, d));
        }
        if (nxSquared >= 370.0) {
            return 0.0;
        }
        if (nxSquared >= 2.2) {
            return clip(2 * smirnovSf(n, d));
        }
        double cdf;
        if (n <= 100000 && n * Math.pow(d, 1.5) <= 1.4) {
            cdf = durbinCdf(n, d);
        } else {
            cdf = pelzGoodCdf(n, d);
        }
        return clip(1.0 - cdf);
    }

    private static double clip(double p) {
        return Math.min(1.0, Math.max(0.0, p));
    }

    /** log(n!/n^n) for n &gt; 140, where the product would underflow. */
    private static double logFactorialOverPower(int n) {
        return org.apache.commons.numbers.gamma.LogGamma.value(n + 1.0) - n * Math.log(n);
    }

    /**
     * \(P(D_n &lt; d)\) by Durbin's matrix formula as implemented by Marsaglia, Tsang &amp; Wang (2003),
     * with the matrix power by repeated squaring and explicit binary exponents.
     */
    static double durbinCdf(int n, double d) {
        double nd = n * d;
        if (nd <= 0.5) {
            return 0.0;
        }
        int k = (int) Math.ceil(nd);
        double h = k - nd;
        int m = 2 * k - 1;
        double[] v = new double[m];
        double[] w = new double[m];
        double fac = 1.0;
        for (int j = 1; j <= m; j++) {
            w[j - 1] = fac;
            fac /= j;
            v[j - 1] = (1.0 - Math.pow(h, j)) * fac;
        }
        double tt = Math.pow(Math.max(2 * h - 1.0, 0), m) - 2 * Math.pow(h, m);
        v[m - 1] = (1.0 + tt) * fac;
        double[][] hm = new double[m][m];
        for (int i = 1; i < m; i++) {
            for (int r = i - 1; r < m; r++) {
                hm[r][i] = w[r - (i - 1)];
            }
        }
        for (int r = 0; r < m; r++) {
            hm[r][0] = v[r];
        }
        for (int c = 0; c < m; c++) {
            hm[m - 1][c] = v[m - 1 - c];
        }
        double[][] power = null;
        int expnt = 0;
        int hExpnt = 0;
        int nn = n;
        while (nn > 0) {
            if ((nn & 1) == 1) {
                power = power == null ? copy(hm) : multiply(power, hm);
                expnt += hExpnt;
            }
            nn >>= 1;
            if (nn > 0) {
                hm = multiply(hm, hm);
                hExpnt *= 2;
                if (Math.abs(hm[k - 1][k - 1]) > TWO_POW_128) {
                    scale(hm, TWO_POW_MINUS_128);
                    hExpnt += 128;
                }
            }
        }
        double p = power[k - 1][k - 1];
        for (int i = 1; i <= n; i++) {
            p = i * p / n;
            if (Math.abs(p) < TWO_POW_MINUS_128) {
                p *= TWO_POW_128;
                expnt -= 128;
            }
        }
        return clip(Math.scalb(p, expnt));
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static void scale(double[][] a, double f) {
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= f;
            }
        }
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int m = a.length;
        double[][] c = new double[m][m];
        for (int i = 0; i < m; i++) {
            double[] ci = c[i];
            double[] ai = a[i];
            for (int l = 0; l < m; l++) {
                double ail = ai[l];
                if (ail == 0.0) {
                    continue;
                }
                double[] bl = b[l];
                for (int j = 0; j < m; j++) {
                    ci[j] += ail * bl[j];
                }
            }
        }
        return c;
    }

    /**
     * Pelz &amp; Good (1976) asymptotic expansion of \(P(D_n \le x)\) to order \(n^{-3/2}\),
     * as used by SciPy for large n.
     */
    static double pelzGoodCdf(int n, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        if (x >= 1.0) {
            return 1.0;
        }
        double z = Math.sqrt(n) * x;
        double z2 = z * z;
        double z3 = z2 * z;
        double z4 = z2 * z2;
        double z6 = z4 * z2;
        double qlog = -PI2 / 8 / z2;
        if (qlog < MIN_LOG) {
            return 0.0;
        }
        double q = Math.exp(qlog);
        double k1a = -z2;
        double k1b = PI2 / 4;
        double k2a = 6 * z6 + 2 * z4;
        double k2b = (2 * z4 - 5 * z2) * PI2 / 4;
        double k2c = PI4 * (1 - 2 * z2) / 16;
        double k3d = PI6 * (5 - 30 * z2) / 64;
        double k3c = PI4 * (-60 * z2 + 212 * z4) / 16;
        double k3b = PI2 * (135 * z4 - 96 * z6) / 4;
        double k3a = -30 * z6 - 90 * z4 * z4;
        double[] kk = new double[4];
        int maxk = (int) Math.ceil(16 * z / Math.PI);
        for (int k = maxk; k > 0; k--) {
            double mm = 2 * k - 1;
            double m2 = mm * mm;
            double m4 = m2 * m2;
            double m6 = m4 * m2;
            double qpower = Math.pow(q, 8 * k);
            kk[0] = kk[0] * qpower + 1.0;
            kk[1] = kk[1] * qpower + (k1a + k1b * m2);
            kk[2] = kk[2] * qpower + (k2a + k2b * m2 + k2c * m4);
            kk[3] = kk[3] * qpower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
        }
        double[] denom = {z, 6 * z4, 72 * Math.pow(z, 7), 6480 * Math.pow(z, 10)};
        for (int i = 0; i < 4; i++) {
            kk[i] = kk[i] * q * SQRT_2PI / denom[i];
        }
        double q2 = Math.exp(-PI2 / 2 / z2);
        double sqrt3z = Math.sqrt(3) * z;
        double k2extra = 0.0;
        double k3extra = 0.0;
        for (int k = maxk; k > 0; k--) {
            double k2 = (double) k * k;
            double qp = Math.pow(q2, k2);
            double kpi = Math.PI * k;
            k2extra += k2 * qp;
            k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
        }
        kk[2] += k2extra * PI2 * SQRT_2PI / (-36 * z3);
        kk[3] += k3extra * PI2 * SQRT_2PI / (216 * z6);
        double sum = 0.0;
        for (int i = 0; i < 4; i++) {
            sum += kk[i] / Math.pow(n, i / 2.0);
        }
        return sum;
    }

    // ---------------------------------------------------------------- two-sample

    /**
     * Exact \(P(D_{m,n} \ge h/\mathrm{lcm}(m,n))\) for the two-sided two-sample statistic:
     * the probability that a uniformly random monotone lattice path from (0, 0) to (m, n)
     * touches or leaves the band \(|x\,n/g - y\,m/g| &lt; h\). Computed as the probability
     * \(P(i,j) = (i\,P(i-1,j) + j\,P(i,j-1))/(i+j)\), set to 1 outside the band (Hodges 1958;
     * Viehmann 2021, arXiv:2102.08037), so no binomial coefficient is ever formed.
     *
     * @param m first sample size
     * @param n second sample size
     * @param h integer statistic \(D\cdot\mathrm{lcm}(m,n)\), at least 1
     * @param twoSided true for \(|\cdot|\), false for the one-sided statistic
     * @return p-value
     */
    public static double twoSampleExactSf(int m, int n, long h, boolean twoSided) {
        if (m < n) {
            int tmp = m;
            m = n;
            n = tmp;
        }
        int g = gcd(m, n);
        long mg = m / g;
        long ng = n / g;
        // column i = 0: P(0, j) = 0 inside (mg*j < h), 1 outside
        double[] a = new double[n + 1];
        int prevLo = 0;
        for (int j = 0; j <= n; j++) {
            a[j] = (!twoSided || mg * j < h) ? 0.0 : 1.0;
        }
        for (int i = 1; i <= m; i++) {
            // inside: ng*i - mg*j < h  <=>  j > (ng*i - h)/mg
            long lower = ng * i - h;
            int lo = lower < 0 ? 0 : (int) Math.min((long) n + 1, Math.floorDiv(lower, mg) + 1);
            int hi;
            if (twoSided) {
                // inside: mg*j - ng*i < h  <=>  j < (ng*i + h)/mg
                long upper = ng * i + h;
                hi = (int) Math.min(n, ceilDiv(upper, mg) - 1);
            } else {
                hi = n;
            }
            for (int j = prevLo; j < Math.min(lo, n + 1); j++) {
                a[j] = 1.0;
            }
            if (lo > hi) {
                return 1.0;
            }
            double below = lo == 0 ? 0.0 : 1.0;
            for (int j = lo; j <= hi; j++) {
                double v = (i * a[j] + j * below) / (i + j);
                a[j] = v;
                below = v;
            }
            prevLo = lo;
        }
        return clip(a[n]);
    }

    /**
     * Exact one-sided probability for equal sample sizes,
     * \(\binom{2n}{n-h}/\binom{2n}{n} = \prod_{j=0}^{h-1}(n-j)/(n+j+1)\).
     *
     * @param n common sample size
     * @param h integer statistic \(nD\)
     * @return p-value
     */
    public static double equalSizesOneSidedSf(int n, long h) {
        double p = 1.0;
        for (long j = 0; j < h; j++) {
            p *= (n - j) / (n + j + 1.0);
        }
        return p;
    }

    /**
     * Hodges' (1958, eq. 5.3) approximation to the one-sided two-sample p-value.
     *
     * @param n1 first sample size
     * @param n2 second sample size
     * @param d  statistic
     * @return approximate p-value
     */
    public static double hodgesOneSided(int n1, int n2, double d) {
        double m = Math.max(n1, n2);
        double n = Math.min(n1, n2);
        double en = m * n / (m + n);
        double z = Math.sqrt(en) * d;
        double expt = -2 * z * z - 2 * z * (m + 2 * n) / Math.sqrt(m * n * (m + n)) / 3.0;
        return clip(Math.exp(expt));
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /**
     * Greatest common divisor.
     *
     * @param a non-negative
     * @param b non-negative
     * @return gcd
     */
    public static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
