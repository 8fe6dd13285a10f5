package dev.statlearn.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statlearn.eval.resample.Resampled;
import org.junit.jupiter.api.Test;

/** SMOTE and random oversampling both balance the classes, reproducibly. */
class SmoteBenchmarkTest {

    @Test
    void bothBalanceTheClassesReproducibly() {
        SmoteBenchmark b = new SmoteBenchmark();
        b.rows = 1000;
        b.features = 20;
        b.setup();
        Resampled smote = b.smote();
        Resampled random = b.randomOversample();
        int[] counts = smote.dataset().classCounts();
        assertEquals(counts[0], counts[1]);
        assertEquals(900, counts[0]);
        assertEquals(smote.dataset().size(), random.dataset().size());
        assertEquals(800, smote.syntheticCount());
        assertArrayEquals(smote.dataset().features(), b.smote().dataset().features());
        assertArrayEquals(smote.sourceRows(), b.smote().sourceRows());
    }
}
