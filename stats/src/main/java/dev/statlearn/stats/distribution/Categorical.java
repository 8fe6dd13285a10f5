package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.internal.Format;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Categorical distribution over the outcomes \( 0, 1, \dots, K-1 \) with probabilities
 * \( p_0, \dots, p_{K-1} \).
 *
 * <p>\[ P(X = k) = p_k, \qquad F(k) = \sum_{j \le k} p_j. \]
 *
 * <ul>
 *   <li>The probabilities must be finite, non-negative and sum to 1 within \( 10^{-9} \);
 *       they are stored as given (not renormalized) in a defensive copy.</li>
 *   <li>Mean \( \sum_k k p_k \) and variance \( \sum_k k^2 p_k - \text{mean}^2 \) treat
 *       the outcomes as the numbers \( 0..K-1 \).</li>
 *   <li>An outcome with \( p_k = 0 \) has {@code logPmf} \( -\infty \).</li>
 *   <li>{@code sample}: inversion by binary search in the cumulative probabilities,
 *       \( O(\log K) \).</li>
 *   <li>Immutable and thread-safe; {@code equals} compares the probability vectors.</li>
 *   <li>Entropy \( -\sum_k p_k \log p_k \) (as {@code scipy.stats.entropy(p)}); skewness and
 *       excess kurtosis of the outcome \( k \in \{0, \dots, K-1\} \) from its central moments, NaN
 *       for a point mass. {@code logCdf}, {@code logSurvival} and {@code inverseSurvival} are the
 *       interface defaults.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Categorical implements DiscreteDistribution {

    /** Tolerance on \( |\sum p - 1| \). */
    public static final double SUM_TOLERANCE = 1e-9;

    private final double[] p;
    private final double[] cumulative;

    private Categorical(double[] p) {
        this.p = p;
        this.cumulative = new double[p.length];
        double c = 0;
        for (int k = 0; k < p.length; k++) {
            c += p[k];
            // rounding of the partial sums can pass 1 before the last outcome (e.g. 0.9999999999999996
            // + 5.7e-16); a CDF never does, and capping at 1 changes no draw or quantile
            cumulative[k] = Math.min(c, 1.0);
        }
        // from the last outcome with positive probability on, the cumulative sum is exactly 1
        int last = p.length - 1;
        while (last > 0 && p[last] == 0) {
            last--;
        }
        Arrays.fill(cumulative, last, p.length, 1.0);
    }

    /**
     * The categorical distribution with the given probabilities.
     *
     * @param p probabilities, at least one; not modified (copied)
     * @return the distribution
     * @throws NullPointerException     if {@code p} is null
     * @throws IllegalArgumentException if {@code p} is empty, has a negative or non-finite
     *                                  entry, or does not sum to 1 within
     *                                  {@link #SUM_TOLERANCE}
     */
    public static Categorical of(double... p) {
        Checks.notNull(p, "p");
        Checks.nonEmpty(p, "p");
        double[] copy = p.clone();
        Checks.probabilityVector(copy, SUM_TOLERANCE, "p");
        return new Categorical(copy);
    }

    /**
     * The uniform categorical distribution over {@code k} outcomes.
     *
     * @param k number of outcomes, in {@code [1, }{@link Checks#MAX_ARRAY_LENGTH}{@code ]}
     * @return the distribution with \( p_j = 1/k \)
     * @throws IllegalArgumentException if {@code k < 1} or {@code k > MAX_ARRAY_LENGTH} (checked
     *                                  before allocating)
     */
    public static Categorical uniform(int k) {
        Checks.positive(k, "k");
        Checks.arrayLength(k, "k");
        double[] p = new double[k];
        Arrays.fill(p, 1.0 / k);
        return new Categorical(p);
    }

    /**
     * Number of outcomes \( K \).
     *
     * @return the number of outcomes
     */
    public int size() {
        return p.length;
    }

    /**
     * The probabilities.
     *
     * @return a new array of length {@link #size()}
     */
    public double[] probabilities() {
        return p.clone();
    }

    /**
     * Probability of outcome {@code k}.
     *
     * @param k outcome, in [0, {@link #size()})
     * @return \( p_k \)
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public double probability(int k) {
        Checks.index(k, p.length, "k");
        return p[k];
    }

    @Override
    public int parameterCount() {
        return Math.max(1, p.length - 1);
    }

    @Override
    public double pmf(int k) {
        return k < 0 || k >= p.length ? 0.0 : p[k];
    }

    @Override
    public double logPmf(int k) {
        return k < 0 || k >= p.length ? Double.NEGATIVE_INFINITY : Math.log(p[k]);
    }

    @Override
    public double cdf(int k) {
        return k < 0 ? 0.0 : k >= p.length ? 1.0 : cumulative[k];
    }

    @Override
    public int inverseCdf(double q) {
        Special.checkProbability(q, "q");
        return search(q);
    }

    /** Smallest k with cumulative[k] >= q (skipping zero-probability outcomes at q = 0). */
    private int search(double q) {
        int lo = 0;
        int hi = p.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] >= q) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    @Override
    public double entropy() {
        CompensatedSum s = new CompensatedSum();
        for (double pk : p) {
            if (pk > 0) {
                s.add(-pk * Math.log(pk));
            }
        }
        return Math.max(0.0, s.value());
    }

    @Override
    public double skewness() {
        return Special.shapeFromMasses(this::pmf, p.length)[0];
    }

    @Override
    public double excessKurtosis() {
        return Special.shapeFromMasses(this::pmf, p.length)[1];
    }

    @Override
    public double mean() {
        double m = 0;
        for (int k = 1; k < p.length; k++) {
            m += k * p[k];
        }
        return m;
    }

    @Override
    public double variance() {
        double m = mean();
        double v = 0;
        for (int k = 0; k < p.length; k++) {
            double d = k - m;
            v += d * d * p[k];
        }
        return v;
    }

    @Override
    public int supportLowerBound() {
        return 0;
    }

    @Override
    public int supportUpperBound() {
        return p.length - 1;
    }

    @Override
    public int sample(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        // U in [0, 1): the smallest k with cumulative[k] > U; zero-probability outcomes are
        // never drawn because their cumulative value equals the previous one
        double u = rng.nextDouble();
        int lo = 0;
        int hi = p.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    @Override
    public double logLikelihood(int[] k) {
        Objects.requireNonNull(k, "k");
        long[] counts = new long[p.length];
        for (int v : k) {
            if (v < 0 || v >= p.length) {
                return Double.NEGATIVE_INFINITY;
            }
            counts[v]++;
        }
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            if (counts[j] > 0) {
                sum += counts[j] * Math.log(p[j]);
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Categorical && Arrays.equals(p, ((Categorical) o).p);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(p);
    }

    /**
     * The probabilities to 4 significant digits, e.g. {@code Categorical(p=[0.2, 0.3, 0.5])}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "Categorical(p=" + Format.list(p) + ")";
    }
}
