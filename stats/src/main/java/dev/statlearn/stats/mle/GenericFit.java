package dev.statlearn.stats.mle;

import dev.statlearn.core.internal.DenseLinearAlgebra;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Numerical maximization and observed information for {@link Mle#fit}; the Newton steps and the
 * inversion of the observed information \( \hat\Sigma = (-H)^{-1} \) go through EJML's Cholesky.
 */
final class GenericFit {

    record Result(double[] theta, double logLikelihood, double[][] covariance) {
    }

    private GenericFit() {
    }

    /**
     * Maximizes {@code logLikelihood} from {@code start}; {@code what} names the log-likelihood
     * in messages (e.g. {@code "logLikelihood"} or {@code "the log-likelihood of x"}).
     */
    static Result maximize(ToDoubleFunction<double[]> logLikelihood, double[] start, String what) {
        int p = start.length;
        ToDoubleFunction<double[]> f = t -> {
            double v = logLikelihood.applyAsDouble(t.clone());
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        };
        double[] theta = start.clone();
        double best = f.applyAsDouble(theta);
        if (!Double.isFinite(best)) {
            throw new IllegalArgumentException(what + " at start = " + java.util.Arrays.toString(start)
                    + " must be finite, was " + best);
        }
        // Nelder-Mead, restarted from the best point with a smaller simplex
        double scale = 0.1;
        for (int round = 0; round < 3; round++) {
            double[] steps = new double[p];
            for (int j = 0; j < p; j++) {
                steps[j] = scale * Math.max(Math.abs(theta[j]), 1e-3);
            }
            SimplexOptimizer opt = new SimplexOptimizer(new SimpleValueChecker(1e-13, 1e-13));
            try {
                PointValuePair r = opt.optimize(new MaxEval(20_000 * p), new ObjectiveFunction(f::applyAsDouble),
                        GoalType.MAXIMIZE, new InitialGuess(theta), new NelderMeadSimplex(steps));
                if (r.getValue() >= best) {
                    theta = r.getPoint();
                    best = r.getValue();
                }
            } catch (TooManyEvaluationsException e) {
                // keep the best point so far; the Newton polish below finishes the job
            }
            scale /= 10;
        }
        // Newton polish with finite-difference derivatives
        for (int iter = 0; iter < 20; iter++) {
            double[] h = steps(theta);
            double[][] negH = negativeHessian(f, theta, best, h, what);
            double[] g = gradient(f, theta, h);
            double[] delta = symmetric(negH) ? DenseLinearAlgebra.solveSpdOrNull(negH, g) : null;
            if (delta == null) {
                break;
            }
            double[] next = theta.clone();
            for (int j = 0; j < p; j++) {
                next[j] += delta[j];
            }
            double v = f.applyAsDouble(next);
            if (!(v > best)) {
                break;
            }
            theta = next;
            boolean small = true;
            for (int j = 0; j < p; j++) {
                small &= Math.abs(delta[j]) <= 1e-12 * Math.max(Math.abs(theta[j]), 1e-8);
            }
            best = v;
            if (small) {
                break;
            }
        }
        double[][] negH = negativeHessian(f, theta, best, steps(theta), what);
        double[][] cov = symmetric(negH) ? DenseLinearAlgebra.inverseSpdOrNull(negH) : null;
        if (cov == null) {
            throw new IllegalArgumentException(
                    "the observed information of " + what + " is not positive definite at the optimum: no standard errors"
                            + " (is the model identifiable, and the optimum interior?)");
        }
        return new Result(theta, best, cov);
    }

    /** Symmetric within 1e-10 relative, as Commons Math's Cholesky required before EJML. */
    private static boolean symmetric(double[][] a) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < i; j++) {
                double tol = 1e-10 * Math.max(Math.abs(a[i][j]), Math.abs(a[j][i]));
                if (!(Math.abs(a[i][j] - a[j][i]) <= tol)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] steps(double[] theta) {
        double[] h = new double[theta.length];
        for (int j = 0; j < h.length; j++) {
            h[j] = 1e-4 * Math.max(Math.abs(theta[j]), 1e-3);
        }
        return h;
    }

    private static double[] gradient(ToDoubleFunction<double[]> f, double[] theta, double[] h) {
        double[] g = new double[theta.length];
        for (int j = 0; j < theta.length; j++) {
            double[] a = theta.clone();
            double[] b = theta.clone();
            a[j] += h[j];
            b[j] -= h[j];
            g[j] = (f.applyAsDouble(a) - f.applyAsDouble(b)) / (2 * h[j]);
        }
        return g;
    }

    /** Central-difference negative Hessian; steps shrink if an evaluation leaves the domain. */
    private static double[][] negativeHessian(ToDoubleFunction<double[]> f, double[] theta, double f0, double[] h0,
                                              String what) {
        int p = theta.length;
        double[] h = h0.clone();
        for (int attempt = 0; attempt < 6; attempt++) {
            double[][] m = new double[p][p];
            boolean finite = true;
            for (int i = 0; i < p && finite; i++) {
                double[] a = theta.clone();
                double[] b = theta.clone();
                a[i] += h[i];
                b[i] -= h[i];
                double fa = f.applyAsDouble(a);
                double fb = f.applyAsDouble(b);
                m[i][i] = -(fa - 2 * f0 + fb) / (h[i] * h[i]);
                finite = Double.isFinite(m[i][i]);
                for (int j = 0; j < i && finite; j++) {
                    double[] pp = theta.clone();
                    double[] pm = theta.clone();
                    double[] mp = theta.clone();
                    double[] mm = theta.clone();
                    pp[i] += h[i];
                    pp[j] += h[j];
                    pm[i] += h[i];
                    pm[j] -= h[j];
                    mp[i] -= h[i];
                    mp[j] += h[j];
                    mm[i] -= h[i];
                    mm[j] -= h[j];
                    double v = -(f.applyAsDouble(pp) - f.applyAsDouble(pm) - f.applyAsDouble(mp)
                            + f.applyAsDouble(mm)) / (4 * h[i] * h[j]);
                    m[i][j] = v;
                    m[j][i] = v;
                    finite = Double.isFinite(v);
                }
            }
            if (finite) {
                return m;
            }
            for (int j = 0; j < p; j++) {
                h[j] /= 10;
            }
        }
        throw new IllegalArgumentException(
                what + " is not finite around the optimum " + java.util.Arrays.toString(theta)
                        + ": no standard errors (optimum on the boundary?)");
    }
}
