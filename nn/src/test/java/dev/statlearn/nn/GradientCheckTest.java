package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Backpropagation against central finite differences on random architectures. */
class GradientCheckTest {

    private static Mlp randomNet(RandomGenerator rng, int inputs, Output output, int outputs) {
        Mlp.Builder b = Mlp.builder(inputs).seed(rng.nextLong());
        int hidden = rng.nextInt(3);
        for (int h = 0; h < hidden; h++) {
            b.hidden(1 + rng.nextInt(5), Activation.values()[rng.nextInt(Activation.values().length)]);
        }
        Mlp net = b.output(outputs, output).build();
        // non-zero biases so that every path is exercised
        double[][] w = new double[net.numLayers()][];
        double[][] bias = new double[net.numLayers()][];
        for (int l = 0; l < net.numLayers(); l++) {
            w[l] = net.flatWeights(l);
            bias[l] = net.biases(l);
            for (int i = 0; i < bias[l].length; i++) {
                bias[l][i] = rng.nextGaussian() * 0.5;
            }
        }
        return net.withParameters(w, bias);
    }

    private static double[][] randomX(RandomGenerator rng, int n, int d) {
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return x;
    }

    @Test
    void everyActivationAndLossCombination() {
        qt().withExamples(150).forAll(longs().all(), integers().between(0, 5)).checkAssert((seed, kind) -> {
            RandomGenerator rng = Randomness.seeded(seed);
            int inputs = 1 + rng.nextInt(4);
            int n = 1 + rng.nextInt(6);
            double[][] x = randomX(rng, n, inputs);
            GradientCheck c;
            if (kind <= 2) {
                int k = 2 + rng.nextInt(3);
                Mlp net = randomNet(rng, inputs, Output.SOFTMAX, k);
                int[] y = new int[n];
                for (int i = 0; i < n; i++) {
                    y[i] = rng.nextInt(k);
                }
                Loss loss = Loss.standard();
                if (kind >= 1) {
                    double[] cw = new double[k];
                    for (int j = 0; j < k; j++) {
                        cw[j] = 0.2 + rng.nextDouble() * 3;
                    }
                    loss = loss.withClassWeights(cw);
                }
                if (kind == 2) {
                    loss = loss.withFocalGamma(1 + rng.nextDouble() * 2);
                }
                c = GradientCheck.of(net, x, y, loss);
            } else if (kind <= 4) {
                Mlp net = randomNet(rng, inputs, Output.SIGMOID, 1);
                int[] y = new int[n];
                for (int i = 0; i < n; i++) {
                    y[i] = rng.nextInt(2);
                }
                Loss loss = kind == 3 ? Loss.standard()
                        : Loss.standard().withClassWeights(0.5, 2.0).withFocalGamma(2.0);
                c = GradientCheck.of(net, x, y, loss);
            } else {
                int m = 1 + rng.nextInt(3);
                Mlp net = randomNet(rng, inputs, Output.LINEAR, m);
                c = GradientCheck.of(net, x, randomX(rng, n, m));
            }
            assertTrue(c.maxRelativeError() < 1e-6, c.toString());
            assertTrue(c.checked() > 0, c.toString());
        });
    }

    @Test
    void detectsAWrongGradient() {
        // gradients of a slightly different network must fail the check (a check that never fails is useless)
        RandomGenerator rng = Randomness.seeded(3);
        Mlp net = randomNet(rng, 3, Output.SOFTMAX, 3);
        double[][] x = randomX(rng, 4, 3);
        int[] y = {0, 1, 2, 1};
        double[][] w = new double[net.numLayers()][];
        double[][] b = new double[net.numLayers()][];
        for (int l = 0; l < w.length; l++) {
            w[l] = net.flatWeights(l);
            b[l] = net.biases(l);
        }
        w[0][0] += 0.05;
        Gradients wrong = net.withParameters(w, b).gradients(x, y);
        GradientCheck c = GradientCheck.compare(net, x, y, Loss.standard(), wrong);
        assertTrue(c.maxRelativeError() > 1e-4, c.toString());
        assertTrue(GradientCheck.of(net, x, y).maxRelativeError() < 1e-6);
    }
}
