package dev.statlearn.testkit.generate;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of data sets: classification data as Gaussian clusters with chosen class sizes, and
 * linear regression data with Gaussian noise.
 *
 * <p><b>Class sizes</b> are fixed by the arguments, not drawn. From proportions \( \pi_c \)
 * (given, or \( \pi_c \propto \rho^{-c/(k-1)} \) for an imbalance ratio \( \rho \), so that
 * \( \pi_0 / \pi_{k-1} = \rho \)) and a minimum \( m \): every class first gets \( m \) rows,
 * and the other \( n - k m \) rows are split by largest remainder in proportion to
 * \( \max(0, n \pi_c - m) \). The sizes sum to \( n \) and each is at least \( m \). When
 * every share \( n \pi_c \) is at least \( m \), the sizes are the largest-remainder rounding of
 * \( n \pi_c \) (each within 1 of it); otherwise the short classes are raised to \( m \) and the
 * others give up rows in proportion to their excess over \( m \) ({@link #classSizes} shows the
 * sizes). The rows are in random order.
 *
 * <p><b>Features</b> of a row of class \( c \) are \( x = \mu_c + z \) with
 * \( z \sim N(0, I_d) \); the class means are \( \mu_c = (s / \sqrt 2)\, u_c \) with \( u_c \)
 * independent uniform random unit vectors and \( s \) the separation, so two means are \( s \)
 * apart when their directions are orthogonal (nearly so for large \( d \)) and \( s = 0 \) gives
 * one cluster with random labels.
 *
 * <p>Sizes are limited to \( n d \le \) {@value #MAX_CELLS}, checked when the generator is made.
 *
 * @since 0.2
 */
public final class LabelledDatasets {

    /** Largest number of feature values \( n \cdot d \) of a generated data set, {@value}. */
    public static final long MAX_CELLS = 1L << 26;

    private LabelledDatasets() {
    }

    /**
     * Balanced classification data: {@link #classification(int, int, int, double, int, double)}
     * with imbalance ratio 1 and at least one row per class.
     *
     * @param n          rows, at least {@code k}
     * @param d          features, at least 1
     * @param k          classes, in {@code [2, Dataset.MAX_CLASSES]}
     * @param separation distance \( s \) between class means, in [0, 1e6]
     * @return the generator
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Generator<Dataset> balanced(int n, int d, int k, double separation) {
        return classification(n, d, k, 1, 1, separation);
    }

    /**
     * Imbalanced classification data with geometric class proportions
     * \( \pi_c \propto \rho^{-c/(k-1)} \): class 0 is the largest, class \( k - 1 \) the smallest,
     * and their expected sizes differ by the factor \( \rho \) (see the class description for the
     * rounding and the minimum).
     *
     * @param n              rows, at least {@code k * minPerClass}
     * @param d              features, at least 1
     * @param k              classes, in {@code [2, Dataset.MAX_CLASSES]}
     * @param imbalanceRatio \( \rho \), the ratio of the largest to the smallest class proportion,
     *                       in [1, 1e9]
     * @param minPerClass    \( m \), the fewest rows of any class, at least 1
     * @param separation     distance \( s \) between class means, in [0, 1e6]
     * @return the generator
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Generator<Dataset> classification(int n, int d, int k, double imbalanceRatio, int minPerClass,
                                                    double separation) {
        Draws.intIn(k, 2, Dataset.MAX_CLASSES, "k");
        Draws.doubleIn(imbalanceRatio, 1, 1e9, "imbalanceRatio");
        double[] proportions = new double[k];
        for (int c = 0; c < k; c++) {
            proportions[c] = Math.pow(imbalanceRatio, -(double) c / (k - 1));
        }
        return classification(n, d, Draws.normalize(proportions), minPerClass, separation);
    }

    /**
     * Classification data with explicit class proportions.
     *
     * @param n           rows, at least {@code proportions.length * minPerClass}
     * @param d           features, at least 1
     * @param proportions \( \pi_c \), one per class (2 to {@code Dataset.MAX_CLASSES} classes),
     *                    non-negative, finite, with a positive sum (normalised here); copied
     * @param minPerClass \( m \), the fewest rows of any class, at least 1
     * @param separation  distance \( s \) between class means, in [0, 1e6]
     * @return the generator
     * @throws NullPointerException     if {@code proportions} is null
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Generator<Dataset> classification(int n, int d, double[] proportions, int minPerClass,
                                                    double separation) {
        Objects.requireNonNull(proportions, "proportions");
        int k = Draws.intIn(proportions.length, 2, Dataset.MAX_CLASSES, "proportions.length");
        int[] sizes = classSizes(n, proportions, minPerClass);
        Draws.intIn(d, 1, Integer.MAX_VALUE, "d");
        checkCells(n, d);
        Draws.doubleIn(separation, 0, 1e6, "separation");
        List<String> names = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            names.add(Integer.toString(c));
        }
        List<String> classNames = List.copyOf(names);
        return Draws.checked(rng -> {
            double[][] means = new double[k][];
            for (int c = 0; c < k; c++) {
                means[c] = unitVector(rng, d);
                for (int j = 0; j < d; j++) {
                    means[c][j] *= separation / Math.sqrt(2);
                }
            }
            int[] y = new int[n];
            for (int c = 0, i = 0; c < k; c++) {
                Arrays.fill(y, i, i + sizes[c], c);
                i += sizes[c];
            }
            Randomness.shuffle(y, rng);
            double[][] x = new double[n][d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    x[i][j] = means[y[i]][j] + rng.nextGaussian();
                }
            }
            return Dataset.classification(x, y, null, classNames);
        });
    }

    /**
     * The class sizes {@link #classification(int, int, double[], int, double)} uses: they sum to
     * {@code n} and each is at least {@code minPerClass} (see the class description).
     *
     * @param n           rows
     * @param proportions class proportions (normalised here); not modified
     * @param minPerClass the fewest rows of any class
     * @return the size of each class
     * @throws NullPointerException     if {@code proportions} is null
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static int[] classSizes(int n, double[] proportions, int minPerClass) {
        Objects.requireNonNull(proportions, "proportions");
        int k = Draws.intIn(proportions.length, 1, Dataset.MAX_CLASSES, "proportions.length");
        double sum = 0;
        for (int c = 0; c < k; c++) {
            sum += Draws.doubleIn(proportions[c], 0, Double.MAX_VALUE, "proportions[" + c + "]");
        }
        if (!(sum > 0 && sum < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("proportions must have a positive finite sum, summed to " + sum);
        }
        Draws.intIn(minPerClass, 1, Integer.MAX_VALUE, "minPerClass");
        long least = (long) k * minPerClass;
        if (n < least) {
            throw new IllegalArgumentException("n must be >= k * minPerClass = " + least + ", was " + n);
        }
        return classSizes(n, proportions.clone(), sum, minPerClass);
    }

    /**
     * Linear regression data: \( y = \beta_0 + x^\top \beta + \varepsilon \) with
     * \( x \sim N(0, I_d) \), \( \varepsilon \sim N(0, \sigma^2) \), and the coefficients
     * \( \beta_j \) and intercept \( \beta_0 \) drawn once per data set, independent \( N(0, 1) \).
     * The result carries the true coefficients, e.g. to check an estimator against them.
     *
     * @param n       rows, at least 1
     * @param d       features, at least 1
     * @param noiseSd \( \sigma \), in [0, 1e6]
     * @return the generator
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Generator<LinearData> linearRegression(int n, int d, double noiseSd) {
        Draws.intIn(n, 1, Integer.MAX_VALUE, "n");
        Draws.intIn(d, 1, Integer.MAX_VALUE, "d");
        checkCells(n, d);
        Draws.doubleIn(noiseSd, 0, 1e6, "noiseSd");
        return Draws.checked(rng -> {
            double[] beta = new double[d];
            for (int j = 0; j < d; j++) {
                beta[j] = rng.nextGaussian();
            }
            double intercept = rng.nextGaussian();
            double[][] x = new double[n][d];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double s = intercept;
                for (int j = 0; j < d; j++) {
                    x[i][j] = rng.nextGaussian();
                    s += x[i][j] * beta[j];
                }
                y[i] = s + noiseSd * rng.nextGaussian();
            }
            return new LinearData(Dataset.regression(x, y), intercept, beta, noiseSd);
        });
    }

    /**
     * A regression data set with the linear model that generated it.
     *
     * @param dataset      the data
     * @param intercept    \( \beta_0 \)
     * @param coefficients \( \beta \), one per feature (the record keeps a copy; the accessor returns
     *                     a copy)
     * @param noiseSd      \( \sigma \), the standard deviation of the noise
     */
    public record LinearData(Dataset dataset, double intercept, double[] coefficients, double noiseSd) {

        /**
         * Checks and copies the arguments.
         *
         * @throws NullPointerException     if {@code dataset} or {@code coefficients} is null
         * @throws IllegalArgumentException if the coefficients do not match the features
         */
        public LinearData {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(coefficients, "coefficients");
            if (coefficients.length != dataset.numFeatures()) {
                throw new IllegalArgumentException("coefficients has length " + coefficients.length
                        + " but dataset has " + dataset.numFeatures() + " features");
            }
            coefficients = coefficients.clone();
        }

        /**
         * The coefficients \( \beta \).
         *
         * @return a copy
         */
        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        /**
         * Compares the contents.
         *
         * @param o another object
         * @return whether {@code o} holds the same model and the same features and targets
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof LinearData l && Arrays.deepEquals(l.dataset.features(), dataset.features())
                    && Arrays.equals(l.dataset.targets(), dataset.targets())
                    && Double.compare(l.intercept, intercept) == 0 && Arrays.equals(l.coefficients, coefficients)
                    && Double.compare(l.noiseSd, noiseSd) == 0;
        }

        /**
         * A hash of the contents.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Objects.hash(Arrays.deepHashCode(dataset.features()), intercept, Arrays.hashCode(coefficients), noiseSd);
        }

        /**
         * The model and the data set's summary.
         *
         * @return e.g. {@code LinearData[intercept=0.3, coefficients=[1.2, -0.4], noiseSd=0.5, dataset=...]}
         */
        @Override
        public String toString() {
            return "LinearData[intercept=" + intercept + ", coefficients=" + Arrays.toString(coefficients)
                    + ", noiseSd=" + noiseSd + ", dataset=" + dataset + "]";
        }
    }

    private static void checkCells(int n, int d) {
        if ((long) n * d > MAX_CELLS) {
            throw new IllegalArgumentException("n * d must be <= " + MAX_CELLS + " (LabelledDatasets.MAX_CELLS), was "
                    + n + " * " + d + " = " + (long) n * d);
        }
    }

    /** Minimum first, then the rest by largest remainder in proportion to max(0, n pi_c - m). */
    private static int[] classSizes(int n, double[] proportions, double sum, int m) {
        int k = proportions.length;
        int[] sizes = new int[k];
        double[] excess = new double[k];
        double excessSum = 0;
        for (int c = 0; c < k; c++) {
            sizes[c] = m;
            excess[c] = Math.max(0, n * (proportions[c] / sum) - m);
            excessSum += excess[c];
        }
        long rest = n - (long) k * m;
        if (rest == 0) {
            return sizes;
        }
        // excessSum >= sum_c (n pi_c - m) = rest > 0: the split below is well defined
        double[] remainder = new double[k];
        long given = 0;
        for (int c = 0; c < k; c++) {
            double exact = rest * (excess[c] / excessSum);
            long whole = (long) Math.floor(exact);
            sizes[c] += (int) whole;
            given += whole;
            remainder[c] = exact - whole;
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int i = 0; given < rest; i = (i + 1) % k) {
            sizes[order[i]]++;
            given++;
        }
        // floating rounding could overshoot by a unit: take it back from the largest classes
        for (int c = 0; given > rest; c = (c + 1) % k) {
            if (sizes[c] > m) {
                sizes[c]--;
                given--;
            }
        }
        return sizes;
    }

    private static double[] unitVector(RandomGenerator rng, int d) {
        double[] u = new double[d];
        double norm2 = 0;
        while (norm2 == 0) {
            norm2 = 0;
            for (int j = 0; j < d; j++) {
                u[j] = rng.nextGaussian();
                norm2 += u[j] * u[j];
            }
        }
        double norm = Math.sqrt(norm2);
        for (int j = 0; j < d; j++) {
            u[j] /= norm;
        }
        return u;
    }
}
