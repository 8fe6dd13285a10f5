/**
 * Generators of statistical objects as plain functions of a
 * {@link java.util.random.RandomGenerator}: probability vectors, distributions of every family with
 * valid (including extreme) parameters and pairs of them, labelled datasets with a chosen imbalance,
 * score vectors with ties, confusion matrices and MLP shapes. See
 * {@link dev.statlearn.testkit.generate.Generator}.
 */
package dev.statlearn.testkit.generate;
