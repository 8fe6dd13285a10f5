package dev.statlearn.core.internal.kernel;

/**
 * One implementation of the hot-loop kernels (scalar or Vector API). Obtain the one chosen at
 * start-up from {@link Kernels#ops()}, or call the static shortcuts on {@link Kernels}.
 *
 * <p>Layout: a matrix \( X \) with {@code rows × cols} elements lives in a flat array at
 * {@code x[xOff + r * ldx + c]} (row-major); the short forms use {@code ldx = cols}. Outputs may
 * be {@code null}, in which case a new array of the exact size is allocated (offset must then be
 * 0); when an output is given nothing is allocated. Inputs are never modified unless they are
 * also the output.
 *
 * <p>Products: each output element of the matrix products is the sum over \( p = 0, \dots, k-1 \)
 * in increasing order (the scalar path adds {@code a * b} exactly like a naive triple loop
 * starting from 0, or from the old value when {@code accumulate}; the Vector API path uses
 * fused multiply-add in the same order). Large products ({@link #gemm}) run on several threads,
 * the caller and {@code statlearn-kernel} helper threads, each computing a part of C with
 * {@link #gemmRows}; each output element is computed by exactly one thread, with the same
 * operations in the same order as sequentially, so results do not depend on the number of
 * threads.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface KernelOps {

    /**
     * A one-line description, e.g. {@code "scalar (Java 17, JIT auto-vectorized loops)"}.
     *
     * @return which path and, for the Vector API, which species and width
     */
    String description();

    /**
     * Computes rows {@code [i0, i1)} of \( C = \mathrm{op}(A)\,\mathrm{op}(B) \) (or
     * \( C \mathrel{+}= \dots \) when {@code accumulate}) sequentially, where
     * \( \mathrm{op}(A) \) is \( m \times k \) and \( \mathrm{op}(B) \) is \( k \times n \).
     * The general entry point behind the {@code mult*} shortcuts; no argument checks.
     *
     * @param transA     {@code A} is stored as \( k \times m \) (use \( A^T \))
     * @param transB     {@code B} is stored as \( n \times k \) (use \( B^T \))
     * @param accumulate add to {@code C} instead of overwriting it
     * @param i0         first row of {@code C}
     * @param i1         end row of {@code C} (exclusive)
     * @param n          columns of {@code C}
     * @param k          inner dimension
     * @param a          A, not modified
     * @param aOff       offset of A
     * @param lda        leading dimension (row stride) of A as stored
     * @param b          B, not modified
     * @param bOff       offset of B
     * @param ldb        leading dimension of B as stored
     * @param c          C, modified
     * @param cOff       offset of C
     * @param ldc        leading dimension of C
     */
    void gemmRows(boolean transA, boolean transB, boolean accumulate, int i0, int i1, int n, int k,
                  double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                  double[] c, int cOff, int ldc);

    /**
     * One dense layer on one row, the single-row inference step:
     * \[ y_j = f\Big( \sum_{p=0}^{k-1} x_p W_{jp} + \mathrm{bias}_j \Big),
     *    \qquad j = 0, \dots, n-1, \]
     * with the weights laid out input-major by {@link #denseRowWeights}, so that the product is
     * the "axpy" form \( y \mathrel{+}= x_p W_{\cdot p} \) over contiguous rows. The bias is added
     * after the sum and the activation applied last. When every weight is finite, inputs
     * \( x_p = 0 \) are skipped: their products \( \pm 0 \) would leave every partial sum
     * unchanged (a sum that starts from \( +0 \) never becomes \( -0 \)), so this changes no
     * bit of the result; it halves the work on rows half of whose inputs are zero, as after a
     * ReLU layer. On the scalar path the sum starts from 0 and runs over \( p \) in increasing
     * order with a multiply then an add: the same operations, in the same order, as
     * {@link #gemm} of that row followed by {@link #biasActivation}, so the result equals theirs
     * bit for bit. The Vector API path uses fused multiply-adds over blocks of 64 inputs, each
     * block summed from 0 and added to the sums of the blocks before it: in increasing \( p \)
     * for each run of 8 vectors of units, and as four partial sums (the block's used inputs in
     * turn) for the units after the last such run, too few to hide the latency of one chain; it
     * agrees with the products to rounding. The scalar result depends only on the arguments (not
     * on the CPU or thread), the Vector API one also on the vector width. Allocates nothing.
     *
     * @param x    the input row, {@code k} values from {@code xOff}, not modified
     * @param xOff offset of x
     * @param w    the layer's {@code n × k} weights from {@link #denseRowWeights} (of either
     *             path; not modified)
     * @param bias {@code n} biases, not modified
     * @param act  activation
     * @param y    output of at least {@code n} values, overwritten in {@code [0, n)}; on the
     *             Vector API path entries past {@code n}, up to the smaller of its length and
     *             {@link DenseRowWeights#width()}, may be set to 0 (give y that width to have
     *             whole vectors stored). Not {@code x} or {@code bias}
     * @return {@code y}
     * @throws IllegalArgumentException if an array is too short
     * @throws NullPointerException     if an argument is null
     */
    double[] denseRow(double[] x, int xOff, DenseRowWeights w, double[] bias, KernelActivation act,
                      double[] y);

    /**
     * The layout {@link #denseRow} reads, built once per layer: the transpose of a row-major
     * {@code n × k} weight matrix (units × inputs, PyTorch's layout) as {@code k} arrays, row
     * \( p \) holding \( W_{\cdot p} \), padded with zeros to a whole number of vectors on the
     * Vector API path.
     *
     * @param n units (rows of {@code w})
     * @param k inputs (columns of {@code w})
     * @param w the {@code n × k} weights, row-major, not modified (copied)
     * @return the laid-out weights
     * @throws IllegalArgumentException if a dimension is negative or {@code w} is too short
     * @throws NullPointerException     if {@code w} is null
     */
    DenseRowWeights denseRowWeights(int n, int k, double[] w);

    /**
     * \( Y_{rc} = f(Z_{rc} + \mathrm{bias}_c) \) for a {@code rows × cols} block. {@code out} may
     * be {@code z} (in place).
     *
     * @param rows    rows
     * @param cols    columns
     * @param z       pre-activations without bias, not modified unless it is {@code out}
     * @param zOff    offset of z
     * @param bias    bias of length ≥ {@code biasOff + cols}, or {@code null} for no bias
     * @param biasOff offset of bias
     * @param act     activation
     * @param out     output, or {@code null} to allocate
     * @param outOff  offset of out
     * @return {@code out}
     */
    double[] biasActivation(int rows, int cols, double[] z, int zOff, double[] bias, int biasOff,
                            KernelActivation act, double[] out, int outOff);

    /**
     * Backward pass through an activation: \( \mathrm{out}_i = g_i \, f'(z_i) \) with
     * \( f' \) written through the output \( y_i = f(z_i) \)
     * ({@link KernelActivation#derivativeFromOutput(double)}). {@code out} may be {@code g}.
     * For {@link KernelActivation#RELU} the scalar path multiplies by the step
     * \( \min(1, \max(0, 2^{1074} y)) \), which is \( [y &gt; 0] \) for every number, without a
     * branch (a negative {@code g} at \( y = 0 \) gives \( -0 \); a NaN {@code y}, or an
     * infinite {@code g} at \( y = 0 \), gives NaN); the Vector API path selects {@code g} or
     * \( +0 \) by \( y &gt; 0 \) (0 for a NaN {@code y}). Both equal \( g [y &gt; 0] \) on
     * finite inputs, up to the sign of a zero.
     *
     * @param act    activation
     * @param len    number of elements
     * @param y      activation outputs, not modified
     * @param yOff   offset of y
     * @param g      upstream gradient
     * @param gOff   offset of g
     * @param out    output, or {@code null} to allocate
     * @param outOff offset of out
     * @return {@code out}
     */
    double[] activationBackward(KernelActivation act, int len, double[] y, int yOff, double[] g,
                                int gOff, double[] out, int outOff);

    /**
     * Column sums of a {@code rows × cols} block (the bias gradient), summed over rows in order:
     * \( \mathrm{out}_c = \sum_r X_{rc} \).
     *
     * @param rows       rows
     * @param cols       columns
     * @param x          values, not modified
     * @param xOff       offset of x
     * @param out        output of length ≥ {@code outOff + cols} (overwritten), or {@code null}
     *                   to allocate
     * @param outOff     offset of out
     * @return {@code out}
     */
    double[] columnSums(int rows, int cols, double[] x, int xOff, double[] out, int outOff);

    /**
     * Row-wise softmax \( \mathrm{out}_{rc} = e^{x_{rc} - m_r} / \sum_j e^{x_{rj} - m_r} \) with
     * \( m_r = \max_j x_{rj} \). {@code out} may be {@code x}. A row with NaN gives NaN; a row
     * whose maximum is infinite gives the limit of finite logits, uniform over the entries equal
     * to the maximum and 0 elsewhere (a row of \( -\infty \) only: uniform over all).
     *
     * @param rows   rows
     * @param cols   columns (≥ 1 when rows ≥ 1)
     * @param x      logits, not modified unless it is {@code out}
     * @param xOff   offset of x
     * @param out    output, or {@code null} to allocate
     * @param outOff offset of out
     * @return {@code out}
     */
    double[] softmaxRows(int rows, int cols, double[] x, int xOff, double[] out, int outOff);

    /**
     * Row-wise log-softmax \( \mathrm{out}_{rc} = x_{rc} - \mathrm{LSE}_r \) with
     * \( \mathrm{LSE}_r = m_r + \log \sum_j e^{x_{rj} - m_r} \), \( m_r = \max_j x_{rj} \);
     * \( \mathrm{LSE}_r \) is \( \pm\infty \) when \( m_r \) is, NaN when the row has NaN
     * (the edge cases of {@link dev.statlearn.core.Numerics#logSumExp(double[])}).
     * {@code out} may be {@code x}.
     *
     * @param rows   rows
     * @param cols   columns
     * @param x      logits, not modified unless it is {@code out}
     * @param xOff   offset of x
     * @param out    output, or {@code null} to allocate
     * @param outOff offset of out
     * @return {@code out}
     */
    double[] logSoftmaxRows(int rows, int cols, double[] x, int xOff, double[] out, int outOff);

    /**
     * Row-wise softmax together with each row's log-sum-exp, from one exponential per entry (the
     * softmax cross-entropy of a training batch: the loss needs \( \log p_{r,y_r} = x_{r,y_r} -
     * \mathrm{LSE}_r \), its gradient the probabilities): {@code out} as
     * {@link #softmaxRows}, \( e^{x_{rc} - m_r} / s_r \) with \( s_r = \sum_j e^{x_{rj} - m_r} \),
     * and \( \mathrm{lse}_r = m_r + \log s_r \), the same value (and bits) as the
     * \( \mathrm{LSE}_r \) of {@link #logSoftmaxRows}, with its edge cases. {@code out} may be
     * {@code x}.
     *
     * @param rows   rows
     * @param cols   columns (\( \ge 1 \) when rows \( \ge 1 \))
     * @param x      logits, not modified unless it is {@code out}
     * @param xOff   offset of x
     * @param out    probabilities, {@code rows × cols} from {@code outOff} (overwritten)
     * @param outOff offset of out
     * @param lse    log-sum-exp per row, {@code rows} values from {@code lseOff} (overwritten)
     * @param lseOff offset of lse
     */
    void softmaxRowsWithLogSumExp(int rows, int cols, double[] x, int xOff, double[] out, int outOff,
                                  double[] lse, int lseOff);

    /**
     * \( \sum_i \mathrm{rel\_entr}(p_i, q_i) \), with SciPy's {@code rel_entr}:
     * \( p \log(p/q) \) for \( p, q &gt; 0 \), 0 for \( p = 0, q \ge 0 \), \( +\infty \) otherwise,
     * NaN for NaN. This is \( \mathrm{KL}(p \Vert q) \) for probability vectors.
     *
     * @param len  number of elements
     * @param p    first vector, not modified
     * @param pOff offset of p
     * @param q    second vector, not modified
     * @param qOff offset of q
     * @return the sum
     */
    double sumRelEntr(int len, double[] p, int pOff, double[] q, int qOff);

    /**
     * \( \sum_i p_i \log p_i \) with \( 0 \log 0 = 0 \); NaN when some \( p_i \) is negative or
     * NaN. The entropy of a probability vector is minus this sum.
     *
     * @param len  number of elements
     * @param p    values, not modified
     * @param pOff offset of p
     * @return the sum
     */
    double sumXLogX(int len, double[] p, int pOff);

    /**
     * \( \sum_i |p_i - q_i| \) (twice the total variation distance).
     *
     * @param len  number of elements
     * @param p    first vector, not modified
     * @param pOff offset of p
     * @param q    second vector, not modified
     * @param qOff offset of q
     * @return the sum
     */
    double sumAbsDiff(int len, double[] p, int pOff, double[] q, int qOff);

    /**
     * \( \sum_i x_i \) when every \( x_i \in [0, 1] \), NaN when some \( x_i \) is outside [0, 1]
     * or NaN: the range check and the sum of a probability vector in one pass. Meant for blocks
     * of a few hundred values, whose sums the caller adds with compensation; the error of one block's
     * sum is at most \( (\mathrm{len}/w + \log_2 w)\, 2^{-53} \sum_i x_i \) for \( w \) independent
     * partial sums (4 on the scalar path, 16 on the vector path with 8 lanes).
     *
     * @param len number of elements
     * @param x   values, not modified
     * @param off offset of x
     * @return the sum, or NaN
     */
    double sumUnitInterval(int len, double[] x, int off);

    // ---------------------------------------------------------------------------------------
    // Shortcuts for contiguous matrices (leading dimension = number of columns)
    // ---------------------------------------------------------------------------------------

    /**
     * General product \( C \mathrel{(+)}= \mathrm{op}(A)\,\mathrm{op}(B) \) with leading
     * dimensions, cut into one block of rows (or of columns) per thread when large (the
     * parallel threshold; see {@link Kernels}).
     *
     * @param transA     use \( A^T \) ({@code A} stored \( k \times m \))
     * @param transB     use \( B^T \) ({@code B} stored \( n \times k \))
     * @param accumulate add to {@code C} instead of overwriting it
     * @param m          rows of C
     * @param n          columns of C
     * @param k          inner dimension
     * @param a          A, not modified
     * @param aOff       offset of A
     * @param lda        leading dimension of A as stored
     * @param b          B, not modified
     * @param bOff       offset of B
     * @param ldb        leading dimension of B as stored
     * @param c          C, or {@code null} to allocate an {@code m × n} array (then {@code cOff}
     *                   must be 0 and {@code ldc} must be {@code n})
     * @param cOff       offset of C
     * @param ldc        leading dimension of C
     * @return {@code c}
     * @throws IllegalArgumentException if a dimension is negative or an array is too short
     */
    default double[] gemm(boolean transA, boolean transB, boolean accumulate, int m, int n, int k,
                          double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                          double[] c, int cOff, int ldc) {
        return Gemm.run(this, transA, transB, accumulate, m, n, k, a, aOff, lda, b, bOff, ldb,
                c, cOff, ldc, KernelSupport.PARALLEL_THRESHOLD);
    }

    /**
     * \( C = A B \) with {@code A} \( m \times k \), {@code B} \( k \times n \), all contiguous
     * (the input gradient \( \delta W \) of a layer with PyTorch-layout weights, units × inputs,
     * or a forward pass \( X W \) with input-major weights).
     *
     * @param m    rows of A and C
     * @param n    columns of B and C
     * @param k    columns of A, rows of B
     * @param a    A, not modified
     * @param aOff offset of A
     * @param b    B, not modified
     * @param bOff offset of B
     * @param c    C ({@code m × n}), or {@code null} to allocate
     * @param cOff offset of C
     * @return {@code c}
     * @throws IllegalArgumentException if a dimension is negative or an array is too short
     */
    default double[] mult(int m, int n, int k, double[] a, int aOff, double[] b, int bOff,
                          double[] c, int cOff) {
        return gemm(false, false, false, m, n, k, a, aOff, k, b, bOff, n, c, cOff, n);
    }

    /**
     * \( C = A^T B \) with {@code A} stored \( k \times m \), {@code B} \( k \times n \)
     * (the weight gradient \( X^T \delta \)).
     *
     * @param m    columns of A, rows of C
     * @param n    columns of B and C
     * @param k    rows of A and B
     * @param a    A, not modified
     * @param aOff offset of A
     * @param b    B, not modified
     * @param bOff offset of B
     * @param c    C ({@code m × n}), or {@code null} to allocate
     * @param cOff offset of C
     * @return {@code c}
     * @throws IllegalArgumentException if a dimension is negative or an array is too short
     */
    default double[] multTransA(int m, int n, int k, double[] a, int aOff, double[] b, int bOff,
                                double[] c, int cOff) {
        return gemm(true, false, false, m, n, k, a, aOff, m, b, bOff, n, c, cOff, n);
    }

    /**
     * \( C = A B^T \) with {@code A} \( m \times k \), {@code B} stored \( n \times k \)
     * (a forward pass \( X W^T \) with PyTorch-layout weights, units × inputs).
     *
     * @param m    rows of A and C
     * @param n    rows of B, columns of C
     * @param k    columns of A and B
     * @param a    A, not modified
     * @param aOff offset of A
     * @param b    B, not modified
     * @param bOff offset of B
     * @param c    C ({@code m × n}), or {@code null} to allocate
     * @param cOff offset of C
     * @return {@code c}
     * @throws IllegalArgumentException if a dimension is negative or an array is too short
     */
    default double[] multTransB(int m, int n, int k, double[] a, int aOff, double[] b, int bOff,
                                double[] c, int cOff) {
        return gemm(false, true, false, m, n, k, a, aOff, k, b, bOff, k, c, cOff, n);
    }

}
