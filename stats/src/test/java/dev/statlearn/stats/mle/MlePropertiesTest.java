package dev.statlearn.stats.mle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Interval;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.Geometric;
import dev.statlearn.stats.distribution.Laplace;
import dev.statlearn.stats.distribution.LogNormal;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MlePropertiesTest {

    @Test
    void maximumBeatsPerturbedParameters() {
        qt().withExamples(150)
                .forAll(longs().all(), integers().between(5, 200), doubles().between(-0.5, 0.5), doubles().between(-0.5, 0.5))
                .checkAssert((seed, n, e1, e2) -> {
                    double f1 = Math.exp(e1);
                    double f2 = Math.exp(e2);
                    double[] g = new Gamma(2.5, 1.5).sample(Randomness.seeded(seed), n);
                    Fit<Gamma> gf = Mle.gamma(g);
                    Gamma gd = gf.distribution();
                    assertTrue(gf.logLikelihood() >= new Gamma(gd.shape() * f1, gd.rate() * f2).logLikelihood(g) - 1e-9);
                    assertEquals(gd.logLikelihood(g), gf.logLikelihood(), 1e-9 * Math.abs(gf.logLikelihood()));

                    Fit<Normal> nf = Mle.normal(g);
                    Normal nd = nf.distribution();
                    assertTrue(nf.logLikelihood() >= new Normal(nd.mean() + e1, nd.sd() * f2).logLikelihood(g) - 1e-9);
                    assertEquals(nd.logLikelihood(g), nf.logLikelihood(), 1e-9 * Math.abs(nf.logLikelihood()));

                    Fit<LogNormal> lf = Mle.logNormal(g);
                    LogNormal ld = lf.distribution();
                    assertTrue(lf.logLikelihood() >= new LogNormal(ld.mu() + e1, ld.sigma() * f2).logLikelihood(g) - 1e-9);
                    assertEquals(ld.logLikelihood(g), lf.logLikelihood(), 1e-9 * Math.abs(lf.logLikelihood()));

                    Fit<Exponential> ef = Mle.exponential(g);
                    assertTrue(ef.logLikelihood() >= new Exponential(ef.distribution().rate() * f1).logLikelihood(g) - 1e-9);
                    assertEquals(ef.distribution().logLikelihood(g), ef.logLikelihood(), 1e-9 * Math.abs(ef.logLikelihood()));

                    Fit<Laplace> af = Mle.laplace(g);
                    Laplace ad = af.distribution();
                    assertTrue(af.logLikelihood() >= new Laplace(ad.location() + e1 / 10, ad.scale() * f2).logLikelihood(g) - 1e-9);
                    assertEquals(ad.logLikelihood(g), af.logLikelihood(), 1e-9 * Math.abs(af.logLikelihood()));

                    double[] b = new Beta(2, 5).sample(Randomness.seeded(seed), n);
                    Fit<Beta> bf = Mle.beta(b);
                    Beta bd = bf.distribution();
                    assertTrue(bf.logLikelihood() >= new Beta(bd.alpha() * f1, bd.beta() * f2).logLikelihood(b) - 1e-9);
                    assertEquals(bd.logLikelihood(b), bf.logLikelihood(), 1e-9 * Math.abs(bf.logLikelihood()));

                    int[] k = new Poisson(3).sample(Randomness.seeded(seed), n);
                    Fit<Poisson> pf = Mle.poisson(k);
                    assertTrue(pf.logLikelihood() >= new Poisson(pf.distribution().rate() * f1).logLikelihood(k) - 1e-9);

                    int[] geo = new Geometric(0.3).sample(Randomness.seeded(seed), n);
                    Fit<Geometric> qf = Mle.geometric(geo);
                    double q = Math.min(1, qf.distribution().p() * f1);
                    assertTrue(qf.logLikelihood() >= new Geometric(q).logLikelihood(geo) - 1e-9);
                });
    }

    @Test
    void categoricalMaximumBeatsOtherProbabilityVectors() {
        int[] y = Datasets.digits().labels();
        Fit<Categorical> f = Mle.categorical(y, 10);
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            double[] p = f.distribution().probabilities();
            double[] noise = new Gamma(50, 50).sample(Randomness.seeded(seed), 10);
            double s = 0;
            for (int j = 0; j < 10; j++) {
                p[j] *= noise[j];
                s += p[j];
            }
            for (int j = 0; j < 10; j++) {
                p[j] /= s;
            }
            assertTrue(f.logLikelihood() >= Categorical.of(p).logLikelihood(y) - 1e-9);
        });
        double sum = f.estimates().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 1e-12);
        assertEquals(9, f.parameterCount());
    }

    @Test
    void samplingAndRefittingRecoversTheDistribution() {
        // n = 20000 draws; each estimate must be within 5 of its own standard errors of the truth:
        // false-failure probability ~ 6e-7 per parameter (and the seeds are fixed).
        int n = 20_000;
        Fit<Gamma> g = Mle.gamma(new Gamma(2.5, 1.5).sample(Randomness.seeded(1), n));
        assertWithin(2.5, g, "shape");
        assertWithin(1.5, g, "rate");
        Fit<Beta> b = Mle.beta(new Beta(0.7, 3).sample(Randomness.seeded(2), n));
        assertWithin(0.7, b, "alpha");
        assertWithin(3, b, "beta");
        Fit<Normal> no = Mle.normal(new Normal(-4, 0.1).sample(Randomness.seeded(3), n));
        assertWithin(-4, no, "mean");
        assertWithin(0.1, no, "sd");
        Fit<LogNormal> ln = Mle.logNormal(new LogNormal(1, 2).sample(Randomness.seeded(4), n));
        assertWithin(1, ln, "mu");
        assertWithin(2, ln, "sigma");
        Fit<Laplace> la = Mle.laplace(new Laplace(3, 0.5).sample(Randomness.seeded(5), n));
        assertWithin(3, la, "location");
        assertWithin(0.5, la, "scale");
        Fit<Exponential> ex = Mle.exponential(new Exponential(4).sample(Randomness.seeded(6), n));
        assertWithin(4, ex, "rate");
        Fit<Poisson> po = Mle.poisson(new Poisson(12).sample(Randomness.seeded(7), n));
        assertWithin(12, po, "rate");
        Fit<Geometric> ge = Mle.geometric(new Geometric(0.05).sample(Randomness.seeded(8), n));
        assertWithin(0.05, ge, "p");
        var bi = Mle.binomial(new dev.statlearn.stats.distribution.Binomial(40, 0.8).sample(Randomness.seeded(9), n), 40);
        assertWithin(0.8, bi, "p");
        var mvn = Mle.multivariateNormal(dev.statlearn.stats.distribution.MultivariateNormal.of(new double[] {1, 2},
                new double[][] {{1, 0.6}, {0.6, 2}}).sample(Randomness.seeded(10), n));
        assertWithin(2, mvn, "mean[1]");
        assertWithin(0.6, mvn, "cov[0][1]");
        assertWithin(2, mvn, "cov[1][1]");
    }

    @Test
    void gammaNewtonHandlesExtremeShapes() {
        // shape 0.1 (s = log mean - mean log is large) and 5000 (s ~ 1e-4): 5 standard errors, n = 20000
        for (double shape : new double[] {0.1, 0.5, 1, 50, 5000}) {
            double[] x = new Gamma(shape, 2).sample(Randomness.seeded((long) (shape * 10)), 20_000);
            Fit<Gamma> f = Mle.gamma(x);
            assertWithin(shape, f, "shape");
            assertWithin(2, f, "rate");
            // the score equation holds at the estimate: log a - digamma(a) = log mean - mean log
            double sum = 0;
            double sumLog = 0;
            for (double v : x) {
                sum += v;
                sumLog += Math.log(v);
            }
            double s = Math.log(sum / x.length) - sumLog / x.length;
            double a = f.estimate("shape");
            double residual = Math.log(a) - org.apache.commons.numbers.gamma.Digamma.value(a) - s;
            assertTrue(Math.abs(residual) < 1e-12 * Math.max(1, s), "shape " + shape + " residual " + residual);
        }
    }

    private static void assertWithin(double truth, Fit<?> f, String name) {
        double est = f.estimate(name);
        double se = f.standardError(name);
        assertTrue(Math.abs(est - truth) <= 5 * se, name + ": estimate " + est + ", truth " + truth + ", se " + se);
    }

    /** Closed-form (expected) information equals the numerical observed information at the MLE. */
    @Test
    void standardErrorsMatchNumericalObservedInformation() {
        double[] x = Datasets.wine().column(9);
        checkSe(Mle.gamma(x), t -> new Gamma(t[0], t[1]), x);
        checkSe(Mle.normal(x), t -> new Normal(t[0], t[1]), x);
        checkSe(Mle.logNormal(x), t -> new LogNormal(t[0], t[1]), x);
        checkSe(Mle.exponential(x), t -> new Exponential(t[0]), x);
        double[] b = Datasets.breastCancer().column(4);
        checkSe(Mle.beta(b), t -> new Beta(t[0], t[1]), b);
    }

    private static <D extends ContinuousDistribution> void checkSe(Fit<D> closed, Function<double[], D> family, double[] x) {
        double[] start = closed.estimates().values().stream().mapToDouble(Double::doubleValue).toArray();
        Fit<D> numeric = Mle.fit(family, x, start, closed.parameterNames().toArray(new String[0]));
        for (String name : closed.parameterNames()) {
            // estimates: the generic optimizer reaches the closed-form optimum to 1e-6
            assertEquals(closed.estimate(name), numeric.estimate(name), 1e-6 * Math.abs(closed.estimate(name)),
                    closed.distribution() + " " + name);
            // standard errors: finite-difference Hessian, 1e-3 relative
            assertEquals(closed.standardError(name), numeric.standardError(name), 1e-3 * closed.standardError(name),
                    closed.distribution() + " se " + name);
        }
        assertEquals(closed.logLikelihood(), numeric.logLikelihood(), 1e-9 * Math.abs(closed.logLikelihood()));
    }

    @Test
    void genericFitFromAFarStart() {
        double[] x = Datasets.wine().column(9);
        Fit<Gamma> closed = Mle.gamma(x);
        Fit<Gamma> numeric = Mle.fit(t -> new Gamma(t[0], t[1]), x, new double[] {1, 1}, "shape", "rate");
        assertEquals(closed.estimate("shape"), numeric.estimate("shape"), 1e-6 * closed.estimate("shape"));
        assertEquals(closed.estimate("rate"), numeric.estimate("rate"), 1e-6 * closed.estimate("rate"));
        // a plain log-likelihood function: the normal, parametrized by (mean, log sd)
        double[] petal = Datasets.iris().column(2);
        Fit<double[]> f = Mle.fit(t -> new Normal(t[0], Math.exp(t[1])).logLikelihood(petal), new double[] {0, 0},
                petal.length);
        Fit<Normal> n = Mle.normal(petal);
        assertEquals(n.estimate("mean"), f.estimate("theta[0]"), 1e-6 * n.estimate("mean"));
        assertEquals(Math.log(n.estimate("sd")), f.estimate("theta[1]"), 1e-6);
        assertEquals(n.standardError("mean"), f.standardError("theta[0]"), 1e-3 * n.standardError("mean"));
        // se of log sd = se(sd)/sd = 1/sqrt(2n) (delta method)
        assertEquals(1 / Math.sqrt(2.0 * petal.length), f.standardError("theta[1]"), 1e-3 / Math.sqrt(2.0 * petal.length));
        // the two-argument form: n unknown, so no BIC
        Fit<double[]> g = Mle.fit(t -> new Normal(t[0], Math.exp(t[1])).logLikelihood(petal), new double[] {0, 0});
        assertEquals(f.estimate("theta[0]"), g.estimate("theta[0]"), 1e-9);
        assertEquals(0, g.n());
        assertTrue(Double.isNaN(g.bic()));
        assertEquals(f.aic(), g.aic(), 1e-9);
    }

    @Test
    void genericDiscreteFit() {
        int[] k = new Poisson(6.5).sample(Randomness.seeded(12), 2000);
        Fit<Poisson> closed = Mle.poisson(k);
        Fit<Poisson> numeric = Mle.fit(t -> new Poisson(t[0]), k, new double[] {1}, "rate");
        assertEquals(closed.estimate("rate"), numeric.estimate("rate"), 1e-6 * closed.estimate("rate"));
        assertEquals(closed.standardError("rate"), numeric.standardError("rate"), 1e-3 * closed.standardError("rate"));
        assertEquals(closed.logLikelihood(), numeric.logLikelihood(), 1e-9 * Math.abs(closed.logLikelihood()));
        assertInstanceOf(Poisson.class, numeric.distribution());
    }

    @Test
    void waldIntervalsAndInformationCriteria() {
        double[] petal = Datasets.iris().column(2);
        Fit<Normal> f = Mle.normal(petal);
        double se = f.distribution().sd() / Math.sqrt(150);
        Interval ci = f.confidenceIntervals(0.95).get("mean");
        // z_0.975 = 1.959963984540054 (scipy.stats.norm.ppf(0.975))
        assertEquals(3.758 - 1.959963984540054 * se, ci.lower(), 1e-12);
        assertEquals(3.758 + 1.959963984540054 * se, ci.upper(), 1e-12);
        assertEquals(2 * 2 - 2 * f.logLikelihood(), f.aic(), 1e-12);
        assertEquals(2 * Math.log(150) - 2 * f.logLikelihood(), f.bic(), 1e-12);
        Map<String, Double> ses = f.standardErrors();
        assertEquals(se, ses.get("mean"), 1e-15);
        assertEquals(f.distribution().sd() / Math.sqrt(300), ses.get("sd"), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> f.confidenceIntervals(1.0));
        assertThrows(IllegalArgumentException.class, () -> f.estimate("nope"));
    }

    @Test
    void bestPicksTheGeneratingFamily() {
        Ranking r = Mle.best(new Gamma(3, 2).sample(Randomness.seeded(1), 5000));
        assertInstanceOf(Gamma.class, r.best().distribution(), r.toString());
        assertEquals(6, r.fits().size()); // normal, Laplace, uniform, exponential, gamma, log-normal
        assertEquals(1.0, java.util.Arrays.stream(r.akaikeWeights()).sum(), 1e-12);
        for (int i = 1; i < r.fits().size(); i++) {
            assertTrue(r.fits().get(i).aic() >= r.fits().get(i - 1).aic());
        }
        assertInstanceOf(LogNormal.class, Mle.best(new LogNormal(0, 1).sample(Randomness.seeded(2), 5000)).best().distribution());
        assertInstanceOf(Laplace.class, Mle.best(new Laplace(0, 1).sample(Randomness.seeded(3), 5000)).best().distribution());
        assertInstanceOf(Normal.class, Mle.best(new Normal(0, 1).sample(Randomness.seeded(4), 5000)).best().distribution());
        Ranking beta = Mle.best(new Beta(2, 3).sample(Randomness.seeded(5), 5000));
        assertInstanceOf(Beta.class, beta.best().distribution());
        assertEquals(7, beta.fits().size());
    }

    @Test
    void degenerateDataIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Mle.normal(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Mle.normal(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Mle.normal(new double[] {2, 2, 2}));
        assertThrows(IllegalArgumentException.class, () -> Mle.normal(new double[] {2, Double.NaN}));
        assertThrows(NullPointerException.class, () -> Mle.normal(null));
        assertThrows(IllegalArgumentException.class, () -> Mle.exponential(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Mle.exponential(new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> Mle.gamma(new double[] {1, 0, 2}));
        assertThrows(IllegalArgumentException.class, () -> Mle.gamma(new double[] {3, 3}));
        assertThrows(IllegalArgumentException.class, () -> Mle.beta(new double[] {0.2, 1.0}));
        assertThrows(IllegalArgumentException.class, () -> Mle.beta(new double[] {0.5, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> Mle.logNormal(new double[] {-1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Mle.laplace(new double[] {2, 2, 2}));
        assertThrows(IllegalArgumentException.class, () -> Mle.uniform(new double[] {4}));
        assertEquals(0.0, Mle.poisson(new int[] {0, 0}).estimate("rate"));
        assertThrows(IllegalArgumentException.class, () -> Mle.poisson(new int[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> Mle.bernoulli(new int[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> Mle.binomial(new int[] {3, 6}, 5));
        assertThrows(IllegalArgumentException.class, () -> Mle.geometric(new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> Mle.categorical(new int[] {0, 3}, 3));
        assertThrows(IllegalArgumentException.class, () -> Mle.categorical(new int[0], 3));
        assertThrows(IllegalArgumentException.class, () -> Mle.multivariateNormal(new double[][] {{1, 2}, {3, 4}}));
        assertThrows(IllegalArgumentException.class, () -> Mle.best(new double[] {-1, -1, -1}));
        // constant positive data: the exponential could be fitted, but best rejects constant data
        // as documented
        assertThrows(IllegalArgumentException.class, () -> Mle.best(new double[] {1, 1, 1}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Mle.gamma(new double[] {1, -2}));
        assertTrue(e.getMessage().contains("x[1]") && e.getMessage().contains("-2"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Mle.fit(t -> Double.NEGATIVE_INFINITY, new double[] {1}, 10));
        // boundary estimates are legitimate values with standard error 0
        assertEquals(0.0, Mle.bernoulli(new int[] {0, 0, 0}).standardError("p"));
        assertEquals(1.0, Mle.geometric(new int[] {1, 1}).estimate("p"));
    }

    @Test
    void closedFormFitsOfUnrepresentableDataBlameX() {
        double tiny = Double.MIN_VALUE;
        double[][] data = {{tiny, tiny, 2 * tiny}, {1e308, -1e308, 0}, {1e300, 2e300, 4e300, 3e300},
            {tiny, 2 * tiny, tiny, 3 * tiny}, {-Double.MAX_VALUE, Double.MAX_VALUE}};
        for (double[] x : data) {
            for (Function<double[], Fit<?>> fit : List.<Function<double[], Fit<?>>>of(Mle::exponential, Mle::gamma,
                    Mle::beta, Mle::uniform, Mle::laplace)) {
                double[] before = x.clone();
                try {
                    Fit<?> f = fit.apply(x);
                    for (double e : f.estimates().values()) {
                        assertTrue(!Double.isNaN(e), () -> "NaN estimate in " + f);
                    }
                } catch (IllegalArgumentException e) {
                    assertTrue(e.getMessage().matches("(?s)x\\b.*"), () -> "message does not name x: " + e.getMessage());
                }
                assertTrue(java.util.Arrays.equals(before, x), "x not modified");
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mle.exponential(new double[] {tiny, tiny}));
        assertTrue(e.getMessage().startsWith("x is too extreme for this fit"), e.getMessage());
    }
}
