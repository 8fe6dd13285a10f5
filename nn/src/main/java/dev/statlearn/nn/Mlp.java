package dev.statlearn.nn;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.EjmlMatrices;
import dev.statlearn.core.internal.kernel.DenseRowWeights;
import dev.statlearn.core.internal.kernel.KernelActivation;
import dev.statlearn.core.internal.kernel.Kernels;
import dev.statlearn.nn.internal.Engine;
import dev.statlearn.nn.internal.KernelBridge;
import dev.statlearn.nn.internal.Rows;
import dev.statlearn.nn.internal.Targets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * A multilayer perceptron: an immutable composition of affine maps and activations,
 * \[ a_0 = x, \qquad a_l = f_l(W_l a_{l-1} + b_l) \;\; (l = 1, \dots, L-1), \qquad
 *    z = W_L a_{L-1} + b_L, \]
 * whose logits \( z \) are turned into predictions by the {@link Output} (softmax, sigmoid or
 * identity). Weight layer \( l \) holds a \( n_l \times n_{l-1} \) matrix \( W_l \) (rows =
 * output units) and a bias \( b_l \).
 *
 * <pre>{@code
 * Mlp net = Mlp.builder(64).hidden(128, Activation.RELU).output(10, Output.SOFTMAX).seed(7).build();
 * TrainingResult r = Trainer.withDefaults().withEpochs(30).fit(net, xTrain, yTrain);
 * int[] predicted = r.model().predict(xTest);
 * }</pre>
 *
 * <ul>
 *   <li>Immutable and thread-safe; training ({@code dev.statlearn.nn.train.Trainer}) returns a new
 *       network. Every weight is finite.</li>
 *   <li>Initialisation ({@link Builder#build()}): biases 0; a layer followed by ReLU or leaky ReLU
 *       gets He normal weights \( N(0, 2/n_{l-1}) \); every other layer (sigmoid, tanh, identity
 *       and the output layer) gets Glorot uniform weights
 *       \( U(\pm\sqrt{6/(n_{l-1}+n_l)}) \). Same seed, same weights, bit for bit on either
 *       kernel path. Batch prediction, losses and gradients use core's matrix-product kernels:
 *       on the Vector API path they differ from the scalar path in the last bits; see
 *       {@link dev.statlearn.core.Randomness} on reproducibility.</li>
 *   <li>{@link #gradients(double[][], int[])} is backpropagation, the chain rule applied layer
 *       by layer from the top: \( \delta_L = \partial L / \partial z \),
 *       \( \partial L/\partial W_l = \delta_l^\top a_{l-1} \), \( \partial L/\partial b_l = \sum_i \delta_{l,i} \),
 *       \( \delta_{l-1} = (\delta_l W_l) \odot f'_{l-1} \).</li>
 *   <li>Files: {@link #save(Path)} / {@link #load(Path)}, a versioned binary format with a
 *       checksum, described at {@link #write(OutputStream)}.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Mlp implements InferenceModel {

    private static final int CHUNK = 256;
    /** Units from which the single-row layout costs at most about twice the weights' memory. */
    private static final int MIN_LAYOUT_UNITS = 8;
    /** Weights up to which a layer gets the single-row layout whatever its shape. */
    private static final int SMALL_LAYER = 1 << 16;
    private static final int CHUNK_VALUES = 1 << 22;
    /** The exponent field of a double's bits. */
    private static final long EXPONENT_BITS = 0x7FF0_0000_0000_0000L;
    /** One unit of the exponent field: added to an all-ones exponent it carries into the sign bit. */
    private static final long EXPONENT_UNIT = 0x0010_0000_0000_0000L;

    /**
     * Largest supported number of weight layers (hidden layers plus the output layer), 1024.
     * The same limit applies to building and to reading a file, so every network that builds
     * also saves and loads.
     */
    public static final int MAX_LAYERS = 1024;

    /** Largest supported number of units in one layer (inputs included), \( 2^{24} = 16777216 \). */
    public static final int MAX_UNITS = 1 << 24;

    /**
     * Largest supported number of parameters (weights and biases), \( 2^{27} = 134217728 \),
     * i.e. 1 GiB of binary64 values; \( \sum_l (n_l n_{l-1} + n_l) \) is computed exactly and
     * checked against it before anything is allocated, by {@link Builder#build()} as by the file
     * readers.
     */
    public static final long MAX_PARAMETERS = 1L << 27;

    private final int[] sizes;
    private final Activation[] activations;
    private final Output output;
    private final double[][] weights;
    private final double[][] biases;
    /**
     * \( W_l^\top \) per layer, one array per input (row \( p \) holds the weights from input
     * \( p \)): the layout of the single-row kernel ({@code Kernels.denseRow}), checked and built
     * once (the model is immutable). Null for a layer where that layout would take more than
     * twice the memory of \( W_l \) (fewer than {@value #MIN_LAYOUT_UNITS} units padded to whole
     * vectors, one array header per input) unless the layer is small
     * ({@value #SMALL_LAYER} weights at most); such a layer runs on the batch product.
     */
    private final DenseRowWeights[] inputMajor;
    private final KernelActivation[] kernelActivations;
    /** Per-thread layer outputs of the single-row path, so that it allocates nothing per call. */
    private final ThreadLocal<double[][]> rowBuffers = ThreadLocal.withInitial(this::newRowBuffers);

    /** Takes ownership of the arrays (callers pass copies). */
    Mlp(int[] sizes, Activation[] activations, Output output, double[][] weights, double[][] biases) {
        this.sizes = sizes;
        this.activations = activations;
        this.output = output;
        this.weights = weights;
        this.biases = biases;
        this.inputMajor = new DenseRowWeights[weights.length];
        for (int l = 0; l < weights.length; l++) {
            int out = sizes[l + 1];
            int in = sizes[l];
            Checks.sameLength(weights[l].length, "weights[" + l + "]", out * in, "layer " + (l + 1) + " (" + out + "×" + in + ")");
            Checks.sameLength(biases[l].length, "biases[" + l + "]", out, "layer " + (l + 1) + " units");
            for (int i = 0; i < weights[l].length; i++) {
                if (!Double.isFinite(weights[l][i])) {
                    throw new IllegalArgumentException("weights of layer " + (l + 1) + " at index " + i
                            + " must be finite, was " + weights[l][i]);
                }
            }
            for (int i = 0; i < biases[l].length; i++) {
                if (!Double.isFinite(biases[l][i])) {
                    throw new IllegalArgumentException("biases of layer " + (l + 1) + " at index " + i
                            + " must be finite, was " + biases[l][i]);
                }
            }
            inputMajor[l] = out >= MIN_LAYOUT_UNITS || (long) out * in <= SMALL_LAYER
                    ? Kernels.denseRowWeights(out, in, weights[l]) : null;
        }
        this.kernelActivations = KernelBridge.perLayer(activations);
    }

    private double[][] newRowBuffers() {
        double[][] b = new double[weights.length][];
        for (int l = 0; l < b.length; l++) {
            // whole vectors: the kernel's padded width
            b[l] = new double[inputMajor[l] == null ? sizes[l + 1] : inputMajor[l].width()];
        }
        return b;
    }

    private static int checkUnits(int units, String name) {
        if (units < 1 || units > MAX_UNITS) {
            throw new IllegalArgumentException(name + " must be in [1, " + MAX_UNITS + "] (Mlp.MAX_UNITS), was "
                    + units);
        }
        return units;
    }

    static void checkArchitecture(int[] sizes, Activation[] activations, Output output) {
        Objects.requireNonNull(output, "output");
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs an output layer");
        }
        if (sizes.length - 1 > MAX_LAYERS) {
            throw new IllegalArgumentException("a network must have at most " + MAX_LAYERS
                    + " weight layers (Mlp.MAX_LAYERS), had " + (sizes.length - 1));
        }
        long parameters = 0;
        for (int l = 0; l < sizes.length; l++) {
            String name = l == 0 ? "inputs" : "units of layer " + l;
            if (sizes[l] < 1 || sizes[l] > MAX_UNITS) {
                throw new IllegalArgumentException(name + " must be in [1, " + MAX_UNITS + "] (Mlp.MAX_UNITS), was "
                        + sizes[l]);
            }
            if (l > 0) {
                // exact: each term is below 2^49 and the running sum stays below 2^27 + 2^49
                parameters += (long) sizes[l] * sizes[l - 1] + sizes[l];
                if (parameters > MAX_PARAMETERS) {
                    throw new IllegalArgumentException("a network must have at most " + MAX_PARAMETERS
                            + " parameters (Mlp.MAX_PARAMETERS), but layers 1.." + l + " already have "
                            + parameters);
                }
            }
        }
        for (int l = 0; l < activations.length; l++) {
            Objects.requireNonNull(activations[l], "activation of layer " + (l + 1));
        }
        int units = sizes[sizes.length - 1];
        if (output == Output.SOFTMAX && units < 2) {
            throw new IllegalArgumentException("a SOFTMAX output needs at least 2 units, was " + units);
        }
        if (output == Output.SIGMOID && units != 1) {
            throw new IllegalArgumentException("a SIGMOID output must have exactly 1 unit, was " + units);
        }
    }

    /**
     * Starts a network description with the given number of inputs.
     *
     * @param inputs number of input features, in {@code [1, }{@value Mlp#MAX_UNITS}{@code ]}
     * @return a builder
     * @throws IllegalArgumentException if {@code inputs} is out of range
     */
    public static Builder builder(int inputs) {
        return new Builder(checkUnits(inputs, "inputs"));
    }

    /**
     * Mutable builder of an {@link Mlp} architecture and its seeded initial weights. Not
     * thread-safe.
     */
    public static final class Builder {
        private final int inputs;
        private final List<Integer> units = new ArrayList<>();
        private final List<Activation> acts = new ArrayList<>();
        private Output output;
        private int outputUnits;
        private long seed;

        private Builder(int inputs) {
            this.inputs = inputs;
        }

        /**
         * Adds a hidden layer.
         *
         * @param units      number of units, in {@code [1, }{@value Mlp#MAX_UNITS}{@code ]}
         * @param activation its activation
         * @return this builder
         * @throws IllegalArgumentException if {@code units} is out of range
         * @throws NullPointerException     if {@code activation} is null
         */
        public Builder hidden(int units, Activation activation) {
            this.units.add(checkUnits(units, "units"));
            this.acts.add(Objects.requireNonNull(activation, "activation"));
            return this;
        }

        /**
         * Sets the output layer.
         *
         * @param units  number of outputs: classes for softmax (at least 2), 1 for sigmoid,
         *               targets for linear; at most {@value Mlp#MAX_UNITS}
         * @param output the output kind
         * @return this builder
         * @throws IllegalArgumentException if {@code units} is out of range
         * @throws NullPointerException     if {@code output} is null
         */
        public Builder output(int units, Output output) {
            checkUnits(units, "units");
            this.output = Objects.requireNonNull(output, "output");
            this.outputUnits = units;
            return this;
        }

        /**
         * Sets the seed of the initial weights (default 0): the same seed gives the same weights,
         * bit for bit, on any JVM and kernel path.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Builds the network with He / Glorot initial weights (see {@link Mlp}).
         *
         * @return a new network
         * @throws IllegalStateException    if no output layer was set
         * @throws IllegalArgumentException if the output units do not fit the output kind, or the
         *                                  network has more than {@value Mlp#MAX_LAYERS} weight layers
         *                                  or more than {@value Mlp#MAX_PARAMETERS} parameters
         */
        public Mlp build() {
            if (output == null) {
                throw new IllegalStateException("call output(units, Output) before build()");
            }
            int[] sizes = new int[units.size() + 2];
            sizes[0] = inputs;
            for (int l = 0; l < units.size(); l++) {
                sizes[l + 1] = units.get(l);
            }
            sizes[sizes.length - 1] = outputUnits;
            Activation[] a = acts.toArray(new Activation[0]);
            checkArchitecture(sizes, a, output);
            RandomGenerator rng = Randomness.seeded(seed);
            int layers = sizes.length - 1;
            double[][] w = new double[layers][];
            double[][] b = new double[layers][];
            for (int l = 0; l < layers; l++) {
                int in = sizes[l];
                int out = sizes[l + 1];
                w[l] = new double[in * out];
                b[l] = new double[out];
                boolean he = l < a.length && a[l].usesHeInit();
                if (he) {
                    double sd = Math.sqrt(2.0 / in);
                    for (int i = 0; i < w[l].length; i++) {
                        w[l][i] = sd * rng.nextGaussian();
                    }
                } else {
                    double limit = Math.sqrt(6.0 / (in + out));
                    for (int i = 0; i < w[l].length; i++) {
                        w[l][i] = limit * (2.0 * rng.nextDouble() - 1.0);
                    }
                }
            }
            return new Mlp(sizes, a, output, w, b);
        }

        /**
         * The architecture so far, e.g. {@code Mlp.Builder[4 → 8 TANH → (output not set), seed 0]}.
         *
         * @return a one-line summary
         */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("Mlp.Builder[").append(inputs);
            for (int l = 0; l < units.size(); l++) {
                sb.append(" → ").append(units.get(l)).append(' ').append(acts.get(l).name());
            }
            sb.append(output == null ? " → (output not set)" : " → " + outputUnits + " " + output.name());
            return sb.append(", seed ").append(seed).append(']').toString();
        }
    }

    /**
     * Returns a network with the same architecture and the given parameters.
     *
     * @param weights per layer, a flat row-major {@code units × inputs} matrix; not modified
     * @param biases  per layer; not modified
     * @return a new network
     * @throws NullPointerException     if an argument or an entry is null
     * @throws IllegalArgumentException if the counts or lengths do not match the architecture or
     *                                  a value is not finite
     */
    public Mlp withParameters(double[][] weights, double[][] biases) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(biases, "biases");
        Checks.sameLength(weights.length, "weights", numLayers(), "layers");
        Checks.sameLength(biases.length, "biases", numLayers(), "layers");
        double[][] w = new double[weights.length][];
        double[][] b = new double[biases.length][];
        for (int l = 0; l < w.length; l++) {
            w[l] = Objects.requireNonNull(weights[l], "weights[" + l + "]").clone();
            b[l] = Objects.requireNonNull(biases[l], "biases[" + l + "]").clone();
        }
        return new Mlp(sizes, activations, output, w, b);
    }

    /**
     * Returns a network with one layer's parameters replaced.
     *
     * @param layer   weight layer, {@code 0 .. numLayers()-1}
     * @param weights {@code units × inputs} matrix, not modified
     * @param bias    one value per unit, not modified
     * @return a new network
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a shape is wrong or a value is not finite
     */
    public Mlp withLayer(int layer, double[][] weights, double[] bias) {
        Checks.index(layer, numLayers(), "layer");
        Checks.rectangular(weights, "weights");
        int out = sizes[layer + 1];
        int in = sizes[layer];
        if (weights.length != out || weights[0].length != in) {
            throw new IllegalArgumentException("weights of layer " + layer + " must be " + out + "×" + in
                    + ", was " + weights.length + "×" + weights[0].length);
        }
        double[][] w = this.weights.clone();
        double[][] b = this.biases.clone();
        w[layer] = new double[out * in];
        for (int o = 0; o < out; o++) {
            System.arraycopy(weights[o], 0, w[layer], o * in, in);
        }
        Objects.requireNonNull(bias, "bias");
        if (bias.length != out) {
            throw new IllegalArgumentException("bias of layer " + layer + " must have " + out
                    + " values (one per unit), had " + bias.length);
        }
        for (int i = 0; i < bias.length; i++) {
            if (!Double.isFinite(bias[i])) {
                throw new IllegalArgumentException("bias[" + i + "] must be finite, was " + bias[i]);
            }
        }
        b[layer] = bias.clone();
        return new Mlp(sizes, activations, output, w, b);
    }

    // ---------------------------------------------------------------- accessors

    @Override
    public int numInputs() {
        return sizes[0];
    }

    @Override
    public int numOutputs() {
        return sizes[sizes.length - 1];
    }

    @Override
    public Output output() {
        return output;
    }

    /**
     * Number of weight layers (hidden layers + 1).
     *
     * @return \( L \)
     */
    public int numLayers() {
        return sizes.length - 1;
    }

    /**
     * Units per layer, inputs first: e.g. {@code [64, 128, 10]}.
     *
     * @return a copy of the sizes
     */
    public int[] layerSizes() {
        return sizes.clone();
    }

    /**
     * Activation of a hidden layer.
     *
     * @param hiddenLayer {@code 0 .. numLayers()-2}
     * @return its activation
     * @throws IllegalArgumentException if out of range
     */
    public Activation activation(int hiddenLayer) {
        Checks.index(hiddenLayer, activations.length, "hiddenLayer");
        return activations[hiddenLayer];
    }

    /**
     * Number of classes predicted: the softmax units, or 2 for a sigmoid output.
     *
     * @return the number of classes
     * @throws IllegalStateException for a {@link Output#LINEAR} network
     */
    public int numClasses() {
        requireClassifier();
        return output == Output.SIGMOID ? 2 : numOutputs();
    }

    /**
     * Weights of one layer as a {@code units × inputs} matrix.
     *
     * @param layer {@code 0 .. numLayers()-1}
     * @return a copy
     * @throws IllegalArgumentException if out of range
     */
    public double[][] weights(int layer) {
        return LayerArrays.matrix(weights, sizes, layer);
    }

    /**
     * Weights of one layer, flat and row-major ({@code units × inputs}).
     *
     * @param layer {@code 0 .. numLayers()-1}
     * @return a copy
     * @throws IllegalArgumentException if out of range
     */
    public double[] flatWeights(int layer) {
        return LayerArrays.copy(weights, sizes, layer);
    }

    /**
     * Biases of one layer.
     *
     * @param layer {@code 0 .. numLayers()-1}
     * @return a copy
     * @throws IllegalArgumentException if out of range
     */
    public double[] biases(int layer) {
        return LayerArrays.copy(biases, sizes, layer);
    }

    /**
     * Number of parameters (weights and biases).
     *
     * @return the count
     */
    public long numParameters() {
        long p = 0;
        for (int l = 0; l < weights.length; l++) {
            p += weights[l].length + biases[l].length;
        }
        return p;
    }

    /**
     * Size of the parameters: 8 bytes each.
     *
     * @return {@code 8 * numParameters()}
     */
    @Override
    public long sizeInBytes() {
        return 8 * numParameters();
    }

    // ---------------------------------------------------------------- inference

    double[] checkRow(double[] x, String name) {
        Objects.requireNonNull(x, name);
        if (x.length != sizes[0]) {
            throw new IllegalArgumentException(name + " has " + x.length + " values but the network has "
                    + sizes[0] + " inputs");
        }
        // the sign bit of (bits & exponent) + one unit of the exponent is set exactly when the
        // exponent is all ones (an infinity or NaN): one OR per value and one branch for the row
        // (the single-row path checks every row; 64 values: ~16 ns, ~20 with a branch per value)
        long nonFinite = 0L;
        for (int j = 0; j < x.length; j++) {
            nonFinite |= (Double.doubleToRawLongBits(x[j]) & EXPONENT_BITS) + EXPONENT_UNIT;
        }
        if (nonFinite < 0) {
            for (int j = 0; j < x.length; j++) {
                if (!Double.isFinite(x[j])) {
                    throw new IllegalArgumentException(name + "[" + j + "] must be finite, was " + x[j]);
                }
            }
        }
        return x;
    }

    double[][] checkRows(double[][] x) {
        Objects.requireNonNull(x, "x");
        for (int i = 0; i < x.length; i++) {
            checkRow(x[i], "x[" + i + "]");
        }
        return x;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Single-row path for low latency: core's one-row dense-layer kernel on the cached
     * transposed weights, into per-thread layer buffers, so that nothing is allocated but the
     * returned array. It sums in the same order as the batch path, so {@code predictValues(x[i])} equals
     * {@code predictValues(x)[i]} bit for bit on the default (scalar) kernel path; when core's
     * Vector API kernels are enabled ({@code --add-modules jdk.incubator.vector}) the two agree to
     * rounding (about 1e-16 relative).
     */
    @Override
    public double[] predictValues(double[] x) {
        return Arrays.copyOf(forwardRow(x), numOutputs());
    }

    /**
     * {@inheritDoc}
     *
     * <p>Allocates nothing per call (the single-row path of {@link #predictValues(double[])}
     * without the copy of the outputs).
     */
    @Override
    public int predict(double[] x) {
        return output.classOf(forwardRow(x), numOutputs());
    }

    /**
     * The outputs of one row in this thread's buffer, the first {@link #numOutputs()} values
     * (the buffer may be longer; valid until the thread's next call).
     */
    private double[] forwardRow(double[] x) {
        checkRow(x, "x");
        double[][] buffers = rowBuffers.get();
        double[] cur = x;
        for (int l = 0; l < weights.length; l++) {
            int out = sizes[l + 1];
            int in = sizes[l];
            double[] next = buffers[l];
            if (inputMajor[l] != null) {
                Kernels.denseRow(cur, 0, inputMajor[l], biases[l], kernelActivations[l], next);
            } else {
                Kernels.multTransB(1, out, in, cur, 0, weights[l], 0, next, 0);
                Kernels.biasActivation(1, out, next, 0, biases[l], 0, kernelActivations[l], next, 0);
            }
            cur = next;
        }
        KernelBridge.requireNoNaN(cur, 0, numOutputs(), "x");
        return cur;
    }

    @Override
    public double[][] predictValues(double[][] x) {
        checkRows(x);
        int m = numOutputs();
        double[][] out = new double[x.length][m];
        if (x.length == 0) {
            return out;
        }
        int chunk = Math.min(chunkRows(), x.length);
        Engine engine = engine(chunk, false);
        double[] buf = new double[chunk * sizes[0]];
        for (int from = 0; from < x.length; from += chunk) {
            int n = Math.min(chunk, x.length - from);
            pack(x, from, n, buf);
            engine.forward(weights, biases, buf, n, false, 0.0, null);
            double[] z = engine.logits();
            for (int i = 0; i < n; i++) {
                KernelBridge.requireNoNaN(z, i * m, m, "x[" + (from + i) + "]");
                System.arraycopy(z, i * m, out[from + i], 0, m);
            }
        }
        return out;
    }

    @Override
    public double[] predictProba(double[] x) {
        requireClassifier();
        return output.probabilities(forwardRow(x), numOutputs());
    }

    @Override
    public double[][] predictProba(double[][] x) {
        requireClassifier();
        double[][] z = predictValues(x);
        for (int i = 0; i < z.length; i++) {
            z[i] = output.probabilities(z[i]);
        }
        return z;
    }

    /**
     * The network outputs of every row of an EJML matrix, row \( i \) of the result being
     * \( f(x_i) \) for row \( x_i \) of {@code x} (logits for a classifier, values for regression);
     * equal to {@link #predictValues(double[][])} on {@code EjmlMatrices.toArray(x)}.
     *
     * @param x input rows, {@code rows x numInputs}, finite; not modified
     * @return a new {@code rows x numOutputs} matrix
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has no rows or columns, the wrong number of
     *                                  columns, or a non-finite value
     */
    public DMatrixRMaj predictValues(DMatrixRMaj x) {
        return EjmlMatrices.toMatrix(predictValues(EjmlMatrices.toArray(x)));
    }

    /**
     * Class probabilities of every row of an EJML matrix, row \( i \) being
     * \( \mathrm{softmax}(f(x_i)) \) (or the sigmoid for a binary output); equal to
     * {@link #predictProba(double[][])} on {@code EjmlMatrices.toArray(x)}.
     *
     * @param x input rows, {@code rows x numInputs}, finite; not modified
     * @return a new {@code rows x numOutputs} matrix of probabilities
     * @throws IllegalStateException    if the output is {@link Output#LINEAR}
     * @throws NullPointerException     if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has no rows or columns, the wrong number of
     *                                  columns, or a non-finite value
     */
    public DMatrixRMaj predictProba(DMatrixRMaj x) {
        requireClassifier();
        return EjmlMatrices.toMatrix(predictProba(EjmlMatrices.toArray(x)));
    }

    private void requireClassifier() {
        if (!output.isClassification()) {
            throw new IllegalStateException("this network has a LINEAR output (regression); use predictValues");
        }
    }

    // ---------------------------------------------------------------- loss and gradients

    /**
     * Mean loss on labelled data (cross-entropy for softmax and sigmoid outputs).
     *
     * @param x rows, not modified
     * @param y class labels, not modified
     * @return the mean loss
     * @throws IllegalStateException    for a regression network
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if shapes disagree, the data are empty, a value is not finite
     *                                  or a label is out of range
     */
    public double loss(double[][] x, int[] y) {
        return loss(x, y, Loss.standard());
    }

    /**
     * Mean loss on labelled data with class weights / focal modulation.
     *
     * @param x    rows, not modified
     * @param y    class labels, not modified
     * @param loss the loss
     * @return the (weighted) mean loss, see {@link Loss}
     * @throws IllegalStateException    for a regression network
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if shapes disagree, the data are empty, a value is not finite,
     *                                  a label is out of range or the loss does not fit the output
     */
    public double loss(double[][] x, int[] y, Loss loss) {
        return evaluate(x, checkData(x, y, loss), loss, false).loss();
    }

    /**
     * Mean squared error of a regression network.
     *
     * @param x rows, not modified
     * @param y targets, one row per sample with {@link #numOutputs()} values; not modified
     * @return the MSE over all entries
     * @throws IllegalStateException    for a classification network
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if shapes disagree, the data are empty or a value is not finite
     */
    public double loss(double[][] x, double[][] y) {
        return evaluate(x, checkData(x, y), Loss.standard(), false).loss();
    }

    /**
     * Mean squared error of a single-output regression network.
     *
     * @param x rows, not modified
     * @param y one target per row, not modified
     * @return the MSE
     * @throws IllegalStateException    for a classification network
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if shapes disagree, the network has several outputs,
     *                                  the data are empty or a value is not finite
     */
    public double loss(double[][] x, double[] y) {
        return loss(x, Rows.column(y, "y"));
    }

    /**
     * Backpropagation: the gradients of the mean cross-entropy with respect to every weight and
     * bias (see the class description for the recursion).
     *
     * @param x rows, not modified
     * @param y class labels, not modified
     * @return the loss and per-layer gradients
     * @throws IllegalStateException    for a regression network
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if shapes disagree, the data are empty, a value is not finite
     *                                  or a label is out of range
     */
    public Gradients gradients(double[][] x, int[] y) {
        return gradients(x, y, Loss.standard());
    }

    /**
     * Backpropagation with a weighted / focal loss.
     *
     * @param x    rows, not modified
     * @param y    class labels, not modified
     * @param loss the loss
     * @return the loss and per-layer gradients
     * @throws IllegalStateException    for a regression network
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #loss(double[][], int[], Loss)}
     */
    public Gradients gradients(double[][] x, int[] y, Loss loss) {
        return evaluate(x, checkData(x, y, loss), loss, true);
    }

    /**
     * Backpropagation of the mean squared error of a regression network.
     *
     * @param x rows, not modified
     * @param y targets, not modified
     * @return the loss and per-layer gradients
     * @throws IllegalStateException    for a classification network
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #loss(double[][], double[][])}
     */
    public Gradients gradients(double[][] x, double[][] y) {
        return evaluate(x, checkData(x, y), Loss.standard(), true);
    }

    /**
     * Backpropagation of the mean squared error of a single-output regression network.
     *
     * @param x rows, not modified
     * @param y one target per row, not modified
     * @return the loss and per-layer gradients
     * @throws IllegalStateException    for a classification network
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #loss(double[][], double[])}
     */
    public Gradients gradients(double[][] x, double[] y) {
        return gradients(x, Rows.column(y, "y"));
    }

    /**
     * Checks class labels against this network and the loss against its output.
     *
     * @param x    rows
     * @param y    class labels
     * @param loss loss
     * @return the labels as targets (not copied)
     * @throws IllegalStateException for a regression network
     */
    Targets checkData(double[][] x, int[] y, Loss loss) {
        checkRows(x);
        Objects.requireNonNull(loss, "loss");
        requireRows(x);
        Objects.requireNonNull(y, "y");
        requireClassifier();
        Checks.sameLength(x.length, "x", y.length, "y");
        Checks.labels(y, numClasses(), "y");
        loss.checkCompatible(output, numClasses());
        return new Targets.ClassLabels(y);
    }

    /**
     * Checks regression targets against this network.
     *
     * @param x rows
     * @param y targets, one row of {@link #numOutputs()} values per row of {@code x}
     * @return the targets, copied flat
     * @throws IllegalStateException for a classification network
     */
    Targets checkData(double[][] x, double[][] y) {
        checkRows(x);
        requireRows(x);
        Objects.requireNonNull(y, "y");
        if (output.isClassification()) {
            throw new IllegalStateException("this network is a " + output + " classifier; pass int class labels");
        }
        Checks.sameLength(x.length, "x", y.length, "y");
        int m = numOutputs();
        double[] flat = new double[y.length * m];
        for (int i = 0; i < y.length; i++) {
            double[] row = Objects.requireNonNull(y[i], "y[" + i + "]");
            if (row.length != m) {
                throw new IllegalArgumentException("y[" + i + "] has " + row.length + " values but the network has "
                        + m + " outputs");
            }
            for (int j = 0; j < m; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("y[" + i + "][" + j + "] must be finite, was " + row[j]);
                }
                flat[i * m + j] = row[j];
            }
        }
        return new Targets.RealTargets(flat, m);
    }

    private static void requireRows(double[][] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("x must have at least one row");
        }
    }

    /**
     * The loss of checked data and, when {@code withGradients}, its gradients.
     *
     * @param x             rows, checked
     * @param targets       targets from {@code checkData}
     * @param loss          the loss, checked against the output
     * @param withGradients whether to backpropagate
     * @return the loss, with the gradients when {@code withGradients}
     */
    Gradients evaluate(double[][] x, Targets targets, Loss loss, boolean withGradients) {
        int n = x.length;
        Engine engine = engine(n, withGradients); // checks n times every width before allocating
        double[] buf = new double[n * sizes[0]];
        pack(x, 0, n, buf);
        engine.forward(weights, biases, buf, n, withGradients, 0.0, null);
        double value = engine.loss(targets, 0, loss.weightsOrNull(), loss.focalGamma(), withGradients);
        if (!withGradients) {
            return new Gradients(value, null, null, sizes);
        }
        double[][] gw = new double[weights.length][];
        double[][] gb = new double[weights.length][];
        for (int l = 0; l < weights.length; l++) {
            gw[l] = new double[weights[l].length];
            gb[l] = new double[biases[l].length];
        }
        engine.backward(weights, gw, gb);
        return new Gradients(value, gw, gb, sizes);
    }

    /**
     * Rows per prediction chunk: {@value #CHUNK}, fewer for very wide layers so that no buffer
     * exceeds {@value #CHUNK_VALUES} values (rows are independent, so the results do not depend
     * on the chunking).
     */
    private int chunkRows() {
        int widest = 1;
        for (int s : sizes) {
            widest = Math.max(widest, s);
        }
        return Math.max(1, Math.min(CHUNK, CHUNK_VALUES / widest));
    }

    /**
     * A new engine for this architecture (for internal callers).
     *
     * @param capacity batch rows
     * @param training whether to allocate backward buffers
     * @return the engine
     */
    Engine engine(int capacity, boolean training) {
        return new Engine(sizes, activations, output, capacity, training);
    }

    static void pack(double[][] x, int from, int n, double[] buf) {
        int d = x[from].length;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x[from + i], 0, buf, i * d, d);
        }
    }

    // internal access for GradientCheck and MlpFile (same package)
    double[][] rawWeights() {
        return weights;
    }

    double[][] rawBiases() {
        return biases;
    }

    Activation[] rawActivations() {
        return activations;
    }

    int[] rawSizes() {
        return sizes;
    }

    // ---------------------------------------------------------------- files

    /**
     * Saves this network to a file (created or replaced) in the format described at
     * {@link #write(OutputStream)}.
     *
     * @param path the file
     * @throws IOException          if writing fails
     * @throws NullPointerException if {@code path} is null
     */
    public void save(Path path) throws IOException {
        MlpFile.save(this, Objects.requireNonNull(path, "path"));
    }

    /**
     * Loads a network saved by {@link #save(Path)}.
     *
     * <p>The whole file is validated before a network is returned: magic, version, checksum,
     * declared sizes against the actual length (so a hostile size never causes a large
     * allocation), architecture limits and finite values.
     *
     * @param path the file
     * @return the network
     * @throws ModelFormatException if the file is not a valid network file (wrong magic or
     *                              version, truncated, corrupted, sizes out of limits, NaN weights)
     * @throws IOException          if reading fails
     * @throws NullPointerException if {@code path} is null
     */
    public static Mlp load(Path path) throws IOException {
        return MlpFile.load(Objects.requireNonNull(path, "path"));
    }

    /**
     * Writes this network to a stream (the stream is not closed).
     *
     * <p><b>Format, version 1.</b> Big-endian; all integers are signed 32-bit, all reals IEEE 754
     * binary64.
     * <table class="striped">
     *   <caption>Layout of a network file</caption>
     *   <tr><th>bytes</th><th>content</th></tr>
     *   <tr><td>8</td><td>magic: ASCII {@code SLNN-MLP}</td></tr>
     *   <tr><td>4</td><td>format version = 1</td></tr>
     *   <tr><td>4</td><td>inputs \( n_0 \) (1 … 16,777,216)</td></tr>
     *   <tr><td>4</td><td>weight layers \( L \) (1 … 1024)</td></tr>
     *   <tr><td>5 × L</td><td>per layer: units \( n_l \) (int, 1 … 16,777,216) and one code byte: the
     *       activation's code for hidden layers, the output's code for the last (table below)</td></tr>
     *   <tr><td>8 × Σ (n_l n_{l-1} + n_l)</td><td>per layer: the weights, row-major
     *       \( n_l \times n_{l-1} \), then the \( n_l \) biases</td></tr>
     *   <tr><td>4</td><td>CRC-32C of every preceding byte</td></tr>
     * </table>
     * <table class="striped">
     *   <caption>Code bytes (fixed: they do not follow the order of the enum constants)</caption>
     *   <tr><th>code</th><th>hidden layer</th><th>last layer</th></tr>
     *   <tr><td>0</td><td>{@link Activation#IDENTITY}</td><td>{@link Output#SOFTMAX}</td></tr>
     *   <tr><td>1</td><td>{@link Activation#SIGMOID}</td><td>{@link Output#SIGMOID}</td></tr>
     *   <tr><td>2</td><td>{@link Activation#TANH}</td><td>{@link Output#LINEAR}</td></tr>
     *   <tr><td>3</td><td>{@link Activation#RELU}</td><td></td></tr>
     *   <tr><td>4</td><td>{@link Activation#LEAKY_RELU}</td><td></td></tr>
     * </table>
     * Any other code byte is rejected ({@link ModelFormatException}).
     * At most {@value #MAX_PARAMETERS} (\( 2^{27} \)) parameters (1 GiB), at most
     * {@value #MAX_UNITS} units per layer and {@value #MAX_LAYERS} weight layers: the limits
     * {@link Builder#build()} enforces, so every network that builds can be written and read
     * back. Readers reject any other version.
     *
     * @param out the stream
     * @throws IOException          if writing fails
     * @throws NullPointerException if {@code out} is null
     */
    public void write(OutputStream out) throws IOException {
        MlpFile.write(this, Objects.requireNonNull(out, "out"));
    }

    /**
     * Reads one network written by {@link #write(OutputStream)}: the header first (a wrong magic
     * is rejected after 8 bytes), then exactly as many bytes as the limit-checked architecture
     * needs, so several networks can be read from one stream one after the other. The declared
     * size is checked against the limits first, and the bytes are then read in pieces of at most
     * 1 MiB through one fixed buffer and decoded straight into the weight and bias arrays (the
     * checksum is updated on the way and checked at the end). Each array grows only as bytes
     * arrive until it would pass 8 MiB, and is then allocated at its declared size: peak memory
     * is the declared parameter arrays once plus at most 9 MiB (measured: 1.06 times the declared
     * 128 MiB for a header followed by endless bytes), and a short stream costs in proportion to
     * the bytes it holds while they stay below 8 MiB per array.
     *
     * @param in the stream (not closed)
     * @return the network
     * @throws ModelFormatException if the bytes are not a valid network
     * @throws IOException          if reading fails
     * @throws NullPointerException if {@code in} is null
     */
    public static Mlp read(InputStream in) throws IOException {
        return MlpFile.read(Objects.requireNonNull(in, "in"));
    }

    // ---------------------------------------------------------------- object

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Mlp)) {
            return false;
        }
        Mlp m = (Mlp) o;
        return Arrays.equals(sizes, m.sizes) && Arrays.equals(activations, m.activations) && output == m.output
                && Arrays.deepEquals(weights, m.weights) && Arrays.deepEquals(biases, m.biases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(sizes), Arrays.hashCode(activations), output,
                Arrays.deepHashCode(weights), Arrays.deepHashCode(biases));
    }

    /**
     * A one-line description, e.g. {@code Mlp[64 → 128 RELU → 10 SOFTMAX, 9610 parameters]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Mlp[").append(sizes[0]);
        for (int l = 1; l < sizes.length; l++) {
            sb.append(" → ").append(sizes[l]).append(' ')
                    .append(l < sizes.length - 1 ? activations[l - 1].name() : output.name());
        }
        return sb.append(", ").append(numParameters()).append(" parameters]").toString();
    }
}
