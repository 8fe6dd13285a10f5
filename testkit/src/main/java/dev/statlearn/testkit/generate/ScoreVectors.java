package dev.statlearn.testkit.generate;

import java.util.Arrays;
import java.util.Objects;

/**
 * Generators of binary labels with scores, for ROC/PR curves, AUC, thresholds and calibration.
 *
 * <p>Of the \( n \) labels exactly \( n_+ = \min(n - 1, \max(1, \mathrm{round}(f n))) \) are 1
 * (positives), at uniformly random positions, so both classes are present. Each row has a latent
 * score \( z_i = s\, y_i + \varepsilon_i \), \( \varepsilon_i \sim N(0, 1) \), with separation
 * \( s \) (0: scores independent of labels, AUC about 1/2; \( s = 2 \): AUC about
 * \( \Phi(\sqrt 2) \approx 0.92 \)). The rows, sorted by latent score (ties broken by position),
 * are cut into \( t \) groups of sizes as equal as possible (the first \( n \bmod t \) groups one
 * longer), and every row of group \( g \) gets the score \( (g + 1/2) / t \). So there are exactly
 * \( t \) distinct scores, in (0, 1), ordered like the latent ones; \( t = n \) gives no ties.
 *
 * @since 0.2
 */
public final class ScoreVectors {

    /** Largest number of rows, {@value}. */
    public static final int MAX_ROWS = 1 << 26;

    private ScoreVectors() {
    }

    /**
     * Binary labels and scores with ties (see the class description).
     *
     * @param n                rows, in {@code [2, }{@value #MAX_ROWS}{@code ]}
     * @param positiveFraction \( f \), in [0, 1] (the count is kept in [1, n - 1])
     * @param distinctScores   \( t \), the number of distinct score values, in [1, n]
     * @param separation       \( s \), in [-1e6, 1e6]; negative values make positives score lower
     * @return the generator
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Generator<ScoredLabels> binary(int n, double positiveFraction, int distinctScores,
                                                 double separation) {
        Draws.intIn(n, 2, MAX_ROWS, "n");
        Draws.doubleIn(positiveFraction, 0, 1, "positiveFraction");
        Draws.intIn(distinctScores, 1, n, "distinctScores");
        Draws.doubleIn(separation, -1e6, 1e6, "separation");
        int positives = positives(n, positiveFraction);
        return Draws.checked(rng -> {
            boolean[] positive = Draws.subset(rng, n, positives);
            int[] labels = new int[n];
            double[] latent = new double[n];
            for (int i = 0; i < n; i++) {
                labels[i] = positive[i] ? 1 : 0;
                latent[i] = separation * labels[i] + rng.nextGaussian();
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Double.compare(latent[a], latent[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            double[] scores = new double[n];
            int base = n / distinctScores;
            int longer = n % distinctScores;
            int rank = 0;
            for (int g = 0; g < distinctScores; g++) {
                int size = base + (g < longer ? 1 : 0);
                double score = (g + 0.5) / distinctScores;
                for (int j = 0; j < size; j++) {
                    scores[order[rank++]] = score;
                }
            }
            return new ScoredLabels(labels, scores);
        });
    }

    /**
     * The number of positives {@link #binary} makes:
     * \( \min(n - 1, \max(1, \mathrm{round}(f n))) \).
     *
     * @param n                rows, at least 2
     * @param positiveFraction \( f \), in [0, 1]
     * @return the number of labels equal to 1
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static int positives(int n, double positiveFraction) {
        Draws.intIn(n, 2, Integer.MAX_VALUE, "n");
        Draws.doubleIn(positiveFraction, 0, 1, "positiveFraction");
        return (int) Math.min(n - 1, Math.max(1, Math.round(positiveFraction * n)));
    }

    /**
     * Binary labels (0 or 1) and a score per label.
     *
     * @param labels labels, 0 or 1 (the record keeps a copy; the accessor returns a copy)
     * @param scores scores, finite, as many as labels (copied likewise)
     */
    public record ScoredLabels(int[] labels, double[] scores) {

        /**
         * Checks and copies the arrays.
         *
         * @throws NullPointerException     if an array is null
         * @throws IllegalArgumentException if the lengths differ, a label is not 0 or 1, or a score
         *                                  is not finite
         */
        public ScoredLabels {
            Objects.requireNonNull(labels, "labels");
            Objects.requireNonNull(scores, "scores");
            if (labels.length != scores.length) {
                throw new IllegalArgumentException("labels has length " + labels.length + " but scores has length "
                        + scores.length);
            }
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] != 0 && labels[i] != 1) {
                    throw new IllegalArgumentException("labels[" + i + "] must be 0 or 1, was " + labels[i]);
                }
                if (!Double.isFinite(scores[i])) {
                    throw new IllegalArgumentException("scores[" + i + "] must be finite, was " + scores[i]);
                }
            }
            labels = labels.clone();
            scores = scores.clone();
        }

        /**
         * The labels.
         *
         * @return a copy
         */
        @Override
        public int[] labels() {
            return labels.clone();
        }

        /**
         * The scores.
         *
         * @return a copy
         */
        @Override
        public double[] scores() {
            return scores.clone();
        }

        /**
         * The number of labels equal to 1.
         *
         * @return the count of positives
         */
        public int positives() {
            int p = 0;
            for (int y : labels) {
                p += y;
            }
            return p;
        }

        /**
         * The number of distinct score values.
         *
         * @return the count of distinct scores
         */
        public int distinctScores() {
            return (int) Arrays.stream(scores).distinct().count();
        }

        /**
         * Compares the contents.
         *
         * @param o another object
         * @return whether {@code o} has equal labels and scores
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof ScoredLabels s && Arrays.equals(labels, s.labels) && Arrays.equals(scores, s.scores);
        }

        /**
         * A hash of the contents.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(labels) + Arrays.hashCode(scores);
        }

        /**
         * A summary and, for up to 20 rows, the rows themselves.
         *
         * @return e.g. {@code ScoredLabels[n=4, positives=2, distinct scores=2, (0, 0.25) (1, 0.75) ...]}
         */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("ScoredLabels[n=").append(labels.length)
                    .append(", positives=").append(positives()).append(", distinct scores=").append(distinctScores());
            if (labels.length <= 20) {
                sb.append(',');
                for (int i = 0; i < labels.length; i++) {
                    sb.append(" (").append(labels[i]).append(", ").append(scores[i]).append(')');
                }
            }
            return sb.append(']').toString();
        }
    }
}
