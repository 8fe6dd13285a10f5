package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.junit.jupiter.api.Test;

/**
 * {@link Gamma}, {@link InverseGamma}, {@link Beta}, {@link StudentT}, {@link NegativeBinomial} and {@link BetaBinomial}
 * compute their normalising constants (\( \log\Gamma(\alpha) \), \( \log B(\alpha, \beta) \), \( \log n! \),
 * the log of the rate or scale) once, in the
 * constructor: the log densities are bit for bit the textbook expressions evaluated afresh
 * (the expressions the classes evaluated on every call before the constants were cached), and the
 * classes keep the value semantics they had as records.
 */
class CachedNormalizersTest {

    @Test
    void gammaLogDensityIsTheFormulaBitForBit() {
        qt().withFixedSeed(5).withExamples(300)
                .forAll(doubles().between(1e-3, 1e3), doubles().between(1e-3, 1e3), doubles().between(1e-6, 1e4))
                .checkAssert((a, b, x) -> {
                    double expected = a * Math.log(b) + (a - 1) * Math.log(x) - b * x - LogGamma.value(a);
                    assertEquals(expected, Gamma.of(a, b).logDensity(x), 0.0);
                });
    }

    @Test
    void inverseGammaLogDensityIsTheFormulaBitForBit() {
        qt().withFixedSeed(6).withExamples(300)
                .forAll(doubles().between(1e-3, 1e3), doubles().between(1e-3, 1e3), doubles().between(1e-6, 1e4))
                .checkAssert((a, s, x) -> {
                    double expected = a * Math.log(s) - LogGamma.value(a) - (a + 1) * Math.log(x) - s / x;
                    assertEquals(expected, new InverseGamma(a, s).logDensity(x), 0.0);
                });
    }

    @Test
    void betaLogDensityIsTheFormulaBitForBit() {
        qt().withFixedSeed(7).withExamples(300)
                .forAll(doubles().between(0.05, 200), doubles().between(0.05, 200), doubles().between(1e-9, 1 - 1e-9))
                .checkAssert((a, b, x) -> {
                    // (a - 1) log x + (b - 1) log(1 - x) - log B(a, b), with 0 log 0 = 0
                    double xa = a == 1 ? 0.0 : (a - 1) * Math.log(x);
                    double xb = b == 1 ? 0.0 : (b - 1) * Math.log1p(-x);
                    assertEquals(xa + xb - LogBeta.value(a, b), Beta.of(a, b).logDensity(x), 0.0);
                });
    }

    @Test
    void studentTLogDensityIsTheFormula() {
        qt().withFixedSeed(8).withExamples(300)
                .forAll(doubles().between(0.05, 1e3), doubles().between(0.01, 100), doubles().between(-1e3, 1e3))
                .checkAssert((nu, s, x) -> {
                    double t = (x - 1.5) / s;
                    double log1p = Math.log1p(t * t / nu);
                    // the former per-call expression (cached as one left-to-right prefix, so the same bits; the
                    // tolerance only covers this test standardising x its own way); log(1 + t^2/nu) is log1p here
                    double expected = LogGamma.value((nu + 1) / 2) - LogGamma.value(nu / 2) - 0.5 * Math.log(nu * Math.PI)
                            - (nu + 1) / 2 * log1p - Math.log(s);
                    assertEquals(expected, StudentT.of(nu, 1.5, s).logDensity(x),
                            1e-13 * Math.max(1, Math.abs(expected)));
                });
    }

    @Test
    void negativeBinomialLogPmfIsTheFormulaBitForBit() {
        qt().withFixedSeed(9).withExamples(300)
                .forAll(doubles().between(0.05, 100), doubles().between(0.05, 0.95), integers().between(0, 500))
                .checkAssert((r, p, k) -> {
                    double expected = LogGamma.value(k + r) - LogGamma.value(r) - LogGamma.value(k + 1.0)
                            + r * Math.log(p) + (k == 0 ? 0.0 : k * Math.log1p(-p));
                    assertEquals(expected, new NegativeBinomial(r, p).logPmf(k), 0.0);
                });
    }

    @Test
    void betaBinomialLogPmfIsTheFormulaBitForBit() {
        qt().withFixedSeed(10).withExamples(300)
                .forAll(integers().between(0, 2000), doubles().between(0.05, 200), doubles().between(0.05, 200))
                .checkAssert((n, a, b) -> {
                    BetaBinomial d = BetaBinomial.of(n, a, b);
                    for (int k : new int[] {0, n / 3, n / 2, n}) {
                        double logChoose = LogGamma.value(n + 1.0) - LogGamma.value(k + 1.0) - LogGamma.value(n - k + 1.0);
                        double expected = logChoose + LogBeta.value(k + a, n - k + b) - LogBeta.value(a, b);
                        assertEquals(expected, d.logPmf(k), 0.0);
                    }
                });
    }

    @Test
    void valueSemanticsAreThoseOfTheFormerRecords() {
        assertEquals(BetaBinomial.of(12, 2, 3), new BetaBinomial(12, 2, 3));
        assertEquals(BetaBinomial.of(12, 2, 3).hashCode(), new BetaBinomial(12, 2, 3).hashCode());
        assertNotEquals(BetaBinomial.of(12, 2, 3), BetaBinomial.of(12, 3, 2));
        assertNotEquals(BetaBinomial.of(12, 2, 3), BetaBinomial.of(11, 2, 3));
        assertEquals(12, BetaBinomial.of(12, 2, 3).trials());
        assertEquals(2.0, BetaBinomial.of(12, 2, 3).alpha());
        assertEquals(3.0, BetaBinomial.of(12, 2, 3).beta());
        assertEquals("BetaBinomial(trials=12, alpha=2, beta=3)", BetaBinomial.of(12, 2, 3).toString());
        assertEquals(StudentT.of(3, 1, 2), new StudentT(3, 1, 2));
        assertEquals(StudentT.of(3, 1, 2).hashCode(), new StudentT(3, 1, 2).hashCode());
        assertNotEquals(StudentT.of(3, 1, 2), StudentT.of(3, 2, 1));
        assertEquals(new NegativeBinomial(2.5, 0.5), new NegativeBinomial(2.5, 0.5));
        assertNotEquals(new NegativeBinomial(2.5, 0.5), new NegativeBinomial(2.5, 0.25));
        assertEquals(Gamma.of(2, 3), new Gamma(2, 3));
        assertEquals(Gamma.of(2, 3).hashCode(), new Gamma(2, 3).hashCode());
        assertNotEquals(Gamma.of(2, 3), Gamma.of(3, 2));
        assertEquals(2.0, Gamma.of(2, 3).shape());
        assertEquals(3.0, Gamma.of(2, 3).rate());
        assertEquals(new InverseGamma(1.5, 0.5), new InverseGamma(1.5, 0.5));
        assertNotEquals(new InverseGamma(1.5, 0.5), new InverseGamma(1.5, 0.25));
        assertEquals(Beta.of(0.5, 0.5), new Beta(0.5, 0.5));
        assertEquals(Beta.of(0.5, 0.5).hashCode(), new Beta(0.5, 0.5).hashCode());
        assertNotEquals(Beta.of(0.5, 2), Beta.of(2, 0.5));
    }
}
