package dev.statlearn.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The exact text {@link ConsoleProgress} writes, driven directly through its listener methods. */
class ConsoleProgressFormatTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void batchBarFillsInProportionToTheBatchesDone() {
        ConsoleProgress p = ConsoleProgress.to(out).withBatchBar(true);
        p.onBatchEnd(1, 0, 3, 0.5);
        // 1 of 3 batches: 10 of 30 cells
        assertEquals("\repoch 2 [" + "=".repeat(10) + " ".repeat(20) + "] 1/3  loss 0.5000", text());
        bytes.reset();
        p.onBatchEnd(1, 1, 3, 0.25);
        assertEquals("\repoch 2 [" + "=".repeat(20) + " ".repeat(10) + "] 2/3  loss 0.2500", text());
        bytes.reset();
        // the last batch fills the bar and returns the carriage for the epoch line
        p.onBatchEnd(1, 2, 3, 0.125);
        assertEquals("\repoch 2 [" + "=".repeat(30) + "] 3/3  loss 0.1250\r", text());
        bytes.reset();
        // 7 batches: floor(30 k / 7) cells
        p.onBatchEnd(0, 3, 7, 1);
        assertEquals("\repoch 1 [" + "=".repeat(17) + " ".repeat(13) + "] 4/7  loss 1.0000", text());
    }

    @Test
    void noBarUnlessAsked() {
        ConsoleProgress.to(out).onBatchEnd(0, 0, 1, 0.5);
        ConsoleProgress.to(out).withBatchBar(true).withBatchBar(false).onBatchEnd(0, 0, 1, 0.5);
        assertEquals("", text());
    }

    @Test
    void epochLineHasOnlyTheNumbersThatExist() {
        ConsoleProgress p = ConsoleProgress.to(out);
        p.onEpochEnd(new EpochSummary(4, 12, 0.123456, Double.NaN, Double.NaN, Double.NaN, 0.01, 1_500_000_000L));
        assertEquals("epoch  5/12  loss 0.1235  lr 0.0100  1.5 s" + System.lineSeparator(), text());
        bytes.reset();
        p.onEpochEnd(new EpochSummary(0, 3, 0.5, 0.75, 0.625, 0.5, 0.001, 250_000_000L));
        assertEquals("epoch 1/3  loss 0.5000  acc 0.7500  val_loss 0.6250  val_acc 0.5000  lr 0.00100  0.3 s"
                + System.lineSeparator(), text());
    }

    @Test
    void everyKthEpochAndTheLast() {
        ConsoleProgress p = ConsoleProgress.to(out).everyEpochs(4);
        for (int e = 0; e < 10; e++) {
            p.onEpochEnd(new EpochSummary(e, 10, 1, Double.NaN, Double.NaN, Double.NaN, 0.1, 0));
        }
        String[] lines = text().split("\\R");
        assertEquals(3, lines.length, text());
        assertEquals("epoch  4/10  loss 1.0000  lr 0.100  0.0 s", lines[0]);
        assertEquals("epoch  8/10  loss 1.0000  lr 0.100  0.0 s", lines[1]);
        assertEquals("epoch 10/10  loss 1.0000  lr 0.100  0.0 s", lines[2]);
        assertThrows(IllegalArgumentException.class, () -> ConsoleProgress.to(out).everyEpochs(0));
        assertEquals("ConsoleProgress[every=4, batchBar=false]", p.toString());
    }
}
