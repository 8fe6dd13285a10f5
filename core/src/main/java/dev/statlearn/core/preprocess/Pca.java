package dev.statlearn.core.preprocess;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.internal.Format;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Principal component analysis fitted on training data: with the column means \( \mu \) and the
 * thin singular value decomposition of the centred training matrix
 * \( X - \mathbf 1\mu^\top = U S V^\top \) (EJML's {@code DecompositionFactory_DDRM.svd},
 * singular values \( s_1 \ge s_2 \ge \dots \)), the transform keeps the first \( k \) components:
 * \[ \mathrm{score}(x) = V_k^\top (x - \mu) \in \mathbb R^k. \]
 *
 * <ul>
 *   <li>{@link #components()} are the rows of \( V_k^\top \) (unit vectors);
 *       {@link #explainedVariance()} is \( s_i^2 / (n-1) \) and {@link #explainedVarianceRatio()}
 *       is \( s_i^2 / \sum_{j} s_j^2 \) (the sum over all \( \min(n, d) \) components, i.e. the
 *       total variance), as scikit-learn's {@code PCA(svd_solver="full")}.</li>
 *   <li>Signs follow scikit-learn's {@code svd_flip}: in each component, the training score of
 *       largest magnitude is positive (ties: the first row).</li>
 *   <li>Fitting needs at least 2 finite rows (NaN is rejected there: impute first); a row with a
 *       NaN (missing) value transforms to all-NaN scores, and infinite values are rejected
 *       (see {@link Transformer}).</li>
 *   <li>\( k \) is in \( [1, \min(n, d)] \); \( n \cdot d \) is bounded by the training array
 *       itself, and the decomposition costs \( O(n d \min(n, d)) \).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class Pca implements Transformer {

    private final double[] mean;
    private final double[][] components;
    private final double[] singularValues;
    private final double[] explainedVariance;
    private final double[] explainedVarianceRatio;

    private Pca(double[] mean, double[][] components, double[] singularValues, double[] explainedVariance,
            double[] explainedVarianceRatio) {
        this.mean = mean;
        this.components = components;
        this.singularValues = singularValues;
        this.explainedVariance = explainedVariance;
        this.explainedVarianceRatio = explainedVarianceRatio;
    }

    /**
     * Fits the first {@code components} principal components of the training rows.
     *
     * @param x          training rows, finite, at least 2; not modified
     * @param components number of components \( k \), in \( [1, \min(n, d)] \)
     * @return the fitted transformer
     * @throws NullPointerException     if {@code x} or a row is null
     * @throws IllegalArgumentException if {@code x} is ragged, has fewer than 2 rows or a
     *                                  non-finite value (the message names row and column), or
     *                                  {@code components} is outside \( [1, \min(n, d)] \)
     */
    public static Pca fit(double[][] x, int components) {
        Checks.rectangular(x, "x");
        Checks.finiteMatrix(x, "x");
        int n = x.length;
        int d = x[0].length;
        if (n < 2) {
            throw new IllegalArgumentException("x must have at least 2 rows, had " + n);
        }
        int r = Math.min(n, d);
        if (components < 1 || components > r) {
            throw new IllegalArgumentException("components must be in [1, min(rows, columns) = " + r
                    + "], was " + components);
        }
        double[] mean = new double[d];
        for (int j = 0; j < d; j++) {
            CompensatedSum s = new CompensatedSum();
            for (double[] row : x) {
                s.add(row[j]);
            }
            mean[j] = s.value() / n;
        }
        DMatrixRMaj centred = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred.data[i * d + j] = x[i][j] - mean[j];
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, d, true, true, true);
        if (!svd.decompose(centred.copy())) {
            throw new IllegalArgumentException("x: the singular value decomposition did not converge");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj vt = svd.getV(null, true);
        SingularOps_DDRM.descendingOrder(u, false, w, vt, true);
        double total = 0;
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            s[i] = w.get(i, i);
            total += s[i] * s[i];
        }
        double[][] comp = new double[components][d];
        double[] sv = new double[components];
        double[] var = new double[components];
        double[] ratio = new double[components];
        for (int c = 0; c < components; c++) {
            // svd_flip (u-based): the largest |u_ic| is made positive
            int arg = 0;
            for (int i = 1; i < n; i++) {
                if (Math.abs(u.get(i, c)) > Math.abs(u.get(arg, c))) {
                    arg = i;
                }
            }
            double sign = u.get(arg, c) < 0 ? -1 : 1;
            for (int j = 0; j < d; j++) {
                comp[c][j] = sign * vt.get(c, j);
            }
            sv[c] = s[c];
            var[c] = s[c] * s[c] / (n - 1);
            ratio[c] = total > 0 ? s[c] * s[c] / total : Double.NaN;
        }
        return new Pca(mean, comp, sv, var, ratio);
    }

    /**
     * Fits on a training dataset's features (see {@link #fit(double[][], int)}).
     *
     * @param train      training data
     * @param components number of components
     * @return the fitted transformer
     */
    public static Pca fit(Dataset train, int components) {
        return fit(Checks.notNull(train, "train").features(), components);
    }

    /**
     * The recipe {@code x -> Pca.fit(x, components)}, for validation protocols that fit
     * preprocessing on each training fold.
     *
     * @param components number of components, \( \ge 1 \) (checked against the data when fitting)
     * @return the recipe
     * @throws IllegalArgumentException if {@code components < 1}
     */
    public static Preprocessor preprocessor(int components) {
        Checks.atLeast(components, 1, "components");
        return x -> fit(x, components);
    }

    @Override
    public int inputFeatures() {
        return mean.length;
    }

    @Override
    public int outputFeatures() {
        return components.length;
    }

    /**
     * The scores \( V_k^\top (x - \mu) \) of one row (all NaN if the row has a NaN).
     *
     * @param row values, length {@link #inputFeatures()}; not modified
     * @return a new array of length {@link #outputFeatures()}
     */
    @Override
    public double[] transform(double[] row) {
        Transformer.checkRow(row, mean.length);
        double[] out = new double[components.length];
        for (int c = 0; c < components.length; c++) {
            double[] v = components[c];
            double t = 0;
            for (int j = 0; j < v.length; j++) {
                t += v[j] * (row[j] - mean[j]);
            }
            out[c] = t;
        }
        return out;
    }

    /**
     * Maps scores back to the input space: \( \hat x = \mu + V_k\, \mathrm{score} \) (exact when
     * \( k = d \)).
     *
     * @param scores row of scores, length {@link #outputFeatures()}; not modified
     * @return a new row of length {@link #inputFeatures()}
     * @throws IllegalArgumentException if the length differs or a value is infinite
     */
    public double[] inverseTransform(double[] scores) {
        Transformer.checkRow(scores, components.length);
        double[] out = mean.clone();
        for (int c = 0; c < components.length; c++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += scores[c] * components[c][j];
            }
        }
        return out;
    }

    /**
     * The principal axes, rows of \( V_k^\top \), in decreasing order of explained variance.
     *
     * @return a new \( k \times d \) array
     */
    public double[][] components() {
        double[][] c = new double[components.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = components[i].clone();
        }
        return c;
    }

    /**
     * The training column means \( \mu \).
     *
     * @return a copy
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * The singular values \( s_1 \ge \dots \ge s_k \) of the centred training matrix.
     *
     * @return a copy
     */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /**
     * Variance of the training scores along each component, \( s_i^2/(n-1) \).
     *
     * @return a copy
     */
    public double[] explainedVariance() {
        return explainedVariance.clone();
    }

    /**
     * Fraction of the total training variance along each component,
     * \( s_i^2/\sum_j s_j^2 \) (NaN when the training data are constant).
     *
     * @return a copy
     */
    public double[] explainedVarianceRatio() {
        return explainedVarianceRatio.clone();
    }

    @Override
    public String toString() {
        return "Pca[components=" + components.length + ", inputFeatures=" + mean.length
                + ", explainedVarianceRatio=" + Format.list(explainedVarianceRatio) + "]";
    }
}
