package dev.statlearn.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one number formatter behind every statlearn {@code toString()}: short, locale-independent
 * summaries with a few significant digits (full precision stays in the accessors).
 *
 * <p>Rules of {@link #sig(double, int)}: round to the given number of significant digits
 * (half-even on the exact binary value), drop trailing zeros, plain notation for
 * \( 10^{-4} \le |x| &lt; 10^{6} \) and zero, scientific notation otherwise in the spelling of
 * {@link BigDecimal#toString()} ({@code 1.2346E-12}, {@code 1E+7}); {@code NaN},
 * {@code Infinity} and {@code -Infinity} as {@link Double#toString(double)} spells them. Every
 * result parses back with {@link Double#parseDouble(String)}.
 *
 * <p>Not public API.
 */
public final class Format {

    /** The default number of significant digits of a summary. */
    public static final int DIGITS = 4;

    private Format() {
    }

    /**
     * {@code x} to {@link #DIGITS} significant digits.
     *
     * @param x a value
     * @return e.g. {@code "3.758"}, {@code "0.0001235"}, {@code "1.235E+6"}, {@code "NaN"}
     */
    public static String sig(double x) {
        return sig(x, DIGITS);
    }

    /**
     * {@code x} to {@code digits} significant digits, trailing zeros dropped; scientific notation
     * outside \( [10^{-4}, 10^{6}) \) in absolute value.
     *
     * @param x      a value
     * @param digits significant digits, {@code >= 1}
     * @return the text, e.g. {@code sig(3.7580001, 4) = "3.758"}, {@code sig(2.0, 4) = "2"}
     * @throws IllegalArgumentException if {@code digits < 1}
     */
    public static String sig(double x, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be >= 1, was " + digits);
        }
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        double a = Math.abs(d.doubleValue());
        if (a >= 1e-4 && a < 1e6) {
            return d.toPlainString();
        }
        String u = d.unscaledValue().abs().toString();
        int exponent = u.length() - 1 - d.scale();
        StringBuilder sb = new StringBuilder();
        if (d.signum() < 0) {
            sb.append('-');
        }
        sb.append(u.charAt(0));
        if (u.length() > 1) {
            sb.append('.').append(u, 1, u.length());
        }
        return sb.append('E').append(exponent >= 0 ? "+" : "").append(exponent).toString();
    }

    /**
     * {@code x} to {@code digits} significant digits with an explicit sign ({@code "+0.01234"},
     * {@code "-2"}, {@code "0"}), for differences and gains.
     *
     * @param x      a value
     * @param digits significant digits, {@code >= 1}
     * @return the text
     */
    public static String signed(double x, int digits) {
        String s = sig(x, digits);
        return x > 0 ? "+" + s : s;
    }

    /**
     * A fraction as a percentage without spurious digits: {@code percent(0.95) = "95%"},
     * {@code percent(0.999) = "99.9%"}.
     *
     * @param fraction a value, typically in [0, 1]
     * @return the percentage to {@link #DIGITS} significant digits, with {@code %}
     */
    public static String percent(double fraction) {
        return sig(fraction * 100, DIGITS) + "%";
    }

    /**
     * A short list of values, e.g. {@code "[0.25, 0.5, 0.25]"}; long arrays show their first
     * {@code 8} values, then {@code "…"} and the length.
     *
     * @param xs     values; not modified
     * @param digits significant digits
     * @return the text
     */
    public static String list(double[] xs, int digits) {
        int shown = xs.length <= 10 ? xs.length : 8;
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(sig(xs[i], digits));
        }
        if (shown < xs.length) {
            sb.append(", … (").append(xs.length).append(" values)");
        }
        return sb.append(']').toString();
    }

    /**
     * {@link #list(double[], int)} with {@link #DIGITS} digits.
     *
     * @param xs values; not modified
     * @return the text
     */
    public static String list(double[] xs) {
        return list(xs, DIGITS);
    }

    /**
     * A new text table builder.
     *
     * @param header the column headings; the first column is left-aligned, the others right; a
     *               null heading drops its column (handy for optional columns)
     * @return an empty table
     */
    public static Table table(String... header) {
        return new Table(header);
    }

    /**
     * A plain-text table: the first column left-aligned, the others right-aligned, columns
     * separated by two spaces, no trailing newline. Cells are strings; format numbers with
     * {@link Format#sig(double, int)}.
     */
    public static final class Table {

        private final List<String[]> rows = new ArrayList<>();
        private final int columns;
        private final boolean[] left;
        private final boolean[] keep;

        private Table(String[] header) {
            this.keep = new boolean[header.length];
            int c = 0;
            for (int i = 0; i < header.length; i++) {
                keep[i] = header[i] != null;
                c += keep[i] ? 1 : 0;
            }
            this.columns = c;
            this.left = new boolean[columns];
            if (columns > 0) {
                left[0] = true;
            }
            rows.add(kept(header));
        }

        private String[] kept(String[] cells) {
            String[] r = new String[columns];
            int c = 0;
            for (int i = 0; i < keep.length; i++) {
                if (keep[i]) {
                    r[c++] = i < cells.length && cells[i] != null ? cells[i] : "";
                }
            }
            return r;
        }

        /**
         * Left-aligns the given columns, counted among the kept ones (column 0 always is).
         *
         * @param columnIndices column indices
         * @return this table
         */
        public Table leftAligned(int... columnIndices) {
            for (int c : columnIndices) {
                left[c] = true;
            }
            return this;
        }

        /**
         * Right-aligns the given columns, counted among the kept ones (e.g. a numeric column 0).
         *
         * @param columnIndices column indices
         * @return this table
         */
        public Table rightAligned(int... columnIndices) {
            for (int c : columnIndices) {
                left[c] = false;
            }
            return this;
        }

        /**
         * Appends a row.
         *
         * @param cells one cell per column given to {@link Format#table(String...)}, including the
         *              dropped ones (whose cells are ignored); missing or null cells are blank
         * @return this table
         */
        public Table row(String... cells) {
            rows.add(kept(cells));
            return this;
        }

        /**
         * Appends an empty row (a blank line).
         *
         * @return this table
         */
        public Table gap() {
            rows.add(null);
            return this;
        }

        /**
         * The aligned table.
         *
         * @return one line per row, without a trailing newline
         */
        @Override
        public String toString() {
            int[] w = new int[columns];
            for (String[] r : rows) {
                if (r != null) {
                    for (int i = 0; i < columns; i++) {
                        w[i] = Math.max(w[i], r[i].length());
                    }
                }
            }
            StringBuilder sb = new StringBuilder();
            for (String[] r : rows) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                if (r == null) {
                    continue;
                }
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    String pad = " ".repeat(w[i] - r[i].length());
                    if (i > 0) {
                        line.append("  ");
                    }
                    line.append(left[i] ? r[i] + pad : pad + r[i]);
                }
                sb.append(line.toString().stripTrailing());
            }
            return sb.toString();
        }
    }
}
