package dev.statlearn.stats.divergence;

import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.Dirichlet;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.InverseGamma;
import dev.statlearn.stats.distribution.Laplace;
import dev.statlearn.stats.distribution.LogNormal;
import dev.statlearn.stats.distribution.MultivariateNormal;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.distribution.Uniform;
import java.util.Arrays;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Closed forms by family: the Kullback–Leibler divergence within the normal, multivariate normal,
 * categorical, gamma, inverse gamma, beta, exponential, Laplace, log-normal, uniform, Poisson,
 * binomial and Dirichlet families, and the Hellinger and 2-Wasserstein distances between normals.
 * The formulas are on the {@link Divergences} facade, which checks the arguments (non-null, same
 * dimension) before calling here.
 */
final class ClosedForms {

    private ClosedForms() {
    }

    static double kl(Normal p, Normal q) {
        return normalKl(p.mean(), p.sd(), q.mean(), q.sd());
    }

    private static double normalKl(double m1, double s1, double m2, double s2) {
        double r = s1 / s2;
        double z = (m1 - m2) / s2;
        // 0.5 (r^2 - 1 - ln r^2) + 0.5 z^2, with r^2 - 1 - 2 ln r computed without cancellation
        double lr = Math.log(r);
        return Math.max(0, 0.5 * (Math.expm1(2 * lr) - 2 * lr) + 0.5 * z * z);
    }

    static double hellinger(Normal p, Normal q) {
        double s1 = p.sd();
        double s2 = q.sd();
        double ss = Math.fma(s1, s1, s2 * s2);
        double d = p.mean() - q.mean();
        // ln(2 s1 s2 / (s1^2 + s2^2)) = -ln(1 + (s1 - s2)^2 / (2 s1 s2))
        double logRatio = -Math.log1p((s1 - s2) * (s1 - s2) / (2 * s1 * s2));
        double logBc = 0.5 * logRatio - d * d / (4 * ss);
        return Math.min(1, Math.sqrt(-Math.expm1(logBc)));
    }

    static double wasserstein2(Normal p, Normal q) {
        return Math.hypot(p.mean() - q.mean(), p.sd() - q.sd());
    }

    static double kl(MultivariateNormal p, MultivariateNormal q) {
        int d = p.dimension();
        double[][] lp = p.choleskyFactor();
        double[][] lq = q.choleskyFactor();
        double[] mp = p.mean();
        double[] mq = q.mean();
        double trace = 0;
        double[] col = new double[d];
        double[] z = new double[d];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < d; i++) {
                col[i] = lp[i][j];
            }
            forwardSolve(lq, col, z);
            for (int i = 0; i < d; i++) {
                trace += z[i] * z[i];
            }
        }
        for (int i = 0; i < d; i++) {
            col[i] = mq[i] - mp[i];
        }
        forwardSolve(lq, col, z);
        double maha = 0;
        for (int i = 0; i < d; i++) {
            maha += z[i] * z[i];
        }
        return Math.max(0, 0.5 * (trace + maha - d + q.logDeterminant() - p.logDeterminant()));
    }

    /** Solves L z = b for lower-triangular L (EJML forward substitution). */
    private static void forwardSolve(double[][] l, double[] b, double[] z) {
        double[] r = dev.statlearn.core.internal.DenseLinearAlgebra.forwardSolve(l, b);
        System.arraycopy(r, 0, z, 0, z.length);
    }

    static double kl(Categorical p, Categorical q) {
        double[] a = p.probabilities();
        double[] b = q.probabilities();
        return DiscreteDivergences.klSum(a, b);
    }

    static double kl(Gamma p, Gamma q) {
        return gammaKl(p.shape(), p.rate(), q.shape(), q.rate());
    }

    static double kl(InverseGamma p, InverseGamma q) {
        return gammaKl(p.shape(), p.scale(), q.shape(), q.scale());
    }

    private static double gammaKl(double a1, double b1, double a2, double b2) {
        double r = Math.log(b2) - Math.log(b1);
        // a1 (b2/b1 - 1) - a2 r; near r = 0 as a1 (expm1(r) - r) + (a1 - a2) r, without cancellation
        double rate = r <= 700 ? a1 * (Math.expm1(r) - r) + (a1 - a2) * r : Math.exp(Math.log(a1) + r) - a2 * r;
        double shape = a1 == a2 ? 0 : LogGamma.value(a2) - LogGamma.value(a1) - (a2 - a1) * Digamma.value(a1);
        return nonNegative(rate + shape);
    }

    static double kl(Beta p, Beta q) {
        double a1 = p.alpha();
        double b1 = p.beta();
        double a2 = q.alpha();
        double b2 = q.beta();
        if (a1 == a2 && b1 == b2) {
            return 0;
        }
        double s1 = a1 + b1;
        double s2 = a2 + b2;
        double v = LogBeta.value(a2, b2) - LogBeta.value(a1, b1)
                + (a1 - a2) * Digamma.value(a1) + (b1 - b2) * Digamma.value(b1)
                + (s2 - s1) * Digamma.value(s1);
        return nonNegative(v);
    }

    static double kl(Exponential p, Exponential q) {
        double r = Math.log(q.rate()) - Math.log(p.rate());
        return nonNegative(Math.expm1(r) - r);
    }

    static double kl(Laplace p, Laplace q) {
        double s1 = p.scale();
        double s2 = q.scale();
        double d = Math.abs(p.location() - q.location());
        if (d == Double.POSITIVE_INFINITY) {   // locations of opposite sign near the double limit
            d = 2 * Math.abs(0.5 * p.location() - 0.5 * q.location());
        }
        double u = Math.log(s1) - Math.log(s2) - d / s1;
        return nonNegative((Math.expm1(u) - u) + (d / s2 - d / s1));
    }

    static double kl(LogNormal p, LogNormal q) {
        return normalKl(p.mu(), p.sigma(), q.mu(), q.sigma());
    }

    static double kl(Uniform p, Uniform q) {
        if (q.lower() > p.lower() || q.upper() < p.upper()) {
            return Double.POSITIVE_INFINITY;
        }
        return nonNegative(Divergences.logDifference(q.upper(), q.lower())
                - Divergences.logDifference(p.upper(), p.lower()));
    }

    static double kl(Poisson p, Poisson q) {
        if (p.rate() == 0) {
            return q.rate();
        }
        if (q.rate() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double r = Math.log(p.rate()) - Math.log(q.rate());
        if (Math.abs(r) > 0.5) {   // no cancellation; expm1(-r) could overflow for a tiny first rate
            return nonNegative(p.rate() * r - p.rate() + q.rate());
        }
        return nonNegative(p.rate() * (r + Math.expm1(-r)));
    }

    static double kl(Binomial p, Binomial q) {
        int n1 = p.trials();
        int n2 = q.trials();
        if (n1 > n2) {
            return Double.POSITIVE_INFINITY;
        }
        if (n1 == n2) {
            return nonNegative(n1 == 0 ? 0 : n1 * bernoulliKl(p.p(), q.p()));
        }
        double mean = n1 * p.p();
        double sd = Math.sqrt(n1 * p.p() * (1 - p.p()));
        int lo = (int) Math.max(0, Math.floor(mean - 40 * sd - 1));
        int hi = (int) Math.min(n1, Math.ceil(mean + 40 * sd + 1));
        double s = 0;
        for (long kk = lo; kk <= hi; kk++) {
            int k = (int) kk;
            double lp = p.logPmf(k);
            if (lp == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double lq = q.logPmf(k);
            if (lq == Double.NEGATIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            s += Math.exp(lp) * (lp - lq);
        }
        return nonNegative(s);
    }

    /** KL(Bernoulli(a) || Bernoulli(b)) with 0 log 0 = 0, log1p of the relative differences. */
    private static double bernoulliKl(double a, double b) {
        double s = 0;
        if (a > 0) {
            if (b == 0) {
                return Double.POSITIVE_INFINITY;
            }
            s += a * Math.log1p((a - b) / b);
        }
        if (a < 1) {
            if (b == 1) {
                return Double.POSITIVE_INFINITY;
            }
            s += (1 - a) * Math.log1p((b - a) / (1 - b));
        }
        return s;
    }

    static double kl(Dirichlet p, Dirichlet q) {
        double[] a = p.alpha();
        double[] b = q.alpha();
        if (Arrays.equals(a, b)) {
            return 0;
        }
        double a0 = 0;
        double b0 = 0;
        for (int i = 0; i < a.length; i++) {
            a0 += a[i];
            b0 += b[i];
        }
        double psiA0 = Digamma.value(a0);
        double s = LogGamma.value(a0) - LogGamma.value(b0);
        for (int i = 0; i < a.length; i++) {
            s -= LogGamma.value(a[i]) - LogGamma.value(b[i]);
            s += (a[i] - b[i]) * (Digamma.value(a[i]) - psiA0);
        }
        return nonNegative(s);
    }

    /** Rounding can leave a divergence of (nearly) equal arguments a few ulps below 0; NaN passes. */
    private static double nonNegative(double v) {
        return v < 0 ? 0 : v;
    }}
