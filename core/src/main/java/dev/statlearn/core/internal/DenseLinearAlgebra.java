package dev.statlearn.core.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The dense decompositions and solves of statlearn, all through EJML ({@code ejml-ddense}):
 * Cholesky \( A = LL^\top \) of a symmetric positive definite matrix, forward substitution
 * \( Lz = b \), and the inverse \( A^{-1} = L^{-\top}L^{-1} \). The matrix-product kernels
 * stay in {@code dev.statlearn.core.internal.kernel}.
 *
 * <p>Not public API. Inputs are never modified; callers check shapes and finiteness.
 */
public final class DenseLinearAlgebra {

    private DenseLinearAlgebra() {
    }

    /**
     * Row-major EJML copy of a rectangular array.
     *
     * @param a rows of equal length
     * @return a new matrix
     */
    public static DMatrixRMaj matrix(double[][] a) {
        int cols = a.length == 0 ? 0 : a[0].length;
        DMatrixRMaj m = new DMatrixRMaj(a.length, cols);
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, m.data, i * cols, cols);
        }
        return m;
    }

    /**
     * Array copy of an EJML matrix.
     *
     * @param m the matrix
     * @return a new {@code rows x cols} array
     */
    public static double[][] array(DMatrixRMaj m) {
        int r = m.getNumRows();
        int c = m.getNumCols();
        double[][] a = new double[r][c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(m.data, i * c, a[i], 0, c);
        }
        return a;
    }

    /**
     * Lower Cholesky factor \( L \), \( A = LL^\top \), from the lower triangle of the
     * square matrix {@code a}, or {@code null} when a pivot is not positive (\( A \) not positive
     * definite) or not finite.
     *
     * @param a a square matrix, only its lower triangle is read
     * @return \( L \) (zero above the diagonal), or {@code null}
     */
    public static double[][] choleskyLowerOrNull(double[][] a) {
        DMatrixRMaj m = matrix(a);
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(a.length, true);
        if (!chol.decompose(m)) {
            return null;
        }
        DMatrixRMaj l = chol.getT(null);
        for (int i = 0; i < a.length; i++) {
            if (!(l.get(i, i) > 0 && Double.isFinite(l.get(i, i)))) {
                return null;
            }
        }
        return array(l);
    }

    /**
     * Forward substitution: solves \( Lz = b \) for lower-triangular \( L \) with nonzero diagonal.
     *
     * @param l lower-triangular \( d \times d \), as returned by {@link #choleskyLowerOrNull}
     * @param b right-hand side of length \( d \), not modified
     * @return \( z = L^{-1}b \), a new array
     */
    public static double[] forwardSolve(double[][] l, double[] b) {
        double[] z = b.clone();
        TriangularSolver_DDRM.solveL(matrix(l).data, z, z.length);
        return z;
    }

    /**
     * Forward substitution with the factor in EJML row-major form (no copy of \( L \)).
     *
     * @param l lower-triangular \( d \times d \) row-major data
     * @param b right-hand side of length \( d \), overwritten with \( L^{-1}b \)
     */
    public static void forwardSolveInPlace(double[] l, double[] b) {
        TriangularSolver_DDRM.solveL(l, b, b.length);
    }

    /**
     * Solves \( Ax = b \) for symmetric positive definite \( A \) by Cholesky, or returns
     * {@code null} when \( A \) is not positive definite.
     *
     * @param a square matrix, lower triangle read
     * @param b right-hand side
     * @return \( x = A^{-1}b \), a new array, or {@code null}
     */
    public static double[] solveSpdOrNull(double[][] a, double[] b) {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(a.length);
        if (!solver.setA(matrix(a)) || choleskyLowerOrNull(a) == null) {
            return null;
        }
        DMatrixRMaj x = new DMatrixRMaj(b.length, 1);
        solver.solve(new DMatrixRMaj(b.length, 1, true, b), x);
        for (double v : x.data) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return x.data.clone();
    }

    /**
     * Inverse \( A^{-1} \) of a symmetric positive definite matrix by Cholesky, or {@code null}
     * when \( A \) is not positive definite; the result is symmetrised,
     * \( (B + B^\top)/2 \).
     *
     * @param a square matrix, lower triangle read
     * @return a new \( d \times d \) array, or {@code null}
     */
    public static double[][] inverseSpdOrNull(double[][] a) {
        if (choleskyLowerOrNull(a) == null) {
            return null;
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(a.length);
        if (!solver.setA(matrix(a))) {
            return null;
        }
        DMatrixRMaj inv = new DMatrixRMaj(a.length, a.length);
        solver.invert(inv);
        double[][] r = array(inv);
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < i; j++) {
                double s = 0.5 * (r[i][j] + r[j][i]);
                r[i][j] = s;
                r[j][i] = s;
            }
            for (double v : r[i]) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
        }
        return r;
    }
}
