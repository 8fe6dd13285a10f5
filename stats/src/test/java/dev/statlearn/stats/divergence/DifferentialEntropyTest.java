package dev.statlearn.stats.divergence;

import static dev.statlearn.stats.divergence.DivergencesTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.Normal;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Sample differential entropy and explicit normalisation. Reference values:
 * {@code scipy.stats.differential_entropy} and {@code scipy.stats.entropy}, SciPy 1.10.1, printed by
 * {@code tools/reference/divergence_closed_forms.py}; held to 1e-13 relative.
 */
class DifferentialEntropyTest {

    private static final SpacingEstimator[] ALL = {SpacingEstimator.VASICEK, SpacingEstimator.VAN_ES,
        SpacingEstimator.EBRAHIMI, SpacingEstimator.CORREA};

    private static void assertRel(double expected, double actual) {
        assertEquals(expected, actual, 1e-13 * Math.max(1, Math.abs(expected)));
    }

    private static void checkAll(double[] x, double auto, double... byEstimator) {
        assertRel(auto, Divergences.differentialEntropy(x));
        for (int i = 0; i < ALL.length; i++) {
            assertRel(byEstimator[i], Divergences.differentialEntropy(x, ALL[i]));
        }
    }

    @Test
    void matchesScipyWithItsDefaultChoices() {
        // scipy.stats.differential_entropy(x, method=m): auto, vasicek, van es, ebrahimi, correa
        checkAll(new double[] {-3.493745, 2.502732, 0.109718, 2.924382, 3.048313}, 2.023370342301529,
                1.4232591181998386, 2.023370342301529, 1.815590819404529, 1.681574445612172);
        checkAll(new double[] {0.866407, 1.082564, 2.168433, -3.117974, 3.485466, -5.073416, -1.04518, 1.738853,
            -0.48464, 0.962906}, 2.1403411011756504,
                1.8920108261035125, 2.1403411011756504, 2.148197595195925, 2.0503557444698477);
        checkAll(new double[] {0.21813, -1.305308, 0.115176, -1.532648, 1.444015, 0.99764, -0.658584, 1.426867,
            -0.948822, -0.88969, 2.454784}, 1.4024256716138943,
                1.1695286088026098, 1.6002417124695945, 1.4024256716138943, 1.3023072955914285);
        // x_i = (i * 0.7548776662466927) % 1.0, i = 1..n (bit-identical in NumPy and Java)
        checkAll(golden(1000), -0.0006942985878166228,
                -0.02102863023090319, 0.015236090959218629, -0.0006942985878166228, -0.01150190719414448);
        checkAll(golden(1001), -0.021006695135034458,
                -0.021006695135034458, 0.015205719626009362, -0.0006926775095733496, -0.011488363058970557);
    }

    @Test
    void explicitWindowsMatchScipy() {
        double[] x = {0.3, 1.2, -0.7, 2.5, 0.0, 1.1, -1.9, 0.8, 3.3, -0.4, 0.6, 1.7};
        // scipy.stats.differential_entropy(x, window_length=m, method=...): vasicek, van es, ebrahimi, correa
        double[][] table = {
            {1, 1.5467115341361917, 2.139454525392455, 1.662236064229516, 1.6270891562800334},
            {2, 1.506674672439664, 1.8132353555524685, 1.6701462146082848, 1.604457302596411},
            {5, 1.3322215346460362, 1.5633286819562309, 1.6470801705188203, 1.4876309536705763},
        };
        for (double[] r : table) {
            for (int i = 0; i < ALL.length; i++) {
                assertRel(r[i + 1], Divergences.differentialEntropy(x, ALL[i], (int) r[0]));
            }
        }
        double[] before = x.clone();
        Divergences.differentialEntropy(x, SpacingEstimator.CORREA, 3);
        assertArrayEquals(before, x);
    }

    @Test
    void tiesGiveMinusInfinityAsScipy() {
        assertEquals(Double.NEGATIVE_INFINITY, Divergences.differentialEntropy(new double[] {1, 1, 1, 1, 1, 2, 3},
                SpacingEstimator.VASICEK));
        assertEquals(Double.NEGATIVE_INFINITY, Divergences.differentialEntropy(new double[] {0, 0, 0, 0, 0, 0},
                SpacingEstimator.CORREA, 2));
    }

    @Test
    void locationScaleMapsShiftTheEstimateByLogScale() {
        RandomGenerator rng = Randomness.seeded(13);
        double[] x = Normal.standard().sample(rng, 200);
        qt().withExamples(100).forAll(doubles().between(-1e3, 1e3), doubles().between(1e-3, 1e3)).checkAssert((a, s) -> {
            double[] y = new double[x.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = a + s * x[i];
            }
            for (SpacingEstimator e : ALL) {
                assertEquals(Divergences.differentialEntropy(x, e) + Math.log(s), Divergences.differentialEntropy(y, e),
                        1e-9 * (1 + Math.abs(a) / s));
            }
        });
        // overflowing spacings: huge scale, still finite and shifted by ln(1e300)
        double[] huge = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            huge[i] = 1e300 * x[i];
        }
        assertRel(Divergences.differentialEntropy(x) + Math.log(1e300), Divergences.differentialEntropy(huge));
    }

    @Test
    void largeNormalSampleEstimatesTheTrueEntropy() {
        // n = 20000 standard normal draws, Vasicek: bias and sd are both below 0.01 here; 0.03 is
        // more than 5 standard deviations of the estimator (false failure well below 1e-6; fixed seed)
        double[] x = Normal.of(0, 3).sample(Randomness.seeded(7), 20_000);
        assertEquals(Normal.of(0, 3).entropy(), Divergences.differentialEntropy(x), 0.03);
    }

    @Test
    void badInputIsRejectedWithNames() {
        assertMessage("sample must have at least 5 values", () -> Divergences.differentialEntropy(new double[] {1, 2, 3, 4}));
        assertMessage("windowLength must be >= 1 and less than half the sample size 6, was 3",
                () -> Divergences.differentialEntropy(new double[] {1, 2, 3, 4, 5, 6}, SpacingEstimator.VASICEK, 3));
        assertMessage("windowLength must be >= 1", () -> Divergences.differentialEntropy(new double[] {1, 2, 3, 4, 5, 6},
                SpacingEstimator.VASICEK, 0));
        assertMessage("sample", () -> Divergences.differentialEntropy(new double[] {1, 2, Double.NaN, 4, 5, 6}));
        assertEquals(SpacingEstimator.VAN_ES, SpacingEstimator.forSampleSize(10));
        assertEquals(SpacingEstimator.EBRAHIMI, SpacingEstimator.forSampleSize(11));
        assertEquals(SpacingEstimator.EBRAHIMI, SpacingEstimator.forSampleSize(1000));
        assertEquals(SpacingEstimator.VASICEK, SpacingEstimator.forSampleSize(1001));
        assertMessage("n must be >= 0, was -1", () -> SpacingEstimator.forSampleSize(-1));
    }

    @Test
    void normalisationIsExplicit() {
        double[] w = {1, 2, 3, 4};
        double[] v = {4, 4, 1, 1};
        // scipy.stats.entropy([1, 2, 3, 4]), entropy([1, 2, 3, 4], [4, 4, 1, 1]), entropy([2, 0, 6])
        assertRel(1.2798542258336676, Divergences.entropy(w, Normalization.DIVIDE_BY_SUM));
        assertRel(0.606842558824411, Divergences.kl(w, v, Normalization.DIVIDE_BY_SUM));
        assertRel(0.5623351446188083, Divergences.entropy(new double[] {2, 0, 6}, Normalization.DIVIDE_BY_SUM));
        assertRel(Divergences.entropy(Divergences.normalize(w)) + Divergences.kl(w, v, Normalization.DIVIDE_BY_SUM),
                Divergences.crossEntropy(w, v, Normalization.DIVIDE_BY_SUM));
        // the default (and REQUIRE_SUM_ONE) still rejects vectors that do not sum to 1
        assertMessage("p[1] must be in [0, 1], was 2.0", () -> Divergences.entropy(w));
        assertMessage("pk must sum to 1", () -> Divergences.entropy(new double[] {0.2, 0.2, 0.2, 0.2},
                Normalization.REQUIRE_SUM_ONE));
        assertMessage("qk must sum to 1", () -> Divergences.kl(new double[] {0.5, 0.5}, new double[] {1, 1},
                Normalization.REQUIRE_SUM_ONE));
        assertMessage("pk must have a positive sum", () -> Divergences.entropy(new double[] {0, 0},
                Normalization.DIVIDE_BY_SUM));
        assertMessage("qk[1] must be >= 0 and finite, was -1.0", () -> Divergences.kl(new double[] {1, 1},
                new double[] {1, -1}, Normalization.DIVIDE_BY_SUM));
        assertMessage("pk has length 2 but qk has length 3", () -> Divergences.kl(new double[] {1, 1},
                new double[] {1, 1, 1}, Normalization.DIVIDE_BY_SUM));
        // sums beyond the double range
        assertArrayEquals(new double[] {0.5, 0.5}, Divergences.normalize(new double[] {1e308, 1e308}));
        assertArrayEquals(new double[] {1, 2, 3, 4}, w);
    }

    private static double[] golden(int n) {
        double[] x = new double[n];
        for (int i = 1; i <= n; i++) {
            x[i - 1] = (i * 0.7548776662466927) % 1.0;
        }
        return x;
    }
}
