package dev.statlearn.stats.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.statlearn.core.Interval;
import dev.statlearn.core.Numerics;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

class GridPosteriorTest {

    @Test
    void coinBiasMatchesTheBetaPosterior() {
        // 7 heads, 3 tails, uniform prior: posterior Beta(8, 4), mean 2/3, mode 0.7,
        // variance 8*4/(12^2*13), evidence B(8, 4) = 1/1320
        GridPosterior post = GridPosterior.uniform(0, 1, 2001)
                .update(p -> 7 * Math.log(p) + 3 * Math.log1p(-p));
        assertEquals(2.0 / 3, post.mean(), 1e-9);
        assertEquals(32.0 / (144 * 13), post.variance(), 1e-8);
        assertEquals(0.7, post.map(), 1e-12);
        // Riemann sum with 2001 points (mass 1/2001 each) of an integrand vanishing at both ends
        assertEquals(Math.log(1.0 / 1320) + Math.log(2000.0 / 2001), post.logEvidence(), 1e-8);
        // median of Beta(8,4) is about 0.676; the grid quantile is within one spacing
        double median = post.quantile(0.5);
        assertEquals(0.5, Beta.regularizedBeta(median, 8, 4), 0.002);
        Interval ci = post.credibleInterval(0.95);
        assertEquals(0.95, Beta.regularizedBeta(ci.upper(), 8, 4) - Beta.regularizedBeta(ci.lower(), 8, 4), 0.003);
        assertEquals(0.5, post.cdf(median), 0.002);
        assertEquals(1.0, Numerics.sum(post.densities()) * 0.0005, 1e-12);
    }

    @Test
    void sequentialUpdatesEqualOneUpdate() {
        GridPosterior prior = GridPosterior.of(-5, 5, 501, t -> Math.exp(-t * t / 2));
        double[] data = {0.3, -1.2, 2.5, 0.7};
        GridPosterior seq = prior;
        for (double x : data) {
            seq = seq.update(mu -> -0.5 * (x - mu) * (x - mu));
        }
        GridPosterior all = prior.update(mu -> {
            double s = 0;
            for (double x : data) {
                s -= 0.5 * (x - mu) * (x - mu);
            }
            return s;
        });
        assertEquals(all.mean(), seq.mean(), 1e-13);
        assertEquals(all.logEvidence(), seq.logEvidence(), 1e-12);
        // conjugate answer: prior N(0,1), unit noise, n = 4: posterior N(sum/5, 1/5)
        assertEquals(2.3 / 5, seq.mean(), 1e-9);
        assertEquals(0.2, seq.variance(), 1e-9);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> GridPosterior.uniform(1, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> GridPosterior.uniform(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> GridPosterior.uniform(0, Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> GridPosterior.of(0, 1, 10, t -> -1));
        assertThrows(IllegalArgumentException.class, () -> GridPosterior.of(0, 1, 10, t -> 0));
        GridPosterior g = GridPosterior.uniform(0, 1, 11);
        assertThrows(IllegalArgumentException.class, () -> g.update(t -> Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> g.update(t -> Double.NEGATIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> g.credibleInterval(1.0));
        assertThrows(NullPointerException.class, () -> g.update(null));
    }

    @Test
    void probabilitiesSumToOne() {
        // at least 3 points: the 2-point grid {0, 1} has likelihood 0 at both points once there is a
        // head and a tail, which GridPosterior rightly rejects (this made the test fail at random)
        qt().withExamples(150)
                .forAll(integers().between(3, 500), integers().between(0, 50), integers().between(0, 50))
                .checkAssert((points, heads, tails) -> {
                    GridPosterior post = GridPosterior.uniform(0, 1, points)
                            .update(p -> Numerics.xLogY(heads, p) + Numerics.xLogY(tails, 1 - p));
                    assertEquals(1.0, Numerics.sum(post.probabilities()), 1e-14);
                    double m = post.mean();
                    assertTrue(m >= 0 && m <= 1);
                    Interval ci = post.credibleInterval(0.9);
                    assertTrue(ci.lower() <= ci.upper());
                });
    }
}
