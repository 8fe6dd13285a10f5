package dev.statlearn.testkit.generate;

import dev.statlearn.stats.distribution.Gamma;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of probability vectors: non-empty arrays of entries in [0, 1] that sum to 1 within a
 * few ulp, far inside the tolerance the library accepts (\( 10^{-9} \) for
 * {@code Divergences} and {@code Categorical}, checked by {@code Checks.probabilityVector}).
 *
 * <p>Each vector is normalised by dividing by its compensated sum, so
 * \( |\sum_i p_i - 1| \le k \cdot 2^{-53} + 2^{-52} \) in exact arithmetic; the tests check the sum
 * with the library's own check. Lengths are at most {@value #MAX_LENGTH}, checked when the
 * generator is made.
 *
 * <ul>
 *   <li>{@link #dirichlet(int)}: flat Dirichlet, every entry \( &gt; 0 \);</li>
 *   <li>{@link #dirichlet(double...)}: Dirichlet(\( \alpha \)), every entry \( &gt; 0 \);</li>
 *   <li>{@link #withZeros(int, int)}, {@link #withZeroFraction(int, double)}: a chosen number of
 *       exact zeros;</li>
 *   <li>{@link #extreme(int)}, {@link #extreme(int, int)}: entries over hundreds of orders of
 *       magnitude, down to about \( 10^{-300} \);</li>
 *   <li>{@link #pairs(int)}, {@link #pairs(Generator)}: two vectors of one length.</li>
 * </ul>
 *
 * @since 0.2
 */
public final class ProbabilityVectors {

    /** Largest length of a generated vector, {@value}. */
    public static final int MAX_LENGTH = 1 << 24;

    /** Smallest Dirichlet concentration accepted by {@link #dirichlet(double...)}, {@value}. */
    public static final double MIN_ALPHA = 1e-3;

    /** Largest Dirichlet concentration accepted by {@link #dirichlet(double...)}, {@value}. */
    public static final double MAX_ALPHA = 1e6;

    private ProbabilityVectors() {
    }

    /**
     * Flat Dirichlet vectors, uniform on the simplex: \( p_i = E_i / \sum_j E_j \) with
     * \( E_i \) independent standard exponentials (each at least \( 1.1 \cdot 10^{-16} \)), so every
     * entry is strictly positive.
     *
     * @param k length, in {@code [1, }{@value #MAX_LENGTH}{@code ]}
     * @return the generator
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public static Generator<double[]> dirichlet(int k) {
        Draws.intIn(k, 1, MAX_LENGTH, "k");
        return Draws.checked(rng -> flat(rng, k));
    }

    /**
     * Dirichlet(\( \alpha \)) vectors: \( p_i = G_i / \sum_j G_j \) with independent
     * \( G_i \sim \mathrm{Gamma}(\alpha_i, 1) \), drawn in log space as
     * \( \log G_i = \log \mathrm{Gamma}(\alpha_i + 1) + \log(U_i) / \alpha_i \) so that small
     * \( \alpha_i \) do not underflow before normalising. Every entry is strictly positive: an
     * entry below {@link Double#MIN_NORMAL} (which only \( \alpha_i \) below about 0.05 produce,
     * rarely) is raised to {@code MIN_NORMAL}, a change of at most \( 2.3 \cdot 10^{-308} \) per
     * entry.
     *
     * @param alpha concentrations, each in [{@value #MIN_ALPHA}, {@value #MAX_ALPHA}]; copied
     * @return the generator
     * @throws NullPointerException     if {@code alpha} is null
     * @throws IllegalArgumentException if {@code alpha} is empty, longer than {@value #MAX_LENGTH}
     *                                  or an entry is out of range
     */
    public static Generator<double[]> dirichlet(double... alpha) {
        Objects.requireNonNull(alpha, "alpha");
        Draws.intIn(alpha.length, 1, MAX_LENGTH, "alpha.length");
        double[] a = alpha.clone();
        for (int i = 0; i < a.length; i++) {
            Draws.doubleIn(a[i], MIN_ALPHA, MAX_ALPHA, "alpha[" + i + "]");
        }
        Gamma[] shifted = new Gamma[a.length];
        for (int i = 0; i < a.length; i++) {
            shifted[i] = Gamma.of(a[i] + 1, 1);
        }
        return Draws.checked(rng -> {
            double[] logG = new double[a.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < a.length; i++) {
                logG[i] = Math.log(shifted[i].sample(rng)) + Math.log(Draws.openUnit(rng)) / a[i];
                max = Math.max(max, logG[i]);
            }
            double[] w = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                w[i] = Math.exp(logG[i] - max);
            }
            return raiseTiny(Draws.normalize(w));
        });
    }

    /**
     * Vectors with exactly {@code zeros} entries equal to 0, at uniformly random positions; the
     * other {@code k - zeros} entries are a flat Dirichlet vector (strictly positive).
     *
     * @param k     length, in {@code [1, }{@value #MAX_LENGTH}{@code ]}
     * @param zeros number of exact zeros, in {@code [0, k - 1]}
     * @return the generator
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Generator<double[]> withZeros(int k, int zeros) {
        Draws.intIn(k, 1, MAX_LENGTH, "k");
        Draws.intIn(zeros, 0, k - 1, "zeros");
        return Draws.checked(rng -> {
            boolean[] zero = Draws.subset(rng, k, zeros);
            double[] positive = flat(rng, k - zeros);
            double[] p = new double[k];
            for (int i = 0, j = 0; i < k; i++) {
                if (!zero[i]) {
                    p[i] = positive[j++];
                }
            }
            return p;
        });
    }

    /**
     * Vectors with a fraction of exact zeros: {@link #withZeros(int, int)} with
     * \( \min(k - 1, \lfloor f k \rfloor) \) zeros.
     *
     * @param k        length, in {@code [1, }{@value #MAX_LENGTH}{@code ]}
     * @param fraction \( f \), in [0, 1]
     * @return the generator
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Generator<double[]> withZeroFraction(int k, double fraction) {
        Draws.intIn(k, 1, MAX_LENGTH, "k");
        Draws.doubleIn(fraction, 0, 1, "fraction");
        return withZeros(k, (int) Math.min(k - 1, Math.floor(fraction * k)));
    }

    /**
     * Vectors whose entries spread over 300 orders of magnitude: {@link #extreme(int, int)} with
     * {@code minExponent = -300}.
     *
     * @param k length, in {@code [1, }{@value #MAX_LENGTH}{@code ]}
     * @return the generator
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public static Generator<double[]> extreme(int k) {
        return extreme(k, -300);
    }

    /**
     * Vectors whose entries spread over many orders of magnitude: weights
     * \( w_i = 10^{m U_i} \) with \( U_i \) independent uniforms on [0, 1) and \( m \) =
     * {@code minExponent}, normalised, \( p_i = w_i / \sum_j w_j \). The largest weight is at least
     * the largest \( w_i \), so entries lie in about \( [10^{m} / k, 1] \) and are strictly positive
     * (for \( m = -300 \) the smallest entries are near \( 10^{-300} \), which is what stresses
     * {@code log}, {@code 0 log 0} conventions and sums in divergences).
     *
     * @param k           length, in {@code [1, }{@value #MAX_LENGTH}{@code ]}
     * @param minExponent \( m \), the base-10 exponent of the smallest weights, in [-300, 0]
     * @return the generator
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Generator<double[]> extreme(int k, int minExponent) {
        Draws.intIn(k, 1, MAX_LENGTH, "k");
        Draws.intIn(minExponent, -300, 0, "minExponent");
        return Draws.checked(rng -> {
            double[] w = new double[k];
            for (int i = 0; i < k; i++) {
                w[i] = Math.pow(10, minExponent * rng.nextDouble());
            }
            return Draws.normalize(w);
        });
    }

    /**
     * Pairs of independent flat Dirichlet vectors of length {@code k} (see {@link #dirichlet(int)}).
     *
     * @param k length, in {@code [1, }{@value #MAX_LENGTH}{@code ]}
     * @return the generator
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public static Generator<VectorPair> pairs(int k) {
        return pairs(dirichlet(k));
    }

    /**
     * Pairs of two successive vectors of {@code vectors}, which must give vectors of one length
     * (every generator of this class does).
     *
     * @param vectors a generator of probability vectors of a fixed length
     * @return the generator; its {@code next} throws an {@link IllegalArgumentException} naming
     *         {@code vectors} if two of its vectors differ in length
     * @throws NullPointerException if {@code vectors} is null
     */
    public static Generator<VectorPair> pairs(Generator<double[]> vectors) {
        Objects.requireNonNull(vectors, "vectors");
        return Draws.checked(rng -> {
            double[] p = vectors.next(rng);
            double[] q = vectors.next(rng);
            if (p.length != q.length) {
                throw new IllegalArgumentException("vectors must give vectors of one length, gave lengths "
                        + p.length + " and " + q.length);
            }
            return new VectorPair(p, q);
        });
    }

    /**
     * Two probability vectors of one length, e.g. the arguments of a divergence.
     *
     * @param p the first vector (the record keeps a copy; the accessor returns a copy)
     * @param q the second vector, as long as {@code p}
     */
    public record VectorPair(double[] p, double[] q) {

        /**
         * Checks the lengths and copies the vectors.
         *
         * @throws NullPointerException     if a vector is null
         * @throws IllegalArgumentException if their lengths differ
         */
        public VectorPair {
            Objects.requireNonNull(p, "p");
            Objects.requireNonNull(q, "q");
            if (p.length != q.length) {
                throw new IllegalArgumentException("p has length " + p.length + " but q has length " + q.length);
            }
            p = p.clone();
            q = q.clone();
        }

        /**
         * The first vector.
         *
         * @return a copy
         */
        @Override
        public double[] p() {
            return p.clone();
        }

        /**
         * The second vector.
         *
         * @return a copy
         */
        @Override
        public double[] q() {
            return q.clone();
        }

        /**
         * Compares the vectors' contents.
         *
         * @param o another object
         * @return whether {@code o} is a pair with equal vectors
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof VectorPair v && Arrays.equals(p, v.p) && Arrays.equals(q, v.q);
        }

        /**
         * A hash of the contents.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(p) + Arrays.hashCode(q);
        }

        /**
         * The vectors, e.g. {@code VectorPair[p=[0.25, 0.75], q=[0.5, 0.5]]}.
         *
         * @return the vectors in text
         */
        @Override
        public String toString() {
            return "VectorPair[p=" + Arrays.toString(p) + ", q=" + Arrays.toString(q) + "]";
        }
    }

    private static double[] flat(RandomGenerator rng, int k) {
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = Draws.exponential(rng);
        }
        return Draws.normalize(w);
    }

    private static double[] raiseTiny(double[] p) {
        for (int i = 0; i < p.length; i++) {
            if (p[i] < Double.MIN_NORMAL) {
                p[i] = Double.MIN_NORMAL;
            }
        }
        return p;
    }
}
