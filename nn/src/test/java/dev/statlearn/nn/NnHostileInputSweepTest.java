package dev.statlearn.nn;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.testing.HostileInputSweep;
import dev.statlearn.nn.deploy.PrunedMlp;
import dev.statlearn.nn.deploy.QuantizedMlp;
import dev.statlearn.nn.train.ConsoleProgress;
import dev.statlearn.nn.train.History;
import dev.statlearn.nn.train.Optimizer;
import dev.statlearn.nn.train.Trainer;
import dev.statlearn.nn.train.TrainingListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile-input sweep over every public entry point of {@code dev.statlearn.nn.**} (see
 * {@link HostileInputSweep}). Models files, streams and sizes that reflection cannot reach are
 * in {@link NnDegenerateInputTest}.
 */
class NnHostileInputSweepTest {

    private static final Path DIR = Path.of("target", "hostile-sweep");

    /** Two inputs (the default 4 × 2 matrix), three softmax classes (the default labels {0, 1, 2, 1}). */
    static Mlp softmax() {
        return Mlp.builder(2).hidden(3, Activation.TANH).output(3, Output.SOFTMAX).seed(1).build();
    }

    static Mlp linear(int outputs) {
        return Mlp.builder(2).hidden(3, Activation.RELU).output(outputs, Output.LINEAR).seed(2).build();
    }

    static byte[] bytes(Mlp m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path saved() {
        try {
            Files.createDirectories(DIR);
            Path p = DIR.resolve("sweep-model.mlp");
            if (!Files.exists(p)) {
                softmax().save(p);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final HostileInputSweep SWEEP = HostileInputSweep.forPackages("dev.statlearn.nn")
            .defaultFor(Mlp.class, NnHostileInputSweepTest::softmax)
            .defaultFor(InferenceModel.class, NnHostileInputSweepTest::softmax)
            .defaultFor(Dataset.class, () -> Dataset.classification(
                    new double[][] {{0.1, 0.2}, {0.3, 0.5}, {0.6, 0.1}, {0.9, 0.7}}, new int[] {0, 1, 2, 1}))
            .defaultFor(Path.class, NnHostileInputSweepTest::saved)
            .defaultFor("Mlp.save", "path", () -> DIR.resolve("sweep-saved.mlp"))
            .defaultFor(InputStream.class, () -> new ByteArrayInputStream(bytes(softmax())))
            .defaultFor(OutputStream.class, ByteArrayOutputStream::new)
            .defaultFor(PrintStream.class, () -> new PrintStream(OutputStream.nullOutputStream()))
            .defaultFor(TrainingListener.class, () -> new TrainingListener() { })
            .defaultFor(History.class, () -> Trainer.withDefaults().withEpochs(2).withSeed(1)
                    .fit(softmax(), new double[][] {{0.1, 0.2}, {0.3, 0.5}, {0.6, 0.1}, {0.9, 0.7}},
                            new int[] {0, 1, 2, 1}).history())
            .defaultFor("Trainer.fit(Mlp,double[][],double[][]*", "mlp", () -> linear(2))
            .defaultFor("GradientCheck.of(Mlp,double[][],double[][])", "mlp", () -> linear(2))
            .defaultFor("Trainer.fit(Mlp,double[][],double[])", "mlp", () -> linear(1))
            .defaultForName("label", () -> 1)
            .defaultForName("layer", () -> 0)
            .defaultForName("hiddenLayer", () -> 0)
            .defaultFor("Loss.balancedClassWeights", "k", () -> 3)
            .defaultFor("Loss.crossEntropy", "logits", () -> new double[] {0.1, 2.0, -1.0})
            .defaultFor("Loss.withClassWeights", "weights", () -> new double[] {1, 2, 1})
            .defaultFor("Trainer.withClassWeights", "weights", () -> new double[] {1, 2, 1})
            .defaultFor("Mlp.withLayer", "weights", () -> softmax().weights(0))
            .defaultFor("Mlp.withLayer", "bias", () -> softmax().biases(0))
            .defaultFor("Mlp.withParameters", "weights",
                    () -> new double[][] {softmax().flatWeights(0), softmax().flatWeights(1)})
            .defaultFor("Mlp.withParameters", "biases",
                    () -> new double[][] {softmax().biases(0), softmax().biases(1)})
            .defaultFor("Mlp.predict*(double[])", "x", () -> new double[] {0.3, -0.2})
            .defaultFor("PrunedMlp.predict*(double[])", "x", () -> new double[] {0.3, -0.2})
            .defaultFor("QuantizedMlp.predict*(double[])", "x", () -> new double[] {0.3, -0.2})
            .defaultFor("Mlp.loss(double[][],double[][])", "y", () -> new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}})
            .defaultFor("Mlp.gradients(double[][],double[][])", "y", () -> new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}})
            .defaultFor("Mlp.builder", "inputs", () -> 2)
            .instance(Mlp.class, NnHostileInputSweepTest::softmax)
            .instance(Mlp.class, () -> linear(1))
            .instance(Mlp.Builder.class, () -> Mlp.builder(2))
            .instance(Optimizer.class, () -> Optimizer.adam(0.01))
            .instance(Optimizer.class, () -> Optimizer.sgd(0.1))
            .instance(Trainer.class, Trainer::withDefaults)
            .instance(ConsoleProgress.class, () -> ConsoleProgress.to(new PrintStream(OutputStream.nullOutputStream())))
            .instance(PrunedMlp.class, () -> PrunedMlp.of(softmax(), 0.5))
            .instance(QuantizedMlp.class, () -> QuantizedMlp.int8(softmax()))
            .instance(Gradients.class, () -> softmax().gradients(
                    new double[][] {{0.1, 0.2}, {0.3, 0.5}, {0.6, 0.1}, {0.9, 0.7}}, new int[] {0, 1, 2, 1}))
            .build();

    @TestFactory
    Stream<DynamicNode> sweep() {
        return SWEEP.tests();
    }

    @AfterAll
    static void printSummary() throws IOException {
        System.out.println(SWEEP.summary());
        SWEEP.writeSummary(DIR.resolve("nn.txt"));
    }
}
