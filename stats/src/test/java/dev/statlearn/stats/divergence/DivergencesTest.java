package dev.statlearn.stats.divergence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Reference values from {@code tools/reference/divergence.py} (scipy 1.10.1, numpy 1.24.2,
 * torch 1.13.0a0, Debian bookworm); the exact call is named beside each table.
 */
class DivergencesTest {

    private static final double LN2 = Math.log(2);
    private static final double TOL = 64 * Math.ulp(1.0);

    private static void assertRel(double expected, double actual, double rel) {
        if (Double.isInfinite(expected)) {
            assertEquals(expected, actual);
            return;
        }
        double err = Math.abs(expected - actual);
        assertTrue(err <= rel * Math.abs(expected) || err <= 1e-15,
                "expected " + expected + " but was " + actual + " (rel err " + err / Math.abs(expected) + ")");
    }

    // p, q, scipy.stats.entropy(p), entropy(p, base=2), entropy(p, q), entropy(p, q, base=2),
    // scipy.spatial.distance.jensenshannon(p, q), jensenshannon(p, q, base=2)
    private static final Object[][] CASES = {
        {new double[] {0.1, 0.2, 0.3, 0.4}, new double[] {0.4, 0.3, 0.2, 0.1}, 1.2798542258336676, 1.8464393446710157,
            0.45643481914678347, 0.6584962500721154, 0.3262516441126745, 0.39186816064715513},
        {new double[] {0.25, 0.25, 0.25, 0.25}, new double[] {0.1, 0.2, 0.3, 0.4}, 1.3862943611198906, 2.0,
            0.12177727428716867, 0.17568746970707333, 0.16692996572597965, 0.2005033225314282},
        {new double[] {0.0, 0.5, 0.5, 0.0}, new double[] {0.5, 0.0, 0.25, 0.25}, 0.6931471805599453, 1.0,
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0.674132307080287, 0.8097154205210412},
        {new double[] {0.7, 0.1, 0.1, 0.1}, new double[] {0.7, 0.1, 0.1, 0.1}, 0.9404479886553264, 1.3567796494470397,
            0.0, 0.0, 0.0, 0.0},
    };

    @Test
    void matchesScipyEntropyAndJensenShannon() {
        for (Object[] c : CASES) {
            double[] p = (double[]) c[0];
            double[] q = (double[]) c[1];
            assertRel((double) c[2], Divergences.entropy(p), TOL);
            assertRel((double) c[3], Divergences.entropy(p, 2), TOL);
            assertRel((double) c[4], Divergences.kl(p, q), TOL);
            assertRel((double) c[5], Divergences.kl(p, q, 2), TOL);
            assertRel((double) c[6], Divergences.jensenShannonDistance(p, q), TOL);
            assertRel((double) c[7], Divergences.jensenShannonDistance(p, q, 2), TOL);
        }
    }

    // rng = np.random.default_rng(12345); p = rng.dirichlet(np.ones(50)); q = rng.dirichlet(np.ones(50) * 0.5)
    private static final double[] LONG_P = {0.0035767605726692475, 0.012529599859737955, 0.09110712753035485,
        0.00813046902002758, 0.009927056224719665, 0.025695368173996765, 0.028249819816544834, 0.003871998692666678,
        0.03659685953685104, 0.030329682840854348, 0.0025770449992712553, 0.05725678117496499, 0.020690050347923823,
        0.0019486172430680157, 0.032436351436374605, 0.010657963386729844, 0.04025548647957351, 0.016014747068433182,
        0.0014946298251479178, 0.0007867592008043993, 0.004267370687049555, 0.01929422099664332, 0.014424954305071111,
        0.007227814847040294, 0.015729864240353383, 0.009781340930094263, 0.006500491222811914, 0.006090918013245657,
        0.006782430866294882, 0.0031539399640462327, 0.032999310685741114, 0.04607211923083727, 0.062021255457201926,
        0.024889629139479796, 0.032474609265654125, 0.021138659849747325, 0.04170040509414196, 0.013648296219828972,
        0.0017258531264864145, 0.008430024326463831, 0.04661486893131548, 0.021125313128198875, 0.06332620337101251,
        0.011264834274260093, 0.009751655194277595, 0.00987360154854896, 0.007815045875628049, 0.00018204594600364435,
        0.015280545837882327, 0.002279203993924698};
    private static final double[] LONG_Q = {0.0002249673019272944, 0.0015087472611898512, 0.009432708642216044,
        0.0023046857274156224, 0.011012069031677603, 0.004296815280192248, 0.003295047961642745, 0.0021805599590470673,
        0.002942894088191041, 0.0015745525130491168, 0.0015427025160886156, 0.01899641750571883, 0.03645345604701489,
        0.00035533897927206287, 0.014067033121013445, 0.0014755237606093893, 0.025912194922372667, 0.06911695571166288,
        0.01957402199445629, 0.0021409102394645526, 0.0069612355659967205, 0.008107062513381294, 0.002798503778920503,
        0.002014895143850684, 0.00653582582669189, 0.005395253572967563, 0.003854407039505854, 0.0112652391433397,
        0.09544392880363532, 0.03442729895731244, 0.0013684777703896814, 0.0069394593153255975, 0.008669656960311363,
        0.0003707287605355405, 0.011237856729222055, 0.16133752304229496, 0.003636204726816729, 0.005861095667200259,
        0.02491788417677259, 0.06541484458723175, 0.004090225247967837, 0.00015002790439076308, 1.1193769787539659e-07,
        0.06608028671897766, 0.0013834941974095883, 0.008799511094881144, 0.0013352344884410264, 0.12215392298408283,
        0.03071492024247846, 0.07032728053774773};

    @Test
    void matchesScipyOnLongRandomVectors() {
        // scipy normalises its inputs; these sum to 1 within 1e-15, hence the 1e-13 tolerance
        assertRel(3.4978421620913465, Divergences.entropy(LONG_P), 1e-13);   // entropy(p)
        assertRel(2.2314016923665383, Divergences.kl(LONG_P, LONG_Q), 1e-13); // entropy(p, q)
        assertRel(0.5707541165504485, Divergences.jensenShannonDistance(LONG_P, LONG_Q), 1e-13); // jensenshannon(p, q)
    }

    @Test
    void klIsCrossEntropyMinusEntropy() {
        assertRel(Divergences.crossEntropy(LONG_P, LONG_Q) - Divergences.entropy(LONG_P),
                Divergences.kl(LONG_P, LONG_Q), 1e-14);
        for (Object[] c : CASES) {
            double[] p = (double[]) c[0];
            double[] q = (double[]) c[1];
            double ce = Divergences.crossEntropy(p, q);
            if (Double.isFinite(ce)) {
                assertEquals(Divergences.kl(p, q), ce - Divergences.entropy(p), 1e-15);
                assertEquals(Divergences.kl(p, q, 3), Divergences.crossEntropy(p, q, 3) - Divergences.entropy(p, 3),
                        1e-15);
            } else {
                assertEquals(Double.POSITIVE_INFINITY, Divergences.kl(p, q));
            }
        }
    }

    @Test
    void simpleClosedForms() {
        double[] p = {0.1, 0.2, 0.3, 0.4};
        double[] q = {0.4, 0.3, 0.2, 0.1};
        assertRel(0.4, Divergences.totalVariation(p, q), TOL); // (0.3 + 0.1 + 0.1 + 0.3) / 2
        // 1 - sum sqrt(p q) = 1 - 2 (sqrt(.04) + sqrt(.06)) = 0.1101020514433644 (exact arithmetic)
        assertRel(Math.sqrt(1 - 2 * (0.2 + Math.sqrt(0.06))), Divergences.hellinger(p, q), 1e-14);
        double[] a = {1, 0};
        double[] b = {0, 1};
        assertEquals(1, Divergences.totalVariation(a, b));
        assertEquals(1, Divergences.hellinger(a, b));
        assertRel(LN2, Divergences.jensenShannon(a, b), TOL);
        assertRel(1, Divergences.jensenShannon(a, b, 2), TOL);
        assertEquals(0, Divergences.entropy(a));
        assertEquals(Double.POSITIVE_INFINITY, Divergences.crossEntropy(a, b));
        assertRel(Math.log(7), Divergences.entropy(new double[] {1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0,
            1 / 7.0, 1 / 7.0}), TOL);
        assertEquals(0, Divergences.kl(new double[] {1}, new double[] {1}));
    }

    @Test
    void wassersteinMatchesScipy() {
        double[] u = {-0.684, -0.721, 1.121, -0.055, -0.082, 0.936, 1.239, 1.273, 0.406};
        double[] v = {0.399, 1.079, 0.859, 3.295, 1.084, 1.777, 0.444, 3.242, -3.606, 1.261, 2.011, -1.818, 4.801};
        double[] uw = {1.52, 1.77, 0.95, 0.87, 0.29, 0.85, 1.53, 0.83, 1.24};
        double[] vw = {0.09, 0.44, 0.41, 1.96, 0.09, 0.43, 0.06, 1.28, 1.31, 0.69, 0.07, 0.87, 0.34};
        assertRel(1.3749487179487179, Divergences.wasserstein1(u, v), 1e-14);          // wasserstein_distance(u, v)
        assertRel(1.9686702086016619, Divergences.wasserstein1(u, v, uw, vw), 1e-14);  // wasserstein_distance(u, v, uw, vw)
        assertRel(0.9, Divergences.wasserstein1(new double[] {0, 0, 1, 1, 1}, new double[] {1, 2}), 1e-15);
        double[] s = {0, 1, 2.5, 4};
        // wasserstein_distance(s, s, [.1,.2,.3,.4], [.4,.3,.2,.1]) = 1.35
        assertRel(1.35, Divergences.wasserstein1(s, new double[] {0.1, 0.2, 0.3, 0.4},
                new double[] {0.4, 0.3, 0.2, 0.1}), 1e-14);
        assertRel(1.35, Divergences.wasserstein1(s, s, new double[] {0.1, 0.2, 0.3, 0.4},
                new double[] {0.4, 0.3, 0.2, 0.1}), 1e-14);
        // unit weights = unweighted
        assertRel(Divergences.wasserstein1(u, v), Divergences.wasserstein1(u, v, ones(u.length), ones(v.length)),
                1e-14);
        assertEquals(0, Divergences.wasserstein1(new double[] {3}, new double[] {3}));
        assertEquals(2.5, Divergences.wasserstein1(new double[] {3}, new double[] {0.5}));
    }

    @Test
    void breastCancerMeanRadiusMatchesScipyAndNumpy() {
        Dataset d = Datasets.breastCancer();
        double[][] split = byClass(d, 0);
        double[] malignant = split[0];
        double[] benign = split[1];
        assertEquals(212, malignant.length);
        assertEquals(357, benign.length);
        // scipy.stats.wasserstein_distance(malignant, benign), feature 0 of breast_cancer.csv
        assertRel(5.316306379155436, Divergences.wasserstein1(malignant, benign), 1e-13);
        // np.histogram(x, np.linspace(min, max, 21)) for both classes
        Histogram hm = Histogram.spanning(20, malignant, benign).addAll(malignant);
        Histogram hb = hm.emptyCopy().addAll(benign);
        assertArrayEquals(new long[] {0, 0, 0, 2, 4, 11, 20, 26, 27, 21, 21, 28, 27, 11, 2, 5, 2, 2, 0, 3}, hm.counts());
        assertArrayEquals(new long[] {4, 15, 31, 46, 89, 81, 51, 32, 5, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, hb.counts());
        double[] pm = hm.probabilities(1);
        double[] pb = hb.probabilities(1);
        // scipy.stats.entropy on (c + 1) / (n + 20)
        assertRel(1.8156794393584574, Divergences.kl(pm, pb), 1e-14);
        assertRel(1.4467309097023635, Divergences.kl(pb, pm), 1e-14);
        assertRel(0.5596546144096276, Divergences.jensenShannonDistance(pm, pb), 1e-14);
        double[] qm = hm.probabilities();
        double[] qb = hb.probabilities();
        assertEquals(Double.POSITIVE_INFINITY, Divergences.kl(qm, qb)); // scipy: inf
        assertRel(0.6185881365230219, Divergences.jensenShannonDistance(qm, qb), 1e-14);
        assertRel(0.7134268801860367, Divergences.totalVariation(qm, qb), 1e-14);  // 0.5 * np.abs(qm - qb).sum()
        assertRel(0.6961763284619851, Divergences.hellinger(qm, qb), 1e-14);       // sqrt(0.5 * sum((sqrt qm - sqrt qb)^2))
    }

    static double[][] byClass(Dataset d, int feature) {
        double[] col = d.column(feature);
        int[] y = d.labels();
        int n0 = 0;
        for (int label : y) {
            n0 += label == 0 ? 1 : 0;
        }
        double[] a = new double[n0];
        double[] b = new double[y.length - n0];
        int i0 = 0;
        int i1 = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 0) {
                a[i0++] = col[i];
            } else {
                b[i1++] = col[i];
            }
        }
        return new double[][] {a, b};
    }

    // ---------------------------------------------------------------- properties

    private static double[] randomDistribution(long seed, int k, boolean zeros) {
        RandomGenerator rng = Randomness.seeded(seed);
        double[] p = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            p[i] = zeros && rng.nextInt(4) == 0 ? 0 : -Math.log(1 - rng.nextDouble());
            s += p[i];
        }
        if (s == 0) {
            p[0] = 1;
            s = 1;
        }
        for (int i = 0; i < k; i++) {
            p[i] /= s;
        }
        return p;
    }

    @Test
    void klIsNonNegativeAndZeroOnlyForEqualDistributions() {
        qt().withExamples(300).forAll(longs().all(), longs().all(), integers().between(1, 40))
                .checkAssert((s1, s2, k) -> {
                    double[] p = randomDistribution(s1, k, true);
                    double[] q = randomDistribution(s2, k, false);
                    double kl = Divergences.kl(p, q);
                    assertTrue(kl >= 0, "kl " + kl);
                    assertEquals(0, Divergences.kl(p, p));
                    assertEquals(0, Divergences.kl(q, q));
                    if (Divergences.totalVariation(p, q) > 1e-6) {
                        assertTrue(kl > 0);
                    }
                    assertTrue(Divergences.crossEntropy(p, q) >= Divergences.entropy(p) - 1e-12);
                });
    }

    @Test
    void boundedDistancesStayInRange() {
        qt().withExamples(300).forAll(longs().all(), longs().all(), integers().between(1, 40))
                .checkAssert((s1, s2, k) -> {
                    double[] p = randomDistribution(s1, k, true);
                    double[] q = randomDistribution(s2, k, true);
                    double tv = Divergences.totalVariation(p, q);
                    double h = Divergences.hellinger(p, q);
                    double js = Divergences.jensenShannon(p, q);
                    assertTrue(tv >= 0 && tv <= 1, "tv " + tv);
                    assertTrue(h >= 0 && h <= 1, "hellinger " + h);
                    assertTrue(js >= 0 && js <= LN2 + 1e-15, "js " + js);
                    assertEquals(js, Divergences.jensenShannon(q, p), 1e-15);
                    assertEquals(tv, Divergences.totalVariation(q, p), 0.0);
                    assertEquals(h, Divergences.hellinger(q, p), 0.0);
                    assertEquals(0, Divergences.totalVariation(p, p));
                    assertEquals(0, Divergences.hellinger(p, p));
                    assertEquals(0, Divergences.jensenShannon(p, p));
                    // classical inequalities: H^2 <= TV <= sqrt(2) H ; JS <= TV ln 2
                    assertTrue(h * h <= tv + 1e-12 && tv <= Math.sqrt(2) * h + 1e-12);
                    assertTrue(js <= tv * LN2 + 1e-12);
                    double ent = Divergences.entropy(p);
                    assertTrue(ent >= 0 && ent <= Math.log(k) + 1e-12);
                });
    }

    private static double[] toArray(List<Double> xs) {
        double[] a = new double[xs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xs.get(i);
        }
        return a;
    }

    @Test
    void wassersteinIsAMetricOnSamplesAndShiftsByC() {
        qt().withExamples(200)
                .forAll(lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 40),
                        lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 40),
                        lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 40),
                        doubles().between(-50, 50))
                .checkAssert((lu, lv, lw, c) -> {
                    double[] u = toArray(lu);
                    double[] v = toArray(lv);
                    double[] w = toArray(lw);
                    double uv = Divergences.wasserstein1(u, v);
                    assertTrue(uv >= 0);
                    assertEquals(uv, Divergences.wasserstein1(v, u), 1e-12 * (1 + uv));
                    assertEquals(0, Divergences.wasserstein1(u, u));
                    double uw = Divergences.wasserstein1(u, w);
                    double wv = Divergences.wasserstein1(w, v);
                    assertTrue(uv <= uw + wv + 1e-9, uv + " > " + uw + " + " + wv);
                    double[] shifted = new double[u.length];
                    for (int i = 0; i < u.length; i++) {
                        shifted[i] = u[i] + c;
                    }
                    assertEquals(Math.abs(c), Divergences.wasserstein1(u, shifted), 1e-9);
                    double[] rev = new double[u.length];
                    for (int i = 0; i < u.length; i++) {
                        rev[i] = u[u.length - 1 - i];
                    }
                    assertEquals(uv, Divergences.wasserstein1(rev, v), 1e-12 * (1 + uv)); // order does not matter
                    double[] doubled = new double[2 * u.length];
                    for (int i = 0; i < u.length; i++) {
                        doubled[2 * i] = u[i];
                        doubled[2 * i + 1] = u[i];
                    }
                    assertEquals(0, Divergences.wasserstein1(u, doubled), 1e-9); // same empirical distribution
                });
    }

    @Test
    void weightedWassersteinWithUnitWeightsEqualsUnweighted() {
        qt().withExamples(200)
                .forAll(lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 60),
                        lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 60))
                .checkAssert((lu, lv) -> {
                    double[] u = toArray(lu);
                    double[] v = toArray(lv);
                    double plain = Divergences.wasserstein1(u, v);
                    assertEquals(plain, Divergences.wasserstein1(u, v, ones(u.length), ones(v.length)),
                            1e-12 * (1 + plain));
                    // doubling every weight changes nothing; duplicating a value = doubling its weight
                    double[] twos = ones(u.length);
                    java.util.Arrays.fill(twos, 2);
                    assertEquals(plain, Divergences.wasserstein1(u, v, twos, ones(v.length)), 1e-12 * (1 + plain));
                });
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badInputIsRejectedWithClearMessages() {
        double[] p = {0.5, 0.5};
        assertMessage("p has length 2 but q has length 3", () -> Divergences.kl(p, new double[] {0.2, 0.3, 0.5}));
        assertMessage("q[2] must be in [0, 1], was -0.1", () -> Divergences.kl(new double[] {0.5, 0.5, 0},
                new double[] {0.6, 0.5, -0.1}));
        assertMessage("q[0] must be in [0, 1], was 1.1", () -> Divergences.totalVariation(p, new double[] {1.1, 0}));
        assertMessage("p[0] must be in [0, 1], was NaN", () -> Divergences.entropy(new double[] {Double.NaN, 1}));
        assertMessage("p must sum to 1 within 1.0E-9, summed to 0.9", () -> Divergences.entropy(new double[] {0.4,
            0.5}));
        assertMessage("q must sum to 1 within", () -> Divergences.hellinger(p, new double[] {0.5, 0.6}));
        assertMessage("p must not be empty", () -> Divergences.entropy(new double[0]));
        assertMessage("base must be > 0, finite and != 1, was 1.0", () -> Divergences.entropy(p, 1));
        assertMessage("base must be > 0, finite and != 1, was -2.0", () -> Divergences.kl(p, p, -2));
        assertMessage("u must not be empty", () -> Divergences.wasserstein1(new double[0], new double[] {1}));
        assertMessage("v[1] must be finite, was NaN", () -> Divergences.wasserstein1(new double[] {1},
                new double[] {1, Double.NaN}));
        assertMessage("uWeights has length 1 but u has length 2", () -> Divergences.wasserstein1(new double[] {1, 2},
                new double[] {1}, new double[] {1}, new double[] {1}));
        assertMessage("vWeights[0] must be >= 0 and finite, was -1.0", () -> Divergences.wasserstein1(
                new double[] {1}, new double[] {1}, new double[] {1}, new double[] {-1}));
        assertMessage("uWeights must have a positive finite sum, was 0.0", () -> Divergences.wasserstein1(
                new double[] {1}, new double[] {1}, new double[] {0}, new double[] {1}));
        assertMessage("support must be strictly increasing", () -> Divergences.wasserstein1(new double[] {0, 0},
                p, p));
        assertMessage("support has length 3 but p has length 2", () -> Divergences.wasserstein1(
                new double[] {0, 1, 2}, p, p));
        assertThrows(NullPointerException.class, () -> Divergences.kl(null, p));
        assertThrows(NullPointerException.class, () -> Divergences.kl(p, null));
        double[] copy = LONG_P.clone();
        Divergences.kl(LONG_P, LONG_Q);
        assertArrayEquals(copy, LONG_P, 0.0); // inputs not modified
        double[] u = {3, 1, 2};
        Divergences.wasserstein1(u, new double[] {0});
        assertArrayEquals(new double[] {3, 1, 2}, u, 0.0);
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
    }
}
