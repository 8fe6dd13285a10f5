/**
 * Internals of the nn module: the forward/backward engine over core's kernel layer
 * ({@code dev.statlearn.core.internal.kernel}, where every product, bias + activation, activation
 * backward, softmax and column sum is computed), the losses, the optimizer updates, the training
 * targets type and the one mapping from nn's activations to the kernels'. Not part of the public
 * API; may change without notice.
 */
package dev.statlearn.nn.internal;
