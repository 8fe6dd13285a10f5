package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.nn.deploy.PrunedMlp;
import dev.statlearn.nn.deploy.QuantizedMlp;
import dev.statlearn.nn.train.Trainer;
import dev.statlearn.nn.train.TrainingResult;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Degenerate data and extreme-but-legal magnitudes for nn, where the reflective sweep
 * ({@link NnHostileInputSweepTest}) cannot reach the semantics; sizes from input and model
 * streams are covered by {@link MlpLimitsTest} and {@link MlpFileTest}. Every call runs under a
 * time limit.
 */
class NnDegenerateInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final double[][] X = {{0.1, 0.2}, {0.3, 0.5}, {0.6, 0.1}, {0.9, 0.7}};

    private static <T> T answers(Supplier<T> call) {
        return assertTimeoutPreemptively(LIMIT, call::get);
    }

    private static void rejects(String word, Runnable call) {
        IllegalArgumentException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(IllegalArgumentException.class, call::run));
        assertEquals(IllegalArgumentException.class, e.getClass(), e.toString());
        assertTrue(e.getMessage().contains(word), "message should name '" + word + "': " + e.getMessage());
    }

    private static void assertProbabilities(double[] p) {
        double sum = 0;
        for (double v : p) {
            assertTrue(v >= 0 && v <= 1, java.util.Arrays.toString(p));
            sum += v;
        }
        assertEquals(1.0, sum, 1e-12, java.util.Arrays.toString(p));
    }

    @Test
    void softmaxAndLossesAtTheEndsOfTheDoubleRange() {
        assertArrayEquals(new double[] {1, 0}, answers(() -> Softmax.softmax(new double[] {1e300, -1e300})), 0.0);
        assertArrayEquals(new double[] {1, 0},
                answers(() -> Softmax.softmax(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE})), 0.0);
        double[] uniform = answers(() -> Softmax.softmax(new double[] {7, 7, 7, 7}));
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, uniform, 0.0);
        double[] log = answers(() -> Softmax.logSoftmax(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}));
        assertEquals(0.0, log[0], 0.0);
        assertFalse(Double.isNaN(log[1]), "log softmax of -MAX_VALUE: " + log[1]);
        assertEquals(0, answers(() -> Softmax.argmax(new double[] {3, 3, 3})), "ties go to the first index");
        // cross-entropy is documented finite for finite logits
        double ce = answers(() -> Loss.crossEntropy(new double[] {1e300, -1e300}, 1));
        assertTrue(Double.isFinite(ce) && ce > 0, "cross-entropy of far-off logits: " + ce);
        assertEquals(0.0, answers(() -> Loss.crossEntropy(new double[] {1e300, -1e300}, 0)), 0.0);
        assertEquals(Double.POSITIVE_INFINITY,
                answers(() -> Loss.crossEntropy(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}, 1)), 0.0);
        double bce = answers(() -> Loss.binaryCrossEntropy(-1e300, 1));
        assertEquals(1e300, bce, 1e285);
        assertEquals(0.0, answers(() -> Loss.binaryCrossEntropy(1e300, 1)), 0.0);
    }

    @Test
    void predictionsOfHugeInputsAreProbabilitiesNotNaN() {
        Mlp tanh = NnHostileInputSweepTest.softmax();
        assertProbabilities(answers(() -> tanh.predictProba(new double[] {1e300, -1e300})));
        Mlp relu = Mlp.builder(2).hidden(3, Activation.RELU).output(3, Output.SOFTMAX).seed(4).build();
        assertProbabilities(answers(() -> relu.predictProba(new double[] {1e300, -1e300})));
        // logits [-inf, +inf, +inf] on the scalar kernels: the limit shares the probability between
        // the +inf logits (the Vector API kernels' fused multiply-adds do not overflow here: finite
        // logits, ordinary probabilities)
        double[] huge = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] z = answers(() -> relu.predictValues(huge));
        double[] p = answers(() -> relu.predictProba(huge));
        assertProbabilities(p);
        long top = java.util.Arrays.stream(z).filter(v -> v == Double.POSITIVE_INFINITY).count();
        for (int j = 0; top > 0 && j < z.length; j++) {
            assertEquals(z[j] == Double.POSITIVE_INFINITY ? 1.0 / top : 0.0, p[j], 0.0, "p[" + j + "]");
        }
        if (!dev.statlearn.core.internal.kernel.Kernels.isVector()) {
            assertArrayEquals(new double[] {0, 0.5, 0.5}, p, 0.0);
        }
        // a hidden layer that overflows into inf - inf cannot be recovered: an error naming x
        Mlp overflowing = relu.withLayer(0, new double[][] {{2, 0}, {2, 0}, {0, 0}}, new double[] {0, 0, 0})
                .withLayer(1, new double[][] {{1, -1, 0}, {0, 0, 1}, {0, 0, 1}}, new double[] {0, 0, 0});
        rejects("x", () -> overflowing.predictProba(new double[] {Double.MAX_VALUE, 0}));
        rejects("x[1]", () -> overflowing.predictValues(new double[][] {{1, 0}, {Double.MAX_VALUE, 0}}));
        rejects("x", () -> PrunedMlp.of(overflowing, 0.0).predictProba(new double[] {Double.MAX_VALUE, 0}));
        assertProbabilities(answers(() -> overflowing.predictProba(new double[] {1e300, 0})));
        Mlp sigmoid = Mlp.builder(2).hidden(3, Activation.RELU).output(1, Output.SIGMOID).seed(4).build();
        assertProbabilities(answers(() -> sigmoid.predictProba(new double[] {1e300, -1e300})));
    }

    @Test
    void aLossThatOverflowsIsInfiniteNotNaN() {
        Mlp linear = NnHostileInputSweepTest.linear(1);
        double[][] huge = {{1e300, 1e300}, {-1e300, 1e300}};
        double mse = answers(() -> linear.loss(huge, new double[] {0, 0}));
        assertFalse(Double.isNaN(mse), "MSE of huge inputs: " + mse);
        double targets = answers(() -> linear.loss(X, new double[] {1e300, -1e300, 1e300, 0}));
        assertEquals(Double.POSITIVE_INFINITY, targets, 0.0);
        rejects("x", () -> GradientCheck.of(NnHostileInputSweepTest.linear(2), huge, new double[][] {{0, 0}, {0, 0}}));
    }

    @Test
    void deployedModelsOfZeroOrExtremeWeights() {
        Mlp m = NnHostileInputSweepTest.softmax();
        Mlp zeros = m.withParameters(new double[][] {new double[6], new double[9]},
                new double[][] {new double[3], new double[3]});
        QuantizedMlp q = answers(() -> QuantizedMlp.int8(zeros));
        assertProbabilities(Softmax.softmax(q.predictValues(new double[] {0.3, 0.4})));
        double[] big = new double[6];
        java.util.Arrays.fill(big, 1e300);
        big[0] = -Double.MAX_VALUE;
        Mlp extreme = m.withLayer(0, new double[][] {{big[0], big[1]}, {big[2], big[3]}, {big[4], big[5]}},
                new double[] {0, 0, 0});
        QuantizedMlp qe = answers(() -> QuantizedMlp.int8(extreme));
        for (double v : qe.predictValues(new double[] {0.3, 0.4})) {
            assertFalse(Double.isNaN(v), "int8 model of extreme weights");
        }
        PrunedMlp all = answers(() -> PrunedMlp.of(m, Math.nextDown(1.0)));
        for (double v : all.predictValues(new double[] {0.3, 0.4})) {
            assertFalse(Double.isNaN(v), "fully pruned model");
        }
        rejects("sparsity", () -> PrunedMlp.of(m, 1.5));
    }

    @Test
    void trainingOnOneRowOrOneClass() {
        Mlp m = NnHostileInputSweepTest.softmax();
        TrainingResult one = answers(() -> Trainer.withDefaults().withEpochs(3).withSeed(1)
                .fit(m, new double[][] {{0.5, 0.5}}, new int[] {2}));
        assertFalse(Double.isNaN(one.history().finalTrainLoss()), one.history().toString());
        TrainingResult sameClass = answers(() -> Trainer.withDefaults().withEpochs(3).withSeed(1)
                .fit(m, X, new int[] {1, 1, 1, 1}));
        assertFalse(Double.isNaN(sameClass.history().finalTrainLoss()), sameClass.history().toString());
        TrainingResult constant = answers(() -> Trainer.withDefaults().withEpochs(3).withSeed(1)
                .fit(m, new double[][] {{1, 1}, {1, 1}, {1, 1}, {1, 1}}, new int[] {0, 1, 2, 1}));
        assertFalse(Double.isNaN(constant.history().finalTrainLoss()), constant.history().toString());
        rejects("validationFraction", () -> Trainer.withDefaults().withValidationFraction(0.5).withEpochs(1)
                .fit(m, new double[][] {{0.5, 0.5}}, new int[] {2}));
        TrainingResult bigBatch = answers(() -> Trainer.withDefaults().withBatchSize(Integer.MAX_VALUE).withEpochs(2)
                .withSeed(1).fit(m, X, new int[] {0, 1, 2, 1}));
        assertEquals(2, bigBatch.history().epochs());
    }

    @Test
    void classWeightsAtExtremeMagnitudes() {
        Mlp m = NnHostileInputSweepTest.softmax();
        double l = answers(() -> m.loss(X, new int[] {0, 1, 2, 1}, Loss.standard().withClassWeights(1e300, 1e-300, 1)));
        assertTrue(Double.isFinite(l), "weighted loss: " + l);
        // every class must occur, so k <= y.length is checked before the k weights are allocated
        rejects("k", () -> Loss.balancedClassWeights(new int[] {0, 0, 0, 1}, Mlp.MAX_UNITS));
        rejects("k", () -> Loss.balancedClassWeights(new int[] {0}, Mlp.MAX_UNITS + 1));
    }
}
