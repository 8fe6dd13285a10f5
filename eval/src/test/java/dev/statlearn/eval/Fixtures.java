package dev.statlearn.eval;

import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.data.Datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared test data, built exactly as in {@code tools/reference/eval_metrics.py}. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Breast cancer, positive = malignant (label 0 in the file). */
    public static int[] cancerActual() {
        Dataset d = Datasets.breastCancer();
        int[] y = new int[d.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = d.label(i) == 0 ? 1 : 0;
        }
        return y;
    }

    /** Breast cancer score: the feature 'worst radius' (column 20). */
    public static double[] cancerScore() {
        return Datasets.breastCancer().column(20);
    }

    /** Digits, positive = digit 0. */
    public static int[] digitsActual() {
        Dataset d = Datasets.digits();
        int[] y = new int[d.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = d.label(i) == 0 ? 1 : 0;
        }
        return y;
    }

    /** Integer-valued digits score (many ties): ring pixels minus twice the centre pixels. */
    public static double[] digitsScore() {
        Dataset d = Datasets.digits();
        int[] ring = {10, 13, 17, 22, 41, 46, 50, 53};
        int[] centre = {27, 28, 35, 36};
        double[] s = new double[d.size()];
        for (int i = 0; i < s.length; i++) {
            double r = 0;
            for (int j : ring) {
                r += d.value(i, j);
            }
            double c = 0;
            for (int j : centre) {
                c += d.value(i, j);
            }
            s[i] = r - 2 * c;
        }
        return s;
    }

    /** Digits labels 0..9. */
    public static int[] digitsLabels() {
        return Datasets.digits().labels();
    }

    /**
     * Digits multiclass scores as {@code digits_multiclass_scores()} in eval_metrics.py:
     * \( p_{ic} = x_i \cdot T_c / \sum_{c'} x_i \cdot T_{c'} \), \( T_c \) the sum of the rows of class c
     * (integer sums, exact).
     */
    public static double[][] digitsMulticlassScores() {
        double[][] p = DigitsScores.SCORES;
        double[][] out = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i].clone();
        }
        return out;
    }

    /** Computed once per JVM (holder idiom). */
    private static final class DigitsScores {
        static final double[][] SCORES = computeDigitsMulticlassScores();
    }

    private static double[][] computeDigitsMulticlassScores() {
        Dataset d = Datasets.digits();
        int n = d.size();
        double[][] t = new double[10][64];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 64; j++) {
                t[d.label(i)][j] += d.value(i, j);
            }
        }
        double[][] p = new double[n][10];
        for (int i = 0; i < n; i++) {
            double rowSum = 0;
            for (int c = 0; c < 10; c++) {
                double dot = 0;
                for (int j = 0; j < 64; j++) {
                    dot += d.value(i, j) * t[c][j]; // integers: exact
                }
                p[i][c] = dot;
                rowSum += dot;
            }
            for (int c = 0; c < 10; c++) {
                p[i][c] /= rowSum;
            }
        }
        return p;
    }

    /** Predictions {@code score > threshold ? 1 : 0}. */
    public static int[] threshold(double[] score, double threshold) {
        int[] p = new int[score.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = score[i] > threshold ? 1 : 0;
        }
        return p;
    }

    /** Relative tolerance 1e-13 (about 450 ulp of 1), or absolute 1e-15 near 0. */
    public static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN, was " + actual);
            return;
        }
        double err = Math.abs(expected - actual);
        assertTrue(err <= 1e-13 * Math.abs(expected) || err <= 1e-15,
                what + ": expected " + expected + " but was " + actual);
    }

    /** Element-wise {@link #assertClose(double, double, String)}. */
    public static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], what + "[" + i + "]");
        }
    }
}
