package dev.statlearn.eval.threshold;

import dev.statlearn.core.Checks;

import java.util.Locale;

/**
 * Expected outcomes of an operating point at a given volume and prevalence: with
 * \( V \) cases of which a fraction \( \pi \) are positive, a rule with true-positive rate TPR
 * and false-positive rate FPR is expected to catch \( V\pi\,\mathrm{TPR} \) positives, miss
 * \( V\pi(1-\mathrm{TPR}) \), and flag \( V(1-\pi)\,\mathrm{FPR} \) negatives ("valid
 * transactions flagged"). Rates are taken from the evaluation data; the prevalence may differ
 * from the data's (for example after resampling). Values are expectations, not rounded.
 *
 * @param volume          number of cases \( V \) (e.g. transactions a day), {@code > 0}
 * @param prevalence      fraction of positives \( \pi \) in [0, 1]
 * @param positives       expected positives \( V\pi \)
 * @param caught          expected true positives
 * @param missed          expected false negatives
 * @param falseAlarms     expected false positives (negatives flagged)
 * @param correctlyPassed expected true negatives
 * @since 0.1
 */
public record BusinessProjection(double volume, double prevalence, double positives, double caught,
                                 double missed, double falseAlarms, double correctlyPassed) {

    /**
     * Checks the projection.
     *
     * @throws IllegalArgumentException if {@code volume} is not positive and finite,
     *                                  {@code prevalence} is not in [0, 1], or a count is negative
     */
    public BusinessProjection {
        Checks.positive(volume, "volume");
        Checks.probability(prevalence, "prevalence");
        Checks.nonNegative(positives, "positives");
        Checks.nonNegative(caught, "caught");
        Checks.nonNegative(missed, "missed");
        Checks.nonNegative(falseAlarms, "falseAlarms");
        Checks.nonNegative(correctlyPassed, "correctlyPassed");
    }

    /**
     * Projects rates to a volume.
     *
     * @param volume            number of cases, {@code > 0}
     * @param prevalence        fraction of positives in [0, 1]
     * @param truePositiveRate  TPR in [0, 1]
     * @param falsePositiveRate FPR in [0, 1]
     * @return the projection
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static BusinessProjection of(double volume, double prevalence, double truePositiveRate,
                                        double falsePositiveRate) {
        Checks.positive(volume, "volume");
        Checks.probability(prevalence, "prevalence");
        Checks.probability(truePositiveRate, "truePositiveRate");
        Checks.probability(falsePositiveRate, "falsePositiveRate");
        double pos = volume * prevalence;
        double neg = volume - pos;
        return new BusinessProjection(volume, prevalence, pos, pos * truePositiveRate,
                pos * (1 - truePositiveRate), neg * falsePositiveRate, neg * (1 - falsePositiveRate));
    }

    /**
     * Returns the expected number of flagged cases (caught + false alarms).
     *
     * @return the alerts
     */
    public double flagged() {
        return caught + falseAlarms;
    }

    /**
     * Returns the expected precision at this prevalence, caught / flagged (0 if nothing is flagged).
     *
     * @return the precision
     */
    public double precision() {
        double f = flagged();
        return f == 0 ? 0.0 : caught / f;
    }

    /**
     * Describes the projection in the caller's terms, e.g. {@code describe("transactions a day",
     * "frauds", "valid transactions")} gives "At 10,000 transactions a day with 0.50% frauds: 41.3
     * frauds caught, 8.7 frauds missed, 99.5 valid transactions flagged (precision 29.3%)."
     *
     * @param volumeUnit   what the volume counts
     * @param positiveName plural name of positive cases
     * @param negativeName plural name of negative cases
     * @return one sentence
     * @throws NullPointerException if a name is null
     */
    public String describe(String volumeUnit, String positiveName, String negativeName) {
        Checks.notNull(volumeUnit, "volumeUnit");
        Checks.notNull(positiveName, "positiveName");
        Checks.notNull(negativeName, "negativeName");
        return String.format(Locale.ROOT,
                "At %,.0f %s with %.2f%% %s: %,.1f %s caught, %,.1f %s missed, %,.1f %s flagged (precision %.1f%%).",
                volume, volumeUnit, 100 * prevalence, positiveName, caught, positiveName, missed, positiveName,
                falseAlarms, negativeName, 100 * precision());
    }

    /**
     * Returns {@link #describe(String, String, String) describe("cases", "positives", "negatives")}.
     *
     * @return one sentence
     */
    @Override
    public String toString() {
        return describe("cases", "positives", "negatives");
    }
}
