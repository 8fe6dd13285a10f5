package dev.statlearn.stats.descriptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Datasets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MomentsTest {

    private static final double REL = 1e-10;

    /**
     * Output of {@code tools/reference/descriptive.py} (numpy 1.24.2, scipy 1.10.1):
     * {np.mean(x), np.var(x, ddof=1), np.var(x), scipy.stats.skew(x, bias=False),
     * scipy.stats.kurtosis(x, fisher=True, bias=False)} for the four iris columns.
     */
    private static final double[][] IRIS = {
        {5.843333333333334, 0.6856935123042507, 0.6811222222222223, 0.3149109566369729, -0.5520640413156395},
        {3.0573333333333337, 0.189979418344519, 0.1887128888888889, 0.3189656647135998, 0.2282490424681929},
        {3.7580000000000005, 3.116277852348993, 3.0955026666666665, -0.2748841797510128, -1.4021034155217516},
        {1.1993333333333336, 0.5810062639821029, 0.5771328888888888, -0.1029667476489812, -1.3406039966126455},
    };

    private static void assertRel(double expected, double actual, double rel, String what) {
        assertTrue(Math.abs(actual - expected) <= rel * Math.abs(expected),
                what + ": expected " + expected + " but was " + actual);
    }

    private static void assertMoments(double[] expected, Moments m, double rel, String what) {
        assertRel(expected[0], m.mean(), rel, what + " mean");
        assertRel(expected[1], m.variance(), rel, what + " variance");
        assertRel(expected[2], m.populationVariance(), rel, what + " populationVariance");
        assertRel(expected[3], m.skewness(), rel, what + " skewness");
        assertRel(expected[4], m.kurtosis(), rel, what + " kurtosis");
    }

    @Test
    void irisColumnsMatchScipy() {
        double[][] x = Datasets.iris().features();
        for (int j = 0; j < 4; j++) {
            double[] col = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                col[i] = x[i][j];
            }
            assertMoments(IRIS[j], Moments.of(col), REL, "iris column " + j);
            Moments streamed = Moments.create();
            for (double v : col) {
                streamed.accept(v);
            }
            assertMoments(IRIS[j], streamed, REL, "iris column " + j + " (accept)");
        }
    }

    @Test
    void smallSampleMatchesScipy() {
        // descriptive.py "small": x = [2, 8, 0, 4, 1, 9, 9, 0]
        Moments m = Moments.of(2, 8, 0, 4, 1, 9, 9, 0);
        assertMoments(new double[] {4.125, 15.839285714285714, 13.859375, 0.3305821804079746, -2.098602258096087},
                m, REL, "small");
        assertEquals(0.0, m.min());
        assertEquals(9.0, m.max());
        assertEquals(8, m.count());
        assertEquals(33.0, m.sum(), 1e-12);
    }

    @Test
    void skewedSampleMatchesScipy() {
        // descriptive.py "skewed": x_i = -log((i + 0.5) / 1000), i = 0..999
        double[] x = new double[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = -Math.log((i + 0.5) / 1000);
        }
        assertMoments(new double[] {0.9996534680763843, 0.9953860929464154, 0.9943907068534691,
            1.9515483565180798, 5.368210344893939}, Moments.of(x), REL, "skewed");
    }

    @Test
    void hugeMeanTinySpread() {
        // descriptive.py "huge mean": x_i = 1e9 + k_i 2^-20, k_i = ((31 i^2 + 7) mod 101) - 50;
        // reference in exact rational arithmetic (numpy's two-pass var is itself off by 2e-8 here)
        double[] x = new double[10_000];
        for (int i = 0; i < x.length; i++) {
            long k = ((31L * i * i + 7) % 101) - 50;
            x[i] = 1e9 + k * 0x1p-20;
        }
        double[] exact = {999999999.999999, 8.350765710929408e-10, 8.349930634358316e-10,
            0.06766344392927295, -1.359296156572497};
        // mean: the data are stored to 1.2e-7 absolute, so the relative tolerance is ~1e-16;
        // the central moments are relative to a spread of 3e-5: 1e-9 relative
        assertMoments(exact, Moments.of(x), 1e-9, "huge mean");
        Moments streamed = Moments.create();
        for (double v : x) {
            streamed.accept(v);
        }
        assertMoments(exact, streamed, 1e-9, "huge mean (accept)");
    }

    @Test
    void edgeCases() {
        Moments empty = Moments.create();
        assertEquals(0, empty.count());
        assertTrue(Double.isNaN(empty.mean()));
        assertTrue(Double.isNaN(empty.variance()));
        assertTrue(Double.isNaN(empty.min()));
        Moments one = Moments.of(3.5);
        assertEquals(3.5, one.mean());
        assertTrue(Double.isNaN(one.variance()));
        assertEquals(0.0, one.populationVariance());
        assertTrue(Double.isNaN(Moments.of(1, 2).skewness()));
        assertTrue(Double.isNaN(Moments.of(1, 2, 4).kurtosis()));
        Moments constant = Moments.of(7, 7, 7, 7, 7);
        assertEquals(0.0, constant.variance());
        assertTrue(Double.isNaN(constant.skewness()));
        assertTrue(Double.isNaN(constant.kurtosis()));
        assertThrows(IllegalArgumentException.class, () -> Moments.of(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Moments.create().accept(Double.POSITIVE_INFINITY));
        double[] big = new double[1000];
        big[700] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> Moments.of(big));
        assertThrows(NullPointerException.class, () -> Moments.of((double[]) null));
        Moments m = Moments.of(1, 2);
        assertThrows(IllegalArgumentException.class, () -> m.combine(m));
    }

    private static double[] toArray(List<Double> values) {
        double[] x = new double[values.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = values.get(i);
        }
        return x;
    }

    /** Two-pass reference in long double style: exact mean by compensated sum, then central sums. */
    private static double[] twoPass(double[] x) {
        double mean = dev.statlearn.core.Numerics.mean(x);
        double m2 = 0;
        double m3 = 0;
        for (double v : x) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
        }
        return new double[] {mean, m2, m3};
    }

    @Test
    void combineEqualsOnePass() {
        qt().withExamples(200)
                .forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(4, 700),
                        integers().between(0, 700), longs().all())
                .checkAssert((values, cutRaw, seed) -> {
                    double[] x = toArray(values);
                    int cut = cutRaw % (x.length + 1);
                    Moments whole = Moments.of(x);
                    Moments a = Moments.of(java.util.Arrays.copyOfRange(x, 0, cut));
                    Moments b = Moments.create();
                    for (int i = cut; i < x.length; i++) {
                        b.accept(x[i]);
                    }
                    Moments merged = a.combine(b);
                    assertEquals(whole.count(), merged.count());
                    // the mean's rounding error is relative to the data's magnitude, not to the mean
                    // (which can be near 0 by cancellation)
                    double scale = Math.max(1, Math.max(Math.abs(whole.min()), Math.abs(whole.max())));
                    assertEquals(whole.mean(), merged.mean(), 1e-12 * scale);
                    assertEquals(whole.variance(), merged.variance(), 1e-10 * Math.max(whole.variance(), 1e-300));
                    if (whole.variance() > 1e-6) {
                        assertEquals(whole.skewness(), merged.skewness(), 1e-8 * Math.max(1, Math.abs(whole.skewness())));
                        assertEquals(whole.kurtosis(), merged.kurtosis(), 1e-8 * Math.max(1, Math.abs(whole.kurtosis())));
                    }
                    assertEquals(whole.min(), merged.min());
                    assertEquals(whole.max(), merged.max());
                    // and the one pass agrees with a plain two-pass computation
                    double[] ref = twoPass(x);
                    assertEquals(ref[0], whole.mean(), 1e-12 * scale);
                    assertEquals(ref[1] / (x.length - 1), whole.variance(), 1e-9 * Math.max(whole.variance(), 1e-300));
                });
    }

    @Test
    void varianceIgnoresOrderAndShift() {
        qt().withExamples(200)
                .forAll(lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(2, 600), longs().all(),
                        doubles().between(-1e6, 1e6))
                .checkAssert((values, seed, shift) -> {
                    double[] x = toArray(values);
                    double[] y = x.clone();
                    SplittableRandom rng = new SplittableRandom(seed);
                    for (int i = y.length - 1; i > 0; i--) {
                        int j = rng.nextInt(i + 1);
                        double t = y[i];
                        y[i] = y[j];
                        y[j] = t;
                    }
                    double v = Moments.of(x).variance();
                    assertEquals(v, Moments.of(y).variance(), 1e-10 * Math.max(v, 1e-300));
                    double[] z = x.clone();
                    for (int i = 0; i < z.length; i++) {
                        z[i] += shift;
                    }
                    // shifting by up to 1e6 loses up to ulp(1e6) ~ 1e-10 per value: absolute tolerance
                    assertEquals(v, Moments.of(z).variance(), 1e-9 * Math.max(v, 1) + 1e-8);
                });
    }

    @Test
    void parallelStreamCollector() {
        double[] x = new dev.statlearn.stats.distribution.Normal(3, 2).sample(Randomness.seeded(8), 50_000);
        Moments seq = Moments.of(x);
        Moments par = java.util.stream.DoubleStream.of(x).parallel()
                .collect(Moments::create, Moments::accept, Moments::combine);
        assertEquals(seq.count(), par.count());
        assertEquals(seq.mean(), par.mean(), 1e-13);
        assertEquals(seq.variance(), par.variance(), 1e-12);
        assertEquals(seq.kurtosis(), par.kurtosis(), 1e-10);
    }

    @Test
    void manyPartsCombineLikeOnePass() {
        double[] x = new dev.statlearn.stats.distribution.Gamma(2, 1).sample(Randomness.seeded(3), 100_003);
        Moments whole = Moments.of(x);
        Moments merged = Moments.create();
        for (int from = 0; from < x.length; from += 977) {
            merged.combine(Moments.of(java.util.Arrays.copyOfRange(x, from, Math.min(x.length, from + 977))));
        }
        assertEquals(whole.variance(), merged.variance(), 1e-12 * whole.variance());
        assertEquals(whole.skewness(), merged.skewness(), 1e-10);
        assertEquals(whole.kurtosis(), merged.kurtosis(), 1e-10);
    }

    // ---------------------------------------------------------------- scale safety

    @Test
    void extremeButFiniteDataGiveNumbersNotNaN() {
        Moments huge = Moments.of(1e308, -1e308);
        assertEquals(0.0, huge.mean());
        assertEquals(Double.POSITIVE_INFINITY, huge.variance()); // 2e616 overflows, honestly
        assertEquals(Math.sqrt(2) * 1e308, huge.standardDeviation(), 1e-15 * 1e308 * Math.sqrt(2));
        assertEquals(1e308, huge.standardError(), 1e-15 * 1e308);

        // scipy.stats.skew / kurtosis are scale-free: the tiny data have those of (1, 0, -1, 3, 2, 7)
        Moments tiny = Moments.of(1e-200, 0, -1e-200, 3e-200, 2e-200, 7e-200);
        Moments unit = Moments.of(1, 0, -1, 3, 2, 7);
        assertEquals(unit.skewness(), tiny.skewness(), 1e-13);
        assertEquals(unit.kurtosis(), tiny.kurtosis(), 1e-13);
        assertEquals(unit.standardDeviation() * 1e-200, tiny.standardDeviation(), 1e-13 * 1e-200);
        assertEquals(2e-200, tiny.mean(), 1e-15 * 2e-200);
        assertEquals(0.0, tiny.variance()); // 1e-399 underflows
        assertTrue(Double.isFinite(Moments.of(Double.MIN_VALUE, 0, 3 * Double.MIN_VALUE).skewness()));
        // a spread of 1e300 then one of 1e-300: the first dominates
        Moments mixed = Moments.of(1e300, -1e300, 1e-300, -1e-300);
        assertEquals(0.0, mixed.skewness(), 1e-15);
        assertEquals(Math.sqrt(2.0 / 3.0) * 1e300, mixed.standardDeviation(), 1e-15 * 1e300);
    }

    @Test
    void scalingTheDataByAPowerOfTwoScalesEveryResultExactly() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(-1_000_000, 1_000_000)).ofSizeBetween(1, 600),
                        integers().between(-900, 900))
                .checkAssert((ints, k) -> {
                    double[] x = ints.stream().mapToDouble(i -> i / 1000.0).toArray();
                    double[] scaled = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        scaled[i] = Math.scalb(x[i], k);
                    }
                    Moments a = Moments.of(x);
                    Moments b = Moments.of(scaled);
                    assertEquals(Math.scalb(a.mean(), k), b.mean());
                    assertEquals(Math.scalb(a.variance(), 2 * k), b.variance());
                    assertEquals(Math.scalb(a.standardDeviation(), k), b.standardDeviation());
                    assertEquals(a.skewness(), b.skewness());
                    assertEquals(a.kurtosis(), b.kurtosis());
                    assertEquals(Math.scalb(a.max(), k), b.max());
                });
    }

    @Test
    void combiningPartsOnDifferentScalesMatchesOnePass() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] all = new double[1000];
        for (int i = 0; i < all.length; i++) {
            all[i] = i < 300 ? 1e-200 * rng.nextGaussian() : i < 700 ? rng.nextGaussian() : 1e200 * rng.nextGaussian();
        }
        Moments whole = Moments.of(all);
        Moments a = Moments.of(java.util.Arrays.copyOfRange(all, 0, 300));
        Moments b = Moments.of(java.util.Arrays.copyOfRange(all, 300, 700));
        Moments c = Moments.of(java.util.Arrays.copyOfRange(all, 700, 1000));
        Moments merged = a.copy().combine(b).combine(c);
        Moments reversed = c.copy().combine(b).combine(a);
        for (Moments m : List.of(merged, reversed)) {
            assertEquals(1000, m.count());
            assertEquals(whole.standardDeviation(), m.standardDeviation(), 1e-13 * whole.standardDeviation());
            assertEquals(whole.skewness(), m.skewness(), 1e-12);
            assertEquals(whole.kurtosis(), m.kurtosis(), 1e-12);
            assertEquals(whole.mean(), m.mean(), 1e-13 * whole.standardDeviation());
        }
        // the tiny part alone keeps its own moments
        assertTrue(a.standardDeviation() > 0.5e-200 && a.standardDeviation() < 2e-200, "" + a.standardDeviation());
    }
}
