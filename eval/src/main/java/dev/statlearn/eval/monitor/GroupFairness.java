package dev.statlearn.eval.monitor;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.eval.ConfusionMatrix;

/**
 * Group fairness of a classifier's decisions: one confusion matrix per group (e.g. per value of a
 * sensitive attribute) and the gaps between groups, following the definitions of fairlearn.
 * A prediction is "positive" (the favourable or flagged decision) when it equals the positive
 * class (1 unless named).
 *
 * <p>For each group \( g \) present in the data, with \( \hat y \) the prediction:
 * <ul>
 *   <li>selection rate \( s_g = P(\hat y = +\mid g) \);</li>
 *   <li>true-positive rate \( \mathrm{TPR}_g = P(\hat y = + \mid y = +, g) \), false-positive rate
 *       \( \mathrm{FPR}_g = P(\hat y = + \mid y \ne +, g) \).</li>
 * </ul>
 * and across groups:
 * <ul>
 *   <li>demographic parity difference \( \max_g s_g - \min_g s_g \) and ratio
 *       \( \min_g s_g / \max_g s_g \) ({@code NaN} when every selection rate is 0);</li>
 *   <li>equal opportunity difference \( \max_g \mathrm{TPR}_g - \min_g \mathrm{TPR}_g \);</li>
 *   <li>equalized odds difference \( \max(\Delta\mathrm{TPR}, \Delta\mathrm{FPR}) \) (fairlearn's
 *       {@code equalized_odds_difference}).</li>
 * </ul>
 * A group with no actual positives has no TPR and is left out of the TPR gap (likewise a group with
 * no actual negatives and the FPR gap); a gap over fewer than two groups is 0. Differences are in
 * [0, 1]; 0 means parity.
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public final class GroupFairness {

    private final int positive;
    private final ConfusionMatrix[] byGroup; // null for absent groups
    private final long[] size;
    private final long[] selected;
    private final long[] actualPositives;
    private final long[] truePositives;
    private final long[] actualNegatives;
    private final long[] falsePositives;

    private GroupFairness(int positive, ConfusionMatrix[] byGroup, long[] size, long[] selected,
                          long[] actualPositives, long[] truePositives, long[] actualNegatives,
                          long[] falsePositives) {
        this.positive = positive;
        this.byGroup = byGroup;
        this.size = size;
        this.selected = selected;
        this.actualPositives = actualPositives;
        this.truePositives = truePositives;
        this.actualNegatives = actualNegatives;
        this.falsePositives = falsePositives;
    }

    /**
     * Largest supported number of group indices, \( 2^{16} = 65536 \): group ids are in
     * {@code [0, 65535]}. Group ids and labels are checked against their limits (this one and
     * {@link ConfusionMatrix#MAX_CLASSES}) before anything is allocated, so a stray huge id gives an
     * {@link IllegalArgumentException} instead of exhausting memory.
     */
    public static final int MAX_GROUPS = 1 << 16;

    /**
     * Largest supported total size of the per-group confusion matrices, \( 2^{24} \) counts
     * (128 MiB): the number of groups present times \( k^2 \) for \( k \) classes.
     */
    public static final long MAX_COUNTS = 1L << 24;

    /**
     * Fairness of binary decisions with positive class 1.
     *
     * @param actual    actual class indices in {@code [0, }{@link ConfusionMatrix#MAX_CLASSES}{@code )};
     *                  not modified
     * @param predicted predicted class indices in {@code [0, }{@link ConfusionMatrix#MAX_CLASSES}{@code )};
     *                  not modified
     * @param group     group index of each example in {@code [0, }{@value #MAX_GROUPS}{@code )};
     *                  not modified
     * @return the per-group analysis
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays are empty, differ in length, hold a
     *                                  negative value or one at or above its limit, or the groups
     *                                  present times \( k^2 \) exceed {@value #MAX_COUNTS}
     */
    public static GroupFairness of(int[] actual, int[] predicted, int[] group) {
        return of(actual, predicted, group, 1);
    }

    /**
     * Fairness of decisions with a named positive class.
     *
     * @param actual    actual class indices in {@code [0, }{@link ConfusionMatrix#MAX_CLASSES}{@code )};
     *                  not modified
     * @param predicted predicted class indices in {@code [0, }{@link ConfusionMatrix#MAX_CLASSES}{@code )};
     *                  not modified
     * @param group     group index of each example in {@code [0, }{@value #MAX_GROUPS}{@code )};
     *                  not modified
     * @param positive  the positive (favourable) class, in {@code [0, }{@link ConfusionMatrix#MAX_CLASSES}{@code )}
     * @return the per-group analysis
     * @throws IllegalArgumentException as {@link #of(int[], int[], int[])}, or if {@code positive}
     *                                  is out of range
     */
    public static GroupFairness of(int[] actual, int[] predicted, int[] group, int positive) {
        Checks.nonEmpty(actual, "actual");
        Checks.notNull(predicted, "predicted");
        Checks.notNull(group, "group");
        Checks.sameLength(predicted.length, "predicted", actual.length, "actual");
        Checks.sameLength(group.length, "group", actual.length, "actual");
        if (positive < 0 || positive >= ConfusionMatrix.MAX_CLASSES) {
            throw new IllegalArgumentException("positive must be a class index in [0, "
                    + (ConfusionMatrix.MAX_CLASSES - 1) + "], was " + positive);
        }
        int k = Math.max(Math.max(2, positive + 1),
                Math.max(Checks.classCount(actual, ConfusionMatrix.MAX_CLASSES, "actual"),
                        Checks.classCount(predicted, ConfusionMatrix.MAX_CLASSES, "predicted")));
        int groups = 0;
        for (int i = 0; i < group.length; i++) {
            if (group[i] < 0 || group[i] >= MAX_GROUPS) {
                throw new IllegalArgumentException("group[" + i + "] must be a group index in [0, "
                        + (MAX_GROUPS - 1) + "] (GroupFairness.MAX_GROUPS), was " + group[i]);
            }
            groups = Math.max(groups, group[i] + 1);
        }
        long[] size = new long[groups];
        for (int g : group) {
            size[g]++;
        }
        long present = 0;
        for (long c : size) {
            present += c > 0 ? 1 : 0;
        }
        if (present * k * k > MAX_COUNTS) {
            throw new IllegalArgumentException("groups present × classes² must be <= " + MAX_COUNTS
                    + " counts (GroupFairness.MAX_COUNTS), was " + present + " × " + k + "² = " + present * k * k);
        }
        long[] sel = new long[groups];
        long[] ap = new long[groups];
        long[] tp = new long[groups];
        long[] an = new long[groups];
        long[] fp = new long[groups];
        long[][][] counts = new long[groups][][];
        for (int g = 0; g < groups; g++) {
            if (size[g] > 0) {
                counts[g] = new long[k][k];
            }
        }
        for (int i = 0; i < actual.length; i++) {
            int g = group[i];
            counts[g][actual[i]][predicted[i]]++;
            boolean p = predicted[i] == positive;
            if (p) {
                sel[g]++;
            }
            if (actual[i] == positive) {
                ap[g]++;
                if (p) {
                    tp[g]++;
                }
            } else {
                an[g]++;
                if (p) {
                    fp[g]++;
                }
            }
        }
        ConfusionMatrix[] cms = new ConfusionMatrix[groups];
        for (int g = 0; g < groups; g++) {
            if (size[g] > 0) {
                cms[g] = ConfusionMatrix.ofCounts(counts[g]);
                counts[g] = null;
            }
        }
        return new GroupFairness(positive, cms, size, sel, ap, tp, an, fp);
    }

    /**
     * Fairness from per-group confusion matrices counted elsewhere, for instance by the spark
     * module's {@code DatasetFairness} over distributed data: entry \( g \) is the confusion
     * matrix of group \( g \), or null for a group absent from the data. Every count of
     * {@link #of(int[], int[], int[], int)} follows from these matrices (size, selections, actual
     * positives, true and false positives), so the result is the one of the rows they count.
     *
     * @param byGroup  one matrix per group index, null for absent groups, all with the same
     *                 number of classes; copied (the matrices are immutable)
     * @param positive the positive (favourable) class, below the matrices' number of classes
     * @return the per-group analysis
     * @throws NullPointerException     if {@code byGroup} is null
     * @throws IllegalArgumentException if {@code byGroup} is empty, longer than {@value #MAX_GROUPS},
     *                                  holds no matrix, matrices of different sizes, or
     *                                  {@code positive} is not one of their classes
     * @since 0.1
     */
    public static GroupFairness ofConfusionMatrices(ConfusionMatrix[] byGroup, int positive) {
        Checks.notNull(byGroup, "byGroup");
        if (byGroup.length == 0 || byGroup.length > MAX_GROUPS) {
            throw new IllegalArgumentException("byGroup must have 1 to " + MAX_GROUPS + " entries, had "
                    + byGroup.length);
        }
        int groups = byGroup.length;
        int k = -1;
        for (int g = 0; g < groups; g++) {
            if (byGroup[g] != null) {
                if (k >= 0 && byGroup[g].numClasses() != k) {
                    throw new IllegalArgumentException("byGroup[" + g + "] has " + byGroup[g].numClasses()
                            + " classes but an earlier group has " + k);
                }
                k = byGroup[g].numClasses();
            }
        }
        if (k < 0) {
            throw new IllegalArgumentException("byGroup must hold at least one confusion matrix, all were null");
        }
        if (positive < 0 || positive >= k) {
            throw new IllegalArgumentException("positive must be a class index in [0, " + (k - 1) + "], was "
                    + positive);
        }
        long[] size = new long[groups];
        long[] sel = new long[groups];
        long[] ap = new long[groups];
        long[] tp = new long[groups];
        long[] an = new long[groups];
        long[] fp = new long[groups];
        for (int g = 0; g < groups; g++) {
            ConfusionMatrix m = byGroup[g];
            if (m != null) {
                size[g] = m.total();
                sel[g] = m.predictedCount(positive);
                ap[g] = m.support(positive);
                tp[g] = m.count(positive, positive);
                an[g] = size[g] - ap[g];
                fp[g] = sel[g] - tp[g];
            }
        }
        return new GroupFairness(positive, byGroup.clone(), size, sel, ap, tp, an, fp);
    }

    /**
     * Number of group indices ({@code 1 + max group}); absent groups are skipped in every gap.
     *
     * @return number of groups
     */
    public int numGroups() {
        return size.length;
    }

    /**
     * Number of examples in a group.
     *
     * @param g group index
     * @return its size (0 if absent)
     */
    public long size(int g) {
        return size[Checks.index(g, size.length, "g")];
    }

    /**
     * The confusion matrix of one group.
     *
     * @param g group index of a present group
     * @return its confusion matrix
     * @throws IllegalArgumentException if the group is out of range or absent
     */
    public ConfusionMatrix confusion(int g) {
        Checks.index(g, size.length, "g");
        if (byGroup[g] == null) {
            throw new IllegalArgumentException("group " + g + " has no examples");
        }
        return byGroup[g];
    }

    /**
     * Selection rate \( P(\hat y = + \mid g) \).
     *
     * @param g group index
     * @return the rate, {@code NaN} for an absent group
     */
    public double selectionRate(int g) {
        Checks.index(g, size.length, "g");
        return size[g] == 0 ? Double.NaN : (double) selected[g] / size[g];
    }

    /**
     * True-positive rate of a group.
     *
     * @param g group index
     * @return the rate, {@code NaN} if the group has no actual positives
     */
    public double truePositiveRate(int g) {
        Checks.index(g, size.length, "g");
        return actualPositives[g] == 0 ? Double.NaN : (double) truePositives[g] / actualPositives[g];
    }

    /**
     * False-positive rate of a group.
     *
     * @param g group index
     * @return the rate, {@code NaN} if the group has no actual negatives
     */
    public double falsePositiveRate(int g) {
        Checks.index(g, size.length, "g");
        return actualNegatives[g] == 0 ? Double.NaN : (double) falsePositives[g] / actualNegatives[g];
    }

    private interface Rate {
        double of(int g);
    }

    private double gap(Rate r) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int m = 0;
        for (int g = 0; g < size.length; g++) {
            double v = r.of(g);
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                m++;
            }
        }
        return m < 2 ? 0.0 : hi - lo;
    }

    /**
     * Demographic parity difference \( \max_g s_g - \min_g s_g \).
     *
     * @return the difference in [0, 1]
     */
    public double demographicParityDifference() {
        return gap(this::selectionRate);
    }

    /**
     * Demographic parity ratio \( \min_g s_g / \max_g s_g \) (the "four-fifths rule" compares it
     * with 0.8).
     *
     * @return the ratio in [0, 1], {@code NaN} if no group has a positive prediction
     */
    public double demographicParityRatio() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int g = 0; g < size.length; g++) {
            double v = selectionRate(g);
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return hi == 0 ? Double.NaN : lo / hi;
    }

    /**
     * Equal opportunity difference: the gap in true-positive rates.
     *
     * @return the difference in [0, 1]
     */
    public double equalOpportunityDifference() {
        return gap(this::truePositiveRate);
    }

    /**
     * Equalized odds difference: the larger of the TPR gap and the FPR gap.
     *
     * @return the difference in [0, 1]
     */
    public double equalizedOddsDifference() {
        return Math.max(gap(this::truePositiveRate), gap(this::falsePositiveRate));
    }

    /**
     * A table of the per-group rates followed by the gaps.
     *
     * @return a readable table
     */
    @Override
    public String toString() {
        Format.Table t = Format.table("group", "n", "selection", "TPR", "FPR");
        for (int g = 0; g < size.length; g++) {
            if (size[g] > 0) {
                t.row(Integer.toString(g), Long.toString(size[g]), Format.sig(selectionRate(g)),
                        Format.sig(truePositiveRate(g)), Format.sig(falsePositiveRate(g)));
            }
        }
        return t + "\npositive class " + positive + ": demographic parity difference "
                + Format.sig(demographicParityDifference()) + " (ratio " + Format.sig(demographicParityRatio())
                + "), equal opportunity difference " + Format.sig(equalOpportunityDifference())
                + ", equalized odds difference " + Format.sig(equalizedOddsDifference());
    }
}
