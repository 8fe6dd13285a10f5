package dev.statlearn.stats.montecarlo;

import dev.statlearn.core.Checks;
import dev.statlearn.stats.distribution.MultivariateNormal;
import dev.statlearn.stats.distribution.Normal;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The multivariate normal CDF \( P(X_1 \le b_1, \dots, X_d \le b_d) \) by Genz's algorithm (Genz 1992,
 * "Numerical computation of multivariate normal probabilities", J. Comput. Graph. Stat. 1(2),
 * doi:10.1080/10618600.1992.10477010), the method of SciPy's {@code multivariate_normal.cdf}
 * (Genz's MVNDST).
 *
 * <p>With \( \Sigma = C C^\top \) (Cholesky) and \( Y \) standard normal, \( X = \mu + C Y \), the
 * probability is an integral over the unit cube \( [0, 1)^{d-1} \) of
 * \[ f(w) = \prod_{i=1}^{d} e_i, \quad
 *    e_i = \Phi\Big(\big(b_i - \mu_i - \textstyle\sum_{j&lt;i} c_{ij} y_j\big)/c_{ii}\Big), \quad
 *    y_j = \Phi^{-1}(w_j e_j), \]
 * evaluated by randomized quasi-Monte Carlo: {@value #SHIFTS} random shifts of a Richtmyer lattice
 * rule (point \( k \): the fractional parts of \( k \sqrt{p_i} \), \( p_i \) the primes) with the
 * baker's (tent) transform and antithetic pairs. The {@link Estimate} carries the mean over the
 * shifts and its standard error \( s/\sqrt{\text{shifts}} \); the number of lattice points doubles
 * until \( 3.5 \times \) that error is below {@code absoluteError} or {@code maxPoints} function
 * evaluations would be exceeded. With one dimension, or
 * a diagonal covariance, the integrand is constant and the result exact (error 0).
 *
 * <p>Infinite upper limits are allowed (\( +\infty \) marginalises the coordinate out; \( -\infty \)
 * gives 0). The covariance must be positive definite (as {@link MultivariateNormal} requires).
 * Variables are not reordered (Genz and Bretz's prioritisation would lower the variance, not
 * change the value).
 *
 * <p>Stateless and thread-safe; all randomness comes from the generator passed in.
 *
 * @since 0.2
 */
public final class MultivariateNormalCdf {

    /** Number of random shifts of the lattice rule. */
    public static final int SHIFTS = 12;
    /** Largest dimension: the lattice uses the square roots of the first 100 primes. */
    public static final int MAX_DIMENSION = 101;

    private static final int[] PRIMES = primes(MAX_DIMENSION - 1);

    private MultivariateNormalCdf() {
    }

    /**
     * Estimates \( P(X \le b) \) componentwise.
     *
     * @param distribution  the multivariate normal, dimension at most {@value #MAX_DIMENSION}
     * @param upper         the upper limits \( b \), one per coordinate, not NaN (\( \pm\infty \)
     *                      allowed). Not modified.
     * @param absoluteError target for \( 3.5 \) standard errors, in (0, 1)
     * @param maxPoints     budget of integrand evaluations, at least {@code 2 * SHIFTS}
     * @param rng           source of the random shifts
     * @return the probability, its standard error and the evaluations spent
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code upper} has the wrong length or a NaN, or a setting
     *                                  is out of range
     */
    public static Estimate estimate(MultivariateNormal distribution, double[] upper, double absoluteError,
                                    long maxPoints, RandomGenerator rng) {
        Checks.notNull(distribution, "distribution");
        Checks.notNull(upper, "upper");
        Objects.requireNonNull(rng, "rng");
        int d = distribution.dimension();
        if (d > MAX_DIMENSION) {
            throw new IllegalArgumentException("distribution must have at most " + MAX_DIMENSION
                    + " dimensions, had " + d);
        }
        Checks.sameLength(upper.length, "upper", d, "distribution's dimension");
        for (int i = 0; i < d; i++) {
            if (Double.isNaN(upper[i])) {
                throw new IllegalArgumentException("upper[" + i + "] must not be NaN");
            }
        }
        if (!(absoluteError > 0 && absoluteError < 1)) {
            throw new IllegalArgumentException("absoluteError must be in (0, 1), was " + absoluteError);
        }
        if (maxPoints < 2L * SHIFTS) {
            throw new IllegalArgumentException("maxPoints must be >= " + 2 * SHIFTS + ", was " + maxPoints);
        }
        double[] mu = distribution.mean();
        double[][] c = distribution.choleskyFactor();
        double[] b = new double[d];
        for (int i = 0; i < d; i++) {
            if (upper[i] == Double.NEGATIVE_INFINITY) {
                return new Estimate(0.0, 0.0, 1);
            }
            b[i] = upper[i] - mu[i];
        }
        boolean diagonal = true;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                diagonal &= c[i][j] == 0;
            }
        }
        if (diagonal) {
            double p = 1;
            for (int i = 0; i < d; i++) {
                p *= Normal.standard().cdf(b[i] / c[i][i]);
            }
            return new Estimate(p, 0.0, 1);
        }
        double[] sqrtPrimes = new double[d - 1];
        for (int i = 0; i < d - 1; i++) {
            sqrtPrimes[i] = Math.sqrt(PRIMES[i]);
        }
        double[] w = new double[d - 1];
        double[] y = new double[d];
        double[][] shifts = new double[SHIFTS][d - 1];
        long points = 0;
        long n = 64;
        double mean = 0;
        double se = Double.POSITIVE_INFINITY;
        while (true) {
            for (double[] s : shifts) {
                for (int i = 0; i < d - 1; i++) {
                    s[i] = rng.nextDouble();
                }
            }
            double sum = 0;
            double sumSq = 0;
            for (double[] s : shifts) {
                double acc = 0;
                for (long k = 1; k <= n; k++) {
                    for (int i = 0; i < d - 1; i++) {
                        double u = frac(k * sqrtPrimes[i] + s[i]);
                        w[i] = Math.abs(2 * u - 1); // baker's transform
                    }
                    acc += 0.5 * (integrand(c, b, w, y, false) + integrand(c, b, w, y, true));
                }
                double v = acc / n;
                sum += v;
                sumSq += v * v;
            }
            points += 2 * n * SHIFTS;
            mean = sum / SHIFTS;
            double var = Math.max(0, (sumSq - SHIFTS * mean * mean) / (SHIFTS - 1));
            se = Math.sqrt(var / SHIFTS);
            if (3.5 * se < absoluteError || points + 4 * n * SHIFTS > maxPoints) {
                break;
            }
            n *= 2;
        }
        return new Estimate(Math.min(1, Math.max(0, mean)), se, points);
    }

    /** f(w) (or f(1 - w) for the antithetic point). */
    private static double integrand(double[][] c, double[] b, double[] w, double[] y, boolean antithetic) {
        int d = b.length;
        double e = Normal.standard().cdf(b[0] / c[0][0]);
        double f = e;
        for (int i = 1; i < d; i++) {
            double wi = antithetic ? 1 - w[i - 1] : w[i - 1];
            double q = Math.min(Math.max(wi * e, 1e-300), 1 - 1e-16);
            y[i - 1] = Normal.standard().inverseCdf(q);
            double s = 0;
            for (int j = 0; j < i; j++) {
                s += c[i][j] * y[j];
            }
            e = Normal.standard().cdf((b[i] - s) / c[i][i]);
            f *= e;
            if (f == 0) {
                return 0;
            }
        }
        return f;
    }

    private static double frac(double v) {
        return v - Math.floor(v);
    }

    private static int[] primes(int count) {
        int[] p = new int[count];
        int found = 0;
        for (int v = 2; found < count; v++) {
            boolean prime = true;
            for (int q = 2; q * q <= v; q++) {
                if (v % q == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                p[found++] = v;
            }
        }
        return p;
    }
}
