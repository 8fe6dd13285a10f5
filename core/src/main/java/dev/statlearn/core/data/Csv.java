package dev.statlearn.core.data;

import dev.statlearn.core.Checks;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
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
 * {@code ' '}); surrounding whitespace is ignored; blank lines are skipped; a byte-order mark
 * (U+FEFF) at the start of the input is skipped; an empty field or one of {@code NA}, {@code NaN},
 * {@code nan} (any case of {@code nan}) is a missing value ({@code NaN}); every other field must be
 * a finite decimal number: an optional sign, digits with an optional decimal point (or a point and
 * digits), and an optional exponent, e.g. {@code -1}, {@code 2.5}, {@code .5}, {@code 3e-2}
 * (no hexadecimal such as {@code 0x1p3}, no type suffix such as {@code 1f}, no infinities). Every
 * error names the line (1-based) and column (1-based field number), e.g.
 * {@code "line 7, column 3: 'abc' is not a number"}; a quoted value longer than 40 characters is
 * cut to its first 40 followed by "…" and its length. Files read by path must be UTF-8: malformed
 * bytes are reported with their line and column. Quoted fields are not supported.
 *
 * @since 0.1
 */
public final class Csv {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern INFINITE = Pattern.compile("[+-]?(?:inf|infinity)", Pattern.CASE_INSENSITIVE);
    /** Longest quoted value in a message before it is cut. */
    static final int QUOTE_LIMIT = 40;

    /** The lines of an input, {@code null} at the end. */
    private interface Lines {
        String next() throws IOException;
    }

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
     *                                  columns than the first, there are no rows, or the reader
     *                                  reports text it cannot decode (the message names the last
     *                                  line read; the reader's read-ahead hides the exact place)
     * @throws UncheckedIOException     if reading fails
     */
    public static double[][] readMatrix(Reader reader, char delimiter, boolean skipHeader) {
        Objects.requireNonNull(reader, "reader");
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int[] lineNo = {0};
        try {
            return readMatrix(() -> {
                try {
                    String line = br.readLine();
                    lineNo[0]++;
                    return line;
                } catch (CharacterCodingException e) {
                    throw new IllegalArgumentException("line " + (lineNo[0] + 1) + " or a later one: the input is not valid"
                            + " text in the reader's character set (" + e + "); read a UTF-8 file with"
                            + " Csv.readMatrix(Path, boolean) for the exact line and column", e);
                }
            }, delimiter, skipHeader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[][] readMatrix(Lines lines, char delimiter, boolean skipHeader) throws IOException {
        List<double[]> rows = new ArrayList<>();
        int cols = -1;
        String line;
        int lineNo = 0;
        boolean headerPending = skipHeader;
        while ((line = lines.next()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // byte-order mark
            }
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
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("input has no data rows");
        }
        return rows.toArray(new double[0][]);
    }

    /**
     * Reads a comma-separated file of numbers.
     *
     * @param path       file (UTF-8, with or without a byte-order mark)
     * @param skipHeader whether to skip the first non-blank line
     * @return rows of values
     * @throws NullPointerException     if {@code path} is null
     * @throws UncheckedIOException     if the file cannot be read (missing, a directory, ...); the
     *                                  message names the path
     * @throws IllegalArgumentException on malformed content, including bytes that are not valid
     *                                  UTF-8 (message names line and column)
     */
    public static double[][] readMatrix(Path path, boolean skipHeader) {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return readMatrix(new Utf8Lines(in, ','), ',', skipHeader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read path '" + path + "': " + e, e);
        }
    }

    /**
     * Lines of UTF-8 bytes, split at {@code \n} (a preceding {@code \r} is dropped) and decoded
     * strictly, so a malformed byte is reported with its line and column.
     */
    private static final class Utf8Lines implements Lines {
        private final InputStream in;
        private final char delimiter;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        private int lineNo;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Utf8Lines(InputStream in, char delimiter) {
            this.in = in;
            this.delimiter = delimiter;
        }

        @Override
        public String next() throws IOException {
            line.reset();
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buf);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < limit && buf[pos] != '\n') {
                    pos++;
                }
                line.write(buf, start, pos - start);
                if (pos < limit) {
                    pos++; // the newline
                    break;
                }
            }
            lineNo++;
            byte[] bytes = line.toByteArray();
            int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            ByteBuffer bb = ByteBuffer.wrap(bytes, 0, n);
            CharBuffer cb = CharBuffer.allocate(n);
            decoder.reset();
            CoderResult r = decoder.decode(bb, cb, true);
            if (!r.isError()) {
                r = decoder.flush(cb);
            }
            if (r.isError()) {
                cb.flip();
                String before = cb.toString();
                throw new IllegalArgumentException("line " + lineNo + ", column " + fieldNumber(before, delimiter)
                        + ": not valid UTF-8 (byte 0x" + String.format("%02X", bytes[bb.position()] & 0xff)
                        + " after " + before.length() + " characters of the line)");
            }
            cb.flip();
            return cb.toString();
        }
    }

    /** The 1-based field that the text {@code before} ends in. */
    private static int fieldNumber(String before, char delimiter) {
        if (delimiter != ' ') {
            int c = 1;
            for (int i = 0; i < before.length(); i++) {
                c += before.charAt(i) == delimiter ? 1 : 0;
            }
            return c;
        }
        String s = before.stripLeading();
        if (s.isEmpty()) {
            return 1;
        }
        int tokens = WHITESPACE.split(s.strip()).length;
        return Character.isWhitespace(s.charAt(s.length() - 1)) ? tokens + 1 : tokens;
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
        if (f.length() <= 12 && INFINITE.matcher(f).matches()) {
            throw new IllegalArgumentException(
                    "line " + line + ", column " + column + ": value must be finite, was " + f);
        }
        if (!DECIMAL.matcher(f).matches()) {
            throw new IllegalArgumentException(
                    "line " + line + ", column " + column + ": '" + quote(f) + "' is not a number");
        }
        double v = Double.parseDouble(f);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(
                    "line " + line + ", column " + column + ": value must be finite, was " + quote(f));
        }
        return v;
    }

    /** The text itself, or its first {@value #QUOTE_LIMIT} characters, "…" and its length. */
    static String quote(String s) {
        if (s.length() <= QUOTE_LIMIT) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
        return s.substring(0, end) + "… (" + s.length() + " characters)";
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
