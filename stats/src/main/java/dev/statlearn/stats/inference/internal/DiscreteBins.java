package dev.statlearn.stats.inference.internal;

import dev.statlearn.core.Checks;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The pooled cells of the discrete chi-square goodness-of-fit test
 * ({@code ChiSquare.goodnessOfFit(int[], DiscreteDistribution)}): walking up from the support's lower
 * bound, consecutive values are pooled until the cell's expected count \(n\,P(\text{cell})\) reaches
 * {@code minExpected}; everything above the last closed cell forms an upper-tail cell (\(P(X &gt; k)\)
 * from the survival function), merged into its neighbour if its own expected count is below
 * {@code minExpected}. Probabilities are renormalised to sum to 1 exactly.
 *
 * <p>Shared with the testkit, which shows the cells in failure messages. Not part of the public API.
 */
public final class DiscreteBins {

    /** The expected-count rule of the chi-square test: every cell expects at least 5 draws. */
    public static final double MIN_EXPECTED = 5.0;

    private final int lower;
    private final int[] upperEdges;
    private final double[] probabilities;
    private final long[] observed;
    private final int n;

    private DiscreteBins(int lower, int[] upperEdges, double[] probabilities, long[] observed, int n) {
        this.lower = lower;
        this.upperEdges = upperEdges;
        this.probabilities = probabilities;
        this.observed = observed;
        this.n = n;
    }

    /**
     * Pools the support of {@code distribution} into cells and counts {@code draws} in them. Draws
     * outside the support are counted in the nearest cell; the caller checks the support first.
     *
     * @param draws        the sample, not empty. Not modified.
     * @param distribution the hypothesised distribution
     * @param minExpected  the smallest expected count of a cell, &gt; 0 and finite
     * @return the cells
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code draws} is empty, {@code minExpected} is not positive
     *                                  and finite, or fewer than 2 cells can be formed
     */
    public static DiscreteBins of(int[] draws, DiscreteDistribution distribution, double minExpected) {
        Checks.nonEmpty(draws, "draws");
        Checks.notNull(distribution, "distribution");
        if (!(minExpected > 0 && minExpected < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("minExpected must be > 0 and finite, was " + minExpected);
        }
        int n = draws.length;
        int lower = distribution.supportLowerBound();
        int upper = distribution.supportUpperBound();
        List<Integer> edges = new ArrayList<>();
        List<Double> probs = new ArrayList<>();
        double acc = 0.0;
        long k = lower;
        while (k < upper) {
            acc += distribution.pmf((int) k);
            double tail = distribution.survival((int) k);
            if (acc * n >= minExpected && tail * n >= minExpected) {
                edges.add((int) k);
                probs.add(acc);
                acc = 0.0;
            } else if (tail * n < minExpected) {
                break;
            }
            k++;
        }
        // the upper tail: everything above the last closed edge
        int lastEdge = edges.isEmpty() ? lower - 1 : edges.get(edges.size() - 1);
        double tailProbability = edges.isEmpty() ? 1.0 : distribution.survival(lastEdge);
        if (tailProbability * n < minExpected && !probs.isEmpty()) {
            edges.remove(edges.size() - 1);
            tailProbability += probs.remove(probs.size() - 1);
        }
        probs.add(tailProbability);
        if (probs.size() < 2) {
            throw new IllegalArgumentException("draws must allow at least 2 bins with expected count >= "
                    + dev.statlearn.core.internal.Format.sig(minExpected) + ", had n = " + n);
        }
        long[] observed = new long[probs.size()];
        for (int v : draws) {
            int bin = Collections.binarySearch(edges, v);
            if (bin < 0) {
                bin = -bin - 1;
            }
            observed[bin]++;
        }
        double[] p = new double[probs.size()];
        double total = 0.0;
        for (int i = 0; i < p.length; i++) {
            p[i] = probs.get(i);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;   // pmf sums and survival values agree to rounding; make them exact
        }
        int[] e = new int[edges.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = edges.get(i);
        }
        return new DiscreteBins(lower, e, p, observed, n);
    }

    /** @return the number of cells */
    public int size() {
        return probabilities.length;
    }

    /** @return the probability of each cell under the distribution (a copy), summing to 1 */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** @return the draws counted in each cell (a copy) */
    public long[] observed() {
        return observed.clone();
    }

    /** @return the number of draws */
    public int draws() {
        return n;
    }

    /**
     * The values of cell {@code i}, e.g. {@code "3"}, {@code "4..6"}, {@code "<= 2"} or {@code ">= 17"}.
     *
     * @param i the cell index, in [0, size)
     * @return a short label
     * @throws IllegalArgumentException if {@code i} is out of range
     */
    public String label(int i) {
        Checks.index(i, size(), "i");
        long from = i == 0 ? lower : (long) upperEdges[i - 1] + 1;
        if (i == upperEdges.length) {
            return ">= " + from;
        }
        long to = upperEdges[i];
        return from == to ? Long.toString(to) : from + ".." + to;
    }
}
