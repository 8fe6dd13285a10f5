package dev.statlearn.nn.deploy;

import dev.statlearn.core.Checks;
import dev.statlearn.core.internal.Format;
import dev.statlearn.nn.Mlp;
import java.util.Arrays;
import java.util.Objects;

/**
 * An inference-only network obtained by magnitude pruning: in every weight layer the fraction
 * {@code sparsity} of weights with the smallest \( |w| \) is set to zero, and the remaining
 * weights are stored sparsely (compressed sparse rows: one double and one int column index per
 * kept weight, one int row pointer per unit). Biases are kept in full. Immutable and thread-safe.
 *
 * <ul>
 *   <li>Per layer, \( \lfloor s \cdot n_l n_{l-1} \rfloor \) weights are removed; ties in
 *       \( |w| \) are broken by position (row-major order), so the result is deterministic.</li>
 *   <li>Sparsity 0 keeps every weight: predictions equal the original's up to the rounding of a
 *       different summation order.</li>
 *   <li>Size: \( 12 \cdot \mathrm{nnz} + 4 (n_l + 1) + 8 n_l \) bytes per layer, so pruning pays off
 *       from about 1/3 sparsity on.</li>
 *   <li>Compare with the original using {@link Comparison#of}.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class PrunedMlp extends CompactMlp {

    private final double[][] values;
    private final int[][] columns;
    private final int[][] rowStart;
    private final double requestedSparsity;

    private PrunedMlp(Mlp mlp, double sparsity) {
        super(mlp);
        int layers = mlp.numLayers();
        this.values = new double[layers][];
        this.columns = new int[layers][];
        this.rowStart = new int[layers][];
        this.requestedSparsity = sparsity;
        for (int l = 0; l < layers; l++) {
            double[] w = mlp.flatWeights(l);
            int in = sizes[l];
            int out = sizes[l + 1];
            int prune = (int) Math.floor(sparsity * w.length);
            boolean[] removed = new boolean[w.length];
            if (prune > 0) {
                Integer[] idx = new Integer[w.length];
                for (int i = 0; i < idx.length; i++) {
                    idx[i] = i;
                }
                Arrays.sort(idx, (a, b) -> {
                    int c = Double.compare(Math.abs(w[a]), Math.abs(w[b]));
                    return c != 0 ? c : Integer.compare(a, b);
                });
                for (int i = 0; i < prune; i++) {
                    removed[idx[i]] = true;
                }
            }
            int nnz = w.length - prune;
            values[l] = new double[nnz];
            columns[l] = new int[nnz];
            rowStart[l] = new int[out + 1];
            int p = 0;
            for (int o = 0; o < out; o++) {
                rowStart[l][o] = p;
                for (int k = 0; k < in; k++) {
                    int i = o * in + k;
                    if (!removed[i]) {
                        values[l][p] = w[i];
                        columns[l][p] = k;
                        p++;
                    }
                }
            }
            rowStart[l][out] = p;
        }
    }

    /**
     * Prunes each weight layer of {@code mlp} to the given sparsity.
     *
     * @param mlp      the trained network (not modified)
     * @param sparsity fraction of weights to remove per layer, in [0, 1]
     * @return the pruned model
     * @throws NullPointerException     if {@code mlp} is null
     * @throws IllegalArgumentException if {@code sparsity} is outside [0, 1] or NaN
     */
    public static PrunedMlp of(Mlp mlp, double sparsity) {
        Objects.requireNonNull(mlp, "mlp");
        Checks.inRange(sparsity, 0.0, 1.0, "sparsity");
        return new PrunedMlp(mlp, sparsity);
    }

    /**
     * The sparsity that was asked for.
     *
     * @return the requested fraction of removed weights per layer
     */
    public double requestedSparsity() {
        return requestedSparsity;
    }

    /**
     * Number of weights kept (non-zero entries stored), over all layers.
     *
     * @return the count
     */
    public long nonZeroWeights() {
        long s = 0;
        for (double[] v : values) {
            s += v.length;
        }
        return s;
    }

    /**
     * Fraction of weights removed over all layers.
     *
     * @return the achieved sparsity
     */
    public double sparsity() {
        long total = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            total += (long) sizes[l] * sizes[l + 1];
        }
        return 1.0 - (double) nonZeroWeights() / total;
    }

    @Override
    public long sizeInBytes() {
        long s = 0;
        for (int l = 0; l < values.length; l++) {
            s += 12L * values[l].length + 4L * rowStart[l].length + 8L * biases[l].length;
        }
        return s;
    }

    @Override
    void product(int layer, double[] in, double[] out) {
        double[] v = values[layer];
        int[] c = columns[layer];
        int[] rs = rowStart[layer];
        for (int o = 0; o < out.length; o++) {
            double s = 0.0;
            for (int p = rs[o]; p < rs[o + 1]; p++) {
                s += v[p] * in[c[p]];
            }
            out[o] = s;
        }
    }

    @Override
    public String toString() {
        return "PrunedMlp[sparsity " + Format.sig(sparsity(), 3) + ", " + nonZeroWeights() + " non-zero weights, "
                + sizeInBytes() + " bytes]";
    }
}
