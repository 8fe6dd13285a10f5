package dev.statlearn.testkit.generate;

import dev.statlearn.core.CompensatedSum;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** Shared draws and argument checks of the generators (package-private). */
final class Draws {

    private Draws() {
    }

    /** {@code g} with a null check of its random generator, so a null names {@code rng}. */
    static <T> Generator<T> checked(Generator<T> g) {
        return rng -> g.next(Objects.requireNonNull(rng, "rng"));
    }

    /** Uniform on (0, 1): never 0, so its logarithm is finite. */
    static double openUnit(RandomGenerator rng) {
        double u;
        do {
            u = rng.nextDouble();
        } while (u == 0);
        return u;
    }

    /** Uniform on [lo, hi). */
    static double uniform(RandomGenerator rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    /** Log-uniform on [lo, hi): {@code exp} of a uniform on [log lo, log hi), clipped into [lo, hi]. */
    static double logUniform(RandomGenerator rng, double lo, double hi) {
        double v = Math.exp(uniform(rng, Math.log(lo), Math.log(hi)));
        return Math.min(hi, Math.max(lo, v));
    }

    /** Uniform integer in [lo, hi] (inclusive). */
    static int uniformInt(RandomGenerator rng, int lo, int hi) {
        return (int) (lo + rng.nextLong((long) hi - lo + 1));
    }

    /** Standard exponential, {@code -log U} with U on (0, 1): at least about 1.1e-16, never 0. */
    static double exponential(RandomGenerator rng) {
        return -Math.log(openUnit(rng));
    }

    /** A random subset of {@code m} distinct indices of {@code 0..n-1}, as a mask. */
    static boolean[] subset(RandomGenerator rng, int n, int m) {
        boolean[] chosen = new boolean[n];
        // Floyd's algorithm: m iterations, each subset equally likely
        for (int j = n - m; j < n; j++) {
            int t = (int) rng.nextLong(j + 1L);
            if (chosen[t]) {
                chosen[j] = true;
            } else {
                chosen[t] = true;
            }
        }
        return chosen;
    }

    /** Requires {@code min <= x <= max}, naming the argument. */
    static int intIn(int x, int min, int max, String name) {
        if (x < min || x > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + x);
        }
        return x;
    }

    /** Requires {@code min <= x <= max}, naming the argument (NaN fails). */
    static double doubleIn(double x, double min, double max, String name) {
        if (!(x >= min && x <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + x);
        }
        return x;
    }

    /**
     * Divides {@code w} (finite, non-negative, positive sum) by its compensated sum in place, so
     * the entries sum to 1 within a few ulp.
     */
    static double[] normalize(double[] w) {
        CompensatedSum s = new CompensatedSum();
        for (double v : w) {
            s.add(v);
        }
        double total = s.value();
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
        }
        return w;
    }
}
