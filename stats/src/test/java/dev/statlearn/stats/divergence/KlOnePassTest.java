package dev.statlearn.stats.divergence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Numerics;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Divergences#kl(double[], double[])} checks both inputs and sums rel_entr in one pass over
 * blocks: its value is the exact sum of SciPy's {@code rel_entr} terms to a few ulps (compared with
 * a BigDecimal sum of {@link Numerics#relEntr} terms), and a bad input throws the same exception
 * with the same message as the separate checks ({@code Divergences.checkPair}).
 */
class KlOnePassTest {

    private static double[] probabilities(SplittableRandom rng, int n, boolean zeros) {
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = zeros && rng.nextInt(5) == 0 ? 0 : rng.nextDouble();
            total += w[i];
        }
        if (total == 0) {
            w[0] = 1;
            total = 1;
        }
        for (int i = 0; i < n; i++) {
            w[i] /= total;
        }
        return w;
    }

    @Test
    void valueIsTheSumOfRelEntrTerms() {
        qt().withFixedSeed(20261201L).withExamples(200)
                .forAll(integers().between(1, 3000), longs().all())
                .checkAssert((n, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] p = probabilities(rng, n, rng.nextBoolean());
                    double[] q = probabilities(rng, n, false);
                    BigDecimal exact = BigDecimal.ZERO;
                    double magnitude = 0;
                    for (int i = 0; i < n; i++) {
                        double t = Numerics.relEntr(p[i], q[i]);
                        exact = exact.add(new BigDecimal(t));
                        magnitude += Math.abs(t);
                    }
                    double[] pc = p.clone();
                    double[] qc = q.clone();
                    assertEquals(exact.doubleValue(), Divergences.kl(p, q), 1e-14 * magnitude + 1e-300);
                    org.junit.jupiter.api.Assertions.assertArrayEquals(pc, p);
                    org.junit.jupiter.api.Assertions.assertArrayEquals(qc, q);
                });
    }

    @Test
    void infiniteWhereQIsZeroAndPIsNot() {
        double[] p = new double[1000];
        double[] q = new double[1000];
        java.util.Arrays.fill(p, 0.001);
        java.util.Arrays.fill(q, 1.0 / 999);
        q[700] = 0;
        assertEquals(Double.POSITIVE_INFINITY, Divergences.kl(p, q));
    }

    @Test
    void badInputThrowsAsTheSeparateChecks() {
        double[] bad = {Double.NaN, -1e-300, Math.nextUp(1.0), -0.5, Double.POSITIVE_INFINITY, 2};
        qt().withFixedSeed(7L).withExamples(300)
                .forAll(integers().between(1, 1500), longs().all())
                .checkAssert((n, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] p = probabilities(rng, n, true);
                    double[] q = probabilities(rng, n, true);
                    int kind = rng.nextInt(4);
                    double[] target = rng.nextBoolean() ? p : q;
                    if (kind == 0 || kind == 1) {
                        target[rng.nextInt(n)] = bad[rng.nextInt(bad.length)];
                    }
                    if (kind == 1) {
                        (target == p ? q : p)[rng.nextInt(n)] = bad[rng.nextInt(bad.length)];
                    }
                    if (kind == 2) {
                        target[rng.nextInt(n)] *= 0.5;   // sum below 1 (or unchanged for a zero)
                    }
                    if (kind == 3) {
                        for (int i = 0; i < n; i++) {
                            target[i] *= 1.5e-9 + 1;      // sum just beyond the tolerance
                        }
                    }
                    String expected = null;
                    try {
                        Divergences.checkPair(p, q);
                    } catch (IllegalArgumentException e) {
                        expected = e.getMessage();
                    }
                    if (expected == null) {
                        Divergences.kl(p, q);   // still valid: must not throw
                    } else {
                        IllegalArgumentException e =
                                assertThrows(IllegalArgumentException.class, () -> Divergences.kl(p, q));
                        assertEquals(expected, e.getMessage());
                    }
                });
    }
}
