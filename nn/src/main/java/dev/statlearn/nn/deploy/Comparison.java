package dev.statlearn.nn.deploy;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.nn.InferenceModel;
import java.util.Objects;

/**
 * How a compact model's predictions compare with a reference model's on labelled data.
 *
 * @param rows              number of rows compared
 * @param agreement         fraction of rows where both predict the same class
 * @param referenceAccuracy accuracy of the reference model
 * @param candidateAccuracy accuracy of the candidate model
 * @param referenceBytes    size of the reference model
 * @param candidateBytes    size of the candidate model
 * @since 0.1
 */
public record Comparison(int rows, double agreement, double referenceAccuracy, double candidateAccuracy,
                         long referenceBytes, long candidateBytes) {

    /**
     * Checks the record.
     *
     * @throws IllegalArgumentException if a rate is outside [0, 1], {@code rows < 1} or a size is negative
     */
    public Comparison {
        Checks.positive(rows, "rows");
        Checks.probability(agreement, "agreement");
        Checks.probability(referenceAccuracy, "referenceAccuracy");
        Checks.probability(candidateAccuracy, "candidateAccuracy");
        if (referenceBytes < 0 || candidateBytes < 0) {
            throw new IllegalArgumentException("referenceBytes and candidateBytes must be >= 0, were " + referenceBytes
                    + " and " + candidateBytes);
        }
    }

    /**
     * Compares two classifiers on the same data.
     *
     * @param reference the original model
     * @param candidate the compact model
     * @param x         rows, not modified
     * @param y         true labels, not modified
     * @return the comparison
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the data are empty, lengths differ, or the models disagree
     *                                  on inputs or outputs
     * @throws IllegalStateException    if the models are regression models
     */
    public static Comparison of(InferenceModel reference, InferenceModel candidate, double[][] x, int[] y) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(candidate, "candidate");
        Checks.rectangular(x, "x");
        Checks.notNull(y, "y");
        Checks.sameLength(x.length, "x", y.length, "y");
        if (reference.numInputs() != candidate.numInputs() || reference.numOutputs() != candidate.numOutputs()
                || reference.output() != candidate.output()) {
            throw new IllegalArgumentException("the models have different inputs or outputs");
        }
        int[] a = reference.predict(x);
        int[] b = candidate.predict(x);
        int agree = 0;
        int ra = 0;
        int ca = 0;
        for (int i = 0; i < y.length; i++) {
            agree += a[i] == b[i] ? 1 : 0;
            ra += a[i] == y[i] ? 1 : 0;
            ca += b[i] == y[i] ? 1 : 0;
        }
        double n = y.length;
        return new Comparison(y.length, agree / n, ra / n, ca / n, reference.sizeInBytes(), candidate.sizeInBytes());
    }

    /**
     * Candidate accuracy minus reference accuracy.
     *
     * @return the accuracy change (negative = the compact model is worse)
     */
    public double accuracyChange() {
        return candidateAccuracy - referenceAccuracy;
    }

    /**
     * Reference size over candidate size.
     *
     * @return the compression ratio (infinite for a 0-byte candidate)
     */
    public double compressionRatio() {
        return (double) referenceBytes / candidateBytes;
    }

    /**
     * One line: agreement, both accuracies and their change (4 significant digits), both sizes and
     * the compression ratio, e.g.
     * {@code Comparison[360 rows: agreement 0.9972, accuracy 0.9667 -> 0.9639 (-0.002778),
     * 37160 -> 9452 bytes (3.93x smaller)]}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "Comparison[" + rows + " rows: agreement " + Format.sig(agreement) + ", accuracy "
                + Format.sig(referenceAccuracy) + " -> " + Format.sig(candidateAccuracy) + " ("
                + Format.signed(accuracyChange(), 4) + "), " + referenceBytes + " -> " + candidateBytes + " bytes ("
                + Format.sig(compressionRatio(), 3) + "x smaller)]";
    }
}
