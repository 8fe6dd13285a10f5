package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cressie–Read power divergence against SciPy's power_divergence and mpmath. */
class PowerDivergenceTest {

    private static final Map<String, long[]> OBSERVED = Map.of(
            "dice", new long[] {16, 18, 16, 14, 12, 12},
            "skewed", new long[] {43, 52, 54, 40, 11},
            "sparse", new long[] {0, 3, 9, 1, 7});
    private static final Map<String, double[]> P = Map.of(
            "dice", new double[] {1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6},
            "skewed", new double[] {0.2, 0.25, 0.3, 0.15, 0.1},
            "sparse", new double[] {0.1, 0.2, 0.4, 0.1, 0.2});
    private static final Map<String, Integer> DDOF = Map.of("dice", 0, "skewed", 1, "sparse", 0);
    private static final Map<String, Double> LAMBDA = Map.of("PEARSON", PowerDivergence.PEARSON,
            "LOG_LIKELIHOOD", PowerDivergence.LOG_LIKELIHOOD, "FREEMAN_TUKEY", PowerDivergence.FREEMAN_TUKEY,
            "MOD_LOG_LIKELIHOOD", PowerDivergence.MOD_LOG_LIKELIHOOD, "NEYMAN", PowerDivergence.NEYMAN,
            "CRESSIE_READ", PowerDivergence.CRESSIE_READ, "3.5", 3.5, "-0.25", -0.25);

    // tools/reference/power_divergence.py: scipy 1.10.1
    // stats.power_divergence(f_obs, f_exp=n*p, ddof=ddof, lambda_=lam) -> statistic, pvalue
    private static final Object[][] SCIPY = {
        {"dice", "PEARSON", 2.0, 0.8491450360846096},  // power_divergence(..., lambda_=1.0)
        {"dice", "LOG_LIKELIHOOD", 2.006573162632538, 0.8482347677946377},  // power_divergence(..., lambda_=0.0)
        {"dice", "FREEMAN_TUKEY", 2.0144046363649295, 0.8471483112411323},  // power_divergence(..., lambda_=-0.5)
        {"dice", "MOD_LOG_LIKELIHOOD", 2.0252977047283807, 0.8456336611198514},  // power_divergence(..., lambda_=-1.0)
        {"dice", "NEYMAN", 2.056437389770709, 0.841282039266162},  // power_divergence(..., lambda_=-2.0)
        {"dice", "CRESSIE_READ", 2.000849125939149, 0.8490275307703783},  // power_divergence(..., lambda_=0.6666666666666666)
        {"dice", "3.5", 2.0367591719256453, 0.8440356857441166},  // power_divergence(..., lambda_=3.5)
        {"dice", "-0.25", 2.010108160809228, 0.8477446185098931},  // power_divergence(..., lambda_=-0.25)
        {"skewed", "PEARSON", 8.288333333333334, 0.04041383397601372},  // power_divergence(..., lambda_=1.0)
        {"skewed", "LOG_LIKELIHOOD", 8.781747152262682, 0.0323379241165328},  // power_divergence(..., lambda_=0.0)
        {"skewed", "FREEMAN_TUKEY", 9.140089190536123, 0.027485158393713526},  // power_divergence(..., lambda_=-0.5)
        {"skewed", "MOD_LOG_LIKELIHOOD", 9.588093320358908, 0.022412428617330424},  // power_divergence(..., lambda_=-1.0)
        {"skewed", "NEYMAN", 10.816528432807491, 0.012760494118877015},  // power_divergence(..., lambda_=-2.0)
        {"skewed", "CRESSIE_READ", 8.422997148160363, 0.038032594542783},  // power_divergence(..., lambda_=0.6666666666666666)
        {"skewed", "3.5", 8.028306378794401, 0.04543030624829154},  // power_divergence(..., lambda_=3.5)
        {"skewed", "-0.25", 8.950523955581264, 0.02995598155651523},  // power_divergence(..., lambda_=-0.25)
        {"sparse", "PEARSON", 5.125, 0.2747105023871283},  // power_divergence(..., lambda_=1.0)
        {"sparse", "LOG_LIKELIHOOD", 6.842328877080243, 0.1444587427478729},  // power_divergence(..., lambda_=0.0)
        {"sparse", "CRESSIE_READ", 5.4125380708738104, 0.24752509314969026},  // power_divergence(..., lambda_=0.6666666666666666)
        {"sparse", "3.5", 5.638696992599204, 0.22780423462166846},  // power_divergence(..., lambda_=3.5)
    };

    private static void assertRel(double expected, double actual, double rel, String what) {
        assertTrue(Math.abs(actual - expected) <= rel * Math.abs(expected),
                what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void matchesScipy() {
        for (Object[] row : SCIPY) {
            String data = (String) row[0];
            String lam = (String) row[1];
            TestResult r = PowerDivergence.goodnessOfFit(OBSERVED.get(data), P.get(data), LAMBDA.get(lam), DDOF.get(data));
            assertRel((double) row[2], r.statistic(), 1e-13, data + " " + lam + " statistic");
            assertRel((double) row[3], r.pValue(), 1e-12, data + " " + lam + " p-value");
        }
        // Pearson is ChiSquare's statistic
        TestResult chi = ChiSquare.goodnessOfFit(OBSERVED.get("skewed"), P.get("skewed"), 1);
        TestResult pearson = PowerDivergence.goodnessOfFit(OBSERVED.get("skewed"), P.get("skewed"), PowerDivergence.PEARSON, 1);
        assertRel(chi.statistic(), pearson.statistic(), 1e-14, "Pearson = ChiSquare");
        assertRel(chi.pValue(), pearson.pValue(), 1e-14, "Pearson = ChiSquare p");
        // the uniform overload
        // (1/6 is inexact in binary: the expected counts carry a few ulps)
        assertRel(2.0, PowerDivergence.goodnessOfFit(OBSERVED.get("dice"), 1).statistic(), 1e-14, "dice uniform");
    }

    @Test
    void emptyCells() {
        long[] o = OBSERVED.get("sparse");
        double[] p = P.get("sparse");
        // scipy 1.10.1: inf, p 0 at lambda = -1; NaN (0 * inf) at -2, -0.5, -0.25
        TestResult r = PowerDivergence.goodnessOfFit(o, p, PowerDivergence.MOD_LOG_LIKELIHOOD);
        assertEquals(Double.POSITIVE_INFINITY, r.statistic());
        assertEquals(0.0, r.pValue());
        r = PowerDivergence.goodnessOfFit(o, p, PowerDivergence.NEYMAN);
        assertEquals(Double.POSITIVE_INFINITY, r.statistic());
        assertEquals(0.0, r.pValue());
        // mpmath (mp.dps = 40), the empty cell contributing its limit 0:
        // lambda -0.5: statistic 10.759206608971191123, p-value (df 4) 0.029407739615854529726
        // lambda -0.25: statistic 8.1294825766928209671, p-value (df 4) 0.086948592109945537382
        r = PowerDivergence.goodnessOfFit(o, p, PowerDivergence.FREEMAN_TUKEY);
        assertRel(10.759206608971191123, r.statistic(), 1e-14, "FT statistic");
        assertRel(0.029407739615854529726, r.pValue(), 1e-13, "FT p");
        r = PowerDivergence.goodnessOfFit(o, p, -0.25);
        assertRel(8.1294825766928209671, r.statistic(), 1e-14, "-0.25 statistic");
        assertRel(0.086948592109945537382, r.pValue(), 1e-13, "-0.25 p");
    }

    @Test
    void nearMinusOneDoesNotCancel() {
        long[] o = OBSERVED.get("skewed");
        double[] p = P.get("skewed");
        // mpmath (mp.dps = 40) from the definition at the double lambda; scipy's direct sum
        // gives 9.588092803955078 and 9.588096618652344 (5e-8 and 3e-7 relative off)
        assertRel(9.5880933193638082552, PowerDivergence.goodnessOfFit(o, p, -0.999999999).statistic(), 1e-13, "-0.999999999");
        assertRel(9.5880933213539926087, PowerDivergence.goodnessOfFit(o, p, -1.000000001).statistic(), 1e-13, "-1.000000001");
        assertRel(9.5879938132303610065, PowerDivergence.goodnessOfFit(o, p, -0.9999).statistic(), 1e-13, "-0.9999");
        assertRel(0.047968261416638011479, PowerDivergence.goodnessOfFit(o, p, -0.999999999).pValue(), 1e-12, "p");
    }

    @Test
    void isADivergenceContinuousInLambda() {
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, 200)).ofSizeBetween(2, 12), doubles().between(-3, 4))
                .checkAssert((counts, lambda) -> {
                    long[] o = counts.stream().mapToLong(Integer::longValue).toArray();
                    if (counts.stream().mapToLong(Integer::longValue).sum() == 0) {
                        return;
                    }
                    double[] p = new double[o.length];
                    java.util.Arrays.fill(p, 1.0 / o.length);
                    TestResult r = PowerDivergence.goodnessOfFit(o, p, lambda);
                    assertTrue(r.statistic() >= 0, "T >= 0");
                    assertTrue(r.pValue() >= 0 && r.pValue() <= 1);
                    // equal counts: T = 0, p = 1
                    long[] flat = new long[o.length];
                    java.util.Arrays.fill(flat, 7);
                    assertEquals(0.0, PowerDivergence.goodnessOfFit(flat, p, lambda).statistic(), 1e-12);
                    // continuity at 0 and -1 (no empty cells so that T_{-1} is finite)
                    long[] pos = java.util.Arrays.stream(o).map(v -> v + 1).toArray();
                    double t0 = PowerDivergence.goodnessOfFit(pos, p, 0).statistic();
                    assertEquals(t0, PowerDivergence.goodnessOfFit(pos, p, 1e-9).statistic(), 1e-7 * (1 + t0));
                    double t1 = PowerDivergence.goodnessOfFit(pos, p, -1).statistic();
                    assertEquals(t1, PowerDivergence.goodnessOfFit(pos, p, -1 + 1e-9).statistic(), 1e-7 * (1 + t1));
                    assertEquals(t1, PowerDivergence.goodnessOfFit(pos, p, -1 - 1e-9).statistic(), 1e-7 * (1 + t1));
                });
    }

    @Test
    void badInput() {
        long[] o = {1, 2, 3};
        double[] p = {0.2, 0.3, 0.5};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PowerDivergence.goodnessOfFit(o, p, Double.NaN));
        assertEquals("lambda must be finite, was NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PowerDivergence.goodnessOfFit(new long[] {-1, 2}, 0));
        assertEquals("observed[0] must be >= 0, was -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PowerDivergence.goodnessOfFit(o, p, 0, 2));
        assertEquals("ddof must be in [0, 1], was 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PowerDivergence.goodnessOfFit(new long[] {0, 0}, 1));
        assertEquals("observed must not be all zero", e.getMessage());
        assertEquals("observed", assertThrows(NullPointerException.class,
                () -> PowerDivergence.goodnessOfFit(null, 1)).getMessage());
        assertEquals("expectedProbabilities", assertThrows(NullPointerException.class,
                () -> PowerDivergence.goodnessOfFit(o, null, 1)).getMessage());
    }
}
