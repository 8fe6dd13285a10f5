package dev.statlearn.core.internal.kernel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;

/**
 * The contract on the Vector API kernels. Runs in the surefire execution that starts the JVM
 * with {@code --add-modules jdk.incubator.vector} (and is skipped in the one without it;
 * {@link KernelsSelectionTest} makes sure the right path is active in each). Products use fused
 * multiply-add, so they are compared with the summation-error bound, not bit for bit.
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
}
