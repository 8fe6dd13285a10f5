/**
 * Foundations shared by every statlearn module: argument {@link dev.statlearn.core.Checks checks}
 * with messages that name the argument, the rule and the value; stable
 * {@link dev.statlearn.core.Numerics numerics} (log-sum-exp, softplus, \( x \log y \),
 * compensated sums); seeded, reproducible {@link dev.statlearn.core.Randomness randomness}; and the
 * {@link dev.statlearn.core.Interval interval} estimate shared by the other modules.
 *
 * @since 0.1
 */
package dev.statlearn.core;
