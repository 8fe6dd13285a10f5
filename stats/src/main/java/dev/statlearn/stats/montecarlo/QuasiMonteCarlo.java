package dev.statlearn.stats.montecarlo;

import dev.statlearn.stats.internal.Replicates;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Randomized quasi-Monte Carlo: {@code R} independent digital shifts of the first {@code n}
 * Sobol points each give one estimate; the result is their mean with standard error
 * \( s_{\hat I} / \sqrt R \). Arguments are checked by the {@link MonteCarlo} facade.
 */
final class QuasiMonteCarlo {

    private QuasiMonteCarlo() {
    }

    static Estimate quasi(DoubleUnaryOperator f, double a, double w, int n, int randomizations, RandomGenerator rng) {
        double[] est = new double[randomizations];
        for (int r = 0; r < randomizations; r++) {
            // One-dimensional Sobol points (van der Corput, gray-code order) with a random digital
            // shift, inlined: the same points as Sobol(1).reset(rng) then next1() (see Sobol).
            long shift = rng.nextLong() >>> 12;
            long state = 0;
            double s = f.applyAsDouble(a + w * (shift * 0x1p-52));
            for (int i = 1; i < n; i++) {
                state ^= 1L << (51 - Integer.numberOfTrailingZeros(i));
                s += f.applyAsDouble(a + w * ((state ^ shift) * 0x1p-52));
            }
            est[r] = w * (s / n);
        }
        return fromReplicates(est, (long) n * randomizations);
    }

    static Estimate quasi(ToDoubleFunction<double[]> f, double[] lower, double[] upper, double volume, int n,
                          int randomizations, RandomGenerator rng) {
        UniformBox box = UniformBox.of(lower, upper);
        int d = box.dimension();
        Sobol sobol = new Sobol(d);
        double[] u = new double[d];
        double[] x = new double[d];
        double[] est = new double[randomizations];
        for (int r = 0; r < randomizations; r++) {
            sobol.reset(rng);
            double s = 0;
            for (int i = 0; i < n; i++) {
                sobol.next(u);
                box.map(u, x);
                s += f.applyAsDouble(x);
            }
            est[r] = volume * (s / n);
        }
        return fromReplicates(est, (long) n * randomizations);
    }

    private static Estimate fromReplicates(double[] est, long samples) {
        double mean = Replicates.mean(est);
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("f must return finite values; the estimates' mean was " + mean);
        }
        return new Estimate(mean, Math.sqrt(Replicates.variance(est, mean) / est.length), samples);
    }
}
