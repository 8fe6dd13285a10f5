package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionPropertiesTest {

    private static final List<ContinuousDistribution> CONTINUOUS = List.of(
            new Normal(3, 2), new Exponential(0.7), new Gamma(0.3, 2), new Gamma(7.5, 0.5),
            new Gamma(300, 4), new Beta(0.4, 0.6), new Beta(2, 5), new Beta(50, 0.5),
            new Uniform(-2, 5), new LogNormal(1, 0.5), new Laplace(-1, 3));

    private static final List<DiscreteDistribution> DISCRETE = List.of(
            new Bernoulli(0.3), new Binomial(10, 0.4), new Binomial(1000, 0.3), new Poisson(0.5),
            new Poisson(35), new Geometric(0.2), Categorical.of(0.1, 0.0, 0.6, 0.3));

    @Test
    void categoricalCdfNeverExceedsOne() {
        // the running sum of these probabilities is 1.0000000000000002 after the second outcome
        // (found by the testkit's Families generator); a CDF stays in [0, 1] and reaches 1 exactly
        Categorical c = Categorical.of(0.9999999999999996, 5.66021693277231E-16, 1.8330647373558475E-18);
        assertEquals(1.0, c.cdf(1));
        assertEquals(1.0, c.cdf(2));
        assertTrue(c.cdf(0) <= 1.0);
        assertEquals(1, c.inverseCdf(0.9999999999999998));
    }

    @Test
    void quantileInvertsCdf() {
        qt().withExamples(200).forAll(doubles().between(1e-9, 1 - 1e-9), integers().between(0, CONTINUOUS.size() - 1))
                .checkAssert((p, i) -> {
                    ContinuousDistribution d = CONTINUOUS.get(i);
                    double x = d.inverseCdf(p);
                    double back = p > 0.5 ? 1 - d.survival(x) : d.cdf(x);
                    assertEquals(p, back, 1e-9 * Math.max(p, 1e-3), d + " p=" + p);
                });
    }

    @Test
    void cdfIsMonotoneAndInUnitInterval() {
        qt().withExamples(200).forAll(doubles().between(-50, 50), doubles().between(0, 10),
                integers().between(0, CONTINUOUS.size() - 1)).checkAssert((x, h, i) -> {
                    ContinuousDistribution d = CONTINUOUS.get(i);
                    double a = d.cdf(x);
                    double b = d.cdf(x + h);
                    assertTrue(a >= 0 && b <= 1 && a <= b, d + " x=" + x);
                    assertEquals(1.0, d.cdf(x) + d.survival(x), 1e-12, d + " x=" + x);
                });
    }

    @Test
    void densityIsExpOfLogDensity() {
        qt().withExamples(200).forAll(doubles().between(-10, 60), integers().between(0, CONTINUOUS.size() - 1))
                .checkAssert((x, i) -> {
                    ContinuousDistribution d = CONTINUOUS.get(i);
                    double f = d.density(x);
                    double lf = Math.exp(d.logDensity(x));
                    assertEquals(f, lf, 1e-12 * Math.max(f, 1e-300), d + " x=" + x);
                });
    }

    @Test
    void logLikelihoodIsTheSumOfLogDensities() {
        long seed = 1;
        for (ContinuousDistribution d : CONTINUOUS) {
            double[] x = d.sample(dev.statlearn.core.Randomness.seeded(seed++), 500);
            double sum = 0;
            for (double v : x) {
                sum += d.logDensity(v);
            }
            assertEquals(sum, d.logLikelihood(x), 1e-10 * Math.max(1, Math.abs(sum)), d.toString());
            assertEquals(0.0, d.logLikelihood(new double[0]), d.toString());
            assertThrows(IllegalArgumentException.class, () -> d.logLikelihood(new double[] {Double.NaN}), d.toString());
        }
        assertEquals(Double.NEGATIVE_INFINITY, new Gamma(2, 1).logLikelihood(new double[] {1, 0, 2}));
        assertEquals(Double.NEGATIVE_INFINITY, new Gamma(2, 1).logLikelihood(new double[] {1, -3}));
        assertEquals(Double.NEGATIVE_INFINITY, new Beta(2, 1).logLikelihood(new double[] {0.5, 1.5}));
        assertEquals(new Gamma(1, 3).logDensity(0) + new Gamma(1, 3).logDensity(2),
                new Gamma(1, 3).logLikelihood(new double[] {0, 2}), 1e-15);
    }

    @Test
    void pmfSumsToOneAndMatchesCdf() {
        for (DiscreteDistribution d : DISCRETE) {
            double s = 0;
            int top = Math.min(d.supportUpperBound(), 5000);
            for (int k = d.supportLowerBound(); k <= top; k++) {
                s += d.pmf(k);
                assertEquals(d.cdf(k), s, 1e-10, d + " k=" + k);
                assertEquals(d.pmf(k), Math.exp(d.logPmf(k)), 1e-14, d + " k=" + k);
            }
            assertEquals(1.0, s, 1e-10, d.toString());
            assertEquals(0.0, d.pmf(d.supportLowerBound() - 1));
            assertEquals(Double.NEGATIVE_INFINITY, d.logPmf(d.supportLowerBound() - 1));
        }
    }

    @Test
    void discreteQuantileIsSmallestKWithCdfAtLeastP() {
        qt().withExamples(200).forAll(doubles().between(0, 1), integers().between(0, DISCRETE.size() - 1))
                .checkAssert((p, i) -> {
                    DiscreteDistribution d = DISCRETE.get(i);
                    int k = d.inverseCdf(p);
                    assertTrue(d.cdf(k) >= p, d + " p=" + p);
                    assertTrue(k == d.supportLowerBound() || d.cdf(k - 1) < p, d + " p=" + p);
                });
    }

    @Test
    void meanAndVarianceMatchThePmf() {
        for (DiscreteDistribution d : DISCRETE) {
            double m = 0;
            double m2 = 0;
            int top = Math.min(d.supportUpperBound(), 5000);
            for (int k = d.supportLowerBound(); k <= top; k++) {
                m += k * d.pmf(k);
                m2 += (double) k * k * d.pmf(k);
            }
            assertEquals(d.mean(), m, 1e-9 * Math.max(1, m), d.toString());
            assertEquals(d.variance(), m2 - m * m, 1e-8 * Math.max(1, m2), d.toString());
        }
    }

    @Test
    void parametersAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Exponential(0));
        assertThrows(IllegalArgumentException.class, () -> new Gamma(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Gamma(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Beta(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Uniform(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Uniform(2, 1));
        // a width beyond MAX_VALUE is legal since the half-width arithmetic (LocationScaleExtremesTest)
        assertThrows(IllegalArgumentException.class, () -> new Uniform(-Double.MAX_VALUE, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new LogNormal(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Laplace(Double.POSITIVE_INFINITY, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bernoulli(1.2));
        assertThrows(IllegalArgumentException.class, () -> new Bernoulli(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Binomial(-1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Poisson(-1));
        assertThrows(IllegalArgumentException.class, () -> new Geometric(0));
        assertThrows(IllegalArgumentException.class, () -> Categorical.of(0.5, 0.6));
        assertThrows(IllegalArgumentException.class, () -> Categorical.of(-0.1, 1.1));
        assertThrows(IllegalArgumentException.class, () -> Categorical.of());
        assertThrows(NullPointerException.class, () -> Categorical.of((double[]) null));
        assertThrows(IllegalArgumentException.class, () -> Dirichlet.of(1));
        assertThrows(IllegalArgumentException.class, () -> Dirichlet.of(1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> MultivariateNormal.of(new double[] {0, 0}, new double[][] {{1, 2}, {2, 1}}));
        assertThrows(IllegalArgumentException.class,
                () -> MultivariateNormal.of(new double[] {0, 0}, new double[][] {{1, 0.5}, {0.4, 1}}));
        assertThrows(IllegalArgumentException.class,
                () -> MultivariateNormal.of(new double[] {0, 0}, new double[][] {{1, 0}}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Gamma(1, -2));
        assertTrue(e.getMessage().contains("rate") && e.getMessage().contains("-2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Gamma(1, 1).inverseCdf(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new Beta(1, 1).cdf(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Poisson(1).sample(dev.statlearn.core.Randomness.seeded(1), -1));
    }

    @Test
    void defensiveCopies() {
        double[] p = {0.2, 0.8};
        Categorical c = Categorical.of(p);
        p[0] = 0.9;
        assertEquals(0.2, c.pmf(0));
        c.probabilities()[0] = 0.7;
        assertEquals(0.2, c.pmf(0));
        double[] mean = {0, 0};
        double[][] cov = {{1, 0}, {0, 1}};
        MultivariateNormal mvn = MultivariateNormal.of(mean, cov);
        cov[0][0] = 5;
        mean[0] = 3;
        mvn.covariance()[1][1] = 7;
        assertEquals(1.0, mvn.covariance()[0][0]);
        assertEquals(1.0, mvn.covariance()[1][1]);
        assertEquals(0.0, mvn.mean()[0]);
        double[] alpha = {1, 2};
        Dirichlet d = Dirichlet.of(alpha);
        alpha[0] = 9;
        assertEquals(1.0, d.alpha()[0]);
    }

    @Test
    void supportEdges() {
        assertEquals(Double.POSITIVE_INFINITY, new Gamma(0.5, 1).density(0));
        assertEquals(2.0, new Gamma(1, 2).density(0));
        assertEquals(0.0, new Gamma(2, 1).density(0));
        assertEquals(0.0, new Gamma(2, 1).density(-1));
        assertEquals(0.0, new Beta(2, 2).density(1.5));
        assertEquals(Double.NEGATIVE_INFINITY, new LogNormal(0, 1).logDensity(0));
        assertEquals(Double.NEGATIVE_INFINITY, new Exponential(1).logLikelihood(new double[] {1, -1}));
        assertEquals(Double.NEGATIVE_INFINITY, Dirichlet.of(2, 2).logDensity(new double[] {0.5, 0.6}));
        assertEquals(Double.NEGATIVE_INFINITY, new Bernoulli(0).logPmf(1));
        assertEquals(0.0, new Bernoulli(0).logPmf(0));
        assertEquals(0.0, new Binomial(0, 0.5).logPmf(0));
        assertEquals(Double.NEGATIVE_INFINITY, Categorical.of(0.5, 0.0, 0.5).logPmf(1));
        assertEquals(Double.NEGATIVE_INFINITY, Categorical.of(0.5, 0.5).logLikelihood(new int[] {0, 2}));
    }
}
