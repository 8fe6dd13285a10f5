package dev.statlearn.core.internal.kernel;

import java.util.Optional;

/**
 * Entry point of the kernel layer: picks one {@link KernelOps} implementation once, when this
 * class is initialised, and offers static shortcuts to it.
 *
 * <p>Selection, from the system property {@code statlearn.kernels}:
 * <ul>
 *   <li>{@code auto} (default): the Vector API implementation when the boot layer has module
 *       {@code jdk.incubator.vector} (the JVM was started with
 *       {@code --add-modules jdk.incubator.vector}) and it loads; otherwise scalar.</li>
 *   <li>{@code scalar}: always the scalar implementation.</li>
 *   <li>{@code vector}: the Vector API implementation, falling back to scalar (and saying so in
 *       {@link #description()}) when it is not available.</li>
 * </ul>
 * The Vector API implementation is loaded reflectively, so nothing fails on a JVM without the
 * module.
 *
 * <p>Products with at least \( 2^{20} \) multiply-adds (the parallel threshold; system property
 * {@code statlearn.kernels.parallelThreshold}) run on several threads
 * ({@link #parallelThreads()}): the caller and
 * {@link java.util.concurrent.ForkJoinPool#getCommonPoolParallelism()} daemon helper threads
 * named {@code statlearn-kernel-N} (fewer when there are fewer processors), started on first use.
 * C is cut into one part per thread, by rows unless it is more than 4 times as wide as tall, and
 * each part is a sequential product; the caller takes any part no helper has started. After a
 * product a helper waits busy for the next one for 200 µs (system property
 * {@code statlearn.kernels.idleSpinMicros}, at most 10⁶; 0: it sleeps at once), then sleeps:
 * back-to-back products, as in training, hand over work without a thread wake-up, which takes
 * tens of microseconds on a virtual machine. A helper that gets no work for 60 s ends (system
 * property {@code statlearn.kernels.keepAliveMillis}, between 1 and 3.6 × 10⁶) and is started
 * again when needed. A product hires its helpers for its duration: products running at the same
 * time on several threads never share one, and one that finds every helper hired computes alone
 * on its caller's thread (every core then has work already). Results do not depend on the number
 * of threads.
 *
 * <p>Memory: the product kernels keep per-thread packing buffers, grown to the largest blocks the
 * thread has packed and reused (at most about 0.3 MB per thread on the scalar path and 0.8 MB on
 * the AVX-512 Vector API path); no kernel allocates per call when its output array is given and
 * its buffers are already large enough, except a product above the parallel threshold, which
 * allocates a few small objects (its parts and the list of helpers it hired, about 200 bytes).
 */
public final class Kernels {

    /** System property selecting the implementation: {@code auto}, {@code scalar}, {@code vector}. */
    public static final String PROPERTY = "statlearn.kernels";

    private static final String VECTOR_CLASS =
            "dev.statlearn.core.internal.kernel.VectorKernelOps";

    private static final String REQUESTED = System.getProperty(PROPERTY, "auto").trim();
    private static final KernelOps SCALAR = new ScalarKernelOps();
    private static final Optional<KernelOps> VECTOR = loadVector();
    private static final KernelOps OPS = select();

    private Kernels() {
    }

    private static Optional<KernelOps> loadVector() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName(VECTOR_CLASS);
            KernelOps ops = (KernelOps) type.getDeclaredConstructor().newInstance();
            // smoke test: fails here (and falls back) rather than in user code
            double[] c = ops.mult(1, 1, 1, new double[] {2}, 0, new double[] {3}, 0, null, 0);
            return c[0] == 6.0 ? Optional.of(ops) : Optional.empty();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static KernelOps select() {
        if ("scalar".equalsIgnoreCase(REQUESTED)) {
            return SCALAR;
        }
        return VECTOR.orElse(SCALAR);
    }

    /**
     * The implementation chosen at start-up.
     *
     * @return the kernels in use
     */
    public static KernelOps ops() {
        return OPS;
    }

    /**
     * The scalar implementation (always available), e.g. to compare paths in tests.
     *
     * @return the scalar kernels
     */
    public static KernelOps scalar() {
        return SCALAR;
    }

    /**
     * The Vector API implementation, if the running JVM has {@code jdk.incubator.vector}.
     *
     * @return the vector kernels, or empty
     */
    public static Optional<KernelOps> vector() {
        return VECTOR;
    }

    /**
     * Whether the kernels in use are the Vector API ones.
     *
     * @return {@code true} on the Vector API path
     */
    public static boolean isVector() {
        return OPS != SCALAR;
    }

    /**
     * One line saying which path runs and why, e.g.
     * {@code "statlearn kernels: vector (jdk.incubator.vector, DoubleVector 256 bits = 4 lanes)"}.
     *
     * @return the description
     */
    public static String description() {
        String why;
        if (OPS == SCALAR) {
            if ("scalar".equalsIgnoreCase(REQUESTED)) {
                why = "forced by -D" + PROPERTY + "=scalar";
            } else if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                why = "start the JVM with --add-modules jdk.incubator.vector for the Vector API path";
            } else {
                why = "Vector API module present but the vector kernels did not load";
            }
            return "statlearn kernels: " + OPS.description() + "; " + why;
        }
        return "statlearn kernels: " + OPS.description();
    }

    /**
     * Threads a product above the parallel threshold runs on: the caller and the
     * {@code statlearn-kernel} helpers.
     *
     * @return the common pool's parallelism + 1, at most the number of processors
     */
    public static int parallelThreads() {
        return KernelWorkers.threads();
    }

    /**
     * \( C = A B \) on the chosen kernels; see {@link KernelOps#mult}.
     *
     * @param m    rows of A and C
     * @param n    columns of B and C
     * @param k    columns of A, rows of B
     * @param a    A, not modified
     * @param aOff offset of A
     * @param b    B, not modified
     * @param bOff offset of B
     * @param c    C, or {@code null} to allocate
     * @param cOff offset of C
     * @return {@code c}
     */
    public static double[] mult(int m, int n, int k, double[] a, int aOff, double[] b, int bOff,
                                double[] c, int cOff) {
        return OPS.mult(m, n, k, a, aOff, b, bOff, c, cOff);
    }

    /**
     * \( C = A^T B \) on the chosen kernels; see {@link KernelOps#multTransA}.
     *
     * @param m    columns of A, rows of C
     * @param n    columns of B and C
     * @param k    rows of A and B
     * @param a    A, not modified
     * @param aOff offset of A
     * @param b    B, not modified
     * @param bOff offset of B
     * @param c    C, or {@code null} to allocate
     * @param cOff offset of C
     * @return {@code c}
     */
    public static double[] multTransA(int m, int n, int k, double[] a, int aOff, double[] b,
                                      int bOff, double[] c, int cOff) {
        return OPS.multTransA(m, n, k, a, aOff, b, bOff, c, cOff);
    }

    /**
     * \( C = A B^T \) on the chosen kernels; see {@link KernelOps#multTransB}.
     *
     * @param m    rows of A and C
     * @param n    rows of B, columns of C
     * @param k    columns of A and B
     * @param a    A, not modified
     * @param aOff offset of A
     * @param b    B, not modified
     * @param bOff offset of B
     * @param c    C, or {@code null} to allocate
     * @param cOff offset of C
     * @return {@code c}
     */
    public static double[] multTransB(int m, int n, int k, double[] a, int aOff, double[] b,
                                      int bOff, double[] c, int cOff) {
        return OPS.multTransB(m, n, k, a, aOff, b, bOff, c, cOff);
    }

    /**
     * One dense layer on one row on the chosen kernels; see {@link KernelOps#denseRow}.
     *
     * @param x    input row
     * @param xOff offset of x
     * @param w    weights from {@link #denseRowWeights}
     * @param bias biases
     * @param act  activation
     * @param y    output of at least {@code w.units()} values
     * @return {@code y}
     */
    public static double[] denseRow(double[] x, int xOff, DenseRowWeights w, double[] bias,
                                    KernelActivation act, double[] y) {
        return OPS.denseRow(x, xOff, w, bias, act, y);
    }

    /**
     * The weight layout of {@link #denseRow} on the chosen kernels; see
     * {@link KernelOps#denseRowWeights}.
     *
     * @param n units
     * @param k inputs
     * @param w the {@code n × k} weights, row-major
     * @return the laid-out weights
     */
    public static DenseRowWeights denseRowWeights(int n, int k, double[] w) {
        return OPS.denseRowWeights(n, k, w);
    }

    /**
     * Bias add and activation on the chosen kernels; see {@link KernelOps#biasActivation}.
     *
     * @param rows    rows
     * @param cols    columns
     * @param z       pre-activations
     * @param zOff    offset of z
     * @param bias    bias, or {@code null}
     * @param biasOff offset of bias
     * @param act     activation
     * @param out     output (may be {@code z}), or {@code null} to allocate
     * @param outOff  offset of out
     * @return {@code out}
     */
    public static double[] biasActivation(int rows, int cols, double[] z, int zOff, double[] bias,
                                          int biasOff, KernelActivation act, double[] out,
                                          int outOff) {
        return OPS.biasActivation(rows, cols, z, zOff, bias, biasOff, act, out, outOff);
    }

    /**
     * Backward pass through an activation on the chosen kernels; see
     * {@link KernelOps#activationBackward}.
     *
     * @param act    activation
     * @param len    number of elements
     * @param y      activation outputs
     * @param yOff   offset of y
     * @param g      upstream gradient
     * @param gOff   offset of g
     * @param out    output (may be {@code g}), or {@code null} to allocate
     * @param outOff offset of out
     * @return {@code out}
     */
    public static double[] activationBackward(KernelActivation act, int len, double[] y, int yOff,
                                              double[] g, int gOff, double[] out, int outOff) {
        return OPS.activationBackward(act, len, y, yOff, g, gOff, out, outOff);
    }

    /**
     * Column sums on the chosen kernels; see {@link KernelOps#columnSums}.
     *
     * @param rows       rows
     * @param cols       columns
     * @param x          values
     * @param xOff       offset of x
     * @param out        output of length ≥ {@code outOff + cols} (overwritten), or {@code null}
     *                   to allocate
     * @param outOff     offset of out
     * @return {@code out}
     */
    public static double[] columnSums(int rows, int cols, double[] x, int xOff, double[] out,
                                      int outOff) {
        return OPS.columnSums(rows, cols, x, xOff, out, outOff);
    }

    /**
     * Row-wise softmax on the chosen kernels; see {@link KernelOps#softmaxRows}.
     *
     * @param rows   rows
     * @param cols   columns
     * @param x      logits
     * @param xOff   offset of x
     * @param out    output (may be {@code x}), or {@code null} to allocate
     * @param outOff offset of out
     * @return {@code out}
     */
    public static double[] softmaxRows(int rows, int cols, double[] x, int xOff, double[] out,
                                       int outOff) {
        return OPS.softmaxRows(rows, cols, x, xOff, out, outOff);
    }

    /**
     * Row-wise log-softmax on the chosen kernels; see {@link KernelOps#logSoftmaxRows}.
     *
     * @param rows   rows
     * @param cols   columns
     * @param x      logits
     * @param xOff   offset of x
     * @param out    output (may be {@code x}), or {@code null} to allocate
     * @param outOff offset of out
     * @return {@code out}
     */
    public static double[] logSoftmaxRows(int rows, int cols, double[] x, int xOff, double[] out,
                                          int outOff) {
        return OPS.logSoftmaxRows(rows, cols, x, xOff, out, outOff);
    }

    /**
     * Row-wise softmax and log-sum-exp on the chosen kernels; see
     * {@link KernelOps#softmaxRowsWithLogSumExp}.
     *
     * @param rows   rows
     * @param cols   columns
     * @param x      logits
     * @param xOff   offset of x
     * @param out    probabilities (may be {@code x})
     * @param outOff offset of out
     * @param lse    log-sum-exp per row
     * @param lseOff offset of lse
     */
    public static void softmaxRowsWithLogSumExp(int rows, int cols, double[] x, int xOff, double[] out,
                                                int outOff, double[] lse, int lseOff) {
        OPS.softmaxRowsWithLogSumExp(rows, cols, x, xOff, out, outOff, lse, lseOff);
    }

    /**
     * \( \sum_i \mathrm{rel\_entr}(p_i, q_i) \) on the chosen kernels; see
     * {@link KernelOps#sumRelEntr}.
     *
     * @param len  number of elements
     * @param p    first vector
     * @param pOff offset of p
     * @param q    second vector
     * @param qOff offset of q
     * @return the sum
     */
    public static double sumRelEntr(int len, double[] p, int pOff, double[] q, int qOff) {
        return OPS.sumRelEntr(len, p, pOff, q, qOff);
    }

    /**
     * \( \sum_i p_i \log p_i \) on the chosen kernels; see {@link KernelOps#sumXLogX}.
     *
     * @param len  number of elements
     * @param p    values
     * @param pOff offset of p
     * @return the sum
     */
    public static double sumXLogX(int len, double[] p, int pOff) {
        return OPS.sumXLogX(len, p, pOff);
    }

    /**
     * \( \sum_i |p_i - q_i| \) on the chosen kernels.
     *
     * @param len  number of elements
     * @param p    first vector
     * @param pOff offset of p
     * @param q    second vector
     * @param qOff offset of q
     * @return the sum
     */
    public static double sumAbsDiff(int len, double[] p, int pOff, double[] q, int qOff) {
        return OPS.sumAbsDiff(len, p, pOff, q, qOff);
    }

    /**
     * \( \sum_i x_i \) when every \( x_i \in [0, 1] \), NaN otherwise, on the chosen kernels
     * ({@link KernelOps#sumUnitInterval}).
     *
     * @param len number of elements
     * @param x   values
     * @param off offset of x
     * @return the sum, or NaN
     */
    public static double sumUnitInterval(int len, double[] x, int off) {
        return OPS.sumUnitInterval(len, x, off);
    }
}
