package dev.statlearn.stats.test;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.gamma.RegularizedGamma;

/**
 * Pearson's chi-square goodness-of-fit test of observed category counts against expected
 * category probabilities, equal to {@code scipy.stats.chisquare(f_obs, f_exp=n*p, ddof)}.
 *
 * <p>With \(k\) categories, counts \(o_i\), \(n = \sum o_i\) and expected counts \(e_i = n p_i\):
 * \[ \chi^2 = \sum_{i=1}^{k} \frac{(o_i - e_i)^2}{e_i}, \qquad
 *    p = P\left(\chi^2_{k-1-\mathrm{ddof}} \ge \chi^2\right) = Q\!\left(\tfrac{k-1-\mathrm{ddof}}{2},
 *    \tfrac{\chi^2}{2}\right), \]
 * with \(Q\) the regularized upper incomplete gamma function (Commons Numbers'
 * {@code RegularizedGamma.Q}: within 1.1e-13 relative of mpmath for up to \(10^8\) degrees of
 * freedom and p-values down to 1e-100, within 2.3e-12 below (measured down to 1e-219); see
 * {@code tools/reference/gof_special_functions.py}).
 *
 * <ul>
 *   <li>Every expected probability must be &gt; 0 (a category that cannot occur is left out by the
 *       caller); they must sum to 1 within 1e-9.</li>
 *   <li>All-zero counts (n = 0) are rejected: there is nothing to test.</li>
 *   <li>The approximation by the chi-square distribution is poor when expected counts are small
 *       (a common rule: all \(e_i \ge 5\)); the p-value is nevertheless SciPy's.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ChiSquare {

    private ChiSquare() {
    }

    /**
     * Tests counts against equally likely categories ({@code scipy.stats.chisquare(f_obs)}).
     *
     * @param observed counts per category, at least 2 categories, non-negative, not all zero. Not modified.
     * @return the statistic and p-value with \(k - 1\) degrees of freedom
     * @throws NullPointerException     if {@code observed} is null
     * @throws IllegalArgumentException if the counts are invalid
     */
    public static TestResult goodnessOfFit(long[] observed) {
        Checks.notNull(observed, "observed");
        double[] p = new double[observed.length];
        java.util.Arrays.fill(p, 1.0 / Math.max(1, observed.length));
        return goodnessOfFit(observed, p, 0);
    }

    /**
     * Tests counts against expected probabilities with \(k - 1\) degrees of freedom.
     *
     * @param observed              counts per category. Not modified.
     * @param expectedProbabilities probability of each category, each &gt; 0, summing to 1. Not modified.
     * @return the statistic and p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException on invalid counts or probabilities or different lengths
     */
    public static TestResult goodnessOfFit(long[] observed, double[] expectedProbabilities) {
        return goodnessOfFit(observed, expectedProbabilities, 0);
    }

    /**
     * Tests {@code int} counts against expected probabilities with \(k - 1\) degrees of freedom.
     *
     * @param observed              counts per category. Not modified.
     * @param expectedProbabilities probability of each category, each &gt; 0, summing to 1. Not modified.
     * @return the statistic and p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException on invalid counts or probabilities or different lengths
     */
    public static TestResult goodnessOfFit(int[] observed, double[] expectedProbabilities) {
        Checks.notNull(observed, "observed");
        long[] o = new long[observed.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = observed[i];
        }
        return goodnessOfFit(o, expectedProbabilities, 0);
    }

    /**
     * Tests counts against expected probabilities, with \(k - 1 - \mathrm{ddof}\) degrees of freedom
     * ({@code ddof} = number of parameters estimated from the same counts).
     *
     * @param observed              counts per category, non-negative, not all zero. Not modified.
     * @param expectedProbabilities probability of each category, each &gt; 0, summing to 1 within 1e-9. Not modified.
     * @param ddof                  degrees of freedom removed, in [0, k - 2]
     * @return the statistic and p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException on invalid counts or probabilities, different lengths,
     *                                  fewer than 2 categories or {@code ddof} out of range
     */
    public static TestResult goodnessOfFit(long[] observed, double[] expectedProbabilities, int ddof) {
        Checks.notNull(observed, "observed");
        Checks.notNull(expectedProbabilities, "expectedProbabilities");
        int k = observed.length;
        if (k < 2) {
            throw new IllegalArgumentException("observed must have at least 2 categories, had " + k);
        }
        Checks.sameLength(k, "observed", expectedProbabilities.length, "expectedProbabilities");
        Checks.probabilityVector(expectedProbabilities, 1e-9, "expectedProbabilities");
        for (int i = 0; i < k; i++) {
            if (!(expectedProbabilities[i] > 0)) {
                throw new IllegalArgumentException("expectedProbabilities[" + i + "] must be > 0, was "
                        + expectedProbabilities[i]);
            }
        }
        if (ddof < 0 || ddof > k - 2) {
            throw new IllegalArgumentException("ddof must be in [0, " + (k - 2) + "], was " + ddof);
        }
        long n = 0;
        for (int i = 0; i < k; i++) {
            if (observed[i] < 0) {
                throw new IllegalArgumentException("observed[" + i + "] must be >= 0, was " + observed[i]);
            }
            n += observed[i];
        }
        if (n == 0) {
            throw new IllegalArgumentException("observed must not be all zero");
        }
        CompensatedSum stat = CompensatedSum.create();
        for (int i = 0; i < k; i++) {
            double e = n * expectedProbabilities[i];
            double diff = observed[i] - e;
            stat.add(diff * diff / e);
        }
        double chi2 = stat.value();
        int df = k - 1 - ddof;
        double p = RegularizedGamma.Q.value(df / 2.0, chi2 / 2.0);
        return new TestResult(chi2, Math.min(1.0, Math.max(0.0, p)));
    }

    /**
     * Tests whether integer draws come from a discrete distribution (the discrete companion of
     * {@link KolmogorovSmirnov#oneSample(double[], dev.statlearn.stats.distribution.ContinuousDistribution)}).
     *
     * <p>Bins: walking up from the support's lower bound, consecutive values are pooled until the
     * bin's expected count \(n\,P(\text{bin})\) reaches {@code minExpected} = 5; everything above the
     * last closed bin forms an upper-tail bin (\(P(X &gt; k)\) from the survival function), which is
     * merged into its neighbour if its own expected count is below 5. The p-value is then that of
     * {@link #goodnessOfFit(long[], double[], int)} with ddof 0.
     *
     * <ul>
     *   <li>A draw outside the support (probability 0) gives statistic \(+\infty\) and p-value 0.</li>
     *   <li>Fewer than 2 bins (too few draws for the expected-count rule, or a one-point
     *       distribution) is rejected: the test has no power.</li>
     * </ul>
     *
     * @param draws        the sample, not empty. Not modified.
     * @param distribution the hypothesised distribution
     * @return statistic and p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code draws} is empty or fewer than 2 bins can be formed
     */
    public static TestResult goodnessOfFit(int[] draws, DiscreteDistribution distribution) {
        Checks.nonEmpty(draws, "draws");
        Checks.notNull(distribution, "distribution");
        final double minExpected = 5.0;
        int n = draws.length;
        int lower = distribution.supportLowerBound();
        int upper = distribution.supportUpperBound();
        for (int v : draws) {
            if (v < lower || v > upper || distribution.pmf(v) == 0.0) {
                return new TestResult(Double.POSITIVE_INFINITY, 0.0);
            }
        }
        // bin upper edges (inclusive) and probabilities
        List<Integer> edges = new ArrayList<>();
        List<Double> probs = new ArrayList<>();
        double acc = 0.0;
        long k = lower;
        while (k < upper) {
            acc += distribution.pmf((int) k);
            double tail = distribution.survival((int) k);
            if (acc * n >= minExpected && tail * n >= minExpected) {
                edges.add((int) k);
                probs.add(acc);
                acc = 0.0;
            } else if (tail * n < minExpected) {
                break;
            }
            k++;
        }
        // the upper tail: everything above the last closed edge
        int lastEdge = edges.isEmpty() ? lower - 1 : edges.get(edges.size() - 1);
        double tailProbability = lastEdge < lower ? 1.0 : distribution.survival(lastEdge);
        if (tailProbability * n < minExpected && !probs.isEmpty()) {
            edges.remove(edges.size() - 1);
            tailProbability += probs.remove(probs.size() - 1);
        }
        probs.add(tailProbability);
        if (probs.size() < 2) {
            throw new IllegalArgumentException("draws must allow at least 2 bins with expected count >= 5, had n = " + n);
        }
        long[] observed = new long[probs.size()];
        for (int v : draws) {
            int bin = java.util.Collections.binarySearch(edges, v);
            if (bin < 0) {
                bin = -bin - 1;
            }
            observed[bin]++;
        }
        double[] p = new double[probs.size()];
        double total = 0.0;
        for (int i = 0; i < p.length; i++) {
            p[i] = probs.get(i);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;   // pmf sums and survival values agree to rounding; make them exact
        }
        return goodnessOfFit(observed, p, 0);
    }
}
