package dev.statlearn.stats.mle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import org.junit.jupiter.api.Test;

/**
 * The iterative gamma and beta fits against the true maximum of the likelihood, and fits on
 * extreme or degenerate data.
 *
 * <p>Reference: {@code tools/reference/mle_mpmath.py}, run with the pyenv {@code python3} (Python
 * 3.11.7, mpmath 1.3.0, scipy 1.17.1): the score equations solved by {@code mpmath.findroot} at
 * 40 digits. SciPy 1.17.1's fits are within 1.7e-12 of these (shown beside each row); with Commons
 * Math's digamma (3e-9 off below 49) ours were 2.7e-8 and 2.3e-7 away, with Commons Numbers' they
 * are within 1e-12.
 */
class MleMpmathTest {

    private static final Dataset WINE = Datasets.wine();
    private static final Dataset BC = Datasets.breastCancer();

    @Test
    void gammaAndBetaFitsAreTheTrueMaximum() {
        // {"gamma wine color", 5.017074025427738, 0.991891038405523},  scipy 5.017074025427754, 0.991891038405526
        assertFit(Mle.gamma(WINE.column(9)), "shape", 5.017074025427738, "rate", 0.991891038405523);
        // {"gamma bc area", 4.282259349009458, 0.0065389076179102786},  scipy 4.282259349009449, 0.0065389076179102655
        assertFit(Mle.gamma(BC.column(3)), "shape", 4.282259349009458, "rate", 0.0065389076179102786);
        // {"beta bc smoothness", 42.943484983019125, 402.7044715633394},  scipy 42.9434849830078, 402.7044715632318
        assertFit(Mle.beta(BC.column(4)), "alpha", 42.943484983019125, "beta", 402.7044715633394);
        // {"beta bc fractal", 79.46114837507827, 1185.8535772198393},  scipy 79.46114837521397, 1185.8535772218754
        assertFit(Mle.beta(BC.column(9)), "alpha", 79.46114837507827, "beta", 1185.8535772198393);
    }

    private static void assertFit(Fit<?> f, String n1, double v1, String n2, double v2) {
        assertEquals(v1, f.estimate(n1), 1e-12 * v1, n1);
        assertEquals(v2, f.estimate(n2), 1e-12 * v2, n2);
    }

    @Test
    void normalFitOfHugeDataIsFinite() {
        // was an error about the Normal's sd, a parameter the caller never passed
        Fit<?> f = Mle.normal(new double[] {1e200, -1e200, 0});
        assertEquals(0.0, f.estimate("mean"));
        assertEquals(Math.sqrt(2.0 / 3.0) * 1e200, f.estimate("sd"), 1e-15 * 1e200);
        assertTrue(Double.isFinite(f.logLikelihood()));
        assertEquals(Double.POSITIVE_INFINITY, f.standardError("sd"));   // sd^2 / n overflows
        // tiny data: the population variance underflows, the sd does not
        Fit<?> g = Mle.normal(new double[] {1e-200, -1e-200, 0});
        assertEquals(Math.sqrt(2.0 / 3.0) * 1e-200, g.estimate("sd"), 1e-15 * 1e-200);
        // the widest finite data still fit
        Fit<?> h = Mle.normal(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
        assertEquals(Double.MAX_VALUE, h.estimate("sd"), 1e-15 * Double.MAX_VALUE);
        // ordinary data: unchanged
        assertEquals(Math.sqrt(2.0 / 3.0), Mle.normal(new double[] {1, -1, 0}).estimate("sd"), 1e-16);
    }

    @Test
    void bestRejectsConstantDataAsDocumented() {
        // was an exponential fit
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mle.best(new double[] {1, 1, 1}));
        assertTrue(e.getMessage().contains("x must not be constant"), e.getMessage());
        assertTrue(e.getMessage().contains("1.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mle.best(new double[] {0, 0}));
    }
}
