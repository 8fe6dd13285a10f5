package dev.statlearn.nn;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/** Reader and writer of the network file format documented at {@link Mlp#write(OutputStream)}. */
final class MlpFile {

    static final byte[] MAGIC = "SLNN-MLP".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int MAX_LAYERS = Mlp.MAX_LAYERS;
    static final int MAX_UNITS = Mlp.MAX_UNITS;
    static final long MAX_PARAMETERS = Mlp.MAX_PARAMETERS;
    static final int HEADER = 8 + 4 + 4 + 4;
    /** Largest single read from a stream. */
    static final int PIECE = 1 << 20;
    static final long MAX_BYTES = HEADER + 5L * MAX_LAYERS + 8 * MAX_PARAMETERS + 4;
    /**
     * Doubles an array being read may hold before it is allocated at its declared size (8 MiB):
     * below this it grows only as bytes arrive.
     */
    static final int EAGER = 1 << 20;

    /**
     * The activations by file code (index = code), fixed by the file format: a code is never
     * reordered or reused, whatever the order of {@link Activation}'s constants.
     */
    private static final List<Activation> ACTIVATION_CODES = List.of(Activation.IDENTITY, Activation.SIGMOID,
            Activation.TANH, Activation.RELU, Activation.LEAKY_RELU);

    /** The outputs by file code (index = code), fixed as {@link #ACTIVATION_CODES}. */
    private static final List<Output> OUTPUT_CODES = List.of(Output.SOFTMAX, Output.SIGMOID, Output.LINEAR);

    private MlpFile() {
    }

    static byte[] toBytes(Mlp mlp) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            DataOutputStream out = new DataOutputStream(bytes);
            int[] sizes = mlp.rawSizes();
            int layers = sizes.length - 1;
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(sizes[0]);
            out.writeInt(layers);
            Activation[] acts = mlp.rawActivations();
            for (int l = 1; l <= layers; l++) {
                out.writeInt(sizes[l]);
                out.writeByte(l < layers ? ACTIVATION_CODES.indexOf(acts[l - 1]) : OUTPUT_CODES.indexOf(mlp.output()));
            }
            double[][] w = mlp.rawWeights();
            double[][] b = mlp.rawBiases();
            for (int l = 0; l < layers; l++) {
                for (double v : w[l]) {
                    out.writeDouble(v);
                }
                for (double v : b[l]) {
                    out.writeDouble(v);
                }
            }
            out.flush();
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("in-memory write failed", e);
        }
        return bytes.toByteArray();
    }

    static void write(Mlp mlp, OutputStream out) throws IOException {
        out.write(toBytes(mlp));
        out.flush();
    }

    static void save(Mlp mlp, Path path) throws IOException {
        Files.write(path, toBytes(mlp));
    }

    static Mlp load(Path path) throws IOException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new ModelFormatException("not a valid network file (" + path + "): " + size
                    + " bytes, more than the limit of " + MAX_BYTES);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readStream(in, path.toString(), size);
        }
    }

    static Mlp read(InputStream in) throws IOException {
        return readStream(in, "stream", -1);
    }

    /**
     * Reads exactly one network from a stream: the fixed header first (stops on a wrong magic),
     * then the layer table, then as many bytes as the (limit-checked) architecture needs, in
     * pieces of at most {@link #PIECE} bytes through one fixed buffer, decoded straight into the
     * weight and bias arrays while the checksum is updated. Each array starts small and grows
     * (doubling) only as bytes arrive, until it would pass {@link #EAGER} doubles; then it is
     * allocated at its declared size. Peak memory is therefore the declared parameter arrays
     * plus at most {@code PIECE + 8 EAGER} bytes, and a short stream costs in proportion to the
     * bytes it holds as long as those stay below {@code 8 EAGER}. Checks run in the order of
     * {@link #parse}: magic, version, the sizes, the checksum, then codes and finiteness.
     *
     * @param fileSize the file's size, or -1 for a stream (then nothing past the network is read)
     */
    static Mlp readStream(InputStream in, String source, long fileSize) throws IOException {
        String where = "not a valid network file (" + source + "): ";
        byte[] head = in.readNBytes(HEADER);
        if (head.length < MAGIC.length) {
            return parse(head, source); // reports "too short"
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                throw new ModelFormatException(where + "wrong magic (expected ASCII \"SLNN-MLP\")");
            }
        }
        if (head.length < HEADER) {
            throw new ModelFormatException(where + "truncated: " + head.length + " bytes, the header alone needs "
                    + (HEADER + 4));
        }
        ByteBuffer hb = ByteBuffer.wrap(head);
        int version = hb.getInt(MAGIC.length);
        if (version != VERSION) {
            throw new ModelFormatException(where + "unsupported format version " + version + " (this reader reads "
                    + VERSION + ")");
        }
        int inputs = hb.getInt(MAGIC.length + 4);
        int layers = hb.getInt(MAGIC.length + 8);
        checkInputsAndLayers(inputs, layers, where);
        byte[] table = in.readNBytes(5 * layers);
        if (table.length < 5 * layers) {
            throw new ModelFormatException(where + "truncated inside the layer table");
        }
        ByteBuffer tb = ByteBuffer.wrap(table);
        int[] sizes = new int[layers + 1];
        sizes[0] = inputs;
        long parameters = 0;
        for (int l = 1; l <= layers; l++) {
            int units = tb.getInt((l - 1) * 5);
            checkUnits(units, l, where);
            sizes[l] = units;
            parameters += (long) units * sizes[l - 1] + units;
            if (parameters > MAX_PARAMETERS) {
                throw new ModelFormatException(where + "declares more than the limit of " + MAX_PARAMETERS
                        + " parameters");
            }
        }
        // at most MAX_BYTES < 2^31, checked above through MAX_PARAMETERS
        long total = HEADER + 5L * layers + 8 * parameters + 4;
        if (fileSize >= 0 && fileSize != total) {
            throw new ModelFormatException(where + "the architecture needs " + total + " bytes but the file has "
                    + fileSize);
        }
        CRC32C crc = new CRC32C();
        crc.update(head);
        crc.update(table);
        byte[] piece = new byte[(int) Math.min(PIECE, 8 * parameters)];
        ByteBuffer pb = ByteBuffer.wrap(piece);
        long[] pos = {HEADER + table.length};
        double[][] w = new double[layers][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = readDoubles(in, sizes[l + 1] * sizes[l], piece, pb, crc, pos, total, where);
            b[l] = readDoubles(in, sizes[l + 1], piece, pb, crc, pos, total, where);
        }
        byte[] tail = in.readNBytes(4);
        if (tail.length < 4) {
            throw new ModelFormatException(where + "truncated: the architecture needs " + total
                    + " bytes but there are only " + (pos[0] + tail.length));
        }
        int stored = ByteBuffer.wrap(tail).getInt();
        if (stored != (int) crc.getValue()) {
            throw new ModelFormatException(where + "checksum mismatch (file truncated or corrupted): stored CRC-32C "
                    + Integer.toHexString(stored) + ", computed " + Integer.toHexString((int) crc.getValue()));
        }
        Activation[] acts = new Activation[layers - 1];
        Output output = null;
        for (int l = 1; l <= layers; l++) {
            int code = table[(l - 1) * 5 + 4];
            if (l < layers) {
                acts[l - 1] = activation(code, l, where);
            } else {
                output = output(code, where);
            }
        }
        try {
            Mlp.checkArchitecture(sizes, acts, output);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(where + e.getMessage());
        }
        for (int l = 0; l < layers; l++) {
            for (int i = 0; i < w[l].length; i++) {
                finite(w[l][i], where, "weight", l, i);
            }
            for (int i = 0; i < b[l].length; i++) {
                finite(b[l][i], where, "bias", l, i);
            }
        }
        return new Mlp(sizes, acts, output, w, b);
    }

    /**
     * Reads {@code count} big-endian doubles through {@code piece}, growing the result only as
     * bytes arrive (see {@link #readStream}); {@code pos[0]} counts the bytes read so far.
     */
    private static double[] readDoubles(InputStream in, int count, byte[] piece, ByteBuffer pb, CRC32C crc,
                                        long[] pos, long total, String where) throws IOException {
        double[] out = new double[Math.min(count, Math.max(1, piece.length / 8))];
        int filled = 0;
        while (filled < count) {
            if (filled == out.length) {
                int next = out.length >= EAGER / 2 ? count : (int) Math.min(count, 2L * out.length);
                out = Arrays.copyOf(out, next);
            }
            int want = (int) Math.min(piece.length, 8L * Math.min(count - filled, out.length - filled));
            int n = in.readNBytes(piece, 0, want);
            if (n < want) {
                throw new ModelFormatException(where + "truncated: the architecture needs " + total
                        + " bytes but there are only " + (pos[0] + n));
            }
            crc.update(piece, 0, n);
            pos[0] += n;
            for (int i = 0; i < n; i += 8) {
                out[filled++] = pb.getDouble(i);
            }
        }
        return out;
    }

    private static void checkInputsAndLayers(int inputs, int layers, String where) throws ModelFormatException {
        if (inputs < 1 || inputs > MAX_UNITS) {
            throw new ModelFormatException(where + "inputs must be in [1, " + MAX_UNITS + "], was " + inputs);
        }
        if (layers < 1 || layers > MAX_LAYERS) {
            throw new ModelFormatException(where + "layer count must be in [1, " + MAX_LAYERS + "], was " + layers);
        }
    }

    private static Activation activation(int code, int layer, String where) throws ModelFormatException {
        if (code < 0 || code >= ACTIVATION_CODES.size()) {
            throw new ModelFormatException(where + "unknown activation code " + code + " in layer " + layer);
        }
        return ACTIVATION_CODES.get(code);
    }

    private static Output output(int code, String where) throws ModelFormatException {
        if (code < 0 || code >= OUTPUT_CODES.size()) {
            throw new ModelFormatException(where + "unknown output code " + code);
        }
        return OUTPUT_CODES.get(code);
    }

    private static void checkUnits(int units, int layer, String where) throws ModelFormatException {
        if (units < 1 || units > MAX_UNITS) {
            throw new ModelFormatException(where + "units of layer " + layer + " must be in [1, " + MAX_UNITS
                    + "], was " + units);
        }
    }

    static Mlp parse(byte[] bytes, String source) throws ModelFormatException {
        String where = "not a valid network file (" + source + "): ";
        if (bytes.length < MAGIC.length) {
            throw new ModelFormatException(where + "only " + bytes.length + " bytes, too short for the magic");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new ModelFormatException(where + "wrong magic (expected ASCII \"SLNN-MLP\")");
            }
        }
        if (bytes.length < HEADER + 4) {
            throw new ModelFormatException(where + "truncated: " + bytes.length + " bytes, the header alone needs "
                    + (HEADER + 4));
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        buf.position(MAGIC.length);
        int version = buf.getInt();
        if (version != VERSION) {
            throw new ModelFormatException(where + "unsupported format version " + version + " (this reader reads "
                    + VERSION + ")");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        int stored = ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt();
        if (stored != (int) crc.getValue()) {
            throw new ModelFormatException(where + "checksum mismatch (file truncated or corrupted): stored CRC-32C "
                    + Integer.toHexString(stored) + ", computed " + Integer.toHexString((int) crc.getValue()));
        }
        int inputs = buf.getInt();
        int layers = buf.getInt();
        checkInputsAndLayers(inputs, layers, where);
        if (bytes.length < HEADER + 5L * layers + 4) {
            throw new ModelFormatException(where + "truncated inside the layer table");
        }
        int[] sizes = new int[layers + 1];
        sizes[0] = inputs;
        Activation[] acts = new Activation[layers - 1];
        Output output = null;
        long parameters = 0;
        for (int l = 1; l <= layers; l++) {
            int units = buf.getInt();
            int code = buf.get();
            checkUnits(units, l, where);
            sizes[l] = units;
            if (l < layers) {
                acts[l - 1] = activation(code, l, where);
            } else {
                output = output(code, where);
            }
            parameters += (long) units * sizes[l - 1] + units;
            if (parameters > MAX_PARAMETERS) {
                throw new ModelFormatException(where + "declares more than the limit of " + MAX_PARAMETERS
                        + " parameters");
            }
        }
        long expected = HEADER + 5L * layers + 8 * parameters + 4;
        if (expected != bytes.length) {
            throw new ModelFormatException(where + "the architecture needs " + expected + " bytes but there are "
                    + bytes.length);
        }
        try {
            Mlp.checkArchitecture(sizes, acts, output);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(where + e.getMessage());
        }
        double[][] w = new double[layers][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = new double[sizes[l + 1] * sizes[l]];
            b[l] = new double[sizes[l + 1]];
            for (int i = 0; i < w[l].length; i++) {
                w[l][i] = finite(buf.getDouble(), where, "weight", l, i);
            }
            for (int i = 0; i < b[l].length; i++) {
                b[l][i] = finite(buf.getDouble(), where, "bias", l, i);
            }
        }
        return new Mlp(sizes, acts, output, w, b);
    }

    private static double finite(double v, String where, String what, int layer, int index)
            throws ModelFormatException {
        if (!Double.isFinite(v)) {
            throw new ModelFormatException(where + what + " " + index + " of layer " + (layer + 1)
                    + " must be finite, was " + v);
        }
        return v;
    }
}
