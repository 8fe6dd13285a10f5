package dev.statlearn.stats.montecarlo;

import java.util.random.RandomGenerator;

/**
 * A checked box \( \prod_j [l_j, u_j) \) as lower corner and widths, mapping unit points into it;
 * shared by the plain, quasi and chunked integrators over several dimensions. Copies the corners.
 */
final class UniformBox {

    private final double[] lower;
    private final double[] width;

    private UniformBox(double[] lower, double[] width) {
        this.lower = lower;
        this.width = width;
    }

    /** The box between two corners already checked by {@link MonteCarlo#boxVolume}. */
    static UniformBox of(double[] lower, double[] upper) {
        int d = lower.length;
        double[] width = new double[d];
        for (int j = 0; j < d; j++) {
            width[j] = upper[j] - lower[j];
        }
        return new UniformBox(lower.clone(), width);
    }

    int dimension() {
        return lower.length;
    }

    /** Fills {@code x} with a uniform point of the box, one draw per coordinate in order. */
    void draw(double[] x, RandomGenerator rng) {
        for (int j = 0; j < x.length; j++) {
            x[j] = lower[j] + width[j] * rng.nextDouble();
        }
    }

    /** Maps the unit point {@code u} to {@code x = l + w u}. */
    void map(double[] u, double[] x) {
        for (int j = 0; j < x.length; j++) {
            x[j] = lower[j] + width[j] * u[j];
        }
    }
}
