package dev.statlearn.stats.montecarlo;

import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.internal.ShiftedSums;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Variance-reduced Monte Carlo: antithetic variates, control variates, stratified sampling and
 * importance sampling (of an expectation, and of an integral over a proposal's support). Arguments
 * are checked by the {@link MonteCarlo} facade, whose javadoc gives the formulas.
 */
final class VarianceReduction {

    private VarianceReduction() {
    }

    static Estimate antithetic(DoubleUnaryOperator f, double a, double b, double w, int n, RandomGenerator rng) {
        int pairs = n / 2;
        ShiftedSums sums = new ShiftedSums(pairMean(f, a, b, w, rng));
        for (int i = 1; i < pairs; i++) {
            sums.add(pairMean(f, a, b, w, rng));
        }
        Estimate e = ShiftedSums.of(sums.count(), sums.shift(), sums.sum(), sums.sumOfSquares())
                .toEstimate(w, MonteCarlo.NON_FINITE_SUMS);
        return new Estimate(e.value(), e.standardError(), 2L * pairs);
    }

    /** \( \tfrac12 [f(a + wU) + f(b - wU)] \) for one draw \( U \). */
    private static double pairMean(DoubleUnaryOperator f, double a, double b, double w, RandomGenerator rng) {
        double u = w * rng.nextDouble();
        return 0.5 * (f.applyAsDouble(a + u) + f.applyAsDouble(b - u));
    }

    static Estimate controlVariate(DoubleUnaryOperator f, DoubleUnaryOperator g, double gIntegral, double a,
                                   double w, int n, RandomGenerator rng) {
        // two variables and their cross products: its own sums, about the first point's values
        double x0 = a + w * rng.nextDouble();
        double ky = f.applyAsDouble(x0);
        double kc = g.applyAsDouble(x0);
        double sy = 0;
        double sc = 0;
        double syy = 0;
        double scc = 0;
        double syc = 0;
        for (int i = 1; i < n; i++) {
            double x = a + w * rng.nextDouble();
            double dy = f.applyAsDouble(x) - ky;
            double dc = g.applyAsDouble(x) - kc;
            sy += dy;
            sc += dc;
            syy += dy * dy;
            scc += dc * dc;
            syc += dy * dc;
        }
        if (!Double.isFinite(sy + syy) || !Double.isFinite(sc + scc + syc)) {
            throw new IllegalArgumentException(
                    "f and g must return finite values with finite squares on [a, b]; the sample sums were "
                            + (sy + syy) + " and " + (sc + scc + syc));
        }
        double meanY = ky + sy / n;
        double meanC = kc + sc / n;
        double cyy = Math.max(0, syy - sy * sy / n);
        double ccc = Math.max(0, scc - sc * sc / n);
        double cyc = syc - sy * sc / n;
        double beta = ccc > 0 ? cyc / ccc : 0;
        double rss = Math.max(0, cyy - beta * cyc);
        double value = w * (meanY - beta * (meanC - gIntegral / w));
        if (!Double.isFinite(value)) {
            // a subnormal width makes gIntegral / w overflow (then 0 * inf); same value, regrouped
            value = w * (meanY - beta * meanC) + beta * gIntegral;
        }
        double se = w * Math.sqrt(rss / ((n - 2.0) * n));
        return new Estimate(value, se, n);
    }

    static Estimate stratified(DoubleUnaryOperator f, double a, double w, int strata, int n, RandomGenerator rng) {
        int per = n / strata;
        double h = w / strata;
        double value = 0;
        double var = 0;
        for (int j = 0; j < strata; j++) {
            double lo = a + w * j / strata;
            ShiftedSums sums = PlainMonteCarlo.uniformSums(f, lo, h, per, rng);
            sums.checkFinite(MonteCarlo.NON_FINITE_SUMS);
            value += h * sums.mean();
            var += h * h * sums.centredSumOfSquares() / (per - 1.0) / per;
        }
        return new Estimate(value, Math.sqrt(var), (long) per * strata);
    }

    /** Importance sampling of E_p[f]; the facade has checked that q's support covers p's. */
    static ImportanceEstimate importance(DoubleUnaryOperator f, ContinuousDistribution target,
                                         ContinuousDistribution proposal, int n, RandomGenerator rng) {
        Weights weights = new Weights();
        ShiftedSums sums = new ShiftedSums(weights.next(f, target, proposal, rng));
        for (int i = 1; i < n; i++) {
            sums.add(weights.next(f, target, proposal, rng));
        }
        double sw = weights.sum;
        double sww = weights.sumOfSquares;
        if (!Double.isFinite(sw) || !Double.isFinite(sww)) {
            throw new IllegalArgumentException("the importance weights p/q must be finite with finite squares; "
                    + "their sums were " + sw + " and " + sww + " (the proposal's tails are too light)");
        }
        if (sw == 0) {
            throw new IllegalArgumentException(
                    "every importance weight was 0: the proposal put no mass where the target has density");
        }
        Estimate e = ShiftedSums.of(sums.count(), sums.shift(), sums.sum(), sums.sumOfSquares())
                .toEstimate(1, MonteCarlo.NON_FINITE_SUMS);
        return new ImportanceEstimate(e, Math.min(n, sw * sw / sww));
    }

    /** Draws of an importance sampler, keeping the sums of their weights \( w = p/q \) (Kish's size). */
    private static final class Weights {
        private double sum;
        private double sumOfSquares;

        /** Draws \( X \sim q \), adds its weight, and returns \( w f(X) \) (0 where \( w = 0 \)). */
        double next(DoubleUnaryOperator f, ContinuousDistribution target, ContinuousDistribution proposal,
                    RandomGenerator rng) {
            double x = proposal.sample(rng);
            double lq = proposal.logDensity(x);
            if (lq == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("the proposal drew x = " + x + " where its own density is 0");
            }
            double w = Math.exp(target.logDensity(x) - lq);
            sum += w;
            sumOfSquares += w * w;
            return w == 0 ? 0 : w * f.applyAsDouble(x);
        }
    }

    /** \( \int f \) as the mean of \( f(X)/q(X) \), \( X \sim q \). */
    static Estimate overProposal(DoubleUnaryOperator f, ContinuousDistribution proposal, int n, RandomGenerator rng) {
        ShiftedSums sums = new ShiftedSums(overDensity(f, proposal, rng));
        for (int i = 1; i < n; i++) {
            sums.add(overDensity(f, proposal, rng));
        }
        return ShiftedSums.of(sums.count(), sums.shift(), sums.sum(), sums.sumOfSquares())
                .toEstimate(1, MonteCarlo.NON_FINITE_SUMS);
    }

    /** \( f(X)/q(X) \) for one draw \( X \sim q \). */
    private static double overDensity(DoubleUnaryOperator f, ContinuousDistribution proposal, RandomGenerator rng) {
        double x = proposal.sample(rng);
        double q = proposal.density(x);
        if (!(q > 0)) {
            throw new IllegalArgumentException("the proposal drew x = " + x + " where its density is " + q);
        }
        return f.applyAsDouble(x) / q;
    }
}
