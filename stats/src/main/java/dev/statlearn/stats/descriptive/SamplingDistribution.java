package dev.statlearn.stats.descriptive;

import dev.statlearn.core.Checks;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;

/**
 * The sampling distribution of the sample mean, by simulation: draw \( R \) samples of size
 * \( n \) and collect the \( R \) sample means.
 *
 * <p>The central limit theorem says the means are approximately
 * \( N(\mu, \sigma^2/n) \) for large \( n \) whatever the shape of the population, so
 * {@code ofMean(d, n, R, rng).standardDeviation()} \( \approx \sigma/\sqrt n \) and its
 * skewness and excess kurtosis shrink towards 0 as \( n \) grows.
 *
 * <p>Draws are consumed from {@code rng} in order (sample 1, then sample 2, …), so the same
 * generator state gives the same result.
 *
 * @since 0.1
 */
public final class SamplingDistribution {

    private SamplingDistribution() {
    }

    /**
     * Moments of \( R \) sample means of samples of size \( n \) from a continuous
     * distribution.
     *
     * @param population   distribution to sample from
     * @param sampleSize   size \( n \) of each sample, {@code >= 1}
     * @param replications number \( R \) of samples, {@code >= 1}
     * @param rng          source of randomness; its state advances
     * @return the moments of the sample means (count \( R \))
     * @throws NullPointerException     if {@code population} or {@code rng} is null
     * @throws IllegalArgumentException if a size is below 1
     */
    public static Moments ofMean(ContinuousDistribution population, int sampleSize, int replications,
                                 RandomGenerator rng) {
        Checks.notNull(population, "population");
        return means(sampleSize, replications, rng, () -> {
            double s = 0;
            for (int i = 0; i < sampleSize; i++) {
                s += population.sample(rng);
            }
            return s / sampleSize;
        });
    }

    /**
     * Moments of \( R \) sample means of samples of size \( n \) from a discrete distribution.
     *
     * @param population   distribution to sample from
     * @param sampleSize   size \( n \) of each sample, {@code >= 1}
     * @param replications number \( R \) of samples, {@code >= 1}
     * @param rng          source of randomness; its state advances
     * @return the moments of the sample means (count \( R \))
     * @throws NullPointerException     if {@code population} or {@code rng} is null
     * @throws IllegalArgumentException if a size is below 1
     */
    public static Moments ofMean(DiscreteDistribution population, int sampleSize, int replications,
                                 RandomGenerator rng) {
        Checks.notNull(population, "population");
        return means(sampleSize, replications, rng, () -> {
            long s = 0;
            for (int i = 0; i < sampleSize; i++) {
                s += population.sample(rng);
            }
            return (double) s / sampleSize;
        });
    }

    /**
     * The moments of {@code replications} sample means, each from {@code sampleMean} (which draws
     * one sample of {@code sampleSize} from {@code rng}), after checking the shared arguments.
     */
    private static Moments means(int sampleSize, int replications, RandomGenerator rng, DoubleSupplier sampleMean) {
        Checks.notNull(rng, "rng");
        Checks.positive(sampleSize, "sampleSize");
        Checks.positive(replications, "replications");
        Moments means = Moments.create();
        for (int r = 0; r < replications; r++) {
            means.accept(sampleMean.getAsDouble());
        }
        return means;
    }
}
