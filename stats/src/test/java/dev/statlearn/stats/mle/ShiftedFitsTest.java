package dev.statlearn.stats.mle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.LogNormal;
import dev.statlearn.stats.distribution.Shifted;
import org.junit.jupiter.api.Test;

/** Location-scale fits: {@link Mle#shiftedExponential} and {@link Mle#shiftedLogNormal}. */
class ShiftedFitsTest {

    // tools/reference/location_scale_fits.py (scipy 1.10.1): j, then for wine column j
    // stats.expon.fit(x) loc, 1/scale, and sum(stats.expon.logpdf(x, loc, scale))
    private static final double[][] EXPON = {
        {1, 0.74, 0.6264297026218546, -261.2539317062861},
        {12, 278.0, 0.0021326815475120713, -1272.7667764455468},
    };

    // same script, mpmath 1.2.1 (dps 40): j, the local MLE location, mu, sigma (root of the profile
    // score bracketed by a scan), sum(stats.lognorm.logpdf(x, sigma, loc, exp(mu))), and the standard
    // errors from the Fisher information integrated numerically (scipy.integrate.quad), inverted.
    // stats.lognorm.fit(x) as (s, loc, scale): column 1 (0.5897973608140283, 0.4622262516261111,
    // 1.5813324534677018), 7 (0.2809534808248785, -0.08251578645977531, 0.4273472126485848), 8
    // (0.16471164040232028, -1.8499222506852613, 3.3944593672602563), 9 (0.4637383000151749,
    // 0.0428899671889612, 4.5155111340702145); column 12 (5.285269482704834, 277.99999999999955,
    // 0.6586246475655018) and 4 (3.804590904129517, 69.99999941730513, 1.1587488436134243) are the
    // degenerate boundary, not a maximum.
    private static final double[][] LOGNORM = {
        {1, 0.46222172179837965555, 0.45827219456074915933, 0.58982474247114558302, -240.1719992916441,
            0.12731096439432799, 0.10551260928731972, 0.06457824927680351},
        {7, -0.082591992605225123412, -0.84997625300273191032, 0.28091581355771620303, 124.73135869814101,
            0.08794719557076555, 0.21507458553832232, 0.06194351709864537},
        {8, -1.8498702531327898711, 1.2221291650603027253, 0.16471372389468851968, -149.07880557186814,
            1.2366944438414138, 0.36951521706576684, 0.061453466442052726},
        {9, 0.042875559569761836814, 1.5075228247274728404, 0.46373647850545949205, -384.1280113341373,
            0.5097119764428039, 0.13041121383978485, 0.0632586852479679},
        {12, 133.72047899431740149, 6.2855072067984995662, 0.52574287013827305947, -1256.9474831269222,
            51.09356995036434, 0.11618796688512963, 0.06386378532206376},
        {4, 55.730614677160869877, 3.7353339308343239699, 0.31256575275668360028, -710.4571032840931,
            7.643831262655667, 0.192981188980547, 0.06212268244220691},
    };
    // SciPy's (s, loc, scale) where its optimizer found the interior maximum (columns 1, 7, 8, 9)
    private static final double[][] SCIPY_LOGNORM = {
        {1, 0.5897973608140283, 0.4622262516261111, 1.5813324534677018},
        {7, 0.2809534808248785, -0.08251578645977531, 0.4273472126485848},
        {8, 0.16471164040232028, -1.8499222506852613, 3.3944593672602563},
        {9, 0.4637383000151749, 0.0428899671889612, 4.5155111340702145},
    };

    private static double[] wine(int j) {
        return Datasets.wine().column((int) j);
    }

    @Test
    void shiftedExponentialAgreesWithScipyExponFit() {
        for (double[] r : EXPON) {
            Fit<Shifted<Exponential>> f = Mle.shiftedExponential(wine((int) r[0]));
            assertEquals(r[1], f.estimate("location"), 0.0);
            assertEquals(r[2], f.estimate("rate"), 1e-14 * r[2]);
            assertEquals(r[3], f.logLikelihood(), 1e-12 * Math.abs(r[3]));
            assertEquals(r[3], f.distribution().logLikelihood(wine((int) r[0])), 1e-12 * Math.abs(r[3]));
            int n = wine((int) r[0]).length;
            assertEquals(1 / (n * r[2]), f.standardError("location"), 1e-14 / (n * r[2]));
            assertEquals(r[2] / Math.sqrt(n), f.standardError("rate"), 1e-14 * r[2]);
            assertEquals(2, f.parameterCount());
        }
    }

    @Test
    void shiftedExponentialProperties() {
        // equivariance: fitting x + c moves the location by c and keeps the rate; scaling by a
        // divides the rate by a. Exactness of the location (it is a data value).
        qt().withExamples(100).forAll(longs().all(), integers().between(2, 300), doubles().between(-1e3, 1e3),
                doubles().between(0.01, 100)).checkAssert((seed, n, c, rate) -> {
                    double[] x = Shifted.of(Exponential.of(rate), c).sample(Randomness.seeded(seed), n);
                    double[] copy = x.clone();
                    Fit<Shifted<Exponential>> f = Mle.shiftedExponential(x);
                    assertArrayEquals(copy, x);
                    double min = java.util.Arrays.stream(x).min().getAsDouble();
                    assertEquals(min, f.estimate("location"), 0.0);
                    assertTrue(f.estimate("location") >= c);
                    double sum = 0;
                    for (double v : x) {
                        sum += v - min;
                    }
                    assertEquals(n / sum, f.estimate("rate"), 1e-9 * n / sum);
                    assertEquals(n * Math.log(n / sum) - n, f.logLikelihood(), 1e-9 * (1 + Math.abs(f.logLikelihood())));
                    double[] scaled = new double[n];
                    for (int i = 0; i < n; i++) {
                        scaled[i] = 4 * x[i];
                    }
                    assertEquals(f.estimate("rate") / 4, Mle.shiftedExponential(scaled).estimate("rate"),
                            1e-12 * f.estimate("rate"));
                    // the likelihood at the estimate beats nearby parameters (within the support)
                    Shifted<Exponential> other = Shifted.of(Exponential.of(f.estimate("rate") * 1.01), min - 1e-3);
                    assertTrue(other.logLikelihood(x) <= f.logLikelihood() + 1e-9);
                });
    }

    @Test
    void shiftedLogNormalAgreesWithMpmathLocalMaximum() {
        for (double[] r : LOGNORM) {
            double[] x = wine((int) r[0]);
            Fit<Shifted<LogNormal>> f = Mle.shiftedLogNormal(x);
            String at = "column " + (int) r[0];
            assertEquals(r[1], f.estimate("location"), 1e-9 * Math.max(1, Math.abs(r[1])) + 1e-7 * r[5], at);
            assertEquals(r[2], f.estimate("mu"), 1e-9 * Math.abs(r[2]) + 1e-7 * r[6], at);
            assertEquals(r[3], f.estimate("sigma"), 1e-9 * r[3] + 1e-7 * r[7], at);
            assertEquals(r[4], f.logLikelihood(), 1e-10 * Math.abs(r[4]), at);
            assertEquals(r[4], f.distribution().logLikelihood(x), 1e-10 * Math.abs(r[4]), at);
            // standard errors: closed-form Fisher information vs numerical integration
            assertEquals(r[5], f.standardError("location"), 1e-6 * r[5], at);
            assertEquals(r[6], f.standardError("mu"), 1e-6 * r[6], at);
            assertEquals(r[7], f.standardError("sigma"), 1e-6 * r[7], at);
            assertEquals(3, f.parameterCount());
            assertEquals(LogNormal.of(f.estimate("mu"), f.estimate("sigma")), f.distribution().base());
        }
        // SciPy's optimizer, where it finds the same maximum, to its tolerance
        for (double[] r : SCIPY_LOGNORM) {
            Fit<Shifted<LogNormal>> f = Mle.shiftedLogNormal(wine((int) r[0]));
            assertEquals(r[1], f.estimate("sigma"), 1e-3 * r[1]);
            assertEquals(r[2], f.estimate("location"), 1e-3 * Math.max(1, Math.abs(r[2])));
            assertEquals(r[3], Math.exp(f.estimate("mu")), 1e-3 * r[3]);
        }
    }

    @Test
    void shiftedLogNormalIsALocalMaximumAndEquivariant() {
        qt().withExamples(30).forAll(longs().all(), integers().between(200, 500), doubles().between(-100, 100))
                .checkAssert((seed, n, c) -> {
                    double[] x = Shifted.of(LogNormal.of(1, 0.5), c).sample(Randomness.seeded(seed), n);
                    Fit<Shifted<LogNormal>> f;
                    try {
                        f = Mle.shiftedLogNormal(x);
                    } catch (IllegalArgumentException noInteriorMaximum) {
                        return;   // possible for an unlucky sample; documented
                    }
                    double loc = f.estimate("location");
                    double mu = f.estimate("mu");
                    double s = f.estimate("sigma");
                    double ll = f.logLikelihood();
                    for (double[] d : new double[][] {{1e-3, 0, 0}, {-1e-3, 0, 0}, {0, 1e-3, 0}, {0, -1e-3, 0},
                        {0, 0, 1e-3}, {0, 0, -1e-3}}) {
                        double l2 = Shifted.of(LogNormal.of(mu + d[1], s + d[2]), loc + d[0] * f.standardError("location"))
                                .logLikelihood(x);
                        assertTrue(l2 <= ll + 1e-9 * Math.abs(ll), "perturbation raised the likelihood: " + l2 + " > " + ll);
                    }
                    double[] moved = new double[n];
                    for (int i = 0; i < n; i++) {
                        moved[i] = x[i] + 10;
                    }
                    Fit<Shifted<LogNormal>> g = Mle.shiftedLogNormal(moved);
                    assertEquals(loc + 10, g.estimate("location"), 1e-6 * (1 + Math.abs(loc)));
                    assertEquals(mu, g.estimate("mu"), 1e-6);
                    assertEquals(s, g.estimate("sigma"), 1e-6);
                });
    }

    @Test
    void badInputRejected() {
        assertThrows(NullPointerException.class, () -> Mle.shiftedExponential(null));
        assertThrows(NullPointerException.class, () -> Mle.shiftedLogNormal(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mle.shiftedExponential(new double[] {1}));
        assertTrue(e.getMessage().startsWith("x must have at least 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mle.shiftedExponential(new double[] {3, 3, 3}));
        assertThrows(IllegalArgumentException.class, () -> Mle.shiftedExponential(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Mle.shiftedLogNormal(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Mle.shiftedLogNormal(new double[] {2, 2, 2}));
        assertThrows(IllegalArgumentException.class, () -> Mle.shiftedLogNormal(new double[] {1, 2, Double.POSITIVE_INFINITY}));
        // left-skewed data: no interior maximum
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Mle.shiftedLogNormal(new double[] {0, 9, 9.5, 10, 10, 10}));
        assertTrue(none.getMessage().startsWith("x has no interior local maximum"), none.getMessage());
        // extreme but legal data
        Fit<Shifted<Exponential>> huge = Mle.shiftedExponential(new double[] {-1e308, 1e308, 0});
        assertEquals(-1e308, huge.estimate("location"));
        assertEquals(1e-308, huge.estimate("rate"), 1e-322);   // scale = mean - min = 1e308
    }
}
