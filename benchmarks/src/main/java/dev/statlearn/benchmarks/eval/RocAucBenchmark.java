package dev.statlearn.benchmarks.eval;

import dev.statlearn.benchmarks.AverageTimeBenchmark;
import dev.statlearn.eval.curve.PrecisionRecallCurve;
import dev.statlearn.eval.curve.RocCurve;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * ROC AUC and average precision of 10⁶ scores (binary labels, 30% positive, scores rounded to
 * 10⁻⁴ so there are ties): the direct statics ({@link RocCurve#auc}, {@link
 * PrecisionRecallCurve#averagePrecision}) and the full curves, against the baseline of sorting
 * 10⁶ doubles ({@link Arrays#sort(double[])} of a copy).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class RocAucBenchmark extends AverageTimeBenchmark {

    /** Number of scores. */
    @Param({"1000000"})
    public int size;

    int[] labels;
    double[] scores;

    /** Labels and noisy scores from a fixed seed. */
    @Setup
    public void setup() {
        SplittableRandom rng = new SplittableRandom(9);
        labels = new int[size];
        scores = new double[size];
        for (int i = 0; i < size; i++) {
            labels[i] = rng.nextDouble() < 0.3 ? 1 : 0;
            double s = labels[i] + rng.nextGaussian() * 1.2;
            scores[i] = Math.rint(s * 1e4) / 1e4;
        }
    }

    /**
     * ROC AUC without building the curve.
     *
     * @return the AUC
     */
    @Benchmark
    public double rocAuc() {
        return RocCurve.auc(labels, scores);
    }

    /**
     * ROC AUC from the full curve.
     *
     * @return the AUC
     */
    @Benchmark
    public double rocCurveAuc() {
        return RocCurve.of(labels, scores).auc();
    }

    /**
     * Average precision without building the curve.
     *
     * @return the average precision
     */
    @Benchmark
    public double averagePrecision() {
        return PrecisionRecallCurve.averagePrecision(labels, scores);
    }

    /**
     * Average precision from the full curve.
     *
     * @return the average precision
     */
    @Benchmark
    public double prCurveAveragePrecision() {
        return PrecisionRecallCurve.of(labels, scores).averagePrecision();
    }

    /**
     * Baseline: sort a copy of the scores.
     *
     * @return the median of the sorted copy
     */
    @Benchmark
    public double sortBaseline() {
        double[] copy = scores.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
