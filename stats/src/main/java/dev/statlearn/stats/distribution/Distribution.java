package dev.statlearn.stats.distribution;

/**
 * Root of every probability distribution in statlearn.
 *
 * <p>A distribution is an immutable value: its parameters are fixed and validated at
 * construction, and all its methods are pure functions of those parameters and of their
 * arguments (sampling methods additionally consume draws from the generator they are given).
 * Implementations are thread-safe.
 *
 * <p>The sub-interfaces fix the type of an outcome: {@link ContinuousDistribution}
 * ({@code double}), {@link DiscreteDistribution} ({@code int}) and
 * {@link MultivariateDistribution} ({@code double[]}).
 *
 * @since 0.1
 */
public interface Distribution {

    /**
     * Number of free parameters of this distribution's family, as counted by AIC and BIC
     * (e.g. 2 for a normal, \( k - 1 \) for a categorical over \( k \) outcomes).
     *
     * @return the number of free parameters, at least 1
     */
    int parameterCount();
}
