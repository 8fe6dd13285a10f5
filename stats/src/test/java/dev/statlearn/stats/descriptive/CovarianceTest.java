package dev.statlearn.stats.descriptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Datasets;
import dev.statlearn.stats.distribution.Normal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CovarianceTest {

    /** tools/reference/descriptive.py: np.cov(iris[:, :4], rowvar=False), numpy 1.24.2. */
    private static final double[][] IRIS_COV = {
        {0.6856935123042505, -0.0424340044742729, 1.2743154362416103, 0.5162706935123044},
        {-0.0424340044742729, 0.1899794183445188, -0.3296563758389263, -0.12163937360178978},
        {1.2743154362416103, -0.3296563758389263, 3.116277852348994, 1.2956093959731538},
        {0.5162706935123044, -0.12163937360178978, 1.2956093959731538, 0.5810062639821029}};

    /** tools/reference/descriptive.py: np.corrcoef(iris[:, :4], rowvar=False), numpy 1.24.2. */
    private static final double[][] IRIS_CORR = {
        {1.0, -0.11756978413300205, 0.8717537758865829, 0.817941126271576},
        {-0.11756978413300205, 1.0, -0.42844010433054014, -0.36612593253643955},
        {0.8717537758865829, -0.4284401043305401, 1.0, 0.9628654314027958},
        {0.817941126271576, -0.3661259325364395, 0.9628654314027958, 1.0}};

    private static void assertMatrix(double[][] expected, double[][] actual, double rel) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                assertEquals(expected[i][j], actual[i][j], rel * Math.abs(expected[i][j]), "[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void irisMatchesNumpy() {
        double[][] x = Datasets.iris().features();
        CovarianceMatrix c = CovarianceMatrix.of(x);
        assertMatrix(IRIS_COV, c.covariance(), 1e-10);
        assertMatrix(IRIS_CORR, c.correlation(), 1e-10);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double[] a = new double[x.length];
                double[] b = new double[x.length];
                for (int r = 0; r < x.length; r++) {
                    a[r] = x[r][i];
                    b[r] = x[r][j];
                }
                Covariance pair = Covariance.of(a, b);
                assertEquals(IRIS_COV[i][j], pair.covariance(), 1e-10 * Math.abs(IRIS_COV[i][j]));
                assertEquals(IRIS_CORR[i][j], pair.correlation(), 1e-10 * Math.abs(IRIS_CORR[i][j]));
            }
        }
    }

    @Test
    void combineEqualsOnePass() {
        double[] x = Normal.standard().sample(Randomness.seeded(1), 1001);
        double[] y = new Normal(5, 2).sample(Randomness.seeded(2), 1001);
        for (int i = 0; i < x.length; i++) {
            y[i] += 0.5 * x[i];
        }
        Covariance whole = Covariance.of(x, y);
        Covariance a = Covariance.of(Arrays.copyOfRange(x, 0, 300), Arrays.copyOfRange(y, 0, 300));
        Covariance b = Covariance.of(Arrays.copyOfRange(x, 300, 1001), Arrays.copyOfRange(y, 300, 1001));
        a.combine(b);
        assertEquals(whole.covariance(), a.covariance(), 1e-12);
        assertEquals(whole.correlation(), a.correlation(), 1e-12);
        assertEquals(whole.meanY(), a.meanY(), 1e-12);

        double[][] rows = new double[1001][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {x[i], y[i], x[i] - y[i]};
        }
        CovarianceMatrix wm = CovarianceMatrix.of(rows);
        CovarianceMatrix am = CovarianceMatrix.of(Arrays.copyOfRange(rows, 0, 10));
        am.combine(CovarianceMatrix.of(Arrays.copyOfRange(rows, 10, 1001)));
        double[][] e = wm.covariance();
        double[][] g = am.covariance();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(e[i][j], g[i][j], 1e-12 * Math.max(1, Math.abs(e[i][j])));
            }
        }
        assertEquals(whole.covariance(), e[0][1], 1e-12);
    }

    @Test
    void combineEqualsOnePassProperty() {
        org.quicktheories.QuickTheory.qt().withExamples(150)
                .forAll(org.quicktheories.generators.SourceDSL.integers().between(2, 300),
                        org.quicktheories.generators.SourceDSL.integers().between(0, 300),
                        org.quicktheories.generators.SourceDSL.longs().all())
                .checkAssert((n, cutRaw, seed) -> {
                    double[][] rows = MultivariateNormalRows.draw(n, seed);
                    int cut = cutRaw % (n + 1);
                    CovarianceMatrix whole = CovarianceMatrix.of(rows);
                    CovarianceMatrix merged = CovarianceMatrix.create(3);
                    for (int i = 0; i < cut; i++) {
                        merged.accept(rows[i]);
                    }
                    CovarianceMatrix rest = CovarianceMatrix.create(3);
                    for (int i = cut; i < n; i++) {
                        rest.accept(rows[i]);
                    }
                    merged.combine(rest);
                    double[][] e = whole.covariance();
                    double[][] g = merged.covariance();
                    for (int i = 0; i < 3; i++) {
                        assertEquals(whole.mean()[i], merged.mean()[i], 1e-12 * Math.max(1, Math.abs(whole.mean()[i])));
                        for (int j = 0; j < 3; j++) {
                            assertEquals(e[i][j], g[i][j], 1e-10 * Math.max(1, Math.abs(e[i][j])));
                            assertEquals(e[i][j], e[j][i]);
                        }
                    }
                    Covariance pair = Covariance.create();
                    for (double[] r : rows) {
                        pair.accept(r[0], r[2]);
                    }
                    assertEquals(e[0][2], pair.covariance(), 1e-10 * Math.max(1, Math.abs(e[0][2])));
                });
    }

    /** Correlated test rows: x, 3x + noise, shifted by 1e4. */
    private static final class MultivariateNormalRows {
        static double[][] draw(int n, long seed) {
            double[] z = Normal.standard().sample(Randomness.seeded(seed), 3 * n);
            double[][] rows = new double[n][];
            for (int i = 0; i < n; i++) {
                rows[i] = new double[] {z[3 * i], 3 * z[3 * i] + z[3 * i + 1], 1e4 + z[3 * i + 2] - z[3 * i]};
            }
            return rows;
        }
    }

    @Test
    void edgeCases() {
        assertTrue(Double.isNaN(Covariance.create().covariance()));
        assertTrue(Double.isNaN(Covariance.of(new double[] {1, 2, 3}, new double[] {4, 4, 4}).correlation()));
        assertThrows(IllegalArgumentException.class, () -> Covariance.of(new double[] {1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Covariance.create().accept(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CovarianceMatrix.create(2).accept(new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> CovarianceMatrix.create(2).combine(CovarianceMatrix.create(3)));
        assertEquals(-1.0, Covariance.of(new double[] {1, 2, 3}, new double[] {3, 2, 1}).correlation(), 1e-15);
    }

    @Test
    void centralLimitTheoremSkewness() {
        // Exponential(1): sigma = 1, skewness 2. Means of n = 100: sd ~ 1/10, skewness ~ 2/sqrt(100) = 0.2.
        Moments means = SamplingDistribution.ofMean(new dev.statlearn.stats.distribution.Exponential(1), 100, 4000,
                Randomness.seeded(2024));
        assertEquals(4000, means.count());
        // the mean and variance of the simulated means are checked for unbiasedness in testkit's
        // SamplingDistributionUnbiasedTest (stats cannot depend on the testkit)
        assertTrue(means.skewness() > 0.05 && means.skewness() < 0.45, "skewness " + means.skewness());
    }

    // ---------------------------------------------------------------- scale safety

    @Test
    void extremeButFiniteDataGiveNumbersNotNaN() {
        double[] x = {1e200, -1e200, 0};
        Covariance self = Covariance.of(x, x);
        assertEquals(1.0, self.correlation());
        assertEquals(Double.POSITIVE_INFINITY, self.covariance()); // 1e400 overflows, honestly
        assertEquals(0.0, self.meanX());
        assertEquals(-1.0, Covariance.of(x, new double[] {-1e200, 1e200, 0}).correlation());

        double[] t = {1e-200, 0, -1e-200, 3e-200};
        double[] u = {2e-200, 1e-200, 0, -5e-200};
        Covariance tiny = Covariance.of(t, u);
        Covariance unit = Covariance.of(new double[] {1, 0, -1, 3}, new double[] {2, 1, 0, -5});
        assertEquals(unit.correlation(), tiny.correlation(), 1e-14);
        assertEquals(0.0, tiny.covariance(), 0.0); // 1e-400 underflows
        // one variable huge, the other tiny
        Covariance mixed = Covariance.of(new double[] {1e300, 0, -1e300, 3e300}, u);
        assertEquals(unit.correlation(), mixed.correlation(), 1e-14);
        assertEquals(unit.covariance() * 1e100, mixed.covariance(), 1e-14 * Math.abs(unit.covariance()) * 1e100);
    }

    @Test
    void scalingTheDataByPowersOfTwoScalesEveryResultExactly() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + rng.nextInt(50);
            int kx = rng.nextInt(-900, 901);
            int ky = rng.nextInt(-900, 901);
            double[] x = new double[n];
            double[] y = new double[n];
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextInt(-1_000_000, 1_000_001) / 1000.0;
                y[i] = rng.nextInt(-1_000_000, 1_000_001) / 1000.0;
                xs[i] = Math.scalb(x[i], kx);
                ys[i] = Math.scalb(y[i], ky);
            }
            Covariance a = Covariance.of(x, y);
            Covariance b = Covariance.of(xs, ys);
            assertEquals(Math.scalb(a.covariance(), kx + ky), b.covariance());
            assertEquals(a.correlation(), b.correlation());
            assertEquals(Math.scalb(a.meanX(), kx), b.meanX());
            assertEquals(Math.scalb(a.meanY(), ky), b.meanY());
        }
    }

    @Test
    void combiningPartsOnDifferentScalesMatchesOnePass() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(8);
        int n = 600;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = i < 200 ? 1e-200 : i < 400 ? 1 : 1e200;
            x[i] = s * rng.nextGaussian();
            y[i] = 0.5 * x[i] + s * rng.nextGaussian();
        }
        Covariance whole = Covariance.of(x, y);
        Covariance merged = Covariance.create();
        for (int from = 0; from < n; from += 200) {
            merged.combine(Covariance.of(Arrays.copyOfRange(x, from, from + 200), Arrays.copyOfRange(y, from, from + 200)));
        }
        assertEquals(whole.correlation(), merged.correlation(), 1e-13);
        assertTrue(Double.isFinite(whole.correlation()) && Math.abs(whole.correlation()) <= 1);
        assertEquals(whole.meanX(), merged.meanX(), 1e-14 * 1e200);
    }

    @Test
    void covarianceMatrixIsScaleSafeAndExactUnderPowerOfTwoScaling() {
        double[][] unit = {{1, 2, 5}, {0, 1, -1}, {-1, 0, 2}, {3, -5, 0.5}};
        double[][] extreme = new double[4][];
        double[][] pow2 = new double[4][];
        int[] k = {700, -800, 0};
        for (int i = 0; i < 4; i++) {
            extreme[i] = new double[] {unit[i][0] * 1e200, unit[i][1] * 1e-200, unit[i][2]};
            pow2[i] = new double[3];
            for (int j = 0; j < 3; j++) {
                pow2[i][j] = Math.scalb(unit[i][j], k[j]);
            }
        }
        CovarianceMatrix u = CovarianceMatrix.of(unit);
        CovarianceMatrix e = CovarianceMatrix.of(extreme);
        CovarianceMatrix p = CovarianceMatrix.of(pow2);
        double[][] ru = u.correlation();
        double[][] re = e.correlation();
        double[][] rp = p.correlation();
        double[][] cu = u.covariance();
        double[][] cp = p.covariance();
        for (int j = 0; j < 3; j++) {
            assertEquals(Math.scalb(u.mean()[j], k[j]), p.mean()[j]);
            for (int m = 0; m < 3; m++) {
                assertEquals(ru[j][m], re[j][m], 1e-14, j + "," + m);
                assertEquals(ru[j][m], rp[j][m], 0.0, j + "," + m);
                assertEquals(Math.scalb(cu[j][m], k[j] + k[m]), cp[j][m], 0.0, j + "," + m);
            }
        }
        // merged halves on different scales agree with one pass
        CovarianceMatrix merged = CovarianceMatrix.of(new double[][] {extreme[0], extreme[1]})
                .combine(CovarianceMatrix.of(new double[][] {extreme[2], extreme[3]}));
        double[][] rm = merged.correlation();
        for (int j = 0; j < 3; j++) {
            for (int m = 0; m < 3; m++) {
                assertEquals(re[j][m], rm[j][m], 1e-14, j + "," + m);
            }
        }
    }
}
