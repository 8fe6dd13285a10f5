package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Samplers against their own distribution functions (which are checked against scipy in
 * {@link ScipyDistributionsTest}): a Kolmogorov–Smirnov distance per distribution, fixed seeds.
 *
 * <p>With \( n \) draws, \( P(\sqrt{n} D_n &gt; 1.95) \approx 0.001 \) under the null
 * (asymptotic Kolmogorov distribution; conservative for discrete distributions), so each of
 * the checks below would fail by chance with probability at most about 0.1% for an
 * unlucky seed; with fixed seeds they are deterministic.
 */
class SamplerTest {

    private static final int N = 20_000;
    private static final double KS_CRITICAL = 1.95; // ~0.1% level

    private static final List<ContinuousDistribution> CONTINUOUS = List.of(
            new Normal(3, 2), new Exponential(0.7), new Gamma(0.3, 2), new Gamma(1, 1),
            new Gamma(7.5, 0.5), new Beta(0.4, 0.6), new Beta(2, 5), new Beta(50, 0.5),
            new Uniform(-2, 5), new LogNormal(1, 0.5), new Laplace(-1, 3));

    private static final List<DiscreteDistribution> DISCRETE = List.of(
            new Bernoulli(0.3), new Binomial(10, 0.4), new Binomial(1000, 0.3),
            new Binomial(5000, 0.99), new Binomial(25, 0.0), new Poisson(0.5), new Poisson(7),
            new Poisson(35), new Poisson(2500), new Geometric(0.2), new Geometric(0.001),
            Categorical.of(0.1, 0.0, 0.6, 0.3));

    @Test
    void continuousSamplersMatchTheirCdf() {
        long seed = 1;
        for (ContinuousDistribution d : CONTINUOUS) {
            double[] x = d.sample(Randomness.seeded(seed++), N);
            Arrays.sort(x);
            double dmax = 0;
            for (int i = 0; i < N; i++) {
                double f = d.cdf(x[i]);
                dmax = Math.max(dmax, Math.max(f - (double) i / N, (i + 1.0) / N - f));
            }
            assertTrue(Math.sqrt(N) * dmax < KS_CRITICAL, d + ": sqrt(n) D = " + Math.sqrt(N) * dmax);
        }
    }

    @Test
    void discreteSamplersMatchTheirCdf() {
        long seed = 100;
        for (DiscreteDistribution d : DISCRETE) {
            int[] k = d.sample(Randomness.seeded(seed++), N);
            Arrays.sort(k);
            assertTrue(k[0] >= d.supportLowerBound() && k[N - 1] <= d.supportUpperBound(), d.toString());
            double dmax = 0;
            int i = 0;
            while (i < N) {
                int v = k[i];
                while (i < N && k[i] == v) {
                    i++;
                }
                dmax = Math.max(dmax, Math.abs((double) i / N - d.cdf(v)));
                dmax = Math.max(dmax, Math.abs((double) i / N - d.cdf(v)));
            }
            // also the ECDF just below each observed value
            for (int j = 0; j < N; j++) {
                if (j == 0 || k[j] != k[j - 1]) {
                    dmax = Math.max(dmax, Math.abs((double) j / N - d.cdf(k[j] - 1)));
                }
            }
            assertTrue(Math.sqrt(N) * dmax < KS_CRITICAL, d + ": sqrt(n) D = " + Math.sqrt(N) * dmax);
        }
    }

    @Test
    void sameSeedSameDraws() {
        for (ContinuousDistribution d : CONTINUOUS) {
            assertArrayEquals(d.sample(Randomness.seeded(5), 50), d.sample(Randomness.seeded(5), 50), d.toString());
        }
        for (DiscreteDistribution d : DISCRETE) {
            assertArrayEquals(d.sample(Randomness.seeded(5), 50), d.sample(Randomness.seeded(5), 50), d.toString());
        }
    }

    @Test
    void multivariateNormalSampleMoments() {
        double[] mean = {1, -2, 0.5};
        double[][] cov = {{2.0, 0.3, -0.4}, {0.3, 1.0, 0.2}, {-0.4, 0.2, 0.5}};
        MultivariateNormal mvn = MultivariateNormal.of(mean, cov);
        double[][] x = mvn.sample(Randomness.seeded(9), 50_000);
        double[] m = new double[3];
        for (double[] row : x) {
            for (int j = 0; j < 3; j++) {
                m[j] += row[j] / x.length;
            }
        }
        for (int i = 0; i < 3; i++) {
            // sd of the sample mean <= sqrt(2/50000) = 0.0063; 5 sd bound (false failure ~1e-6)
            assertEquals(mean[i], m[i], 0.032);
            for (int j = 0; j < 3; j++) {
                double c = 0;
                for (double[] row : x) {
                    c += (row[i] - m[i]) * (row[j] - m[j]);
                }
                c /= x.length - 1;
                // sd of a sample covariance <= sqrt((s_ii s_jj + s_ij^2)/n) <= 0.0127; 5 sd bound
                assertEquals(cov[i][j], c, 0.064, "cov[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void dirichletSampleMomentsAndSimplex() {
        Dirichlet d = Dirichlet.of(0.5, 2, 7.5);
        RandomGenerator rng = Randomness.seeded(11);
        double[] m = new double[3];
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            double[] x = d.sample(rng);
            double s = 0;
            for (int j = 0; j < 3; j++) {
                assertTrue(x[j] >= 0 && x[j] <= 1);
                s += x[j];
                m[j] += x[j] / n;
            }
            assertEquals(1.0, s, 1e-12);
        }
        double[] mu = d.mean();
        double[][] c = d.covariance();
        for (int j = 0; j < 3; j++) {
            // 5 standard errors: false-failure probability ~ 6e-7 per coordinate
            assertEquals(mu[j], m[j], 5 * Math.sqrt(c[j][j] / n));
        }
        // tiny concentrations: no 0/0
        double[] tiny = Dirichlet.of(1e-3, 1e-3).sample(Randomness.seeded(3));
        assertEquals(1.0, tiny[0] + tiny[1], 1e-12);
    }
}
