package dev.statlearn.stats.bayes;

import dev.statlearn.core.Checks;
import dev.statlearn.core.Interval;
import dev.statlearn.core.CompensatedSum;
import dev.statlearn.core.Numerics;
import dev.statlearn.core.internal.Format;
import java.util.function.DoubleUnaryOperator;

/**
 * The posterior of one real parameter \(\theta\) approximated on an equally spaced grid, for any
 * prior density and any likelihood (the teaching device for non-conjugate models).
 *
 * <p>With grid points \(\theta_1 &lt; \dots &lt; \theta_m\) (spacing \(\Delta\)), prior density
 * \(\pi\) and log-likelihood \(\ell\), the posterior mass at each point is
 * \[ w_i = \frac{\pi(\theta_i)\, e^{\ell(\theta_i)}}{\sum_j \pi(\theta_j)\, e^{\ell(\theta_j)}}, \]
 * computed in log space with log-sum-exp. Updates chain: {@link #update} returns a new posterior
 * that is the prior of the next update. {@link #logEvidence()} approximates
 * \(\log \int \pi(\theta)L(\theta)\,d\theta\) by \(\log \sum_i w^{\text{prior}}_i L(\theta_i)\)
 * (a Riemann sum when the prior is normalized on the grid), accumulated over all updates.
 *
 * <ul>
 *   <li>Summaries (mean, variance, quantiles, intervals) are those of the discrete distribution on
 *       the grid; their error shrinks with the spacing. Quantiles are grid points.</li>
 *   <li>A prior density of exactly 0 gives mass 0 at that point; negative, NaN or infinite values
 *       are rejected. A log-likelihood may be \(-\infty\) but not NaN or \(+\infty\).</li>
 *   <li>A likelihood that is 0 at every grid point with prior mass is rejected.</li>
 * </ul>
 *
 * <pre>{@code
 * // posterior of a coin's bias after 7 heads in 10 tosses, uniform prior
 * GridPosterior post = GridPosterior.uniform(0, 1, 1001)
 *         .update(p -> 7 * Math.log(p) + 3 * Math.log1p(-p));
 * post.mean();                                   // ~ 8/12
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GridPosterior {

    private final double[] grid;
    private final double[] logMass;
    private final double logEvidence;

    private GridPosterior(double[] grid, double[] logMass, double logEvidence) {
        this.grid = grid;
        this.logMass = logMass;
        this.logEvidence = logEvidence;
    }

    /**
     * A uniform prior on {@code points} equally spaced points from {@code lower} to {@code upper}
     * inclusive.
     *
     * @param lower  first grid point, finite
     * @param upper  last grid point, finite, &gt; lower
     * @param points number of points, in {@code [2, }{@link Checks#MAX_ARRAY_LENGTH}{@code ]}
     * @return the prior
     * @throws IllegalArgumentException on invalid bounds or a number of points out of range
     *                                  (checked before allocating)
     */
    public static GridPosterior uniform(double lower, double upper, int points) {
        return of(lower, upper, points, t -> 1.0);
    }

    /**
     * A prior with the given density on {@code points} equally spaced points from {@code lower} to
     * {@code upper} inclusive (the density need not be normalized).
     *
     * @param lower        first grid point, finite
     * @param upper        last grid point, finite, &gt; lower
     * @param points       number of points, in {@code [2, }{@link Checks#MAX_ARRAY_LENGTH}{@code ]}
     *                     (checked before allocating)
     * @param priorDensity prior density (or any non-negative weight function) of \(\theta\)
     * @return the prior
     * @throws NullPointerException     if {@code priorDensity} is null
     * @throws IllegalArgumentException on invalid bounds, fewer than 2 points, a negative, NaN or
     *                                  infinite density, or a density 0 everywhere
     */
    public static GridPosterior of(double lower, double upper, int points, DoubleUnaryOperator priorDensity) {
        Checks.finite(lower, "lower");
        Checks.finite(upper, "upper");
        if (!(upper > lower)) {
            throw new IllegalArgumentException("upper must be > lower (" + lower + "), was " + upper);
        }
        Checks.atLeast(points, 2, "points");
        Checks.arrayLength(points, "points");
        Checks.notNull(priorDensity, "priorDensity");
        double[] grid = new double[points];
        double step = (upper - lower) / (points - 1);
        for (int i = 0; i < points; i++) {
            grid[i] = i == points - 1 ? upper : lower + i * step;
        }
        double[] logW = new double[points];
        for (int i = 0; i < points; i++) {
            double w = priorDensity.applyAsDouble(grid[i]);
            if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("priorDensity(" + grid[i] + ") must be >= 0 and finite, was " + w);
            }
            logW[i] = Math.log(w);
        }
        double logZ = Numerics.logSumExp(logW);
        if (logZ == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("priorDensity must be > 0 at some grid point");
        }
        for (int i = 0; i < points; i++) {
            logW[i] -= logZ;
        }
        return new GridPosterior(grid, logW, 0.0);
    }

    /**
     * Bayes' rule with a log-likelihood of \(\theta\).
     *
     * @param logLikelihood \(\ell(\theta) = \log P(D \mid \theta)\)
     * @return the posterior
     * @throws NullPointerException     if {@code logLikelihood} is null
     * @throws IllegalArgumentException if \(\ell\) is NaN or \(+\infty\) at a grid point, or
     *                                  \(-\infty\) wherever the prior has mass
     */
    public GridPosterior update(DoubleUnaryOperator logLikelihood) {
        Checks.notNull(logLikelihood, "logLikelihood");
        double[] joint = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            if (logMass[i] == Double.NEGATIVE_INFINITY) {
                joint[i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double l = logLikelihood.applyAsDouble(grid[i]);
            if (Double.isNaN(l) || l == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("logLikelihood(" + grid[i] + ") must be finite or -Infinity, was " + l);
            }
            joint[i] = logMass[i] + l;
        }
        double logZ = Numerics.logSumExp(joint);
        if (logZ == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("the likelihood is 0 at every grid point with prior mass");
        }
        for (int i = 0; i < joint.length; i++) {
            joint[i] -= logZ;
        }
        return new GridPosterior(grid, joint, logEvidence + logZ);
    }

    /**
     * The grid points.
     *
     * @return a new array
     */
    public double[] grid() {
        return grid.clone();
    }

    /**
     * Probability mass at each grid point.
     *
     * @return a new array summing to 1
     */
    public double[] probabilities() {
        double[] p = new double[grid.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logMass[i]);
        }
        return p;
    }

    /**
     * Density approximation at each grid point, mass divided by the spacing.
     *
     * @return a new array
     */
    public double[] densities() {
        double[] p = probabilities();
        double step = spacing();
        for (int i = 0; i < p.length; i++) {
            p[i] /= step;
        }
        return p;
    }

    private double spacing() {
        return (grid[grid.length - 1] - grid[0]) / (grid.length - 1);
    }

    /**
     * Posterior mean \(\sum_i w_i\theta_i\).
     *
     * @return the mean
     */
    public double mean() {
        CompensatedSum s = CompensatedSum.create();
        for (int i = 0; i < grid.length; i++) {
            s.add(Math.exp(logMass[i]) * grid[i]);
        }
        return s.value();
    }

    /**
     * Posterior variance \(\sum_i w_i(\theta_i - \bar\theta)^2\).
     *
     * @return the variance
     */
    public double variance() {
        double m = mean();
        CompensatedSum s = CompensatedSum.create();
        for (int i = 0; i < grid.length; i++) {
            double d = grid[i] - m;
            s.add(Math.exp(logMass[i]) * d * d);
        }
        return s.value();
    }

    /**
     * The grid point with the largest posterior mass (the first on ties).
     *
     * @return the MAP estimate on the grid
     */
    public double map() {
        int best = 0;
        for (int i = 1; i < grid.length; i++) {
            if (logMass[i] > logMass[best]) {
                best = i;
            }
        }
        return grid[best];
    }

    /**
     * The smallest grid point whose cumulative mass is at least {@code q}.
     *
     * @param q probability in [0, 1]
     * @return the quantile
     * @throws IllegalArgumentException if {@code q} is not in [0, 1]
     */
    public double quantile(double q) {
        Checks.probability(q, "q");
        CompensatedSum s = CompensatedSum.create();
        for (int i = 0; i < grid.length; i++) {
            s.add(Math.exp(logMass[i]));
            if (s.value() >= q * (1 - 1e-12)) {
                return grid[i];
            }
        }
        return grid[grid.length - 1];
    }

    /**
     * Posterior probability of \(\theta \le x\) (the mass of grid points not above {@code x}).
     *
     * @param x a value
     * @return the cumulative mass
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("x must not be NaN");
        }
        CompensatedSum s = CompensatedSum.create();
        for (int i = 0; i < grid.length && grid[i] <= x; i++) {
            s.add(Math.exp(logMass[i]));
        }
        return Math.min(1.0, s.value());
    }

    /**
     * Equal-tailed credible interval: the \((1-\text{level})/2\) and \((1+\text{level})/2\) quantiles.
     *
     * @param level credibility in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public Interval credibleInterval(double level) {
        Checks.inOpenRange(level, 0, 1, "level");
        return new Interval(quantile((1 - level) / 2), quantile((1 + level) / 2), level);
    }

    /**
     * Log of the accumulated evidence \(\log \int \pi(\theta)L(\theta)\,d\theta\), approximated by
     * \(\log\sum_i w^{\text{prior}}_i L(\theta_i)\) and summed over all updates; 0 for a prior.
     *
     * @return the log evidence
     */
    public double logEvidence() {
        return logEvidence;
    }

    /**
     * Grid, posterior mean and mode to 4 significant digits, e.g.
     * {@code GridPosterior(1001 points in [0, 1], mean=0.6667, map=0.7)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return "GridPosterior(" + grid.length + " points in [" + Format.sig(grid[0]) + ", "
                + Format.sig(grid[grid.length - 1]) + "], mean=" + Format.sig(mean()) + ", map=" + Format.sig(map()) + ")";
    }
}
