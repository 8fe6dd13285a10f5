package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.nn.train.Trainer;
import org.junit.jupiter.api.Test;

/**
 * What an {@link Mlp} refuses, and the message: parameters of the wrong shape, data of the wrong
 * length, class questions put to a regression network, a loss that does not fit the output.
 */
class MlpArgumentChecksTest {

    private static final Mlp CLASSIFIER = Mlp.builder(3).hidden(4, Activation.RELU).output(2, Output.SOFTMAX).seed(1).build();
    private static final Mlp REGRESSOR = Mlp.builder(2).hidden(3, Activation.TANH).output(1, Output.LINEAR).seed(1).build();

    @Test
    void parametersMustHaveTheArchitecturesShape() {
        double[][] w = {CLASSIFIER.flatWeights(0), CLASSIFIER.flatWeights(1)};
        double[][] b = {CLASSIFIER.biases(0), CLASSIFIER.biases(1)};
        assertEquals(CLASSIFIER, CLASSIFIER.withParameters(w, b));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CLASSIFIER.withParameters(new double[][] {w[0]}, b));
        assertEquals("weights has length 1 but layers has length 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CLASSIFIER.withParameters(w, new double[][] {b[0]}));
        assertEquals("biases has length 1 but layers has length 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CLASSIFIER.withParameters(new double[][] {new double[11], w[1]}, b));
        assertEquals("weights[0] has length 11 but layer 1 (4×3) has length 12", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CLASSIFIER.withParameters(w, new double[][] {b[0], new double[3]}));
        assertEquals("biases[1] has length 3 but layer 2 units has length 2", e.getMessage());
        double[] bad = w[1].clone();
        bad[5] = Double.NaN;
        e = assertThrows(IllegalArgumentException.class, () -> CLASSIFIER.withParameters(new double[][] {w[0], bad}, b));
        assertEquals("weights of layer 2 at index 5 must be finite, was NaN", e.getMessage());
        double[] badBias = b[0].clone();
        badBias[3] = Double.POSITIVE_INFINITY;
        e = assertThrows(IllegalArgumentException.class,
                () -> CLASSIFIER.withParameters(w, new double[][] {badBias, b[1]}));
        assertEquals("biases of layer 1 at index 3 must be finite, was Infinity", e.getMessage());
    }

    @Test
    void rowValuesMustBeFiniteAtEveryPositionAndExtremeFiniteValuesPass() {
        double[] extremes = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_NORMAL, -0.0,
            Math.nextDown(Double.MAX_VALUE), 0.0};
        double[] nonFinite = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.longBitsToDouble(0xFFF8_0000_0000_0001L)};
        for (int pos = 0; pos < 3; pos++) {
            for (double v : extremes) {
                double[] row = {0.5, -0.25, 1.0};
                row[pos] = v;
                assertSame(row, CLASSIFIER.checkRow(row, "x")); // (the network itself may overflow on them)
            }
            for (double v : nonFinite) {
                double[] row = {0.5, -0.25, 1.0};
                row[pos] = v;
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CLASSIFIER.predictProba(row));
                assertEquals("x[" + pos + "] must be finite, was " + v, e.getMessage());
                assertThrows(IllegalArgumentException.class, () -> CLASSIFIER.predict(row));
                assertThrows(IllegalArgumentException.class, () -> CLASSIFIER.predictValues(new double[][] {row}));
            }
        }
    }

    @Test
    void architectureLimitsNameTheLayer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Mlp.builder(0));
        assertTrue(e.getMessage().startsWith("inputs must be in [1, "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Mlp.builder(2).hidden(Mlp.MAX_UNITS + 1, Activation.RELU));
        assertTrue(e.getMessage().contains("was " + (Mlp.MAX_UNITS + 1)), e.getMessage());
        // the largest legal width is accepted by the builder (the parameter limit is checked at build)
        Mlp.builder(1).hidden(Mlp.MAX_UNITS, Activation.RELU);
        e = assertThrows(IllegalArgumentException.class,
                () -> Mlp.builder(1 << 14).hidden(1 << 13, Activation.RELU).output(1, Output.SIGMOID).build());
        assertTrue(e.getMessage().contains("Mlp.MAX_PARAMETERS"), e.getMessage());
    }

    @Test
    void dataLengthsMustAgree() {
        double[][] x = {{1, 2, 3}, {4, 5, 6}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CLASSIFIER.loss(x, new int[] {0}));
        assertEquals("x has length 2 but y has length 1", e.getMessage());
        double[][] xr = {{1, 2}, {3, 4}};
        e = assertThrows(IllegalArgumentException.class, () -> REGRESSOR.loss(xr, new double[] {1, 2, 3}));
        assertEquals("x has length 2 but y has length 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Trainer.withDefaults().fit(CLASSIFIER, x, new int[] {0}));
        assertEquals("x has length 2 but y has length 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.withDefaults().fit(CLASSIFIER, x, new int[] {0, 1}, x, new int[] {0}));
        assertEquals("xVal has length 2 but yVal has length 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Trainer.withDefaults().fit(REGRESSOR, xr, new double[] {1}));
        assertEquals("x has length 2 but y has length 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Trainer.withDefaults()
                .fit(REGRESSOR, xr, new double[][] {{1}, {2}}, xr, new double[][] {{1}}));
        assertEquals("xVal has length 2 but yVal has length 1", e.getMessage());
    }

    @Test
    void regressionNetworksHaveNoClasses() {
        double[][] x = {{1, 2}};
        assertThrows(IllegalStateException.class, REGRESSOR::numClasses);
        assertThrows(IllegalStateException.class, () -> REGRESSOR.predictProba(x));
        assertThrows(IllegalStateException.class, () -> REGRESSOR.predictProba(x[0]));
        assertThrows(IllegalStateException.class, () -> REGRESSOR.loss(x, new int[] {0}));
        assertEquals(2, CLASSIFIER.numClasses());
    }

    @Test
    void lossMustFitTheOutput() {
        double[][] x = {{1, 2, 3}, {4, 5, 6}};
        Loss threeWeights = Loss.standard().withClassWeights(1, 2, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CLASSIFIER.loss(x, new int[] {0, 1}, threeWeights));
        assertEquals("loss has 3 class weights but the network predicts 2 classes", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Trainer.withDefaults().withLoss(threeWeights).fit(CLASSIFIER, x, new int[] {0, 1}));
        double[][] xr = {{1, 2}};
        assertThrows(IllegalArgumentException.class,
                () -> Trainer.withDefaults().withLoss(Loss.standard().withFocalGamma(2)).fit(REGRESSOR, xr, new double[] {1}));
    }
}
