package dev.statlearn.stats.distribution;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.special.Erf;

/** Package-private special functions and argument checks shared by the distributions. */
final class Special {

    /** \( \log \sqrt{2\pi} \). */
    static final double LN_SQRT_2PI = 0.91893853320467274178032973640562;
    /** \( 1 / \sqrt{2\pi} \). */
    static final double INV_SQRT_2PI = 0.39894228040143267793994605993438;
    /** \( \sqrt{2} \). */
    static final double SQRT2 = 1.41421356237309504880168872420970;

    /**
     * The most mass an integer distribution may put above {@link Integer#MAX_VALUE}: outcomes
     * are {@code int}, so parameters with more mass there are rejected at construction.
     */
    static final double INT_TAIL = 1e-20;

    private Special() {
    }

    /** Throws if {@code x} is NaN; returns it otherwise. */
    static double notNaN(double x, String name) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException(name + " must not be NaN");
        }
        return x;
    }

    /** Throws unless {@code p} is in [0, 1]. */
    static double checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], was " + p);
        }
        return p;
    }

    /** Standard normal CDF \( \Phi(z) = \tfrac12 \operatorname{erfc}(-z/\sqrt2) \). */
    static double phi(double z) {
        if (z < -40) {
            return 0.0; // below Double.MIN_VALUE (Phi(-38.5) ~ 1e-324)
        }
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    /**
     * Standard normal quantile by Wichura's algorithm AS 241 (PPND16, Applied Statistics 37,
     * 1988, 477–484), relative accuracy about \( 10^{-16} \). Requires {@code 0 <= p <= 1}.
     */
    static double normalQuantile(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            double num = ((((((2.5090809287301226727e3 * r + 3.3430575583588128105e4) * r
                    + 6.7265770927008700853e4) * r + 4.5921953931549871457e4) * r
                    + 1.3731693765509461125e4) * r + 1.9715909503065514427e3) * r
                    + 1.3314166789178437745e2) * r + 3.3871328727963666080e0;
            double den = ((((((5.2264952788528545610e3 * r + 2.8729085735721942674e4) * r
                    + 3.9307895800092710610e4) * r + 2.1213794301586595867e4) * r
                    + 5.3941960214247511077e3) * r + 6.8718700749205790830e2) * r
                    + 4.2313330701600911252e1) * r + 1.0;
            return q * num / den;
        }
        double r = q < 0 ? p : 1.0 - p;
        r = Math.sqrt(-Math.log(r));
        double value;
        if (r <= 5.0) {
            r -= 1.6;
            double num = ((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
                    + 2.41780725177450611770e-1) * r + 1.27045825245236838258e0) * r
                    + 3.64784832476320460504e0) * r + 5.76949722146069140550e0) * r
                    + 4.63033784615654529590e0) * r + 1.42343711074968357734e0;
            double den = ((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
                    + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
                    + 6.89767334985100004550e-1) * r + 1.67638483018380384940e0) * r
                    + 2.05319162663775882187e0) * r + 1.0;
            value = num / den;
        } else {
            r -= 5.0;
            double num = ((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                    + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
                    + 2.96560571828504891230e-1) * r + 1.78482653991729133580e0) * r
                    + 5.46378491116411436990e0) * r + 6.65790464350110377720e0;
            double den = ((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
                    + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
                    + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                    + 5.99832206555887937690e-1) * r + 1.0;
            value = num / den;
        }
        return q < 0 ? -value : value;
    }

    /**
     * Marsaglia &amp; Tsang (2000) gamma variate with the given shape and unit rate.
     * For shape &lt; 1 uses \( G(a) = G(a + 1) U^{1/a} \).
     */
    static double gammaSample(double shape, RandomGenerator rng) {
        if (shape < 1) {
            return Math.exp(logGammaSample(shape, rng));
        }
        return marsagliaTsang(shape, rng);
    }

    /**
     * Logarithm of a unit-rate gamma variate; for shape &lt; 1 computed as
     * \( \log G(a+1) + \log(U)/a \) so that it does not underflow for tiny shapes.
     */
    static double logGammaSample(double shape, RandomGenerator rng) {
        if (shape >= 1) {
            return Math.log(marsagliaTsang(shape, rng));
        }
        double u = 1.0 - rng.nextDouble(); // in (0, 1]
        return Math.log(marsagliaTsang(shape + 1.0, rng)) + Math.log(u) / shape;
    }

    private static double marsagliaTsang(double shape, RandomGenerator rng) {
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x;
            double v;
            do {
                x = rng.nextGaussian();
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextDouble();
            double x2 = x * x;
            if (u < 1.0 - 0.0331 * x2 * x2) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x2 + d * (1.0 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /**
     * Quantile of a continuous distribution by safeguarded Newton iteration on the CDF (or,
     * for {@code p > 0.5}, on the survival function, so that upper quantiles keep their
     * accuracy), keeping a bracket {@code [lo, hi]} and bisecting whenever Newton leaves it.
     *
     * @param d  distribution with a positive density on ({@code lower}, {@code upper})
     * @param p  probability in (0, 1)
     * @param x0 starting point inside the support
     * @param lower lower end of the support (finite)
     * @param upper upper end of the support (may be +inf)
     */
    static double invert(ContinuousDistribution d, double p, double x0, double lower, double upper) {
        boolean upperTail = p > 0.5;
        double target = upperTail ? 1.0 - p : p;   // exact for p > 0.5 (Sterbenz)
        double lo = lower;
        double hi = upper;
        double x = x0;
        if (!(x > lo && x < hi)) {
            x = Double.isInfinite(hi) ? lo + 1.0 : 0.5 * (lo + hi);
        }
        // make the bracket finite
        if (Double.isInfinite(hi)) {
            double probe = Math.max(x, 1e-300);
            while (g(d, probe, upperTail, target) < 0) {
                lo = probe;
                probe *= 2;
                if (Double.isInfinite(probe)) {
                    return Double.MAX_VALUE;
                }
            }
            hi = probe;
            if (!(x > lo && x < hi)) {
                x = 0.5 * (lo + hi);
            }
        }
        for (int iter = 0; iter < 400; iter++) {
            double gx = g(d, x, upperTail, target);
            if (gx == 0) {
                return x;
            }
            if (gx < 0) {
                lo = x;
            } else {
                hi = x;
            }
            double f = d.density(x);
            double next = x - gx / f; // g is increasing in x in both cases, with g' = f
            if (!(next > lo && next < hi)) {
                // bisect, geometrically when the bracket spans orders of magnitude
                next = (lo > 0 && hi / lo > 4) ? Math.sqrt(lo * hi) : 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 2 * Math.ulp(x) || hi - lo <= 2 * Math.ulp(hi)) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** Increasing function whose root is the quantile. */
    private static double g(ContinuousDistribution d, double x, boolean upperTail, double target) {
        return upperTail ? target - d.survival(x) : d.cdf(x) - target;
    }

    /** Neumaier-compensated sum of {@code f(x[i])}-style accumulation helper. */
    static final class Sum {
        private double sum;
        private double c;

        void add(double v) {
            double t = sum + v;
            c += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }

        double value() {
            return sum + c;
        }
    }
}
