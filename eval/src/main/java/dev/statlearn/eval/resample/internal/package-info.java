/**
 * Internal kernels of the resampling package (brute-force nearest-neighbour search on flat,
 * row-major primitive arrays). Not part of the public API: signatures may change without notice.
 *
 * @since 0.1
 */
package dev.statlearn.eval.resample.internal;
