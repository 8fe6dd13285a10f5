/**
 * Shared helpers of {@code dev.statlearn.plot}, not public API: the theme, colours, line and
 * reference-line series and round axes ({@link dev.statlearn.plot.internal.Charts}), histogram
 * binning and drawing ({@link dev.statlearn.plot.internal.Histograms}) and boxed text on a plot
 * ({@link dev.statlearn.plot.internal.TextBox}). Numbers are written with core's
 * {@code Format.sig}.
 */
package dev.statlearn.plot.internal;
