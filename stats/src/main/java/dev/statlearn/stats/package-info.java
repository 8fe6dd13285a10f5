/**
 * statlearn stats module.
 *
 * @since 0.1
 */
package dev.statlearn.stats;
