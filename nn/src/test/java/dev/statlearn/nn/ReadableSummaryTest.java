package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.preprocess.StandardScaler;
import dev.statlearn.nn.deploy.Comparison;
import dev.statlearn.nn.deploy.PrunedMlp;
import dev.statlearn.nn.train.EpochSummary;
import dev.statlearn.nn.train.History;
import dev.statlearn.nn.train.Trainer;
import dev.statlearn.nn.train.TrainingResult;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JShell summaries of nn's results: short, named, no NaN columns. */
class ReadableSummaryTest {

    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{10,}");
    private static final Dataset IRIS = Datasets.iris();
    private static final double[][] X = StandardScaler.fit(IRIS.features()).transform(IRIS.features());
    private static final int[] Y = IRIS.labels();

    private static Mlp net(long seed) {
        return Mlp.builder(4).hidden(8, Activation.TANH).output(3, Output.SOFTMAX).seed(seed).build();
    }

    @Test
    void historyWithoutValidationHasNoValidationColumns() {
        History h = Trainer.withDefaults().withEpochs(3).fit(net(1), X, Y).history();
        assertEquals("History[3 epochs, best 3]\n"
                + "  epoch    loss     acc\n"
                + "      1  0.9318  0.5067\n"
                + "      2   0.908    0.52\n"
                + "      3  0.8853  0.5733", h.toString());
        assertTrue(Double.isNaN(h.validationLoss()[0])); // the accessor still says "no validation data"
        String withValidation = Trainer.withDefaults().withEpochs(3).fit(net(1), X, Y, X, Y).history().toString();
        assertTrue(withValidation.contains("  epoch    loss     acc  val_loss  val_acc\n"), withValidation);
    }

    @Test
    void longHistoriesShowTheFirstAndLastEpochs() {
        TrainingResult r = Trainer.withDefaults().withEpochs(20).fit(net(1), X, Y);
        String s = r.toString();
        assertTrue(s.startsWith("TrainingResult(model=Mlp[4 → 8 TANH → 3 SOFTMAX, 67 parameters])\n"
                + "History[20 epochs, best 20]\n"), s);
        assertEquals(2 + 1 + 5 + 1 + 5, s.split("\n").length, s);
        assertTrue(s.contains("\n      …\n"), s);
    }

    @Test
    void oneLineSummaries() {
        assertEquals("Mlp.Builder[4 → 8 TANH → (output not set), seed 0]",
                Mlp.builder(4).hidden(8, Activation.TANH).toString());
        assertEquals("Mlp.Builder[4 → 8 TANH → 3 SOFTMAX, seed 7]",
                Mlp.builder(4).hidden(8, Activation.TANH).output(3, Output.SOFTMAX).seed(7).toString());
        assertEquals("epoch 3/10: loss 0.4213, acc 0.8667, lr 0.001, 0.123 s",
                new EpochSummary(2, 10, 0.42131, 0.86666, Double.NaN, Double.NaN, 0.001, 123_456_789L).toString());
        assertEquals("epoch 1/1: loss 12.5, val_loss 13, lr 0.01, 1 s",
                new EpochSummary(0, 1, 12.5, Double.NaN, 13, Double.NaN, 0.01, 1_000_000_000L).toString());
        assertEquals("GradientCheck(maxRelativeError=1.23E-9, maxAbsoluteError=0, checked=67, skipped=2)",
                new GradientCheck(1.23456e-9, 0, 67, 2).toString());
        assertEquals("Comparison[150 rows: agreement 0.8867, accuracy 0.76 -> 0.8267 (+0.06667), 536 -> 476 bytes "
                + "(1.13x smaller)]", new Comparison(150, 133.0 / 150, 0.76, 124.0 / 150, 536, 476).toString());
        assertEquals("Trainer[Adam[lr=0.001, betas=(0.9, 0.999), eps=1E-8], epochs=100, batchSize=32, shuffle=true, "
                + "seed=0, Schedule.constant, Loss[classWeights=none, focalGamma=0]]", Trainer.withDefaults().toString());
    }

    @Test
    void noSummaryPrintsLongDigitRunsOrNaN() {
        qt().withExamples(8)
                .forAll(integers().between(1, 6), integers().between(1, 1000))
                .checkAssert((epochs, seed) -> {
                    TrainingResult r = Trainer.withDefaults().withEpochs(epochs).withSeed(seed).fit(net(seed), X, Y);
                    for (Object o : List.of(r, r.history(), GradientCheck.of(r.model(), X, Y),
                            Comparison.of(r.model(), PrunedMlp.of(r.model(), 0.5), X, Y), r.model().gradients(X, Y))) {
                        String s = o.toString();
                        assertFalse(LONG_NUMBER.matcher(s).find(), s);
                        assertFalse(s.contains("NaN"), s);
                    }
                });
    }
}
