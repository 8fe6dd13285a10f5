/**
 * statlearn nn module.
 *
 * @since 0.1
 */
package dev.statlearn.nn;
