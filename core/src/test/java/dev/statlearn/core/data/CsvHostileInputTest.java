package dev.statlearn.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Byte-order marks, malformed UTF-8, huge fields and non-decimal number syntaxes. */
class CsvHostileInputTest {

    @TempDir
    Path dir;

    private static IllegalArgumentException fails(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Csv.readMatrix(new StringReader(text), ',', false));
    }

    @Test
    void leadingByteOrderMarkIsSkipped() throws IOException {
        assertArrayEquals(new double[] {1, 2}, Csv.readMatrix(new StringReader("\uFEFF1,2\n"), ',', false)[0]);
        Path f = dir.resolve("bom.csv");
        byte[] body = "1.5,2\n3,4\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        double[][] m = Csv.readMatrix(f, false);
        assertArrayEquals(new double[] {1.5, 2}, m[0]);
        assertArrayEquals(new double[] {3, 4}, m[1]);
        // a mark anywhere else is content, and reported
        IllegalArgumentException e = fails("1,2\n\uFEFF3,4\n");
        assertTrue(e.getMessage().startsWith("line 2, column 1: "), e.getMessage());
    }

    @Test
    void malformedUtf8IsReportedWithLineAndColumn() throws IOException {
        Path f = dir.resolve("bad.csv");
        byte[] good = "a,b\n1,2\n3,".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = '4';
        bytes[good.length + 1] = (byte) 0xC3; // a lead byte followed by a newline: malformed
        bytes[good.length + 2] = '\n';
        Files.write(f, bytes);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Csv.readMatrix(f, true));
        assertEquals("line 3, column 2: not valid UTF-8 (byte 0xC3 after 3 characters of the line)", e.getMessage());
        // CRLF line ends and multi-byte characters in a header are fine
        Files.write(f, "\u00e9t\u00e9,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new double[] {1, 2}, Csv.readMatrix(f, true)[0]);
    }

    @Test
    void undecodableReaderInputNamesTheLine() {
        byte[] bytes = {'1', ',', '2', '\n', (byte) 0xFF, '\n'};
        InputStreamReader r = new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8.newDecoder());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Csv.readMatrix(r, ',', false));
        assertTrue(e.getMessage().startsWith("line 1 or a later one: the input is not valid text"), e.getMessage());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hugeFieldsAreCutInMessages() {
        String huge = "x".repeat(16 << 20);
        IllegalArgumentException e = fails("1," + huge + "\n");
        assertEquals("line 1, column 2: '" + "x".repeat(40) + "… (" + (16 << 20) + " characters)' is not a number",
                e.getMessage());
        String longNumber = "1" + "0".repeat(400);
        e = fails(longNumber);
        assertTrue(e.getMessage().startsWith("line 1, column 1: value must be finite, was 1000"), e.getMessage());
        assertTrue(e.getMessage().length() < 120, e.getMessage());
        assertEquals("ab", Csv.quote("ab"));
    }

    @Test
    void onlyDecimalNumbersParse() {
        for (String s : new String[] {"0x1p3", "1f", "1d", "1D", "0x10", "1e", "e5", ".", "+", "1..2", "1,5e", "- 1",
                "1_000", "١"}) {
            IllegalArgumentException e = fails("0," + s);
            assertTrue(e.getMessage().endsWith("' is not a number") && e.getMessage().contains("column "),
                    () -> s + ": " + e.getMessage());
        }
        double[][] ok = Csv.readMatrix(new StringReader("-1,+2.5,.5,3.,4e-2,5E+3,-0,007"), ',', false);
        assertArrayEquals(new double[] {-1, 2.5, 0.5, 3, 0.04, 5000, -0.0, 7}, ok[0]);
        for (String s : new String[] {"Infinity", "-Infinity", "inf", "-INF"}) {
            assertEquals("line 1, column 2: value must be finite, was " + s, fails("0," + s).getMessage());
        }
        double[][] missing = Csv.readMatrix(new StringReader("NA,NaN,nan,NAN,"), ',', false);
        for (double v : missing[0]) {
            assertTrue(Double.isNaN(v));
        }
    }
}
