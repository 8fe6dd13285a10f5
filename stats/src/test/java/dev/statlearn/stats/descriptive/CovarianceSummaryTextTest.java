package dev.statlearn.stats.descriptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.stats.distribution.MultivariateNormal;
import org.junit.jupiter.api.Test;

/**
 * The documented summaries: {@link CovarianceMatrix#toString()} prints the table from two
 * observations on and up to 12 dimensions; {@link MultivariateNormal#toString()} prints its mean
 * and covariance (the first 10 rows, then an ellipsis).
 */
class CovarianceSummaryTextTest {

    private static double[][] rows(int n, int d) {
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (i + 1) * (j + 1) + (i * i) % 3;
            }
        }
        return x;
    }

    @Test
    void covarianceTableFromTwoObservationsAndUpToTwelveDimensions() {
        assertEquals("CovarianceMatrix(d=2, n=1)", CovarianceMatrix.of(rows(1, 2)).toString());
        assertEquals("CovarianceMatrix(d=2, n=0)", CovarianceMatrix.create(2).toString());
        // x0 = 1, 2 and x1 = 2, 4: variances 0.5 and 2, covariance 1
        String two = CovarianceMatrix.of(new double[][] {{1, 2}, {2, 4}}).toString();
        String[] lines = two.split("\n");
        assertEquals("CovarianceMatrix(d=2, n=2)", lines[0]);
        assertEquals(4, lines.length, two);
        assertTrue(lines[1].contains("x0") && lines[1].contains("x1"), two);
        assertTrue(lines[2].trim().matches("x0\\s+0\\.5\\s+1"), two);
        assertTrue(lines[3].trim().matches("x1\\s+1\\s+2"), two);
        String twelve = CovarianceMatrix.of(rows(3, 12)).toString();
        assertEquals(14, twelve.split("\n").length);
        assertTrue(twelve.split("\n")[1].contains("x11"));
        assertEquals("CovarianceMatrix(d=13, n=3)", CovarianceMatrix.of(rows(3, 13)).toString());
    }

    @Test
    void multivariateNormalPrintsMeanAndCovariance() {
        MultivariateNormal mvn = MultivariateNormal.of(new double[] {0, 1}, new double[][] {{1, 0.5}, {0.5, 2}});
        assertEquals("MultivariateNormal(mean=[0, 1], covariance=[[1, 0.5], [0.5, 2]])", mvn.toString());
        // ten rows are all printed; of eleven, the first ten and an ellipsis (long rows are
        // shortened by Format.list, "… (11 values)")
        String ten = MultivariateNormal.standard(10).toString();
        assertTrue(ten.endsWith("]])"), ten);
        assertEquals(10, ten.split("], \\[").length, ten);
        String eleven = MultivariateNormal.standard(11).toString();
        assertTrue(eleven.endsWith("(11 values)], …])"), eleven);
        assertEquals(10, eleven.split("], \\[").length, eleven);
        assertTrue(eleven.startsWith("MultivariateNormal(mean=[0, 0, 0, 0, 0, 0, 0, 0, … (11 values)], covariance=[[1, 0"),
                eleven);
    }
}
