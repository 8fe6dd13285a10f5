package dev.statlearn.stats.divergence;

/**
 * What the array forms of {@link Divergences#entropy(double[], Normalization)},
 * {@link Divergences#crossEntropy(double[], double[], Normalization)} and
 * {@link Divergences#kl(double[], double[], Normalization)} require of their inputs.
 *
 * <p>The overloads without this argument behave as {@link #REQUIRE_SUM_ONE}: a vector that does not
 * sum to 1 is a mistake more often than an intention, so rescaling is only done when asked for.
 *
 * @since 0.2
 */
public enum Normalization {

    /**
     * The inputs must already be probability vectors: values in [0, 1] summing to 1 within
     * {@link Divergences#SUM_TOLERANCE}; anything else is rejected.
     */
    REQUIRE_SUM_ONE,

    /**
     * The inputs are non-negative finite weights with a positive sum, each divided by its sum first,
     * \( p_i = w_i / \sum_j w_j \) (see {@link Divergences#normalize(double[])}), as
     * {@code scipy.stats.entropy(pk, qk)} does silently.
     */
    DIVIDE_BY_SUM
}
