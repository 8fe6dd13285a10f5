/**
 * Internal helpers shared by the statlearn modules: {@link dev.statlearn.core.internal.Format},
 * the one number formatter behind every {@code toString()},
 * {@link dev.statlearn.core.internal.DenseLinearAlgebra}, the EJML-backed Cholesky, solves and
 * inverses behind the multivariate normal and the maximum-likelihood standard errors,
 * {@link dev.statlearn.core.internal.SortedArrays}, rank counts in a sorted array, and the compute
 * kernels in {@code dev.statlearn.core.internal.kernel}.
 *
 * <p>Not public API: the package is not exported and may change without notice.
 */
package dev.statlearn.core.internal;
