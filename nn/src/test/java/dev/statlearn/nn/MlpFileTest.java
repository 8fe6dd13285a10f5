package dev.statlearn.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Randomness;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlpFileTest {

    @TempDir
    Path dir;

    static Mlp randomNet(RandomGenerator rng) {
        Mlp.Builder b = Mlp.builder(1 + rng.nextInt(6)).seed(rng.nextLong());
        int hidden = rng.nextInt(3);
        for (int h = 0; h < hidden; h++) {
            b.hidden(1 + rng.nextInt(6), Activation.values()[rng.nextInt(Activation.values().length)]);
        }
        Output o = Output.values()[rng.nextInt(3)];
        return b.output(o == Output.SOFTMAX ? 2 + rng.nextInt(3) : o == Output.SIGMOID ? 1 : 1 + rng.nextInt(3), o)
                .build();
    }

    static byte[] bytes(Mlp net) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        net.write(out);
        return out.toByteArray();
    }

    static Mlp parse(byte[] b) throws IOException {
        return Mlp.read(new ByteArrayInputStream(b));
    }

    /** Rewrites the trailing checksum so that only the deliberate change is detected. */
    static byte[] withValidChecksum(byte[] b) {
        CRC32C crc = new CRC32C();
        crc.update(b, 0, b.length - 4);
        ByteBuffer.wrap(b, b.length - 4, 4).putInt((int) crc.getValue());
        return b;
    }

    @Test
    void saveLoadPredictIsIdentical() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            RandomGenerator rng = Randomness.seeded(seed);
            Mlp net = randomNet(rng);
            try {
                Path f = dir.resolve("net-" + Long.toHexString(seed) + ".slnn");
                net.save(f);
                Mlp back = Mlp.load(f);
                assertEquals(net, back);
                double[] x = new double[net.numInputs()];
                for (int j = 0; j < x.length; j++) {
                    x[j] = rng.nextGaussian();
                }
                assertArrayEquals(net.predictValues(x), back.predictValues(x));
                assertArrayEquals(bytes(net), Files.readAllBytes(f));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void headerLayout() throws IOException {
        Mlp net = Mlp.builder(3).hidden(2, Activation.TANH).output(1, Output.SIGMOID).build();
        byte[] b = bytes(net);
        ByteBuffer buf = ByteBuffer.wrap(b);
        byte[] magic = new byte[8];
        buf.get(magic);
        assertEquals("SLNN-MLP", new String(magic, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, buf.getInt());
        assertEquals(3, buf.getInt());
        assertEquals(2, buf.getInt());
        assertEquals(2, buf.getInt());
        assertEquals(2, buf.get(), "code of TANH");
        assertEquals(1, buf.getInt());
        assertEquals(1, buf.get(), "code of SIGMOID");
        assertEquals(8 + 4 + 4 + 4 + 10 + 8 * (6 + 2 + 2 + 1) + 4, b.length);
    }

    /**
     * The code bytes are part of the file format (documented at {@link Mlp#write}): pinned here
     * literally, so that reordering or inserting enum constants cannot change them.
     */
    @Test
    void activationAndOutputCodesArePinned() throws IOException {
        java.util.Map<Activation, Integer> activationCodes = java.util.Map.of(Activation.IDENTITY, 0,
                Activation.SIGMOID, 1, Activation.TANH, 2, Activation.RELU, 3, Activation.LEAKY_RELU, 4);
        java.util.Map<Output, Integer> outputCodes = java.util.Map.of(Output.SOFTMAX, 0, Output.SIGMOID, 1,
                Output.LINEAR, 2);
        assertEquals(Activation.values().length, activationCodes.size(), "every activation has a pinned code");
        assertEquals(Output.values().length, outputCodes.size(), "every output has a pinned code");
        int hiddenCode = 8 + 12 + 4;
        int outputCode = hiddenCode + 5;
        for (Activation a : Activation.values()) {
            for (Output o : Output.values()) {
                Mlp net = Mlp.builder(2).hidden(3, a).output(o == Output.SIGMOID ? 1 : 2, o).seed(5).build();
                byte[] b = bytes(net);
                assertEquals(activationCodes.get(a), (int) b[hiddenCode], "code byte of " + a);
                assertEquals(outputCodes.get(o), (int) b[outputCode], "code byte of " + o);
                Mlp back = parse(b);
                assertEquals(a, back.activation(0));
                assertEquals(o, back.output());
                assertEquals(net, back);
            }
        }
        // the first unused code of each kind is rejected
        byte[] b = bytes(Mlp.builder(2).hidden(3, Activation.RELU).output(2, Output.LINEAR).build());
        byte[] act = b.clone();
        act[hiddenCode] = 5;
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> parse(withValidChecksum(act)));
        assertTrue(e.getMessage().contains("unknown activation code 5 in layer 1"), e.getMessage());
        byte[] out = b.clone();
        out[outputCode] = 3;
        e = assertThrows(ModelFormatException.class, () -> parse(withValidChecksum(out)));
        assertTrue(e.getMessage().contains("unknown output code 3"), e.getMessage());
    }

    @Test
    void everyTruncationIsRejected() throws IOException {
        byte[] b = bytes(Mlp.builder(3).hidden(4, Activation.RELU).output(2, Output.SOFTMAX).seed(2).build());
        for (int len = 0; len < b.length; len++) {
            byte[] cut = java.util.Arrays.copyOf(b, len);
            ModelFormatException e = assertThrows(ModelFormatException.class, () -> parse(cut), "length " + len);
            assertTrue(e.getMessage().startsWith("not a valid network file"), e.getMessage());
        }
    }

    @Test
    void everySingleBitFlipIsRejected() throws IOException {
        byte[] b = bytes(Mlp.builder(2).hidden(3, Activation.TANH).output(2, Output.SOFTMAX).seed(2).build());
        qt().withExamples(300).forAll(integers().between(0, b.length * 8 - 1)).checkAssert(bit -> {
            byte[] c = b.clone();
            c[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThrows(ModelFormatException.class, () -> parse(c), "bit " + bit);
        });
    }

    @Test
    void wrongMagicAndVersion() throws IOException {
        byte[] b = bytes(Mlp.builder(2).output(2, Output.SOFTMAX).build());
        byte[] magic = b.clone();
        magic[0] = 'X';
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> parse(magic));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
        byte[] version = b.clone();
        ByteBuffer.wrap(version).putInt(8, 2);
        e = assertThrows(ModelFormatException.class, () -> parse(withValidChecksum(version)));
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
        e = assertThrows(ModelFormatException.class, () -> parse("not a model at all".getBytes()));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void hostileSizesAreRejectedWithoutAllocating() throws IOException {
        byte[] b = bytes(Mlp.builder(2).output(2, Output.SOFTMAX).build());
        // 2^24 inputs × 2^24 units would be 2^48 parameters
        byte[] huge = b.clone();
        ByteBuffer.wrap(huge).putInt(12, 1 << 24).putInt(20, 1 << 24);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> parse(withValidChecksum(huge)));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        byte[] negative = b.clone();
        ByteBuffer.wrap(negative).putInt(12, -5);
        e = assertThrows(ModelFormatException.class, () -> parse(withValidChecksum(negative)));
        assertTrue(e.getMessage().contains("inputs"), e.getMessage());
        byte[] layers = b.clone();
        ByteBuffer.wrap(layers).putInt(16, Integer.MAX_VALUE);
        e = assertThrows(ModelFormatException.class, () -> parse(withValidChecksum(layers)));
        assertTrue(e.getMessage().contains("layer count"), e.getMessage());
        // plausible but inconsistent with the length
        byte[] more = b.clone();
        ByteBuffer.wrap(more).putInt(12, 1000);
        e = assertThrows(ModelFormatException.class, () -> parse(withValidChecksum(more)));
        assertTrue(e.getMessage().contains("needs"), e.getMessage());
    }

    @Test
    void nanWeightsAndBadCodesAreRejected() throws IOException {
        byte[] b = bytes(Mlp.builder(2).hidden(2, Activation.RELU).output(2, Output.SOFTMAX).build());
        int firstWeight = 8 + 12 + 10;
        byte[] nan = b.clone();
        ByteBuffer.wrap(nan).putDouble(firstWeight + 8, Double.NaN);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> parse(withValidChecksum(nan)));
        assertTrue(e.getMessage().contains("weight 1 of layer 1") && e.getMessage().contains("NaN"), e.getMessage());
        byte[] inf = b.clone();
        ByteBuffer.wrap(inf).putDouble(b.length - 12, Double.POSITIVE_INFINITY);
        e = assertThrows(ModelFormatException.class, () -> parse(withValidChecksum(inf)));
        assertTrue(e.getMessage().contains("bias"), e.getMessage());
        byte[] code = b.clone();
        code[8 + 12 + 4] = 42;
        e = assertThrows(ModelFormatException.class, () -> parse(withValidChecksum(code)));
        assertTrue(e.getMessage().contains("activation code 42"), e.getMessage());
        byte[] units = b.clone();
        ByteBuffer.wrap(units).putInt(8 + 12 + 5, 1);
        e = assertThrows(ModelFormatException.class, () -> parse(withValidChecksum(units)));
        assertTrue(e.getMessage().startsWith("not a valid network file"), e.getMessage());
    }

    @Test
    void hugeFileIsRejectedBeforeReading() throws IOException {
        Path f = dir.resolve("sparse.slnn");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(MlpFile.MAX_BYTES + 1); // sparse file, no disk use
        }
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> Mlp.load(f));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> Mlp.load(dir.resolve("missing")));
    }

    @Test
    void streamsHoldOneNetworkAfterAnotherAndGarbageIsRejectedEarly() throws IOException {
        Mlp a = Mlp.builder(3).hidden(2, Activation.TANH).output(2, Output.SOFTMAX).seed(1).build();
        Mlp b = Mlp.builder(2).output(1, Output.LINEAR).seed(2).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.write(out);
        b.write(out);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        assertEquals(a, Mlp.read(in));
        assertEquals(b, Mlp.read(in));
        long[] read = {0};
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'A';
            }
        };
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> Mlp.read(endless));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
        assertTrue(read[0] <= 64, "read " + read[0] + " bytes");
        // a file with trailing bytes is not a network file
        Path f = dir.resolve("trailing.slnn");
        Files.write(f, out.toByteArray());
        e = assertThrows(ModelFormatException.class, () -> Mlp.load(f));
        assertTrue(e.getMessage().contains("bytes"), e.getMessage());
    }
}
