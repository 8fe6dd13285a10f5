package dev.statlearn.stats.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.stats.divergence.Divergences;
import dev.statlearn.stats.divergence.Histogram;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The snippet of the README's "Monte Carlo with error bars" section, with the numbers it quotes. */
class MonteCarloReadmeTest {

    @Test
    void readmeSnippet() {
        Replication r = MonteCarlo.replicate(x -> Math.exp(-x * x), -1, 1, 10_000, 100, Randomness.seeded(42));
        assertEquals("mean 1.49343, sd 0.0037 over 100 replications of n = 10000", r.toString());

        Dataset cancer = Datasets.breastCancer();
        double[] radius = cancer.column(0);
        int[] label = cancer.labels();
        double[] malignant = IntStream.range(0, label.length).filter(i -> label[i] == 0).mapToDouble(i -> radius[i])
                .toArray();
        double[] benign = IntStream.range(0, label.length).filter(i -> label[i] == 1).mapToDouble(i -> radius[i])
                .toArray();
        Histogram h = Histogram.spanning(20, malignant, benign).addAll(malignant);
        double kl = Divergences.kl(h.probabilities(1), h.emptyCopy().addAll(benign).probabilities(1));
        assertEquals(1.8156794393584574, kl, 1e-14); // scipy.stats.entropy, see tools/reference/divergence.py
    }
}
