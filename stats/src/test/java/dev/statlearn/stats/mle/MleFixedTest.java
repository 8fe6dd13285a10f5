package dev.statlearn.stats.mle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.LogNormal;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Fits with one parameter held fixed ({@link Fixed}, SciPy's floc/fscale/f0/f1). */
class MleFixedTest {

    // tools/reference/mle_fixed.py (scipy 1.10.1, numpy 1.24.2): name, fixed value, the two
    // estimates in statlearn's parametrization, sum(logpdf) of the fitted scipy distribution.
    // petal = iris column 2, proline = wine column 12, unit = (petal - 0.5) / 7.
    private static final Object[][] SCIPY = {
        // stats.norm.fit(petal, floc=4.0)
        {"normal mean", 4.0, 4.0, 1.7759692189524756, -298.9927268930329},
        // stats.norm.fit(petal, fscale=2.0)
        {"normal sd", 2.0, 3.7580000000000005, 2.0, -299.8535320646927},
        // stats.gamma.fit(proline, f0=3.0, floc=0)
        {"gamma shape", 3.0, 3.0, 0.0040166382092111895, -1278.835952088092},
        // stats.gamma.fit(proline, floc=0, fscale=1/0.01); shape by mpmath below
        {"gamma rate", 0.01, 7.349994556801595, 0.01, -1262.6389988550188},
        // stats.beta.fit(unit, f0=2.0, floc=0, fscale=1)
        {"beta alpha", 2.0, 2.0, 2.2480056522428824, 9.14990199607586},
        // stats.beta.fit(unit, f1=1.5, floc=0, fscale=1)
        {"beta beta", 1.5, 1.3319568502860626, 1.5, 11.001537319220201},
        // stats.lognorm.fit(proline, floc=0, fscale=exp(6.5))
        {"lognormal mu", 6.5, 6.5, 0.4150468224449864, -1258.4381686451334},
        // stats.lognorm.fit(proline, f0=0.5, floc=0)
        {"lognormal sigma", 0.5, 6.530302758681358, 0.5, -1263.5837881351636},
        // stats.laplace.fit(petal, floc=4.0)
        {"laplace location", 4.0, 4.0, 1.5113333333333334, -315.920916596576},
        // stats.laplace.fit(petal, fscale=1.5)
        {"laplace scale", 1.5, 4.35, 1.5, -313.6585099668831},
    };
    // same script, mpmath 1.2.1 (mp.dps = 30, findroot on the score equation)
    private static final double GAMMA_RATE_SHAPE = 7.3499945568015816176;
    private static final double BETA_ALPHA2_B = 2.2480056522429385087;
    private static final double BETA_BETA15_A = 1.3319568502860803195;

    private static double[] petal() {
        return Datasets.iris().column(2);
    }

    private static double[] proline() {
        return Datasets.wine().column(12);
    }

    private static double[] unit() {
        return Arrays.stream(petal()).map(v -> (v - 0.5) / 7.0).toArray();
    }

    private static Fit<?> fit(String name, double fixed) {
        return switch (name) {
            case "normal mean" -> Mle.normal(petal(), Fixed.of("mean", fixed));
            case "normal sd" -> Mle.normal(petal(), Fixed.of("sd", fixed));
            case "gamma shape" -> Mle.gamma(proline(), Fixed.of("shape", fixed));
            case "gamma rate" -> Mle.gamma(proline(), Fixed.of("rate", fixed));
            case "beta alpha" -> Mle.beta(unit(), Fixed.of("alpha", fixed));
            case "beta beta" -> Mle.beta(unit(), Fixed.of("beta", fixed));
            case "lognormal mu" -> Mle.logNormal(proline(), Fixed.of("mu", fixed));
            case "lognormal sigma" -> Mle.logNormal(proline(), Fixed.of("sigma", fixed));
            case "laplace location" -> Mle.laplace(petal(), Fixed.of("location", fixed));
            case "laplace scale" -> Mle.laplace(petal(), Fixed.of("scale", fixed));
            default -> throw new AssertionError(name);
        };
    }

    private static void assertRel(double expected, double actual, double rel, String what) {
        assertTrue(Math.abs(actual - expected) <= rel * Math.abs(expected),
                what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void matchesScipy() {
        for (Object[] row : SCIPY) {
            String name = (String) row[0];
            double fixedValue = (double) row[1];
            Fit<?> f = fit(name, fixedValue);
            double[] est = f.estimates().values().stream().mapToDouble(Double::doubleValue).toArray();
            // closed forms to rounding; the gamma and beta profiles to SciPy's optimizer (checked
            // tightly against mpmath below)
            double rel = name.startsWith("gamma rate") || name.startsWith("beta") ? 1e-11 : 1e-14;
            assertRel((double) row[2], est[0], rel, name + " first estimate");
            assertRel((double) row[3], est[1], rel, name + " second estimate");
            assertRel((double) row[4], f.logLikelihood(), 1e-12, name + " log-likelihood");
            assertEquals(1, f.parameterCount(), name);
            int fixedIndex = est[0] == fixedValue ? 0 : 1;
            String fixedName = f.parameterNames().get(fixedIndex);
            assertEquals(0.0, f.standardError(fixedName), name + ": a fixed parameter has standard error 0");
            assertTrue(f.standardError(f.parameterNames().get(1 - fixedIndex)) > 0, name);
            assertEquals(2 - 2 * f.logLikelihood(), f.aic(), 1e-9, name + " AIC counts the free parameter only");
        }
        assertRel(GAMMA_RATE_SHAPE, Mle.gamma(proline(), Fixed.of("rate", 0.01)).estimate("shape"), 1e-14, "gamma shape");
        assertRel(BETA_ALPHA2_B, Mle.beta(unit(), Fixed.of("alpha", 2)).estimate("beta"), 1e-13, "beta b");
        assertRel(BETA_BETA15_A, Mle.beta(unit(), Fixed.of("beta", 1.5)).estimate("alpha"), 1e-13, "beta a");
    }

    @Test
    void standardErrorsAreTheFreeParametersOwnInformation() {
        double[] x = proline();
        int n = x.length;
        Fit<Gamma> shapeFixed = Mle.gamma(x, Fixed.of("shape", 3));
        double rate = shapeFixed.estimate("rate");
        assertRel(rate / Math.sqrt(n * 3.0), shapeFixed.standardError("rate"), 1e-15, "rate se");
        Fit<Gamma> rateFixed = Mle.gamma(x, Fixed.of("rate", 0.01));
        double a = rateFixed.estimate("shape");
        assertRel(1 / Math.sqrt(n * Trigamma.value(a)), rateFixed.standardError("shape"), 1e-15, "shape se");
        // normal: the information is diagonal, so the free parameter's error is that of the full fit
        Fit<?> full = Mle.normal(petal());
        Fit<?> sdFixed = Mle.normal(petal(), Fixed.of("sd", full.estimate("sd")));
        assertRel(full.standardError("mean"), sdFixed.standardError("mean"), 1e-15, "normal mean se");
        Fit<LogNormal> ln = Mle.logNormal(proline(), Fixed.of("sigma", 0.5));
        assertRel(0.5 / Math.sqrt(n), ln.standardError("mu"), 1e-15, "lognormal mu se");
        Fit<Beta> b = Mle.beta(unit(), Fixed.of("alpha", 2));
        double bb = b.estimate("beta");
        assertRel(1 / Math.sqrt(petal().length * (Trigamma.value(bb) - Trigamma.value(2 + bb))),
                b.standardError("beta"), 1e-15, "beta se");
    }

    /**
     * Fixing a parameter at its unrestricted MLE returns the unrestricted MLE of the other, and
     * fixing it elsewhere never gives a larger log-likelihood: seeded samples from each family.
     */
    @Test
    void fixingAtTheMleGivesTheMleAndElsewhereLessLikelihood() {
        List<String[]> families = List.of(new String[] {"normal", "mean", "sd"},
                new String[] {"gamma", "shape", "rate"}, new String[] {"beta", "alpha", "beta"},
                new String[] {"logNormal", "mu", "sigma"}, new String[] {"laplace", "location", "scale"});
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(5, 300), integers().between(0, 4), integers().between(0, 1))
                .checkAssert((seed, n, family, which) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    String[] f = families.get(family);
                    Function<double[], Fit<?>> full;
                    BiFunction<double[], Fixed, Fit<?>> fixed;
                    double[] x = new double[n];
                    switch (f[0]) {
                        case "normal" -> {
                            Arrays.setAll(x, i -> 3 + 2 * rng.nextGaussian());
                            full = Mle::normal;
                            fixed = Mle::normal;
                        }
                        case "gamma" -> {
                            Arrays.setAll(x, i -> Gamma.of(2.5, 0.5).sample(rng));
                            full = Mle::gamma;
                            fixed = Mle::gamma;
                        }
                        case "beta" -> {
                            Arrays.setAll(x, i -> Beta.of(2, 5).sample(rng));
                            full = Mle::beta;
                            fixed = Mle::beta;
                        }
                        case "logNormal" -> {
                            Arrays.setAll(x, i -> Math.exp(1 + 0.7 * rng.nextGaussian()));
                            full = Mle::logNormal;
                            fixed = Mle::logNormal;
                        }
                        default -> {
                            Arrays.setAll(x, i -> rng.nextGaussian() + (rng.nextBoolean() ? 1 : -1) * rng.nextExponential());
                            full = Mle::laplace;
                            fixed = Mle::laplace;
                        }
                    }
                    Fit<?> mle = full.apply(x);
                    String held = f[1 + which];
                    String free = f[2 - which];
                    Fit<?> atMle = fixed.apply(x, Fixed.of(held, mle.estimate(held)));
                    // the 2-D beta fit stops when its log-likelihood no longer increases in double
                    // precision; on flat likelihoods (n = 5, shapes near 7) the two solvers then
                    // differ by up to ~1e-8 relative (which is nearer the root is not settled here)
                    double tol = f[0].equals("beta") ? 1e-7 : 1e-9;
                    assertEquals(mle.estimate(free), atMle.estimate(free), tol * Math.abs(mle.estimate(free)),
                            f[0] + " " + held + " fixed at the MLE");
                    assertEquals(mle.logLikelihood(), atMle.logLikelihood(), 1e-9 * (1 + Math.abs(mle.logLikelihood())));
                    Fit<?> elsewhere = fixed.apply(x, Fixed.of(held, mle.estimate(held) * 1.3 + (held.equals("mean")
                            || held.equals("mu") || held.equals("location") ? 0.1 : 0)));
                    assertTrue(elsewhere.logLikelihood() <= mle.logLikelihood() + 1e-9 * (1 + Math.abs(mle.logLikelihood())),
                            f[0] + ": restricted " + elsewhere.logLikelihood() + " > unrestricted " + mle.logLikelihood());
                });
    }

    @Test
    void badInput() {
        double[] x = {1, 2, 3};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mle.normal(x, Fixed.of("loc", 0)));
        assertEquals("fixed.parameter must be mean or sd to fit a normal, was \"loc\"", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mle.gamma(x, Fixed.of("shape", -1)));
        assertEquals("fixed.value must be > 0 for shape of a gamma, was -1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mle.normal(x, Fixed.of("sd", 0)));
        assertEquals("fixed.value must be > 0 for sd of a normal, was 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mle.normal(new double[] {2, 2}, Fixed.of("mean", 2)));
        assertTrue(e.getMessage().startsWith("x must not equal the fixed mean everywhere"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mle.beta(new double[] {0.5, 1.0}, Fixed.of("alpha", 2)));
        assertEquals("x[1] must be in (0, 1) to fit a beta, was 1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mle.laplace(new double[0], Fixed.of("scale", 1)));
        assertTrue(e.getMessage().startsWith("x must have at least 1 value"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Fixed.of("mean", Double.NaN));
        assertEquals("value must be finite, was NaN", e.getMessage());
        assertEquals("parameter", assertThrows(NullPointerException.class, () -> Fixed.of(null, 1)).getMessage());
        assertEquals("fixed", assertThrows(NullPointerException.class, () -> Mle.normal(x, null)).getMessage());
        // one observation is enough when only a location or a shape-given scale is free
        assertEquals(2.0, Mle.normal(new double[] {2}, Fixed.of("sd", 1)).estimate("mean"));
        assertEquals(1.0, Mle.normal(new double[] {2}, Fixed.of("mean", 1)).estimate("sd"));
        // constant data are fine when the scale is fixed
        assertEquals(2.0, Mle.laplace(new double[] {2, 2, 2}, Fixed.of("scale", 1)).estimate("location"));
    }
}
