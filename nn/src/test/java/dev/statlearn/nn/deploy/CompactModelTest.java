package dev.statlearn.nn.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.nn.train.Optimizer;
import dev.statlearn.nn.train.Trainer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompactModelTest {

    static double[][] x;
    static int[] y;
    static Mlp trained;

    @BeforeAll
    static void trainDigits() {
        Dataset d = Datasets.digits();
        x = d.features();
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= 16;
            }
        }
        y = d.labels();
        Mlp net = Mlp.builder(64).hidden(64, Activation.RELU).output(10, Output.SOFTMAX).seed(1).build();
        trained = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.1).withMomentum(0.9)).withEpochs(8)
                .withBatchSize(64).fit(net, x, y).model();
    }

    @Test
    void zeroSparsityPruningAgreesWithTheOriginalOnDigits() {
        PrunedMlp p = PrunedMlp.of(trained, 0.0);
        Comparison c = Comparison.of(trained, p, x, y);
        assertTrue(c.agreement() >= 0.99, c.toString());
        assertEquals(0.0, p.sparsity());
        assertEquals(64 * 64 + 64 * 10, p.nonZeroWeights());
        double[] a = trained.predictProba(x[5]);
        double[] b = p.predictProba(x[5]);
        for (int j = 0; j < a.length; j++) {
            assertEquals(a[j], b[j], 1e-12);
        }
    }

    @Test
    void int8QuantizationAgreesWithTheOriginalOnDigits() {
        QuantizedMlp q = QuantizedMlp.int8(trained);
        Comparison c = Comparison.of(trained, q, x, y);
        assertTrue(c.agreement() >= 0.99, c.toString());
        assertTrue(Math.abs(c.accuracyChange()) <= 0.01, c.toString());
        // 64·64 + 64·10 weight bytes + 16 bytes (scale, bias) per unit
        assertEquals(64 * 64 + 64 * 10 + 16 * (64 + 10), q.sizeInBytes());
        assertTrue(c.compressionRatio() > 5, c.toString());
        assertTrue(c.toString().contains("agreement"));
    }

    @Test
    void quantizationErrorIsAtMostHalfAStep() {
        double[][] w = trained.weights(0);
        double[][] dq = QuantizedMlp.int8(trained).dequantizedWeights(0);
        for (int o = 0; o < w.length; o++) {
            double max = 0;
            for (double v : w[o]) {
                max = Math.max(max, Math.abs(v));
            }
            for (int k = 0; k < w[o].length; k++) {
                assertTrue(Math.abs(w[o][k] - dq[o][k]) <= max / 127 / 2 * (1 + 1e-12));
            }
        }
    }

    @Test
    void pruningRemovesTheSmallestWeights() {
        qt().withExamples(100).forAll(longs().all(), doubles().between(0, 1)).checkAssert((seed, s) -> {
            RandomGenerator rng = Randomness.seeded(seed);
            Mlp net = Mlp.builder(1 + rng.nextInt(8)).hidden(1 + rng.nextInt(8), Activation.TANH)
                    .output(2, Output.SOFTMAX).seed(seed).build();
            PrunedMlp p = PrunedMlp.of(net, s);
            long removed = 0;
            long total = 0;
            for (int l = 0; l < net.numLayers(); l++) {
                int count = net.flatWeights(l).length;
                removed += (long) Math.floor(s * count);
                total += count;
            }
            assertEquals(total - removed, p.nonZeroWeights());
            assertEquals((double) removed / total, p.sparsity(), 1e-12);
            long bytes = 12 * p.nonZeroWeights();
            for (int l = 0; l < net.numLayers(); l++) {
                int units = net.layerSizes()[l + 1];
                bytes += 4L * (units + 1) + 8L * units;
            }
            assertEquals(bytes, p.sizeInBytes());
        });
    }

    @Test
    void fullPruningLeavesOnlyBiases() {
        Mlp net = Mlp.builder(3).output(2, Output.SOFTMAX).build()
                .withLayer(0, new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[] {0.25, -1});
        PrunedMlp p = PrunedMlp.of(net, 1.0);
        assertArrayEquals(new double[] {0.25, -1}, p.predictValues(new double[] {7, 8, 9}));
        PrunedMlp half = PrunedMlp.of(net, 0.5);
        // removes |1|, |2|, |3|: unit 0 keeps only its bias
        assertArrayEquals(new double[] {0.25, -1 + 4 * 1 + 5 * 1 + 6 * 1}, half.predictValues(new double[] {1, 1, 1}));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> PrunedMlp.of(trained, 1.5));
        assertThrows(IllegalArgumentException.class, () -> PrunedMlp.of(trained, Double.NaN));
        assertThrows(NullPointerException.class, () -> QuantizedMlp.int8(null));
        QuantizedMlp q = QuantizedMlp.int8(trained);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.predict(new double[3]));
        assertTrue(e.getMessage().contains("64 inputs"), e.getMessage());
        Mlp other = Mlp.builder(64).output(3, Output.SOFTMAX).build();
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(trained, other, x, y));
    }
}
