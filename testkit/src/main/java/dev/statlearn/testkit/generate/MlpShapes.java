package dev.statlearn.testkit.generate;

import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import java.util.Arrays;
import java.util.Objects;

/**
 * Generators of multilayer-perceptron architectures ({@link MlpShape}) within bounds; a shape
 * builds its {@link Mlp} from a seed.
 *
 * <p>{@link #shapes(int, int, int, int)} draws, independently and uniformly: the inputs in
 * \( [1, I] \), the number of hidden layers in \( [0, L] \), each hidden width in \( [1, W] \), one
 * activation for every hidden layer among {@link Activation#values()}, and the output kind among
 * those the output bound allows ({@link Output#SOFTMAX} needs \( O \ge 2 \)), with its units:
 * \( [2, O] \) for softmax, 1 for sigmoid, \( [1, O] \) for linear.
 *
 * @since 0.2
 */
public final class MlpShapes {

    private MlpShapes() {
    }

    /**
     * Architectures within the given bounds (see the class description). The bounds are checked
     * against the network limits of {@link Mlp}: the largest network they allow must have at most
     * {@link Mlp#MAX_PARAMETERS} parameters.
     *
     * @param maxInputs       \( I \), in {@code [1, Mlp.MAX_UNITS]}
     * @param maxHiddenLayers \( L \), in {@code [0, Mlp.MAX_LAYERS - 1]}
     * @param maxWidth        \( W \), in {@code [1, Mlp.MAX_UNITS]}
     * @param maxOutputs      \( O \), in {@code [1, Mlp.MAX_UNITS]}
     * @return the generator
     * @throws IllegalArgumentException if a bound is out of range or allows too large a network
     */
    public static Generator<MlpShape> shapes(int maxInputs, int maxHiddenLayers, int maxWidth, int maxOutputs) {
        Draws.intIn(maxInputs, 1, Mlp.MAX_UNITS, "maxInputs");
        Draws.intIn(maxHiddenLayers, 0, Mlp.MAX_LAYERS - 1, "maxHiddenLayers");
        Draws.intIn(maxWidth, 1, Mlp.MAX_UNITS, "maxWidth");
        Draws.intIn(maxOutputs, 1, Mlp.MAX_UNITS, "maxOutputs");
        // the largest network: every layer at its bound (widths of hidden layers W, at most 2^24 each)
        long params;
        if (maxHiddenLayers == 0) {
            params = (long) maxInputs * maxOutputs + maxOutputs;
        } else {
            params = (long) maxInputs * maxWidth + maxWidth
                    + (maxHiddenLayers - 1L) * ((long) maxWidth * maxWidth + maxWidth)
                    + (long) maxWidth * maxOutputs + maxOutputs;
        }
        if (params > Mlp.MAX_PARAMETERS) {
            throw new IllegalArgumentException("maxInputs, maxHiddenLayers, maxWidth and maxOutputs allow networks of "
                    + params + " parameters, more than Mlp.MAX_PARAMETERS = " + Mlp.MAX_PARAMETERS);
        }
        Activation[] activations = Activation.values();
        return Draws.checked(rng -> {
            int inputs = Draws.uniformInt(rng, 1, maxInputs);
            int[] hidden = new int[Draws.uniformInt(rng, 0, maxHiddenLayers)];
            for (int l = 0; l < hidden.length; l++) {
                hidden[l] = Draws.uniformInt(rng, 1, maxWidth);
            }
            Activation activation = activations[rng.nextInt(activations.length)];
            Output output = maxOutputs >= 2
                    ? Output.values()[rng.nextInt(Output.values().length)]
                    : (rng.nextBoolean() ? Output.SIGMOID : Output.LINEAR);
            int outputs = switch (output) {
                case SOFTMAX -> Draws.uniformInt(rng, 2, maxOutputs);
                case SIGMOID -> 1;
                case LINEAR -> Draws.uniformInt(rng, 1, maxOutputs);
            };
            return new MlpShape(inputs, hidden, activation, outputs, output);
        });
    }

    /**
     * An MLP architecture: inputs, hidden layer widths with one activation, and the output layer.
     *
     * @param inputs     number of inputs, in {@code [1, Mlp.MAX_UNITS]}
     * @param hidden     hidden layer widths, each in {@code [1, Mlp.MAX_UNITS]}, possibly none (the
     *                   record keeps a copy; the accessor returns a copy)
     * @param activation the activation of every hidden layer
     * @param outputs    output units: at least 2 for softmax, 1 for sigmoid, at least 1 for linear
     * @param output     the output kind
     */
    public record MlpShape(int inputs, int[] hidden, Activation activation, int outputs, Output output) {

        /**
         * Checks and copies the arguments (the limits on layers and parameters are checked by
         * {@link #build(long)}, through {@link Mlp.Builder#build()}).
         *
         * @throws NullPointerException     if {@code hidden}, {@code activation} or {@code output} is null
         * @throws IllegalArgumentException if a size is out of range or {@code outputs} does not fit
         *                                  {@code output}
         */
        public MlpShape {
            Draws.intIn(inputs, 1, Mlp.MAX_UNITS, "inputs");
            Objects.requireNonNull(hidden, "hidden");
            Objects.requireNonNull(activation, "activation");
            Objects.requireNonNull(output, "output");
            hidden = hidden.clone();
            for (int l = 0; l < hidden.length; l++) {
                Draws.intIn(hidden[l], 1, Mlp.MAX_UNITS, "hidden[" + l + "]");
            }
            int least = output == Output.SOFTMAX ? 2 : 1;
            int most = output == Output.SIGMOID ? 1 : Mlp.MAX_UNITS;
            if (outputs < least || outputs > most) {
                throw new IllegalArgumentException("outputs must be in [" + least + ", " + most + "] for a " + output
                        + " output, was " + outputs);
            }
        }

        /**
         * The hidden layer widths.
         *
         * @return a copy
         */
        @Override
        public int[] hidden() {
            return hidden.clone();
        }

        /**
         * Builds the network with {@link Mlp#builder(int)}: the same seed gives the same initial
         * weights.
         *
         * @param seed the seed of the initial weights
         * @return a new network of this shape
         * @throws IllegalArgumentException if the network exceeds {@link Mlp}'s limits on layers or
         *                                  parameters
         */
        public Mlp build(long seed) {
            Mlp.Builder b = Mlp.builder(inputs);
            for (int units : hidden) {
                b.hidden(units, activation);
            }
            return b.output(outputs, output).seed(seed).build();
        }

        /**
         * The number of weights and biases of the network, \( \sum_l (n_{l-1} + 1)\, n_l \).
         *
         * @return the parameter count
         */
        public long numParameters() {
            long p = 0;
            int previous = inputs;
            for (int units : hidden) {
                p += ((long) previous + 1) * units;
                previous = units;
            }
            return p + ((long) previous + 1) * outputs;
        }

        /**
         * Compares the contents.
         *
         * @param o another object
         * @return whether {@code o} is an equal shape
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof MlpShape s && s.inputs == inputs && Arrays.equals(s.hidden, hidden)
                    && s.activation == activation && s.outputs == outputs && s.output == output;
        }

        /**
         * A hash of the contents.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Objects.hash(inputs, Arrays.hashCode(hidden), activation, outputs, output);
        }

        /**
         * The architecture, e.g. {@code MlpShape[4 → 8 → 8 TANH → 3 SOFTMAX]}.
         *
         * @return the shape in text
         */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("MlpShape[").append(inputs);
            for (int units : hidden) {
                sb.append(" → ").append(units);
            }
            if (hidden.length > 0) {
                sb.append(' ').append(activation.name());
            }
            return sb.append(" → ").append(outputs).append(' ').append(output.name()).append(']').toString();
        }
    }
}
