package dev.statlearn.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Numerics;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PreprocessTest {

    private static void assertArrayRel(double[] expected, double[] actual, double tol) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Numerics.close(expected[i], actual[i], tol, 1e-15),
                    "index " + i + ": expected " + expected[i] + " but was " + actual[i]);
        }
    }

    private static double[][] copy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }

    @Test
    void standardScalerMatchesScikitLearnOnWine() {
        // scikit-learn 1.2.1: StandardScaler().fit(X_wine).mean_ / .scale_ / .transform(X[:1])
        // (tools/reference/core.py)
        double[][] x = Datasets.wine().features();
        StandardScaler s = StandardScaler.fit(x);
        assertArrayRel(new double[] {13.000617977528083, 2.336348314606741, 2.3665168539325854,
            19.49494382022472, 99.74157303370787, 2.295112359550562, 2.0292696629213474, 0.36185393258426973,
            1.5908988764044953, 5.058089882022473, 0.9574494382022468, 2.6116853932584254,
            746.8932584269663}, s.mean(), 1e-14);
        assertArrayRel(new double[] {0.809542914528517, 1.1140036269797895, 0.2735722944264325,
            3.330169757658213, 14.242307673359807, 0.6240905641965366, 0.9960489503792328, 0.12410325988364797,
            0.5707488486199377, 2.3117646609525573, 0.2279286065650725, 0.7079932646716006,
            314.0216568419877}, s.scale(), 1e-13);
        assertArrayRel(new double[] {1.5186125409891542, -0.562249798328623, 0.23205254099473993,
            -1.1695931750229027, 1.9139052175708111, 0.8089973946320399, 1.0348189581307379,
            -0.6595631143050651, 1.2248839840604513, 0.2517168498188532, 0.3621772757786129,
            1.8479195665066535, 1.013008926747691}, s.transform(x[0]), 1e-12);
        assertArrayRel(x[5], s.inverseTransform(s.transform(x[5])), 1e-14);
    }

    @Test
    void minMaxScalerMatchesScikitLearnOnIris() {
        // scikit-learn 1.2.1: MinMaxScaler().fit(X_iris).data_min_ / .data_range_ / .transform(X[:1])
        double[][] x = Datasets.iris().features();
        MinMaxScaler m = MinMaxScaler.fit(x);
        assertArrayEquals(new double[] {4.3, 2.0, 1.0, 0.1}, m.dataMin());
        assertArrayRel(new double[] {3.6000000000000005, 2.4000000000000004, 5.9, 2.4}, m.dataRange(), 1e-15);
        assertArrayRel(new double[] {0.2222222222222221, 0.625, 0.06779661016949151, 0.04166666666666667},
                m.transform(x[0]), 1e-14);
    }

    @Test
    void imputerMatchesScikitLearnSimpleImputer() {
        // scikit-learn 1.2.1: SimpleImputer(strategy=s).fit(A).statistics_
        double n = Double.NaN;
        double[][] a = {{1, n, 3}, {n, 2, 3}, {7, 2, n}, {4, 5, 1}};
        double[][] before = copy(a);
        assertArrayRel(new double[] {4.0, 3.0, 2.3333333333333335},
                Imputer.fit(a, Imputer.Strategy.MEAN).fillValues(), 1e-15);
        assertArrayEquals(new double[] {4, 2, 3}, Imputer.fit(a, Imputer.Strategy.MEDIAN).fillValues());
        assertArrayEquals(new double[] {1, 2, 3}, Imputer.fit(a, Imputer.Strategy.MOST_FREQUENT).fillValues());
        assertArrayEquals(new double[] {1, -1, 3}, Imputer.constant(a, -1).transform(a[0]));
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(before[i], a[i]); // input untouched
        }
    }

    @Test
    void standardizedTrainingColumnsHaveMeanZeroAndUnitSd() {
        qt().withExamples(150)
                .forAll(integers().between(2, 60), integers().between(1, 5), doubles().between(-1e6, 1e6), longs().all())
                .checkAssert((n, d, loc, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double spread = Math.pow(10, r.nextDouble(-3, 3));
                    double[][] x = new double[n][d];
                    for (double[] row : x) {
                        for (int j = 0; j < d; j++) {
                            row[j] = loc + spread * r.nextGaussian();
                        }
                    }
                    double[][] z = StandardScaler.fit(x).transform(x);
                    for (int j = 0; j < d; j++) {
                        double m = 0;
                        double ss = 0;
                        for (double[] row : z) {
                            m += row[j];
                        }
                        m /= n;
                        for (double[] row : z) {
                            ss += (row[j] - m) * (row[j] - m);
                        }
                        // the data carry only ulp(loc) absolute precision, i.e. ulp(loc)/sd after scaling,
                        // where sd is the column's own spread (two close draws can make it far below `spread`)
                        double xm = 0;
                        double xss = 0;
                        for (double[] row : x) {
                            xm += row[j] / n;
                        }
                        for (double[] row : x) {
                            xss += (row[j] - xm) * (row[j] - xm);
                        }
                        double tol = 1e-10 + 100 * Math.ulp(Math.abs(loc)) / Math.sqrt(xss / n);
                        assertEquals(0, m, tol);
                        assertEquals(1, Math.sqrt(ss / n), tol);
                    }
                });
    }

    @Test
    void scalerIsStableForHugeMeanAndTinySpread() {
        double[][] x = new double[1000][1];
        SplittableRandom r = new SplittableRandom(1);
        for (double[] row : x) {
            row[0] = 1e9 + 1e-3 * r.nextGaussian();
        }
        double[][] z = StandardScaler.fit(x).transform(x);
        double ss = 0;
        for (double[] row : z) {
            ss += row[0] * row[0];
        }
        assertEquals(1, Math.sqrt(ss / x.length), 1e-6);
    }

    @Test
    void constantColumnsMapToZeroAndMinimum() {
        double[][] x = {{5, 1}, {5, 2}, {5, 3}};
        assertArrayEquals(new double[] {0, -Math.sqrt(1.5)}, StandardScaler.fit(x).transform(x[0]), 1e-15);
        assertArrayEquals(new double[] {0, 0.5}, MinMaxScaler.fit(x).transform(x[1]));
        assertArrayEquals(new double[] {-1, 1}, MinMaxScaler.fit(x, -1, 1).transform(x[2]));
        // outside the training range: not clipped
        assertArrayEquals(new double[] {0, 1.5}, MinMaxScaler.fit(x).transform(new double[] {5, 4}));
    }

    @Test
    void imputerNeverLeavesNaN() {
        qt().withExamples(200)
                .forAll(integers().between(1, 40), integers().between(1, 6), doubles().between(0, 0.8), longs().all())
                .checkAssert((n, d, missingRate, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double[][] x = new double[n][d];
                    for (double[] row : x) {
                        for (int j = 0; j < d; j++) {
                            row[j] = r.nextDouble() < missingRate ? Double.NaN : r.nextInt(5);
                        }
                    }
                    for (int j = 0; j < d; j++) {
                        x[r.nextInt(n)][j] = r.nextInt(5); // every column has an observed value
                    }
                    for (Imputer.Strategy s : List.of(Imputer.Strategy.MEAN, Imputer.Strategy.MEDIAN,
                            Imputer.Strategy.MOST_FREQUENT)) {
                        for (double[] row : Imputer.fit(x, s).transform(x)) {
                            for (double v : row) {
                                assertFalse(Double.isNaN(v));
                            }
                        }
                    }
                });
    }

    @Test
    void fittedOnTrainingOnlyAppliedToOtherData() {
        Dataset iris = Datasets.iris();
        Dataset train = iris.select(new int[] {0, 1, 2, 50, 51, 100});
        Dataset test = iris.select(new int[] {3, 52, 101});
        Preprocessor recipe = ((Preprocessor) x -> Imputer.fit(x, Imputer.Strategy.MEDIAN))
                .andThen(StandardScaler::fit);
        Transformer t = recipe.fit(train);
        StandardScaler direct = StandardScaler.fit(train.features());
        assertArrayEquals(direct.transform(test.row(1)), t.transform(test).row(1), 1e-15);
        assertEquals(test.labels()[2], t.transform(test).labels()[2]);
        assertEquals(4, t.outputFeatures());
    }


    @Test
    void oneHotEncoderLayout() {
        double n = Double.NaN;
        double[][] x = {{1.5, 2}, {0.5, 0}, {1.5, n}};
        OneHotEncoder e = OneHotEncoder.fit(x, 1);
        assertEquals(4, e.outputFeatures());
        assertArrayEquals(new double[] {1.5, 0, 1, 0}, e.transform(x[0]));
        assertArrayEquals(new double[] {0.5, 1, 0, 0}, e.transform(x[1]));
        assertArrayEquals(new double[] {1.5, 0, 0, 1}, e.transform(x[2]));       // missing
        assertArrayEquals(new double[] {9, 0, 0, 1}, e.transform(new double[] {9, 7})); // unseen
        assertEquals(List.of("a", "b=0", "b=2", "b=missing"), e.featureNames(List.of("a", "b")));
        OneHotEncoder.Labels l = OneHotEncoder.fitLabels(new String[] {"red", "blue", null, "red"});
        assertEquals(List.of("blue", "red"), l.categories());
        assertArrayEquals(new double[] {0, 0, 1}, l.transformLabels(new String[] {"green"})[0]);
        assertArrayEquals(new double[] {1, 0, 0}, l.transformLabels(new String[] {"blue"})[0]);
        assertEquals(List.of("blue", "red", "missing"), l.featureNames());
    }

    @Test
    void badInput() {
        double[][] x = {{1, 2}, {3, 4}};
        assertEquals("row has 3 columns but the transformer was fitted on 2", assertThrows(
                IllegalArgumentException.class, () -> StandardScaler.fit(x).transform(new double[3])).getMessage());
        assertEquals("x column 0 has no observed (non-NaN) value", assertThrows(IllegalArgumentException.class,
                () -> StandardScaler.fit(new double[][] {{Double.NaN}})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MinMaxScaler.fit(x, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> MinMaxScaler.fit(new double[][] {{Double.POSITIVE_INFINITY}}));
        assertThrows(IllegalArgumentException.class, () -> Imputer.fit(x, Imputer.Strategy.CONSTANT));
        assertThrows(IllegalArgumentException.class, () -> Imputer.constant(x, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> OneHotEncoder.fit(x, 2));
        assertThrows(IllegalArgumentException.class, () -> OneHotEncoder.fit(x, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> OneHotEncoder.fit(x, 1).categories(0));
        assertThrows(IllegalArgumentException.class, () -> StandardScaler.of(new double[] {0}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> StandardScaler.fit(new double[0][]));
        assertThrows(NullPointerException.class, () -> Imputer.fit(x, null));
        assertThrows(IllegalArgumentException.class,
                () -> StandardScaler.fit(x).andThen(OneHotEncoder.fit(new double[][] {{1, 2, 3}}, 0)));
    }
}
