package dev.statlearn.stats.divergence;

import dev.statlearn.core.Checks;
import java.util.Arrays;

/**
 * Divergences and distances between probability distributions.
 *
 * <h2>Discrete distributions</h2>
 * Distributions on \( k \) categories are probability arrays: non-negative, summing to 1 within
 * \( 10^{-9} \), and of the same length when two are compared (each check has its own message).
 * Logarithms are natural (nats) unless a base is given; \( 0 \log 0 = 0 \) and
 * \( 0 \log(0/q) = 0 \).
 * <table class="striped">
 *   <caption>Discrete divergences</caption>
 *   <tr><th>method</th><th>formula</th><th>range</th></tr>
 *   <tr><td>{@link #entropy(double[]) entropy}</td><td>\( H(p) = -\sum_i p_i \log p_i \)</td>
 *       <td>\( [0, \log k] \)</td></tr>
 *   <tr><td>{@link #crossEntropy(double[], double[]) crossEntropy}</td>
 *       <td>\( H(p, q) = -\sum_i p_i \log q_i \)</td><td>\( [H(p), \infty] \)</td></tr>
 *   <tr><td>{@link #kl(double[], double[]) kl}</td>
 *       <td>\( D_{KL}(p \| q) = \sum_i p_i \log(p_i / q_i) = H(p, q) - H(p) \)</td>
 *       <td>\( [0, \infty] \), \( +\infty \) when some \( q_i = 0 &lt; p_i \)</td></tr>
 *   <tr><td>{@link #totalVariation(double[], double[]) totalVariation}</td>
 *       <td>\( \tfrac12 \sum_i |p_i - q_i| \)</td><td>\( [0, 1] \)</td></tr>
 *   <tr><td>{@link #jensenShannon(double[], double[]) jensenShannon}</td>
 *       <td>\( \tfrac12 D_{KL}(p \| m) + \tfrac12 D_{KL}(q \| m) \), \( m = (p + q)/2 \)</td>
 *       <td>\( [0, \log 2] \)</td></tr>
 *   <tr><td>{@link #jensenShannonDistance(double[], double[]) jensenShannonDistance}</td>
 *       <td>its square root (SciPy's {@code jensenshannon})</td><td>\( [0, \sqrt{\log 2}] \)</td></tr>
 *   <tr><td>{@link #hellinger(double[], double[]) hellinger}</td>
 *       <td>\( \sqrt{1 - \sum_i \sqrt{p_i q_i}} \)</td><td>\( [0, 1] \)</td></tr>
 * </table>
 *
 * <h2>Samples</h2>
 * {@link #wasserstein1(double[], double[])} is the 1-Wasserstein (earth mover's) distance between
 * the empirical distributions of two samples, \( \int |F_u(x) - F_v(x)|\,dx \), equal to
 * {@code scipy.stats.wasserstein_distance}; weighted and discrete-support forms are provided.
 *
 * <p>All methods are pure and thread-safe; arrays are never modified.
 *
 * @since 0.1
 */
public final class Divergences {

    /** Tolerance on \( |\sum_i p_i - 1| \) for probability arrays. */
    public static final double SUM_TOLERANCE = 1e-9;

    private Divergences() {
    }

    // ---------------------------------------------------------------- entropy family

    /**
     * Shannon entropy \( H(p) = -\sum_i p_i \ln p_i \) in nats (as {@code scipy.stats.entropy(p)}).
     * Zero for a point mass, \( \ln k \) for the uniform distribution on \( k \) categories.
     *
     * @param p probabilities. Not modified.
     * @return the entropy, \( \ge 0 \)
     * @throws NullPointerException     if {@code p} is null
     * @throws IllegalArgumentException if {@code p} is empty, has a value outside [0, 1] (or
     *                                  NaN), or does not sum to 1 within {@value #SUM_TOLERANCE}
     */
    public static double entropy(double[] p) {
        checkDistribution(p, "p");
        return entropySum(p);
    }

    /**
     * Shannon entropy in the given base: \( H(p) / \ln(\mathrm{base}) \) (bits for base 2).
     *
     * @param p    probabilities. Not modified.
     * @param base logarithm base, finite, \( &gt; 0 \) and \( \ne 1 \)
     * @return the entropy in units of {@code base}
     * @throws NullPointerException     if {@code p} is null
     * @throws IllegalArgumentException as {@link #entropy(double[])}, or for an invalid base
     */
    public static double entropy(double[] p, double base) {
        double lb = logBase(base);
        return entropy(p) / lb;
    }

    /**
     * Cross-entropy \( H(p, q) = -\sum_i p_i \ln q_i \) in nats; terms with \( p_i = 0 \) are 0,
     * and the result is \( +\infty \) when some \( q_i = 0 &lt; p_i \). Minimising the negative
     * log-likelihood of a model \( q \) on data with empirical distribution \( p \) minimises it.
     *
     * @param p the reference distribution. Not modified.
     * @param q the model distribution. Not modified.
     * @return the cross-entropy, \( \ge H(p) \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector (see
     *                                  {@link #entropy(double[])}) or their lengths differ
     */
    public static double crossEntropy(double[] p, double[] q) {
        checkPair(p, q);
        return crossEntropySum(p, q);
    }

    /**
     * Cross-entropy in the given base.
     *
     * @param p    the reference distribution. Not modified.
     * @param q    the model distribution. Not modified.
     * @param base logarithm base, finite, \( &gt; 0 \) and \( \ne 1 \)
     * @return \( H(p, q) / \ln(\mathrm{base}) \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #crossEntropy(double[], double[])}, or for an invalid base
     */
    public static double crossEntropy(double[] p, double[] q, double base) {
        double lb = logBase(base);
        return crossEntropy(p, q) / lb;
    }

    /**
     * Kullback–Leibler divergence \( D_{KL}(p \| q) = \sum_i p_i \ln(p_i / q_i) \) in nats (as
     * {@code scipy.stats.entropy(p, q)}, summing {@code scipy.special.rel_entr}). Not symmetric.
     * Zero if and only if \( p = q \); \( +\infty \) when some \( q_i = 0 &lt; p_i \). The identity
     * \( D_{KL}(p \| q) = H(p, q) - H(p) \) holds up to rounding.
     *
     * @param p the reference distribution. Not modified.
     * @param q the approximating distribution. Not modified.
     * @return the divergence, \( \ge 0 \) (possibly infinite)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector or their
     *                                  lengths differ
     */
    public static double kl(double[] p, double[] q) {
        checkPair(p, q);
        return klSum(p, q);
    }

    /**
     * Kullback–Leibler divergence in the given base (bits for base 2).
     *
     * @param p    the reference distribution. Not modified.
     * @param q    the approximating distribution. Not modified.
     * @param base logarithm base, finite, \( &gt; 0 \) and \( \ne 1 \)
     * @return \( D_{KL}(p \| q) / \ln(\mathrm{base}) \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #kl(double[], double[])}, or for an invalid base
     */
    public static double kl(double[] p, double[] q, double base) {
        double lb = logBase(base);
        return kl(p, q) / lb;
    }

    // ---------------------------------------------------------------- distances

    /**
     * Total variation distance \( \tfrac12 \sum_i |p_i - q_i| \), the largest difference of the
     * probabilities the two distributions give to one event. In [0, 1]; 1 when the supports are
     * disjoint.
     *
     * @param p a distribution. Not modified.
     * @param q a distribution. Not modified.
     * @return the distance, in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector or their
     *                                  lengths differ
     */
    public static double totalVariation(double[] p, double[] q) {
        checkPair(p, q);
        return Math.min(1, 0.5 * absDiffSum(p, q));
    }

    /**
     * Jensen–Shannon divergence \( \tfrac12 D_{KL}(p \| m) + \tfrac12 D_{KL}(q \| m) \) with
     * \( m = (p + q)/2 \), in nats. Symmetric, finite, in \( [0, \ln 2] \); \( \ln 2 \) for disjoint
     * supports.
     *
     * @param p a distribution. Not modified.
     * @param q a distribution. Not modified.
     * @return the divergence, in \( [0, \ln 2] \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector or their
     *                                  lengths differ
     */
    public static double jensenShannon(double[] p, double[] q) {
        checkPair(p, q);
        return Math.max(0, jsSum(p, q));
    }

    /**
     * Jensen–Shannon divergence in the given base (in [0, 1] for base 2).
     *
     * @param p    a distribution. Not modified.
     * @param q    a distribution. Not modified.
     * @param base logarithm base, finite, \( &gt; 0 \) and \( \ne 1 \)
     * @return the divergence divided by \( \ln(\mathrm{base}) \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #jensenShannon(double[], double[])}, or for an invalid base
     */
    public static double jensenShannon(double[] p, double[] q, double base) {
        double lb = logBase(base);
        return jensenShannon(p, q) / lb;
    }

    /**
     * Jensen–Shannon distance, the square root of {@link #jensenShannon(double[], double[])}; a
     * metric, equal to {@code scipy.spatial.distance.jensenshannon(p, q)}.
     *
     * @param p a distribution. Not modified.
     * @param q a distribution. Not modified.
     * @return the distance, in \( [0, \sqrt{\ln 2}] \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector or their
     *                                  lengths differ
     */
    public static double jensenShannonDistance(double[] p, double[] q) {
        return Math.sqrt(jensenShannon(p, q));
    }

    /**
     * Jensen–Shannon distance in the given base, equal to
     * {@code scipy.spatial.distance.jensenshannon(p, q, base)} (in [0, 1] for base 2).
     *
     * @param p    a distribution. Not modified.
     * @param q    a distribution. Not modified.
     * @param base logarithm base, finite, \( &gt; 0 \) and \( \ne 1 \)
     * @return the distance
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as {@link #jensenShannon(double[], double[])}, or for an invalid base
     */
    public static double jensenShannonDistance(double[] p, double[] q, double base) {
        return Math.sqrt(jensenShannon(p, q, base));
    }

    /**
     * Hellinger distance \( H(p, q) = \sqrt{1 - \sum_i \sqrt{p_i q_i}} \), computed as
     * \( \sqrt{\tfrac12 \sum_i (\sqrt{p_i} - \sqrt{q_i})^2} \) (equal when both sum to 1, and
     * exactly 0 when \( p = q \)). A metric in [0, 1]; 1 for disjoint supports.
     *
     * @param p a distribution. Not modified.
     * @param q a distribution. Not modified.
     * @return the distance, in [0, 1]
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if either array is not a probability vector or their
     *                                  lengths differ
     */
    public static double hellinger(double[] p, double[] q) {
        checkPair(p, q);
        return Math.min(1, Math.sqrt(0.5 * sqrtDiffSquaredSum(p, q)));
    }

    // ---------------------------------------------------------------- Wasserstein

    /**
     * 1-Wasserstein (earth mover's) distance between the empirical distributions of two samples,
     * \[ W_1(u, v) = \int_{-\infty}^{\infty} |F_u(x) - F_v(x)|\,dx, \]
     * equal to {@code scipy.stats.wasserstein_distance(u, v)}. The samples may differ in size.
     * A metric on distributions: symmetric, zero for equal samples (in any order), satisfies the
     * triangle inequality, and shifting one sample by \( c \) changes the distance between a
     * sample and its shifted copy to \( |c| \). Cost \( O((n + m)\log(n + m)) \).
     *
     * @param u a sample of finite values. Not modified.
     * @param v a sample of finite values. Not modified.
     * @return the distance, \( \ge 0 \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a sample is empty or has a non-finite value
     */
    public static double wasserstein1(double[] u, double[] v) {
        Checks.finiteNonEmpty(u, "u");
        Checks.finiteNonEmpty(v, "v");
        double[] us = u.clone();
        double[] vs = v.clone();
        Arrays.sort(us);
        Arrays.sort(vs);
        return cdfDistanceSorted(us, vs);
    }

    /**
     * Weighted 1-Wasserstein distance between two weighted samples, equal to
     * {@code scipy.stats.wasserstein_distance(u, v, uWeights, vWeights)}: value \( u_i \)
     * carries mass \( a_i / \sum a \). Zero weights are allowed.
     *
     * @param u        values of the first distribution, finite. Not modified.
     * @param v        values of the second distribution, finite. Not modified.
     * @param uWeights weights of {@code u}: finite, \( \ge 0 \), positive sum, same length as
     *                 {@code u}. Not modified.
     * @param vWeights weights of {@code v}, likewise. Not modified.
     * @return the distance, \( \ge 0 \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a sample is empty or not finite, a weight array has
     *                                  the wrong length, a negative or non-finite weight, or sums to 0
     */
    public static double wasserstein1(double[] u, double[] v, double[] uWeights, double[] vWeights) {
        Checks.finiteNonEmpty(u, "u");
        Checks.finiteNonEmpty(v, "v");
        checkWeights(uWeights, "uWeights", u.length, "u");
        checkWeights(vWeights, "vWeights", v.length, "v");
        double[][] su = sortWithWeights(u, uWeights);
        double[][] sv = sortWithWeights(v, vWeights);
        return cdfDistanceWeighted(su[0], su[1], sv[0], sv[1]);
    }

    /**
     * 1-Wasserstein distance between two discrete distributions on the same ordered support
     * \( s_0 &lt; s_1 &lt; \dots &lt; s_{k-1} \):
     * \( \sum_{i=0}^{k-2} |P_i - Q_i|\,(s_{i+1} - s_i) \) with cumulative probabilities
     * \( P_i = \sum_{j \le i} p_j \). Equal to
     * {@code scipy.stats.wasserstein_distance(s, s, p, q)}.
     *
     * @param support the support points, finite and strictly increasing. Not modified.
     * @param p       probabilities on the support. Not modified.
     * @param q       probabilities on the support. Not modified.
     * @return the distance, \( \ge 0 \)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the support is empty, not finite or not strictly
     *                                  increasing, {@code p} or {@code q} is not a probability
     *                                  vector, or the lengths differ
     */
    public static double wasserstein1(double[] support, double[] p, double[] q) {
        Checks.finiteNonEmpty(support, "support");
        for (int i = 1; i < support.length; i++) {
            if (!(support[i] > support[i - 1])) {
                throw new IllegalArgumentException("support must be strictly increasing, but support[" + i
                        + "] = " + support[i] + " <= support[" + (i - 1) + "] = " + support[i - 1]);
            }
        }
        checkPair(p, q);
        Checks.sameLength(support.length, "support", p.length, "p");
        double cp = 0;
        double cq = 0;
        double s = 0;
        for (int i = 0; i < support.length - 1; i++) {
            cp += p[i];
            cq += q[i];
            s += Math.abs(cp - cq) * (support[i + 1] - support[i]);
        }
        return s;
    }

    // ---------------------------------------------------------------- kernels (one sum each)

    private static double entropySum(double[] p) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i];
            if (pi > 0) {
                s -= pi * Math.log(pi);
            }
        }
        return s;
    }

    private static double crossEntropySum(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i];
            if (pi > 0) {
                s -= pi * Math.log(q[i]);
            }
        }
        return s;
    }

    private static double klSum(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i];
            if (pi > 0) {
                s += pi * Math.log(pi / q[i]);
            }
        }
        return s;
    }

    private static double absDiffSum(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += Math.abs(p[i] - q[i]);
        }
        return s;
    }

    private static double jsSum(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i];
            double qi = q[i];
            double m = 0.5 * (pi + qi);
            if (pi > 0) {
                s += pi * Math.log(pi / m);
            }
            if (qi > 0) {
                s += qi * Math.log(qi / m);
            }
        }
        return 0.5 * s;
    }

    private static double sqrtDiffSquaredSum(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double d = Math.sqrt(p[i]) - Math.sqrt(q[i]);
            s += d * d;
        }
        return s;
    }

    /** W1 between two sorted unweighted samples by a merge walk over the pooled values. */
    private static double cdfDistanceSorted(double[] us, double[] vs) {
        int nu = us.length;
        int nv = vs.length;
        int i = 0;
        int j = 0;
        double x = Math.min(us[0], vs[0]);
        double s = 0;
        while (true) {
            while (i < nu && us[i] <= x) {
                i++;
            }
            while (j < nv && vs[j] <= x) {
                j++;
            }
            if (i == nu && j == nv) {
                return s;
            }
            double next = i == nu ? vs[j] : j == nv ? us[i] : Math.min(us[i], vs[j]);
            s += Math.abs((double) i / nu - (double) j / nv) * (next - x);
            x = next;
        }
    }

    private static double cdfDistanceWeighted(double[] us, double[] uw, double[] vs, double[] vw) {
        double totalU = 0;
        for (double w : uw) {
            totalU += w;
        }
        double totalV = 0;
        for (double w : vw) {
            totalV += w;
        }
        int nu = us.length;
        int nv = vs.length;
        int i = 0;
        int j = 0;
        double cu = 0;
        double cv = 0;
        double x = Math.min(us[0], vs[0]);
        double s = 0;
        while (true) {
            while (i < nu && us[i] <= x) {
                cu += uw[i++];
            }
            while (j < nv && vs[j] <= x) {
                cv += vw[j++];
            }
            if (i == nu && j == nv) {
                return s;
            }
            double next = i == nu ? vs[j] : j == nv ? us[i] : Math.min(us[i], vs[j]);
            s += Math.abs(cu / totalU - cv / totalV) * (next - x);
            x = next;
        }
    }

    private static double[][] sortWithWeights(double[] x, double[] w) {
        int n = x.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(x[a], x[b]));
        double[] xs = new double[n];
        double[] ws = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[idx[i]];
            ws[i] = w[idx[i]];
        }
        return new double[][] {xs, ws};
    }

    // ---------------------------------------------------------------- checks

    static double[] checkDistribution(double[] p, String name) {
        return Checks.probabilityVector(p, SUM_TOLERANCE, name);
    }

    static void checkPair(double[] p, double[] q) {
        Checks.notNull(p, "p");
        Checks.notNull(q, "q");
        Checks.sameLength(p.length, "p", q.length, "q");
        checkDistribution(p, "p");
        checkDistribution(q, "q");
    }

    private static void checkWeights(double[] w, String name, int n, String valuesName) {
        Checks.notNull(w, name);
        Checks.sameLength(w.length, name, n, valuesName);
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] >= 0 && w[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be >= 0 and finite, was " + w[i]);
            }
            total += w[i];
        }
        if (!(total > 0 && total < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must have a positive finite sum, was " + total);
        }
    }

    static double logBase(double base) {
        if (!(base > 0 && base < Double.POSITIVE_INFINITY) || base == 1) {
            throw new IllegalArgumentException("base must be > 0, finite and != 1, was " + base);
        }
        return Math.log(base);
    }
}
