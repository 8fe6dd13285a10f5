package dev.statlearn.eval.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.eval.ConfusionMatrix;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class PermutationImportanceTest {

    /** y = 2 x0 + 0.5 x1 (x2 unused); score = -MSE of that exact linear model. */
    static Dataset linear(int n) {
        SplittableRandom r = new SplittableRandom(5);
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = r.nextGaussian();
            }
            y[i] = 2 * x[i][0] + 0.5 * x[i][1];
        }
        return Dataset.regression(x, y);
    }

    static final ToDoubleFunction<Dataset> NEG_MSE = d -> {
        double[] y = d.targets();
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - (2 * d.value(i, 0) + 0.5 * d.value(i, 1));
            s += e * e;
        }
        return -s / y.length;
    };

    @Test
    void dropsRankTheFeatures() {
        // Under a uniform permutation π, E[(x_π(i) - x_i)^2] averaged over i is exactly
        // 2 * var_pop(x), so the expected MSE increase of feature j is 2 β_j² var_pop(x_j).
        Dataset data = linear(400);
        PermutationImportance pi = PermutationImportance.of(data, NEG_MSE, 200, Randomness.seeded(8));
        assertEquals(0.0, pi.baselineScore(), 0.0);
        // that the mean drop is unbiased for 2 beta_j^2 var_pop(x_j) is checked in testkit's
        // PermutationImportanceUnbiasedTest (eval cannot depend on the testkit)
        assertTrue(pi.features().get(0).mean() > pi.features().get(1).mean());
        FeatureImportance unused = pi.features().get(2);
        assertArrayEquals(new double[200], unused.drops(), "an unused feature never changes the score");
        assertEquals(0.0, unused.sd());
        assertEquals("x0", pi.ranked().get(0).feature());
        assertEquals("x2", pi.ranked().get(2).feature());
    }

    @Test
    void sameSeedSameResultAndInputUntouched() {
        Dataset data = linear(50);
        double[][] before = data.features();
        PermutationImportance a = PermutationImportance.of(data, NEG_MSE, 5, Randomness.seeded(1));
        PermutationImportance b = PermutationImportance.of(data, NEG_MSE, 5, Randomness.seeded(1));
        assertEquals(a.features(), b.features());
        assertTrue(java.util.Arrays.deepEquals(before, data.features()));
        assertTrue(a.toString().contains("x0"));
    }

    @Test
    void classifierOnBreastCancer() {
        // a fixed rule on "worst radius" (column 20): malignant (1 after oneVsRest(0)) above 16.8
        Dataset data = Datasets.breastCancer().oneVsRest(0);
        PermutationImportance pi = PermutationImportance.of(data, x -> {
            int[] out = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = x[i][20] > 16.8 ? 1 : 0;
            }
            return out;
        }, ConfusionMatrix::balancedAccuracy, 10, Randomness.seeded(3));
        assertEquals("worst radius", pi.ranked().get(0).feature());
        assertTrue(pi.ranked().get(0).mean() > 0.3, pi.toString());
        for (FeatureImportance f : pi.features()) {
            if (f.column() != 20) {
                assertEquals(0.0, f.mean());
            }
        }
    }

    @Test
    void rejectsBadArguments() {
        Dataset data = linear(10);
        assertThrows(IllegalArgumentException.class, () -> PermutationImportance.of(data, NEG_MSE, 0, Randomness.seeded(1)));
        assertThrows(NullPointerException.class, () -> PermutationImportance.of(data, NEG_MSE, 1, null));
        assertThrows(IllegalArgumentException.class, () -> PermutationImportance.of(data, x -> new int[x.length],
                ConfusionMatrix::accuracy, 1, Randomness.seeded(1)));
    }

    @Test
    void rejectsNonFiniteScoresNamingTheRepeatAndFeature() {
        Dataset data = linear(10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PermutationImportance.of(data, d -> Double.NaN, 2, Randomness.seeded(1)));
        assertEquals("score must be finite, was NaN on the unshuffled data", e.getMessage());
        int[] calls = {0};
        // finite on the data and the first shuffles, NaN on the 5th call: feature 1 (x1), repeat 1
        ToDoubleFunction<Dataset> flaky = d -> ++calls[0] == 5 ? Double.NaN : NEG_MSE.applyAsDouble(d);
        e = assertThrows(IllegalArgumentException.class,
                () -> PermutationImportance.of(data, flaky, 2, Randomness.seeded(1)));
        assertEquals("score must be finite, was NaN on repeat 1 of feature 'x1' (column 1)", e.getMessage());
        int[] calls2 = {0};
        ToDoubleFunction<Dataset> huge = d -> ++calls2[0] == 1 ? 1e308 : -1e308;
        e = assertThrows(IllegalArgumentException.class,
                () -> PermutationImportance.of(data, huge, 1, Randomness.seeded(1)));
        assertEquals("score drop must be finite, was 1.0E308 - -1.0E308 on repeat 0 of feature 'x0' (column 0)",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PermutationImportance.of(data, NEG_MSE, Integer.MAX_VALUE, Randomness.seeded(1)));
        assertTrue(e.getMessage().contains("repeats must be in [1, 1048576]")
                && e.getMessage().contains(String.valueOf(Integer.MAX_VALUE)), e.getMessage());
    }
}
