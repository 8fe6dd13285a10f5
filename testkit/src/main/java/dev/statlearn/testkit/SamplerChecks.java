package dev.statlearn.testkit;

import dev.statlearn.core.internal.Format;
import dev.statlearn.core.internal.SortedArrays;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import dev.statlearn.stats.inference.AndersonDarling;
import dev.statlearn.stats.inference.ChiSquare;
import dev.statlearn.stats.inference.KolmogorovSmirnov;
import dev.statlearn.stats.inference.TestResult;
import dev.statlearn.stats.inference.internal.DiscreteBins;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/**
 * The attempts of the sampler assertions of {@link StatisticalAssertions}: each draws its sample from
 * the generator of the attempt, runs the test and describes observed against expected.
 */
final class SamplerChecks {

    /** Test name of the continuous one-sample check. */
    static final String KS_AD = "Kolmogorov-Smirnov + Anderson-Darling (Bonferroni)";
    /** Test name of the discrete one-sample check. */
    static final String CHI_SQUARE = "chi-square goodness of fit, pooled cells";
    /** Test name of the continuous two-sample check. */
    static final String KS_TWO = "two-sample Kolmogorov-Smirnov";
    /** Test name of the discrete two-sample check. */
    static final String HOMOGENEITY = "chi-square homogeneity, pooled cells";
    /** The most cells shown in a comparison table. */
    static final int MAX_ROWS = 14;

    private SamplerChecks() {
    }

    /**
     * A sampler produced a value its distribution cannot take (NaN, infinite, outside the support):
     * the code under test is wrong, whatever the p-value. Turned into an {@link AssertionError}
     * naming the seed by the assertion.
     */
    static final class InvalidDraw extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidDraw(String message) {
            super(message, null, false, false);
        }
    }

    static Attempt continuous(ToDoubleFunction<RandomGenerator> sampler, ContinuousDistribution expected, int n) {
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(expected, "expected");
        return rng -> {
            double[] x = drawContinuous(sampler, rng, n, "the sampler", expected.toString());
            TestResult ks = KolmogorovSmirnov.oneSample(x, expected);
            TestResult ad = AndersonDarling.oneSample(x, expected);
            double p = Math.min(1.0, 2.0 * Math.min(ks.pValue(), ad.pValue()));
            boolean adDecides = ad.pValue() < ks.pValue();
            String header = "Kolmogorov-Smirnov D = " + Format.sig(ks.statistic()) + " (p = " + Format.sig(ks.pValue())
                    + "), Anderson-Darling A^2 = " + Format.sig(ad.statistic()) + " (p = " + Format.sig(ad.pValue())
                    + "); p = min(1, 2 min(p_KS, p_AD)), statistic shown: " + (adDecides ? "A^2" : "D") + "\n";
            return new Outcome(KS_AD, adDecides ? ad.statistic() : ks.statistic(), p, n,
                    header + ecdfTable(x, expected));
        };
    }

    static Attempt discrete(ToIntFunction<RandomGenerator> sampler, DiscreteDistribution expected, int n) {
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(expected, "expected");
        return rng -> {
            int lower = expected.supportLowerBound();
            int upper = expected.supportUpperBound();
            int[] x = new int[n];
            for (int i = 0; i < n; i++) {
                int v = sampler.applyAsInt(rng);
                if (v < lower || v > upper || !(expected.pmf(v) > 0)) {
                    throw new InvalidDraw("the sampler returned " + v + " at draw " + (i + 1) + " of " + n
                            + ", which " + expected + " cannot take (support [" + lower + ", " + upper
                            + "], pmf(" + v + ") = " + expected.pmf(v) + ")");
                }
                x[i] = v;
            }
            DiscreteBins bins;
            try {
                bins = DiscreteBins.of(x, expected, DiscreteBins.MIN_EXPECTED);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expected must allow at least 2 cells with expected count >= 5 in "
                        + n + " draws (raise withDraws), but " + expected + " does not", e);
            }
            double[] p = bins.probabilities();
            long[] observed = bins.observed();
            TestResult r = ChiSquare.goodnessOfFit(observed, p);
            double[] e = new double[p.length];
            String[] labels = new String[p.length];
            for (int i = 0; i < p.length; i++) {
                e[i] = n * p[i];
                labels[i] = bins.label(i);
            }
            String header = p.length + " cells (neighbouring values pooled until each expects >= 5 draws), df = "
                    + (p.length - 1) + "\n";
            return new Outcome(CHI_SQUARE, r.statistic(), r.pValue(), n,
                    header + cellTable(labels, new String[] {"observed", "expected"}, new double[][] {
                        toDouble(observed), e}, observed, e));
        };
    }

    static Attempt sameContinuous(ToDoubleFunction<RandomGenerator> first, ToDoubleFunction<RandomGenerator> second,
                                  int n) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        return rng -> {
            double[] a = drawContinuous(first, rng, n, "the first sampler", null);
            double[] b = drawContinuous(second, rng, n, "the second sampler", null);
            TestResult r = KolmogorovSmirnov.twoSample(a, b);
            return new Outcome(KS_TWO, r.statistic(), r.pValue(), n, twoEcdfTable(a, b));
        };
    }

    static Attempt sameDiscrete(ToIntFunction<RandomGenerator> first, ToIntFunction<RandomGenerator> second, int n) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        return rng -> {
            int[] a = new int[n];
            int[] b = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = first.applyAsInt(rng);
            }
            for (int i = 0; i < n; i++) {
                b[i] = second.applyAsInt(rng);
            }
            Arrays.sort(a);
            Arrays.sort(b);
            // pool consecutive values of the union until each cell expects >= 5 draws of each sampler:
            // with equal sizes, expected count = (a_j + b_j) / 2, so a cell closes at 10 pooled draws
            List<long[]> cells = new ArrayList<>();    // {first count, second count}
            List<String> labels = new ArrayList<>();
            int i = 0;
            int j = 0;
            long ca = 0;
            long cb = 0;
            long from = Long.MIN_VALUE;
            long last = 0;
            while (i < n || j < n) {
                int v = i < n && (j >= n || a[i] <= b[j]) ? a[i] : b[j];
                if (from == Long.MIN_VALUE) {
                    from = v;
                }
                while (i < n && a[i] == v) {
                    i++;
                    ca++;
                }
                while (j < n && b[j] == v) {
                    j++;
                    cb++;
                }
                last = v;
                if ((ca + cb) / 2.0 >= DiscreteBins.MIN_EXPECTED) {
                    cells.add(new long[] {ca, cb});
                    labels.add(from == last ? Long.toString(last) : from + ".." + last);
                    ca = 0;
                    cb = 0;
                    from = Long.MIN_VALUE;
                }
            }
            if (ca + cb > 0) {   // a sparse top cell joins its neighbour
                if (cells.isEmpty()) {
                    cells.add(new long[] {ca, cb});
                    labels.add(from == last ? Long.toString(last) : from + ".." + last);
                } else {
                    long[] top = cells.get(cells.size() - 1);
                    top[0] += ca;
                    top[1] += cb;
                    String label = labels.remove(labels.size() - 1);
                    int dots = label.indexOf("..");
                    labels.add((dots < 0 ? label : label.substring(0, dots)) + ".." + last);
                }
            }
            int k = cells.size();
            long[] ra = new long[k];
            long[] rb = new long[k];
            for (int c = 0; c < k; c++) {
                ra[c] = cells.get(c)[0];
                rb[c] = cells.get(c)[1];
            }
            double[] e = new double[k];
            for (int c = 0; c < k; c++) {
                e[c] = (ra[c] + rb[c]) / 2.0;
            }
            String table = cellTable(labels.toArray(new String[0]), new String[] {"first", "second"},
                    new double[][] {toDouble(ra), toDouble(rb)}, ra, e);
            if (k < 2) {
                // every draw of both samplers in one cell: nothing distinguishes them
                return new Outcome(HOMOGENEITY, 0.0, 1.0, n, "1 cell: both samplers put every draw in "
                        + labels.get(0) + "\n" + table);
            }
            TestResult r = ChiSquare.homogeneity(ra, rb);
            String header = k + " cells (neighbouring values of the union pooled until each expects >= 5 draws of "
                    + "each sampler), df = " + (k - 1) + "\n";
            return new Outcome(HOMOGENEITY, r.statistic(), r.pValue(), n, header + table);
        };
    }

    private static double[] drawContinuous(ToDoubleFunction<RandomGenerator> sampler, RandomGenerator rng, int n,
                                           String who, String distribution) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = sampler.applyAsDouble(rng);
            if (!Double.isFinite(v)) {
                throw new InvalidDraw(who + " returned " + v + " at draw " + (i + 1) + " of " + n + ", which "
                        + (distribution == null ? "no distribution on the real line" : distribution)
                        + " cannot take");
            }
            x[i] = v;
        }
        return x;
    }

    /** ECDF against F at the deciles of F (or of the sample), and at the point of largest |ECDF - F|. */
    static String ecdfTable(double[] x, ContinuousDistribution expected) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        double[] at = new double[9];
        String source;
        try {
            for (int q = 1; q <= 9; q++) {
                at[q - 1] = expected.inverseCdf(q / 10.0);
            }
            source = "deciles of the expected distribution";
        } catch (UnsupportedOperationException e) {
            for (int q = 1; q <= 9; q++) {
                at[q - 1] = s[Math.min(n - 1, (int) Math.ceil(q * n / 10.0) - 1)];
            }
            source = "deciles of the sample";
        }
        Format.Table t = Format.table("x", "ECDF", "F(x)", "ECDF - F");
        for (double v : at) {
            double ecdf = ecdf(s, v);
            double f = expected.cdf(v);
            t.row(Format.sig(v), Format.sig(ecdf), Format.sig(f), Format.signed(ecdf - f, 4));
        }
        // the largest gap is at a sample point, just before or after the jump
        double worst = s[0];
        double gap = -1;
        double worstEcdf = 0;
        for (int i = 0; i < n; i++) {
            double f = expected.cdf(s[i]);
            double after = (i + 1.0) / n;
            double before = (double) i / n;
            if (Math.abs(after - f) > gap) {
                gap = Math.abs(after - f);
                worst = s[i];
                worstEcdf = after;
            }
            if (Math.abs(f - before) > gap) {
                gap = Math.abs(f - before);
                worst = s[i];
                worstEcdf = before;
            }
        }
        double fw = expected.cdf(worst);
        t.row("largest gap at " + Format.sig(worst), Format.sig(worstEcdf), Format.sig(fw),
                Format.signed(worstEcdf - fw, 4));
        return "ECDF of the draws against the expected CDF F at the " + source + ":\n" + t;
    }

    /** Both ECDFs at the deciles of the pooled sample, and at the point of largest difference. */
    static String twoEcdfTable(double[] a, double[] b) {
        double[] sa = a.clone();
        double[] sb = b.clone();
        Arrays.sort(sa);
        Arrays.sort(sb);
        double[] pooled = new double[sa.length + sb.length];
        System.arraycopy(sa, 0, pooled, 0, sa.length);
        System.arraycopy(sb, 0, pooled, sa.length, sb.length);
        Arrays.sort(pooled);
        int m = pooled.length;
        Format.Table t = Format.table("x", "ECDF first", "ECDF second", "difference");
        for (int q = 1; q <= 9; q++) {
            double v = pooled[Math.min(m - 1, (int) Math.ceil(q * m / 10.0) - 1)];
            double fa = ecdf(sa, v);
            double fb = ecdf(sb, v);
            t.row(Format.sig(v), Format.sig(fa), Format.sig(fb), Format.signed(fa - fb, 4));
        }
        double worst = pooled[0];
        double gap = -1;
        for (double v : pooled) {
            double d = Math.abs(ecdf(sa, v) - ecdf(sb, v));
            if (d > gap) {
                gap = d;
                worst = v;
            }
        }
        double fa = ecdf(sa, worst);
        double fb = ecdf(sb, worst);
        t.row("largest gap at " + Format.sig(worst), Format.sig(fa), Format.sig(fb), Format.signed(fa - fb, 4));
        return "ECDFs of the two samplers' draws at the deciles of the pooled draws:\n" + t;
    }

    /**
     * Counts per cell with the Pearson residual \((o - e)/\sqrt{e}\) of {@code residualOf} against
     * {@code expected}; with more than {@link #MAX_ROWS} cells, the cells with the largest residuals.
     */
    private static String cellTable(String[] labels, String[] names, double[][] columns, long[] residualOf,
                                    double[] expected) {
        int k = labels.length;
        double[] residual = new double[k];
        for (int i = 0; i < k; i++) {
            residual[i] = expected[i] > 0 ? (residualOf[i] - expected[i]) / Math.sqrt(expected[i]) : 0.0;
        }
        boolean[] shown = new boolean[k];
        if (k <= MAX_ROWS) {
            Arrays.fill(shown, true);
        } else {
            Integer[] order = new Integer[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (p, q) -> Double.compare(Math.abs(residual[q]), Math.abs(residual[p])));
            for (int r = 0; r < MAX_ROWS; r++) {
                shown[order[r]] = true;
            }
        }
        Format.Table t = Format.table("cell", names[0], names[1], "(" + names[0] + " - e)/sqrt(e)");
        int hidden = 0;
        for (int i = 0; i < k; i++) {
            if (!shown[i]) {
                hidden++;
                continue;
            }
            t.row(labels[i], Format.sig(columns[0][i], 6), Format.sig(columns[1][i], 6), Format.signed(residual[i], 3));
        }
        String s = t.toString();
        if (hidden > 0) {
            s += "\n(" + hidden + " of " + k + " cells with the smallest residuals not shown)";
        }
        return s;
    }

    private static double[] toDouble(long[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    /** The fraction of the sorted sample at or below {@code v}. */
    private static double ecdf(double[] sorted, double v) {
        return (double) SortedArrays.countAtMost(sorted, v) / sorted.length;
    }
}
