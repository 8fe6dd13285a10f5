package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * Moments at extreme-but-legal parameters, where the textbook formulas overflow to NaN or
 * infinity in an intermediate (for example \( \alpha\beta / ((\alpha+\beta)^2(\alpha+\beta+1)) \)
 * at \( \alpha = \beta = 10^{200} \)). References: {@code tools/reference/extreme_moments.py}
 * (the closed forms in mpmath at 60 digits).
 */
class ExtremeMomentsTest {

    private static void check(double expected, DoubleSupplier actual, String what) {
        double tol = Math.max(1e-13 * Math.abs(expected), 4 * Double.MIN_VALUE);
        assertEquals(expected, actual.getAsDouble(), tol, what);
    }

    @Test
    void variancesDoNotOverflowInIntermediates() {
        check(1.25e-309, () -> Beta.of(1e308, 1e308).variance(), "Beta.of(1e308, 1e308).variance()");
        check(1.25e-201, () -> Beta.of(1e200, 1e200).variance(), "Beta.of(1e200, 1e200).variance()");
        check(0.0, () -> Beta.of(1e-300, 1e300).variance(), "Beta.of(1e-300, 1e300).variance()");
        check(0.04, () -> Beta.of(2, 3).variance(), "Beta.of(2, 3).variance()");
        check(1.0000000000000002, () -> InverseGamma.of(1e200, 1e300).variance(),
                "InverseGamma.of(1e200, 1e300).variance()");
        check(2.5e-321, () -> InverseGamma.of(3, 1e-160).variance(), "InverseGamma.of(3, 1e-160).variance()");
        check(0.0, () -> InverseGamma.of(1e160, 1e-10).variance(), "InverseGamma.of(1e160, 1e-10).variance()");
        check(1.3838965267367376e-87, () -> LogNormal.of(-1000, 30).variance(), "LogNormal.of(-1000, 30).variance()");
        check(2.7263745721125665e+27, () -> LogNormal.of(400, 1e-160).variance(),
                "LogNormal.of(400, 1e-160).variance()");
        check(0.0, () -> LogNormal.of(-400, 1e-10).variance(), "LogNormal.of(-400, 1e-10).variance()");
        check(1e+20, () -> StudentT.of(1e300, 0, 1e10).variance(), "StudentT.of(1e300, 0, 1e10).variance()");
    }

    @Test
    void dirichletCovarianceAtHugeAndTinyConcentrations() {
        double[][] huge = Dirichlet.of(1e160, 3e160).covariance();
        check(4.6875e-162, () -> huge[0][0], "Dirichlet.of(1e160, 3e160).covariance()[0][0]");
        check(-4.6875e-162, () -> huge[0][1], "Dirichlet.of(1e160, 3e160).covariance()[0][1]");
        double[][] tiny = Dirichlet.of(1e-160, 3e-160).covariance();
        check(0.1875, () -> tiny[0][0], "Dirichlet.of(1e-160, 3e-160).covariance()[0][0]");
        check(-0.1875, () -> tiny[0][1], "Dirichlet.of(1e-160, 3e-160).covariance()[0][1]");
    }
}
