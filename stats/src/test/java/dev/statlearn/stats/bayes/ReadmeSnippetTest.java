package dev.statlearn.stats.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Interval;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.inference.KolmogorovSmirnov;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The snippet of the README's "Bayesian updating and goodness of fit" section and the numbers the tour fragment prints. */
class ReadmeSnippetTest {

    @Test
    void readmeSnippet() {
        BinaryTest test = BinaryTest.of(0.99, 0.10);
        double p1 = test.posteriorAfterPositive(0.10);
        double p2 = test.posteriorAfterPositive(p1);
        assertEquals(0.5238, p1, 5e-5);
        assertEquals(0.9159, p2, 5e-5);
        BetaBernoulli share = BetaBernoulli.prior(1, 1).update(1, 0, 0, 1, 0);
        Interval hdi = share.highestDensityInterval(0.95);
        assertTrue(hdi.contains(share.map()));
        Normal mySampler = Normal.standard();
        assertTrue(KolmogorovSmirnov.oneSample(mySampler.sample(Randomness.seeded(7), 1000), Normal.standard()).pValue() > 1e-3);
    }

    @Test
    void tourBreastCancerShare() {
        int[] malignant = Arrays.stream(Datasets.breastCancer().labels()).map(y -> y == 0 ? 1 : 0).toArray();
        BetaBernoulli share = BetaBernoulli.prior(1, 1).update(malignant);
        // 212 malignant of 569: Beta(213, 358); interval from scipy.stats.beta(213, 358).ppf (bayes.py, case 212,569)
        assertEquals(213.0, share.alpha());
        assertEquals(358.0, share.beta());
        assertEquals(0.3338354234685031, share.credibleInterval(0.95).lower(), 1e-9);
        assertEquals(0.4130666296208615, share.credibleInterval(0.95).upper(), 1e-9);
    }
}
