package dev.statlearn.core.data;

import dev.statlearn.core.Checks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reading numeric delimited text (CSV and whitespace-separated files) into matrices and
 * {@link Dataset}s.
 *
 * <p>Rules: fields are separated by the delimiter (or by runs of whitespace when the delimiter is
 * {@code ' '}); surrounding whitespace is ignored; blank lines are skipped; an empty field or one of
 * {@code NA}, {@code NaN}, {@code nan} is a missing value ({@code NaN}); every other field must
 * parse as a finite number. Every error names the line (1-based) and column (1-based), e.g.
 * {@code "line 7, column 3: 'abc' is not a number"}. Quoted fields are not supported.
 *
 * @since 0.1
 */
public final class Csv {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Csv() {
    }

    /**
     * Reads every non-blank line of numbers into a rectangular matrix.
     *
     * @param reader     source; read to the end but not closed
     * @param delimiter  field separator; {@code ' '} means any run of whitespace
     * @param skipHeader whether to skip the first non-blank line
     * @return rows of values (NaN for missing)
     * @throws IllegalArgumentException if a field is not a number, a row has another number of
     *                                  columns than the first, or there are no rows
     * @throws UncheckedIOException     if reading fails
     */
    public static double[][] readMatrix(Reader reader, char delimiter, boolean skipHeader) {
        Objects.requireNonNull(reader, "reader");
        List<double[]> rows = new ArrayList<>();
        int cols = -1;
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            String line;
            int lineNo = 0;
            boolean headerPending = skipHeader;
            while ((line = br.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (headerPending) {
                    headerPending = false;
                    continue;
                }
                double[] r = parseLine(line, delimiter, lineNo);
                if (cols < 0) {
                    cols = r.length;
                } else if (r.length != cols) {
                    throw new IllegalArgumentException("line " + lineNo + ": expected " + cols
                            + " columns, found " + r.length);
                }
                rows.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("input has no data rows");
        }
        return rows.toArray(new double[0][]);
    }

    /**
     * Reads a comma-separated file of numbers.
     *
     * @param path       file (UTF-8)
     * @param skipHeader whether to skip the first non-blank line
     * @return rows of values
     * @throws UncheckedIOException     if the file cannot be read
     * @throws IllegalArgumentException on malformed content (message names line and column)
     */
    public static double[][] readMatrix(Path path, boolean skipHeader) {
        Objects.requireNonNull(path, "path");
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return readMatrix(r, ',', skipHeader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a classification dataset whose last column holds integer class labels.
     *
     * @param reader       source; not closed
     * @param delimiter    field separator
     * @param skipHeader   whether to skip the first non-blank line
     * @param featureNames feature names, or null for generated ones
     * @param classNames   class names, or null for {@code 0..k-1} with {@code k} = largest label + 1
     * @return the dataset
     * @throws IllegalArgumentException if a label is missing, negative, not an integer or not below
     *                                  {@link Dataset#MAX_CLASSES} (checked before any per-class
     *                                  storage is allocated)
     */
    public static Dataset readClassification(Reader reader, char delimiter, boolean skipHeader,
                                             List<String> featureNames, List<String> classNames) {
        double[][] m = readMatrix(reader, delimiter, skipHeader);
        int d = m[0].length - 1;
        if (d < 1) {
            throw new IllegalArgumentException("a classification file needs at least 2 columns, had " + m[0].length);
        }
        double[][] x = new double[m.length][];
        int[] y = new int[m.length];
        int k = 0;
        for (int i = 0; i < m.length; i++) {
            double v = m[i][d];
            if (!(v >= 0 && v == Math.rint(v) && v < Dataset.MAX_CLASSES)) {
                throw new IllegalArgumentException("data row " + (i + 1) + ", column " + (d + 1)
                        + ": label must be an integer in [0, " + (Dataset.MAX_CLASSES - 1) + "] (at most "
                        + Dataset.MAX_CLASSES + " classes), was "
                        + (v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v)));
            }
            y[i] = (int) v;
            k = Math.max(k, y[i] + 1);
            x[i] = Arrays.copyOf(m[i], d);
        }
        if (classNames == null) {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                names.add(Integer.toString(c));
            }
            classNames = names;
        }
        return Dataset.classification(x, y, featureNames, classNames);
    }

    private static double[] parseLine(String line, char delimiter, int lineNo) {
        String[] fields = delimiter == ' '
                ? WHITESPACE.split(line.strip())
                : line.split(Pattern.quote(String.valueOf(delimiter)), -1);
        double[] out = new double[fields.length];
        for (int j = 0; j < fields.length; j++) {
            out[j] = parseField(fields[j].strip(), lineNo, j + 1);
        }
        return out;
    }

    private static double parseField(String f, int line, int column) {
        if (f.isEmpty() || f.equals("NA") || f.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        double v;
        try {
            v = Double.parseDouble(f);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "line " + line + ", column " + column + ": '" + f + "' is not a number", e);
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(
                    "line " + line + ", column " + column + ": value must be finite, was " + f);
        }
        return v;
    }

    /**
     * Parses one field the way {@link #readMatrix} does (exposed for tests of the rules).
     *
     * @param field  text
     * @param line   line number for the message
     * @param column column number for the message
     * @return the value, NaN when missing
     */
    static double parse(String field, int line, int column) {
        Checks.notNull(field, "field");
        return parseField(field.strip(), line, column);
    }
}
