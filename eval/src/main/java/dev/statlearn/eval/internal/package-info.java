/**
 * Internal kernels of the eval module (not API; may change without notice).
 *
 * @since 0.1
 */
package dev.statlearn.eval.internal;
