package dev.statlearn.benchmarks.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every softmax and bias-ReLU implementation gives the same answer. */
class SoftmaxBenchmarkTest {

    static SoftmaxBenchmark bench(int rows, String impl) {
        SoftmaxBenchmark b = new SoftmaxBenchmark();
        b.rows = rows;
        b.impl = impl;
        b.setup();
        return b;
    }

    @Test
    void everyImplementationAgrees() {
        for (int rows : new int[] {1, 64, 4096}) {
            double[] soft = bench(rows, "loop").softmax().clone();
            double[] relu = bench(rows, "loop").biasRelu().clone();
            for (String impl : new String[] {"kernels", "scalar", "nn"}) {
                double[] s = bench(rows, impl).softmax();
                double[] r = bench(rows, impl).biasRelu();
                for (int i = 0; i < soft.length; i++) {
                    // exponentials of arguments up to 20 in magnitude, a few ulp of the math library
                    assertEquals(soft[i], s[i], 1e-14, impl + " softmax " + i);
                }
                for (int i = 0; i < relu.length; i++) {
                    assertEquals(relu[i], r[i], 0.0, impl + " relu " + i);
                }
            }
        }
    }
}
