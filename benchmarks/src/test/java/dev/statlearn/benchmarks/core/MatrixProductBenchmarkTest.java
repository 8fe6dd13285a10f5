package dev.statlearn.benchmarks.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every implementation of every product shape gives the naive loop's answer. */
class MatrixProductBenchmarkTest {

    static double[] run(String shape, String form, String impl) {
        MatrixProductBenchmark b = new MatrixProductBenchmark();
        b.shape = shape;
        b.form = form;
        b.impl = impl;
        b.setup();
        return b.product().clone();
    }

    @Test
    void everyImplementationAgrees() {
        for (String shape : new String[] {"64x64x128", "64x128x10", "128x64x10", "64x10x128",
            "128x784x256", "3x5x7"}) {
            for (String form : new String[] {"AB", "AtB", "ABt"}) {
                double[] expected = run(shape, form, "naive");
                int k = Integer.parseInt(shape.split("x")[1]);
                for (String impl : new String[] {"kernels", "scalar", "sequential", "ejml"}) {
                    double[] actual = run(shape, form, impl);
                    // |a|, |b| < 1: each element is a sum of k terms below 1 in magnitude;
                    // two summation orders (with or without FMA) differ by at most 2 k eps k
                    double tol = 2.0 * k * k * Math.ulp(1.0);
                    for (int i = 0; i < expected.length; i++) {
                        assertEquals(expected[i], actual[i], tol,
                                shape + " " + form + " " + impl + " element " + i);
                    }
                }
            }
        }
    }
}
