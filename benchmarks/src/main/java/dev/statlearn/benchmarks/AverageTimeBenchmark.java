package dev.statlearn.benchmarks;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run settings every side-by-side benchmark of this module shares, inherited by its
 * subclasses (JMH's annotations are {@code @Inherited}): the mean time per call, 3 warm-up and 5
 * measured iterations of 1 s, one fork, and the benchmark class as its own state. A subclass names
 * its time unit with {@code @OutputTimeUnit}, and may replace {@code @Fork} (to give the fork a
 * larger heap, say).
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public abstract class AverageTimeBenchmark {

    /** For subclasses. */
    protected AverageTimeBenchmark() {
    }
}
