package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Samplers: reproducibility from a seed and the moments of the multivariate samplers. Whether each
 * univariate sampler draws from its distribution is checked through the testkit, in
 * {@code testkit/src/test/java/dev/statlearn/stats/distribution/SamplerDistributionTest} (the stats
 * module cannot depend on the testkit).
 */
class SamplerTest {

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
