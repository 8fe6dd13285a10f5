package dev.statlearn.stats.divergence;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.internal.kernel.Kernels;

/**
 * The sums behind the divergences and distances of discrete distributions (entropy,
 * cross-entropy, Kullback–Leibler, total variation, Jensen–Shannon, Hellinger), one sum each, over
 * probability vectors already checked by the {@link Divergences} facade.
 */
final class DiscreteDivergences {

    private DiscreteDivergences() {
    }

    // The three hottest sums run on core's kernel layer (scalar, or the Vector API when the JVM
    // has jdk.incubator.vector); inputs are already validated as probability vectors here.

    static double entropySum(double[] p) {
        return 0.0 - Kernels.sumXLogX(p.length, p, 0);   // +0.0 (not -0.0) for a point mass
    }

    static double crossEntropySum(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i];
            if (pi > 0) {
                s -= pi * Math.log(q[i]);
            }
        }
        return s;
    }

    /** Values per range-and-sum check: the blocks of {@link Checks#probabilityVector}, same sums. */
    private static final int CHECK_BLOCK = 256;

    /** Values per rel_entr sum: 8 check blocks; two such blocks of doubles fit in a 48 KiB L1 cache. */
    private static final int SUM_BLOCK = 8 * CHECK_BLOCK;

    /**
     * \( \sum_i \mathrm{rel\_entr}(p_i, q_i) \) when both {@code p} and {@code q} are probability
     * vectors (values in [0, 1], sums within {@code tolerance} of 1), NaN otherwise: the checks of
     * {@link Checks#probabilityVector} (the same block sums, so the same decision) and the sum in one
     * pass over blocks of {@value #SUM_BLOCK} values, each read from memory once while it is in the
     * cache. Block sums are added with compensation. Same length assumed; NaN for empty vectors.
     */
    static double klSumIfValid(double[] p, double[] q, double tolerance) {
        int n = p.length;
        if (n == 0) {
            return Double.NaN;
        }
        CompensatedSum sumP = new CompensatedSum();
        CompensatedSum sumQ = new CompensatedSum();
        CompensatedSum kl = new CompensatedSum();
        for (int from = 0; from < n; from += SUM_BLOCK) {
            int to = Math.min(n, from + SUM_BLOCK);
            for (int b = from; b < to; b += CHECK_BLOCK) {
                int len = Math.min(CHECK_BLOCK, to - b);
                double bp = Kernels.sumUnitInterval(len, p, b);
                double bq = Kernels.sumUnitInterval(len, q, b);
                if (Double.isNaN(bp) || Double.isNaN(bq)) {
                    return Double.NaN;
                }
                sumP.add(bp);
                sumQ.add(bq);
            }
            kl.add(Kernels.sumRelEntr(to - from, p, from, q, from));
        }
        if (!(Math.abs(sumP.value() - 1) <= tolerance && Math.abs(sumQ.value() - 1) <= tolerance)) {
            return Double.NaN;
        }
        return kl.value();
    }

    static double klSum(double[] p, double[] q) {
        return Kernels.sumRelEntr(p.length, p, 0, q, 0);   // +inf where q_i = 0 < p_i, 0 where p_i = 0
    }

    static double absDiffSum(double[] p, double[] q) {
        return Kernels.sumAbsDiff(p.length, p, 0, q, 0);
    }

    static double jsSum(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i];
            double qi = q[i];
            double m = 0.5 * (pi + qi);
            if (pi > 0) {
                s += pi * Math.log(pi / m);
            }
            if (qi > 0) {
                s += qi * Math.log(qi / m);
            }
        }
        return 0.5 * s;
    }

    static double sqrtDiffSquaredSum(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double d = Math.sqrt(p[i]) - Math.sqrt(q[i]);
            s += d * d;
        }
        return s;
    }}
