package dev.statlearn.eval.monitor;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.testkit.StatisticalAssertions;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Permutation importance is an unbiased estimate of its expectation: the check eval's
 * {@code PermutationImportanceTest} made with a 5-sd bound on one run, now the testkit's
 * {@code assertUnbiased} (false-failure rate \( 10^{-6} \); here because eval cannot depend on the
 * testkit).
 */
class PermutationImportanceUnbiasedTest {

    /** y = 2 x0 + 0.5 x1 (x2 unused), as in PermutationImportanceTest. */
    private static Dataset linear(int n) {
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

    /** The score: minus the MSE of the exact linear model. */
    private static final ToDoubleFunction<Dataset> NEG_MSE = d -> {
        double[] y = d.targets();
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - (2 * d.value(i, 0) + 0.5 * d.value(i, 1));
            s += e * e;
        }
        return -s / y.length;
    };

    @Test
    void meanDropIsUnbiasedForTwiceBetaSquaredTimesVariance() {
        // Under a uniform permutation, E[(x_pi(i) - x_i)^2] averaged over i is exactly
        // 2 var_pop(x), so the expected MSE increase of feature j is 2 beta_j^2 var_pop(x_j).
        Dataset data = linear(400);
        double[] beta = {2, 0.5, 0};
        for (int j = 0; j < 3; j++) {
            double[] c = data.column(j);
            double m = 0;
            for (double v : c) {
                m += v / c.length;
            }
            double var = 0;
            for (double v : c) {
                var += (v - m) * (v - m) / c.length;
            }
            double expected = 2 * beta[j] * beta[j] * var;
            int feature = j;
            StatisticalAssertions.standard().withReplications(200).assertUnbiased(
                    (rng, repeats) -> PermutationImportance.of(data, NEG_MSE, repeats, rng).features().get(feature)
                            .mean(), 5, expected);
        }
    }
}
