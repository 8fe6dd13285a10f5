package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Numerics;
import dev.statlearn.core.internal.Format;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Dirichlet distribution on the probability simplex with concentrations
 * \( \alpha_1, \dots, \alpha_K \).
 *
 * <p>\[ \log f(x) = \log\Gamma(\alpha_0) - \sum_i \log\Gamma(\alpha_i)
 * + \sum_i (\alpha_i - 1) \log x_i, \qquad \alpha_0 = \sum_i \alpha_i. \]
 *
 * <ul>
 *   <li>Support: vectors with \( x_i \in [0, 1] \) summing to 1 (within \( 10^{-9} \));
 *       outside it the density is 0 ({@code logDensity} \( -\infty \)). A coordinate
 *       \( x_i = 0 \) gives \( +\infty \), \( 0 \) or \( -\infty \) for \( \alpha_i &lt; 1 \),
 *       \( = 1 \), \( &gt; 1 \) (\( -\infty \) takes precedence).</li>
 *   <li>Mean \( \alpha_i/\alpha_0 \); covariance
 *       \( (\alpha_0 \alpha_i \delta_{ij} - \alpha_i\alpha_j) / (\alpha_0^2(\alpha_0+1)) \).</li>
 *   <li>Equal to {@code scipy.stats.dirichlet(alpha)}.</li>
 *   <li>{@code sample} normalizes independent gamma variates, formed in log space
 *       (log-sum-exp) so that tiny concentrations do not give 0/0.</li>
 *   <li>Immutable and thread-safe; arrays are copied in and out.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Dirichlet implements MultivariateDistribution {

    /** Tolerance on \( |\sum x - 1| \) for a point to lie on the simplex. */
    public static final double SIMPLEX_TOLERANCE = 1e-9;

    private final double[] alpha;
    private final double alpha0;
    private final double logNorm;

    private Dirichlet(double[] alpha) {
        this.alpha = alpha;
        double s = 0;
        double lg = 0;
        for (double a : alpha) {
            s += a;
            lg += org.apache.commons.numbers.gamma.LogGamma.value(a);
        }
        this.alpha0 = s;
        this.logNorm = org.apache.commons.numbers.gamma.LogGamma.value(s) - lg;
    }

    /**
     * The Dirichlet distribution with the given concentrations.
     *
     * @param alpha concentrations, at least 2, each {@code > 0} and finite; copied
     * @return the distribution
     * @throws NullPointerException     if {@code alpha} is null
     * @throws IllegalArgumentException if fewer than 2 concentrations or one is not
     *                                  {@code > 0} and finite
     */
    public static Dirichlet of(double... alpha) {
        Checks.notNull(alpha, "alpha");
        double[] a = alpha.clone();
        if (a.length < 2) {
            throw new IllegalArgumentException("alpha must have length >= 2, was " + a.length);
        }
        for (int i = 0; i < a.length; i++) {
            Checks.positive(a[i], "alpha[" + i + "]");
        }
        return new Dirichlet(a);
    }

    /**
     * The concentrations.
     *
     * @return a new array
     */
    public double[] alpha() {
        return alpha.clone();
    }

    @Override
    public int dimension() {
        return alpha.length;
    }

    @Override
    public int parameterCount() {
        return alpha.length;
    }

    @Override
    public double logDensity(double[] x) {
        Objects.requireNonNull(x, "x");
        if (x.length != alpha.length) {
            throw new IllegalArgumentException(
                    "x has length " + x.length + " but dimension is " + alpha.length);
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                throw new IllegalArgumentException("x[" + i + "] must not be NaN");
            }
            if (x[i] < 0 || x[i] > 1) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += x[i];
        }
        if (!(Math.abs(sum - 1) <= SIMPLEX_TOLERANCE)) {
            return Double.NEGATIVE_INFINITY;
        }
        double s = logNorm;
        for (int i = 0; i < x.length; i++) {
            double a = alpha[i] - 1;
            if (a != 0) {
                double t = a * Math.log(x[i]);
                if (t == Double.NEGATIVE_INFINITY) {
                    return t; // a zero coordinate with alpha > 1: density 0, whatever the others
                }
                s += t;
            }
        }
        return s;
    }

    @Override
    public double[] mean() {
        double[] m = new double[alpha.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = alpha[i] / alpha0;
        }
        return m;
    }

    @Override
    public double[][] covariance() {
        int k = alpha.length;
        double[][] c = new double[k][k];
        double den = alpha0 * alpha0 * (alpha0 + 1);
        boolean representable = den >= Double.MIN_NORMAL && den < Double.POSITIVE_INFINITY;
        for (int i = 0; i < k && representable; i++) {
            for (int j = 0; j < k; j++) {
                c[i][j] = ((i == j ? alpha0 * alpha[i] : 0) - alpha[i] * alpha[j]) / den;
                representable &= Double.isFinite(c[i][j]);
            }
        }
        if (!representable) {
            // alpha0^2 overflows or underflows (concentrations beyond about 1e154 or below
            // 1e-154): the same covariance through the means p_i = alpha_i / alpha0
            for (int i = 0; i < k; i++) {
                double pi = alpha[i] / alpha0;
                for (int j = 0; j < k; j++) {
                    c[i][j] = ((i == j ? pi : 0) - pi * (alpha[j] / alpha0)) / (alpha0 + 1);
                }
            }
        }
        return c;
    }

    @Override
    public double[] sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        double[] lg = new double[alpha.length];
        for (int i = 0; i < lg.length; i++) {
            lg[i] = Special.logGammaSample(alpha[i], rng);
        }
        double lse = Numerics.logSumExp(lg);
        double[] x = new double[lg.length];
        if (lse == Double.NEGATIVE_INFINITY) {
            // every log-gamma draw underflowed (concentrations of order 1e-300 or less): in that
            // limit the Dirichlet puts all mass on one vertex, vertex i with probability alpha_i / sum
            double total = 0;
            for (double a : alpha) {
                total += a;
            }
            double u = rng.nextDouble();
            int i = 0;
            double cum = alpha[0] / total;
            while (i < alpha.length - 1 && u >= cum) {
                i++;
                cum += alpha[i] / total;
            }
            x[i] = 1.0;
            return x;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.exp(lg[i] - lse);
        }
        return x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dirichlet && Arrays.equals(alpha, ((Dirichlet) o).alpha);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(alpha);
    }

    /**
     * The concentrations to 4 significant digits, e.g. {@code Dirichlet(alpha=[1, 2, 3])}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "Dirichlet(alpha=" + Format.list(alpha) + ")";
    }
}
