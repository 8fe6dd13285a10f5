/**
 * statlearn eval module.
 *
 * @since 0.1
 */
package dev.statlearn.eval;
