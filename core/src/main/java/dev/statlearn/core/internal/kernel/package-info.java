/**
 * Internal hot-loop kernels shared by {@code nn}, {@code stats} and {@code eval}: dense matrix
 * products in the three shapes of a forward and backward pass, bias add with activation and its
 * backward pass, column sums, row-wise softmax and log-softmax, and the sums behind KL divergence,
 * entropy and total variation.
 *
 * <p>Layering: {@link dev.statlearn.core.internal.kernel.Kernels} (the facade) calls down into
 * one {@link dev.statlearn.core.internal.kernel.KernelOps}; the implementations use only the
 * package's helpers below them and never call back into the facade.
 *
 * <p>Not public API: the package is not exported and may change without notice. Entry point is
 * {@link dev.statlearn.core.internal.kernel.Kernels}, which picks one
 * {@link dev.statlearn.core.internal.kernel.KernelOps} implementation once at start-up:
 * the Vector API one when the running JVM has {@code jdk.incubator.vector} (started with
 * {@code --add-modules jdk.incubator.vector}), otherwise the scalar one. The system property
 * {@code -Dstatlearn.kernels=scalar} forces the scalar path.
 *
 * <p>Threads: large products are cut into one part per thread and run on the caller and daemon
 * {@code statlearn-kernel-N} helper threads (see {@link dev.statlearn.core.internal.kernel.Kernels}
 * for how many, and for their 200 µs busy wait between products); every other kernel runs on the
 * calling thread. Results never depend on the number of threads.
 *
 * <p>Conventions (EJML style): matrices are row-major flat {@code double[]} arrays with explicit
 * dimensions, offsets and (in the general forms) leading dimensions; outputs are optional
 * parameters (pass {@code null} to allocate), and no kernel allocates when an output is given
 * (apart from a few small objects per parallel product; see
 * {@link dev.statlearn.core.internal.kernel.Kernels}).
 * Kernels never check for NaN: NaN and infinities propagate by IEEE rules.
 */
package dev.statlearn.core.internal.kernel;
