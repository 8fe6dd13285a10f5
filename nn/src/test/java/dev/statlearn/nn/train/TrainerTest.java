package dev.statlearn.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.core.preprocess.StandardScaler;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Loss;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    static final Dataset IRIS = Datasets.iris();
    static final double[][] X = StandardScaler.fit(IRIS.features()).transform(IRIS.features());
    static final int[] Y = IRIS.labels();

    static Mlp net(long seed) {
        return Mlp.builder(4).hidden(8, Activation.TANH).output(3, Output.SOFTMAX).seed(seed).build();
    }

    @Test
    void sameSeedSameDataGivesBitForBitTheSameWeights() {
        Trainer t = Trainer.withDefaults().withEpochs(15).withBatchSize(10).withDropout(0.2).withSeed(42)
                .withValidationFraction(0.2).withEarlyStopping(3);
        TrainingResult a = t.fit(net(1), X, Y);
        TrainingResult b = t.fit(net(1), X, Y);
        assertEquals(a.model(), b.model());
        assertEquals(a.history(), b.history());
        TrainingResult c = t.withSeed(43).fit(net(1), X, Y);
        assertNotEquals(a.model(), c.model());
    }

    @Test
    void reproducibleWhenTheKernelsRunInParallel() {
        // 64 × 64 × 128 products exceed the kernel layer's parallel threshold (2^18 multiply-adds)
        Dataset d = Datasets.digits();
        double[][] x = d.features();
        Mlp n = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(9).build();
        Trainer t = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.001).withMomentum(0.9)).withEpochs(1)
                .withBatchSize(64).withDropout(0.1).withSeed(3);
        assertEquals(t.fit(n, x, d.labels()).model(), t.fit(n, x, d.labels()).model());
    }

    @Test
    void inputsAreNotModified() {
        Mlp initial = net(2);
        Mlp copy = initial.withParameters(new double[][] {initial.flatWeights(0), initial.flatWeights(1)},
                new double[][] {initial.biases(0), initial.biases(1)});
        double[][] x = java.util.Arrays.stream(X).map(double[]::clone).toArray(double[][]::new);
        int[] y = Y.clone();
        Trainer.withDefaults().withEpochs(3).fit(initial, x, y);
        assertEquals(copy, initial);
        assertArrayEquals(X, x);
        assertArrayEquals(Y, y);
    }

    @Test
    void lossDecreasesAndHistoryIsComplete() {
        TrainingResult r = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.1).withMomentum(0.9)).withEpochs(30)
                .withBatchSize(16).fit(net(3), X, Y, X, Y);
        History h = r.history();
        assertEquals(30, h.epochs());
        assertTrue(h.finalTrainLoss() < 0.5 * h.trainLoss()[0], h.toString());
        assertTrue(h.validationAccuracy()[29] > 0.9, h.toString());
        assertEquals(r.model().loss(X, Y), h.validationLoss()[29], 1e-12);
        assertTrue(h.trainAccuracy()[29] > 0.9);
        assertTrue(h.toString().contains("30 epochs"));
    }

    @Test
    void earlyStoppingRestoresTheBestWeights() {
        // a large learning rate on a tiny validation set makes the validation loss noisy
        Trainer t = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.5)).withEpochs(200).withBatchSize(4)
                .withEarlyStopping(3).withSeed(7);
        double[][] xv = java.util.Arrays.copyOfRange(X, 0, 150, double[][].class);
        TrainingResult r = t.fit(net(4), X, Y, xv, Y);
        History h = r.history();
        assertTrue(h.stoppedEarly(), h.toString());
        assertEquals(h.bestEpoch() + 4, h.epochs());
        double best = h.validationLoss()[h.bestEpoch()];
        for (double v : h.validationLoss()) {
            assertTrue(v >= best);
        }
        assertEquals(best, r.model().loss(xv, Y), 1e-12);
    }

    @Test
    void earlyStoppingNeedsValidationData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.withDefaults().withEarlyStopping(2).fit(net(1), X, Y));
        assertTrue(e.getMessage().contains("validation"), e.getMessage());
    }

    @Test
    void listenersSeeEveryBatchAndEpoch() {
        List<String> events = new ArrayList<>();
        TrainingListener l = new TrainingListener() {
            @Override
            public void onBatchEnd(int epoch, int batch, int batches, double loss) {
                events.add("b" + epoch + "." + batch + "/" + batches);
            }

            @Override
            public void onEpochEnd(EpochSummary s) {
                events.add("e" + s.epoch());
            }
        };
        Trainer.withDefaults().withEpochs(2).withBatchSize(64).withListener(l).fit(net(1), X, Y);
        assertEquals(List.of("b0.0/3", "b0.1/3", "b0.2/3", "e0", "b1.0/3", "b1.1/3", "b1.2/3", "e1"), events);
    }

    @Test
    void consoleProgressPrintsOneLinePerEpochAndIsOffByDefault() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        PrintStream old = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            Trainer.withDefaults().withEpochs(3).fit(net(1), X, Y);
            Trainer.withDefaults().withEpochs(3).withProgress(out).fit(net(1), X, Y, X, Y);
        } finally {
            System.setOut(old);
        }
        assertEquals(0, stdout.size());
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
        assertEquals(3, lines.length);
        assertTrue(lines[0].matches("epoch 1/3  loss \\d\\.\\d{4}  acc \\d\\.\\d{4}  val_loss \\d\\.\\d{4}  "
                + "val_acc \\d\\.\\d{4}  lr 0\\.00100  \\d+\\.\\d s"), lines[0]);
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        Trainer.withDefaults().withEpochs(1).withBatchSize(50)
                .withListener(ConsoleProgress.to(new PrintStream(bar, true, StandardCharsets.UTF_8)).withBatchBar(true))
                .fit(net(1), X, Y);
        assertTrue(bar.toString(StandardCharsets.UTF_8).contains("3/3"));
    }

    @Test
    void regressionAndSchedulesAndPenalties() {
        double[][] x = new double[100][1];
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i][0] = i / 50.0 - 1;
            y[i] = Math.sin(2 * x[i][0]);
        }
        Mlp reg = Mlp.builder(1).hidden(10, Activation.TANH).output(1, Output.LINEAR).seed(1).build();
        TrainingResult r = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.02)).withEpochs(100)
                .withSchedule(Schedule.cosine(1e-4)).withGradientClipping(1.0).fit(reg, x, y);
        assertTrue(r.model().loss(x, y) < 0.01, r.history().toString());
        assertTrue(Double.isNaN(r.history().trainAccuracy()[0]));
        // L1 drives many weights towards zero compared with no penalty
        Trainer t = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.05)).withEpochs(40);
        double plain = norm1(t.fit(net(5), X, Y).model());
        double l1 = norm1(t.withL1(0.02).fit(net(5), X, Y).model());
        double l2 = norm1(t.withL2(0.1).fit(net(5), X, Y).model());
        assertTrue(l1 < plain && l2 < plain, plain + " " + l1 + " " + l2);
    }

    static double norm1(Mlp m) {
        double s = 0;
        for (int l = 0; l < m.numLayers(); l++) {
            for (double v : m.flatWeights(l)) {
                s += Math.abs(v);
            }
        }
        return s;
    }

    @Test
    void scheduleValues() {
        assertEquals(0.1, Schedule.constant().learningRate(0.1, 7, 10));
        assertEquals(0.1 * 0.25, Schedule.step(3, 0.5).learningRate(0.1, 6, 10), 1e-17);
        assertEquals(0.1, Schedule.cosine(1e-3).learningRate(0.1, 0, 10));
        assertEquals(0.5 * (0.1 + 1e-3), Schedule.cosine(1e-3).learningRate(0.1, 5, 10), 1e-16);
        assertEquals(1e-3, Schedule.cosine(4, 1e-3).learningRate(0.1, 9, 10));
        assertThrows(IllegalArgumentException.class, () -> Schedule.step(0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Schedule.step(2, 1.5));
    }

    @Test
    void classWeightsShiftPredictionsTowardsTheHeavyClass() {
        Dataset bc = Datasets.breastCancer();
        double[][] x = StandardScaler.fit(bc.features()).transform(bc.features());
        int[] y = bc.labels();
        Mlp n = Mlp.builder(30).output(1, Output.SIGMOID).seed(1).build();
        Trainer t = Trainer.withDefaults().withEpochs(5).withOptimizer(Optimizer.sgd(0.01));
        int plain = count(t.fit(n, x, y).model().predict(x), 0);
        int heavy = count(t.withClassWeights(20, 1).fit(n, x, y).model().predict(x), 0);
        assertTrue(heavy > plain, plain + " vs " + heavy);
        Trainer focal = t.withLoss(Loss.standard().withFocalGamma(2));
        assertTrue(focal.fit(n, x, y).history().finalTrainLoss() < 0.2);
    }

    static int count(int[] v, int value) {
        int c = 0;
        for (int a : v) {
            c += a == value ? 1 : 0;
        }
        return c;
    }

    @Test
    void divergenceIsReported() {
        double[][] x = {{1e150}, {-1e150}};
        double[] y = {1e150, 0};
        Mlp reg = Mlp.builder(1).output(1, Output.LINEAR).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.withDefaults().withOptimizer(Optimizer.sgd(1)).withEpochs(50).fit(reg, x, y));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
        assertTrue(e.getMessage().contains("largest |x| is 1.0E150"), e.getMessage());
        assertTrue(e.getMessage().contains("learning rate 1.0"), e.getMessage());
    }

    @Test
    void featuresNear1e300DivergeWithAnArgumentError() {
        double[][] x = {{1e300, 0.5}, {-1e300, 0.1}, {0.3, 1e300}};
        int[] y = {0, 1, 0};
        Mlp net = Mlp.builder(2).hidden(3, dev.statlearn.nn.Activation.RELU).output(2, Output.SOFTMAX).seed(1).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.1)).withEpochs(3).fit(net, x, y));
        assertTrue(e.getMessage().contains("largest |x| is 1.0E300"), e.getMessage());
        assertTrue(e.getMessage().contains("StandardScaler"), e.getMessage());
    }

    @Test
    void configurationIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> Trainer.withDefaults().withEpochs(0));
        assertThrows(IllegalArgumentException.class, () -> Trainer.withDefaults().withBatchSize(-1));
        assertThrows(IllegalArgumentException.class, () -> Trainer.withDefaults().withDropout(1.0));
        assertThrows(IllegalArgumentException.class, () -> Trainer.withDefaults().withL2(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Trainer.withDefaults().withValidationFraction(1));
        assertThrows(IllegalArgumentException.class, () -> Optimizer.sgd(0));
        assertThrows(IllegalArgumentException.class, () -> Optimizer.sgd(0.1).withMomentum(1));
        assertThrows(IllegalStateException.class, () -> Optimizer.sgd(0.1).withNesterov(true));
        assertThrows(IllegalStateException.class, () -> Optimizer.adam(0.1).withMomentum(0.9));
        assertThrows(IllegalStateException.class, () -> Optimizer.sgd(0.1).withBetas(0.9, 0.99));
        assertThrows(IllegalArgumentException.class, () -> Optimizer.adamW(0.1, -1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.withDefaults().fit(net(1), X, new int[] {0, 1}));
        assertTrue(e.getMessage().contains("x has length 150 but y has length 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.withDefaults().fit(net(1), new double[][] {{1, 2, 3}}, new int[] {0}));
        assertTrue(e.getMessage().contains("columns"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.withDefaults().fit(net(1), new double[][] {{1, 2, 3, Double.NaN}}, new int[] {0}));
        assertTrue(e.getMessage().contains("x[0][3]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.withDefaults().withClassWeights(1, 2).fit(net(1), X, Y));
        assertTrue(e.getMessage().contains("class weights"), e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> Trainer.withDefaults().fit(net(1), X, new double[150]));
        assertTrue(Trainer.withDefaults().toString().contains("Adam"));
        assertEquals("SGD[lr=0.1, momentum=0.9, nesterov]",
                Optimizer.sgd(0.1).withMomentum(0.9).withNesterov(true).toString());
    }

    @Test
    void trainsFromADataset() {
        Dataset d = IRIS.withFeatures(X);
        TrainingResult r = Trainer.withDefaults().withEpochs(5).withValidationFraction(0.2).fit(net(1), d);
        assertEquals(5, r.history().epochs());
        assertTrue(!Double.isNaN(r.history().validationLoss()[4]));
    }
}
