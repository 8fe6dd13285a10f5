package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The multivariate normal after its Cholesky and triangular solves moved to EJML. */
class MultivariateNormalEjmlTest {

    private static final double[][] C = {
        {2.0, 0.9, 0.1, -0.3, 0.0},
        {0.9, 1.5, 0.4, 0.0, 0.2},
        {0.1, 0.4, 0.8, 0.35, -0.1},
        {-0.3, 0.0, 0.35, 0.6, 0.05},
        {0.0, 0.2, -0.1, 0.05, 0.2}};

    @Test
    void matchesScipyAndNumpy() {
        // tools/reference/ejml.py, numpy 1.24.2 / scipy 1.10.1: numpy.linalg.slogdet(c)[1],
        // scipy.stats.multivariate_normal(mu, c).logpdf(pt)
        MultivariateNormal mvn = MultivariateNormal.of(new double[] {0.5, -1.0, 2.0, 0.0, 3.0}, C);
        assertEquals(-2.8962942613479346, mvn.logDeterminant(), 1e-14);
        assertEquals(-4.45690280754169, mvn.logDensity(new double[] {1.0, -0.5, 1.5, 0.2, 3.01}), 1e-13);
    }

    @Test
    void indefiniteAndSingularCovariancesAreRejected() {
        // C with C[4][4] = 0.05 has eigenvalue -0.04325242880897695 (numpy.linalg.eigvalsh, tools/reference/ejml.py)
        double[][] indefinite = new double[5][];
        for (int i = 0; i < 5; i++) {
            indefinite[i] = C[i].clone();
        }
        indefinite[4][4] = 0.05;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MultivariateNormal.of(new double[5], indefinite));
        assertEquals("covariance must be positive definite, but its Cholesky factorization has a pivot <= 0",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MultivariateNormal.of(new double[2], new double[][] {{1, 1}, {1, 1}}));
        assertThrows(IllegalArgumentException.class,
                () -> MultivariateNormal.of(new double[1], new double[][] {{0}}));
    }

    /** The hand-written forward substitution and Cholesky the class used before EJML (kept as an oracle). */
    private static double formerLogDensity(double[] mean, double[][] a, double[] x) {
        int d = a.length;
        double[][] l = new double[d][d];
        for (int j = 0; j < d; j++) {
            double s = a[j][j];
            for (int k = 0; k < j; k++) {
                s -= l[j][k] * l[j][k];
            }
            l[j][j] = Math.sqrt(s);
            for (int i = j + 1; i < d; i++) {
                double t = a[i][j];
                for (int k = 0; k < j; k++) {
                    t -= l[i][k] * l[j][k];
                }
                l[i][j] = t / l[j][j];
            }
        }
        double logDet = 0;
        double q = 0;
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            double t = x[i] - mean[i];
            for (int k = 0; k < i; k++) {
                t -= l[i][k] * z[k];
            }
            z[i] = t / l[i][i];
            q += z[i] * z[i];
            logDet += 2 * Math.log(l[i][i]);
        }
        return -0.5 * (q + logDet) - d * 0.5 * Math.log(2 * Math.PI);
    }

    @Test
    void equalToTheFormerImplementationWithin1e12Relative() {
        qt().withExamples(200).forAll(integers().between(1, 10), longs().all()).checkAssert((d, seed) -> {
            RandomGenerator rng = Randomness.seeded(seed);
            double[][] b = new double[d][d];
            double[] mean = new double[d];
            double[] x = new double[d];
            for (int i = 0; i < d; i++) {
                mean[i] = rng.nextGaussian();
                x[i] = mean[i] + 2 * rng.nextGaussian();
                for (int j = 0; j < d; j++) {
                    b[i][j] = rng.nextGaussian();
                }
            }
            double[][] a = new double[d][d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    for (int k = 0; k < d; k++) {
                        a[i][j] += b[i][k] * b[j][k];
                    }
                }
                a[i][i] += 0.1;
            }
            double expected = formerLogDensity(mean, a, x);
            double actual = MultivariateNormal.of(mean, a).logDensity(x);
            assertTrue(Math.abs(expected - actual) <= 1e-12 * Math.max(1, Math.abs(expected)),
                    "former " + expected + " EJML " + actual);
        });
    }
}
