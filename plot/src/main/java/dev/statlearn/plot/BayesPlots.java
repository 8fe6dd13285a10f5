package dev.statlearn.plot;

/**
 * Figures (to be filled in by its owner).
 */
public final class BayesPlots {

    private BayesPlots() {
    }
}
