/**
 * Monitoring and responsibility: {@link dev.statlearn.eval.monitor.GroupFairness group fairness}
 * of decisions, {@link dev.statlearn.eval.monitor.PermutationImportance permutation feature
 * importance} for any model, and data drift reports between a reference and a current sample.
 *
 * @since 0.1
 */
package dev.statlearn.eval.monitor;
