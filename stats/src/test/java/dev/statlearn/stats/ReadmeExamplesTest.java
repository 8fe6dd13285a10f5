package dev.statlearn.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.descriptive.SamplingDistribution;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.LogNormal;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.mle.Fit;
import dev.statlearn.stats.mle.Mle;
import org.junit.jupiter.api.Test;

/** The snippet of the README's "Statistics" section, with the numbers it quotes. */
class ReadmeExamplesTest {

    @Test
    void readmeSnippet() {
        Fit<Normal> fit = Mle.normal(Datasets.iris().column(2));
        assertEquals(3.758, fit.distribution().mean(), 1e-12);
        assertEquals(1.7594, fit.distribution().sd(), 5e-5);
        assertEquals(0.1437, fit.standardErrors().get("mean"), 5e-5);
        assertEquals(0.1016, fit.standardErrors().get("sd"), 5e-5);
        assertEquals(2, fit.confidenceIntervals(0.95).size());
        assertInstanceOf(LogNormal.class, Mle.best(Datasets.wine().column(12)).best().distribution());
        Moments m = SamplingDistribution.ofMean(Exponential.of(1), 64, 5000, Randomness.seeded(1));
        // sd of the sample sd of 5000 means ~ 0.125 * 0.011: 5 sd bound
        assertEquals(0.125, m.standardDeviation(), 0.007);
    }
}
