package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MlpTest {

    @Test
    void builderDescribesTheArchitecture() {
        Mlp net = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(7).build();
        assertEquals("Mlp[64 → 128 RELU → 10 SOFTMAX, 9610 parameters]", net.toString());
        assertArrayEquals(new int[] {64, 128, 10}, net.layerSizes());
        assertEquals(2, net.numLayers());
        assertEquals(10, net.numClasses());
        assertEquals(8 * 9610, net.sizeInBytes());
        assertEquals(Activation.RELU, net.activation(0));
        assertEquals(Output.SOFTMAX, net.output());
    }

    @Test
    void initialisationIsSeededHeOrGlorot() {
        Mlp a = Mlp.builder(200).hidden(300, Activation.RELU).hidden(50, Activation.TANH).output(3, Output.SOFTMAX)
                .seed(1).build();
        assertEquals(a, Mlp.builder(200).hidden(300, Activation.RELU).hidden(50, Activation.TANH)
                .output(3, Output.SOFTMAX).seed(1).build());
        assertNotEquals(a, Mlp.builder(200).hidden(300, Activation.RELU).hidden(50, Activation.TANH)
                .output(3, Output.SOFTMAX).seed(2).build());
        // He: sd sqrt(2/200) = 0.1; 60000 draws give the sample sd within 1% with overwhelming probability
        double[] w = a.flatWeights(0);
        double ss = 0;
        for (double v : w) {
            ss += v * v;
        }
        assertEquals(0.1, Math.sqrt(ss / w.length), 0.001);
        // Glorot uniform: |w| <= sqrt(6/(300+50))
        double limit = Math.sqrt(6.0 / 350);
        double max = 0;
        for (double v : a.flatWeights(1)) {
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max <= limit && max > 0.95 * limit, "max " + max + " limit " + limit);
        for (int l = 0; l < a.numLayers(); l++) {
            for (double b : a.biases(l)) {
                assertEquals(0.0, b);
            }
        }
    }

    @Test
    void singleRowAndBatchPredictionsAgree() {
        Mlp net = Mlp.builder(5).hidden(7, Activation.TANH).hidden(6, Activation.RELU).output(4, Output.SOFTMAX)
                .seed(3).build();
        double[][] x = new double[300][5];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (double[] row : x) {
            for (int j = 0; j < 5; j++) {
                row[j] = r.nextDouble(-2, 2);
            }
        }
        x[0] = new double[5]; // all zeros
        double[][] batch = net.predictProba(x);
        double[][] values = net.predictValues(x);
        int[] classes = net.predict(x);
        // bit for bit on the scalar kernels; to rounding when core's Vector API kernels are active
        double tol = dev.statlearn.core.internal.kernel.Kernels.isVector() ? 1e-14 : 0.0;
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(net.predictProba(x[i]), batch[i], tol);
            assertArrayEquals(net.predictValues(x[i]), values[i], tol);
            assertEquals(net.predict(x[i]), classes[i]);
            assertEquals(1.0, java.util.Arrays.stream(batch[i]).sum(), 1e-15);
        }
    }

    /**
     * Rows with many zero inputs (the single-row kernel skips them, and the zeros that ReLU
     * makes) and layers of more than 64 inputs and units (several blocks of inputs, whole vector
     * tiles and a remainder): the single-row path still gives the batch path's values, bit for bit
     * on the scalar kernels.
     */
    @Test
    void singleRowWithZeroInputsAgreesWithTheBatch() {
        Mlp net = Mlp.builder(100).hidden(70, Activation.RELU).hidden(130, Activation.RELU)
                .output(10, Output.SOFTMAX).seed(4).build();
        double[][] x = new double[40][100];
        java.util.SplittableRandom r = new java.util.SplittableRandom(6);
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                double u = r.nextDouble();
                row[j] = u < 0.5 ? 0.0 : u < 0.6 ? -0.0 : r.nextDouble(-2, 2);
            }
        }
        double[][] values = net.predictValues(x);
        double tol = dev.statlearn.core.internal.kernel.Kernels.isVector() ? 1e-13 : 0.0;
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(values[i], net.predictValues(x[i]), tol, "row " + i);
        }
    }

    /**
     * A wide layer of few units (20000 inputs, 4 units) does not get the single-row layout (it
     * would take about 10 times the weights' memory) and runs on the batch product: still the
     * same values as the batch path.
     */
    @Test
    void singleRowOfAWideNarrowLayerAgreesWithTheBatch() {
        Mlp net = Mlp.builder(20_000).hidden(4, Activation.TANH).hidden(9, Activation.RELU)
                .output(2, Output.SOFTMAX).seed(5).build();
        double[] row = new double[20_000];
        java.util.SplittableRandom r = new java.util.SplittableRandom(2);
        for (int j = 0; j < row.length; j++) {
            row[j] = r.nextDouble(-1, 1);
        }
        double tol = dev.statlearn.core.internal.kernel.Kernels.isVector() ? 1e-13 : 0.0;
        assertArrayEquals(net.predictValues(new double[][] {row})[0], net.predictValues(row), tol);
        assertEquals(net.predict(new double[][] {row})[0], net.predict(row));
    }

    @Test
    void sigmoidOutputGivesTwoColumnProbabilities() {
        Mlp net = Mlp.builder(2).output(1, Output.SIGMOID).build()
                .withLayer(0, new double[][] {{1, -1}}, new double[] {0.5});
        double[] p = net.predictProba(new double[] {1, 0});
        double s = 1 / (1 + Math.exp(-1.5));
        assertEquals(1 - s, p[0], 1e-16);
        assertEquals(s, p[1], 1e-16);
        assertEquals(1, net.predict(new double[] {1, 0}));
        assertEquals(0, net.predict(new double[] {0, 2}));
        assertEquals(2, net.numClasses());
    }

    @Test
    void regressionNetworkRefusesClassAPIs() {
        Mlp net = Mlp.builder(2).hidden(3, Activation.TANH).output(2, Output.LINEAR).build();
        assertThrows(IllegalStateException.class, () -> net.predictProba(new double[] {1, 2}));
        assertThrows(IllegalStateException.class, () -> net.predict(new double[][] {{1, 2}}));
        assertThrows(IllegalStateException.class, () -> net.loss(new double[][] {{1, 2}}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> net.loss(new double[][] {{1, 2}}, new double[] {0}));
        assertEquals(2, net.predictValues(new double[] {1, 2}).length);
    }

    @Test
    void rejectsBadArchitecturesAndInputs() {
        assertThrows(IllegalArgumentException.class, () -> Mlp.builder(0));
        assertThrows(IllegalArgumentException.class, () -> Mlp.builder(3).output(1, Output.SOFTMAX).build());
        assertThrows(IllegalArgumentException.class, () -> Mlp.builder(3).output(2, Output.SIGMOID).build());
        assertThrows(IllegalStateException.class, () -> Mlp.builder(3).hidden(2, Activation.RELU).build());
        assertThrows(NullPointerException.class, () -> Mlp.builder(3).hidden(2, null));
        Mlp net = Mlp.builder(3).output(2, Output.SOFTMAX).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.predict(new double[] {1, 2}));
        assertTrue(e.getMessage().contains("3 inputs"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.predict(new double[][] {{1, 2, Double.NaN}}));
        assertTrue(e.getMessage().contains("x[0][2]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.loss(new double[][] {{1, 2, 3}}, new int[] {2}));
        assertTrue(e.getMessage().contains("y[0]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.loss(new double[0][], new int[0]));
        e = assertThrows(IllegalArgumentException.class,
                () -> net.withLayer(0, new double[][] {{1, 2, 3}}, new double[] {0, 0}));
        assertTrue(e.getMessage().contains("2×3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> net.withLayer(0, new double[][] {{1, 2, 3}, {1, Double.NaN, 0}}, new double[] {0, 0}));
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
    }

    @Test
    void accessorsReturnCopies() {
        Mlp net = Mlp.builder(2).output(2, Output.SOFTMAX).seed(4).build();
        double[][] w = net.weights(0);
        w[0][0] = 99;
        net.flatWeights(0)[0] = 99;
        net.biases(0)[0] = 99;
        assertNotEquals(99, net.weights(0)[0][0]);
        assertEquals(0.0, net.biases(0)[0]);
        assertEquals(net.weights(0)[1][0], net.flatWeights(0)[2]);
    }

    @Test
    void gradientsExplainTheChainRuleFromTheTop() {
        Mlp net = MlpTorchReferenceTest.network("A");
        Gradients g = net.gradients(TorchReference.matrix("x", 4), TorchReference.labels("y3"));
        String s = g.toString();
        assertTrue(s.indexOf("layer 2") < s.indexOf("layer 0"), s);
        assertEquals(3, g.numLayers());
        assertEquals(3, g.weights(2).length);
        assertEquals(4, g.weights(2)[0].length);
    }
}
