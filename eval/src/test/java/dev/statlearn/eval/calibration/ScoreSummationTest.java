package dev.statlearn.eval.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The scores sum their terms with Neumaier compensation: with one large term and many terms below
 * half its ulp (which plain summation drops one by one), the score is the correctly rounded sum of
 * the terms divided by {@code n}. Also: every entry point checks that the lengths agree.
 */
class ScoreSummationTest {

    /** Number of small terms: together they are worth a few ulps of the large one. */
    private static final int SMALL = 16;

    /** The correctly rounded sum of the terms, divided by their count. */
    private static double exactMean(double... terms) {
        BigDecimal s = BigDecimal.ZERO;
        for (double t : terms) {
            s = s.add(new BigDecimal(t));
        }
        return s.doubleValue() / terms.length;
    }

    private static double naiveMean(double... terms) {
        double s = 0;
        for (double t : terms) {
            s += t;
        }
        return s / terms.length;
    }

    @Test
    void binaryBrierKeepsTermsBelowHalfAnUlp() {
        // first sample: actual 0, p = 1, term 1; then actual 1, p = 1 - 2^-27, term 2^-54 (exact)
        int[] actual = new int[SMALL + 1];
        double[] p = new double[SMALL + 1];
        double[] terms = new double[SMALL + 1];
        p[0] = 1;
        terms[0] = 1;
        for (int i = 1; i <= SMALL; i++) {
            actual[i] = 1;
            p[i] = 1 - 0x1p-27;
            terms[i] = 0x1p-54;
        }
        double expected = exactMean(terms);
        assertNotEquals(naiveMean(terms), expected, "fixture: plain summation must lose the small terms");
        assertEquals((1 + SMALL * 0x1p-54) / (SMALL + 1), expected, 0.0);
        assertEquals(expected, ProbabilityScores.brierScore(actual, p), 0.0);
    }

    @Test
    void multiclassBrierKeepsTermsBelowHalfAnUlp() {
        // first row: label 1, row {1, 0}: terms 1 and 1; then label 1, row {2^-27, 1 - 2^-27}:
        // terms 2^-54 and 2^-54
        int[] actual = new int[SMALL + 1];
        double[][] rows = new double[SMALL + 1][];
        double[] terms = new double[2 * (SMALL + 1)];
        actual[0] = 1;
        rows[0] = new double[] {1, 0};
        terms[0] = 1;
        terms[1] = 1;
        for (int i = 1; i <= SMALL; i++) {
            actual[i] = 1;
            rows[i] = new double[] {0x1p-27, 1 - 0x1p-27};
            terms[2 * i] = 0x1p-54;
            terms[2 * i + 1] = 0x1p-54;
        }
        // the score divides by the number of samples, not of terms
        double expectedSum = exactMean(terms) * terms.length;
        assertEquals(2 + 2 * SMALL * 0x1p-54, expectedSum, 0.0);
        assertNotEquals(naiveMean(terms) * terms.length, expectedSum, "fixture");
        assertEquals(expectedSum / (SMALL + 1), ProbabilityScores.brierScore(actual, rows), 0.0);
    }

    @Test
    void binaryLogLossKeepsTermsBelowHalfAnUlp() {
        // first sample: actual 1, p = 2^-10, term 10 ln 2; then actual 1, p = 1 - 2^-53, term
        // -log(1 - 2^-53), about 2^-53, an eighth of an ulp of 10 ln 2
        int[] actual = new int[SMALL + 1];
        double[] p = new double[SMALL + 1];
        double[] terms = new double[SMALL + 1];
        for (int i = 0; i <= SMALL; i++) {
            actual[i] = 1;
            p[i] = i == 0 ? 0x1p-10 : 1 - 0x1p-53;
            terms[i] = -Math.log(p[i]);
        }
        double expected = exactMean(terms);
        assertNotEquals(naiveMean(terms), expected, "fixture");
        assertEquals(expected, ProbabilityScores.logLoss(actual, p), 0.0);
        // the same terms through the label-0 branch: log1p(-p) with p = 2^-10 and 1 - 2^-53
        int[] flipped = new int[SMALL + 1];
        double[] q = new double[SMALL + 1];
        for (int i = 0; i <= SMALL; i++) {
            q[i] = 1 - p[i];
        }
        double[] flippedTerms = new double[SMALL + 1];
        for (int i = 0; i <= SMALL; i++) {
            flippedTerms[i] = -Math.log1p(-q[i]);
        }
        assertEquals(exactMean(flippedTerms), ProbabilityScores.logLoss(flipped, q), 0.0);
    }

    @Test
    void multiclassLogLossKeepsTermsBelowHalfAnUlp() {
        int[] actual = new int[SMALL + 1];
        double[][] rows = new double[SMALL + 1][];
        double[] terms = new double[SMALL + 1];
        for (int i = 0; i <= SMALL; i++) {
            double pActual = i == 0 ? 0x1p-10 : 1 - 0x1p-53;
            actual[i] = i % 3;
            rows[i] = new double[3];
            rows[i][i % 3] = pActual;
            rows[i][(i + 1) % 3] = 1 - pActual;
            terms[i] = -Math.log(pActual);
        }
        double expected = exactMean(terms);
        assertNotEquals(naiveMean(terms), expected, "fixture");
        assertEquals(expected, ProbabilityScores.logLoss(actual, rows), 0.0);
    }

    @Test
    void lengthsMustAgree() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProbabilityScores.brierScore(new int[] {0, 1}, new double[] {0.5, 0.5, 0.5}));
        assertTrue(e.getMessage().contains("actual has length 2 but p has length 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ProbabilityScores.logLoss(new int[] {0, 1, 1}, new double[] {0.5, 0.5}));
        assertTrue(e.getMessage().contains("actual has length 3 but p has length 2"), e.getMessage());
        double[][] rows = {{0.5, 0.5}, {0.5, 0.5}};
        e = assertThrows(IllegalArgumentException.class, () -> ProbabilityScores.brierScore(new int[] {0}, rows));
        assertTrue(e.getMessage().contains("actual has length 1 but probabilities has length 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ProbabilityScores.logLoss(new int[] {0, 1, 0}, rows));
        assertTrue(e.getMessage().contains("actual has length 3 but probabilities has length 2"), e.getMessage());
    }

    @Test
    void multiclassBrierChecksItsRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProbabilityScores.brierScore(new int[] {0}, new double[][] {{0.5, 0.6}}));
        assertTrue(e.getMessage().contains("probabilities[0]"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ProbabilityScores.brierScore(new int[] {2}, new double[][] {{0.5, 0.5}}));
        assertThrows(NullPointerException.class, () -> ProbabilityScores.brierScore(null, new double[][] {{1}}));
    }
}
