package dev.statlearn.spark;

import static org.apache.spark.sql.functions.col;

import dev.statlearn.core.Checks;
import dev.statlearn.nn.Gradients;
import dev.statlearn.nn.Mlp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * A statlearn {@link Mlp} over a Spark {@code Dataset}: inference (class probabilities and the
 * predicted class as new columns), full-batch gradients, and data-parallel gradient descent.
 *
 * <p><b>Model on the wire.</b> The network travels as a broadcast of its own binary form
 * ({@link Mlp#write}, read back with {@link Mlp#read} once per partition), so every executor holds
 * exactly the driver's weights.
 *
 * <p><b>Features</b> are either several numeric columns, in order, or one {@code array<double>}
 * column of length {@link Mlp#numInputs()}; the label is an integer class column. A null feature
 * or label, a non-finite feature or a label outside the network's classes fails the job with the
 * network's {@link IllegalArgumentException}.
 *
 * <p><b>Gradients.</b> With \( \ell_i \) the loss of row \( i \) (cross-entropy, as
 * {@link Mlp#gradients(double[][], int[])}), the full-batch gradient is
 * \[ \nabla L = \frac1n \sum_{i=1}^n \nabla \ell_i
 *   = \frac1n \sum_{\text{partitions } P} \sum_{\text{blocks } B \subseteq P} |B| \, \nabla L_B, \]
 * each block of up to {@value #BLOCK} rows going through the local backpropagation, the partition
 * sums combined with {@code treeAggregate} and divided on the driver. It equals the local
 * gradient of the whole data up to the rounding of that regrouping (1e-12 relative in the tests).
 *
 * <p><b>Training</b> ({@link #train}): full-batch gradient descent, each step broadcasting the
 * weights, aggregating the gradient as above, and updating on the driver:
 * \( \theta \leftarrow \theta - \eta \nabla L(\theta) \).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class DatasetMlp {

    /** Rows per forward/backward block inside a partition. */
    static final int BLOCK = 1024;

    private DatasetMlp() {
    }

    /**
     * The data with two more columns: {@code probability} ({@code array<double>}, the class
     * probabilities of {@link Mlp#predictProba(double[][])}) and {@code prediction} (the class of
     * {@code Mlp.predict}). Lazy: nothing runs until the result is used.
     *
     * @param model    a classification network
     * @param data     the rows; other columns are kept
     * @param features feature columns (numeric, in order), or one {@code array<double>} column
     * @return the data with the two prediction columns
     * @throws NullPointerException     if an argument is null
     * @throws IllegalStateException    if the network is a regression network
     * @throws IllegalArgumentException if a feature column is missing or not numeric, the number
     *                                  of features is not the network's, or the data already have
     *                                  a {@code probability} or {@code prediction} column
     */
    public static Dataset<Row> predict(Mlp model, Dataset<Row> data, String... features) {
        Checks.notNull(model, "model");
        Checks.notNull(data, "data");
        model.numClasses(); // IllegalStateException for a regression network
        StructType schema = data.schema();
        for (String name : new String[] {"probability", "prediction"}) {
            if (List.of(schema.fieldNames()).contains(name)) {
                throw new IllegalArgumentException("data must not have a column named " + name
                        + " (the prediction goes there), but it has one");
            }
        }
        int[] idx = featureIndices(model, schema, features);
        boolean array = isArrayInput(schema, idx);
        Broadcast<byte[]> bytes = SparkSessions.context(data.sparkSession()).broadcast(toBytes(model));
        StructType out = schema.add("probability", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
                .add("prediction", DataTypes.IntegerType, false);
        int width = schema.size();
        return data.mapPartitions((Iterator<Row> it) -> {
            Mlp m = fromBytes(bytes.value());
            List<Row> result = new ArrayList<>();
            List<Row> block = new ArrayList<>(BLOCK);
            while (it.hasNext()) {
                block.add(it.next());
                if (block.size() == BLOCK || !it.hasNext()) {
                    double[][] x = new double[block.size()][];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = features(block.get(i), idx, array);
                    }
                    double[][] p = m.predictProba(x);
                    int[] c = m.predict(x);
                    for (int i = 0; i < x.length; i++) {
                        Object[] values = new Object[width + 2];
                        Row r = block.get(i);
                        for (int j = 0; j < width; j++) {
                            values[j] = r.get(j);
                        }
                        values[width] = p[i];
                        values[width + 1] = c[i];
                        result.add(RowFactory.create(values));
                    }
                    block.clear();
                }
            }
            return result.iterator();
        }, Encoders.row(out));
    }

    /**
     * The full-batch gradient of the mean cross-entropy at {@code model}, summed over the cluster.
     *
     * @param model    a classification network
     * @param data     the rows
     * @param label    an integer class column
     * @param features feature columns (numeric, in order), or one {@code array<double>} column
     * @return the mean loss and gradients
     * @throws NullPointerException     if an argument is null
     * @throws IllegalStateException    if the network is a regression network
     * @throws IllegalArgumentException if a column is missing or of the wrong type, there are no
     *                                  rows, or (failing the job) a value is out of range
     */
    public static FullBatchGradients gradients(Mlp model, Dataset<Row> data, String label, String... features) {
        Checks.notNull(model, "model");
        JavaRDD<Block> blocks = blocks(model, data, label, features);
        return gradientSums(model, blocks);
    }

    /**
     * Data-parallel full-batch gradient descent: {@code steps} updates
     * \( \theta \leftarrow \theta - \eta \nabla L(\theta) \), each with the weights broadcast, the
     * gradient aggregated as {@link #gradients} does, and the update on the driver. The data are
     * read once into persisted blocks.
     *
     * @param model        the starting network (classification)
     * @param data         the rows
     * @param steps        number of updates, {@code >= 1}
     * @param learningRate \( \eta \), finite and {@code > 0}
     * @param label        an integer class column
     * @param features     feature columns (numeric, in order), or one {@code array<double>} column
     * @return the trained network and the loss before each step
     * @throws NullPointerException     if an argument is null
     * @throws IllegalStateException    if the network is a regression network
     * @throws IllegalArgumentException if {@code steps} or {@code learningRate} is out of range, or
     *                                  as {@link #gradients}
     */
    public static Training train(Mlp model, Dataset<Row> data, int steps, double learningRate, String label,
                                 String... features) {
        Checks.notNull(model, "model");
        Checks.positive(steps, "steps");
        Checks.positive(learningRate, "learningRate");
        JavaRDD<Block> blocks = blocks(model, data, label, features).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Mlp current = model;
            double[] losses = new double[steps];
            for (int s = 0; s < steps; s++) {
                FullBatchGradients g = gradientSums(current, blocks);
                losses[s] = g.loss();
                double[][] w = new double[current.numLayers()][];
                double[][] b = new double[current.numLayers()][];
                for (int l = 0; l < w.length; l++) {
                    w[l] = current.flatWeights(l);
                    b[l] = current.biases(l);
                    double[] gw = g.flatWeights(l);
                    double[] gb = g.biases(l);
                    for (int i = 0; i < w[l].length; i++) {
                        w[l][i] -= learningRate * gw[i];
                    }
                    for (int i = 0; i < b[l].length; i++) {
                        b[l][i] -= learningRate * gb[i];
                    }
                }
                current = current.withParameters(w, b);
            }
            return new Training(current, losses);
        } finally {
            blocks.unpersist(false);
        }
    }

    /** A block of rows: features and labels. */
    record Block(double[][] x, int[] y) implements Serializable {
    }

    private static JavaRDD<Block> blocks(Mlp model, Dataset<Row> data, String label, String... features) {
        Checks.notNull(data, "data");
        Checks.notNull(label, "label");
        model.numClasses(); // IllegalStateException for a regression network
        int[] idx = featureIndices(model, data.schema(), features);
        boolean array = isArrayInput(data.schema(), idx);
        Column[] cols = new Column[idx.length + 1];
        for (int j = 0; j < idx.length; j++) {
            cols[j] = col(data.schema().fieldNames()[idx[j]]);
        }
        cols[idx.length] = col(label).cast("int");
        int[] selected = new int[idx.length];
        for (int j = 0; j < idx.length; j++) {
            selected[j] = j;
        }
        int labelIndex = idx.length;
        return data.select(cols).javaRDD().mapPartitions(it -> {
            List<Block> out = new ArrayList<>();
            List<double[]> xs = new ArrayList<>(BLOCK);
            List<Integer> ys = new ArrayList<>(BLOCK);
            while (it.hasNext()) {
                Row r = it.next();
                if (r.isNullAt(labelIndex)) {
                    throw new IllegalArgumentException("label must not be null");
                }
                xs.add(features(r, selected, array));
                ys.add(r.getInt(labelIndex));
                if (xs.size() == BLOCK || !it.hasNext()) {
                    int[] y = new int[ys.size()];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = ys.get(i);
                    }
                    out.add(new Block(xs.toArray(new double[0][]), y));
                    xs.clear();
                    ys.clear();
                }
            }
            return out.iterator();
        });
    }

    private static FullBatchGradients gradientSums(Mlp model, JavaRDD<Block> blocks) {
        int layers = model.numLayers();
        int[] sizes = model.layerSizes();
        int length = 2;
        for (int l = 0; l < layers; l++) {
            length += sizes[l + 1] * sizes[l] + sizes[l + 1];
        }
        Broadcast<byte[]> bytes = JavaSparkContext.fromSparkContext(blocks.context()).broadcast(toBytes(model));
        int len = length;
        try {
            // per partition: [rows, loss sum, then per layer the weight and the bias gradient sums]
            double[] sums = blocks.mapPartitions(it -> {
                Mlp m = fromBytes(bytes.value());
                double[] s = new double[len];
                while (it.hasNext()) {
                    Block b = it.next();
                    Gradients g = m.gradients(b.x(), b.y());
                    double rows = b.y().length;
                    s[0] += rows;
                    s[1] += rows * g.loss();
                    int k = 2;
                    for (int l = 0; l < g.numLayers(); l++) {
                        for (double v : g.flatWeights(l)) {
                            s[k++] += rows * v;
                        }
                        for (double v : g.biases(l)) {
                            s[k++] += rows * v;
                        }
                    }
                }
                return List.of(s).iterator();
            }).treeAggregate(new double[len], DatasetMlp::add, DatasetMlp::add, 2);
            if (sums[0] == 0) {
                throw new IllegalArgumentException("data must have at least one row, had 0");
            }
            double n = sums[0];
            double[][] w = new double[layers][];
            double[][] b = new double[layers][];
            int k = 2;
            for (int l = 0; l < layers; l++) {
                w[l] = new double[sizes[l + 1] * sizes[l]];
                for (int i = 0; i < w[l].length; i++) {
                    w[l][i] = sums[k++] / n;
                }
                b[l] = new double[sizes[l + 1]];
                for (int i = 0; i < b[l].length; i++) {
                    b[l][i] = sums[k++] / n;
                }
            }
            return new FullBatchGradients((long) n, sums[1] / n, sizes, w, b);
        } finally {
            bytes.destroy();
        }
    }

    private static double[] add(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    private static int[] featureIndices(Mlp model, StructType schema, String... features) {
        Checks.notNull(features, "features");
        if (features.length == 0) {
            throw new IllegalArgumentException("features must name at least one column");
        }
        int[] idx = new int[features.length];
        List<String> names = List.of(schema.fieldNames());
        for (int j = 0; j < features.length; j++) {
            String f = Checks.notNull(features[j], "features[" + j + "]");
            idx[j] = names.indexOf(f);
            if (idx[j] < 0) {
                throw new IllegalArgumentException("features[" + j + "] = " + f + " is not a column of data " + names);
            }
            DataType t = schema.fields()[idx[j]].dataType();
            boolean ok = t instanceof NumericType
                    || (features.length == 1 && t instanceof ArrayType a && a.elementType() == DataTypes.DoubleType);
            if (!ok) {
                throw new IllegalArgumentException("features[" + j + "] = " + f
                        + " must be numeric (or the one array<double> column), was " + t.simpleString());
            }
        }
        if (!isArrayInput(schema, idx) && idx.length != model.numInputs()) {
            throw new IllegalArgumentException("features has " + idx.length + " columns but the network has "
                    + model.numInputs() + " inputs");
        }
        return idx;
    }

    private static boolean isArrayInput(StructType schema, int[] idx) {
        return idx.length == 1 && schema.fields()[idx[0]].dataType() instanceof ArrayType;
    }

    private static double[] features(Row r, int[] idx, boolean array) {
        if (array) {
            if (r.isNullAt(idx[0])) {
                throw new IllegalArgumentException("features must not be null");
            }
            List<Double> v = r.getList(idx[0]);
            double[] x = new double[v.size()];
            for (int j = 0; j < x.length; j++) {
                Double d = v.get(j);
                if (d == null) {
                    throw new IllegalArgumentException("features must not contain null");
                }
                x[j] = d;
            }
            return x;
        }
        double[] x = new double[idx.length];
        for (int j = 0; j < idx.length; j++) {
            if (r.isNullAt(idx[j])) {
                throw new IllegalArgumentException("features must not be null");
            }
            x[j] = ((Number) r.get(idx[j])).doubleValue();
        }
        return x;
    }

    private static byte[] toBytes(Mlp model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            model.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return out.toByteArray();
    }

    private static Mlp fromBytes(byte[] bytes) {
        try {
            return Mlp.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the driver's own bytes: cannot be malformed
        }
    }

    /**
     * The mean loss and the mean gradient over all rows, as {@link Gradients} holds them.
     *
     * @since 0.1
     */
    public static final class FullBatchGradients {
        private final long count;
        private final double loss;
        private final int[] sizes;
        private final double[][] weights;
        private final double[][] biases;

        FullBatchGradients(long count, double loss, int[] sizes, double[][] weights, double[][] biases) {
            this.count = count;
            this.loss = loss;
            this.sizes = sizes;
            this.weights = weights;
            this.biases = biases;
        }

        /**
         * Number of rows \( n \).
         *
         * @return n
         */
        public long count() {
            return count;
        }

        /**
         * The mean loss \( \frac1n \sum_i \ell_i \).
         *
         * @return the loss
         */
        public double loss() {
            return loss;
        }

        /**
         * Number of weight layers.
         *
         * @return the layer count
         */
        public int numLayers() {
            return weights.length;
        }

        /**
         * \( \partial L/\partial W_l \), flat and row-major ({@code units × inputs}).
         *
         * @param layer {@code 0 .. numLayers()-1}
         * @return a copy
         * @throws IllegalArgumentException if out of range
         */
        public double[] flatWeights(int layer) {
            Checks.index(layer, weights.length, "layer");
            return weights[layer].clone();
        }

        /**
         * \( \partial L/\partial b_l \).
         *
         * @param layer {@code 0 .. numLayers()-1}
         * @return a copy
         * @throws IllegalArgumentException if out of range
         */
        public double[] biases(int layer) {
            Checks.index(layer, biases.length, "layer");
            return biases[layer].clone();
        }

        /**
         * The layer sizes of the network, inputs first.
         *
         * @return a copy
         */
        public int[] layerSizes() {
            return sizes.clone();
        }
    }

    /**
     * The result of {@link #train}: the trained network and the loss before each step.
     *
     * @since 0.1
     */
    public static final class Training {
        private final Mlp model;
        private final double[] losses;

        Training(Mlp model, double[] losses) {
            this.model = model;
            this.losses = losses;
        }

        /**
         * The network after the last step.
         *
         * @return the network (immutable)
         */
        public Mlp model() {
            return model;
        }

        /**
         * The full-batch mean loss before each step.
         *
         * @return a copy, one value per step
         */
        public double[] losses() {
            return losses.clone();
        }
    }
}
