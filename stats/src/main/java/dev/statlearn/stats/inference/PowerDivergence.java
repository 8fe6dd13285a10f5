package dev.statlearn.stats.inference;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import org.apache.commons.numbers.gamma.RegularizedGamma;

/**
 * Cressie–Read power-divergence goodness-of-fit tests of category counts against expected
 * probabilities, equal to {@code scipy.stats.power_divergence(f_obs, f_exp=n*p, ddof, lambda_)}.
 *
 * <p>With counts \( o_i \), \( n = \sum o_i \), expected counts \( e_i = n p_i \) and power \( \lambda \):
 * \[ T_\lambda = \frac{2}{\lambda(\lambda+1)} \sum_{i=1}^{k} o_i \left[ \left(\frac{o_i}{e_i}\right)^{\lambda} - 1 \right],
 *    \qquad T_0 = 2 \sum_i o_i \log\frac{o_i}{e_i}, \qquad T_{-1} = 2 \sum_i e_i \log\frac{e_i}{o_i}, \]
 * the last two the limits at \( \lambda = 0 \) (the G-test, log-likelihood ratio) and
 * \( \lambda = -1 \) (modified log-likelihood ratio). Under the null each is asymptotically
 * \( \chi^2_{k-1-\mathrm{ddof}} \): \( p = Q\big(\tfrac{k-1-\mathrm{ddof}}{2}, \tfrac{T_\lambda}{2}\big) \).
 * Named powers: {@link #PEARSON} (1, Pearson's \( \chi^2 \), as {@link ChiSquare}),
 * {@link #LOG_LIKELIHOOD} (0), {@link #FREEMAN_TUKEY} (−1/2), {@link #MOD_LOG_LIKELIHOOD} (−1),
 * {@link #NEYMAN} (−2) and {@link #CRESSIE_READ} (2/3, their recommendation).
 *
 * <ul>
 *   <li>\( (o/e)^\lambda - 1 \) is computed as {@code expm1(λ log(o/e))}, accurate for \( \lambda \)
 *       near 0; for \( |\lambda + 1| &lt; 1/2 \) the equal sum
 *       \( \sum_i e_i [ (o_i/e_i)^{\lambda+1} - 1 - (\lambda+1)(o_i/e_i - 1) ] \) is used instead,
 *       which does not cancel as \( \lambda \to -1 \) (SciPy's direct sum loses about
 *       \( \epsilon / |\lambda + 1| \) relative there).</li>
 *   <li>The expected counts are \( e_i = n p_i / \sum_j p_j \), so that \( \sum e_i = n \) exactly
 *       even when the probabilities sum to 1 only within the accepted 1e-9.</li>
 *   <li>An empty category contributes 0 for \( \lambda &gt; -1 \) (the limit of
 *       \( o^{1+\lambda} \to 0 \)); for \( \lambda \le -1 \) it makes \( T_\lambda = +\infty \) and
 *       \( p = 0 \) (SciPy returns \( +\infty \) at \( \lambda = -1 \), and NaN from
 *       \( 0 \cdot \infty \) for \( \lambda &lt; -1 \) or in \( (-1, 0) \)).</li>
 *   <li>For huge \( |\lambda| \) a ratio \( (o_i/e_i)^\lambda \) beyond {@code Double.MAX_VALUE} gives
 *       \( T_\lambda = +\infty \), \( p = 0 \) (the limit as \( |\lambda| \to \infty \) unless every
 *       \( o_i = e_i \)).</li>
 *   <li>Counts, probabilities and ddof are checked as in {@link ChiSquare#goodnessOfFit(long[], double[], int)}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class PowerDivergence {

    /** \( \lambda = 1 \): Pearson's chi-square ({@code lambda_="pearson"}). */
    public static final double PEARSON = 1;
    /** \( \lambda = 0 \): the G-test, log-likelihood ratio ({@code lambda_="log-likelihood"}). */
    public static final double LOG_LIKELIHOOD = 0;
    /** \( \lambda = -1/2 \): Freeman–Tukey ({@code lambda_="freeman-tukey"}). */
    public static final double FREEMAN_TUKEY = -0.5;
    /** \( \lambda = -1 \): modified log-likelihood ratio ({@code lambda_="mod-log-likelihood"}). */
    public static final double MOD_LOG_LIKELIHOOD = -1;
    /** \( \lambda = -2 \): Neyman's modified chi-square ({@code lambda_="neyman"}). */
    public static final double NEYMAN = -2;
    /** \( \lambda = 2/3 \): Cressie and Read's recommendation ({@code lambda_="cressie-read"}). */
    public static final double CRESSIE_READ = 2.0 / 3.0;

    /** Powers within this distance of 0 or -1 use the limiting forms (error below 1e-100 relative). */
    private static final double LIMIT = 1e-100;

    private PowerDivergence() {
    }

    /**
     * Tests counts against equally likely categories with \( k - 1 \) degrees of freedom.
     *
     * @param observed counts per category, at least 2, non-negative, not all zero. Not modified.
     * @param lambda   the power \( \lambda \), finite
     * @return \( T_\lambda \) and its p-value
     * @throws NullPointerException     if {@code observed} is null
     * @throws IllegalArgumentException on invalid counts or a non-finite {@code lambda}
     */
    public static TestResult goodnessOfFit(long[] observed, double lambda) {
        Checks.notNull(observed, "observed");
        double[] p = new double[observed.length];
        java.util.Arrays.fill(p, 1.0 / Math.max(1, observed.length));
        return goodnessOfFit(observed, p, lambda, 0);
    }

    /**
     * Tests counts against expected probabilities with \( k - 1 \) degrees of freedom.
     *
     * @param observed              counts per category. Not modified.
     * @param expectedProbabilities probability of each category, each &gt; 0, summing to 1. Not modified.
     * @param lambda                the power \( \lambda \), finite
     * @return \( T_\lambda \) and its p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException on invalid counts or probabilities, different lengths or a
     *                                  non-finite {@code lambda}
     */
    public static TestResult goodnessOfFit(long[] observed, double[] expectedProbabilities, double lambda) {
        return goodnessOfFit(observed, expectedProbabilities, lambda, 0);
    }

    /**
     * Tests counts against expected probabilities with \( k - 1 - \mathrm{ddof} \) degrees of freedom.
     *
     * @param observed              counts per category, non-negative, not all zero. Not modified.
     * @param expectedProbabilities probability of each category, each &gt; 0, summing to 1 within 1e-9. Not modified.
     * @param lambda                the power \( \lambda \), finite
     * @param ddof                  degrees of freedom removed, in [0, k - 2]
     * @return \( T_\lambda \) and its p-value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException on invalid counts or probabilities, different lengths, fewer
     *                                  than 2 categories, {@code ddof} out of range or a non-finite
     *                                  {@code lambda}
     */
    public static TestResult goodnessOfFit(long[] observed, double[] expectedProbabilities, double lambda, int ddof) {
        long n = ChiSquare.checkedTotal(observed, expectedProbabilities, ddof);
        Checks.finite(lambda, "lambda");
        int k = observed.length;
        double total = 0;
        for (double v : expectedProbabilities) {
            total += v;
        }
        boolean zero = Math.abs(lambda) < LIMIT;
        boolean minusOne = Math.abs(lambda + 1) < LIMIT;
        double mu = lambda + 1;
        // near lambda = -1 the sum of o((o/e)^lambda - 1) cancels to O(lambda + 1): use the equal
        // sum of e((o/e)^mu - 1 - mu(o/e - 1)), which does not (it uses sum(o) = sum(e))
        boolean muForm = Math.abs(mu) < 0.5;
        CompensatedSum sum = CompensatedSum.create();
        for (int i = 0; i < k; i++) {
            double o = observed[i];
            double e = n * (expectedProbabilities[i] / total);
            if (o == 0) {
                if (lambda <= -1 || minusOne) {
                    return new TestResult(Double.POSITIVE_INFINITY, 0.0);
                }
                if (muForm) {
                    sum.add(e * (mu - 1)); // e((0)^mu - 1 + mu) for mu > 0
                }
                continue;
            }
            double logRatio = Math.log(o / e);
            if (zero) {
                sum.add(2 * o * logRatio);
            } else if (minusOne) {
                sum.add(-2 * e * logRatio);
            } else if (muForm) {
                sum.add(e * (Math.expm1(mu * logRatio) - mu * (o / e - 1)));
            } else {
                sum.add(o * Math.expm1(lambda * logRatio));
            }
        }
        double s = sum.value();
        // an infinite sum (some (o/e)^lambda beyond MAX_VALUE, for huge |lambda|) is an infinite
        // divergence, also where 2/(lambda mu) underflows to 0
        double stat = Double.isInfinite(s) ? Double.POSITIVE_INFINITY
                : zero || minusOne || s == 0 ? s : 2 / (lambda * mu) * s;
        // T is a divergence, >= 0; rounding can leave tiny negative values when o = e
        stat = Math.max(0.0, stat);
        int df = k - 1 - ddof;
        double p = stat == Double.POSITIVE_INFINITY ? 0.0 : RegularizedGamma.Q.value(df / 2.0, stat / 2.0);
        return new TestResult(stat, Math.min(1.0, Math.max(0.0, p)));
    }
}
