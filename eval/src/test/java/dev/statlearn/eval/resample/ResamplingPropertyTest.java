package dev.statlearn.eval.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.eval.resample.internal.NearestNeighbors;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResamplingPropertyTest {

    /** Random data; with {@code grid} the features are small integers (many distance ties). */
    static Dataset data(int n, int d, int classes, boolean grid, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i < classes ? i : (r.nextInt(3) == 0 ? r.nextInt(classes) : 0);
            for (int j = 0; j < d; j++) {
                x[i][j] = grid ? r.nextInt(4) : r.nextGaussian() + y[i];
            }
        }
        return Dataset.classification(x, y);
    }

    @Test
    void kNearestEqualsSortingAllDistances() {
        qt().withExamples(150).forAll(integers().between(2, 40), integers().between(1, 5), integers().between(1, 6), longs().all())
                .assuming((n, d, k, seed) -> k < n)
                .checkAssert((n, d, k, seed) -> {
                    boolean grid = (seed & 1) == 0;
                    double[][] x = data(n, d, 1, grid, seed).features();
                    int[] all = java.util.stream.IntStream.range(0, n).toArray();
                    double[] flat = NearestNeighbors.flatten(x, all);
                    int[] nn = NearestNeighbors.kNearest(flat, n, d, k);
                    int[] one = NearestNeighbors.nearest(flat, n, d);
                    for (int i = 0; i < n; i++) {
                        final int p = i;
                        Integer[] order = java.util.stream.IntStream.range(0, n).filter(j -> j != p).boxed()
                                .sorted((a, b) -> {
                                    int c = Double.compare(sq(x[p], x[a]), sq(x[p], x[b]));
                                    return c != 0 ? c : Integer.compare(a, b);
                                }).toArray(Integer[]::new);
                        for (int t = 0; t < k; t++) {
                            assertEquals(order[t].intValue(), nn[i * k + t], "point " + i + " neighbour " + t);
                        }
                        assertEquals(order[0].intValue(), one[i]);
                    }
                });
    }

    /** Same rows, labels and sources. */
    static void assertSame(Resampled a, Resampled b) {
        assertArrayEquals(a.sourceRows(), b.sourceRows());
        assertEquals(Arrays.deepToString(a.dataset().features()), Arrays.deepToString(b.dataset().features()));
        assertArrayEquals(a.dataset().labels(), b.dataset().labels());
    }

    static double sq(double[] a, double[] b) {
        double s = 0;
        for (int f = 0; f < a.length; f++) {
            double t = a[f] - b[f];
            s += t * t;
        }
        return s;
    }

    @Test
    void smoteBalancesAndStaysOnSegments() {
        qt().withExamples(100).forAll(integers().between(20, 120), integers().between(1, 4), integers().between(2, 3), longs().all())
                .checkAssert((n, d, classes, seed) -> {
                    Dataset in = data(n, d, classes, false, seed);
                    int[] counts = in.classCounts();
                    int k = 3;
                    if (Arrays.stream(counts).min().getAsInt() <= k) {
                        assertThrows(IllegalArgumentException.class, () -> Resampling.smote(in, k, Randomness.seeded(seed)));
                        return;
                    }
                    String before = Arrays.deepToString(in.features());
                    Resampled r = Resampling.smote(in, k, Randomness.seeded(seed));
                    assertEquals(before, Arrays.deepToString(in.features()), "input untouched");
                    int max = Arrays.stream(counts).max().getAsInt();
                    for (int c : r.dataset().classCounts()) {
                        assertEquals(max, c);
                    }
                    assertEquals(r.dataset().size() - n, r.syntheticCount());
                    assertSame(r, Resampling.smote(in, k, Randomness.seeded(seed)));
                    double[][] x = in.features();
                    int[] y = in.labels();
                    for (int s = n; s < r.dataset().size(); s++) {
                        int c = r.dataset().label(s);
                        int[] rows = java.util.stream.IntStream.range(0, n).filter(i -> y[i] == c).toArray();
                        int[] nn = NearestNeighbors.kNearest(NearestNeighbors.flatten(x, rows), rows.length, d, k);
                        boolean found = false;
                        for (int i = 0; i < rows.length && !found; i++) {
                            for (int t = 0; t < k && !found; t++) {
                                found = ResamplingReferenceTest.onSegment(x[rows[i]], x[rows[nn[i * k + t]]], r.dataset().row(s), d);
                            }
                        }
                        assertTrue(found, "synthetic row " + s);
                    }
                });
    }

    @Test
    void randomSamplersKeepRowsAndReachTargets() {
        qt().withExamples(150).forAll(integers().between(5, 150), integers().between(2, 4), doubles().between(0.05, 1.0), longs().all())
                .checkAssert((n, classes, ratio, seed) -> {
                    Dataset in = data(n, 2, classes, true, seed);
                    int[] counts = in.classCounts();
                    int max = Arrays.stream(counts).max().getAsInt();
                    int min = Arrays.stream(counts).min().getAsInt();
                    Resampled over = Resampling.randomOversample(in, Randomness.seeded(seed));
                    Resampled under = Resampling.randomUndersample(in, Randomness.seeded(seed));
                    for (int c = 0; c < classes; c++) {
                        assertEquals(max, over.dataset().classCounts()[c]);
                        assertEquals(min, under.dataset().classCounts()[c]);
                    }
                    for (Resampled r : new Resampled[] {over, under}) {
                        assertEquals(0, r.syntheticCount());
                        int[] src = r.sourceRows();
                        for (int i = 0; i < src.length; i++) {
                            assertArrayEquals(in.row(src[i]), r.dataset().row(i));
                            assertEquals(in.label(src[i]), r.dataset().label(i));
                        }
                    }
                    // under-sampling never repeats a row
                    assertEquals(under.sourceRows().length, Arrays.stream(under.sourceRows()).distinct().count());
                    assertSame(under, Resampling.randomUndersample(in, Randomness.seeded(seed)));
                    if (classes == 2 && counts[0] > 0 && counts[1] > 0) {
                        double current = (double) min / max;
                        if (ratio >= current) {
                            Resampled up = Resampling.randomOversample(in, ratio, Randomness.seeded(seed));
                            assertEquals(n + (int) (ratio * max - min), up.dataset().size());
                            Resampled down = Resampling.randomUndersample(in, ratio, Randomness.seeded(seed));
                            assertEquals(min + (int) (min / ratio), down.dataset().size());
                        } else {
                            assertThrows(IllegalArgumentException.class,
                                    () -> Resampling.randomOversample(in, ratio, Randomness.seeded(seed)));
                        }
                    }
                });
    }

    @Test
    void tomekLinksAreMutualNearestNeighboursOfDifferentClasses() {
        qt().withExamples(100).forAll(integers().between(2, 80), integers().between(2, 3), longs().all())
                .checkAssert((n, classes, seed) -> {
                    Dataset in = data(n, 3, classes, false, seed);
                    boolean[] linked = Resampling.tomekLinked(in);
                    double[][] x = in.features();
                    for (int i = 0; i < n; i++) {
                        int nn = nearest(x, i);
                        boolean expected = in.label(nn) != in.label(i) && nearest(x, nn) == i;
                        assertEquals(expected, linked[i], "row " + i);
                    }
                    int[] every = java.util.stream.IntStream.range(0, classes).toArray();
                    int kept = 0;
                    for (boolean b : linked) {
                        kept += b ? 0 : 1;
                    }
                    if (kept > 0) {
                        assertEquals(kept, Resampling.tomekLinks(in, every).dataset().size());
                    } else {
                        assertThrows(IllegalArgumentException.class, () -> Resampling.tomekLinks(in, every));
                    }
                });
    }

    static int nearest(double[][] x, int i) {
        int best = -1;
        for (int j = 0; j < x.length; j++) {
            if (j != i && (best < 0 || sq(x[i], x[j]) < sq(x[i], x[best]))) {
                best = j;
            }
        }
        return best;
    }

    @Test
    void classWeightsAverageToOne() {
        qt().withExamples(200).forAll(integers().between(1, 300), integers().between(1, 6), longs().all())
                .checkAssert((n, k, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    int[] y = new int[n + k];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = i < k ? i : r.nextInt(k);
                    }
                    int[] copy = y.clone();
                    double[] w = ClassWeights.balanced(y);
                    assertArrayEquals(copy, y);
                    double mean = Arrays.stream(ClassWeights.perExample(y, w)).sum() / y.length;
                    assertEquals(1.0, mean, 1e-12);
                });
        assertThrows(IllegalArgumentException.class, () -> ClassWeights.balanced(new int[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> ClassWeights.balanced(new int[0]));
        assertThrows(IllegalArgumentException.class, () -> ClassWeights.balanced(new int[] {0, 1}, 3));
        assertThrows(IllegalArgumentException.class, () -> ClassWeights.perExample(new int[] {0}, new double[] {Double.NaN}));
    }

    @Test
    void rejectsBadInput() {
        var rng = Randomness.seeded(1);
        Dataset reg = Dataset.regression(new double[][] {{1}, {2}}, new double[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> Resampling.randomOversample(reg, rng));
        Dataset three = data(30, 2, 3, false, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resampling.randomOversample(three, 0.5, rng));
        assertTrue(e.getMessage().contains("exactly 2 classes"), e.getMessage());
        Dataset two = data(30, 2, 2, false, 1);
        assertThrows(IllegalArgumentException.class, () -> Resampling.smote(two, 0.0, 5, rng));
        assertThrows(IllegalArgumentException.class, () -> Resampling.smote(two, 1.5, 5, rng));
        assertThrows(IllegalArgumentException.class, () -> Resampling.smote(two, Double.NaN, 5, rng));
        assertThrows(IllegalArgumentException.class, () -> Resampling.smote(two, 0, rng));
        assertThrows(NullPointerException.class, () -> Resampling.smote(two, 5, null));
        double[][] x = two.features();
        x[3][1] = Double.NaN;
        Dataset missing = two.withFeatures(x);
        e = assertThrows(IllegalArgumentException.class, () -> Resampling.smote(missing, 3, rng));
        assertTrue(e.getMessage().contains("must be finite"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Resampling.tomekLinks(missing));
        // random samplers copy rows and accept missing values
        assertEquals(0, Resampling.randomOversample(missing, rng).syntheticCount());
        assertThrows(IllegalArgumentException.class, () -> Resampling.tomekLinks(two, 5));
    }
}
