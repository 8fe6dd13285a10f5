package dev.statlearn.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.mle.Fit;
import dev.statlearn.stats.mle.Mle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link DatasetMle} against {@link Mle} on the collected column (whose own tests check it
 * against SciPy and mpmath), over the layouts of {@link SparkTestSession#layouts}: the same
 * estimates, standard errors and log-likelihood, to a relative 1e-12 for the continuous families
 * (merged moments) and exactly for the discrete estimates (integer counts).
 */
class DatasetMleTest {

    private static final double TOL = 1e-12;

    private static Dataset<Row> doubles(double[] x, SparkTestSession.Layout layout) {
        List<Row> rows = new ArrayList<>();
        for (double v : x) {
            rows.add(RowFactory.create(v));
        }
        rows.add(RowFactory.create((Object) null)); // skipped
        return SparkTestSession.get().createDataFrame(SparkTestSession.javaRdd(rows, layout),
                new StructType().add("x", DataTypes.DoubleType, true));
    }

    private static Dataset<Row> ints(int[] k, SparkTestSession.Layout layout) {
        List<Row> rows = new ArrayList<>();
        for (int v : k) {
            rows.add(RowFactory.create(v));
        }
        return SparkTestSession.get().createDataFrame(SparkTestSession.javaRdd(rows, layout),
                new StructType().add("k", DataTypes.IntegerType, true));
    }

    private static void assertSameFit(Fit<?> local, Fit<?> spark, double tol, String where) {
        assertEquals(local.n(), spark.n(), where);
        assertEquals(local.parameterNames(), spark.parameterNames(), where);
        for (Map.Entry<String, Double> e : local.estimates().entrySet()) {
            String p = e.getKey();
            assertEquals(e.getValue(), spark.estimate(p), tol * Math.abs(e.getValue()), where + " " + p);
            double se = local.standardError(p);
            assertEquals(se, spark.standardError(p), tol * Math.abs(se), where + " se " + p);
        }
        assertEquals(local.logLikelihood(), spark.logLikelihood(), 1e-12 * Math.abs(local.logLikelihood()),
                where + " log-likelihood");
    }

    /** One partition and four between empty ones; the aggregators' own tests cover more layouts. */
    private static final List<SparkTestSession.Layout> LAYOUTS = List.of(new SparkTestSession.Layout(1, false),
            new SparkTestSession.Layout(4, true));

    private static void checkContinuous(double[] x, Function<double[], Fit<?>> local,
                                        Function<Dataset<Row>, Fit<?>> spark, String family) {
        Fit<?> expected = local.apply(x);
        for (SparkTestSession.Layout layout : x.length > 2 ? LAYOUTS : LAYOUTS.subList(1, 2)) {
            assertSameFit(expected, spark.apply(doubles(x, layout)), TOL, family + ", " + layout);
        }
    }

    private static void checkDiscrete(int[] k, Function<int[], Fit<?>> local,
                                      Function<Dataset<Row>, Fit<?>> spark, String family) {
        Fit<?> expected = local.apply(k);
        for (SparkTestSession.Layout layout : k.length > 2 ? LAYOUTS : LAYOUTS.subList(1, 2)) {
            assertSameFit(expected, spark.apply(ints(k, layout)), 0.0, family + ", " + layout);
        }
    }

    @Test
    void continuousFamiliesMatchTheLocalFits() {
        RandomGenerator rng = Randomness.seeded(51);
        int n = 400;
        double[] positive = new double[n];
        double[] real = new double[n];
        for (int i = 0; i < n; i++) {
            positive[i] = -Math.log(1 - rng.nextDouble()) * 2 + 1e-3 * rng.nextDouble();
            real[i] = 5 + 2 * rng.nextGaussian();
        }
        checkContinuous(real, Mle::normal, df -> DatasetMle.normal(df, "x"), "normal");
        checkContinuous(positive, Mle::logNormal, df -> DatasetMle.logNormal(df, "x"), "log-normal");
        checkContinuous(positive, Mle::exponential, df -> DatasetMle.exponential(df, "x"), "exponential");
        checkContinuous(positive, Mle::gamma, df -> DatasetMle.gamma(df, "x"), "gamma");
        checkContinuous(new double[] {2.5, 7.25}, Mle::normal, df -> DatasetMle.normal(df, "x"), "normal, 2 rows");
        checkContinuous(new double[] {0.5}, Mle::exponential, df -> DatasetMle.exponential(df, "x"),
                "exponential, 1 row");
    }

    @Test
    void discreteFamiliesMatchTheLocalFits() {
        RandomGenerator rng = Randomness.seeded(52);
        int n = 300;
        int[] counts = new int[n];
        int[] bits = new int[n];
        int[] trials = new int[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            counts[i] = (int) Math.floor(-Math.log(1 - rng.nextDouble()) * 3);
            bits[i] = rng.nextDouble() < 0.3 ? 1 : 0;
            trials[i] = 1 + (int) Math.floor(Math.log(1 - rng.nextDouble()) / Math.log(0.75));
            labels[i] = rng.nextInt(4) == 3 ? 3 : rng.nextInt(2); // class 2 never occurs
        }
        checkDiscrete(counts, Mle::poisson, df -> DatasetMle.poisson(df, "k"), "Poisson");
        checkDiscrete(bits, Mle::bernoulli, df -> DatasetMle.bernoulli(df, "k"), "Bernoulli");
        checkDiscrete(trials, Mle::geometric, df -> DatasetMle.geometric(df, "k"), "geometric");
        checkDiscrete(labels, k -> Mle.categorical(k, 5), df -> DatasetMle.categorical(df, "k", 5), "categorical");
        checkDiscrete(new int[] {1}, Mle::bernoulli, df -> DatasetMle.bernoulli(df, "k"), "Bernoulli, 1 row");
    }

    @Test
    void badDataFailWithAnIllegalArgumentNamingTheColumn() {
        SparkTestSession.Layout one = new SparkTestSession.Layout(2, false);
        assertEquals("x must be in (0, inf) to fit a gamma, was -1.0", assertThrows(IllegalArgumentException.class,
                () -> DatasetMle.gamma(doubles(new double[] {3, -1, 2}, one), "x")).getMessage());
        assertEquals("x must not be constant to fit a normal (the scale would be 0)",
                assertThrows(IllegalArgumentException.class,
                        () -> DatasetMle.normal(doubles(new double[] {3, 3, 3}, one), "x")).getMessage());
        assertEquals("x must have at least 2 values to estimate a log-normal, had 1",
                assertThrows(IllegalArgumentException.class,
                        () -> DatasetMle.logNormal(doubles(new double[] {3}, one), "x")).getMessage());
        assertEquals("k must be 0 or 1, was 2", assertThrows(IllegalArgumentException.class,
                () -> DatasetMle.bernoulli(ints(new int[] {0, 2, 1}, one), "k")).getMessage());
        assertEquals("k must be in [0, 2), was 2", assertThrows(IllegalArgumentException.class,
                () -> DatasetMle.categorical(ints(new int[] {0, 2, 1}, one), "k", 2)).getMessage());
        assertEquals("k must not be all 0 to fit a Poisson (the rate would be 0)",
                assertThrows(IllegalArgumentException.class,
                        () -> DatasetMle.poisson(ints(new int[] {0, 0}, one), "k")).getMessage());
        assertThrows(NullPointerException.class, () -> DatasetMle.normal(null, "x"));
    }
}
