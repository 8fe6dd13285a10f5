package dev.statlearn.testkit.generate;

import static dev.statlearn.testkit.generate.ProbabilityVectorsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.statlearn.core.Randomness;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Output;
import dev.statlearn.testkit.generate.LabelledDatasets.LinearData;
import dev.statlearn.testkit.generate.MlpShapes.MlpShape;
import dev.statlearn.testkit.generate.ProbabilityVectors.VectorPair;
import dev.statlearn.testkit.generate.ScoreVectors.ScoredLabels;
import org.junit.jupiter.api.Test;

/** The records the generators return: copies, content equality and hash codes, checks. */
class RecordsTest {

    @Test
    void vectorPairCopiesAndComparesContents() {
        double[] p = {0.25, 0.75};
        VectorPair a = new VectorPair(p, new double[] {0.5, 0.5});
        p[0] = 9;
        assertArrayEquals(new double[] {0.25, 0.75}, a.p());
        a.q()[0] = 9;
        assertArrayEquals(new double[] {0.5, 0.5}, a.q());
        VectorPair b = new VectorPair(new double[] {0.25, 0.75}, new double[] {0.5, 0.5});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new VectorPair(new double[] {0.25, 0.75}, new double[] {0.4, 0.6}));
        assertNotEquals(a, new VectorPair(new double[] {0.3, 0.7}, new double[] {0.5, 0.5}));
        assertNotEquals(a.hashCode(), new VectorPair(new double[] {0.5, 0.5}, new double[] {0.25, 0.75}).hashCode());
        assertNotEquals(a, "a");
        assertEquals("VectorPair[p=[0.25, 0.75], q=[0.5, 0.5]]", a.toString());
        assertMessage("p has length 1 but q has length 2", () -> new VectorPair(new double[] {1}, new double[] {0.5, 0.5}));
    }

    @Test
    void scoredLabelsComparesContents() {
        ScoredLabels a = new ScoredLabels(new int[] {0, 1, 1}, new double[] {0.2, 0.8, 0.8});
        ScoredLabels b = new ScoredLabels(new int[] {0, 1, 1}, new double[] {0.2, 0.8, 0.8});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new ScoredLabels(new int[] {0, 1, 0}, new double[] {0.2, 0.8, 0.8}));
        assertNotEquals(a, new ScoredLabels(new int[] {0, 1, 1}, new double[] {0.2, 0.8, 0.7}));
        assertNotEquals(a.hashCode(), new ScoredLabels(new int[] {1, 1, 0}, new double[] {0.2, 0.8, 0.8}).hashCode());
        assertEquals(2, a.positives());
        assertEquals(2, a.distinctScores());
        assertEquals("ScoredLabels[n=3, positives=2, distinct scores=2, (0, 0.2) (1, 0.8) (1, 0.8)]", a.toString());
        ScoredLabels big = ScoreVectors.binary(21, 0.5, 3, 0).next(Randomness.seeded(1));
        assertEquals("ScoredLabels[n=21, positives=11, distinct scores=3]", big.toString());
        assertMessage("scores[1] must be finite, was NaN", () -> new ScoredLabels(new int[] {0, 1}, new double[] {0, Double.NaN}));
        assertMessage("labels has length 1 but scores has length 2", () -> new ScoredLabels(new int[] {0}, new double[] {0, 1}));
    }

    @Test
    void linearDataComparesContents() {
        LinearData a = LabelledDatasets.linearRegression(5, 2, 1).next(Randomness.seeded(3));
        LinearData b = LabelledDatasets.linearRegression(5, 2, 1).next(Randomness.seeded(3));
        LinearData c = LabelledDatasets.linearRegression(5, 2, 1).next(Randomness.seeded(4));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a.hashCode(), c.hashCode());
        assertNotEquals(a, new LinearData(a.dataset(), a.intercept() + 1, a.coefficients(), a.noiseSd()));
        assertNotEquals(a, new LinearData(a.dataset(), a.intercept(), new double[] {0, 0}, a.noiseSd()));
        assertNotEquals(a, new LinearData(a.dataset(), a.intercept(), a.coefficients(), 2));
        assertNotEquals(a, "a");
        assertMessage("coefficients has length 1 but dataset has 2 features",
                () -> new LinearData(a.dataset(), 0, new double[] {1}, 1));
    }

    @Test
    void mlpShapeComparesContents() {
        MlpShape a = new MlpShape(4, new int[] {8}, Activation.TANH, 3, Output.SOFTMAX);
        assertEquals(a, new MlpShape(4, new int[] {8}, Activation.TANH, 3, Output.SOFTMAX));
        assertEquals(a.hashCode(), new MlpShape(4, new int[] {8}, Activation.TANH, 3, Output.SOFTMAX).hashCode());
        assertNotEquals(a, new MlpShape(5, new int[] {8}, Activation.TANH, 3, Output.SOFTMAX));
        assertNotEquals(a, new MlpShape(4, new int[] {7}, Activation.TANH, 3, Output.SOFTMAX));
        assertNotEquals(a, new MlpShape(4, new int[] {8}, Activation.RELU, 3, Output.SOFTMAX));
        assertNotEquals(a, new MlpShape(4, new int[] {8}, Activation.TANH, 2, Output.SOFTMAX));
        assertNotEquals(a, new MlpShape(4, new int[] {8}, Activation.TANH, 3, Output.LINEAR));
        assertNotEquals(a.hashCode(), new MlpShape(4, new int[] {9}, Activation.TANH, 3, Output.SOFTMAX).hashCode());
        assertNotEquals(a, "a");
        assertEquals("MlpShape[2 → 1 LINEAR]", new MlpShape(2, new int[0], Activation.RELU, 1, Output.LINEAR).toString());
        assertMessage("outputs must be in [2, 16777216] for a SOFTMAX output, was 1",
                () -> new MlpShape(2, new int[0], Activation.RELU, 1, Output.SOFTMAX));
        // 509 inputs, one hidden layer of 262657, one output: 262657 * 511 + 1 = 2^27 parameters, the limit
        MlpShapes.shapes(509, 1, 262_657, 1);
        assertMessage("maxInputs, maxHiddenLayers, maxWidth and maxOutputs allow networks of 134480385 parameters, "
                + "more than Mlp.MAX_PARAMETERS = 134217728", () -> MlpShapes.shapes(510, 1, 262_657, 1));
        assertMessage("maxInputs, maxHiddenLayers, maxWidth and maxOutputs allow networks of 134217736 parameters, "
                + "more than Mlp.MAX_PARAMETERS = 134217728", () -> MlpShapes.shapes(1 << 24, 0, 1, 8));
    }
}
