package dev.statlearn.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Checks;
import java.io.StringReader;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Labels are checked against {@link Dataset#MAX_CLASSES} before they size anything. */
class ClassLimitTest {

    private static void assertMessage(Throwable e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), () -> "message '" + e.getMessage() + "' lacks '" + p + "'");
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void csvLabelAboveTheLimitIsRejectedQuickly() {
        // used to build 40 million class names (18 s, then out of memory)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Csv.readClassification(
                new StringReader("1.0,0\n2.0,40000000\n"), ',', false, null, null));
        assertMessage(e, "data row 2", "column 2", "label", "[0, 65535]", "40000000");
    }

    @Test
    void csvLabelAtTheLimitIsAccepted() {
        Dataset d = Csv.readClassification(new StringReader("1.0,0\n2.0,65535\n"), ',', false, null, null);
        assertEquals(Dataset.MAX_CLASSES, d.numClasses());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void datasetLabelAboveTheLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.classification(new double[][] {{1}, {2}}, new int[] {0, Integer.MAX_VALUE}));
        assertMessage(e, "y[1]", "class index in [0, 65535]", String.valueOf(Integer.MAX_VALUE));
        List<String> tooMany = Collections.nCopies(Dataset.MAX_CLASSES + 1, "c");
        e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.classification(new double[][] {{1}}, new int[] {0}, null, tooMany));
        assertMessage(e, "classNames", String.valueOf(Dataset.MAX_CLASSES), String.valueOf(Dataset.MAX_CLASSES + 1));
        Dataset d = Dataset.classification(new double[][] {{1}}, new int[] {0});
        e = assertThrows(IllegalArgumentException.class, () -> d.withLabels(new int[] {0}, tooMany));
        assertMessage(e, "classNames", String.valueOf(Dataset.MAX_CLASSES + 1));
    }

    @Test
    void classCount() {
        assertEquals(0, Checks.classCount(new int[0], 10, "y"));
        assertEquals(10, Checks.classCount(new int[] {9, 0, 3}, 10, "y"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.classCount(new int[] {0, 10}, 10, "labels"));
        assertMessage(e, "labels[1]", "[0, 9]", "at most 10 classes", "was 10");
        e = assertThrows(IllegalArgumentException.class, () -> Checks.classCount(new int[] {-1}, 10, "labels"));
        assertMessage(e, "labels[0]", "was -1");
        assertThrows(NullPointerException.class, () -> Checks.classCount(null, 10, "labels"));
    }
}
