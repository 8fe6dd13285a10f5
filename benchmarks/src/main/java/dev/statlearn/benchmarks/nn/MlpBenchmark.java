package dev.statlearn.benchmarks.nn;

import dev.statlearn.benchmarks.AverageTimeBenchmark;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Gradients;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.nn.train.Optimizer;
import dev.statlearn.nn.train.Trainer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * The digits MLP (64-128-10, ReLU, softmax output, inputs scaled to [0, 1]): one SGD training step
 * on a batch of 64 (a one-epoch {@link Trainer#fit} on 64 rows, so including the trainer's
 * per-call set-up), the gradients of one batch, one epoch over the 1797 digits (batch 64, SGD
 * 0.1, shuffled), and single-row and batch inference.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MlpBenchmark extends AverageTimeBenchmark {

    static final int BATCH = 64;

    Mlp net;
    double[][] x;
    int[] y;
    double[][] xBatch;
    int[] yBatch;
    double[] row;
    Trainer epoch;

    /** Loads digits, scales by 1/16, builds the seeded network. */
    @Setup
    public void setup() {
        Dataset digits = Datasets.digits();
        x = digits.features();
        for (double[] r : x) {
            for (int j = 0; j < r.length; j++) {
                r[j] /= 16.0;
            }
        }
        y = digits.labels();
        xBatch = Arrays.copyOf(x, BATCH);
        yBatch = Arrays.copyOf(y, BATCH);
        row = x[0];
        net = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(1)
                .build();
        epoch = Trainer.withDefaults().withOptimizer(Optimizer.sgd(0.1)).withEpochs(1)
                .withBatchSize(BATCH).withSeed(1);
    }

    /**
     * One SGD step on one batch of 64 (one epoch of one batch, shuffling off).
     *
     * @return the updated network
     */
    @Benchmark
    public Mlp trainStep() {
        return epoch.withShuffle(false).fit(net, xBatch, yBatch).model();
    }

    /**
     * Forward and backward pass of one batch of 64.
     *
     * @return the gradients
     */
    @Benchmark
    public Gradients gradients() {
        return net.gradients(xBatch, yBatch);
    }

    /**
     * One epoch over all 1797 digits.
     *
     * @return the trained network
     */
    @Benchmark
    public Mlp trainEpoch() {
        return epoch.fit(net, x, y).model();
    }

    /**
     * Class probabilities of one row.
     *
     * @return the probabilities
     */
    @Benchmark
    public double[] predictRow() {
        return net.predictProba(row);
    }

    /**
     * Class probabilities of a batch of 64 rows.
     *
     * @return the probabilities
     */
    @Benchmark
    public double[][] predictBatch() {
        return net.predictProba(xBatch);
    }
}
