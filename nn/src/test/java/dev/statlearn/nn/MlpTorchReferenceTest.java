package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.nn.train.Optimizer;
import dev.statlearn.nn.train.Trainer;
import org.junit.jupiter.api.Test;

/**
 * Forward outputs (batch and single-row paths), losses, gradients and optimizer steps against
 * PyTorch 1.13.0a0 (float64, CPU).
 * Every expected number comes from {@code tools/reference/nn_torch.py}; see
 * {@code torch_reference.txt} for the records and the script for the exact torch calls
 * ({@code F.cross_entropy(z, y, weight=w)}, per sample with {@code reduction="none"},
 * {@code F.binary_cross_entropy_with_logits},
 * {@code F.mse_loss}, manual focal loss, {@code torch.optim.SGD/Adam/AdamW},
 * {@code clip_grad_norm_}).
 */
class MlpTorchReferenceTest {

    /** Relative tolerance of the issue: 1e-10 (OR an absolute 1e-12 for values near 0). */
    private static final double TOL = 1e-10;

    static Mlp network(String name) {
        Mlp.Builder b = Mlp.builder(4);
        switch (name) {
            case "A":
                b.hidden(5, Activation.TANH).hidden(4, Activation.LEAKY_RELU).output(3, Output.SOFTMAX);
                break;
            case "B":
                b.hidden(5, Activation.SIGMOID).output(1, Output.SIGMOID);
                break;
            case "C":
                b.hidden(5, Activation.RELU).output(2, Output.LINEAR);
                break;
            default:
                b.hidden(3, Activation.IDENTITY).output(3, Output.SOFTMAX);
        }
        Mlp net = b.build();
        for (int l = 0; l < net.numLayers(); l++) {
            int in = net.layerSizes()[l];
            net = net.withLayer(l, TorchReference.matrix(name + ".W" + l, in), TorchReference.get(name + ".b" + l));
        }
        return net;
    }

    static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            boolean ok = Math.abs(e - a) <= TOL * Math.abs(e) || Math.abs(e - a) <= 1e-12;
            assertTrue(ok, what + "[" + i + "]: expected " + e + " but was " + a);
        }
    }

    static double[] flat(double[][] m) {
        return java.util.Arrays.stream(m).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    private static void checkCase(String name, String tag, Loss loss) {
        Mlp net = network(name);
        double[][] x = TorchReference.matrix("x", 4);
        String key = name + "." + tag;
        assertClose(TorchReference.get(key + ".logits"), flat(net.predictValues(x)), key + ".logits");
        Gradients g;
        if (name.equals("C")) {
            double[][] t = TorchReference.matrix("t2", 2);
            g = net.gradients(x, t);
            assertClose(TorchReference.get(key + ".loss"), new double[] {net.loss(x, t)}, key + ".loss");
        } else {
            int[] y = TorchReference.labels(name.equals("B") ? "y2" : "y3");
            g = net.gradients(x, y, loss);
            assertClose(TorchReference.get(key + ".loss"), new double[] {net.loss(x, y, loss)}, key + ".loss");
        }
        assertClose(TorchReference.get(key + ".loss"), new double[] {g.loss()}, key + ".gradient loss");
        for (int l = 0; l < net.numLayers(); l++) {
            assertClose(TorchReference.get(key + ".gW" + l), g.flatWeights(l), key + ".gW" + l);
            assertClose(TorchReference.get(key + ".gb" + l), g.biases(l), key + ".gb" + l);
        }
    }

    /**
     * The single-row inference path (core's one-row kernel {@code denseRow} on the cached
     * transposed weights: every layer of these networks is small enough to get that layout)
     * against PyTorch's forward outputs row by row, and the predicted class against the arg-max
     * (sign, for the sigmoid output) of PyTorch's logits.
     */
    @Test
    void singleRowPathMatchesTorchRowByRow() {
        double[][] x = TorchReference.matrix("x", 4);
        for (String name : new String[] {"A", "B", "C", "D"}) {
            Mlp net = network(name);
            int m = net.numOutputs();
            double[][] logits = TorchReference.matrix(name + ".plain.logits", m);
            assertEquals(x.length, logits.length, name + " rows");
            for (int i = 0; i < x.length; i++) {
                String what = name + ".plain.logits row " + i;
                assertClose(logits[i], net.predictValues(x[i]), what);
                if (net.output().isClassification()) {
                    int expected = 0;
                    if (m == 1) {
                        expected = logits[i][0] > 0 ? 1 : 0;
                    } else {
                        for (int j = 1; j < m; j++) {
                            expected = logits[i][j] > logits[i][expected] ? j : expected;
                        }
                    }
                    assertEquals(expected, net.predict(x[i]), what + ": class");
                }
            }
        }
    }

    @Test
    void softmaxCrossEntropyForwardLossAndGradients() {
        checkCase("A", "plain", Loss.standard());
        checkCase("D", "plain", Loss.standard());
    }

    @Test
    void classWeightedCrossEntropy() {
        checkCase("A", "weighted", Loss.standard().withClassWeights(0.5, 2.0, 1.25));
    }

    @Test
    void focalLossWithAndWithoutWeights() {
        checkCase("A", "focal", Loss.standard().withClassWeights(0.5, 2.0, 1.25).withFocalGamma(2.0));
        checkCase("A", "focal05", Loss.standard().withFocalGamma(0.5));
        checkCase("B", "focal", Loss.standard().withFocalGamma(1.5));
    }

    @Test
    void binaryCrossEntropyWithSigmoidOutput() {
        checkCase("B", "plain", Loss.standard());
        checkCase("B", "weighted", Loss.standard().withClassWeights(3.0, 0.7));
    }

    @Test
    void meanSquaredErrorRegression() {
        checkCase("C", "plain", Loss.standard());
    }

    private static void checkSteps(String tag, Trainer trainer) {
        Mlp net = network("A");
        double[][] x = TorchReference.matrix("x", 4);
        int[] y = TorchReference.labels("y3");
        Mlp trained = trainer.withEpochs(3).withBatchSize(100).withShuffle(false).fit(net, x, y).model();
        for (int l = 0; l < trained.numLayers(); l++) {
            assertClose(TorchReference.get("opt." + tag + ".W" + l), trained.flatWeights(l), tag + ".W" + l);
            assertClose(TorchReference.get("opt." + tag + ".b" + l), trained.biases(l), tag + ".b" + l);
        }
    }

    @Test
    void sgdSteps() {
        checkSteps("sgd", Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.1)));
        checkSteps("momentum", Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.1).withMomentum(0.9)));
        checkSteps("nesterov", Trainer.withDefaults()
                .withOptimizer(Optimizer.sgd(0.1).withMomentum(0.9).withNesterov(true)));
    }

    @Test
    void adamAndAdamWSteps() {
        checkSteps("adam", Trainer.withDefaults().withOptimizer(Optimizer.adam(0.01)));
        checkSteps("adamw", Trainer.withDefaults().withOptimizer(Optimizer.adamW(0.01, 0.1)));
    }

    @Test
    void l2PenaltyAndGradientClipping() {
        checkSteps("sgd_l2_clip", Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.1).withMomentum(0.5))
                .withL2(0.05).withGradientClipping(0.5));
    }

    @Test
    void perSampleCrossEntropyMatchesTorch() {
        for (int i = 0; i < 5; i++) {
            double[] in = TorchReference.get("softmax.in" + i);
            double[] actual = new double[in.length];
            for (int label = 0; label < in.length; label++) {
                actual[label] = Loss.crossEntropy(in, label);
            }
            assertClose(TorchReference.get("crossentropy.vec" + i), actual, "crossEntropy vec" + i);
        }
        double[][] z = TorchReference.matrix("A.plain.logits", 3);
        int[] y = TorchReference.labels("y3");
        double[] actual = new double[z.length];
        for (int r = 0; r < z.length; r++) {
            actual[r] = Loss.crossEntropy(z[r], y[r]);
        }
        assertClose(TorchReference.get("crossentropy.A.rows"), actual, "crossEntropy rows of A");
    }

    @Test
    void perSampleSquaredErrorMatchesTorch() {
        double[][] z = TorchReference.matrix("C.plain.logits", 2);
        double[][] t = TorchReference.matrix("t2", 2);
        double[] actual = new double[z.length];
        for (int r = 0; r < z.length; r++) {
            actual[r] = Loss.squaredError(z[r], t[r]);
        }
        assertClose(TorchReference.get("mse.C.rows"), actual, "squaredError rows of C");
    }

    @Test
    void softmaxAndLogSoftmaxMatchTorch() {
        for (int i = 0; i < 5; i++) {
            double[] in = TorchReference.get("softmax.in" + i);
            assertClose(TorchReference.get("softmax.out" + i), Softmax.softmax(in), "softmax " + i);
            assertClose(TorchReference.get("logsoftmax.out" + i), Softmax.logSoftmax(in), "logSoftmax " + i);
        }
    }
}
