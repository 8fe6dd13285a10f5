package dev.statlearn.stats.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Uniform;
import org.junit.jupiter.api.Test;

class DistributionMonteCarloTest {

    /** scipy.stats.norm.sf(4) (scipy 1.10.1). */
    private static final double NORMAL_TAIL_4 = 3.167124183311986e-05;

    @Test
    void importanceSamplingOfARareEvent() {
        Normal target = Normal.standard();
        ImportanceEstimate is = MonteCarlo.importance(x -> x > 4 ? 1 : 0, target, Normal.of(4.5, 1), 20_000,
                Randomness.seeded(4));
        assertTrue(is.standardError() < NORMAL_TAIL_4 / 50, is.toString());
        // plain sampling of the same event: se ~ sqrt(p / n) = 4e-5, larger than p itself
        Estimate plain = MonteCarlo.expectation(x -> x > 4 ? 1 : 0, target, 20_000, Randomness.seeded(4));
        assertTrue(is.standardError() < plain.standardError() / 50 || plain.standardError() == 0);
        assertTrue(is.effectiveSampleSize() >= 1 && is.effectiveSampleSize() < 20_000);
        // proposal = target: all weights 1, effective sample size n, same as a plain expectation
        ImportanceEstimate same = MonteCarlo.importance(x -> x, target, target, 1000, Randomness.seeded(5));
        assertEquals(1000, same.effectiveSampleSize(), 1e-9);
        assertEquals(MonteCarlo.expectation(x -> x, target, 1000, Randomness.seeded(5)).value(), same.value(), 1e-12);
    }

    @Test
    void importanceBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MonteCarlo.importance(
                x -> 1, Uniform.of(5, 6), Normal.of(0, 1e-3), 100, Randomness.seeded(1)));
        assertTrue(e.getMessage().contains("every importance weight was 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MonteCarlo.importance(
                x -> 1, Uniform.of(5, 6), Uniform.of(0, 1), 100, Randomness.seeded(1)));
        assertTrue(e.getMessage().contains("support"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MonteCarlo.importance(x -> 1, Normal.standard(),
                Normal.standard(), 1, Randomness.seeded(1)));
        assertThrows(NullPointerException.class, () -> MonteCarlo.importance(x -> 1, null, Normal.standard(), 10,
                Randomness.seeded(1)));
    }

    @Test
    void proposalWhoseSupportMissesPartOfTheTargetsIsRejected() {
        // E[X^2] = 1 under N(0, 1); an Exponential(1) proposal never draws x < 0 and used to return
        // the half integral, about 0.5, with a small standard error
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MonteCarlo.importance(
                x -> x * x, Normal.standard(), Exponential.of(1), 10_000, Randomness.seeded(2)));
        String m = e.getMessage();
        assertTrue(m.contains("proposal") && m.contains("target"), m);
        assertTrue(m.contains(Normal.standard().toString()) && m.contains(Exponential.of(1).toString()), m);
        assertTrue(m.contains("[0.0, Infinity]") && m.contains("[-Infinity, Infinity]"), m);
        // bounded target inside a bounded proposal: fine; one end short: rejected
        // (its value is checked against 0.375 in testkit's MonteCarloAgreementTest)
        MonteCarlo.importance(x -> x, Uniform.of(0.25, 0.5), Uniform.of(0, 1), 100, Randomness.seeded(3));
        assertThrows(IllegalArgumentException.class, () -> MonteCarlo.importance(x -> x, Uniform.of(0, 1),
                Uniform.of(0.001, 1), 10, Randomness.seeded(3)));
        assertThrows(IllegalArgumentException.class, () -> MonteCarlo.importance(x -> x, Uniform.of(0, 1),
                Uniform.of(0, 0.999), 10, Randomness.seeded(3)));
        // the documented alternative when f vanishes outside the proposal's support, P(Z > 4) by
        // integrate(f, Exponential(0.25)), is checked in testkit's MonteCarloAgreementTest
    }
}
