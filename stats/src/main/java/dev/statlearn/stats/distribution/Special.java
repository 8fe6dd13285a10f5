package dev.statlearn.stats.distribution;

import dev.statlearn.core.Checks;
import dev.statlearn.core.CompensatedSum;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;

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

    /**
     * \( (x - m) / s \) for finite {@code m} and {@code s > 0}, also when \( x - m \) overflows
     * although the quotient does not (e.g. \( x = -10^{308} \), \( m = s = 10^{308} \) gives
     * \( -2 \)): then computed as \( 2 \cdot (x/2 - m/2) / s \). Same bits as
     * {@code (x - m) / s} whenever \( x - m \) is finite.
     */
    static double standardize(double x, double m, double s) {
        double d = x - m;
        if (Double.isInfinite(d) && Double.isFinite(x)) {
            return (0.5 * x - 0.5 * m) / s * 2.0;
        }
        return d / s;
    }

    /**
     * \( m + s z \) for finite {@code m} and {@code s > 0}, also when \( s z \) overflows
     * although the sum does not (e.g. \( m = -10^{308} \), \( s = 10^{308} \), \( z = 2.5 \)):
     * then computed as \( 2 (m/2 + s \cdot z/2) \), which overflows to \( \pm\infty \) only
     * when the exact result lies beyond {@link Double#MAX_VALUE}. Same bits as {@code m + s * z}
     * whenever that is finite.
     */
    static double locationScale(double m, double s, double z) {
        double r = m + s * z;
        if (Double.isInfinite(r) && Double.isFinite(z)) {
            return 2.0 * (0.5 * m + s * (0.5 * z));
        }
        return r;
    }

    /**
     * The number of draws {@code n} of a {@code sample(rng, n)}, checked before the array is
     * allocated: {@code rng} not null, {@code n} in {@code [0, Checks.MAX_ARRAY_LENGTH]}.
     */
    static int drawCount(RandomGenerator rng, int n) {
        java.util.Objects.requireNonNull(rng, "rng");
        return Checks.arrayLength(n, "n");
    }

    /**
     * \( \sum_{i &lt; n} \ell_i \) of the log-densities or log-masses {@code logTerm(i)} of a
     * log-likelihood, compensated; \( -\infty \) as soon as a term is (an observation outside the
     * support), 0 for \( n = 0 \).
     */
    static double sumOfLogs(int n, IntToDoubleFunction logTerm) {
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < n; i++) {
            double v = logTerm.applyAsDouble(i);
            if (v == Double.NEGATIVE_INFINITY) {
                return Double.NEGATIVE_INFINITY;
            }
            sum.add(v);
        }
        return sum.value();
    }

    /**
     * \( F^{-1}(p) \) of a distribution on \( [\mathit{lower}, \mathit{upper}] \) whose
     * {@code quantile(p, q)} takes both tail probabilities, each exact: the ends of the support
     * for \( p = 0 \) and \( p = 1 \), {@code quantile(p, 1 - p)} between.
     */
    static double inverseCdf(double p, double lower, double upper, DoubleBinaryOperator quantile) {
        checkProbability(p);
        if (p == 0) {
            return lower;
        }
        return p == 1 ? upper : quantile.applyAsDouble(p, 1.0 - p);
    }

    /**
     * \( S^{-1}(q) \) of a distribution as in {@link #inverseCdf(double, double, double, DoubleBinaryOperator)}:
     * the ends of the support for \( q = 1 \) and \( q = 0 \), {@code quantile(1 - q, q)} between.
     */
    static double inverseSurvival(double q, double lower, double upper, DoubleBinaryOperator quantile) {
        checkProbability(q, "q");
        if (q == 1) {
            return lower;
        }
        return q == 0 ? upper : quantile.applyAsDouble(1.0 - q, q);
    }

    /**
     * The exception for a parameter of a family on the non-negative integers that may put more than
     * {@link #INT_TAIL} of the mass above {@link Integer#MAX_VALUE}: "{@code name} must be
     * {@code rule} (outcomes are int: a {@code direction} {@code name} puts more than …), was …".
     */
    static IllegalArgumentException beyondInt(String name, String rule, String direction, double value) {
        return new IllegalArgumentException(name + " must be " + rule + " (outcomes are int: a " + direction + " "
                + name + " puts more than " + INT_TAIL + " of the mass above " + Integer.MAX_VALUE + "), was " + value);
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
        return checkProbability(p, "p");
    }

    /** Throws unless {@code p} is in [0, 1]; the message names the argument {@code name}. */
    static double checkProbability(double p, String name) {
        return Checks.probability(p, name);
    }

    /**
     * Regularized lower incomplete gamma \( P(a, x) \) (upper \( Q \) when {@code upper}), by
     * Commons Numbers, with two repairs at large shapes (reference values:
     * {@code tools/reference/special_large_params.py}):
     * <ul>
     *   <li>for \( a \ge 10^6 \) the smaller tail (\( P \) for \( x &lt; a \), \( Q \) otherwise) is
     *   computed and the other one is its complement: Commons' \( Q \) just left of the mean loses
     *   relative accuracy (\( Q(10^{17}, a - 6\sqrt a) \) came out as exactly 1 instead of
     *   \( 1 - 9.9 \cdot 10^{-10} \));</li>
     *   <li>its series and continued fraction fail to converge for some \( x \) near \( a \) once
     *   \( a \) exceeds about \( 10^{12} \) ({@link ArithmeticException}); there the
     *   Wilson–Hilferty approximation
     *   \[ P(a, x) \approx \Phi\Big(\big((x/a)^{1/3} - 1 + c\big) / \sqrt{c}\Big), \quad c = \frac{1}{9a}, \]
     *   is used, whose truncation error is \( O(1/a) \); at those shapes the rounding of
     *   \( x \) (relative \( 10^{-16} \), that is \( 10^{-16}\sqrt a \) standard deviations)
     *   dominates, a relative error of about \( 10^{-9} \) at \( a = 10^{14} \);</li>
     *   <li>for \( a \ge 10^{15} \) Wilson–Hilferty is used directly: there Commons either throws
     *   after tens of milliseconds of iterations or is off in the seventh digit (\( P(10^{20},
     *   a(1 - 2^{-53})) \) came out as 0.49999935 instead of 0.49999956), while the
     *   approximation's \( O(1/a) \) error is below a double's resolution.</li>
     * </ul>
     */
    static double regularizedGamma(double a, double x, boolean upper) {
        if (a >= WILSON_HILFERTY_SHAPE) {
            return wilsonHilferty(a, x, upper);
        }
        if (a >= 1e6) {
            boolean lowerTail = x < a;
            double tail;
            try {
                tail = lowerTail ? org.apache.commons.numbers.gamma.RegularizedGamma.P.value(a, x)
                        : org.apache.commons.numbers.gamma.RegularizedGamma.Q.value(a, x);
            } catch (ArithmeticException notConverged) {
                tail = wilsonHilferty(a, x, !lowerTail);
            }
            return upper == lowerTail ? 1 - tail : tail;
        }
        try {
            return upper ? org.apache.commons.numbers.gamma.RegularizedGamma.Q.value(a, x)
                    : org.apache.commons.numbers.gamma.RegularizedGamma.P.value(a, x);
        } catch (ArithmeticException notConverged) {
            return wilsonHilferty(a, x, upper);
        }
    }

    /** Shape from which {@link #regularizedGamma} is the Wilson–Hilferty approximation alone. */
    static final double WILSON_HILFERTY_SHAPE = 1e15;

    /** The Wilson–Hilferty approximation of {@link #regularizedGamma} (package-private for tests). */
    static double wilsonHilferty(double a, double x, boolean upper) {
        double c = 1.0 / 9 / a;   // not 1 / (9 a): 9 a overflows for a > MAX_VALUE / 9
        double z = (Math.cbrt(x / a) - 1 + c) / Math.sqrt(c);
        return phi(upper ? -z : z);
    }

    /**
     * Regularized incomplete beta \( I_x(a, b) \) (its complement when {@code upper}), by Commons
     * Numbers, except at large shapes (reference values:
     * {@code tools/reference/special_large_params.py}):
     * <ul>
     *   <li>for \( \min(a, b) \ge 10^9 \) Commons' prefactor loses accuracy (relative error
     *   \( 2 \cdot 10^{-8} \) at \( a = b = 10^9 \), \( 7 \cdot 10^{-2} \) at \( 10^{16} \)) and its
     *   continued fraction may diverge; there Paulson's cube-root approximation of the
     *   \( F(2a, 2b) \) distribution of \( f = (x/a) / ((1-x)/b) \),
     *   \[ I_x(a, b) \approx \Phi\left(\frac{(1 - c_b) f^{1/3} - (1 - c_a)}{\sqrt{c_b f^{2/3} + c_a}}\right),
     *       \quad c_a = \frac{1}{9a},\ c_b = \frac{1}{9b}, \]
     *   is used: its truncation error is \( O(1/\min(a, b)) \), below the effect of rounding
     *   \( x \) (a relative error of about \( 10^{-9} \) at \( a = b = 10^{14} \));</li>
     *   <li>when Commons throws ({@link ArithmeticException}: diverged, or over its iteration
     *   limit) with one shape much larger, \( b \ge 10^{15} \max(a, 1) \), the gamma limit
     *   \( I_x(a, b) \approx P(a, -b \log(1 - x)) \) (relative error \( O(a/b) \)), symmetrically
     *   \( Q(b, -a \log x) \) for \( a \ge 10^{15} \max(b, 1) \), and Paulson's approximation
     *   otherwise.</li>
     * </ul>
     */
    static double regularizedBeta(double x, double a, double b, boolean upper) {
        if (Math.min(a, b) >= 1e9 && x > 0 && x < 1) {
            return paulson(x, a, b, upper);
        }
        try {
            return upper ? org.apache.commons.numbers.gamma.RegularizedBeta.complement(x, a, b)
                    : org.apache.commons.numbers.gamma.RegularizedBeta.value(x, a, b);
        } catch (ArithmeticException notConverged) {
            if (b >= 1e15 * Math.max(a, 1)) {
                return regularizedGamma(a, -b * Math.log1p(-x), upper);
            }
            if (a >= 1e15 * Math.max(b, 1)) {
                return regularizedGamma(b, -a * Math.log(x), !upper);
            }
            return paulson(x, a, b, upper);
        }
    }

    /** Paulson's approximation of {@link #regularizedBeta} (package-private for tests). */
    static double paulson(double x, double a, double b, boolean upper) {
        double ca = 1.0 / 9 / a;
        double cb = 1.0 / 9 / b;
        // f^(1/3) = (b/a)^(1/3) (x/(1-x))^(1/3), without forming b/a or x/(1-x) when they overflow
        double f3 = Math.cbrt(b) / Math.cbrt(a) * Math.cbrt(x) / Math.cbrt(1 - x);
        if (f3 == Double.POSITIVE_INFINITY) {
            return upper ? 0.0 : 1.0;
        }
        double z = ((1 - cb) * f3 - (1 - ca)) / Math.sqrt(cb * f3 * f3 + ca);
        return phi(upper ? -z : z);
    }

    /** Standard normal CDF \( \Phi(z) = \tfrac12 \operatorname{erfc}(-z/\sqrt2) \). */
    static double phi(double z) {
        if (z < -40) {
            return 0.0; // below Double.MIN_VALUE (Phi(-38.5) ~ 1e-324)
        }
        return 0.5 * org.apache.commons.numbers.gamma.Erfc.value(-z / SQRT2);
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
     * Quantile of a continuous distribution on \( [0, u] \) (with \( u \) finite or
     * \( +\infty \)) by a bracketed root search: solves \( F(x) = p \) when \( p \le q \) and
     * \( S(x) = q \) otherwise, so each tail keeps its relative accuracy down to
     * {@link Double#MIN_VALUE}.
     *
     * <p>The bracket starts as \( [\text{MIN\_VALUE}, \min(u, \text{MAX\_VALUE})] \); when the
     * quantile lies below {@code Double.MIN_VALUE} the answer underflows to 0, when it lies above
     * {@code Double.MAX_VALUE} it overflows to \( +\infty \) (the limits SciPy returns). Each step
     * is a Newton step in \( \log x \) on \( \log F \) (or \( \log S \)), exact for power-law
     * and exponential tails, accepted only inside the bracket and only while the bracket keeps
     * halving; otherwise the bracket is bisected, geometrically when it spans more than a factor
     * of 4. At most a few hundred CDF evaluations, whatever the parameters.
     *
     * @param d     distribution with a positive density on (0, {@code upper})
     * @param p     lower-tail probability in (0, 1)
     * @param q     upper-tail probability \( 1 - p \), given separately so it can be exact
     * @param x0    starting point (replaced by a bracket midpoint if outside the support)
     * @param upper upper end of the support (finite or +inf)
     * @return the quantile
     */
    static double invert(ContinuousDistribution d, double p, double q, double x0, double upper) {
        boolean upperTail = q < p;
        double target = upperTail ? q : p;
        double logTarget = Math.log(target);
        double lo = Double.MIN_VALUE;
        double hi = Math.min(upper, Double.MAX_VALUE);
        if (g(d, lo, upperTail, target) >= 0) {
            return 0.0; // the quantile underflows
        }
        if (g(d, hi, upperTail, target) < 0) {
            return upper == Double.POSITIVE_INFINITY ? upper : hi; // overflows (or is the end)
        }
        double x = x0 > lo && x0 < hi ? x0 : mid(lo, hi);
        double width = Double.POSITIVE_INFINITY;
        int slowSteps = 0;
        for (int iter = 0; iter < 500; iter++) {
            double tail = upperTail ? d.survival(x) : d.cdf(x);
            double gx = upperTail ? target - tail : tail - target;
            if (gx == 0) {
                return x;
            }
            if (gx < 0) {
                lo = x;
            } else {
                hi = x;
            }
            if (Math.nextUp(lo) >= hi) {
                return hi;   // adjacent doubles: hi is the least double with F(hi) >= p
            }
            double newWidth = spread(lo, hi);
            slowSteps = newWidth > 0.5 * width ? slowSteps + 1 : 0;
            width = newWidth;
            boolean slow = slowSteps >= 3;
            // Newton in log x on log(tail): h(u) = +-(log tail - log target), h'(u) = x f(x) / tail
            double next = Double.NaN;
            double step = Double.NaN;
            if (!slow && tail > 0) {
                double slope = Math.exp(Math.log(x) + d.logDensity(x) - Math.log(tail));
                if (slope > 0 && slope < Double.POSITIVE_INFINITY) {
                    step = (Math.log(tail) - logTarget) / slope;
                    step = upperTail ? -step : step;   // log S decreases in log x
                    next = x * Math.exp(-step);
                }
            }
            if (!(next > lo && next < hi)) {
                next = mid(lo, hi);
                slowSteps = 0;
            } else if (Math.abs(step) <= 2e-16) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** Midpoint of a bracket: geometric when it spans more than a factor of 4 (lo &gt; 0). */
    private static double mid(double lo, double hi) {
        return hi > 4 * lo ? Math.sqrt(lo) * Math.sqrt(hi) : lo + 0.5 * (hi - lo);
    }

    /** Size of a bracket as {@link #mid} halves it: log ratio when wide, relative width otherwise. */
    private static double spread(double lo, double hi) {
        return hi > 4 * lo ? Math.log(hi / lo) + 1.0 : (hi - lo) / hi;
    }

    /** Increasing function whose root is the quantile. */
    private static double g(ContinuousDistribution d, double x, boolean upperTail, double target) {
        return upperTail ? target - d.survival(x) : d.cdf(x) - target;
    }

    // ---------------------------------------------------------------- logarithms of tails

    /** Below this a tail probability is recomputed in log space (far above MIN_NORMAL). */
    private static final double LOG_SPACE_BELOW = 1e-250;
    /** Iteration cap of the log-space series and continued fractions. */
    private static final int MAX_ITERATIONS = 100_000;
    private static final double FPMIN = 1e-300;

    /**
     * \( \log \Phi(z) \), accurate in both tails: \( \log(\tfrac12 \operatorname{erfcx}(t)) - t^2 \)
     * with \( t = -z/\sqrt2 \) for \( z &lt; 0 \) (so it does not underflow; \( \log\Phi(-40)
     * \approx -804.6 \)), and \( \log1p(-\tfrac12\operatorname{erfc}(z/\sqrt2)) \) for \( z \ge 0 \).
     */
    static double logPhi(double z) {
        if (z >= 0) {
            return Math.log1p(-0.5 * org.apache.commons.numbers.gamma.Erfc.value(z / SQRT2));
        }
        if (z == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double t = -z / SQRT2;
        return Math.log(0.5 * org.apache.commons.numbers.gamma.Erfcx.value(t)) - 0.5 * z * z;
    }

    /**
     * \( \log P(a, x) \) (\( \log Q(a, x) \) when {@code upper}): the logarithm of
     * {@link #regularizedGamma} while that is above \( 10^{-250} \) ({@code log1p} of the
     * complement above 1/2), otherwise in log space, from the series
     * \( P(a,x) = \frac{x^a e^{-x}}{\Gamma(a+1)} \sum_{n \ge 0} \frac{x^n}{(a+1)\cdots(a+n)} \)
     * or the continued fraction of \( Q(a, x) = \frac{x^a e^{-x}}{\Gamma(a)}
     * \cfrac{1}{x+1-a-\cfrac{1\cdot(1-a)}{x+3-a-\cdots}} \) (modified Lentz), and from the
     * Wilson–Hilferty approximation where {@code regularizedGamma} uses it or the iteration
     * would be too slow (\( x \) within \( 10^{5} \) steps of \( a \)).
     */
    static double logRegularizedGamma(double a, double x, boolean upper) {
        if (x <= 0) {
            return upper ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return upper ? Double.NEGATIVE_INFINITY : 0.0;
        }
        if (a >= WILSON_HILFERTY_SHAPE) {
            return logPhi(upper ? -wilsonHilfertyZ(a, x) : wilsonHilfertyZ(a, x));
        }
        double v = regularizedGamma(a, x, upper);
        if (v > 0.5) {
            return Math.log1p(-regularizedGamma(a, x, !upper));
        }
        if (v >= LOG_SPACE_BELOW) {
            return Math.log(v);
        }
        double logFactor = a * Math.log(x) - x - org.apache.commons.numbers.gamma.LogGamma.value(a);
        double r = upper ? logGammaContinuedFraction(a, x) : logGammaSeries(a, x);
        if (Double.isNaN(r)) {
            return logPhi(upper ? -wilsonHilfertyZ(a, x) : wilsonHilfertyZ(a, x));
        }
        return logFactor + r;
    }

    /** \( \log(\frac{1}{a}\sum_n x^n / ((a+1)\cdots(a+n))) \); NaN if it did not converge. */
    private static double logGammaSeries(double a, double x) {
        double term = 1.0;
        double sum = 1.0;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (term < sum * 1e-17) {
                return Math.log(sum) - Math.log(a);
            }
        }
        return Double.NaN;
    }

    /**
     * The state \( (C, D) \) of the modified Lentz algorithm for a continued fraction
     * \( b_0 + \frac{a_1}{b_1 +}\,\frac{a_2}{b_2 +} \cdots \) (Numerical Recipes §5.2), shared by
     * the gamma and beta fractions; {@code FPMIN} replaces a vanishing \( C \) or \( 1/D \).
     */
    private static final class Lentz {
        private double c;
        private double d;

        Lentz(double c, double d) {
            this.c = c;
            this.d = d;
        }

        /** Takes in the term \( a_j / b_j \): updates \( C \) and \( D \) and returns the factor \( \Delta_j = C_j D_j \) of the estimate. */
        double step(double a, double b) {
            d = 1 / guard(a * d + b);
            c = guard(b + a / c);
            return d * c;
        }

        /** {@code v}, or {@code FPMIN} where \( |v| \) is below it. */
        static double guard(double v) {
            return Math.abs(v) < FPMIN ? FPMIN : v;
        }
    }

    /** Log of the continued fraction of \( Q \) (Numerical Recipes' gcf); NaN if it did not converge. */
    private static double logGammaContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double h = 1 / b;
        Lentz lentz = new Lentz(1 / FPMIN, h);
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            double del = lentz.step(an, b);
            h *= del;
            if (Math.abs(del - 1) < 1e-16) {
                return h > 0 ? Math.log(h) : Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** The normal deviate of the Wilson–Hilferty approximation (see {@link #wilsonHilferty}). */
    static double wilsonHilfertyZ(double a, double x) {
        double c = 1.0 / 9 / a;
        return (Math.cbrt(x / a) - 1 + c) / Math.sqrt(c);
    }

    /**
     * \( \log I_x(a, b) \) (of its complement when {@code upper}): the logarithm of
     * {@link #regularizedBeta} while that is above \( 10^{-250} \) ({@code log1p} of the
     * complement above 1/2), otherwise in log space,
     * \[ \log I_x(a, b) = a\log x + b\log(1-x) - \log a - \log B(a, b) + \log \mathrm{cf}(x), \]
     * with the continued fraction of Numerical Recipes' {@code betacf} (modified Lentz), used for
     * \( x &lt; (a+1)/(a+b+2) \) and through \( 1 - I_x(a, b) = I_{1-x}(b, a) \) otherwise
     * (\( \log(1-x) \) as {@code log1p(-x)}); Paulson's approximation where {@code regularizedBeta}
     * uses it or the fraction does not converge within \( 10^5 \) steps.
     */
    static double logRegularizedBeta(double x, double a, double b, boolean upper) {
        if (x <= 0) {
            return upper ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        if (x >= 1) {
            return upper ? Double.NEGATIVE_INFINITY : 0.0;
        }
        double v = regularizedBeta(x, a, b, upper);
        if (v > 0.5) {
            return Math.log1p(-regularizedBeta(x, a, b, !upper));
        }
        if (v >= LOG_SPACE_BELOW && !(Math.min(a, b) >= 1e9)) {
            return Math.log(v);
        }
        double logX = Math.log(x);
        double log1mX = Math.log1p(-x);
        double r = Double.NaN;
        if (!(Math.min(a, b) >= 1e9)) {
            boolean direct = !upper;   // the lower tail I_x(a, b) itself
            double lb = org.apache.commons.numbers.gamma.LogBeta.value(a, b);
            if (direct && x < (a + 1) / (a + b + 2)) {
                r = a * logX + b * log1mX - Math.log(a) - lb + logBetaContinuedFraction(a, b, x);
            } else if (!direct && 1 - x < (b + 1) / (a + b + 2)) {
                r = b * log1mX + a * logX - Math.log(b) - lb + logBetaContinuedFraction(b, a, 1 - x);
            }
        }
        if (Double.isNaN(r)) {
            if (v >= Double.MIN_NORMAL && !(Math.min(a, b) >= 1e9)) {
                return Math.log(v);
            }
            double z = paulsonZ(x, a, b);
            return logPhi(upper ? -z : z);
        }
        return r;
    }

    /** Log of Numerical Recipes' {@code betacf}; NaN if it did not converge. */
    private static double logBetaContinuedFraction(double a, double b, double x) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double h = 1 / Lentz.guard(1 - qab * x / qap);
        Lentz lentz = new Lentz(1, h);
        for (int m = 1; m < MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            h *= lentz.step(m * (b - m) * x / ((qam + m2) * (a + m2)), 1);
            double del = lentz.step(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)), 1);
            h *= del;
            if (Math.abs(del - 1) < 1e-16) {
                return h > 0 ? Math.log(h) : Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** The normal deviate of Paulson's approximation (see {@link #paulson}). */
    static double paulsonZ(double x, double a, double b) {
        double ca = 1.0 / 9 / a;
        double cb = 1.0 / 9 / b;
        double f3 = Math.cbrt(b) / Math.cbrt(a) * Math.cbrt(x) / Math.cbrt(1 - x);
        if (f3 == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return ((1 - cb) * f3 - (1 - ca)) / Math.sqrt(cb * f3 * f3 + ca);
    }

    /**
     * \( \log(1 - e^{v}) \) for \( v \le 0 \), accurate for all \( v \) (Mächler 2012: {@code log(-expm1(v))}
     * above \( -\log 2 \), {@code log1p(-exp(v))} below).
     */
    static double log1mExp(double v) {
        return v > -0.6931471805599453 ? Math.log(-Math.expm1(v)) : Math.log1p(-Math.exp(v));
    }

    /**
     * Entropy of the unit-rate gamma distribution,
     * \( H(a) = a + \log\Gamma(a) + (1-a)\psi(a) \); for \( a \ge 10^5 \) its asymptotic expansion
     * \( \tfrac12\log(2\pi e a) - \tfrac{1}{3a} - \tfrac{1}{12a^2} - \tfrac{1}{90a^3} + O(a^{-4}) \), which avoids the
     * cancellation of the terms of size \( a \log a \).
     */
    static double gammaEntropy(double a) {
        if (a >= 1e5) {
            return 0.5 * (Math.log(2 * Math.PI) + Math.log(a) + 1) - 1 / (3 * a) - 1 / (12 * a * a)
                    - 1 / (90 * a * a * a);
        }
        return a + org.apache.commons.numbers.gamma.LogGamma.value(a)
                + (1 - a) * org.apache.commons.numbers.gamma.Digamma.value(a);
    }

    /**
     * Entropy \( -\sum_k p_k \log p_k \) of a unimodal integer distribution by summation over
     * \( [F^{-1}(10^{-30}), S^{-1}(10^{-30})] \) (the mass left out is below \( 2\cdot10^{-30} \),
     * its share of the entropy below \( 10^{-27} \)). Windows wider than
     * \( 2^{18} \) terms are summed term by term over their first \( 2^{17} \)
     * outcomes and, beyond, in blocks of \( h \) outcomes represented by their midpoint (about
     * \( 2^{17} \) blocks; \( h \le 9 \) for the widest Poisson and binomial windows), a relative error of about \( h^2 / (24\sigma^2) \) where the pmf
     * varies on the scale \( \sigma \).
     */
    static double entropyBySummation(DiscreteDistribution d) {
        return entropyBySummation(d, d.inverseCdf(1e-30), d.inverseSurvival(1e-30), 17);
    }

    /**
     * {@link #entropyBySummation(DiscreteDistribution)} over the given window of outcomes, with
     * \( 2^{\text{log2Terms}} \) exact terms and as many blocks when the window is wider than twice that.
     */
    static double entropyBySummation(DiscreteDistribution d, long lo, long hi, int log2Terms) {
        CompensatedSum s = new CompensatedSum();
        long half = 1L << log2Terms;
        long exactEnd = hi - lo + 1 <= 2 * half ? hi : lo + half - 1;
        for (long k = lo; k <= exactEnd; k++) {
            s.add(entr(d.logPmf((int) k)));
        }
        if (exactEnd < hi) {
            long rest = hi - exactEnd;
            long h = (rest + half - 1) >> log2Terms;
            for (long start = exactEnd + 1; start <= hi; start += h) {
                long len = Math.min(h, hi - start + 1);
                long mid = start + len / 2;
                s.add(len * entr(d.logPmf((int) mid)));
            }
        }
        return Math.max(0.0, s.value());
    }

    /** \( -p \log p \) from \( \log p \) (0 for \( p = 0 \)). */
    private static double entr(double logP) {
        return logP == Double.NEGATIVE_INFINITY ? 0.0 : -Math.exp(logP) * logP;
    }

    /**
     * Skewness and excess kurtosis of a distribution on \( 0, \dots, n-1 \) given by its masses,
     * from the central moments \( m_j = \sum_k p_k (k - \mu)^j \): \( \{ m_3/m_2^{3/2},
     * m_4/m_2^2 - 3 \} \), NaN when \( m_2 = 0 \).
     */
    static double[] shapeFromMasses(java.util.function.IntToDoubleFunction pmf, int n) {
        CompensatedSum m1 = new CompensatedSum();
        for (int k = 0; k < n; k++) {
            m1.add(k * pmf.applyAsDouble(k));
        }
        double mu = m1.value();
        CompensatedSum m2 = new CompensatedSum();
        CompensatedSum m3 = new CompensatedSum();
        CompensatedSum m4 = new CompensatedSum();
        for (int k = 0; k < n; k++) {
            double p = pmf.applyAsDouble(k);
            double d = k - mu;
            double d2 = d * d;
            m2.add(d2 * p);
            m3.add(d2 * d * p);
            m4.add(d2 * d2 * p);
        }
        double v = m2.value();
        if (!(v > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double sd = Math.sqrt(v);
        return new double[] {m3.value() / (v * sd), m4.value() / v / v - 3};
    }
}
