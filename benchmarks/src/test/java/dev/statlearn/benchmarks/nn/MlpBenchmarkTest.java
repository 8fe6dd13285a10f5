package dev.statlearn.benchmarks.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statlearn.nn.Gradients;
import dev.statlearn.nn.Mlp;
import org.junit.jupiter.api.Test;

/**
 * The MLP benchmarks agree with each other: single-row inference equals the first row of batch
 * inference, and the training step equals one SGD update \( w - 0.1\, \nabla w \) computed from
 * the {@code gradients} benchmark.
 */
class MlpBenchmarkTest {

    @Test
    void variantsAgree() {
        MlpBenchmark b = new MlpBenchmark();
        b.setup();
        assertArrayEquals(b.predictBatch()[0], b.predictRow(), 1e-15);
        Gradients g = b.gradients();
        Mlp stepped = b.trainStep();
        for (int layer = 0; layer < b.net.numLayers(); layer++) {
            double[] w = b.net.flatWeights(layer);
            double[] gw = g.flatWeights(layer);
            double[] after = stepped.flatWeights(layer);
            for (int i = 0; i < w.length; i++) {
                assertEquals(w[i] - 0.1 * gw[i], after[i], 1e-12, "layer " + layer + " w" + i);
            }
        }
        assertEquals(b.trainEpoch(), b.trainEpoch());
    }
}
