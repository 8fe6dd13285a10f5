package dev.statlearn.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.core.Randomness;
import dev.statlearn.nn.Activation;
import dev.statlearn.nn.Gradients;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link DatasetMlp} against the local network on the same rows: predictions (probabilities and
 * classes), the full-batch gradient (to 1e-12 relative, the bar) and a few data-parallel
 * gradient-descent steps against the same steps taken locally.
 */
class DatasetMlpTest {

    private static final int N = 150;
    private static final double[][] X = new double[N][3];
    private static final int[] Y = new int[N];

    static {
        RandomGenerator rng = Randomness.seeded(61);
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < 3; j++) {
                X[i][j] = rng.nextGaussian();
            }
            Y[i] = X[i][0] + 0.5 * X[i][1] > 0.3 ? 2 : (X[i][2] > 0 ? 1 : 0);
        }
    }

    private static Mlp net() {
        return Mlp.builder(3).hidden(6, Activation.TANH).output(3, Output.SOFTMAX).seed(5).build();
    }

    private static Dataset<Row> columns(SparkTestSession.Layout layout) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            rows.add(RowFactory.create((long) i, X[i][0], X[i][1], X[i][2], Y[i]));
        }
        StructType schema = new StructType().add("id", DataTypes.LongType).add("a", DataTypes.DoubleType)
                .add("b", DataTypes.DoubleType).add("c", DataTypes.DoubleType).add("y", DataTypes.IntegerType);
        return SparkTestSession.get().createDataFrame(SparkTestSession.javaRdd(rows, layout), schema);
    }

    private static Dataset<Row> arrays(SparkTestSession.Layout layout) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            rows.add(RowFactory.create((long) i, X[i].clone(), Y[i]));
        }
        StructType schema = new StructType().add("id", DataTypes.LongType)
                .add("x", DataTypes.createArrayType(DataTypes.DoubleType, false)).add("y", DataTypes.IntegerType);
        return SparkTestSession.get().createDataFrame(SparkTestSession.javaRdd(rows, layout), schema);
    }

    @Test
    void predictionsAreTheLocalOnesRowByRow() {
        Mlp net = net();
        double[][] proba = net.predictProba(X);
        int[] cls = net.predict(X);
        for (Dataset<Row> predicted : List.of(
                DatasetMlp.predict(net, columns(new SparkTestSession.Layout(3, true)), "a", "b", "c"),
                DatasetMlp.predict(net, arrays(new SparkTestSession.Layout(2, false)), "x"))) {
            List<Row> rows = predicted.orderBy("id").collectAsList();
            assertEquals(N, rows.size());
            for (int i = 0; i < N; i++) {
                Row r = rows.get(i);
                assertEquals(i, r.getLong(0));
                List<Double> p = r.getList(r.fieldIndex("probability"));
                for (int k = 0; k < 3; k++) {
                    assertEquals(proba[i][k], p.get(k), 1e-15, "row " + i);
                }
                assertEquals(cls[i], r.getInt(r.fieldIndex("prediction")), "row " + i);
            }
        }
    }

    @Test
    void fullBatchGradientsEqualTheLocalOnes() {
        Mlp net = net();
        Gradients local = net.gradients(X, Y);
        for (SparkTestSession.Layout layout : SparkTestSession.layouts()) {
            DatasetMlp.FullBatchGradients g = DatasetMlp.gradients(net, columns(layout), "y", "a", "b", "c");
            assertEquals(N, g.count());
            assertEquals(local.loss(), g.loss(), 1e-12 * Math.abs(local.loss()), layout.toString());
            for (int l = 0; l < net.numLayers(); l++) {
                assertClose(local.flatWeights(l), g.flatWeights(l), layout + " weights " + l);
                assertClose(local.biases(l), g.biases(l), layout + " biases " + l);
            }
        }
    }

    private static void assertClose(double[] expected, double[] actual, String where) {
        assertEquals(expected.length, actual.length, where);
        double scale = 0;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * scale, where + " [" + i + "]");
        }
    }

    @Test
    void dataParallelDescentTakesTheLocalSteps() {
        double eta = 0.5;
        int steps = 3;
        Mlp local = net();
        double[] localLosses = new double[steps];
        for (int s = 0; s < steps; s++) {
            Gradients g = local.gradients(X, Y);
            localLosses[s] = g.loss();
            double[][] w = new double[local.numLayers()][];
            double[][] b = new double[local.numLayers()][];
            for (int l = 0; l < w.length; l++) {
                w[l] = local.flatWeights(l);
                b[l] = local.biases(l);
                double[] gw = g.flatWeights(l);
                double[] gb = g.biases(l);
                for (int i = 0; i < w[l].length; i++) {
                    w[l][i] -= eta * gw[i];
                }
                for (int i = 0; i < b[l].length; i++) {
                    b[l][i] -= eta * gb[i];
                }
            }
            local = local.withParameters(w, b);
        }
        DatasetMlp.Training t = DatasetMlp.train(net(), arrays(new SparkTestSession.Layout(3, true)), steps, eta,
                "y", "x");
        assertArrayEquals(localLosses, t.losses(), 1e-12);
        for (int l = 0; l < local.numLayers(); l++) {
            assertClose(local.flatWeights(l), t.model().flatWeights(l), "weights " + l);
            assertClose(local.biases(l), t.model().biases(l), "biases " + l);
        }
        assertEquals(true, t.losses()[steps - 1] < t.losses()[0]);
    }

    @Test
    void badArgumentsAreRejected() {
        Dataset<Row> df = columns(new SparkTestSession.Layout(1, false));
        assertEquals("features has 2 columns but the network has 3 inputs", assertThrows(IllegalArgumentException.class,
                () -> DatasetMlp.predict(net(), df, "a", "b")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatasetMlp.predict(net(), df, "a", "b", "nope"));
        assertThrows(IllegalArgumentException.class,
                () -> DatasetMlp.predict(net(), df.withColumnRenamed("id", "prediction"), "a", "b", "c"));
        Mlp regression = Mlp.builder(3).output(1, Output.LINEAR).seed(1).build();
        assertThrows(IllegalStateException.class, () -> DatasetMlp.predict(regression, df, "a", "b", "c"));
        assertThrows(IllegalArgumentException.class, () -> DatasetMlp.train(net(), df, 0, 0.1, "y", "a", "b", "c"));
        assertThrows(NullPointerException.class, () -> DatasetMlp.gradients(null, df, "y", "a"));
    }
}
