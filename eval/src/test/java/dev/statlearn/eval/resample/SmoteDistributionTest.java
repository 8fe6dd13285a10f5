package dev.statlearn.eval.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.eval.resample.internal.NearestNeighbors;
import dev.statlearn.stats.inference.ChiSquare;
import dev.statlearn.stats.inference.KolmogorovSmirnov;
import dev.statlearn.stats.inference.TestResult;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * SMOTE's random choices follow imbalanced-learn's distribution: the (row, neighbour) pair is
 * uniform over the n_c * k pairs and the step uniform on [0, 1). On continuous 3-d data every
 * synthetic point lies on exactly one segment (a point on two segments has probability 0), so
 * both can be recovered and tested.
 */
class SmoteDistributionTest {

    @Test
    void pairsAndStepsAreUniform() {
        SplittableRandom r = new SplittableRandom(17);
        int minority = 30;
        int majority = 3030;
        int d = 3;
        int k = 5;
        double[][] x = new double[minority + majority][d];
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = i < minority ? 1 : 0;
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextGaussian() + 3 * y[i];
            }
        }
        Dataset data = Dataset.classification(x, y);
        Resampled out = Resampling.smote(data, k, Randomness.seeded(99));
        assertEquals(3000, out.syntheticCount());
        int[] rows = java.util.stream.IntStream.range(0, minority).toArray();
        int[] nn = NearestNeighbors.kNearest(NearestNeighbors.flatten(x, rows), minority, d, k);
        // a segment may be drawn in both directions (mutual neighbours): count undirected segments,
        // each with probability (number of directed pairs on it) / (n k)
        java.util.Map<Integer, Integer> segment = new java.util.LinkedHashMap<>();
        java.util.List<int[]> ends = new java.util.ArrayList<>();
        java.util.List<Double> prob = new java.util.ArrayList<>();
        for (int pair = 0; pair < minority * k; pair++) {
            int a = pair / k;
            int b = nn[pair];
            int key = Math.min(a, b) * minority + Math.max(a, b);
            Integer id = segment.get(key);
            if (id == null) {
                segment.put(key, ends.size());
                ends.add(new int[] {a, b});
                prob.add(1.0 / (minority * k));
            } else {
                prob.set(id, prob.get(id) + 1.0 / (minority * k));
            }
        }
        long[] counts = new long[ends.size()];
        double[] steps = new double[out.syntheticCount()];
        int s = 0;
        for (int row = 0; row < out.dataset().size(); row++) {
            if (!out.isSynthetic(row)) {
                continue;
            }
            double[] p = out.dataset().row(row);
            int found = -1;
            double step = Double.NaN;
            for (int id = 0; id < ends.size(); id++) {
                double[] a = x[ends.get(id)[0]];
                double[] b = x[ends.get(id)[1]];
                if (ResamplingReferenceTest.onSegment(a, b, p, d)) {
                    assertEquals(-1, found, "synthetic row on two segments");
                    found = id;
                    step = (p[0] - a[0]) / (b[0] - a[0]);
                }
            }
            assertTrue(found >= 0);
            counts[found]++;
            // u or 1 - u depending on the direction drawn: uniform either way
            steps[s++] = Math.min(Math.max(step, 0), 1);
        }
        double[] expected = prob.stream().mapToDouble(Double::doubleValue).toArray();
        // fixed seed, so deterministic; with a fresh seed each test would fail with probability 1e-4
        TestResult pairs = ChiSquare.goodnessOfFit(counts, expected);
        assertTrue(pairs.pValue() > 1e-4, "pairs " + pairs);
        TestResult uniform = KolmogorovSmirnov.oneSample(steps, v -> Math.min(Math.max(v, 0), 1));
        assertTrue(uniform.pValue() > 1e-4, "steps " + uniform);
    }
}
