/**
 * JMH benchmarks of statlearn's hot kernels.
 */
package dev.statlearn.benchmarks;
