/** Runs the tour, the notebook chapters and the README snippets through the JShell API. */
package dev.statlearn.plot.scripts;
