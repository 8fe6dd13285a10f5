package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The {@link ContinuousDistribution} contract: a NaN argument of {@code density}, {@code logDensity},
 * {@code cdf}, {@code survival}, {@code logCdf} and {@code logSurvival} throws
 * {@link IllegalArgumentException} naming {@code x}, for every family (InverseGamma and StudentT
 * returned NaN until 2026-12-01).
 */
class NanArgumentContractTest {

    private static final List<ContinuousDistribution> FAMILIES = List.of(
            Normal.of(0, 1), Gamma.of(2, 1), InverseGamma.of(2, 1), StudentT.of(3, 0, 1), Beta.of(2, 3),
            Exponential.of(1), Laplace.of(0, 1), LogNormal.of(0, 1), Uniform.of(0, 1),
            Shifted.of(Exponential.of(2), 1.5));

    @Test
    void everyFamilyRejectsANanArgument() {
        for (ContinuousDistribution d : FAMILIES) {
            List<DoubleUnaryOperator> calls = List.of(d::density, d::logDensity, d::cdf, d::survival,
                    d::logCdf, d::logSurvival);
            for (DoubleUnaryOperator call : calls) {
                IllegalArgumentException e =
                        assertThrows(IllegalArgumentException.class, () -> call.applyAsDouble(Double.NaN), d::toString);
                assertTrue(e.getMessage().contains("x"), e.getMessage());
            }
        }
    }
}
