package dev.statlearn.benchmarks.core;

import dev.statlearn.benchmarks.AverageTimeBenchmark;
import dev.statlearn.benchmarks.ReferenceLoops;
import dev.statlearn.core.internal.kernel.KernelActivation;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.nn.Softmax;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Row-wise softmax of {@code rows × 10} logits (the digits output layer): the kernel layer (chosen
 * path and scalar path, flat arrays) against {@code nn}'s public {@link Softmax#softmax(double[][])}
 * and a plain loop over {@link Math#exp}; plus bias add with ReLU on {@code rows × 128}.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SoftmaxBenchmark extends AverageTimeBenchmark {

    /** Number of rows. */
    @Param({"64", "4096"})
    public int rows;

    /** {@code kernels}, {@code scalar}, {@code nn}, {@code loop}. */
    @Param({"kernels", "scalar", "nn", "loop"})
    public String impl;

    static final int COLS = 10;
    static final int HIDDEN = 128;

    double[] logits;
    double[][] logitRows;
    double[] out;
    double[] z;
    double[] bias;
    double[] hidden;

    /** Logits in [-10, 10) from a fixed seed. */
    @Setup
    public void setup() {
        SplittableRandom rng = new SplittableRandom(7);
        logits = rng.doubles((long) rows * COLS, -10, 10).toArray();
        logitRows = new double[rows][];
        for (int r = 0; r < rows; r++) {
            logitRows[r] = java.util.Arrays.copyOfRange(logits, r * COLS, (r + 1) * COLS);
        }
        out = new double[rows * COLS];
        z = rng.doubles((long) rows * HIDDEN, -1, 1).toArray();
        bias = rng.doubles(HIDDEN, -1, 1).toArray();
        hidden = new double[rows * HIDDEN];
    }

    /**
     * Softmax of every row (flattened result).
     *
     * @return the probabilities, row-major
     */
    @Benchmark
    public double[] softmax() {
        switch (impl) {
            case "kernels":
                return Kernels.softmaxRows(rows, COLS, logits, 0, out, 0);
            case "scalar":
                return Kernels.scalar().softmaxRows(rows, COLS, logits, 0, out, 0);
            case "nn": {
                double[][] p = Softmax.softmax(logitRows);
                for (int r = 0; r < rows; r++) {
                    System.arraycopy(p[r], 0, out, r * COLS, COLS);
                }
                return out;
            }
            case "loop":
                return ReferenceLoops.softmaxRows(rows, COLS, logits, out);
            default:
                throw new IllegalStateException("unknown impl " + impl);
        }
    }


    /**
     * Bias add and ReLU on a {@code rows × 128} hidden layer.
     *
     * @return the activations
     */
    @Benchmark
    public double[] biasRelu() {
        switch (impl) {
            case "kernels":
                return Kernels.biasActivation(rows, HIDDEN, z, 0, bias, 0, KernelActivation.RELU,
                        hidden, 0);
            case "scalar":
                return Kernels.scalar().biasActivation(rows, HIDDEN, z, 0, bias, 0,
                        KernelActivation.RELU, hidden, 0);
            default:
                for (int r = 0; r < rows; r++) {
                    for (int j = 0; j < HIDDEN; j++) {
                        hidden[r * HIDDEN + j] = Math.max(0, z[r * HIDDEN + j] + bias[j]);
                    }
                }
                return hidden;
        }
    }
}
