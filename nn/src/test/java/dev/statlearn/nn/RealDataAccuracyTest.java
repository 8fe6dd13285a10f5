package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.nn.train.Optimizer;
import dev.statlearn.nn.train.Trainer;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the bundled real datasets with fixed seeds and a stratified 25 % hold-out
 * (written in {@link Splits}; features standardised on the training part). The seeds are fixed,
 * so these are deterministic regression tests of the whole training pipeline; the thresholds are
 * those of the issue, well below what the configurations reach.
 */
class RealDataAccuracyTest {

    @Test
    void iris() {
        // 37 of 39 test rows (0.949) for every network/trainer seed 1..6 tried: the two misses are
        // hard rows of this split, not training noise, so the threshold is not seed-sensitive.
        Splits s = Splits.holdOut(Datasets.iris(), 0.25, 11).standardized();
        Mlp net = Mlp.builder(4).hidden(16, Activation.TANH).output(3, Output.SOFTMAX).seed(3).build();
        Mlp m = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.01)).withEpochs(150).withBatchSize(16)
                .withSeed(5).fit(net, s.train.features(), s.train.labels()).model();
        double acc = Splits.accuracy(m.predict(s.test.features()), s.test.labels());
        assertTrue(acc >= 0.93, "iris test accuracy " + acc);
    }

    @Test
    void digits() {
        Splits s = Splits.holdOut(Datasets.digits(), 0.25, 11);
        double[][] xTrain = scale(s.train.features(), 1.0 / 16);
        double[][] xTest = scale(s.test.features(), 1.0 / 16);
        Mlp net = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(3).build();
        Mlp m = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.1).withMomentum(0.9)).withEpochs(20)
                .withBatchSize(64).withSeed(5).fit(net, xTrain, s.train.labels()).model();
        double acc = Splits.accuracy(m.predict(xTest), s.test.labels());
        assertTrue(acc >= 0.95, "digits test accuracy " + acc);
    }

    @Test
    void breastCancer() {
        Splits s = Splits.holdOut(Datasets.breastCancer(), 0.25, 11).standardized();
        Mlp net = Mlp.builder(30).hidden(16, Activation.RELU).output(1, Output.SIGMOID).seed(3).build();
        Mlp m = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.003)).withEpochs(60).withBatchSize(32)
                .withL2(1e-3).withSeed(5).fit(net, s.train.features(), s.train.labels()).model();
        double acc = Splits.accuracy(m.predict(s.test.features()), s.test.labels());
        assertTrue(acc >= 0.95, "breast cancer test accuracy " + acc);
    }

    @Test
    void diabetesRegressionBeatsTheMean() {
        Splits s = Splits.holdOut(Datasets.diabetes(), 0.25, 11).standardized();
        double[] yTrain = s.train.targets();
        double mean = java.util.Arrays.stream(yTrain).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(yTrain).map(v -> (v - mean) * (v - mean)).average().orElseThrow());
        double[] z = java.util.Arrays.stream(yTrain).map(v -> (v - mean) / sd).toArray();
        Mlp net = Mlp.builder(10).hidden(16, Activation.RELU).output(1, Output.LINEAR).seed(3).build();
        Mlp m = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.003)).withEpochs(100).withBatchSize(32)
                .withL2(1e-2).withSeed(5).fit(net, s.train.features(), z).model();
        double[][] p = m.predictValues(s.test.features());
        double[] yTest = s.test.targets();
        double mseNet = 0;
        double mseMean = 0;
        for (int i = 0; i < yTest.length; i++) {
            double pred = mean + sd * p[i][0];
            mseNet += (pred - yTest[i]) * (pred - yTest[i]);
            mseMean += (mean - yTest[i]) * (mean - yTest[i]);
        }
        assertTrue(mseNet < 0.75 * mseMean, "diabetes test MSE " + mseNet / yTest.length + " vs mean predictor "
                + mseMean / yTest.length);
    }

    static double[][] scale(double[][] x, double f) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] *= f;
            }
        }
        return out;
    }

    static Dataset digitsScaled() {
        Dataset d = Datasets.digits();
        return d.withFeatures(scale(d.features(), 1.0 / 16));
    }
}
