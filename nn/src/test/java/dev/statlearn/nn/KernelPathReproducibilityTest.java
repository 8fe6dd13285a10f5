package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.nn.train.Optimizer;
import dev.statlearn.nn.train.Trainer;
import dev.statlearn.nn.train.TrainingResult;
import org.junit.jupiter.api.Test;

/**
 * What the two kernel paths share and where they differ, checked against values committed from
 * the scalar path (the build runs this class on both; see {@code KernelPathTest}):
 * <ul>
 *   <li>Initialisation from a seed is bit-identical on both paths.</li>
 *   <li>Single-row and batch prediction and training go through the matrix-product kernels, whose Vector API
 *       form accumulates each entry with fused multiply-adds (the scalar form multiplies, then
 *       adds): the results differ in the last bits. Measured on digits (64-128-10, 3 epochs of
 *       SGD with momentum in mini-batches of 64): epoch-1 loss and the sampled weight identical,
 *       epoch-3 loss 4e-16, a bias 3e-16, a logit 6e-15 relative apart; the tolerances below
 *       (1e-13 to 1e-12) leave room for other CPUs' vector widths. On the scalar path the
 *       results equal the committed bits.</li>
 * </ul>
 * To regenerate the committed values, run on the scalar path and copy the printed lines.
 */
class KernelPathReproducibilityTest {

    private static final boolean VECTOR = Kernels.isVector();

    private static double[][] digits() {
        double[][] x = Datasets.digits().features();
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] /= 16;
            }
        }
        return out;
    }

    private static void same(double expected, double actual, double vectorRelTol, String what) {
        if (VECTOR) {
            assertEquals(expected, actual, vectorRelTol * Math.abs(expected), what);
        } else {
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                    what + ": expected " + expected + ", was " + actual);
        }
    }

    @Test
    void initialisationIsIdenticalOnBothPathsAndPredictionsToRounding() {
        Mlp net = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(3).build();
        double[] row = digits()[7];
        double[] single = net.predictValues(row);
        double w = net.weights(0)[5][17];
        print("initial weight", w);
        print("single-row logit", single[4]);
        assertEquals(INITIAL_WEIGHT, w);
        same(SINGLE_ROW_LOGIT, single[4], 1e-14, "single-row logit");
        // the batch path equals it bit for bit on the scalar kernels, to rounding on the vector ones
        double batch = net.predictValues(new double[][] {row})[0][4];
        same(SINGLE_ROW_LOGIT, batch, 1e-14, "batch logit");
    }

    @Test
    void trainingDiffersInTheLastBitsOnly() {
        double[][] x = digits();
        int[] y = Datasets.digits().labels();
        Mlp net = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(3).build();
        TrainingResult r = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.1).withMomentum(0.9))
                .withEpochs(3).withBatchSize(64).withSeed(5).fit(net, x, y);
        double[] loss = r.history().trainLoss();
        double w = r.model().weights(0)[5][17];
        double b = r.model().biases(1)[3];
        double logit = r.model().predictValues(new double[][] {x[7]})[0][4];
        print("loss epoch 1", loss[0]);
        print("loss epoch 3", loss[2]);
        print("trained weight", w);
        print("trained bias", b);
        print("trained logit", logit);
        same(LOSS_1, loss[0], 1e-13, "loss after epoch 1");
        same(LOSS_3, loss[2], 1e-12, "loss after epoch 3");
        same(TRAINED_WEIGHT, w, 1e-12, "a trained weight");
        same(TRAINED_BIAS, b, 1e-12, "a trained bias");
        same(TRAINED_LOGIT, logit, 1e-12, "a trained logit");
        // whatever the path, the single-row and batch predictions of the trained model agree
        assertArrayEquals(r.model().predictValues(x[7]), r.model().predictValues(new double[][] {x[7]})[0],
                VECTOR ? 1e-13 : 0.0);
    }

    private static void print(String what, double v) {
        System.out.println("KernelPathReproducibilityTest [" + (VECTOR ? "vector" : "scalar") + "] " + what + " = "
                + v);
    }

    // committed from the scalar path; the trained values since the softmax cross-entropy gradient
    // takes the probabilities from the loss's own exponentials (e^(z - m) / s instead of
    // e^(z - LSE)): loss epoch 3, weight, bias and logit moved by 1 to 4e-16 relative
    private static final double INITIAL_WEIGHT = -0.17989769259415322;
    private static final double SINGLE_ROW_LOGIT = 0.5961653503707401;
    private static final double LOSS_1 = 1.0183060994428306;
    private static final double LOSS_3 = 0.1227334291679604;
    private static final double TRAINED_WEIGHT = -0.1623385659155747;
    private static final double TRAINED_BIAS = -0.11437137446893601;
    private static final double TRAINED_LOGIT = 0.4374149669602579;
}
