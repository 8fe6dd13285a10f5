package dev.statlearn.stats.montecarlo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Sobol points in gray-code order, with a random digital shift (XOR of every coordinate with a
 * fixed random bit pattern). Direction numbers are Joe and Kuo's {@code new-joe-kuo-6.21201}
 * set, read from the copy (first 1000 dimensions) that Commons Math 3 ships; the unshifted
 * points equal Commons Math's {@code SobolSequenceGenerator}. Mutable, not thread-safe, no
 * allocation per point.
 */
final class Sobol {

    static final int MAX_DIMENSION = 1000;
    private static final int BITS = 52;
    private static final double SCALE = 0x1p-52;
    private static final String RESOURCE = "/assets/org/apache/commons/math3/random/new-joe-kuo-6.1000";

    private final int dimension;
    private final long[][] direction;
    private final long[] state;
    private final long[] shift;
    private int count;

    Sobol(int dimension) {
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException(
                    "dimension must be in [1, " + MAX_DIMENSION + "], was " + dimension);
        }
        this.dimension = dimension;
        this.direction = new long[dimension][BITS + 1];
        this.state = new long[dimension];
        this.shift = new long[dimension];
        for (int i = 1; i <= BITS; i++) {
            direction[0][i] = 1L << (BITS - i);
        }
        if (dimension > 1) {
            readDirections();
        }
    }

    private void readDirections() {
        // looked up through a Commons Math class: on the module path a resource is found in the
        // module of the class asked, and this one lives in Commons Math's jar, not in ours (it is
        // not in a package there, so it is not encapsulated)
        try (InputStream in = SobolSequenceGenerator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Commons Math resource " + RESOURCE + " not found");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            r.readLine(); // header "d s a m_i"
            for (int d = 1; d < dimension; d++) {
                String[] t = r.readLine().trim().split("\\s+");
                int s = Integer.parseInt(t[1]);
                int a = Integer.parseInt(t[2]);
                long[] v = direction[d];
                for (int i = 1; i <= s; i++) {
                    v[i] = Long.parseLong(t[2 + i]) << (BITS - i);
                }
                for (int i = s + 1; i <= BITS; i++) {
                    v[i] = v[i - s] ^ (v[i - s] >> s);
                    for (int k = 1; k <= s - 1; k++) {
                        v[i] ^= ((a >> (s - 1 - k)) & 1) * v[i - k];
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Restarts the sequence at point 0 with a new digital shift of {@code BITS} random bits per coordinate. */
    void reset(java.util.random.RandomGenerator rng) {
        count = 0;
        for (int j = 0; j < dimension; j++) {
            state[j] = 0;
            shift[j] = rng == null ? 0 : rng.nextLong() >>> (64 - BITS);
        }
    }

    /** Writes the next point (shifted) into {@code out[0..dimension)}. */
    void next(double[] out) {
        if (count > 0) {
            int c = 1 + Integer.numberOfTrailingZeros(~(count - 1));
            for (int j = 0; j < dimension; j++) {
                state[j] ^= direction[j][c];
            }
        }
        count++;
        for (int j = 0; j < dimension; j++) {
            out[j] = (state[j] ^ shift[j]) * SCALE;
        }
    }

    /** The next first coordinate only (for one-dimensional use). */
    double next1() {
        if (count > 0) {
            state[0] ^= direction[0][1 + Integer.numberOfTrailingZeros(~(count - 1))];
        }
        count++;
        return (state[0] ^ shift[0]) * SCALE;
    }
}
