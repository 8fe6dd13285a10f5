package dev.statlearn.testkit;

import dev.statlearn.core.internal.Format;

/**
 * The record of a statistical assertion that passed: which test decided, on what evidence, and the
 * seed that replays it. A failed assertion throws an {@link AssertionError} carrying the same facts
 * instead.
 *
 * <p>The assertion passes when the p-value of the deciding attempt is at least its threshold
 * \(\alpha_i\); see {@link StatisticalAssertions} for how the thresholds are set from the stated
 * false-failure rate.
 *
 * @param assertion  what was asserted, e.g. "draws from Normal(mu=0, sigma=1)"
 * @param test       the test that decided, e.g. "Kolmogorov-Smirnov + Anderson-Darling (Bonferroni)"
 * @param statistic  its statistic in the deciding attempt
 * @param pValue     its p-value in the deciding attempt
 * @param threshold  the level the p-value was compared with
 * @param sampleSize draws or replications behind the statistic
 * @param seed       the seed of the assertion; attempt {@code i} used
 *                   {@code Randomness.stream(seed, i)}
 * @param attempts   1, or 2 when the first attempt rejected and the retry passed
 * @since 0.2
 */
public record Verdict(String assertion, String test, double statistic, double pValue, double threshold,
                      long sampleSize, long seed, int attempts) {

    /**
     * One line, e.g. {@code Verdict(draws from Normal(mu=0, sigma=1): Kolmogorov-Smirnov statistic
     * 0.0061, p = 0.8412 >= 0.001, n = 10000, seed 42, 1 attempt)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "Verdict(" + assertion + ": " + test + " statistic " + Format.sig(statistic) + ", p = "
                + Format.sig(pValue) + " >= " + Format.sig(threshold) + ", n = " + sampleSize + ", seed "
                + seed + ", " + attempts + (attempts == 1 ? " attempt)" : " attempts)");
    }
}
