package dev.statlearn.stats.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.statlearn.core.Numerics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HypothesesTest {

    @Test
    void coinExampleClosedForm() {
        Hypotheses prior = Hypotheses.uniform("fair", "biased");
        Hypotheses once = prior.update(0.5, 0.9);
        // evidence 0.5*0.5 + 0.5*0.9 = 0.7; posterior biased = 0.45/0.7
        assertEquals(0.7, once.evidence(), 1e-15);
        assertEquals(0.45 / 0.7, once.probability("biased"), 1e-15);
        Hypotheses twice = once.update(0.5, 0.9);
        // two heads: 0.5*0.81 / (0.5*0.25 + 0.5*0.81) = 0.81/1.06
        assertEquals(0.81 / 1.06, twice.probability("biased"), 1e-15);
        assertEquals(Math.log(0.53), twice.logMarginalLikelihood(), 1e-15);
        assertEquals("biased", twice.mostProbable());
        // the prior is unchanged (immutable)
        assertEquals(0.5, prior.probability("fair"), 0.0);
        assertEquals(1.0, prior.evidence(), 0.0);
        assertEquals(List.of("fair", "biased"), twice.names());
    }

    @Test
    void thousandUpdatesNeitherUnderflowNorDrift() {
        // 1000 observations with likelihood ratio 0.9 : 0.8 : 0.5 each; closed form in log space
        Hypotheses h = Hypotheses.of(new String[] {"a", "b", "c"}, new double[] {0.2, 0.3, 0.5});
        for (int i = 0; i < 1000; i++) {
            h = h.update(1e-3 * 0.9, 1e-3 * 0.8, 1e-3 * 0.5);   // joint likelihood 1e-3000: underflows in linear space
        }
        double[] logJoint = {Math.log(0.2) + 1000 * Math.log(0.9e-3), Math.log(0.3) + 1000 * Math.log(0.8e-3),
            Math.log(0.5) + 1000 * Math.log(0.5e-3)};
        double logZ = Numerics.logSumExp(logJoint);
        assertEquals(logZ, h.logMarginalLikelihood(), 1e-12 * Math.abs(logZ));
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = Math.exp(logJoint[i] - logZ);
        }
        assertEquals(1.0, h.probability("a"), 1e-15);
        // log-probabilities near -117 and -587 after summing 1000 terms: absolute log error of
        // order 1000 ulps of 1 gives relative probability errors of order 1e-11
        assertEquals(expected[1], h.probability("b"), 1e-10 * expected[1]);   // ~ 1e-51
        assertEquals(expected[2], h.probability("c"), 1e-10 * expected[2]);   // ~ 1e-255
        assertEquals(1.0, Numerics.sum(h.probabilities()), 2 * Math.ulp(1.0));
    }

    @Test
    void logUpdatesAndMapUpdatesAgreeWithPlainUpdates() {
        Hypotheses prior = Hypotheses.uniform("x", "y", "z");
        Hypotheses a = prior.update(0.1, 0.2, 0.3);
        Hypotheses b = prior.updateLog(Math.log(0.1), Math.log(0.2), Math.log(0.3));
        Map<String, Double> l = new LinkedHashMap<>();
        l.put("z", 0.3);
        l.put("y", 0.2);
        l.put("x", 0.1);
        Hypotheses c = prior.update(l);
        assertArrayEquals(a.probabilities(), b.probabilities(), 1e-15);
        assertArrayEquals(a.probabilities(), c.probabilities(), 1e-15);
        assertEquals(0.2, a.evidence(), 1e-15);
        assertEquals(1.0 / 6, a.asMap().get("x"), 1e-15);
        assertEquals("Hypotheses(x=0.1667, y=0.3333, z=0.5)", a.toString());
    }

    @Test
    void zeroPriorStaysZeroAndImpossibleDataIsRejected() {
        Hypotheses h = Hypotheses.of(new String[] {"a", "b"}, new double[] {1.0, 0.0});
        assertEquals(0.0, h.update(0.1, 1e300).probability("b"));
        assertThrows(IllegalArgumentException.class, () -> h.update(0.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> h.update(0.5));
        assertThrows(IllegalArgumentException.class, () -> h.update(-0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> h.update(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> h.updateLog(Double.POSITIVE_INFINITY, 1));
        assertThrows(IllegalArgumentException.class, () -> Hypotheses.uniform("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> Hypotheses.uniform());
        assertThrows(NullPointerException.class, () -> Hypotheses.uniform("a", null));
        assertThrows(IllegalArgumentException.class, () -> Hypotheses.of(new String[] {"a", "b"}, new double[] {0.5, 0.6}));
        assertThrows(IllegalArgumentException.class, () -> h.update(Map.of("a", 1.0)));
        assertThrows(IllegalArgumentException.class, () -> h.update(Map.of("a", 1.0, "b", 1.0, "c", 1.0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.probability("q"));
        assertTrue(e.getMessage().contains("'q'"));
    }

    @Test
    void posteriorsSumToOneAndChainingEqualsOneJointUpdate() {
        qt().withExamples(200)
                .forAll(lists().of(doubles().between(0.0, 10.0)).ofSize(4),
                        lists().of(doubles().between(1e-300, 10.0)).ofSize(4),
                        integers().between(1, 100))
                .checkAssert((l1, l2, reps) -> {
                    Hypotheses prior = Hypotheses.of(new String[] {"a", "b", "c", "d"},
                            new double[] {0.1, 0.2, 0.3, 0.4});
                    double[] x = l1.stream().mapToDouble(Double::doubleValue).toArray();
                    double[] y = l2.stream().mapToDouble(Double::doubleValue).toArray();
                    if (Numerics.sum(x) == 0) {
                        return;
                    }
                    Hypotheses chained = prior.update(x);
                    for (int r = 0; r < reps; r++) {
                        chained = chained.update(y);
                    }
                    double[] logJoint = new double[4];
                    for (int i = 0; i < 4; i++) {
                        logJoint[i] = Math.log(x[i]) + reps * Math.log(y[i]);
                    }
                    Hypotheses once = prior.updateLog(logJoint);
                    assertEquals(1.0, Numerics.sum(chained.probabilities()), 4 * Math.ulp(1.0));
                    double[] pc = chained.probabilities();
                    double[] po = once.probabilities();
                    for (int i = 0; i < 4; i++) {
                        assertEquals(po[i], pc[i], 1e-11 + 1e-9 * po[i]);
                    }
                    assertEquals(once.logEvidence(), chained.logMarginalLikelihood(),
                            1e-9 * (1 + Math.abs(once.logEvidence())));
                });
    }
}
