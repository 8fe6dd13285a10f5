package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.DenseLinearAlgebra;
import dev.statlearn.core.internal.Format;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Multivariate normal distribution \( N_d(\mu, \Sigma) \).
 *
 * <p>\[ \log f(x) = -\tfrac12 \Big( d \log 2\pi + \log\det\Sigma
 * + (x-\mu)^\top \Sigma^{-1} (x-\mu) \Big). \]
 *
 * <ul>
 *   <li>\( \Sigma \) must be symmetric (within \( 10^{-10} \sqrt{\Sigma_{ii}\Sigma_{jj}} \))
 *       and positive definite (its Cholesky factorization \( \Sigma = LL^\top \) must
 *       succeed with positive pivots); it is stored as given, in a defensive copy.</li>
 *   <li>The Cholesky factorization and the forward substitution \( Lz = x - \mu \) are EJML's
 *       ({@code DecompositionFactory_DDRM.chol}, {@code TriangularSolver_DDRM.solveL}); the
 *       quadratic form is \( \|z\|^2 \) (no explicit inverse) and
 *       \( \log\det\Sigma = 2\sum_i \log L_{ii} \).</li>
 *   <li>Equal to {@code scipy.stats.multivariate_normal(mean, cov).logpdf}.</li>
 *   <li>{@code sample} is \( \mu + L z \), \( z \) a vector of
 *       {@link RandomGenerator#nextGaussian()} draws.</li>
 *   <li>Immutable and thread-safe; every array returned is a fresh copy.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class MultivariateNormal implements MultivariateDistribution {

    private final double[] mean;
    private final double[][] covariance;
    private final double[][] cholesky;
    private final double[] choleskyRowMajor;
    private final double logDet;

    private MultivariateNormal(double[] mean, double[][] covariance, double[][] cholesky) {
        this.mean = mean;
        this.covariance = covariance;
        this.cholesky = cholesky;
        this.choleskyRowMajor = DenseLinearAlgebra.matrix(cholesky).data;
        double s = 0;
        for (int i = 0; i < mean.length; i++) {
            s += Math.log(cholesky[i][i]);
        }
        this.logDet = 2 * s;
    }

    /**
     * The multivariate normal with the given mean vector and covariance matrix.
     *
     * @param mean       mean vector, finite, length \( d \ge 1 \); copied
     * @param covariance \( d \times d \) symmetric positive definite matrix; copied
     * @return the distribution
     * @throws NullPointerException     if an argument or a row is null
     * @throws IllegalArgumentException if {@code mean} is empty or not finite, the shapes
     *                                  disagree, or the covariance is not symmetric positive
     *                                  definite
     */
    public static MultivariateNormal of(double[] mean, double[][] covariance) {
        Checks.notNull(mean, "mean");
        Checks.notNull(covariance, "covariance");
        double[] m = Checks.finiteNonEmpty(mean.clone(), "mean");
        int d = m.length;
        if (covariance.length != d) {
            throw new IllegalArgumentException(
                    "covariance has " + covariance.length + " rows but mean has length " + d);
        }
        double[][] c = new double[d][];
        for (int i = 0; i < d; i++) {
            Checks.notNull(covariance[i], "covariance[" + i + "]");
            if (covariance[i].length != d) {
                throw new IllegalArgumentException("covariance[" + i + "] has length "
                        + covariance[i].length + " but mean has length " + d);
            }
            c[i] = covariance[i].clone();
        }
        Checks.finiteMatrix(c, "covariance");
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                double tol = 1e-10 * Math.sqrt(Math.abs(c[i][i] * c[j][j]));
                if (!(Math.abs(c[i][j] - c[j][i]) <= tol)) {
                    throw new IllegalArgumentException("covariance must be symmetric, but covariance["
                            + i + "][" + j + "]=" + c[i][j] + " and covariance[" + j + "][" + i + "]="
                            + c[j][i]);
                }
            }
        }
        return new MultivariateNormal(m, c, cholesky(c));
    }

    /**
     * The standard multivariate normal \( N_d(0, I) \).
     *
     * @param d dimension, in {@code [1, }{@link Checks#MAX_SQUARE_DIMENSION}{@code ]}
     * @return the distribution
     * @throws IllegalArgumentException if {@code d} is outside that range (checked before
     *                                  allocating the covariance)
     */
    public static MultivariateNormal standard(int d) {
        Checks.squareDimension(d, "d");
        double[][] identity = new double[d][d];
        for (int i = 0; i < d; i++) {
            identity[i][i] = 1.0;
        }
        return new MultivariateNormal(new double[d], identity, identity);
    }

    /** Lower Cholesky factor of a symmetric matrix (lower triangle used), through EJML. */
    private static double[][] cholesky(double[][] a) {
        double[][] l = DenseLinearAlgebra.choleskyLowerOrNull(a);
        if (l == null) {
            throw new IllegalArgumentException("covariance must be positive definite, but its Cholesky"
                    + " factorization has a pivot <= 0");
        }
        return l;
    }

    @Override
    public int dimension() {
        return mean.length;
    }

    @Override
    public int parameterCount() {
        int d = mean.length;
        return d + d * (d + 1) / 2;
    }

    @Override
    public double logDensity(double[] x) {
        Objects.requireNonNull(x, "x");
        int d = mean.length;
        if (x.length != d) {
            throw new IllegalArgumentException("x has length " + x.length + " but dimension is " + d);
        }
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            if (Double.isNaN(x[i])) {
                throw new IllegalArgumentException("x[" + i + "] must not be NaN");
            }
            z[i] = x[i] - mean[i];
        }
        // solve L z = x - mean (EJML forward substitution)
        DenseLinearAlgebra.forwardSolveInPlace(choleskyRowMajor, z);
        double q = 0;
        for (int i = 0; i < d; i++) {
            q += z[i] * z[i];
        }
        return -0.5 * (q + logDet) - d * Special.LN_SQRT_2PI;
    }

    /**
     * Natural logarithm of \( \det\Sigma \).
     *
     * @return the log-determinant of the covariance
     */
    public double logDeterminant() {
        return logDet;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[][] covariance() {
        double[][] c = new double[covariance.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = covariance[i].clone();
        }
        return c;
    }

    /**
     * Lower-triangular Cholesky factor \( L \) with \( \Sigma = L L^\top \).
     *
     * @return a new \( d \times d \) array
     */
    public double[][] choleskyFactor() {
        double[][] c = new double[cholesky.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = cholesky[i].clone();
        }
        return c;
    }

    @Override
    public double[] sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        int d = mean.length;
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            z[i] = rng.nextGaussian();
        }
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
            double s = mean[i];
            double[] li = cholesky[i];
            for (int k = 0; k <= i; k++) {
                s += li[k] * z[k];
            }
            x[i] = s;
        }
        return x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultivariateNormal && Arrays.equals(mean, ((MultivariateNormal) o).mean)
                && Arrays.deepEquals(covariance, ((MultivariateNormal) o).covariance);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.deepHashCode(covariance);
    }

    /**
     * The mean and covariance to 4 significant digits, e.g.
     * {@code MultivariateNormal(mean=[0, 1], covariance=[[1, 0.5], [0.5, 2]])}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MultivariateNormal(mean=").append(Format.list(mean)).append(", covariance=[");
        for (int i = 0; i < covariance.length && i < 10; i++) {
            sb.append(i == 0 ? "" : ", ").append(Format.list(covariance[i]));
        }
        return sb.append(covariance.length > 10 ? ", …])" : "])").toString();
    }
}
