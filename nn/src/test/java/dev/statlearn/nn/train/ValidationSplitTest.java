package dev.statlearn.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.preprocess.StandardScaler;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import org.junit.jupiter.api.Test;

/**
 * {@link Trainer#withValidationFraction(double)} partitions the rows: with a learning rate so small
 * that no weight moves, the recorded training and validation losses (and correct counts) are those
 * of the untrained model on two disjoint sets whose union is the whole data, so
 * \( n_{tr} L_{tr} + n_{va} L_{va} = n L \).
 */
class ValidationSplitTest {

    private static final Dataset IRIS = Datasets.iris();
    private static final double[][] X = StandardScaler.fit(IRIS.features()).transform(IRIS.features());
    private static final int[] Y = IRIS.labels();

    /**
     * Every parameter of {@code trained} is that of {@code initial} up to 1e-290: 1e-300 times any
     * gradient here is below an ulp of every non-zero weight, and moves a zero-initialised bias only
     * to about 1e-300, which changes no output.
     */
    private static void assertFrozen(Mlp initial, Mlp trained) {
        for (int l = 0; l < initial.numLayers(); l++) {
            assertArrayEquals(initial.flatWeights(l), trained.flatWeights(l), 1e-290, "weights of layer " + l);
            assertArrayEquals(initial.biases(l), trained.biases(l), 1e-290, "biases of layer " + l);
        }
    }

    /** One epoch, one batch, (next to) no parameter change; see {@link #assertFrozen}. */
    private static Trainer frozen(double fraction) {
        return Trainer.withDefaults().withOptimizer(Optimizer.sgd(1e-300)).withEpochs(1).withBatchSize(1000)
                .withValidationFraction(fraction).withSeed(5);
    }

    private static int correct(Mlp mlp, double[][] x, int[] y) {
        int[] predicted = mlp.predict(x);
        int c = 0;
        for (int i = 0; i < x.length; i++) {
            c += predicted[i] == y[i] ? 1 : 0;
        }
        return c;
    }

    @Test
    void classificationSplitPartitionsTheRows() {
        Mlp mlp = Mlp.builder(4).hidden(6, Activation.TANH).output(3, Output.SOFTMAX).seed(12).build();
        int n = Y.length;
        int nVal = 30; // 0.2 of 150
        TrainingResult r = frozen(0.2).fit(mlp, X, Y);
        assertFrozen(mlp, r.model());
        History h = r.history();
        double total = n * mlp.loss(X, Y);
        double split = (n - nVal) * h.trainLoss()[0] + nVal * h.validationLoss()[0];
        assertEquals(total, split, 1e-12 * total);
        double correctTrain = (n - nVal) * h.trainAccuracy()[0];
        double correctVal = nVal * h.validationAccuracy()[0];
        assertEquals(Math.rint(correctTrain), correctTrain, 1e-9, "training accuracy is a count over 120 rows");
        assertEquals(Math.rint(correctVal), correctVal, 1e-9, "validation accuracy is a count over 30 rows");
        assertEquals(correct(mlp, X, Y), correctTrain + correctVal, 1e-9);
        // an untrained net is not equally good on every part of the data: the sets really differ
        assertTrue(h.trainLoss()[0] != h.validationLoss()[0], h.toString());
    }

    @Test
    void binarySplitPartitionsTheRows() {
        Dataset d = IRIS.oneVsRest(1);
        int[] y = d.labels();
        Mlp mlp = Mlp.builder(4).hidden(5, Activation.RELU).output(1, Output.SIGMOID).seed(3).build();
        int n = y.length;
        int nVal = 38; // round(0.25 * 100) + round(0.25 * 50) = 25 + 13
        History h = frozen(0.25).fit(mlp, X, y).history();
        double total = n * mlp.loss(X, y);
        assertEquals(total, (n - nVal) * h.trainLoss()[0] + nVal * h.validationLoss()[0], 1e-12 * total);
        double correctTrain = (n - nVal) * h.trainAccuracy()[0];
        double correctVal = nVal * h.validationAccuracy()[0];
        assertEquals(correct(mlp, X, y), correctTrain + correctVal, 1e-9);
    }

    @Test
    void regressionSplitPartitionsTheRows() {
        Dataset d = Datasets.diabetes();
        double[][] x = StandardScaler.fit(d.features()).transform(d.features());
        double[] t = d.targets();
        double mean = 0;
        for (double v : t) {
            mean += v / t.length;
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = (t[i] - mean) / 100;
        }
        Mlp mlp = Mlp.builder(x[0].length).hidden(4, Activation.TANH).output(1, Output.LINEAR).seed(8).build();
        int n = t.length; // 442
        int nVal = (int) Math.round(0.3 * n); // 133
        History h = frozen(0.3).fit(mlp, x, t).history();
        double total = n * mlp.loss(x, t);
        assertEquals(total, (n - nVal) * h.trainLoss()[0] + nVal * h.validationLoss()[0], 1e-12 * total);
        assertTrue(h.trainLoss()[0] != h.validationLoss()[0], h.toString());
    }
}
