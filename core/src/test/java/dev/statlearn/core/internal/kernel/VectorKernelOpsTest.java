package dev.statlearn.core.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract on the Vector API kernels. Runs in the surefire execution that starts the JVM
 * with {@code --add-modules jdk.incubator.vector} (and is skipped in the one without it;
 * {@link KernelsSelectionTest} makes sure the right path is active in each). Products use fused
 * multiply-add, so they are compared with the summation-error bound, not bit for bit.
 *
 * <p>The activations, softmax and log-softmax take their transcendental functions from
 * {@link Math} (the Vector API's {@code EXP} and {@code TANH} give different bits in the
 * interpreter and in compiled code): they equal the scalar kernels bit for bit, so seeded training
 * does not depend on when the JIT compiles them.
 */
class VectorKernelOpsTest extends KernelOpsContract {

    @BeforeEach
    void requireVectorPath() {
        assumeTrue(Kernels.vector().isPresent(), "JVM started without jdk.incubator.vector");
    }

    @Override
    KernelOps ops() {
        return Kernels.vector().orElseThrow();
    }

    @Override
    boolean exactProducts() {
        return false;
    }

    @Test
    void activationsAndSoftmaxEqualTheScalarKernelsBitForBit() {
        SplittableRandom rng = new SplittableRandom(11);
        KernelOps scalar = Kernels.scalar();
        for (int cols : new int[] {1, 3, 8, 17, 64}) {
            int rows = 5;
            double[] z = new double[rows * cols];
            double[] bias = new double[cols];
            for (int i = 0; i < z.length; i++) {
                z[i] = rng.nextDouble(-40, 40);
            }
            for (int j = 0; j < cols; j++) {
                bias[j] = rng.nextDouble(-1, 1);
            }
            for (KernelActivation act : KernelActivation.values()) {
                assertArrayEquals(scalar.biasActivation(rows, cols, z, 0, bias, 0, act, null, 0),
                        ops().biasActivation(rows, cols, z, 0, bias, 0, act, null, 0), 0.0,
                        act + " " + cols);
            }
            assertArrayEquals(scalar.softmaxRows(rows, cols, z, 0, null, 0),
                    ops().softmaxRows(rows, cols, z, 0, null, 0), 0.0, "softmax " + cols);
            assertArrayEquals(scalar.logSoftmaxRows(rows, cols, z, 0, null, 0),
                    ops().logSoftmaxRows(rows, cols, z, 0, null, 0), 0.0, "log-softmax " + cols);
        }
    }
}
