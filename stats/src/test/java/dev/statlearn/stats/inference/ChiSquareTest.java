package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.Poisson;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ChiSquareTest {

    @Test
    void scipyDocstringExamples() {
        // scipy 1.10.1 docstring of scipy.stats.chisquare: chisquare([16, 18, 16, 14, 12, 12])
        TestResult r = ChiSquare.goodnessOfFit(new long[] {16, 18, 16, 14, 12, 12});
        assertEquals(2.0, r.statistic(), 1e-15);
        assertEquals(0.84914503608460956, r.pValue(), 1e-15);
        // chisquare([16, 18, 16, 14, 12, 12], ddof=1)
        double[] uniform = {1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0};
        assertEquals(0.73575888234288467,
                ChiSquare.goodnessOfFit(new long[] {16, 18, 16, 14, 12, 12}, uniform, 1).pValue(), 1e-15);
        // chisquare([16, 18, 16, 14, 12, 12], f_exp=[16, 16, 16, 16, 16, 8]): statistic 3.5, p 0.62338762774958223
        TestResult e = ChiSquare.goodnessOfFit(new int[] {16, 18, 16, 14, 12, 12},
                new double[] {16 / 88.0, 16 / 88.0, 16 / 88.0, 16 / 88.0, 16 / 88.0, 8 / 88.0});
        assertEquals(3.5, e.statistic(), 1e-14);
        assertEquals(0.62338762774958223, e.pValue(), 1e-14);
    }

    @Test
    void rejectsBadInput() {
        double[] p = {0.5, 0.5};
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.goodnessOfFit(new long[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.goodnessOfFit(new long[] {1, -1}, p));
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.goodnessOfFit(new long[] {0, 0}, p));
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.goodnessOfFit(new long[] {1, 2, 3}, p));
        assertThrows(IllegalArgumentException.class,
                () -> ChiSquare.goodnessOfFit(new long[] {1, 2}, new double[] {0.6, 0.6}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChiSquare.goodnessOfFit(new long[] {1, 2}, new double[] {1.0, 0.0}));
        assertTrue(e.getMessage().contains("expectedProbabilities[1] must be > 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.goodnessOfFit(new long[] {1, 2}, p, 1));
        assertThrows(NullPointerException.class, () -> ChiSquare.goodnessOfFit((long[]) null, p));
    }

    @Test
    void perfectFitHasStatisticZeroAndPValueOne() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(2, 20), integers().between(1, 50))
                .checkAssert((List<Integer> counts, Integer scale) -> {
                    long total = counts.stream().mapToLong(Integer::longValue).sum();
                    if (total == 0 || counts.contains(0)) {
                        return;
                    }
                    long[] o = counts.stream().mapToLong(c -> (long) c * scale).toArray();
                    double[] p = counts.stream().mapToDouble(c -> (double) c / total).toArray();
                    TestResult r = ChiSquare.goodnessOfFit(o, p);
                    assertEquals(0.0, r.statistic(), 1e-9 * scale * total);
                    assertTrue(r.pValue() > 1 - 1e-6);
                });
    }

    @Test
    void discreteSamplersAgainstTheirDistribution() {
        // 50 Poisson(3.5) samples of 500: more than 3 rejections at 1% has probability 0.0016
        int rejections = 0;
        Poisson poisson = Poisson.of(3.5);
        for (int seed = 0; seed < 50; seed++) {
            if (ChiSquare.goodnessOfFit(poisson.sample(Randomness.seeded(seed), 500), poisson).rejectsAt(0.01)) {
                rejections++;
            }
        }
        assertTrue(rejections <= 3, "rejections " + rejections);
        RandomGenerator rng = Randomness.seeded(99);
        int[] wrong = Poisson.of(3.8).sample(rng, 3000);
        assertTrue(ChiSquare.goodnessOfFit(wrong, poisson).pValue() < 1e-4);
        // a value outside the support: p-value 0
        TestResult outside = ChiSquare.goodnessOfFit(new int[] {0, 1, 2, 11}, Binomial.of(10, 0.5));
        assertEquals(0.0, outside.pValue());
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.goodnessOfFit(new int[] {1, 2}, poisson));
    }

    @Test
    void discreteBinningByHand() {
        // Binomial(4, 1/2), n = 48: expected counts 3, 12, 18, 12, 3 -> bins {0,1}, {2}, {3,4}
        int[] draws = new int[48];
        int i = 0;
        int[] counts = {5, 10, 20, 9, 4};
        for (int v = 0; v < counts.length; v++) {
            for (int c = 0; c < counts[v]; c++) {
                draws[i++] = v;
            }
        }
        TestResult r = ChiSquare.goodnessOfFit(draws, Binomial.of(4, 0.5));
        TestResult expected = ChiSquare.goodnessOfFit(new long[] {15, 20, 13}, new double[] {5 / 16.0, 6 / 16.0, 5 / 16.0});
        assertEquals(expected.statistic(), r.statistic(), 1e-12);
        assertEquals(expected.pValue(), r.pValue(), 1e-12);
    }
}
