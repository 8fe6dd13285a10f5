package dev.statlearn.eval.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.eval.monitor.FeatureDrift.Verdict;
import dev.statlearn.eval.testing.ReferenceTable;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Against SciPy 1.10.1 / numpy 1.24.2 (tools/reference/eval_protocols.py, "drift" lines). */
class DriftReportTest {

    private static final ReferenceTable REF = ReferenceTable.load(DriftReportTest.class,
            "/dev/statlearn/eval/resample/eval_protocols.txt");

    static void assertRel(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.abs(expected) + 1e-300, what);
    }

    static void assertMatches(double[] e, FeatureDrift f, String what) {
        // bin counts are exact; the measures are short sums of logs: 1e-12 relative
        assertRel(e[0], f.psi(), 1e-12, what + " psi");
        assertRel(e[1], f.kl(), 1e-12, what + " kl");
        assertRel(e[2], f.jensenShannon(), 1e-11, what + " js");
        assertRel(e[3], f.totalVariation(), 1e-12, what + " tv");
        assertRel(e[4], f.wasserstein1(), 1e-12, what + " w1");
        assertRel(e[5], f.ksStatistic(), 1e-14, what + " ks");
        assertRel(e[6], f.ksPValue(), 1e-9, what + " ks p");
    }

    @Test
    void halvesOfBreastCancerMatchScipy() {
        Dataset data = Datasets.breastCancer();
        Dataset first = data.select(IntStream.range(0, 284).toArray());
        Dataset second = data.select(IntStream.range(284, 569).toArray());
        DriftReport report = DriftReport.of(first, second);
        assertEquals(30, report.features().size());
        for (int j = 0; j < 30; j++) {
            FeatureDrift f = report.features().get(j);
            assertEquals(data.featureNames().get(j), f.feature());
            assertEquals(284, f.referenceSize());
            assertEquals(285, f.currentSize());
            assertMatches(REF.doubles("drift.breast." + j), f, "column " + j);
        }
        assertTrue(report.toString().contains("stable"), report.toString());
    }

    @Test
    void shiftedNormalMatchesScipyAndIsFlagged() {
        double[] a = REF.doubles("drift.normal.a");
        double[] b = REF.doubles("drift.normal.b");
        FeatureDrift f = DriftReport.of(a, b).features().get(0);
        assertMatches(REF.doubles("drift.normal"), f, "normal");
        // PSI 0.33 >= 0.25: drift
        assertEquals(Verdict.DRIFT, f.verdict());
    }

    @Test
    void verdictRule() {
        double[] a = REF.doubles("drift.normal.a");
        // identical samples: every measure 0, p-value 1
        FeatureDrift same = DriftReport.of(a, a.clone()).features().get(0);
        assertEquals(0.0, same.psi(), 1e-15);
        assertEquals(0.0, same.ksStatistic());
        assertEquals(1.0, same.ksPValue());
        assertEquals(Verdict.STABLE, same.verdict());
        // constant samples
        FeatureDrift constant = DriftReport.of(new double[] {2, 2, 2}, new double[] {2, 2}).features().get(0);
        assertEquals(0.0, constant.psi());
        assertEquals(0.0, constant.wasserstein1());
        assertEquals(Verdict.STABLE, constant.verdict());
        // disjoint samples: TV 1, JS ln 2
        FeatureDrift apart = DriftReport.of(new double[] {0, 0.1, 0.2}, new double[] {5, 5.1, 5.2}).features().get(0);
        assertEquals(1.0, apart.totalVariation(), 1e-15);
        assertEquals(Math.log(2), apart.jensenShannon(), 1e-15);
        assertEquals(Verdict.DRIFT, apart.verdict());
        // missing values are dropped
        FeatureDrift missing = DriftReport.of(new double[] {1, Double.NaN, 2}, new double[] {1, 2, Double.NaN, Double.NaN})
                .features().get(0);
        assertEquals(2, missing.referenceSize());
        assertEquals(2, missing.currentSize());
        // thresholds: with an impossible PSI band, a KS rejection alone only warns
        DriftReport.Settings lax = DriftReport.Settings.defaults().withPsiThresholds(10, 20);
        double[] b = REF.doubles("drift.normal.b");
        assertEquals(Verdict.WARNING, DriftReport.of(a, b, lax).features().get(0).verdict());
    }

    @Test
    void measuresStayInRange() {
        qt().withExamples(150).forAll(integers().between(1, 60), integers().between(1, 60), integers().between(1, 20), longs().all())
                .checkAssert((n, m, bins, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double[] a = r.doubles(n).toArray();
                    double[] b = r.doubles(m).map(v -> v * 2 - 0.5).toArray();
                    FeatureDrift f = DriftReport.of(a, b, DriftReport.Settings.defaults().withBins(bins)).features().get(0);
                    assertTrue(f.psi() >= 0 && f.kl() >= 0 && f.psi() >= f.kl() - 1e-15);
                    assertTrue(f.jensenShannon() >= 0 && f.jensenShannon() <= Math.log(2) + 1e-15);
                    assertTrue(f.totalVariation() >= 0 && f.totalVariation() <= 1);
                    assertTrue(f.ksStatistic() >= 0 && f.ksStatistic() <= 1);
                    assertTrue(f.wasserstein1() >= 0);
                });
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> DriftReport.of(new double[] {Double.NaN}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> DriftReport.of(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1}));
        assertThrows(NullPointerException.class, () -> DriftReport.of(null, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> DriftReport.Settings.defaults().withBins(0));
        assertThrows(IllegalArgumentException.class, () -> DriftReport.Settings.defaults().withPsiThresholds(0.3, 0.2));
        assertThrows(IllegalArgumentException.class, () -> DriftReport.Settings.defaults().withKsAlpha(1));
        assertThrows(IllegalArgumentException.class, () -> DriftReport.of(Datasets.iris(), Datasets.wine()));
        assertThrows(IllegalArgumentException.class, () -> DriftReport.of(Datasets.iris(), Datasets.iris()).feature("nope"));
    }
}
