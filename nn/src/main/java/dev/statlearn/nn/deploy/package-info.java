/**
 * Models that leave the training process: inference-only compact networks obtained by
 * magnitude pruning ({@link dev.statlearn.nn.deploy.PrunedMlp}) and int8 weight quantization
 * ({@link dev.statlearn.nn.deploy.QuantizedMlp}), and their {@link dev.statlearn.nn.deploy.Comparison}
 * with the original network (agreement, accuracy change, size).
 *
 * @since 0.1
 */
package dev.statlearn.nn.deploy;
