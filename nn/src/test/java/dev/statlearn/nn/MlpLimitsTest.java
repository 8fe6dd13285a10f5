package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Architecture limits: checked exactly before allocating, the same for building and reading. */
class MlpLimitsTest {

    private static void assertMessage(Throwable e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), () -> "message '" + e.getMessage() + "' lacks '" + p + "'");
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void parameterCountOverflowingIntIsRejectedBeforeAllocating() {
        // 46341^2 overflows int: used to throw NegativeArraySizeException
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mlp.builder(46341).output(46341, Output.LINEAR).build());
        assertMessage(e, "parameters", String.valueOf(Mlp.MAX_PARAMETERS), "Mlp.MAX_PARAMETERS",
                String.valueOf(46341L * 46341 + 46341));
        // 65536^2 wraps to 0: used to throw ArrayIndexOutOfBoundsException
        e = assertThrows(IllegalArgumentException.class,
                () -> Mlp.builder(65536).output(65536, Output.LINEAR).build());
        assertMessage(e, "parameters", String.valueOf(65536L * 65536 + 65536));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void justAboveTheFileLimitDoesNotBuild() {
        // used to build (and save a 1.07 GB file that load rejected)
        long params = 16384L * 8193 + 8193;
        assertTrue(params > Mlp.MAX_PARAMETERS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mlp.builder(16384).output(8193, Output.LINEAR).build());
        assertMessage(e, String.valueOf(Mlp.MAX_PARAMETERS), String.valueOf(params));
        // the count is checked over all layers, not per layer
        e = assertThrows(IllegalArgumentException.class, () -> Mlp.builder(8192)
                .hidden(8192, Activation.RELU).hidden(8192, Activation.RELU).output(1, Output.LINEAR).build());
        assertMessage(e, "layers 1..2", String.valueOf(Mlp.MAX_PARAMETERS));
    }

    @Test
    void unitsAndLayersAreLimited() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mlp.builder(Mlp.MAX_UNITS + 1));
        assertMessage(e, "inputs", "[1, " + Mlp.MAX_UNITS + "]", String.valueOf(Mlp.MAX_UNITS + 1));
        e = assertThrows(IllegalArgumentException.class, () -> Mlp.builder(2).hidden(0, Activation.RELU));
        assertMessage(e, "units", "[1, ", "was 0");
        e = assertThrows(IllegalArgumentException.class,
                () -> Mlp.builder(2).output(Integer.MAX_VALUE, Output.LINEAR));
        assertMessage(e, "units", String.valueOf(Integer.MAX_VALUE));
        Mlp.Builder b = Mlp.builder(1);
        for (int l = 0; l < Mlp.MAX_LAYERS; l++) {
            b.hidden(1, Activation.TANH);
        }
        Mlp.Builder tooDeep = b.output(1, Output.LINEAR);
        e = assertThrows(IllegalArgumentException.class, tooDeep::build);
        assertMessage(e, "weight layers", String.valueOf(Mlp.MAX_LAYERS), String.valueOf(Mlp.MAX_LAYERS + 1));
    }

    @Test
    void theDeepestAllowedNetworkSavesAndLoads() throws IOException {
        Mlp.Builder b = Mlp.builder(1);
        for (int l = 0; l < Mlp.MAX_LAYERS - 1; l++) {
            b.hidden(1, Activation.TANH);
        }
        Mlp net = b.output(1, Output.LINEAR).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        net.write(out);
        assertEquals(net, Mlp.read(new ByteArrayInputStream(out.toByteArray())));
    }

    /** A header declaring the largest allowed network: 1 input, one layer of 2^27 - 1 … parameters. */
    private static byte[] maxHeader() {
        // inputs 8191, one LINEAR layer of 16383 units: 16383 * 8191 + 16383 = 134,201,344 <= 2^27
        ByteBuffer b = ByteBuffer.allocate(8 + 4 + 4 + 4 + 5);
        b.put("SLNN-MLP".getBytes(StandardCharsets.US_ASCII)).putInt(1).putInt(8191).putInt(1)
                .putInt(16383).put((byte) Output.LINEAR.ordinal());
        assertTrue(16383L * 8191 + 16383 <= Mlp.MAX_PARAMETERS);
        return b.array();
    }

    /** Endless zeros, recording the largest read request. */
    private static final class Zeros extends InputStream {
        long remaining;
        int largestRequest;

        Zeros(long bytes) {
            this.remaining = bytes;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            largestRequest = Math.max(largestRequest, len);
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            remaining -= n;
            return n;
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aShortStreamBehindAHugeHeaderCostsOnlyWhatItHolds() {
        Zeros zeros = new Zeros(3L << 20);
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(maxHeader()), zeros);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> Mlp.read(in));
        long declared = 8 + 4 + 4 + 4 + 5 + 8 * (16383L * 8191 + 16383) + 4;
        assertMessage(e, "truncated", String.valueOf(declared), String.valueOf(25 + (3L << 20)));
        assertTrue(zeros.largestRequest <= MlpFile.PIECE, () -> "read requests of " + zeros.largestRequest);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anEndlessStreamBehindALargeHeaderAllocatesTheDeclaredArraysOnce() {
        // inputs 4095, one LINEAR layer of 4096 units: 16,777,216 parameters = 128 MiB of doubles
        // (an eighth of the maximum, to keep the suite light; the factor does not depend on the size)
        long parameters = 4096L * 4095 + 4096;
        ByteBuffer h = ByteBuffer.allocate(8 + 4 + 4 + 4 + 5);
        h.put("SLNN-MLP".getBytes(StandardCharsets.US_ASCII)).putInt(1).putInt(4095).putInt(1)
                .putInt(4096).put((byte) Output.LINEAR.ordinal());
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(h.array()), new Zeros(Long.MAX_VALUE));
        com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(thread);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> Mlp.read(in));
        long allocated = mx.getThreadAllocatedBytes(thread) - before;
        assertMessage(e, "checksum mismatch");
        // the parameter arrays once, plus growth below MlpFile.EAGER doubles, one piece and small change;
        // reading all bytes into a doubling buffer first allocated 267,567,440 bytes here (2.0 times)
        long bound = 8 * parameters + 8L * MlpFile.EAGER + MlpFile.PIECE + (1 << 20);
        assertTrue(allocated >= 8 * parameters && allocated <= bound,
                () -> "allocated " + allocated + " bytes for " + 8 * parameters + " declared, bound " + bound);
        System.out.println("Mlp.read of an endless stream behind a " + 8 * parameters + "-byte header allocated "
                + allocated + " bytes");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void readingStopsAtTheDeclaredSizeOnAnEndlessStream() throws IOException {
        Mlp net = Mlp.builder(3).hidden(4, Activation.RELU).output(2, Output.SOFTMAX).seed(1).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        net.write(out);
        Zeros endless = new Zeros(Long.MAX_VALUE);
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(out.toByteArray()), endless);
        assertEquals(net, Mlp.read(in));
        assertEquals(Long.MAX_VALUE, endless.remaining, "nothing past the network is consumed");
    }

    @Test
    void batchTimesWidthIsCheckedBeforeAllocating() {
        // 256 rows x 2^23 units = 2^31 values: used to overflow int (NegativeArraySizeException)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new dev.statlearn.nn.internal.Engine(new int[] {1, 1 << 23, 1},
                        new Activation[] {Activation.IDENTITY}, Output.SOFTMAX, 256, false));
        assertMessage(e, "256 rows", String.valueOf(1 << 23), "units of layer 1", String.valueOf(1L << 31),
                "use smaller batches");
        // 2^9 rows x 2^23 units = 2^32 wrapped to 0 (then ArrayIndexOutOfBoundsException)
        e = assertThrows(IllegalArgumentException.class,
                () -> new dev.statlearn.nn.internal.Engine(new int[] {1 << 23, 2}, new Activation[0],
                        Output.SOFTMAX, 512, true));
        assertMessage(e, "512 rows", "inputs", String.valueOf(1L << 32));
    }

    @Test
    void oneHotClassCountIsLimited() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Softmax.oneHot(0, Integer.MAX_VALUE));
        assertMessage(e, "k", "[1, " + Mlp.MAX_UNITS + "]", String.valueOf(Integer.MAX_VALUE));
        e = assertThrows(IllegalArgumentException.class, () -> Softmax.oneHot(new int[] {0}, 0));
        assertMessage(e, "k", "was 0");
        assertEquals(3, Softmax.oneHot(new int[] {2}, 3)[0].length);
    }
}
