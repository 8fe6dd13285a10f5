package dev.statlearn.stats.divergence;

import dev.statlearn.stats.distribution.ContinuousDistribution;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Continuous divergences without a closed form, by quadrature: the total variation distance
 * \( \tfrac12 \int |p - q| \) by adaptive Gauss–Legendre quadrature between breakpoints at
 * quantiles and at the crossings of the densities (algorithm on
 * {@link Divergences#totalVariation(ContinuousDistribution, ContinuousDistribution)}).
 */
final class QuadratureTotalVariation {

    /** Tail mass left out at each infinite end by the quadrature. */
    private static final double TAIL = 1e-16;
    /** Probabilities whose quantiles (of each distribution) become breakpoints. */
    private static final double[] CUT_PROBABILITIES = {1e-15, 1e-12, 1e-9, 1e-6, 1e-4, 1e-3, 0.01, 0.025, 0.05, 0.1,
        0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-4, 1 - 1e-6, 1 - 1e-9, 1 - 1e-12};
    /** Points scanned for sign changes of p - q between consecutive breakpoints. */
    private static final int SCAN = 16;
    private static final double ABS_TOLERANCE = 1e-15;
    private static final double REL_TOLERANCE = 1e-13;
    private static final int MAX_DEPTH = 60;
    private static final int MAX_RULES = 500_000;
    private static final double[] GL_NODES;
    private static final double[] GL_WEIGHTS;

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(10);
        GL_NODES = new double[rule.getNumberOfPoints()];
        GL_WEIGHTS = new double[GL_NODES.length];
        for (int i = 0; i < GL_NODES.length; i++) {
            GL_NODES[i] = rule.getPoint(i);
            GL_WEIGHTS[i] = rule.getWeight(i);
        }
    }

    static double totalVariation(ContinuousDistribution p, ContinuousDistribution q) {
        double lo = Math.min(end(p, false), end(q, false));
        double hi = Math.max(end(p, true), end(q, true));
        UnivariateFunction diff = x -> p.density(x) - q.density(x);
        List<Double> cuts = new ArrayList<>();
        cuts.add(lo);
        cuts.add(hi);
        addCuts(cuts, p, lo, hi);
        addCuts(cuts, q, lo, hi);
        double[] base = cuts.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        // scan every breakpoint and SCAN - 1 points between consecutive ones, in increasing order
        BrentSolver solver = new BrentSolver(1e-15, 1e-14);
        double xPrev = Double.NaN;
        double dPrev = Double.NaN;
        for (int k = 0; k + 1 < base.length; k++) {
            double h = (base[k + 1] - base[k]) / SCAN;
            for (int i = 0; i < SCAN; i++) {
                double x = i == 0 ? base[k] : base[k] + i * h;
                double d = diff.value(x);
                if (Double.isFinite(d) && Double.isFinite(dPrev) && dPrev != 0 && d != 0 && (dPrev > 0) != (d > 0)) {
                    try {
                        cuts.add(solver.solve(200, diff, xPrev, x));
                    } catch (RuntimeException e) {
                        cuts.add(0.5 * (xPrev + x)); // a jump, not a root: cut there anyway
                    }
                }
                if (Double.isFinite(d)) {
                    xPrev = x;
                    dPrev = d;
                }
            }
        }
        double[] c = cuts.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        // An infinite density value can only occur at an isolated point (an integrable singularity
        // such as gamma or beta shape < 1 at the support bound, reached when a node rounds onto
        // it, possibly in both densities at once); a single point carries no mass, so it
        // contributes 0. NaN from a density still propagates.
        UnivariateFunction abs = x -> {
            double a = p.density(x);
            double b = q.density(x);
            return Double.isInfinite(a) || Double.isInfinite(b) ? 0 : Math.abs(a - b);
        };
        double total = 0;
        int[] budget = {MAX_RULES};
        for (int i = 0; i + 1 < c.length; i++) {
            total += adaptive(abs, c[i], c[i + 1], gaussLegendre(abs, c[i], c[i + 1]), 0, budget);
        }
        if (!Double.isFinite(total)) {
            throw new ArithmeticException("total variation quadrature failed: a density returned " + total);
        }
        return Math.max(0, Math.min(1, 0.5 * total));
    }

    private static void addCuts(List<Double> cuts, ContinuousDistribution d, double lo, double hi) {
        for (double b : new double[] {d.supportLowerBound(), d.supportUpperBound()}) {
            if (b > lo && b < hi) {
                cuts.add(b);
            }
        }
        boolean quantiles = true;
        for (double u : CUT_PROBABILITIES) {
            double x;
            try {
                x = d.inverseCdf(u);
            } catch (UnsupportedOperationException e) {
                quantiles = false;
                break;
            }
            if (x > lo && x < hi) {
                cuts.add(x);
            }
        }
        if (!quantiles) {
            double m = d.mean();
            double s = d.standardDeviation();
            if (Double.isFinite(m) && Double.isFinite(s) && s > 0) {
                for (int k = -8; k <= 8; k++) {
                    double x = m + k * s;
                    if (x > lo && x < hi) {
                        cuts.add(x);
                    }
                }
            }
        }
    }

    /** 10-point Gauss–Legendre rule on [a, b] (nodes and weights from Commons Math). */
    private static double gaussLegendre(UnivariateFunction f, double a, double b) {
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double s = 0;
        for (int i = 0; i < GL_NODES.length; i++) {
            s += GL_WEIGHTS[i] * f.value(mid + half * GL_NODES[i]);
        }
        return half * s;
    }

    /**
     * Adaptive bisection: accept the two half-interval rules when they agree with the whole-interval
     * rule within the absolute or relative tolerance, else refine both halves; stop at
     * {@link #MAX_DEPTH}. {@code budget[0]} counts the remaining rule applications.
     */
    private static double adaptive(UnivariateFunction f, double a, double b, double whole, int depth,
                                   int[] budget) {
        budget[0] -= 2;
        if (budget[0] < 0) {
            throw new ArithmeticException("total variation quadrature did not converge within "
                    + MAX_RULES + " rule applications (near [" + a + ", " + b + "])");
        }
        double m = 0.5 * (a + b);
        double left = gaussLegendre(f, a, m);
        double right = gaussLegendre(f, m, b);
        double both = left + right;
        double err = Math.abs(both - whole);
        if (err <= ABS_TOLERANCE || err <= REL_TOLERANCE * Math.abs(both) || depth >= MAX_DEPTH
                || !(m > a && m < b)) {
            return both;
        }
        return adaptive(f, a, m, left, depth + 1, budget) + adaptive(f, m, b, right, depth + 1, budget);
    }

    /**
     * One end of the integration range: the support bound when finite, else a point beyond which
     * the tail mass (CDF below, survival above) is at most {@link #TAIL}, stepping out from the
     * mean by doubling multiples of the standard deviation.
     */
    private static double end(ContinuousDistribution d, boolean upper) {
        double bound = upper ? d.supportUpperBound() : d.supportLowerBound();
        if (Double.isFinite(bound)) {
            return bound;
        }
        double m = d.mean();
        double s = d.standardDeviation();
        double x = Double.isFinite(m) ? m : 0;
        double step = Double.isFinite(s) && s > 0 ? s : 1;
        while ((upper ? d.survival(x) : d.cdf(x)) > TAIL && Double.isFinite(x)) {
            x += upper ? step : -step;
            step *= 2;
        }
        return x;
    }

    private QuadratureTotalVariation() {
    }
}
