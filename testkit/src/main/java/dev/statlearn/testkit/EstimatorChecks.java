package dev.statlearn.testkit;

import dev.statlearn.core.Interval;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.internal.Format;
import dev.statlearn.core.internal.SortedArrays;
import dev.statlearn.eval.calibration.ReliabilityTable;
import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.StudentT;
import dev.statlearn.stats.internal.Replicates;
import dev.statlearn.stats.montecarlo.Estimate;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.apache.commons.numbers.gamma.RegularizedGamma;

/**
 * The tests behind the estimator, coverage, Monte Carlo, calibration and bounds assertions of
 * {@link StatisticalAssertions}: each method runs one attempt and returns its {@link Outcome}; the
 * retry rule and the messages are {@link StatisticalAssertions}'. Arguments are checked by the
 * caller.
 */
final class EstimatorChecks {

    /** Groups of the Hosmer-Lemeshow test. */
    static final int CALIBRATION_GROUPS = 10;
    /** Violations listed in a failure message of the bounds assertion. */
    private static final int LISTED_VIOLATIONS = 5;
    /** SciPy's relative tolerance for "as extreme" in the two-sided binomial test. */
    private static final double BINOM_RELATIVE_ERROR = 1 + 1e-7;

    private EstimatorChecks() {
    }

    // ---------------------------------------------------------------------------------------------
    // Unbiasedness: one-sample t test on R replications
    // ---------------------------------------------------------------------------------------------

    static Outcome unbiased(Estimator estimator, int sampleSize, double trueValue, int replications,
                            double level, RandomGenerator rng) {
        String test = "one-sample t test of mean estimate = true value (" + (replications - 1) + " df)";
        double[] t = new double[replications];
        for (int i = 0; i < replications; i++) {
            t[i] = estimator.estimate(rng, sampleSize);
            if (!Double.isFinite(t[i])) {
                return nonFinite(test, "estimate", i, t[i], replications);
            }
        }
        double mean = Replicates.mean(t);
        double sd = Math.sqrt(variance(t, mean));
        double se = sd / Math.sqrt(replications);
        double bias = mean - trueValue;
        double statistic;
        double p;
        double halfWidth;
        StudentT tDist = StudentT.standard(replications - 1);
        if (se == 0) {
            statistic = bias == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, bias);
            p = bias == 0 ? 1 : 0;
            halfWidth = 0;
        } else {
            statistic = bias / se;
            p = Math.min(1, 2 * tDist.survival(Math.abs(statistic)));
            halfWidth = tDist.inverseCdf(1 - level / 2) * se;
        }
        String comparison = replications + " replications at sample size " + sampleSize + ": mean estimate "
                + Format.sig(mean, 6) + ", standard error " + Format.sig(se) + " (sd " + Format.sig(sd) + ")\n"
                + "bias " + Format.signed(bias, 4) + " against true value " + Format.sig(trueValue, 6) + "; "
                + Format.percent(1 - level) + " interval for the mean [" + Format.sig(mean - halfWidth, 6) + ", "
                + Format.sig(mean + halfWidth, 6) + "] " + (p >= level ? "contains" : "excludes") + " it";
        return new Outcome(test, statistic, p, replications, comparison);
    }

    // ---------------------------------------------------------------------------------------------
    // Consistency: exceedance at the largest size (binomial) + MSE does not grow (Welch z)
    // ---------------------------------------------------------------------------------------------

    static Outcome consistent(Estimator estimator, double trueValue, double tolerance, int largestSampleSize,
                              double exceedance, int replications, RandomGenerator rng) {
        String test = "binomial test of P(|T_n - theta| > tolerance) <= " + Format.sig(exceedance)
                + " at the largest n + one-sided z test that the MSE does not grow from n/4 to n (Bonferroni)";
        int[] sizes = {largestSampleSize / 16, largestSampleSize / 4, largestSampleSize};
        double[] mse = new double[3];
        double[] mseVariance = new double[3];
        int[] exceeded = new int[3];
        double[] squared = new double[replications];
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < replications; i++) {
                double t = estimator.estimate(rng, sizes[r]);
                if (!Double.isFinite(t)) {
                    return nonFinite(test, "estimate at sample size " + sizes[r], i, t, replications);
                }
                double e = t - trueValue;
                squared[i] = e * e;
                if (Math.abs(e) > tolerance) {
                    exceeded[r]++;
                }
            }
            mse[r] = Replicates.mean(squared);
            mseVariance[r] = variance(squared, mse[r]);
        }
        int count = exceeded[2];
        double pExceed = count == 0 ? 1 : Math.min(1, Binomial.of(replications, exceedance).survival(count - 1));
        double denominator = Math.sqrt((mseVariance[2] + mseVariance[1]) / replications);
        double z;
        double pMse;
        if (denominator == 0) {
            z = mse[2] > mse[1] ? Double.POSITIVE_INFINITY : 0;
            pMse = mse[2] > mse[1] ? 0 : 1;
        } else {
            z = (mse[2] - mse[1]) / denominator;
            pMse = Normal.standard().survival(z);
        }
        double p = Math.min(1, 2 * Math.min(pExceed, pMse));
        Format.Table table = Format.table("n", "MSE", "RMSE", "P(|T_n - theta| > " + Format.sig(tolerance) + ")");
        for (int r = 0; r < 3; r++) {
            table.row(Integer.toString(sizes[r]), Format.sig(mse[r]), Format.sig(Math.sqrt(mse[r])),
                    Format.sig((double) exceeded[r] / replications));
        }
        String comparison = table + "\n"
                + "exceedances at n = " + largestSampleSize + ": " + count + " of " + replications + ", at most "
                + Format.sig(exceedance * replications) + " expected (binomial p = " + Format.sig(pExceed) + ")\n"
                + "MSE from n = " + sizes[1] + " to " + sizes[2] + ": z = " + Format.sig(z) + " (one-sided p = "
                + Format.sig(pMse) + ")";
        return new Outcome(test, count, p, replications, comparison);
    }

    // ---------------------------------------------------------------------------------------------
    // Coverage: exact two-sided binomial test
    // ---------------------------------------------------------------------------------------------

    static Outcome covers(IntervalProcedure procedure, int sampleSize, double trueValue, int replications,
                          RandomGenerator rng) {
        double level = Double.NaN;
        int covered = 0;
        int below = 0;
        int above = 0;
        double widthSum = 0;
        for (int i = 0; i < replications; i++) {
            Interval interval = procedure.interval(rng, sampleSize);
            if (interval == null) {
                throw new NullPointerException("procedure returned null in replication " + i);
            }
            if (i == 0) {
                level = interval.level();
            } else if (interval.level() != level) {
                throw new IllegalArgumentException("procedure must return intervals of one level, was "
                        + level + " in replication 0 and " + interval.level() + " in replication " + i);
            }
            if (interval.contains(trueValue)) {
                covered++;
            } else if (interval.upper() < trueValue) {
                below++;
            } else {
                above++;
            }
            widthSum += interval.width();
        }
        double p = binomialTwoSided(covered, replications, level);
        double expected = level * replications;
        String comparison = "covered " + covered + " of " + replications + " (" + Format.percent((double) covered
                / replications) + "), expected " + Format.sig(expected) + " at nominal level "
                + Format.percent(level) + "\n"
                + "misses: " + below + " with the interval below the true value " + Format.sig(trueValue, 6) + ", "
                + above + " above (expected " + Format.sig((1 - level) * replications / 2) + " each if symmetric)\n"
                + "mean width " + Format.sig(widthSum / replications) + " at sample size " + sampleSize;
        return new Outcome("exact two-sided binomial test of coverage = " + Format.percent(level), covered, p,
                replications, comparison);
    }

    /**
     * The two-sided p-value of the exact binomial test of \( k \) successes in \( n \) trials
     * against success probability \( p \), by SciPy's convention ({@code scipy.stats.binomtest},
     * {@code alternative="two-sided"}): the probability of every outcome no more likely than
     * \( k \), with a relative tolerance of \( 10^{-7} \) on "no more likely".
     */
    static double binomialTwoSided(int k, int n, double p) {
        Binomial b = Binomial.of(n, p);
        double d = b.pmf(k);
        double np = n * p;
        double pValue;
        if (k == np) {
            return 1;
        } else if (k < np) {
            // largest x in [ceil(np), n] with pmf(x) >= d * rerr (pmf decreasing there)
            int ix = search(x -> -b.pmf(x), -d * BINOM_RELATIVE_ERROR, (int) Math.ceil(np), n);
            int y = n - ix + (d * BINOM_RELATIVE_ERROR == b.pmf(ix) ? 1 : 0);
            pValue = b.cdf(k) + b.survival(n - y);
        } else {
            // largest x in [0, floor(np)] with pmf(x) <= d * rerr (pmf increasing there)
            int ix = search(b::pmf, d * BINOM_RELATIVE_ERROR, 0, (int) Math.floor(np));
            int y = ix + 1;
            pValue = b.cdf(y - 1) + b.survival(k - 1);
        }
        return Math.min(1, pValue);
    }

    /** SciPy's {@code _binary_search_for_binom_tst}: the largest x in [lo, hi] with a(x) <= d for a nondecreasing a. */
    private static int search(java.util.function.IntToDoubleFunction a, double d, int lo, int hi) {
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            double v = a.applyAsDouble(mid);
            if (v < d) {
                lo = mid + 1;
            } else if (v > d) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return a.applyAsDouble(lo) <= d ? lo : lo - 1;
    }

    // ---------------------------------------------------------------------------------------------
    // Monte Carlo agreement: z-scores of R estimates
    // ---------------------------------------------------------------------------------------------

    static Outcome agrees(Function<RandomGenerator, Estimate> procedure, double knownValue, int replications,
                          RandomGenerator rng) {
        String test = "z = (value - known) / standardError over " + replications + " estimates: mean z = 0 (normal)"
                + " + sum of z^2 <= chi-square(" + replications + ") (Bonferroni)";
        double sumZ = 0;
        double sumZ2 = 0;
        double sumValue = 0;
        double sumValue2 = 0;
        double sumSe = 0;
        for (int i = 0; i < replications; i++) {
            Estimate e = procedure.apply(rng);
            if (e == null) {
                throw new NullPointerException("procedure returned null in replication " + i);
            }
            double diff = e.value() - knownValue;
            if (e.standardError() == 0 && diff != 0) {
                return new Outcome(test, Double.POSITIVE_INFINITY, 0, replications, "replication " + i
                        + ": value " + e.value() + " differs from the known value " + knownValue
                        + " but its standard error is 0");
            }
            double z = diff == 0 ? 0 : diff / e.standardError();
            if (!Double.isFinite(z)) {
                return nonFinite(test, "z-score", i, z, replications);
            }
            sumZ += z;
            sumZ2 += z * z;
            sumValue += e.value();
            sumValue2 += e.value() * e.value();
            sumSe += e.standardError();
        }
        double meanZ = sumZ / replications;
        double rms = Math.sqrt(sumZ2 / replications);
        double pMean = Math.min(1, 2 * Normal.standard().survival(Math.abs(sumZ) / Math.sqrt(replications)));
        double pSquares = RegularizedGamma.Q.value(replications / 2.0, sumZ2 / 2);
        double p = Math.min(1, 2 * Math.min(pMean, pSquares));
        double meanValue = sumValue / replications;
        double sdValue = Math.sqrt(Math.max(0, (sumValue2 - replications * meanValue * meanValue)
                / (replications - 1)));
        String comparison = "mean z " + Format.signed(meanZ, 4) + " (expected 0, p = " + Format.sig(pMean)
                + "), root mean square z " + Format.sig(rms) + " (expected 1, p = " + Format.sig(pSquares) + ")\n"
                + "mean value " + Format.sig(meanValue, 6) + " against known " + Format.sig(knownValue, 6)
                + "; sd of the values " + Format.sig(sdValue) + " against mean reported standard error "
                + Format.sig(sumSe / replications);
        return new Outcome(test, rms, p, replications, comparison);
    }

    // ---------------------------------------------------------------------------------------------
    // Calibration: Hosmer-Lemeshow, external validation
    // ---------------------------------------------------------------------------------------------

    static Outcome calibrated(double[] probabilities, int[] labels) {
        ReliabilityTable table = ReliabilityTable.ofQuantiles(labels, probabilities, CALIBRATION_GROUPS);
        List<ReliabilityTable.Bin> bins = table.bins();
        int g = bins.size();
        double[] uppers = new double[g];
        for (int b = 0; b < g; b++) {
            uppers[b] = bins.get(b).upper();
        }
        long[] count = new long[g];
        long[] observed = new long[g];
        double[] expected = new double[g];
        double[] variance = new double[g];
        for (int i = 0; i < probabilities.length; i++) {
            int b = Math.min(SortedArrays.countBelow(uppers, probabilities[i]), g - 1); // first bin reaching p
            double p = probabilities[i];
            count[b]++;
            observed[b] += labels[i];
            expected[b] += p;
            variance[b] += p * (1 - p);
        }
        double statistic = 0;
        int df = 0;
        boolean impossible = false;
        Format.Table t = Format.table("group", "count", "mean predicted", "observed fraction", "expected", "observed",
                "(O-E)^2/V");
        for (int b = 0; b < g; b++) {
            double diff = observed[b] - expected[b];
            String contribution;
            if (variance[b] > 0) {
                double c = diff * diff / variance[b];
                statistic += c;
                df++;
                contribution = Format.sig(c);
            } else if (Math.abs(diff) > 1e-9 * Math.max(1, count[b])) {
                impossible = true;
                contribution = "impossible";
            } else {
                contribution = "-";
            }
            ReliabilityTable.Bin bin = bins.get(b);
            t.row((b == 0 ? "[" : "(") + Format.sig(bin.lower(), 3) + ", " + Format.sig(bin.upper(), 3) + "]",
                    Long.toString(count[b]), Format.sig(expected[b] / count[b]),
                    Format.sig((double) observed[b] / count[b]), Format.sig(expected[b]),
                    Long.toString(observed[b]), contribution);
        }
        double p;
        if (impossible) {
            statistic = Double.POSITIVE_INFINITY;
            p = 0;
        } else {
            p = df == 0 ? 1 : RegularizedGamma.Q.value(df / 2.0, statistic / 2);
        }
        StringBuilder comparison = new StringBuilder(t.toString()).append('\n');
        comparison.append("Hosmer-Lemeshow C = ").append(Format.sig(statistic)).append(" on ").append(df)
                .append(" df, p = ").append(Format.sig(p));
        if (g < CALIBRATION_GROUPS) {
            comparison.append("; ties in the probabilities merged the ").append(CALIBRATION_GROUPS)
                    .append(" quantile groups into ").append(g);
        }
        if (df < g) {
            comparison.append("; ").append(g - df).append(" group(s) with probabilities all 0 or 1 carry no"
                    + " variance (an observed label against a 0 or 1 probability is impossible)");
        }
        return new Outcome("Hosmer-Lemeshow, " + CALIBRATION_GROUPS + " quantile groups, external validation"
                + " (chi-square, " + df + " df)", statistic, p, probabilities.length, comparison.toString());
    }

    // ---------------------------------------------------------------------------------------------
    // Bounds: a deterministic property over R streams
    // ---------------------------------------------------------------------------------------------

    static Outcome withinBounds(ToDoubleFunction<RandomGenerator> metric, double lower, double upper,
                                int replications, long seed) {
        int violations = 0;
        StringBuilder listed = new StringBuilder();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < replications; i++) {
            double v = metric.applyAsDouble(Randomness.stream(seed, i));
            String why = null;
            if (!Double.isFinite(v)) {
                why = "not finite";
            } else if (v < lower) {
                why = "below the lower bound " + lower;
            } else if (v > upper) {
                why = "above the upper bound " + upper;
            }
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
            if (why != null) {
                violations++;
                if (violations <= LISTED_VIOLATIONS) {
                    listed.append("replication ").append(i).append(": value ").append(v).append(' ').append(why)
                            .append("; replay: metric.applyAsDouble(Randomness.stream(").append(seed).append("L, ")
                            .append(i).append("))\n");
                }
            }
        }
        String comparison = violations + " of " + replications + " evaluations outside [" + lower + ", " + upper
                + "]; observed range [" + min + ", " + max + "]\n" + listed;
        if (violations > LISTED_VIOLATIONS) {
            comparison += "(" + (violations - LISTED_VIOLATIONS) + " more)";
        }
        return new Outcome("every evaluation finite and in [" + lower + ", " + upper
                + "] (deterministic: statistic = violations, p-value 1 without and 0 with any)", violations,
                violations == 0 ? 1 : 0, replications, comparison);
    }

    // ---------------------------------------------------------------------------------------------

    private static Outcome nonFinite(String test, String what, int replication, double value, int replications) {
        return new Outcome(test, Double.NaN, 0, replications,
                what + " in replication " + replication + " was " + value + " (must be finite)");
    }

    /**
     * Sample variance by the corrected two-pass formula, \( (\sum d^2 - (\sum d)^2/n)/(n-1) \) with
     * \( d = x - \bar x \): unlike {@link Replicates#variance} (whose bits MonteCarlo's quasi
     * standard error keeps), the correction cancels the rounding of the mean, so a constant
     * estimator gets a variance of exactly 0 and the t test its {@code se == 0} branch.
     */
    private static double variance(double[] x, double mean) {
        double s = 0;
        double c = 0;
        for (double v : x) {
            double d = v - mean;
            s += d * d;
            c += d;
        }
        return (s - c * c / x.length) / (x.length - 1);
    }
}
