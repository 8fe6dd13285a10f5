package dev.statlearn.core.data;

import dev.statlearn.core.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable table of examples: an \( n \times d \) feature matrix with either integer class
 * labels \( y_i \in \{0, \dots, k-1\} \) (classification) or real targets (regression), plus
 * feature and class names.
 *
 * <p>Every array passed in is copied and every array handed out is a copy, so callers can
 * neither mutate a dataset nor be surprised by one. Feature values may be {@code NaN}, which marks
 * a missing value (see {@link dev.statlearn.core.preprocess.Imputer}); infinities are rejected.
 *
 * <p>Row selection by index array ({@link #select(int[])}) is what splits, cross-validation and
 * resampling use: rows keep their labels and may be repeated.
 *
 * @since 0.1
 */
public final class Dataset {

    /**
     * Largest supported number of classes, \( 2^{16} = 65536 \): labels are class indices in
     * {@code [0, 65535]}. Labels are checked against this limit before the number of classes sizes
     * anything (class names, per-class counts), so one stray huge label gives an
     * {@link IllegalArgumentException} instead of exhausting memory.
     */
    public static final int MAX_CLASSES = 1 << 16;

    private final String name;
    private final double[][] x;
    private final int[] labels;      // null for regression
    private final double[] targets;  // null for classification
    private final List<String> featureNames;
    private final List<String> classNames; // empty for regression

    private Dataset(String name, double[][] x, int[] labels, double[] targets,
                    List<String> featureNames, List<String> classNames) {
        this.name = name;
        this.x = x;
        this.labels = labels;
        this.targets = targets;
        this.featureNames = featureNames;
        this.classNames = classNames;
    }

    /**
     * A classification dataset with generated names ({@code x0, x1, …} and {@code 0, 1, …}); the
     * number of classes is the largest label + 1.
     *
     * @param x features, one row per example; copied
     * @param y class labels, {@code >= 0}; copied
     * @return the dataset
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code x} or {@code y} is empty, {@code x} is ragged, a
     *                                  value is infinite, the lengths differ or a label is negative or
     *                                  {@code >= }{@value #MAX_CLASSES}
     */
    public static Dataset classification(double[][] x, int[] y) {
        Objects.requireNonNull(x, "x");
        Checks.nonEmpty(y, "y");
        int k = Checks.classCount(y, MAX_CLASSES, "y");
        return classification(x, y, null, defaultNames("", k));
    }

    /**
     * A classification dataset with names.
     *
     * @param x            features, one row per example; copied
     * @param y            class labels in {@code [0, classNames.size())}; copied
     * @param featureNames one name per column, or null for {@code x0, x1, …}
     * @param classNames   one name per class (the number of classes, at most {@value #MAX_CLASSES})
     * @return the dataset
     * @throws NullPointerException     if {@code x}, {@code y} or {@code classNames} is null
     * @throws IllegalArgumentException on shape mismatch, infinite values, out-of-range labels or
     *                                  more than {@value #MAX_CLASSES} class names
     */
    public static Dataset classification(double[][] x, int[] y, List<String> featureNames,
                                         List<String> classNames) {
        double[][] xs = copyFeatures(x, "x");
        Objects.requireNonNull(classNames, "classNames");
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException("classNames must not be empty");
        }
        checkClassCount(classNames.size());
        Checks.labels(y, classNames.size(), "y");
        Checks.sameLength(xs.length, "x", y.length, "y");
        return new Dataset("dataset", xs, y.clone(), null,
                names(featureNames, xs[0].length), List.copyOf(classNames));
    }

    /**
     * A regression dataset with generated feature names.
     *
     * @param x features; copied
     * @param y finite real targets; copied
     * @return the dataset
     * @throws IllegalArgumentException on shape mismatch or non-finite values
     */
    public static Dataset regression(double[][] x, double[] y) {
        return regression(x, y, null);
    }

    /**
     * A regression dataset.
     *
     * @param x            features; copied
     * @param y            finite real targets; copied
     * @param featureNames one name per column, or null for {@code x0, x1, …}
     * @return the dataset
     * @throws IllegalArgumentException on shape mismatch or non-finite values
     */
    public static Dataset regression(double[][] x, double[] y, List<String> featureNames) {
        double[][] xs = copyFeatures(x, "x");
        Checks.allFinite(y, "y");
        Checks.sameLength(xs.length, "x", y.length, "y");
        return new Dataset("dataset", xs, null, y.clone(), names(featureNames, xs[0].length), List.of());
    }

    /**
     * This dataset under another name (shown by {@link #toString()}).
     *
     * @param newName name
     * @return a dataset sharing this one's (immutable) contents
     */
    public Dataset withName(String newName) {
        return new Dataset(Objects.requireNonNull(newName, "newName"), x, labels, targets,
                featureNames, classNames);
    }

    /**
     * The same examples and labels with new features (for example the output of a fitted
     * transformer), keeping the feature names when the column count is unchanged.
     *
     * @param newX features, one row per example of this dataset; copied
     * @return a new dataset
     * @throws NullPointerException     if {@code newX} or a row is null
     * @throws IllegalArgumentException if {@code newX} is empty or ragged, the row count differs or
     *                                  a value is infinite
     */
    public Dataset withFeatures(double[][] newX) {
        double[][] xs = copyFeatures(newX, "newX");
        Checks.sameLength(xs.length, "newX", x.length, "dataset rows");
        List<String> fn = xs[0].length == featureNames.size() ? featureNames : names(null, xs[0].length);
        return new Dataset(name, xs, labels, targets, fn, classNames);
    }

    /**
     * The same examples and labels with new features and feature names.
     *
     * @param newX         features, one row per example of this dataset; copied
     * @param featureNames one name per column
     * @return a new dataset
     * @throws NullPointerException     if {@code newX} or a row is null
     * @throws IllegalArgumentException if {@code newX} is empty or ragged, the row count differs,
     *                                  a value is infinite or the names do not match the columns
     */
    public Dataset withFeatures(double[][] newX, List<String> featureNames) {
        double[][] xs = copyFeatures(newX, "newX");
        Checks.sameLength(xs.length, "newX", x.length, "dataset rows");
        return new Dataset(name, xs, labels, targets, names(featureNames, xs[0].length), classNames);
    }

    /**
     * The same features with new class labels (e.g. "digit 0 vs rest").
     *
     * @param y          labels in {@code [0, classNames.size())}; copied
     * @param classNames names of the new classes (at most {@value #MAX_CLASSES})
     * @return a new classification dataset
     * @throws IllegalArgumentException if a label is out of range, the length differs from the
     *                                  number of rows, or there are more than
     *                                  {@value #MAX_CLASSES} class names
     */
    public Dataset withLabels(int[] y, List<String> classNames) {
        Objects.requireNonNull(classNames, "classNames");
        checkClassCount(classNames.size());
        Checks.labels(y, classNames.size(), "y");
        Checks.sameLength(y.length, "y", x.length, "dataset rows");
        return new Dataset(name, x, y.clone(), null, featureNames, List.copyOf(classNames));
    }

    /**
     * A binary task "class {@code positive} vs the rest": the positive class becomes label 1 and
     * every other class label 0.
     *
     * @param positive the class that becomes label 1
     * @return a new binary classification dataset
     * @throws IllegalStateException    if this is a regression dataset
     * @throws IllegalArgumentException if {@code positive} is not a class of this dataset
     */
    public Dataset oneVsRest(int positive) {
        requireClassification();
        Checks.index(positive, numClasses(), "positive");
        int[] y = new int[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i] == positive ? 1 : 0;
        }
        String p = classNames.get(positive);
        return new Dataset(name + " (" + p + " vs rest)", x, y, null, featureNames, List.of("rest", p));
    }

    /**
     * The rows at the given indices, in that order; an index may repeat (bootstrap, oversampling).
     *
     * @param rows row indices in {@code [0, size())}; not modified
     * @return a new dataset with {@code rows.length} examples
     * @throws IllegalArgumentException if {@code rows} is empty or an index is out of range
     */
    public Dataset select(int[] rows) {
        Checks.nonEmpty(rows, "rows");
        double[][] xs = new double[rows.length][];
        int[] ly = labels == null ? null : new int[rows.length];
        double[] ty = targets == null ? null : new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            if (r < 0 || r >= x.length) {
                throw new IllegalArgumentException(
                        "rows[" + i + "] must be in [0, " + (x.length - 1) + "], was " + r);
            }
            xs[i] = x[r].clone();
            if (ly != null) {
                ly[i] = labels[r];
            } else {
                ty[i] = targets[r];
            }
        }
        return new Dataset(name, xs, ly, ty, featureNames, classNames);
    }

    /**
     * The examples of this dataset followed by those of {@code other}.
     *
     * @param other a dataset of the same kind, column count and classes
     * @return a new dataset
     * @throws IllegalArgumentException if the two are not compatible
     */
    public Dataset concat(Dataset other) {
        Objects.requireNonNull(other, "other");
        if (other.numFeatures() != numFeatures()) {
            throw new IllegalArgumentException("other has " + other.numFeatures()
                    + " features but this dataset has " + numFeatures());
        }
        if (isClassification() != other.isClassification()
                || (isClassification() && !classNames.equals(other.classNames))) {
            throw new IllegalArgumentException("other must have the same task and classes, had "
                    + other.classNames + " vs " + classNames);
        }
        int n = x.length + other.x.length;
        double[][] xs = new double[n][];
        for (int i = 0; i < x.length; i++) {
            xs[i] = x[i].clone();
        }
        for (int i = 0; i < other.x.length; i++) {
            xs[x.length + i] = other.x[i].clone();
        }
        if (labels != null) {
            int[] y = Arrays.copyOf(labels, n);
            System.arraycopy(other.labels, 0, y, x.length, other.labels.length);
            return new Dataset(name, xs, y, null, featureNames, classNames);
        }
        double[] y = Arrays.copyOf(targets, n);
        System.arraycopy(other.targets, 0, y, x.length, other.targets.length);
        return new Dataset(name, xs, null, y, featureNames, classNames);
    }

    /**
     * Name of the dataset.
     *
     * @return name
     */
    public String name() {
        return name;
    }

    /**
     * Number of examples \( n \).
     *
     * @return number of rows
     */
    public int size() {
        return x.length;
    }

    /**
     * Number of features \( d \).
     *
     * @return number of columns
     */
    public int numFeatures() {
        return x[0].length;
    }

    /**
     * Number of classes \( k \) (0 for regression).
     *
     * @return number of classes
     */
    public int numClasses() {
        return classNames.size();
    }

    /**
     * Whether this dataset has class labels (otherwise it has real targets).
     *
     * @return true for classification
     */
    public boolean isClassification() {
        return labels != null;
    }

    /**
     * A copy of the feature matrix.
     *
     * @return new \( n \times d \) array
     */
    public double[][] features() {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    /**
     * A copy of one row of features.
     *
     * @param row row index
     * @return new array of length \( d \)
     */
    public double[] row(int row) {
        Checks.index(row, x.length, "row");
        return x[row].clone();
    }

    /**
     * One feature value.
     *
     * @param row    row index
     * @param column column index
     * @return the value (NaN when missing)
     */
    public double value(int row, int column) {
        Checks.index(row, x.length, "row");
        Checks.index(column, x[0].length, "column");
        return x[row][column];
    }

    /**
     * A copy of one feature column.
     *
     * @param column column index
     * @return new array of length \( n \)
     */
    public double[] column(int column) {
        Checks.index(column, x[0].length, "column");
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i][column];
        }
        return out;
    }

    /**
     * A copy of the class labels.
     *
     * @return new array of length \( n \)
     * @throws IllegalStateException if this is a regression dataset
     */
    public int[] labels() {
        requireClassification();
        return labels.clone();
    }

    /**
     * One class label.
     *
     * @param row row index
     * @return the label
     * @throws IllegalStateException if this is a regression dataset
     */
    public int label(int row) {
        requireClassification();
        Checks.index(row, x.length, "row");
        return labels[row];
    }

    /**
     * A copy of the regression targets.
     *
     * @return new array of length \( n \)
     * @throws IllegalStateException if this is a classification dataset
     */
    public double[] targets() {
        if (targets == null) {
            throw new IllegalStateException(name + " is a classification dataset: use labels()");
        }
        return targets.clone();
    }

    /**
     * Feature names, one per column.
     *
     * @return unmodifiable list
     */
    public List<String> featureNames() {
        return featureNames;
    }

    /**
     * Class names, one per class (empty for regression).
     *
     * @return unmodifiable list
     */
    public List<String> classNames() {
        return classNames;
    }

    /**
     * The number of examples of each class.
     *
     * @return new array of length {@link #numClasses()}
     * @throws IllegalStateException if this is a regression dataset
     */
    public int[] classCounts() {
        requireClassification();
        int[] c = new int[classNames.size()];
        for (int v : labels) {
            c[v]++;
        }
        return c;
    }

    /**
     * Shape and class counts, e.g.
     * {@code iris: 150 x 4, 3 classes {setosa=50, versicolor=50, virginica=50}}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(": ").append(size()).append(" x ").append(numFeatures());
        if (labels != null) {
            int[] c = classCounts();
            sb.append(", ").append(c.length).append(c.length == 1 ? " class {" : " classes {");
            for (int i = 0; i < c.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(classNames.get(i)).append('=').append(c[i]);
            }
            sb.append('}');
        } else {
            sb.append(", regression target");
        }
        return sb.toString();
    }

    private void requireClassification() {
        if (labels == null) {
            throw new IllegalStateException(name + " is a regression dataset: it has no class labels");
        }
    }

    private static double[][] copyFeatures(double[][] x, String name) {
        Checks.rectangular(x, name);
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    private static List<String> names(List<String> given, int d) {
        if (given == null) {
            return defaultNames("x", d);
        }
        if (given.size() != d) {
            throw new IllegalArgumentException(
                    "featureNames has " + given.size() + " names but x has " + d + " columns");
        }
        return List.copyOf(given);
    }

    private static void checkClassCount(int k) {
        if (k > MAX_CLASSES) {
            throw new IllegalArgumentException("classNames must hold at most " + MAX_CLASSES
                    + " classes (Dataset.MAX_CLASSES), had " + k);
        }
    }

    private static List<String> defaultNames(String prefix, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(prefix + i);
        }
        return List.copyOf(out);
    }
}
