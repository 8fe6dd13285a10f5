package dev.statlearn.stats.descriptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.statlearn.core.data.Datasets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Central moments of any order, biased skewness and kurtosis, NaN policy and autocorrelation. */
class MomentsExtraTest {

    // Output of tools/reference/moments_extra.py (numpy 1.24.2, scipy 1.10.1): exact central moments
    // of orders 0..8 (fractions.Fraction, rounded once; scipy.stats.moment(x, moment=k) agrees to
    // 1e-14 on IRIS0 and SMALL), biased skewness and excess kurtosis (scipy.stats.skew/kurtosis(x,
    // bias=True), checked exactly) and lag 0..5 autocorrelations, exact.
    private static final double[] IRIS0_MOMENTS = {1.0, 0.0, 0.6811222222222223, 0.17524607407407417, 1.125688510740741,
        0.828056039700412, 2.7451048081862903, 3.2378583332701694, 8.184351015275492};
    private static final double[] IRIS0_G1G2 = {0.3117530585022975, -0.5735679489249761};
    private static final double[] IRIS0_ACF = {1.0, 0.5920665785767497, 0.6348044349466838, 0.5202952643513156,
        0.5553138339233182, 0.5516185162830405};
    private static final double[] SMALL = {2, 8, 0, 4, 1, 9, 9, 0};
    private static final double[] SMALL_MOMENTS = {1.0, 0.0, 13.859375, 13.67578125, 256.237548828125, 456.3189697265625,
        5138.495128631592, 12530.320120811462, 108251.64946132898};
    private static final double[] SMALL_G1G2 = {0.2650554122698573, -1.6660010752838508};
    private static final double[] SMALL_ACF = {1.0, -0.31468432919954903, -0.13331454340473506, -0.177423900789177,
        0.05355129650507328, 0.23041149943630215};
    // 1e9 + k 2^-20, k = ((31 i^2 + 7) mod 101) - 50, i = 0..299: scipy.stats.moment loses up to 20%
    // here (moment 3: 1.8446e-15 against the exact 1.5849e-15); the exact values are the reference
    private static final double[] HUGE_MEAN_MOMENTS = {1.0, 0.0, 8.380900200993185e-10, 1.5848761748070376e-15,
        1.1508073923693225e-18, 2.996684717765997e-24, 1.8483040752455217e-27, 5.023359066102136e-33,
        3.214869126762453e-36};
    private static final double[] HUGE_MEAN_G1G2 = {0.06532197890531807, -1.361594848988004};
    private static final double[] HUGE_MEAN_ACF = {1.0, 0.11750097793538623, -0.09276090879010426, 0.03199697771995407,
        0.009092217724339081, 0.044103579660511476};

    private static double[] iris0() {
        double[][] f = Datasets.iris().features();
        double[] x = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            x[i] = f[i][0];
        }
        return x;
    }

    private static double[] hugeMean() {
        double[] x = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e9 + ((((31L * i * i + 7) % 101) - 50) * 0x1p-20);
        }
        return x;
    }

    private static void assertRel(double expected, double actual, double rel, String what) {
        assertTrue(actual == expected || Math.abs(actual - expected) <= rel * Math.abs(expected),
                what + ": expected " + expected + " but was " + actual);
    }

    private static void check(String name, double[] x, double[] moments, double[] g1g2, double[] acf, double rel) {
        for (int k = 0; k < moments.length; k++) {
            assertRel(moments[k], Moments.centralMoment(x, k), rel, name + " moment " + k);
        }
        Moments m = Moments.of(x);
        assertRel(g1g2[0], m.populationSkewness(), rel, name + " g1");
        assertRel(g1g2[1], m.populationKurtosis(), rel, name + " g2");
        for (int k = 0; k < acf.length; k++) {
            assertRel(acf[k], Moments.autocorrelation(x, k), rel, name + " acf " + k);
        }
    }

    @Test
    void matchesExactReferenceValues() {
        check("IRIS0", iris0(), IRIS0_MOMENTS, IRIS0_G1G2, IRIS0_ACF, 1e-13);
        check("SMALL", SMALL, SMALL_MOMENTS, SMALL_G1G2, SMALL_ACF, 1e-14);
        // the deviations from the corrected mean are exact to rounding, so even here the moments
        // keep nearly full precision (scipy's one-pass-mean version loses up to 20%)
        check("HUGE_MEAN", hugeMean(), HUGE_MEAN_MOMENTS, HUGE_MEAN_G1G2, HUGE_MEAN_ACF, 1e-13);
    }

    @Test
    void nanPolicies() {
        double[] x = {2, Double.NaN, 8, 0, 4, Double.NaN, 1, 9, 9, 0};
        // scipy 1.10.1, nan_policy='omit': mean 4.125, var(ddof=1) 15.839285714285714,
        // skew(bias=False) 0.3305821804079746, kurtosis(bias=False) -2.098602258096087, moment(moment=3) 13.67578125
        Moments omit = Moments.of(NanPolicy.OMIT, x);
        assertEquals(8, omit.count());
        assertEquals(2, omit.nanCount());
        assertEquals(NanPolicy.OMIT, omit.nanPolicy());
        assertRel(4.125, omit.mean(), 1e-15, "omit mean");
        assertRel(15.839285714285714, omit.variance(), 1e-14, "omit variance");
        assertRel(0.3305821804079746, omit.skewness(), 1e-14, "omit skewness");
        assertRel(-2.098602258096087, omit.kurtosis(), 1e-14, "omit kurtosis");
        assertRel(13.67578125, Moments.centralMoment(x, 3, NanPolicy.OMIT), 1e-14, "omit moment 3");
        // propagate: every moment NaN, counts kept
        Moments prop = Moments.of(NanPolicy.PROPAGATE, x);
        assertEquals(8, prop.count());
        assertEquals(2, prop.nanCount());
        for (double v : new double[] {prop.mean(), prop.sum(), prop.variance(), prop.populationVariance(),
            prop.standardDeviation(), prop.populationStandardDeviation(), prop.standardError(), prop.skewness(),
            prop.kurtosis(), prop.populationSkewness(), prop.populationKurtosis(), prop.min(), prop.max(),
            Moments.centralMoment(x, 2, NanPolicy.PROPAGATE)}) {
            assertTrue(Double.isNaN(v));
        }
        assertTrue(prop.toString().contains("nan=2"), prop.toString());
        // raise: the index of the first NaN
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Moments.of(x));
        assertEquals("x[1] must be finite, was NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Moments.centralMoment(x, 2));
        assertEquals("x[1] must be finite, was NaN", e.getMessage());
        // infinity is never covered by the policy
        e = assertThrows(IllegalArgumentException.class,
                () -> Moments.of(NanPolicy.OMIT, 1, Double.POSITIVE_INFINITY));
        assertEquals("x[1] must be finite, was Infinity", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Moments.create(NanPolicy.PROPAGATE).accept(Double.NEGATIVE_INFINITY));
        assertEquals("x must be finite, was -Infinity", e.getMessage());
    }

    @Test
    void combineAppliesThisAccumulatorsPolicy() {
        Moments withNaN = Moments.of(NanPolicy.PROPAGATE, 1, Double.NaN, 3);
        Moments omit = Moments.of(NanPolicy.OMIT, 5, 7).combine(withNaN);
        assertEquals(4, omit.count());
        assertEquals(1, omit.nanCount());
        assertEquals(4.0, omit.mean(), 1e-15);
        assertTrue(Double.isNaN(Moments.of(NanPolicy.PROPAGATE, 5.0).combine(withNaN).mean()));
        assertTrue(Double.isNaN(Moments.of(NanPolicy.PROPAGATE, 5.0).combine(withNaN.copy()).copy().mean()));
        Moments raise = Moments.of(5, 7);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> raise.combine(withNaN));
        assertEquals("other must hold no NaN when this accumulator's nanPolicy is RAISE, held 1", e.getMessage());
        assertEquals(2, raise.count(), "a rejected combine leaves this accumulator unchanged");
        assertEquals(6.0, raise.mean());
    }

    @Test
    void omittingNaNEqualsTheMomentsOfTheRest() {
        qt().withExamples(300)
                .forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(0, 700),
                        lists().of(integers().between(0, 700)).ofSizeBetween(0, 40))
                .checkAssert((values, nanAt) -> {
                    double[] clean = values.stream().mapToDouble(Double::doubleValue).toArray();
                    double[] withNaN = Arrays.copyOf(clean, clean.length + nanAt.size());
                    // insert NaN at the given positions (clamped), keeping the clean values in order
                    double[] dirty = new double[withNaN.length];
                    boolean[] isNaN = new boolean[dirty.length];
                    for (int p : nanAt) {
                        int q = Math.min(p, dirty.length - 1);
                        while (isNaN[q]) {
                            q = (q + 1) % dirty.length;
                        }
                        isNaN[q] = true;
                    }
                    for (int i = 0, j = 0; i < dirty.length; i++) {
                        dirty[i] = isNaN[i] ? Double.NaN : clean[j++];
                    }
                    Moments a = Moments.of(clean);
                    Moments b = Moments.of(NanPolicy.OMIT, dirty);
                    assertEquals(a.count(), b.count());
                    assertEquals(nanAt.size(), b.nanCount());
                    if (a.count() == 0) {
                        assertTrue(Double.isNaN(b.mean()));
                        return;
                    }
                    double scale = Math.max(1, Math.abs(a.mean()));
                    assertEquals(a.mean(), b.mean(), 1e-12 * scale);
                    if (a.count() > 1) {
                        assertEquals(a.variance(), b.variance(), 1e-10 * a.variance() + 1e-300);
                    }
                    for (int k = 2; k <= 4; k++) {
                        double mk = Moments.centralMoment(clean, k);
                        assertEquals(mk, Moments.centralMoment(dirty, k, NanPolicy.OMIT), 1e-9 * Math.abs(mk) + 1e-300);
                    }
                });
    }

    @Test
    void centralMomentsAreShiftInvariantAndScaleEquivariant() {
        qt().withExamples(300)
                .forAll(lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(2, 200),
                        doubles().between(-1e4, 1e4), integers().between(-40, 40), integers().between(2, 9))
                .checkAssert((values, shift, scaleExp, k) -> {
                    double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
                    double s = Math.scalb(1.0, scaleExp);
                    double[] y = Arrays.stream(x).map(v -> v * s).toArray(); // exact
                    double[] z = Arrays.stream(x).map(v -> v + shift).toArray();
                    double mk = Moments.centralMoment(x, k);
                    assertEquals(Math.scalb(mk, k * scaleExp), Moments.centralMoment(y, k),
                            1e-12 * Math.abs(Math.scalb(mk, k * scaleExp)) + Double.MIN_VALUE);
                    // shifting rounds each value to the shifted data's ulp: allow that much
                    double spread = Arrays.stream(x).map(Math::abs).max().orElse(0) + Math.abs(shift);
                    double perturbation = Math.ulp(spread) * Math.pow(2 * spread + 1, k - 1) * k * 4;
                    assertEquals(mk, Moments.centralMoment(z, k), 1e-10 * Math.abs(mk) + perturbation);
                    // the accumulator's population quantities agree with the static moments
                    Moments m = Moments.of(x);
                    double m2 = Moments.centralMoment(x, 2);
                    assertEquals(m.populationVariance(), m2, 1e-12 * m2);
                    if (m2 > 0) {
                        double g1 = Moments.centralMoment(x, 3) / Math.pow(m2, 1.5);
                        double g2 = Moments.centralMoment(x, 4) / (m2 * m2) - 3;
                        assertEquals(g1, m.populationSkewness(), 1e-9 * (1 + Math.abs(g1)));
                        assertEquals(g2, m.populationKurtosis(), 1e-9 * (1 + Math.abs(g2)));
                        // G1 = g1 sqrt(n(n-1))/(n-2) for n >= 3
                        long n = m.count();
                        if (n >= 3) {
                            assertEquals(m.skewness(), m.populationSkewness() * Math.sqrt(n * (n - 1.0)) / (n - 2),
                                    1e-12 * (1 + Math.abs(m.skewness())));
                        }
                    }
                });
    }

    @Test
    void autocorrelationIsBoundedAndOneAtLagZero() {
        qt().withExamples(300)
                .forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(2, 300), integers().between(0, 320))
                .checkAssert((values, lag) -> {
                    double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
                    double r = Moments.autocorrelation(x, lag);
                    if (Moments.of(x).populationVariance() == 0) {
                        assertTrue(Double.isNaN(r));
                        return;
                    }
                    assertTrue(Math.abs(r) <= 1 + 1e-12, "r=" + r);
                    if (lag == 0) {
                        assertEquals(1.0, r, 1e-15);
                    }
                    if (lag >= x.length) {
                        assertEquals(0.0, r);
                    }
                    // invariant under a positive affine map (exact power-of-two scale)
                    double[] y = Arrays.stream(x).map(v -> v * 0x1p-30).toArray();
                    assertEquals(r, Moments.autocorrelation(y, lag), 1e-12);
                });
    }

    @Test
    void extremeMagnitudesNeitherOverflowNorUnderflow() {
        double[] huge = {1e308, -1e308, 0};
        // m2 = 2e616/3 overflows as it should, but m2 of the scaled-down data is exact
        assertEquals(Double.POSITIVE_INFINITY, Moments.centralMoment(huge, 2));
        assertEquals(0.0, Moments.centralMoment(huge, 3), 0.0);
        assertEquals(-0.5, Moments.autocorrelation(huge, 1), 1e-15); // d = (1, -1, 0) e308: -1/2
        double[] tiny = {1e-300, -1e-300, 0};
        assertEquals(2.0 / 3 * 1e-300, Moments.centralMoment(new double[] {1e-150, -1e-150, 0}, 2), 1e-314);
        assertEquals(-0.5, Moments.autocorrelation(tiny, 1), 1e-15);
        double[] sub = {Double.MIN_VALUE, 3 * Double.MIN_VALUE, 2 * Double.MIN_VALUE};
        assertEquals(-0.5, Moments.autocorrelation(sub, 1), 1e-15);
        // order up to MAX_ORDER on data in [-1, 1]: m_k of {-1, 1} is 1 for even k, 0 for odd
        assertEquals(1.0, Moments.centralMoment(new double[] {-1, 1}, Moments.MAX_ORDER));
        assertEquals(0.0, Moments.centralMoment(new double[] {-1, 1}, Moments.MAX_ORDER - 1));
        // constant data
        assertEquals(0.0, Moments.centralMoment(new double[] {5, 5, 5}, 4));
        assertTrue(Double.isNaN(Moments.of(5, 5, 5).populationSkewness()));
        assertTrue(Double.isNaN(Moments.of(5, 5, 5).populationKurtosis()));
        assertTrue(Double.isNaN(Moments.autocorrelation(new double[] {5, 5, 5}, 1)));
        // two points: g1 = 0, g2 = -2
        assertEquals(0.0, Moments.of(1, 3).populationSkewness());
        assertEquals(-2.0, Moments.of(1, 3).populationKurtosis(), 1e-15);
        // empty
        assertTrue(Double.isNaN(Moments.centralMoment(new double[0], 2)));
        assertTrue(Double.isNaN(Moments.autocorrelation(new double[0], 0)));
        assertTrue(Double.isNaN(Moments.create().populationSkewness()));
        assertEquals(1.0, Moments.centralMoment(new double[] {7}, 0));
        assertEquals(0.0, Moments.centralMoment(new double[] {7}, 1));
    }

    @Test
    void badInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Moments.centralMoment(SMALL, -1));
        assertEquals("order must be in [0, 1000], was -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Moments.centralMoment(SMALL, 1001));
        assertEquals("order must be in [0, 1000], was 1001", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Moments.autocorrelation(SMALL, -2));
        assertEquals("lag must be >= 0, was -2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Moments.autocorrelation(new double[] {1, Double.NaN}, 1));
        assertEquals("x[1] must be finite, was NaN", e.getMessage());
        NullPointerException n = assertThrows(NullPointerException.class, () -> Moments.centralMoment(null, 2));
        assertEquals("x", n.getMessage());
        n = assertThrows(NullPointerException.class, () -> Moments.centralMoment(SMALL, 2, null));
        assertEquals("nanPolicy", n.getMessage());
        n = assertThrows(NullPointerException.class, () -> Moments.create(null));
        assertEquals("nanPolicy", n.getMessage());
        n = assertThrows(NullPointerException.class, () -> Moments.of((NanPolicy) null, 1, 2));
        assertEquals("nanPolicy", n.getMessage());
        double[] x = {3, 1, Double.NaN, 2};
        double[] before = x.clone();
        Moments.centralMoment(x, 3, NanPolicy.OMIT);
        Moments.of(NanPolicy.PROPAGATE, x);
        assertTrue(Arrays.equals(before, x), "inputs are not modified");
        assertEquals(List.of(NanPolicy.PROPAGATE, NanPolicy.OMIT, NanPolicy.RAISE), List.of(NanPolicy.values()));
    }
}
