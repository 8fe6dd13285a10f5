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
 * <p>Variables are prioritised as Genz and Bretz recommend (Genz &amp; Bretz 2009, <i>Computation of
 * Multivariate Normal and t Probabilities</i>, Springer, §4.1.3; Gibson, Glasbey &amp; Elston 1994):
 * the Cholesky factor is built one column at a time, and at step \( i \) the variable put next is
 * the remaining one with the smallest expected interval probability
 * \[ \Phi\big(\tilde b_j\big), \quad
 *    \tilde b_j = \frac{b_j - \mu_j - \sum_{k&lt;i} c_{jk} \bar y_k}
 *                     {\sqrt{\sigma_{jj} - \sum_{k&lt;i} c_{jk}^2}}, \qquad
 *    \bar y_k = E\big[Z \mid Z \le \tilde b_k\big] = -\frac{\varphi(\tilde b_k)}{\Phi(\tilde b_k)}, \]
 * that is the smallest \( \tilde b_j \) (ties: the first). Its rows and columns are swapped into
 * place and column \( i \) of the factor is completed,
 * \( c_{ii} = \sqrt{\sigma_{ii} - \sum_{k&lt;i} c_{ik}^2} \),
 * \( c_{li} = (\sigma_{li} - \sum_{k&lt;i} c_{lk} c_{ik}) / c_{ii} \). The probability is unchanged
 * (a permutation of coordinates); the integrand varies less, most along the first directions the
 * lattice rule resolves best, so the same error costs fewer evaluations (measured in the tests:
 * a 2 to 4 times smaller standard error for the same budget in a 4-d example, 16 to 128 times
 * fewer evaluations for the same error in an 8-d one).
 *
 * <p>Infinite upper limits are allowed: \( +\infty \) marginalises the coordinate out (it is dropped
 * before integrating, so a single finite limit gives an exact normal CDF); \( -\infty \) gives 0.
 * The covariance must be positive definite (as {@link MultivariateNormal} requires).
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
     * @throws IllegalArgumentException if {@code upper} has the wrong length or a NaN, a setting is
     *                                  out of range, or a conditional variance of the reordered
     *                                  factorisation is not positive (a covariance singular to
     *                                  working precision)
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
        return estimate(distribution, upper, absoluteError, maxPoints, rng, true);
    }

    /**
     * The estimate with or without variable prioritisation (the tests compare the two; the value is
     * the same, the error for a budget is not). Arguments already checked.
     */
    static Estimate estimate(MultivariateNormal distribution, double[] upper, double absoluteError, long maxPoints,
                             RandomGenerator rng, boolean prioritise) {
        double[] mu = distribution.mean();
        double[][] sigma = distribution.covariance();
        int[] kept = new int[mu.length];
        int d = 0;
        for (int i = 0; i < mu.length; i++) {
            if (upper[i] == Double.NEGATIVE_INFINITY) {
                return new Estimate(0.0, 0.0, 1);
            }
            if (upper[i] != Double.POSITIVE_INFINITY) {
                kept[d++] = i;
            }
        }
        if (d == 0) {
            return new Estimate(1.0, 0.0, 1);
        }
        double[] b = new double[d];
        double[][] s = new double[d][d];
        boolean diagonal = true;
        for (int i = 0; i < d; i++) {
            b[i] = upper[kept[i]] - mu[kept[i]];
            for (int j = 0; j < d; j++) {
                s[i][j] = sigma[kept[i]][kept[j]];
                diagonal &= i == j || s[i][j] == 0;
            }
        }
        if (diagonal) {
            double p = 1;
            for (int i = 0; i < d; i++) {
                p *= Normal.standard().cdf(b[i] / Math.sqrt(s[i][i]));
            }
            return new Estimate(p, 0.0, 1);
        }
        double[][] c = factor(s, b, prioritise);
        return latticeRule(c, b, absoluteError, maxPoints, rng);
    }

    /**
     * The Cholesky factor of {@code s} built column by column; with {@code prioritise}, the remaining
     * variable with the smallest standardised conditional limit goes next (rows and columns of
     * {@code s}, and {@code b}, are permuted in place to match).
     */
    private static double[][] factor(double[][] s, double[] b, boolean prioritise) {
        int d = b.length;
        double[][] c = new double[d][d];
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            int next = i;
            if (prioritise) {
                double smallest = Double.POSITIVE_INFINITY;
                for (int j = i; j < d; j++) {
                    double limit = (b[j] - dot(c[j], y, i)) / Math.sqrt(conditionalVariance(s, c, j, i));
                    if (limit < smallest) {
                        smallest = limit;
                        next = j;
                    }
                }
            }
            swap(s, b, c, i, next);
            double v = conditionalVariance(s, c, i, i);
            c[i][i] = Math.sqrt(v);
            for (int l = i + 1; l < d; l++) {
                c[l][i] = (s[l][i] - dot(c[l], c[i], i)) / c[i][i];
            }
            // E[Z | Z <= limit] = -phi(limit) / Phi(limit), in logs for limits far below 0
            double limit = (b[i] - dot(c[i], y, i)) / c[i][i];
            y[i] = -Math.exp(Normal.standard().logDensity(limit) - Normal.standard().logCdf(limit));
        }
        return c;
    }

    /** sigma_jj - sum_{k < i} c_jk^2, checked positive (the factor of a positive definite matrix). */
    private static double conditionalVariance(double[][] s, double[][] c, int j, int i) {
        double v = s[j][j] - dot(c[j], c[j], i);
        if (!(v > 0)) {
            throw new IllegalArgumentException("distribution's covariance must be numerically positive definite,"
                    + " conditional variance " + v + " in the Cholesky factorisation");
        }
        return v;
    }

    private static double dot(double[] u, double[] v, int length) {
        double sum = 0;
        for (int k = 0; k < length; k++) {
            sum += u[k] * v[k];
        }
        return sum;
    }

    /** Swaps variables i and j: rows and columns of s, entries of b, rows of the partial factor c. */
    private static void swap(double[][] s, double[] b, double[][] c, int i, int j) {
        if (i == j) {
            return;
        }
        double[] row = s[i];
        s[i] = s[j];
        s[j] = row;
        for (double[] r : s) {
            double t = r[i];
            r[i] = r[j];
            r[j] = t;
        }
        double t = b[i];
        b[i] = b[j];
        b[j] = t;
        row = c[i];
        c[i] = c[j];
        c[j] = row;
    }

    /** Randomised lattice rule for the integrand of factor c and limits b (d >= 2). */
    private static Estimate latticeRule(double[][] c, double[] b, double absoluteError, long maxPoints,
                                        RandomGenerator rng) {
        int d = b.length;
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
