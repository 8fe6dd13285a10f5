package dev.statlearn.testkit.generate;

import static dev.statlearn.testkit.generate.ProbabilityVectorsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.testkit.generate.MlpShapes.MlpShape;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MlpShapesTest {

    @Test
    void shapesStayWithinTheirBoundsAndBuild() {
        qt().withExamples(200)
                .forAll(integers().between(1, 20), integers().between(0, 4), integers().between(1, 16), longs().all())
                .checkAssert((inputs, layers, width, seed) -> {
                    int outputs = 1 + (int) Math.floorMod(seed, 6L);
                    MlpShape s = MlpShapes.shapes(inputs, layers, width, outputs).next(Randomness.seeded(seed));
                    assertTrue(s.inputs() >= 1 && s.inputs() <= inputs);
                    assertTrue(s.hidden().length <= layers);
                    for (int w : s.hidden()) {
                        assertTrue(w >= 1 && w <= width);
                    }
                    assertTrue(s.outputs() <= Math.max(outputs, 1));
                    Mlp net = s.build(seed);
                    assertEquals(s.inputs(), net.numInputs());
                    assertEquals(s.outputs(), net.numOutputs());
                    assertEquals(s.output(), net.output());
                    assertEquals(s.numParameters(), net.numParameters());
                    assertEquals(s.hidden().length + 1, net.numLayers());
                    double[] out = net.predictValues(new double[s.inputs()]);
                    assertEquals(s.outputs(), out.length);
                    // same seed: same shape and same initial weights
                    assertEquals(s, MlpShapes.shapes(inputs, layers, width, outputs).next(Randomness.seeded(seed)));
                    assertArrayEquals(net.flatWeights(0), s.build(seed).flatWeights(0));
                });
    }

    @Test
    void everyActivationAndOutputKindOccurs() {
        Set<Activation> acts = EnumSet.noneOf(Activation.class);
        Set<Output> outs = EnumSet.noneOf(Output.class);
        Generator<MlpShape> g = MlpShapes.shapes(5, 3, 8, 4);
        var rng = Randomness.seeded(1);
        for (int i = 0; i < 300; i++) {
            MlpShape s = g.next(rng);
            if (s.hidden().length > 0) {
                acts.add(s.activation());
            }
            outs.add(s.output());
        }
        assertEquals(EnumSet.allOf(Activation.class), acts);
        assertEquals(EnumSet.allOf(Output.class), outs);
        for (int i = 0; i < 50; i++) {
            assertTrue(MlpShapes.shapes(3, 1, 3, 1).next(rng).output() != Output.SOFTMAX);
        }
        MlpShape s = new MlpShape(4, new int[] {8, 8}, Activation.TANH, 3, Output.SOFTMAX);
        assertEquals("MlpShape[4 → 8 → 8 TANH → 3 SOFTMAX]", s.toString());
        assertEquals(4 * 8 + 8 + 8 * 8 + 8 + 8 * 3 + 3, s.numParameters());
    }

    @Test
    void badArgumentsAreRejectedNamingThem() {
        assertMessage("maxInputs must be in [1, 16777216], was 0", () -> MlpShapes.shapes(0, 1, 1, 1));
        assertMessage("maxHiddenLayers must be in [0, 1023], was 1024", () -> MlpShapes.shapes(1, 1024, 1, 1));
        assertMessage("maxInputs, maxHiddenLayers, maxWidth and maxOutputs allow networks of 134258689 parameters, "
                + "more than Mlp.MAX_PARAMETERS = 134217728", () -> MlpShapes.shapes(1, 3, 8192, 1));
        assertMessage("outputs must be in [1, 1] for a SIGMOID output, was 2",
                () -> new MlpShape(1, new int[0], Activation.RELU, 2, Output.SIGMOID));
        assertMessage("hidden[0] must be in [1, 16777216], was 0",
                () -> new MlpShape(1, new int[] {0}, Activation.RELU, 1, Output.LINEAR));
    }
}
