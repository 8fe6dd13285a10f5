package dev.statlearn.plot.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/**
 * The small numeric rules behind the figures: the automatic bin count (reference values from its
 * documented rule, tools/reference/plot_auto_bins.py), the 1-2-5 axis steps at their thresholds,
 * the largest finite value, the headroom above it, the even-spacing test XChart applies, and
 * colours with another opacity.
 */
class HistogramRulesTest {

    @Test
    void autoBinsFollowsTheDocumentedRule() {
        // Sturges (2.08) is narrower than FD (4.18); the input is not sorted and stays unsorted
        double[] x = {5, 1, 4, 2, 3, 10, 7, 6, 9, 8};
        assertEquals(5, Histograms.autoBins(x));
        assertArrayEquals(new double[] {5, 1, 4, 2, 3, 10, 7, 6, 9, 8}, x, 0.0);
        double[] squares = new double[50];
        for (int i = 0; i < 50; i++) {
            squares[i] = i * i;
        }
        assertEquals(7, Histograms.autoBins(squares));
        // IQR 0: Sturges alone
        assertEquals(5, Histograms.autoBins(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 5}));
        assertEquals(2, Histograms.autoBins(new double[] {3, 7}));
        // FD (1.625) much narrower than Sturges (22.9) with an outlier
        assertEquals(61, Histograms.autoBins(new double[] {1, 2, 2, 3, 3, 3, 4, 4, 5, 100}));
        // capped at MAX_AUTO_BINS; one value or a constant sample is one bin
        double[] tail = new double[200];
        for (int i = 0; i < 199; i++) {
            tail[i] = i % 4;
        }
        tail[199] = 1e6;
        assertEquals(Histograms.MAX_AUTO_BINS, Histograms.autoBins(tail));
        assertEquals(1, Histograms.autoBins(new double[] {4}));
        assertEquals(1, Histograms.autoBins(new double[] {4, 4}));
    }

    @Test
    void stepsSwitchAtOneAndAHalfThreeAndAHalfAndSevenAndAHalf() {
        // a tenth of the range: 1.5 -> step 2, 3.5 -> 5, 7.5 -> 10; just below: 1, 2, 5
        assertArrayEquals(new double[] {0, 16, 2}, Charts.niceRange(0, 15), 1e-12);
        assertArrayEquals(new double[] {0, 15, 1}, Charts.niceRange(0, 14.9), 1e-12);
        assertArrayEquals(new double[] {0, 35, 5}, Charts.niceRange(0, 35), 1e-12);
        assertArrayEquals(new double[] {0, 36, 2}, Charts.niceRange(0, 34.9), 1e-12);
        assertArrayEquals(new double[] {0, 80, 10}, Charts.niceRange(0, 75), 1e-12);
        assertArrayEquals(new double[] {0, 75, 5}, Charts.niceRange(0, 74.9), 1e-12);
        // an empty range: a unit range around the value
        assertArrayEquals(new double[] {-3.5, -2.5, 0.5}, Charts.niceRange(-3, -3), 0.0);
    }

    @Test
    void finiteMaxIgnoresNonFiniteValuesAndIsAtLeastZero() {
        assertEquals(2.5, Charts.finiteMax(new double[] {Double.NaN, 1, Double.POSITIVE_INFINITY, 2.5}), 0.0);
        assertEquals(0.0, Charts.finiteMax(new double[] {-3, -1}), 0.0);
        assertEquals(0.0, Charts.finiteMax(new double[0]), 0.0);
    }

    @Test
    void headroomScalesTheTallestValue() {
        XYChart c = Charts.xy("t", "x", "y", 100, 100);
        Charts.headroom(c, 2.0, 1.3);
        assertEquals(0.0, c.getStyler().getYAxisMin(), 0.0);
        assertEquals(2.6, c.getStyler().getYAxisMax(), 1e-15);
        Charts.headroom(c, 0.0, 1.3);
        assertEquals(1.0, c.getStyler().getYAxisMax(), 0.0);
        Charts.headroom(c, Double.MIN_VALUE, 2);
        assertEquals(2 * Double.MIN_VALUE, c.getStyler().getYAxisMax(), 0.0);
    }

    @Test
    void evenSpacingIsWithinATenThousandth() {
        XYChart c = Charts.xy("t", "x", "y", 100, 100);
        c.addSeries("s", new double[] {1, 2, 3}, new double[] {1, 1, 1});
        assertTrue(Charts.evenlySpaced(c, 0, 4));
        assertFalse(Charts.evenlySpaced(c, 0, 4.5));
        // 0.5e-4 off is still even, 2e-4 is not
        assertTrue(Charts.evenlySpaced(c, 0, 4.00005));
        assertFalse(Charts.evenlySpaced(c, 0, 4.0002));
        assertFalse(Charts.evenlySpaced(c, -1, 4));
        // ends closer than 1e-4: not an axis XChart spaces evenly
        XYChart one = Charts.xy("t", "x", "y", 100, 100);
        one.addSeries("s", new double[] {2}, new double[] {1});
        assertFalse(Charts.evenlySpaced(one, 2, 2.00005));
        assertTrue(Charts.evenlySpaced(one, 1, 3));
    }

    @Test
    void withAlphaKeepsTheColour() {
        Color c = Charts.withAlpha(new Color(10, 20, 30), 77);
        assertEquals(new Color(10, 20, 30, 77), c);
        assertEquals(77, c.getAlpha());
    }
}
