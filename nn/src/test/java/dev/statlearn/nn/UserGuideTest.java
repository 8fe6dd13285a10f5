package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.data.Datasets;
import dev.statlearn.nn.deploy.Comparison;
import dev.statlearn.nn.deploy.QuantizedMlp;
import dev.statlearn.nn.train.Optimizer;
import dev.statlearn.nn.train.Trainer;
import dev.statlearn.nn.train.TrainingResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Compiles and runs the snippet of the README's "Neural networks" section (and the {@link Mlp} class javadoc). */
class UserGuideTest {

    @Test
    void readmeSnippet() {
        Splits s = Splits.holdOut(Datasets.digits(), 0.25, 1);
        double[][] xTrain = RealDataAccuracyTest.scale(s.train.features(), 1.0 / 16);
        int[] yTrain = s.train.labels();
        double[][] xTest = RealDataAccuracyTest.scale(s.test.features(), 1.0 / 16);
        int[] yTest = s.test.labels();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        // --- snippet (System.out replaced by out)
        Mlp net = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(7).build();
        TrainingResult r = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.05).withMomentum(0.9))
                .withEpochs(15).withBatchSize(64).withProgress(out).fit(net, xTrain, yTrain);
        int[] predicted = r.model().predict(xTest);
        out.println(Comparison.of(r.model(), QuantizedMlp.int8(r.model()), xTest, yTest));
        // --- end of snippet

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(16, text.split("\\R").length, text);
        assertTrue(Splits.accuracy(predicted, yTest) >= 0.95);
        assertTrue(text.contains("agreement"), text);
    }
}
