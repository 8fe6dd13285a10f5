package dev.statlearn.core;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded, reproducible randomness.
 *
 * <p>Every stochastic API in statlearn takes a {@link RandomGenerator}; this class makes them.
 * {@link #seeded(long)} gives one generator for a seed. {@link #streams(long, int)} gives
 * {@code n} statistically independent generators for parallel work: stream {@code i} depends only
 * on the seed and {@code i}, never on how many threads consume the streams or in which order, so
 * a computation that assigns chunk {@code i} to stream {@code i} gives bit-for-bit the same result
 * at any parallelism.
 *
 * <p>The generators are {@link SplittableRandom} (SplitMix64; Steele, Lea &amp; Flood 2014,
 * <a href="https://doi.org/10.1145/2714064.2660195">doi</a>); stream {@code i} is the generator
 * seeded with the SplitMix64 hash of {@code (seed, i)}, then split once so that streams use
 * distinct increments ("gammas").
 *
 * <p><b>Reproducibility.</b> The same seed gives the same bits at any thread count, on one
 * kernel path and one JDK: seeded draws, sampling, Monte Carlo (including
 * {@code MonteCarlo.parallel}, whose chunks use {@link #stream(long, long)}), bootstraps,
 * network initialisation and training. The kernel path is the one
 * thing that can change the last bits. With {@code --add-modules jdk.incubator.vector} core's
 * internal kernels use the Vector API instead of plain loops, and three kinds of operation
 * then round differently: matrix products (each entry accumulated with fused multiply-add
 * instead of a multiply then an add, in the same order), and dot products and array sums
 * (reduced in per-lane partial sums, so in a different order; the sums behind entropy and
 * KL divergence also take the vector {@code LOG}, a few ulp from {@link Math#log}). Results
 * computed through them can differ in the last bits between the paths: batch prediction,
 * loss, gradients and training of {@code nn}'s {@code Mlp} (a digits network after three
 * epochs: 6e-15 relative at most in the values checked), and the array forms of
 * {@code Divergences.entropy}, {@code kl} (also of two {@code Categorical}s),
 * {@code totalVariation} and what uses them (e.g.
 * {@code DriftReport}), a few 1e-16 relative (1001 categories). Everything else is
 * bit-identical on both paths,
 * among them Monte Carlo, sampling from distributions, maximum likelihood, bootstraps,
 * network initialisation and the single-row {@code Mlp.predictValues(double[])} (checked by
 * the {@code KernelPathReproducibilityTest} classes of {@code stats}, {@code nn} and
 * {@code eval}, which run on both paths). {@code -Dstatlearn.kernels=scalar} forces the
 * scalar path when bits must match a scalar run.
 *
 * @since 0.1
 */
public final class Randomness {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Randomness() {
    }

    /**
     * A generator whose sequence is fixed by the seed.
     *
     * @param seed seed
     * @return a new generator; not thread-safe
     */
    public static RandomGenerator seeded(long seed) {
        return new SplittableRandom(seed);
    }

    /**
     * The {@code index}-th independent stream of a seed. The same {@code (seed, index)} always
     * gives the same sequence.
     *
     * @param seed  seed
     * @param index stream index, {@code >= 0}
     * @return a new generator; not thread-safe
     * @throws IllegalArgumentException if {@code index < 0}
     */
    public static RandomGenerator stream(long seed, long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        long s = mix64(mix64(seed) + GOLDEN_GAMMA * (index + 1));
        return new SplittableRandom(s).split();
    }

    /**
     * {@code n} independent streams of a seed: element {@code i} equals {@link #stream(long, long)
     * stream(seed, i)}.
     *
     * @param seed seed
     * @param n    number of streams, in {@code [0, }{@link Checks#MAX_ARRAY_LENGTH}{@code ]}
     * @return a new mutable list of new generators
     * @throws IllegalArgumentException if {@code n} is negative or above
     *                                  {@link Checks#MAX_ARRAY_LENGTH} (checked before allocating)
     */
    public static List<RandomGenerator> streams(long seed, int n) {
        Checks.arrayLength(n, "n");
        List<RandomGenerator> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(stream(seed, i));
        }
        return out;
    }

    /**
     * Draws a seed for derived work from a generator (e.g. to seed the streams of a parallel
     * computation from a caller's generator).
     *
     * @param rng generator, advanced by one draw
     * @return a 64-bit seed
     */
    public static long nextSeed(RandomGenerator rng) {
        return Checks.notNull(rng, "rng").nextLong();
    }

    /**
     * A uniformly random permutation of {@code 0..n-1} (Fisher–Yates).
     *
     * @param n   size, in {@code [0, }{@link Checks#MAX_ARRAY_LENGTH}{@code ]}
     * @param rng generator
     * @return a new permutation array
     * @throws NullPointerException     if {@code rng} is null
     * @throws IllegalArgumentException if {@code n} is negative or above
     *                                  {@link Checks#MAX_ARRAY_LENGTH} (checked before allocating)
     */
    public static int[] permutation(int n, RandomGenerator rng) {
        Checks.arrayLength(n, "n");
        Checks.notNull(rng, "rng");
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p, rng);
        return p;
    }

    /**
     * Shuffles an index array in place (Fisher–Yates). The only method here that modifies its
     * argument: it is meant for arrays the caller owns.
     *
     * @param a   array to shuffle, modified
     * @param rng generator
     */
    public static void shuffle(int[] a, RandomGenerator rng) {
        Checks.notNull(a, "a");
        Checks.notNull(rng, "rng");
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * The SplitMix64 finaliser (Stafford's variant 13), a bijective 64-bit mix.
     *
     * @param z input
     * @return mixed bits
     */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
