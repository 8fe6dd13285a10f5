package dev.statlearn.stats.mle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The data pass of the gamma fits, {@link Mle#sumAndSumOfLogs}: blocks of 128 values in
 * \( [2^{-63}, 2^{63}] \) are multiplied in chains, any other block (out-of-range, subnormal or
 * invalid values, the last partial block) is taken value by value. Both paths against the JDK's
 * {@code Math.log} per value with compensated sums (an independent computation of the same
 * sums) and closed forms; invalid values are reported as before, the first one first.
 */
class MleGammaPassTest {

    @Test
    void sumsEqualOneLogarithmPerValueOnBothPaths() {
        qt().withExamples(300)
                .forAll(longs().all(), integers().between(1, 700), integers().between(0, 3))
                .checkAssert((seed, n, extreme) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double[] x = new double[n];
                    for (int i = 0; i < n; i++) {
                        // mostly moderate values (fast blocks); with extreme > 0 some values from
                        // from 2^-1074 (subnormals) to 2^1001 (sums stay finite): value-by-value blocks
                        int e = rng.nextInt(4 * extreme + 1) == 1 ? rng.nextInt(-1074, 1001) : rng.nextInt(-8, 9);
                        x[i] = Math.scalb(1 + rng.nextDouble(), e);
                    }
                    double[] before = x.clone();
                    double[] sums = Mle.sumAndSumOfLogs(x);
                    double[] ref = referenceSums(x);
                    double absLogs = 0;
                    for (double v : x) {
                        absLogs += Math.abs(Math.log(v));
                    }
                    // ours: at most 127 roundings of a block's product (2^-53 each, absolute in its
                    // log) and one rounding per block when adding; the reference is within 1e-16
                    // relative per value: generous bound 1e-15 n + 1e-14 sum |log x|
                    assertEquals(ref[1], sums[1], 1e-15 * n + 1e-14 * absLogs, "sum of logs");
                    // a sum of n positive values: within n 2^-53 relative
                    assertEquals(ref[0], sums[0], n * 0x1p-53 * ref[0], "sum");
                    assertTrue(Arrays.equals(before, x), "x not modified");
                });
    }

    @Test
    void powersOfTwoAtTheEdgesOfTheFastRangeGiveClosedForms() {
        // a block of 2^63 and one of 2^-63 (the fast range's ends: 16 of them multiply to 2^(+-1008)),
        // 2^64 and 2^-64 just outside it, MIN_VALUE = 2^-1074 (subnormal), partial last blocks
        for (int k : new int[] {63, -63, 64, -64, 1023, -1022, -1074, 0}) {
            for (int n : new int[] {128, 256, 300, 1}) {
                double[] x = new double[n];
                Arrays.fill(x, Math.scalb(1.0, k));
                double[] sums = Mle.sumAndSumOfLogs(x);
                double logs = (double) n * k * Math.log(2);   // closed form: n k ln 2
                assertEquals(logs, sums[1], 1e-15 * Math.abs(logs), "2^" + k + " x " + n);
                if (Math.abs(k) < 1000) {
                    assertEquals(n * Math.scalb(1.0, k), sums[0], 0.0, "2^" + k + " x " + n);
                }
            }
        }
    }

    @Test
    void theFirstInvalidValueIsReportedWhereverItIs() {
        double[] base = new double[300];
        for (int i = 0; i < base.length; i++) {
            base[i] = 1 + i % 7;
        }
        double[] bad = {-1.0, 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        // first block (fast), second block after a value outside the fast range, last partial block
        for (int at : new int[] {0, 5, 127, 128, 200, 255, 256, 299}) {
            for (double b : bad) {
                double[] x = base.clone();
                x[at] = b;
                if (at > 130) {
                    x[130] = 1e300;   // valid, forces its block value by value
                }
                if (at + 10 < x.length) {
                    x[at + 10] = Double.NaN;   // a later invalid value is not the one reported
                }
                String expected = "x[" + at + "] must be in (0, inf) to fit a gamma, was " + b;
                assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> Mle.gamma(x)).getMessage());
                assertEquals(expected, assertThrows(IllegalArgumentException.class,
                        () -> Mle.gamma(x, Fixed.of("shape", 2.0))).getMessage());
            }
        }
    }

    @Test
    void invalidValuesComeBeforeConstantData() {
        double[] negative = new double[200];
        Arrays.fill(negative, -1);
        assertEquals("x[0] must be in (0, inf) to fit a gamma, was -1.0",
                assertThrows(IllegalArgumentException.class, () -> Mle.gamma(negative)).getMessage());
        for (int n : new int[] {2, 128, 129, 1000}) {
            double[] constant = new double[n];
            Arrays.fill(constant, 3.5);
            assertEquals("x must not be constant to fit a gamma (the scale would be 0)",
                    assertThrows(IllegalArgumentException.class, () -> Mle.gamma(constant)).getMessage());
            constant[n - 1] = 4;   // one differing value: a fit
            assertTrue(Mle.gamma(constant).estimate("shape") > 0);
        }
    }

    /** {@code {sum x, sum Math.log(x)}}, each added with Neumaier's compensation. */
    private static double[] referenceSums(double[] x) {
        return new double[] {compensated(x, false), compensated(x, true)};
    }

    private static double compensated(double[] x, boolean log) {
        double sum = 0;
        double c = 0;
        for (double v : x) {
            double t = log ? Math.log(v) : v;
            double s = sum + t;
            c += Math.abs(sum) >= Math.abs(t) ? (sum - s) + t : (t - s) + sum;
            sum = s;
        }
        return sum + c;
    }
}
