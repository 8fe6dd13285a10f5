package dev.statlearn.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import org.junit.jupiter.api.Test;

/**
 * {@link ClusterMonteCarlo} gives the bits of the local {@link MonteCarlo#parallel} with the same
 * seed: one chunk, one full chunk plus a short one, and several chunks, in one and three
 * dimensions. (That the local estimates are right is {@code MonteCarloTest}'s business.)
 */
class ClusterMonteCarloTest {

    private static void assertSameBits(Estimate local, Estimate cluster) {
        assertEquals(Double.doubleToRawLongBits(local.value()), Double.doubleToRawLongBits(cluster.value()),
                () -> local + " vs " + cluster);
        assertEquals(Double.doubleToRawLongBits(local.standardError()),
                Double.doubleToRawLongBits(cluster.standardError()), () -> local + " vs " + cluster);
        assertEquals(local.samples(), cluster.samples());
    }

    @Test
    void oneDimensionalEstimatesAreTheLocalBits() {
        int chunk = MonteCarlo.CHUNK_SIZE;
        for (long n : new long[] {2, 1000, chunk + 17, 5L * chunk}) {
            Estimate local = MonteCarlo.parallel(x -> Math.exp(-x * x), -1, 2, n, 42);
            Estimate cluster = ClusterMonteCarlo.integrate(SparkTestSession.get(), x -> Math.exp(-x * x), -1, 2, n, 42);
            assertSameBits(local, cluster);
        }
    }

    @Test
    void boxEstimatesAreTheLocalBits() {
        double[] lo = {0, -1, 2};
        double[] hi = {1, 1, 2.5};
        long n = 3L * MonteCarlo.CHUNK_SIZE + 5;
        Estimate local = MonteCarlo.parallel(x -> x[0] * x[1] + Math.sin(x[2]), lo, hi, n, 7);
        Estimate cluster = ClusterMonteCarlo.integrate(SparkTestSession.get(),
                (double[] x) -> x[0] * x[1] + Math.sin(x[2]), lo, hi, n, 7);
        assertSameBits(local, cluster);
    }

    @Test
    void badArgumentsGiveTheLocalMessages() {
        assertEquals("n must be >= 2, was 1", assertThrows(IllegalArgumentException.class,
                () -> ClusterMonteCarlo.integrate(SparkTestSession.get(), x -> x, 0, 1, 1, 1)).getMessage());
        assertEquals("a must be < b, was a = 1.0, b = 1.0", assertThrows(IllegalArgumentException.class,
                () -> ClusterMonteCarlo.integrate(SparkTestSession.get(), x -> x, 1, 1, 10, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClusterMonteCarlo.integrate(SparkTestSession.get(),
                x -> x, 0, 1, ClusterMonteCarlo.MAX_SAMPLES + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> ClusterMonteCarlo.integrate(SparkTestSession.get(),
                x -> 1 / x, 0, 1e-300, 10, 1));
        assertThrows(NullPointerException.class, () -> ClusterMonteCarlo.integrate(null, x -> x, 0, 1, 10, 1));
    }
}
