package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Interval;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Datasets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Pearson (with Fisher interval), Spearman and Kendall's tau-b against SciPy 1.10.1. */
class CorrelationTest {

    // tools/reference/correlation.py (scipy 1.10.1, numpy 1.24.2): r = pearsonr(x, y): statistic,
    // pvalue, r.confidence_interval(0.95) low/high, (0.8) low/high; spearmanr(x, y) correlation,
    // pvalue; kendalltau(x, y) correlation, pvalue
    // IRIS_SEPAL: pearson r, p, ci95 low, high, ci80 low, high; spearman rho, p; kendall tau, p
    private static final double[] IRIS_SEPAL = {-0.11756978413300204, 0.15189826071144746, -0.2726932479034535, 0.04351158357637993, -0.2201527388766903, -0.012414801006810243, -0.166777658283235, 0.04136799424884587, -0.0769967881165167, 0.18292101506854785};
    // IRIS_PETAL: pearson r, p, ci95 low, high, ci80 low, high; spearman rho, p; kendall tau, p
    private static final double[] IRIS_PETAL = {0.9628654314027961, 4.675003907328653e-86, 0.9490524593111144, 0.9729853173787971, 0.9543233088786378, 0.9698347257381935, 0.9376668235763412, 8.156596854126675e-70, 0.8068906859884751, 2.4434463945331443e-44};
    // SMALL: pearson r, p, ci95 low, high, ci80 low, high; spearman rho, p; kendall tau, p
    private static final double[] SMALL = {0.900357432663887, 0.0003818204901429439, 0.6250844629873509, 0.9764469640714079, 0.757244162432244, 0.9609740482534597, 0.9151515151515152, 0.0002044724061488323, 0.7777777777777777, 0.0009463183421516755};
    // N40: pearson r, p, ci95 low, high, ci80 low, high; spearman rho, p; kendall tau, p
    private static final double[] N40 = {-0.013079287623423719, 0.9361569720581557, -0.32327152484056665, 0.29965093526350356, -0.22010439185227845, 0.1950732557774633, -0.02307692307692308, 0.8875998848264031, -0.023076923076923078, 0.8338872904063295};

    private static final double[] SMALL_X = {2.1, 3.4, 1.9, 5.6, 4.4, 7.0, 6.1, 8.8, 9.3, 0.5};
    private static final double[] SMALL_Y = {1.0, 2.5, 2.0, 4.1, 3.0, 6.2, 7.7, 5.9, 9.9, 1.3};

    private static double[][] data(String name) {
        return switch (name) {
            case "IRIS_SEPAL" -> new double[][] {Datasets.iris().column(0), Datasets.iris().column(1)};
            case "IRIS_PETAL" -> new double[][] {Datasets.iris().column(2), Datasets.iris().column(3)};
            case "SMALL" -> new double[][] {SMALL_X, SMALL_Y};
            default -> {
                double[] x = new double[40];
                double[] y = new double[40];
                for (int i = 1; i <= 40; i++) {
                    x[i - 1] = i;
                    y[i - 1] = (17 * i) % 41 + i / 100.0;
                }
                yield new double[][] {x, y};
            }
        };
    }

    private static void assertRel(double expected, double actual, double rel, String what) {
        assertTrue(Math.abs(actual - expected) <= rel * Math.abs(expected),
                what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void matchesScipy() {
        String[] names = {"IRIS_SEPAL", "IRIS_PETAL", "SMALL", "N40"};
        double[][] refs = {IRIS_SEPAL, IRIS_PETAL, SMALL, N40};
        for (int k = 0; k < names.length; k++) {
            double[][] d = data(names[k]);
            double[] ref = refs[k];
            String n = names[k];
            TestResult p = Correlation.pearson(d[0], d[1]);
            assertRel(ref[0], p.statistic(), 1e-13, n + " pearson r");
            assertRel(ref[1], p.pValue(), 1e-10, n + " pearson p");
            Interval ci95 = Correlation.pearsonConfidenceInterval(d[0], d[1], 0.95);
            Interval ci80 = Correlation.pearsonConfidenceInterval(d[0], d[1], 0.8);
            assertRel(ref[2], ci95.lower(), 1e-13, n + " ci95 low");
            assertRel(ref[3], ci95.upper(), 1e-13, n + " ci95 high");
            assertRel(ref[4], ci80.lower(), 1e-13, n + " ci80 low");
            assertRel(ref[5], ci80.upper(), 1e-13, n + " ci80 high");
            TestResult s = Correlation.spearman(d[0], d[1]);
            assertRel(ref[6], s.statistic(), 1e-13, n + " spearman rho");
            assertRel(ref[7], s.pValue(), 1e-10, n + " spearman p");
            TestResult t = Correlation.kendallTau(d[0], d[1]);
            assertRel(ref[8], t.statistic(), 1e-13, n + " kendall tau");
            assertRel(ref[9], t.pValue(), 1e-10, n + " kendall p");
        }
    }

    /** Kendall's exact p-value against the inversion counts of all 7! permutations. */
    @Test
    void kendallExactPValueMatchesEnumeration() {
        int n = 7;
        List<int[]> perms = new ArrayList<>();
        permute(new int[] {0, 1, 2, 3, 4, 5, 6}, 0, perms);
        long[] byInversions = new long[n * (n - 1) / 2 + 1];
        for (int[] p : perms) {
            byInversions[inversions(p)]++;
        }
        double[] x = {1, 2, 3, 4, 5, 6, 7};
        for (int[] p : perms.subList(0, 400)) {
            double[] y = Arrays.stream(p).asDoubleStream().toArray();
            int d = inversions(p);
            int c = Math.min(d, 21 - d);
            long le = 0;
            for (int k = 0; k <= c; k++) {
                le += byInversions[k];
            }
            double expected = Math.min(1.0, 2.0 * le / perms.size());
            TestResult t = Correlation.kendallTau(x, y);
            assertEquals(expected, t.pValue(), 1e-15, Arrays.toString(p));
            assertEquals((21 - 2.0 * d) / 21, t.statistic(), 1e-15);
        }
    }

    private static int inversions(int[] p) {
        int d = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = i + 1; j < p.length; j++) {
                if (p[i] > p[j]) {
                    d++;
                }
            }
        }
        return d;
    }

    private static void permute(int[] a, int k, List<int[]> out) {
        if (k == a.length) {
            out.add(a.clone());
            return;
        }
        for (int i = k; i < a.length; i++) {
            int t = a[k]; a[k] = a[i]; a[i] = t;
            permute(a, k + 1, out);
            t = a[k]; a[k] = a[i]; a[i] = t;
        }
    }

    @Test
    void invariances() {
        qt().withExamples(200)
                .forAll(longs().all(), integers().between(3, 60), integers().between(0, 1))
                .checkAssert((seed, n, tied) -> {
                    RandomGenerator rng = Randomness.seeded(seed);
                    double[] x = new double[n];
                    double[] y = new double[n];
                    for (int i = 0; i < n; i++) {
                        x[i] = tied == 1 ? rng.nextInt(5) : rng.nextGaussian();
                        y[i] = 0.5 * x[i] + (tied == 1 ? rng.nextInt(3) : rng.nextGaussian());
                    }
                    x[0] = -10; // never constant
                    y[1] = 10;
                    TestResult p = Correlation.pearson(x, y);
                    TestResult s = Correlation.spearman(x, y);
                    TestResult k = Correlation.kendallTau(x, y);
                    for (TestResult r : List.of(p, s, k)) {
                        assertTrue(Math.abs(r.statistic()) <= 1 && r.pValue() >= 0 && r.pValue() <= 1);
                    }
                    // symmetric in (x, y)
                    assertEquals(p.statistic(), Correlation.pearson(y, x).statistic(), 1e-14);
                    assertEquals(k.statistic(), Correlation.kendallTau(y, x).statistic(), 1e-15);
                    assertEquals(k.pValue(), Correlation.kendallTau(y, x).pValue(), 1e-14);
                    // rank statistics: invariant under a strictly increasing map; sign flips with -y
                    double[] ex = Arrays.stream(x).map(v -> Math.exp(v / 4)).toArray();
                    assertEquals(s.statistic(), Correlation.spearman(ex, y).statistic(), 1e-14);
                    assertEquals(k.statistic(), Correlation.kendallTau(ex, y).statistic(), 1e-15);
                    double[] ny = Arrays.stream(y).map(v -> -v).toArray();
                    assertEquals(-k.statistic(), Correlation.kendallTau(x, ny).statistic(), 1e-15);
                    assertEquals(k.pValue(), Correlation.kendallTau(x, ny).pValue(), 1e-14);
                    assertEquals(-s.statistic(), Correlation.spearman(x, ny).statistic(), 1e-14);
                    // the Fisher interval contains r and widens with the level
                    if (n >= 4) {
                        Interval a = Correlation.pearsonConfidenceInterval(x, y, 0.8);
                        Interval b = Correlation.pearsonConfidenceInterval(x, y, 0.99);
                        assertTrue(a.lower() <= p.statistic() + 1e-15 && p.statistic() <= a.upper() + 1e-15);
                        assertTrue(b.lower() <= a.lower() && a.upper() <= b.upper());
                    }
                });
    }

    @Test
    void edgeCasesAndBadInput() {
        // two pairs: r = +-1, p = 1 (as scipy)
        TestResult two = Correlation.pearson(new double[] {1, 2}, new double[] {3, 1});
        assertEquals(-1.0, two.statistic());
        assertEquals(1.0, two.pValue());
        Interval wide = Correlation.pearsonConfidenceInterval(new double[] {1, 2, 3}, new double[] {1, 3, 2}, 0.9);
        assertEquals(-1.0, wide.lower());
        assertEquals(1.0, wide.upper());
        // perfect monotone: spearman and kendall 1 with p = 0 / exact
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1, 4, 9, 16, 25};
        assertEquals(1.0, Correlation.spearman(x, y).statistic(), 2e-16);
        assertTrue(Correlation.spearman(x, y).pValue() < 1e-6); // 0 for rho exactly 1 (scipy: 1.4e-24 here)
        assertEquals(1.0, Correlation.kendallTau(x, y).statistic(), 2e-16); // 10/sqrt(10)/sqrt(10), as scipy
        assertEquals(2.0 / 120, Correlation.kendallTau(x, y).pValue(), 1e-17); // scipy: 0.016666666666666666
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Correlation.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
        assertEquals("x must not be constant to compute a correlation (it would be 0/0)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Correlation.kendallTau(new double[] {1, 2, 3}, new double[] {2, 2, 2}));
        assertEquals("y must not be constant to compute Kendall's tau (it would be 0/0)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Correlation.spearman(new double[] {1}, new double[] {1}));
        assertEquals("x must have at least 2 values to compute a correlation, had 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Correlation.pearson(new double[] {1, 2}, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("x") && e.getMessage().contains("y"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Correlation.pearson(new double[] {1, Double.NaN}, new double[] {1, 2}));
        assertTrue(e.getMessage().startsWith("x[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Correlation.pearsonConfidenceInterval(x, y, 1.0));
        assertEquals("level must be in (0, 1), was 1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Correlation.kendallTau(new double[Correlation.MAX_KENDALL_SIZE + 1], new double[Correlation.MAX_KENDALL_SIZE + 1]));
        assertTrue(e.getMessage().startsWith("x must have at most 20000 values"), e.getMessage());
        assertEquals("y", assertThrows(NullPointerException.class, () -> Correlation.spearman(x, null)).getMessage());
    }
}
