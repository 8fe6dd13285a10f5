package dev.statlearn.stats.montecarlo;

import dev.statlearn.stats.internal.ShiftedSums;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Plain Monte Carlo: the mean of \( f \) at independent uniform points of an interval or a box,
 * or at independent draws of a distribution, scaled by the width or volume. Arguments are checked
 * by the {@link MonteCarlo} facade; every loop accumulates in one {@link ShiftedSums}.
 */
final class PlainMonteCarlo {

    private PlainMonteCarlo() {
    }

    /** Uniform draws per block of {@link #uniformSums}. */
    private static final int DRAW_BLOCK = 1024;

    /**
     * The sums of \( f \) at {@code n} points {@code a + w U}, one draw each. The draws are taken
     * a block at a time and \( f \) is then applied to the block: the same draws, points and
     * order of summation as drawing and evaluating one point at a time (the same bits), but the
     * generator's loop and the integrand's loop each run tight (on JDK 17 the one-at-a-time loop
     * took 1.8 times as long).
     */
    static ShiftedSums uniformSums(DoubleUnaryOperator f, double a, double w, int n, RandomGenerator rng) {
        ShiftedSums sums = new ShiftedSums(f.applyAsDouble(a + w * rng.nextDouble()));
        double[] u = new double[Math.min(DRAW_BLOCK, n - 1)];
        for (int i = 1; i < n; i += u.length) {
            int m = Math.min(u.length, n - i);
            for (int j = 0; j < m; j++) {
                u[j] = rng.nextDouble();
            }
            for (int j = 0; j < m; j++) {
                sums.add(f.applyAsDouble(a + w * u[j]));
            }
        }
        return ShiftedSums.of(sums.count(), sums.shift(), sums.sum(), sums.sumOfSquares());
    }

    /** The sums of \( f \) at {@code n} uniform points of the box, drawn into the reused array {@code x}. */
    static ShiftedSums boxSums(ToDoubleFunction<double[]> f, UniformBox box, int n, RandomGenerator rng) {
        double[] x = new double[box.dimension()];
        box.draw(x, rng);
        ShiftedSums sums = new ShiftedSums(f.applyAsDouble(x));
        for (int i = 1; i < n; i++) {
            box.draw(x, rng);
            sums.add(f.applyAsDouble(x));
        }
        return ShiftedSums.of(sums.count(), sums.shift(), sums.sum(), sums.sumOfSquares());
    }

    static Estimate integrate(DoubleUnaryOperator f, double a, double w, int n, RandomGenerator rng) {
        return uniformSums(f, a, w, n, rng).toEstimate(w, MonteCarlo.NON_FINITE_SUMS);
    }

    static Estimate integrate(ToDoubleFunction<double[]> f, double[] lower, double[] upper, double volume, int n,
                              RandomGenerator rng) {
        return boxSums(f, UniformBox.of(lower, upper), n, rng).toEstimate(volume, MonteCarlo.NON_FINITE_SUMS);
    }

    static Replication replicate(DoubleUnaryOperator f, double a, double w, int sampleSize, int replications,
                                 RandomGenerator rng) {
        List<Estimate> est = new ArrayList<>(replications);
        for (int r = 0; r < replications; r++) {
            est.add(integrate(f, a, w, sampleSize, rng));
        }
        return new Replication(est);
    }

    /** The running estimate after 10^2, 10^3, ... samples and after {@code maxSamples}. */
    static List<Estimate> trace(DoubleUnaryOperator f, double a, double w, int maxSamples, RandomGenerator rng) {
        List<Estimate> out = new ArrayList<>();
        ShiftedSums sums = new ShiftedSums(f.applyAsDouble(a + w * rng.nextDouble()));
        long next = 100;
        for (int i = 1; i < maxSamples; i++) {
            sums.add(f.applyAsDouble(a + w * rng.nextDouble()));
            if (i + 1 == next) {
                out.add(ShiftedSums.of(sums.count(), sums.shift(), sums.sum(), sums.sumOfSquares())
                        .toEstimate(w, MonteCarlo.NON_FINITE_SUMS));
                next *= 10;
            }
        }
        if (next / 10 != maxSamples) {
            out.add(ShiftedSums.of(sums.count(), sums.shift(), sums.sum(), sums.sumOfSquares())
                    .toEstimate(w, MonteCarlo.NON_FINITE_SUMS));
        }
        return Collections.unmodifiableList(out);
    }

    /** Sample mean of {@code n} draws and its standard error. */
    static Estimate meanOfDraws(DoubleSupplier draw, int n) {
        ShiftedSums sums = new ShiftedSums(draw.getAsDouble());
        for (int i = 1; i < n; i++) {
            sums.add(draw.getAsDouble());
        }
        return ShiftedSums.of(sums.count(), sums.shift(), sums.sum(), sums.sumOfSquares())
                .toEstimate(1, MonteCarlo.NON_FINITE_SUMS);
    }
}
