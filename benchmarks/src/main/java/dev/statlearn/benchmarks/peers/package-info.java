/**
 * The statlearn side of the side-by-side comparison ({@code benchmarks/peers/compare.sh}): the
 * same workloads as the Python scripts next to it, timed the same way (wall clock, median of
 * repeats after a warm-up).
 */
package dev.statlearn.benchmarks.peers;
