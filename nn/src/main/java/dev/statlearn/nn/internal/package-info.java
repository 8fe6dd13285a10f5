/**
 * Internal kernels of the nn module (dense linear algebra, forward/backward engine, losses,
 * optimizer updates). Not part of the public API; may change without notice.
 */
package dev.statlearn.nn.internal;
