package dev.statlearn.core.internal.kernel;

/** The contract on the scalar kernels, which must equal naive loops bit for bit. */
class ScalarKernelOpsTest extends KernelOpsContract {

    @Override
    KernelOps ops() {
        return Kernels.scalar();
    }

    @Override
    boolean exactProducts() {
        return true;
    }
}
