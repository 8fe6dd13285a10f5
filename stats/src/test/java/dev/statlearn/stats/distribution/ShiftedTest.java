package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Shifted}: every method is the base's at x - c, or the base's plus c. */
class ShiftedTest {

    private static final List<ContinuousDistribution> BASES = List.of(Exponential.of(2), LogNormal.of(0.3, 0.7),
            Gamma.of(3, 0.5), Normal.of(1, 2), Uniform.of(0, 1), Laplace.of(0, 1), StudentT.of(3, 0, 1), Beta.of(2, 5));

    @Test
    void normalShiftedIsTheNormalWithThatMean() {
        // closed form: N(0, s^2) + c = N(c, s^2)
        qt().withExamples(200).forAll(doubles().between(-1e3, 1e3), doubles().between(-50, 50)).checkAssert((c, x) -> {
            Shifted<Normal> s = Shifted.of(Normal.of(0, 1.5), c);
            Normal n = Normal.of(c, 1.5);
            assertEquals(n.logDensity(x), s.logDensity(x), 1e-12 * (1 + Math.abs(n.logDensity(x))));
            assertEquals(n.cdf(x), s.cdf(x), 1e-12);
            assertEquals(n.logSurvival(x), s.logSurvival(x), 1e-10 * (1 + Math.abs(n.logSurvival(x))));
            assertEquals(n.mean(), s.mean(), 0.0);
            assertEquals(n.inverseCdf(0.3), s.inverseCdf(0.3), 1e-12 * (1 + Math.abs(c)));
        });
    }

    @Test
    void everyMethodIsTheBaseMoved() {
        qt().withExamples(200).forAll(doubles().between(-1e6, 1e6), doubles().between(-5, 20), doubles().between(0, 1),
                longs().all()).checkAssert((c, y, p, seed) -> {
                    for (ContinuousDistribution b : BASES) {
                        ContinuousDistribution s = b.shifted(c);
                        double x = y + c;
                        double z = x - c;
                        assertEquals(b.density(z), s.density(x), 0.0);
                        assertEquals(b.logDensity(z), s.logDensity(x), 0.0);
                        assertEquals(b.cdf(z), s.cdf(x), 0.0);
                        assertEquals(b.survival(z), s.survival(x), 0.0);
                        assertEquals(b.logCdf(z), s.logCdf(x), 0.0);
                        assertEquals(b.logSurvival(z), s.logSurvival(x), 0.0);
                        assertEquals(b.inverseCdf(p) + c, s.inverseCdf(p), 0.0);
                        assertEquals(b.inverseSurvival(p) + c, s.inverseSurvival(p), 0.0);
                        assertEquals(b.mean() + c, s.mean(), 0.0);
                        assertEquals(b.variance(), s.variance(), 0.0);
                        assertEquals(b.entropy(), s.entropy(), 0.0);
                        assertEquals(b.skewness(), s.skewness(), 0.0);
                        assertEquals(b.excessKurtosis(), s.excessKurtosis(), 0.0);
                        assertEquals(b.supportLowerBound() + c, s.supportLowerBound(), 0.0);
                        assertEquals(b.supportUpperBound() + c, s.supportUpperBound(), 0.0);
                        assertEquals(b.parameterCount() + 1, s.parameterCount());
                        assertEquals(b.sample(Randomness.seeded(seed)) + c, s.sample(Randomness.seeded(seed)), 0.0);
                        // the quantile inverts the CDF at the shifted point
                        if (p > 0.01 && p < 0.99) {
                            assertEquals(p, s.cdf(s.inverseCdf(p)), 1e-8 + 1e-12 * Math.abs(c));
                        }
                    }
                });
    }

    @Test
    void shiftingAgainAddsLocations() {
        Shifted<Exponential> s = Shifted.of(Exponential.of(1), 2).shifted(3);
        assertEquals(Exponential.of(1), s.base());
        assertEquals(5.0, s.location());
        assertEquals(5.0, s.supportLowerBound());
        assertEquals("Exponential(rate=1) shifted by 5", s.toString());
    }

    @Test
    void badInputRejected() {
        assertThrows(NullPointerException.class, () -> Shifted.of(null, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shifted.of(Exponential.of(1), Double.NaN));
        assertTrue(e.getMessage().startsWith("location") && e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Exponential.of(1).shifted(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Shifted.of(Exponential.of(1), 1e308).shifted(1e308));
        Shifted<Exponential> s = Shifted.of(Exponential.of(1), 1);
        assertThrows(IllegalArgumentException.class, () -> s.density(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> s.cdf(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> s.inverseCdf(1.5));
        assertThrows(IllegalArgumentException.class, () -> s.inverseSurvival(-0.5));
        assertThrows(NullPointerException.class, () -> s.sample(null));
        // infinite arguments stay legal
        assertEquals(1.0, s.cdf(Double.POSITIVE_INFINITY));
        assertEquals(0.0, s.density(Double.NEGATIVE_INFINITY));
    }
}
