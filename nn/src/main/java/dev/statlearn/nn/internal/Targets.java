package dev.statlearn.nn.internal;

/**
 * What a network is trained or evaluated against: class labels (classification) or real-valued
 * targets (regression), so that the loss, the batching and the evaluation choose by type rather
 * than by which array is null. Records hold their arrays without copying (callers pass copies)
 * and compare them by identity.
 * Not part of the public API.
 */
public sealed interface Targets permits Targets.ClassLabels, Targets.RealTargets {

    /**
     * Number of rows.
     *
     * @return rows
     */
    int rows();

    /**
     * The targets of the given rows, in that order.
     *
     * @param rows row indices
     * @return new targets
     */
    Targets select(int[] rows);

    /**
     * An uninitialised buffer for a batch of up to {@code capacity} rows.
     *
     * @param capacity rows
     * @return new targets of {@code capacity} rows
     */
    Targets buffer(int capacity);

    /**
     * Copies row {@code from} of these targets to row {@code to} of {@code batch}.
     *
     * @param from  source row
     * @param batch a buffer of the same kind from {@link #buffer(int)}
     * @param to    destination row
     */
    void copyRow(int from, Targets batch, int to);

    /**
     * Integer class labels, one per row.
     *
     * @param labels class indices
     */
    record ClassLabels(int[] labels) implements Targets {

        @Override
        public int rows() {
            return labels.length;
        }

        @Override
        public ClassLabels select(int[] rows) {
            int[] out = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = labels[rows[i]];
            }
            return new ClassLabels(out);
        }

        @Override
        public ClassLabels buffer(int capacity) {
            return new ClassLabels(new int[capacity]);
        }

        @Override
        public void copyRow(int from, Targets batch, int to) {
            ((ClassLabels) batch).labels[to] = labels[from];
        }

        /**
         * The total class weight of rows {@code [from, from + n)}: \( \sum_i w_{y_i} \), or
         * {@code n} without weights.
         *
         * @param from         first row
         * @param n            rows
         * @param classWeights weight per class, or {@code null}
         * @return the weight
         */
        public double weight(int from, int n, double[] classWeights) {
            if (classWeights == null) {
                return n;
            }
            double w = 0.0;
            for (int i = 0; i < n; i++) {
                w += classWeights[labels[from + i]];
            }
            return w;
        }
    }

    /**
     * Real-valued targets, {@code width} per row, flat row-major.
     *
     * @param values targets, {@code rows × width}
     * @param width  targets per row (the network's outputs)
     */
    record RealTargets(double[] values, int width) implements Targets {

        @Override
        public int rows() {
            return values.length / width;
        }

        @Override
        public RealTargets select(int[] rows) {
            double[] out = new double[rows.length * width];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(values, rows[i] * width, out, i * width, width);
            }
            return new RealTargets(out, width);
        }

        @Override
        public RealTargets buffer(int capacity) {
            return new RealTargets(new double[capacity * width], width);
        }

        @Override
        public void copyRow(int from, Targets batch, int to) {
            System.arraycopy(values, from * width, ((RealTargets) batch).values, to * width, width);
        }
    }
}
