package dev.statlearn.core.preprocess;

import dev.statlearn.core.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One-hot encoding of categorical columns, fitted on training data.
 *
 * <p>The chosen columns hold category codes (any finite number; NaN marks a missing value). Each is
 * replaced by \( c + 1 \) indicator columns: one per category seen in training (sorted ascending)
 * and a last one, "missing/unknown", set for NaN and for categories never seen in training (the
 * course notes' "missing" category). Other columns pass through unchanged, in order; each encoded
 * block sits where its column was.
 *
 * <p>For text categories, {@link #fitLabels(String[])} gives the same encoding for one column of
 * strings, with {@code null} as missing. Immutable.
 *
 * @since 0.1
 */
public final class OneHotEncoder implements Transformer {

    private final int inputs;
    private final boolean[] encoded;
    private final double[][] categories; // per input column, null when passed through
    private final int outputs;

    private OneHotEncoder(int inputs, boolean[] encoded, double[][] categories) {
        this.inputs = inputs;
        this.encoded = encoded;
        this.categories = categories;
        int o = 0;
        for (int j = 0; j < inputs; j++) {
            o += encoded[j] ? categories[j].length + 1 : 1;
        }
        this.outputs = o;
    }

    /**
     * Learns the categories of the given columns.
     *
     * @param x       training rows; not modified
     * @param columns indices of the categorical columns (at least one, distinct)
     * @return the fitted encoder
     * @throws IllegalArgumentException if a column index is out of range or repeated, or a value
     *                                  is infinite
     */
    public static OneHotEncoder fit(double[][] x, int... columns) {
        Checks.rectangular(x, "x");
        Checks.nonEmpty(columns, "columns");
        int d = x[0].length;
        boolean[] enc = new boolean[d];
        for (int i = 0; i < columns.length; i++) {
            int c = Checks.index(columns[i], d, "columns[" + i + "]");
            if (enc[c]) {
                throw new IllegalArgumentException("columns[" + i + "] repeats column " + c);
            }
            enc[c] = true;
        }
        double[][] cats = new double[d][];
        for (int j = 0; j < d; j++) {
            if (!enc[j]) {
                continue;
            }
            TreeSet<Double> seen = new TreeSet<>();
            for (double[] row : x) {
                double v = row[j];
                if (!Double.isNaN(v)) {
                    seen.add(Checks.finite(v, "x[.][" + j + "]") + 0.0); // -0.0 and 0.0 are one category
                }
            }
            cats[j] = seen.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return new OneHotEncoder(d, enc, cats);
    }

    /**
     * Learns the categories of one column of strings; {@code null} is missing.
     *
     * @param values training values; not modified
     * @return a fitted encoder with one input column, used through {@link Labels#transformLabels(String[])}
     */
    public static OneHotEncoder.Labels fitLabels(String[] values) {
        Checks.notNull(values, "values");
        TreeSet<String> seen = new TreeSet<>();
        for (String v : values) {
            if (v != null) {
                seen.add(v);
            }
        }
        return new Labels(List.copyOf(seen));
    }

    /**
     * One-hot encoding of a single column of text categories.
     *
     * @param categories the training categories, sorted; the last output column is "missing/unknown"
     */
    public record Labels(List<String> categories) {

        /**
         * Checks and copies the categories.
         *
         * @param categories categories
         * @throws NullPointerException if {@code categories} or one of them is null
         */
        public Labels {
            categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        }

        /**
         * Encodes values: one row per value, {@code categories().size() + 1} columns.
         *
         * @param values values; null or unseen values set the last column
         * @return new indicator rows
         */
        public double[][] transformLabels(String[] values) {
            Checks.notNull(values, "values");
            double[][] out = new double[values.length][categories.size() + 1];
            for (int i = 0; i < values.length; i++) {
                int k = values[i] == null ? -1 : Collections.binarySearch(categories, values[i]);
                out[i][k >= 0 ? k : categories.size()] = 1;
            }
            return out;
        }

        /**
         * Output column names: the categories, then {@code "missing"}.
         *
         * @return names
         */
        public List<String> featureNames() {
            List<String> names = new ArrayList<>(categories);
            names.add("missing");
            return List.copyOf(names);
        }
    }

    @Override
    public int inputFeatures() {
        return inputs;
    }

    @Override
    public int outputFeatures() {
        return outputs;
    }

    @Override
    public double[] transform(double[] row) {
        Transformer.checkRow(row, inputs);
        double[] out = new double[outputs];
        int o = 0;
        for (int j = 0; j < inputs; j++) {
            if (!encoded[j]) {
                out[o++] = row[j];
                continue;
            }
            double[] c = categories[j];
            int k = Double.isNaN(row[j]) ? -1 : Arrays.binarySearch(c, row[j] + 0.0);
            out[o + (k >= 0 ? k : c.length)] = 1;
            o += c.length + 1;
        }
        return out;
    }

    /**
     * The categories learned for an encoded column, ascending.
     *
     * @param column input column index
     * @return a copy of the categories
     * @throws IllegalArgumentException if the column is not encoded
     */
    public double[] categories(int column) {
        Checks.index(column, inputs, "column");
        if (!encoded[column]) {
            throw new IllegalArgumentException("column " + column + " is not one-hot encoded");
        }
        return categories[column].clone();
    }

    /**
     * Output column names given the input names: an encoded column {@code c} becomes
     * {@code c=v} per category and {@code c=missing}.
     *
     * @param inputNames one name per input column
     * @return output names
     */
    public List<String> featureNames(List<String> inputNames) {
        Checks.notNull(inputNames, "inputNames");
        if (inputNames.size() != inputs) {
            throw new IllegalArgumentException("inputNames has " + inputNames.size()
                    + " names but the encoder has " + inputs + " inputs");
        }
        List<String> out = new ArrayList<>(outputs);
        for (int j = 0; j < inputs; j++) {
            if (!encoded[j]) {
                out.add(inputNames.get(j));
                continue;
            }
            for (double v : categories[j]) {
                out.add(inputNames.get(j) + "=" + (v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v)));
            }
            out.add(inputNames.get(j) + "=missing");
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("OneHotEncoder[");
        boolean first = true;
        for (int j = 0; j < inputs; j++) {
            if (encoded[j]) {
                sb.append(first ? "" : ", ").append("column ").append(j).append(": ")
                        .append(categories[j].length).append(" categories + missing");
                first = false;
            }
        }
        return sb.append(", ").append(inputs).append(" -> ").append(outputs).append(" columns]").toString();
    }
}
