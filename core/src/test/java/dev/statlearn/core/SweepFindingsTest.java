package dev.statlearn.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.data.Csv;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.preprocess.OneHotEncoder;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The findings of {@link CoreHostileInputSweepTest}, each pinned by a direct test. */
class SweepFindingsTest {

    private static void assertMessage(Throwable e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), () -> "message '" + e.getMessage() + "' lacks '" + p + "'");
        }
    }

    @Test
    void sizesAboveTheLargestArrayLengthAreRejectedBeforeAllocating() {
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Randomness.permutation(Integer.MAX_VALUE, Randomness.seeded(1))),
                "n must be in [0, 2147483639]", "largest array length", "2147483647");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Randomness.streams(1, Integer.MAX_VALUE)), "n must be in [0, 2147483639]");
        assertEquals(Checks.MAX_ARRAY_LENGTH, Checks.arrayLength(Checks.MAX_ARRAY_LENGTH, "n"));
        assertThrows(IllegalArgumentException.class, () -> Checks.arrayLength(-1, "n"));
        assertThrows(IllegalArgumentException.class, () -> Checks.arrayLength(1L << 40, "n"));
        assertEquals(46_340, Checks.squareDimension(46_340, "d"));
        assertTrue((long) Checks.MAX_SQUARE_DIMENSION * Checks.MAX_SQUARE_DIMENSION <= Checks.MAX_ARRAY_LENGTH);
        assertTrue((long) (Checks.MAX_SQUARE_DIMENSION + 1) * (Checks.MAX_SQUARE_DIMENSION + 1) > Checks.MAX_ARRAY_LENGTH);
        assertMessage(assertThrows(IllegalArgumentException.class, () -> Checks.squareDimension(46_341, "d")),
                "d must be in [1, 46340]", "46341");
    }

    @Test
    void logSumExpSliceErrorsAreIllegalArgumentsNamingFromAndTo() {
        double[] x = {1, 2, 3};
        assertMessage(assertThrows(IllegalArgumentException.class, () -> Numerics.logSumExp(x, 2, 2)),
                "from", "to", "were from = 2, to = 2");
        assertThrows(IllegalArgumentException.class, () -> Numerics.logSumExp(x, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> Numerics.logSumExp(x, 0, 4));
        assertEquals(Math.log(Math.exp(2) + Math.exp(3)), Numerics.logSumExp(x, 1, 3), 1e-15);
    }

    @Test
    void datasetMessagesNameTheArgumentThatWasPassed() {
        Dataset d = Dataset.classification(new double[][] {{1}, {2}}, new int[] {0, 1});
        assertMessage(assertThrows(IllegalArgumentException.class, () -> d.withFeatures(new double[0][])), "newX");
        assertMessage(assertThrows(NullPointerException.class, () -> d.withFeatures(null)), "newX");
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> Dataset.classification(new double[][] {{1}}, new int[0])), "y must not be empty");
        assertMessage(assertThrows(NullPointerException.class, () -> new OneHotEncoder.Labels(null)), "categories");
    }

    @Test
    void unreadableCsvPathIsNamed() {
        Path missing = Path.of("/nonexistent-statlearn/none.csv");
        assertMessage(assertThrows(UncheckedIOException.class, () -> Csv.readMatrix(missing, false)),
                "/nonexistent-statlearn/none.csv");
    }

    @Test
    void logOfNegativeIsTheDocumentedNaN() {
        assertTrue(Double.isNaN(Numerics.xLogY(1, -1)));
        assertEquals(0, Numerics.xLogY(0, -1));
        assertTrue(Double.isNaN(Numerics.relEntr(1, -1)));
        assertTrue(Double.isNaN(Numerics.relEntr(-1, 1)));
    }
}
