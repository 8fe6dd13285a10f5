/**
 * Neural-network building blocks and the multilayer perceptron.
 *
 * <ul>
 *   <li>{@link dev.statlearn.nn.Softmax}: stable softmax, log-softmax, arg-max, one-hot.</li>
 *   <li>{@link dev.statlearn.nn.Activation}, {@link dev.statlearn.nn.Output}: activations with
 *       derivatives, output layers.</li>
 *   <li>{@link dev.statlearn.nn.Loss}: cross-entropy from logits, binary cross-entropy, MSE, class
 *       weights, focal loss.</li>
 *   <li>{@link dev.statlearn.nn.Mlp}: the immutable network, seeded He/Glorot initialisation,
 *       predictions, backpropagation ({@link dev.statlearn.nn.Gradients}), safe model files
 *       ({@link dev.statlearn.nn.ModelFormatException}).</li>
 *   <li>{@link dev.statlearn.nn.GradientCheck}: backpropagation against finite differences.</li>
 * </ul>
 *
 * <p>Training lives in {@code dev.statlearn.nn.train}, compact inference models (pruned, int8)
 * in {@code dev.statlearn.nn.deploy}. Everything is double precision and agrees with PyTorch
 * 1.13 (float64) to 1e-10 on the reference network of the tests.
 *
 * @since 0.1
 */
package dev.statlearn.nn;
