package dev.statlearn.stats.bayes;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;

/**
 * A binary diagnostic test (a medical test, a fraud flag, a classifier at a fixed threshold)
 * described by its sensitivity \(P(+ \mid C)\) and false-positive rate \(P(+ \mid \neg C)\), used
 * to update the probability of the condition \(C\) after each result:
 * \[ P(C \mid +) = \frac{s\,\pi}{s\,\pi + f\,(1 - \pi)}, \qquad
 *    P(C \mid -) = \frac{(1 - s)\,\pi}{(1 - s)\,\pi + (1 - f)\,(1 - \pi)}, \]
 * with prior (prevalence) \(\pi\), sensitivity \(s\) and false-positive rate \(f\). Results are
 * assumed independent given the condition, so a sequence of results is applied one at a time, each
 * posterior becoming the next prior.
 *
 * <p>The course notes' example: prevalence 0.10, sensitivity 0.99, false-positive rate 0.01 give
 * \(P(C \mid +) = 0.9167\); with false-positive rate 0.10 it is 0.5238, and 0.9159 after a second
 * positive.
 *
 * <ul>
 *   <li>A prior of 0 or 1 is never changed.</li>
 *   <li>A result that is impossible under the prior (e.g. a positive with \(s = f = 0\)) has
 *       evidence 0 and is rejected with an {@link IllegalArgumentException}.</li>
 * </ul>
 *
 * @param sensitivity       true-positive rate \(P(+ \mid C)\), in [0, 1]
 * @param falsePositiveRate \(P(+ \mid \neg C) = 1 - \text{specificity}\), in [0, 1]
 * @since 0.1
 */
public record BinaryTest(double sensitivity, double falsePositiveRate) {

    /**
     * Checks the rates.
     *
     * @throws IllegalArgumentException if a rate is not in [0, 1]
     */
    public BinaryTest {
        Checks.probability(sensitivity, "sensitivity");
        Checks.probability(falsePositiveRate, "falsePositiveRate");
    }

    /**
     * A test with the given rates.
     *
     * @param sensitivity       \(P(+ \mid C)\) in [0, 1]
     * @param falsePositiveRate \(P(+ \mid \neg C)\) in [0, 1]
     * @return the test
     * @throws IllegalArgumentException if a rate is not in [0, 1]
     */
    public static BinaryTest of(double sensitivity, double falsePositiveRate) {
        return new BinaryTest(sensitivity, falsePositiveRate);
    }

    /**
     * The specificity \(1 - f\).
     *
     * @return \(P(- \mid \neg C)\)
     */
    public double specificity() {
        return 1 - falsePositiveRate;
    }

    /**
     * The false-negative rate \(1 - s\).
     *
     * @return \(P(- \mid C)\)
     */
    public double falseNegativeRate() {
        return 1 - sensitivity;
    }

    /**
     * Probability of a positive result, \(P(+) = s\pi + f(1-\pi)\) (the evidence of a positive).
     *
     * @param prior \(\pi\) in [0, 1]
     * @return \(P(+)\)
     * @throws IllegalArgumentException if {@code prior} is not in [0, 1]
     */
    public double probabilityOfPositive(double prior) {
        Checks.probability(prior, "prior");
        return sensitivity * prior + falsePositiveRate * (1 - prior);
    }

    /**
     * \(P(C \mid +)\).
     *
     * @param prior \(\pi\) in [0, 1]
     * @return the posterior probability of the condition after a positive result
     * @throws IllegalArgumentException if {@code prior} is not in [0, 1], or a positive is impossible
     */
    public double posteriorAfterPositive(double prior) {
        return posterior(prior, true);
    }

    /**
     * \(P(C \mid -)\).
     *
     * @param prior \(\pi\) in [0, 1]
     * @return the posterior probability of the condition after a negative result
     * @throws IllegalArgumentException if {@code prior} is not in [0, 1], or a negative is impossible
     */
    public double posteriorAfterNegative(double prior) {
        return posterior(prior, false);
    }

    /**
     * \(P(C \mid r_1, \dots, r_t)\) after a sequence of independent results ({@code true} = positive).
     *
     * @param prior   \(\pi\) in [0, 1]
     * @param results the results in order; none gives back the prior
     * @return the final posterior
     * @throws NullPointerException     if {@code results} is null
     * @throws IllegalArgumentException if {@code prior} is not in [0, 1], or a result is impossible
     */
    public double posteriorAfter(double prior, boolean... results) {
        double[] path = posteriors(prior, results);
        return path[path.length - 1];
    }

    /**
     * The whole path of posteriors: element 0 is the prior, element i the posterior after the
     * first i results.
     *
     * @param prior   \(\pi\) in [0, 1]
     * @param results the results in order ({@code true} = positive). Not modified.
     * @return an array of length {@code results.length + 1}
     * @throws NullPointerException     if {@code results} is null
     * @throws IllegalArgumentException if {@code prior} is not in [0, 1], or a result is impossible
     */
    public double[] posteriors(double prior, boolean... results) {
        Checks.probability(prior, "prior");
        Checks.notNull(results, "results");
        double[] path = new double[results.length + 1];
        path[0] = prior;
        for (int i = 0; i < results.length; i++) {
            path[i + 1] = posterior(path[i], results[i]);
        }
        return path;
    }

    private double posterior(double prior, boolean positive) {
        Checks.probability(prior, "prior");
        double likeC = positive ? sensitivity : 1 - sensitivity;
        double likeNotC = positive ? falsePositiveRate : 1 - falsePositiveRate;
        double joint = likeC * prior;
        double evidence = joint + likeNotC * (1 - prior);
        if (!(evidence > 0)) {
            throw new IllegalArgumentException("a " + (positive ? "positive" : "negative")
                    + " result has probability 0 under prior " + prior + " and " + this);
        }
        return Math.min(1.0, joint / evidence);
    }

    /**
     * Sensitivity and false-positive rate to 4 significant digits, e.g.
     * {@code BinaryTest(sensitivity=0.99, falsePositiveRate=0.05)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "BinaryTest(sensitivity=" + Format.sig(sensitivity) + ", falsePositiveRate=" + Format.sig(falsePositiveRate) + ")";
    }
}
