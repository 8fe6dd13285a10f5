package dev.statlearn.stats.mle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.stats.distribution.Uniform;
import org.junit.jupiter.api.Test;

/**
 * The uniform fit's covariance is that of the extreme order statistics of n uniforms on an interval
 * of width w: \( \mathrm{Var}\,X_{(1)} = \mathrm{Var}\,X_{(n)} = w^2 n / ((n+1)^2 (n+2)) \) and
 * \( \mathrm{Cov}(X_{(1)}, X_{(n)}) = w^2 / ((n+1)^2 (n+2)) \) (X_(k)/w is Beta(k, n + 1 - k));
 * the log-likelihood is \( -n \log w \). Also the small-sample messages of the uniform and beta
 * fits.
 */
class UniformFitOrderStatisticsTest {

    @Test
    void covarianceIsThatOfTheExtremeOrderStatistics() {
        // n = 5, w = 4: (n+1)^2 (n+2) = 252
        Fit<Uniform> fit = Mle.uniform(new double[] {3, -1, 0, 2, 1});
        assertEquals(-1.0, fit.estimate("lower"), 0.0);
        assertEquals(3.0, fit.estimate("upper"), 0.0);
        double[][] c = fit.covariance();
        assertEquals(80.0 / 252, c[0][0], 1e-15);
        assertEquals(80.0 / 252, c[1][1], 1e-15);
        assertEquals(16.0 / 252, c[0][1], 1e-15);
        assertEquals(16.0 / 252, c[1][0], 1e-15);
        assertEquals(Math.sqrt(80.0 / 252), fit.standardError("lower"), 1e-15);
        assertEquals(-5 * Math.log(4), fit.logLikelihood(), 1e-14);
        // n = 2, w = 0.5: (n+1)^2 (n+2) = 36
        Fit<Uniform> two = Mle.uniform(new double[] {0.25, 0.75});
        assertEquals(0.25 * 2 / 36, two.covariance()[0][0], 1e-16);
        assertEquals(0.25 / 36, two.covariance()[0][1], 1e-16);
        assertEquals(-2 * Math.log(0.5), two.logLikelihood(), 1e-15);
    }

    @Test
    void tooFewOrConstantValuesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Mle.uniform(new double[] {1}));
        assertEquals("x must have at least 2 values to estimate a uniform, had 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mle.uniform(new double[] {2, 2, 2}));
        assertEquals("x must not be constant to fit a uniform (the scale would be 0)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mle.beta(new double[] {0.5}));
        assertEquals("x must have at least 2 values to estimate beta shapes, had 1", e.getMessage());
    }
}
