package dev.statlearn.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {

    @Test
    void readsNumbersMissingValuesAndSkipsBlankLines() {
        double[][] m = Csv.readMatrix(new StringReader("a,b,c\n1, 2.5 ,-3e2\n\n4,,NA\n"), ',', true);
        assertEquals(2, m.length);
        assertArrayEquals(new double[] {1, 2.5, -300}, m[0]);
        assertEquals(4.0, m[1][0]);
        assertTrue(Double.isNaN(m[1][1]) && Double.isNaN(m[1][2]));
        double[][] w = Csv.readMatrix(new StringReader("  1   2\t3\n4 5 6"), ' ', false);
        assertArrayEquals(new double[] {4, 5, 6}, w[1]);
    }

    @Test
    void errorsNameLineAndColumn() {
        assertEquals("line 3, column 2: 'abc' is not a number", assertThrows(IllegalArgumentException.class,
                () -> Csv.readMatrix(new StringReader("h\n1,2\n3,abc\n"), ',', true)).getMessage());
        assertEquals("line 2: expected 2 columns, found 3", assertThrows(IllegalArgumentException.class,
                () -> Csv.readMatrix(new StringReader("1,2\n3,4,5\n"), ',', false)).getMessage());
        assertEquals("line 1, column 1: value must be finite, was Infinity", assertThrows(
                IllegalArgumentException.class, () -> Csv.readMatrix(new StringReader("Infinity"), ',', false))
                .getMessage());
        assertEquals("input has no data rows", assertThrows(IllegalArgumentException.class,
                () -> Csv.readMatrix(new StringReader("header only\n"), ',', true)).getMessage());
        assertEquals("data row 2, column 2: label must be an integer in [0, 65535] (at most 65536 classes), was 1.5", assertThrows(
                IllegalArgumentException.class,
                () -> Csv.readClassification(new StringReader("1,0\n2,1.5\n"), ',', false, null, null)).getMessage());
    }

    @Test
    void readsClassificationFilesAndPaths(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "x,y\n0.5,1\n");
        assertArrayEquals(new double[] {0.5, 1}, Csv.readMatrix(f, true)[0]);
        Dataset d = Csv.readClassification(new StringReader("1,0\n2,2\n"), ',', false, List.of("f"), null);
        assertEquals(List.of("0", "1", "2"), d.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, d.classCounts());
        assertThrows(UncheckedIOException.class, () -> Csv.readMatrix(dir.resolve("missing.csv"), false));
    }
}
