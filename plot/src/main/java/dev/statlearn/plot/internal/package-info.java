/**
 * Shared chart theme and formatting for {@code dev.statlearn.plot}; not public API.
 */
package dev.statlearn.plot.internal;
