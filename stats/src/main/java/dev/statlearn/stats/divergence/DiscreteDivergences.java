package dev.statlearn.stats.divergence;

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
