/**
 * Training of {@link dev.statlearn.nn.Mlp} networks: the immutable
 * {@link dev.statlearn.nn.train.Trainer} configuration, {@link dev.statlearn.nn.train.Optimizer}s
 * (SGD with momentum / Nesterov, Adam, AdamW), learning-rate {@link dev.statlearn.nn.train.Schedule}s,
 * the per-epoch {@link dev.statlearn.nn.train.History}, progress listeners and a console display.
 *
 * @since 0.1
 */
package dev.statlearn.nn.train;
