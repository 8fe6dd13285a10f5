package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class ActivationAndLossTest {

    @Test
    void derivativesMatchCentralDifferencesAwayFromKinks() {
        for (Activation a : Activation.values()) {
            qt().withExamples(100).forAll(doubles().between(-20, 20)).checkAssert(z -> {
                if (Math.abs(z) < 1e-4) {
                    return;
                }
                double h = 1e-6;
                double numeric = (a.apply(z + h) - a.apply(z - h)) / (2 * h);
                assertEquals(numeric, a.derivative(z), 1e-8, a + " at " + z);
            });
        }
    }

    @Test
    void closedFormValues() {
        assertEquals(0.5, Activation.SIGMOID.apply(0));
        assertEquals(0.25, Activation.SIGMOID.derivative(0));
        assertEquals(1.0, Activation.SIGMOID.apply(800));
        assertEquals(0.0, Activation.SIGMOID.apply(-800));
        assertEquals(0.0, Activation.RELU.apply(-3));
        assertEquals(0.0, Activation.RELU.derivative(0));
        assertEquals(0.01, Activation.LEAKY_RELU.derivative(0));
        assertEquals(-0.03, Activation.LEAKY_RELU.apply(-3), 1e-17);
        assertEquals(1.0, Activation.TANH.derivative(0));
        assertEquals(2.5, Activation.IDENTITY.apply(2.5));
        assertTrue(Double.isNaN(Activation.RELU.apply(Double.NaN)));
        assertTrue(Double.isNaN(Activation.TANH.derivative(Double.NaN)));
    }

    @Test
    void crossEntropyFromLogits() {
        // -log softmax([1,2,3])[0] = log(e + e^2 + e^3) - 1
        double expected = Math.log(Math.E + Math.exp(2) + Math.exp(3)) - 1;
        assertEquals(expected, Loss.crossEntropy(new double[] {1, 2, 3}, 0), 4 * Math.ulp(expected));
        assertEquals(2000.0, Loss.crossEntropy(new double[] {-1000, 1000}, 0), 1e-12);
        assertEquals(0.0, Loss.crossEntropy(new double[] {-1000, 1000}, 1));
        assertEquals(Math.log(2), Loss.binaryCrossEntropy(0, 1), 1e-16);
        assertEquals(1000.0, Loss.binaryCrossEntropy(-1000, 1), 1e-12);
        assertEquals(0.0, Loss.binaryCrossEntropy(-1000, 0));
        assertEquals(2.5, Loss.squaredError(new double[] {1, 2}, new double[] {0, 4}));
    }

    @Test
    void balancedWeightsMatchScikitLearnFormula() {
        // sklearn.utils.class_weight.compute_class_weight("balanced", classes=[0,1,2], y=[0,0,0,1,2,2]) = n/(k n_c)
        assertArrayEquals(new double[] {6.0 / 9, 2.0, 1.0}, Loss.balancedClassWeights(new int[] {0, 0, 0, 1, 2, 2}, 3),
                1e-15);
        // class 1 is absent: rejected, as scikit-learn raises (one rule with eval's ClassWeights.balanced)
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class,
                () -> Loss.balancedClassWeights(new int[] {0, 0, 0}, 2));
        assertTrue(absent.getMessage().contains("class 1 has count 0"), absent.getMessage());
    }

    @Test
    void lossConfigurationIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> Loss.standard().withClassWeights(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Loss.standard().withClassWeights(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Loss.standard().withFocalGamma(-1));
        Mlp reg = Mlp.builder(2).output(1, Output.LINEAR).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Loss.standard().withFocalGamma(2).requireCompatible(reg));
        assertTrue(e.getMessage().contains("classification"), e.getMessage());
        Mlp clf = Mlp.builder(2).output(3, Output.SOFTMAX).build();
        e = assertThrows(IllegalArgumentException.class,
                () -> Loss.standard().withClassWeights(1, 2).requireCompatible(clf));
        assertTrue(e.getMessage().contains("2 class weights"), e.getMessage());
        double[] w = {1, 2, 3};
        Loss l = Loss.standard().withClassWeights(w);
        w[0] = 9;
        assertEquals(1.0, l.classWeights()[0]);
        assertEquals(0, Loss.standard().classWeights().length);
    }
}
