package dev.statlearn.testkit.generate;

import dev.statlearn.core.Randomness;
import dev.statlearn.eval.ConfusionMatrix;
import java.util.Arrays;

/**
 * Generators of {@link ConfusionMatrix confusion matrices} with \( k \) classes and an exact total,
 * up to {@value #MAX_TOTAL} (about \( 9 \cdot 10^{15} \)) without overflow, optionally with empty
 * rows (classes that never occur) and empty columns (classes never predicted).
 *
 * <p>Of the \( k \) rows, \( r \) chosen uniformly at random are empty, and of the columns \( c \);
 * the other rows \( R \) and columns \( C \) each get at least one count: first one count on each
 * cell of a random matching that covers \( R \) and \( C \) (\( \max(|R|, |C|) \) counts), then
 * the remaining \( N - \max(|R|, |C|) \) counts are split over the \( |R| \times |C| \) cells in
 * proportion to a flat Dirichlet vector \( w \) with a diagonal boost (each diagonal cell's weight
 * multiplied by \( 1 + k \), so that most counts are correct predictions, as for a useful
 * classifier), by largest remainder. The counts are exact integers summing to \( N \): the split is
 * computed in {@code double}, exact for totals up to \( 2^{53} \).
 *
 * @since 0.2
 */
public final class ConfusionMatrices {

    /** Largest total, \( 2^{53} \) = {@value}. */
    public static final long MAX_TOTAL = 1L << 53;

    /** Largest number of classes, {@value}: \( k^2 \) cells are held in memory. */
    public static final int MAX_CLASSES = 1024;

    private ConfusionMatrices() {
    }

    /**
     * Matrices with no empty row or column: {@link #withEmpty(int, long, int, int)} with
     * {@code emptyRows = emptyColumns = 0}.
     *
     * @param k     classes, in {@code [1, }{@value #MAX_CLASSES}{@code ]}
     * @param total \( N \), in {@code [k, }{@value #MAX_TOTAL}{@code ]}
     * @return the generator
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Generator<ConfusionMatrix> of(int k, long total) {
        return withEmpty(k, total, 0, 0);
    }

    /**
     * Matrices with exactly {@code emptyRows} all-zero rows and {@code emptyColumns} all-zero
     * columns (see the class description).
     *
     * @param k            classes, in {@code [1, }{@value #MAX_CLASSES}{@code ]}
     * @param total        \( N \), in {@code [max(k - emptyRows, k - emptyColumns), }{@value #MAX_TOTAL}{@code ]}
     * @param emptyRows    \( r \), classes that never occur, in {@code [0, k - 1]}
     * @param emptyColumns \( c \), classes never predicted, in {@code [0, k - 1]}
     * @return the generator
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Generator<ConfusionMatrix> withEmpty(int k, long total, int emptyRows, int emptyColumns) {
        Draws.intIn(k, 1, MAX_CLASSES, "k");
        Draws.intIn(emptyRows, 0, k - 1, "emptyRows");
        Draws.intIn(emptyColumns, 0, k - 1, "emptyColumns");
        int rows = k - emptyRows;
        int cols = k - emptyColumns;
        int seeds = Math.max(rows, cols);
        if (total < seeds || total > MAX_TOTAL) {
            throw new IllegalArgumentException("total must be in [" + seeds + ", " + MAX_TOTAL
                    + "] (at least one count per non-empty row and column), was " + total);
        }
        return Draws.checked(rng -> {
            int[] rowIndex = kept(Draws.subset(rng, k, emptyRows));
            int[] colIndex = kept(Draws.subset(rng, k, emptyColumns));
            long[][] counts = new long[k][k];
            // a random matching covering every kept row and column
            int[] rowPerm = rowIndex.clone();
            int[] colPerm = colIndex.clone();
            Randomness.shuffle(rowPerm, rng);
            Randomness.shuffle(colPerm, rng);
            for (int i = 0; i < seeds; i++) {
                counts[rowPerm[i % rows]][colPerm[i % cols]]++;
            }
            double[] w = new double[rows * cols];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    double boost = rowIndex[i] == colIndex[j] ? 1 + k : 1;
                    w[i * cols + j] = Draws.exponential(rng) * boost;
                }
            }
            Draws.normalize(w);
            long rest = total - seeds;
            double[] remainder = new double[w.length];
            long given = 0;
            for (int c = 0; c < w.length; c++) {
                double exact = rest * w[c];
                long whole = Math.min(rest - given, (long) Math.floor(exact));
                counts[rowIndex[c / cols]][colIndex[c % cols]] += whole;
                given += whole;
                remainder[c] = exact - Math.floor(exact);
            }
            Integer[] order = new Integer[w.length];
            for (int c = 0; c < w.length; c++) {
                order[c] = c;
            }
            Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
            for (int i = 0; given < rest; i = (i + 1) % w.length) {
                int c = order[i];
                counts[rowIndex[c / cols]][colIndex[c % cols]]++;
                given++;
            }
            return ConfusionMatrix.ofCounts(counts);
        });
    }

    private static int[] kept(boolean[] dropped) {
        int n = 0;
        for (boolean d : dropped) {
            n += d ? 0 : 1;
        }
        int[] out = new int[n];
        for (int i = 0, j = 0; i < dropped.length; i++) {
            if (!dropped[i]) {
                out[j++] = i;
            }
        }
        return out;
    }
}
