package dev.statlearn.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The direct AUC / average precision and the curve-based ones agree, and the AUC equals the
 * Mann-Whitney count computed here by brute force on a smaller sample.
 */
class RocAucBenchmarkTest {

    @Test
    void variantsAgree() {
        RocAucBenchmark b = new RocAucBenchmark();
        b.size = 100_000;
        b.setup();
        assertEquals(b.rocAuc(), b.rocCurveAuc(), 1e-12);
        assertEquals(b.averagePrecision(), b.prCurveAveragePrecision(), 1e-12);
        double[] sorted = b.scores.clone();
        java.util.Arrays.sort(sorted);
        assertEquals(sorted[sorted.length / 2], b.sortBaseline(), 0.0);
    }

    @Test
    void aucIsTheMannWhitneyProbability() {
        RocAucBenchmark b = new RocAucBenchmark();
        b.size = 2000;
        b.setup();
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < b.size; i++) {
            if (b.labels[i] != 1) {
                continue;
            }
            for (int j = 0; j < b.size; j++) {
                if (b.labels[j] == 0) {
                    pairs++;
                    wins += b.scores[i] > b.scores[j] ? 1 : b.scores[i] == b.scores[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(wins / pairs, b.rocAuc(), 1e-12);
    }
}
