package dev.statlearn.stats;

import dev.statlearn.core.testing.HostileInputSweep;
import dev.statlearn.stats.bayes.BetaBernoulli;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import dev.statlearn.stats.distribution.Dirichlet;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.MultivariateDistribution;
import dev.statlearn.stats.distribution.MultivariateNormal;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.bayes.DirichletCategorical;
import dev.statlearn.stats.bayes.Hypotheses;
import dev.statlearn.stats.distribution.NormalInverseGamma;
import dev.statlearn.stats.divergence.Histogram;
import dev.statlearn.stats.mle.Fit;
import dev.statlearn.stats.mle.Fixed;
import dev.statlearn.stats.mle.Mle;
import dev.statlearn.stats.montecarlo.Estimate;
import dev.statlearn.stats.montecarlo.PartialSums;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile-input sweep over every public entry point of {@code dev.statlearn.stats.**} (see
 * {@link HostileInputSweep}); the counts are written to {@code target/hostile-sweep/stats.txt}.
 */
class StatsHostileInputSweepTest {

    private static final double[][] IDENTITY4 = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};

    private static final HostileInputSweep SWEEP = HostileInputSweep.forPackages("dev.statlearn.stats")
            // degenerate data and extreme-but-legal magnitudes (hand-picked, beyond the standard set)
            .hostile(double[].class, "tiny scale", () -> new double[] {1e-300, 2e-300, 4e-300, 3e-300}, true)
            .hostile(double[].class, "huge scale", () -> new double[] {1e300, 2e300, 4e300, 3e300}, true)
            .hostile(double[].class, "[1e308, -1e308, 0]", () -> new double[] {1e308, -1e308, 0}, true)
            .hostile(double[].class, "mixed magnitudes", () -> new double[] {1e-300, 1, 1e300, 0.5}, true)
            .hostile(double[].class, "two points", () -> new double[] {0.1, 0.9}, true)
            .hostile(double[].class, "subnormal", () -> new double[] {Double.MIN_VALUE, 2 * Double.MIN_VALUE,
                Double.MIN_VALUE, 3 * Double.MIN_VALUE}, true)
            .hostile(int[].class, "huge counts", () -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 1, 1, 0}, true)
            .hostile(long[].class, "huge counts", () -> new long[] {Long.MAX_VALUE / 4, Long.MAX_VALUE / 4, 1, 3}, true)
            .hostile(double[][].class, "huge scale rows",
                    () -> new double[][] {{1e300, -1e300}, {-1e300, 1e300}, {2e300, 0}, {0, 3e300}}, true)
            .hostile(double[][].class, "constant rows", () -> new double[][] {{1, 2}, {1, 2}, {1, 2}, {1, 2}}, true)
            // valid defaults where the type table is not enough
            .defaultFor(ContinuousDistribution.class, () -> Normal.of(0, 1))
            .defaultFor(DiscreteDistribution.class, () -> Poisson.of(2))
            .defaultFor(MultivariateDistribution.class, () -> MultivariateNormal.standard(4))
            .instance(MultivariateNormal.class, () -> MultivariateNormal.standard(4))
            .instance(Dirichlet.class, () -> Dirichlet.of(1, 2, 3, 4))
            .instance(BetaBernoulli.class, () -> BetaBernoulli.prior(2, 3))
            .defaultForName("a", () -> 0.0)
            .defaultForName("b", () -> 1.0)
            .defaultForName("cdf", () -> (DoubleUnaryOperator) x -> Normal.of(0, 1).cdf(x))
            .defaultForName("f", () -> (ToDoubleFunction<double[]>) v -> v[0] * v[0])
            .defaultForName("f", () -> (DoubleUnaryOperator) x -> x * x)
            .defaultForName("sampler", () -> (ToDoubleFunction<RandomGenerator>) RandomGenerator::nextDouble)
            .defaultForName("logLikelihood", () -> (ToDoubleFunction<double[]>) v -> -(v[0] - 1) * (v[0] - 1))
            .defaultForName("family", () -> (Function<double[], Gamma>) v -> Gamma.of(v[0], v[1]))
            .defaultFor("Mle.fit(Function,int[],double[],String[])", "family",
                    () -> (Function<double[], Poisson>) v -> Poisson.of(v[0]))
            .defaultFor("Mle.fit(Function,int[],double[],String[])", "start", () -> new double[] {1})
            .defaultFor("Mle.fit(Function,int[],double[],String[])", "names", () -> new String[] {"rate"})
            .defaultFor("Mle.fit(Function,double[],double[],String[])", "start", () -> new double[] {1, 1})
            .defaultFor("Mle.fit(Function,double[],double[],String[])", "names", () -> new String[] {"shape", "rate"})
            .defaultFor("Mle.fit(ToDoubleFunction,double[],int,String[])", "start", () -> new double[] {0})
            .defaultFor("Mle.fit(ToDoubleFunction,double[],int,String[])", "names", () -> new String[] {"m"})
            .defaultFor("Mle.fit(ToDoubleFunction,double[])", "start", () -> new double[] {0})
            .defaultForName("outcomes", () -> new int[] {0, 1, 0, 1})
            .defaultFor("Mle.bernoulli", "x", () -> new int[] {0, 1, 0, 1})
            .defaultFor("Mle.geometric", "k", () -> new int[] {1, 2, 3, 1})
            .defaultForName("prior", () -> Map.of("a", 0.25, "b", 0.75))
            .defaultForName("fits", () -> List.of(Mle.normal(new double[] {0.1, 0.2, 0.4, 0.8}),
                    Mle.laplace(new double[] {0.1, 0.2, 0.4, 0.8})))
            .defaultForName("estimates", () -> List.of(new Estimate(1, 0.1, 100), new Estimate(1.1, 0.1, 100)))
            .defaultFor("ImportanceEstimate.new", "effectiveSampleSize", () -> 2.0)
            .defaultFor("ChiSquare.goodnessOfFit", "ddof", () -> 0)
            .defaultFor("PowerDivergence.goodnessOfFit", "ddof", () -> 0)
            .defaultFor("StatisticLocation.new", "sign", () -> 1)
            .defaultFor("MultivariateNormalCdf.estimate", "distribution", () -> MultivariateNormal.of(new double[] {0, 0, 0, 0},
                    new double[][] {{1, 0.5, 0.5, 0.5}, {0.5, 1, 0.5, 0.5}, {0.5, 0.5, 1, 0.5}, {0.5, 0.5, 0.5, 1}}))
            .defaultFor("MultivariateNormalCdf.estimate", "upper", () -> new double[] {0, 0, 0, 0})
            .defaultFor("MultivariateNormalCdf.estimate", "absoluteError", () -> 1e-3)
            .defaultFor("MultivariateNormalCdf.estimate", "maxPoints", () -> 10_000L)
            .defaultFor(dev.statlearn.stats.descriptive.NanPolicy.class, () -> dev.statlearn.stats.descriptive.NanPolicy.OMIT)
            .defaultFor(dev.statlearn.core.Interval.class, () -> new dev.statlearn.core.Interval(0, 1, 0.9))
            .defaultFor("StatisticLocation.new", "statistic", () -> 0.5)
            .defaultFor("DirichletCategorical.credibleInterval", "k", () -> 1)
            .defaultFor("DirichletCategorical.highestDensityInterval", "k", () -> 1)
            .defaultFor("DirichletCategorical.marginalPosterior", "k", () -> 1)
            .defaultFor("Categorical.probability", "k", () -> 1)
            .defaultFor("Histogram.count", "bin", () -> 1)
            .defaultFor("Fit.estimate", "name", () -> "alpha")
            .defaultFor("Fit.standardError", "name", () -> "alpha")
            .defaultFor("Fit.of", "distribution", () -> "a distribution")
            .defaultFor("Fit.of", "names", () -> List.of("m"))
            .defaultFor("Fit.of", "estimates", () -> new double[] {0.5})
            .defaultFor("Fit.of", "covariance", () -> new double[][] {{0.1}})
            .defaultFor("Fit.of", "parameterCount", () -> 1)
            .defaultFor("Dirichlet.logLikelihood", "x", () -> new double[][] {{0.1, 0.2, 0.3, 0.4}, {0.25, 0.25, 0.25, 0.25}})
            .defaultFor("MultivariateNormal.logLikelihood", "x", () -> new double[][] {{0, 0, 0, 0}, {1, 0, -1, 0.5}})
            .defaultFor("MultivariateNormal.of", "covariance", () -> IDENTITY4)
            .defaultFor("NormalInverseGamma.*", "x", () -> new double[] {0.5, 1.0})
            .defaultFor("MonteCarlo.*", "lower", () -> new double[] {0, 0})
            .defaultFor("MonteCarlo.*", "upper", () -> new double[] {1, 1})
            .defaultFor("MonteCarlo.stratified", "n", () -> 16)
            .defaultFor("MonteCarlo.trace", "maxSamples", () -> 200)
            .defaultFor("MonteCarlo.chunk", "chunk", () -> 0L)
            .instance(PartialSums.class, () -> new PartialSums(4, 2.5, 5))
            .defaultFor("ChiSquare.goodnessOfFit(int[],DiscreteDistribution)", "draws",
                    () -> new int[] {0, 1, 1, 2, 2, 2, 3, 3, 1, 2, 4, 0, 2, 1, 3, 2, 2, 1, 0, 5, 2, 3, 1, 2})
            .instance(DirichletCategorical.class, () -> DirichletCategorical.prior(2, 3, 4, 5))
            .instance(Histogram.class, () -> Histogram.of(new double[] {0, 0.25, 0.5, 1}, new double[] {0.1, 0.3, 0.6, 0.7}))
            .instance(Hypotheses.class, () -> Hypotheses.uniform("a", "b", "c", "d"))
            .defaultFor("Hypotheses.*(String)", "name", () -> "b")
            .defaultFor("Hypotheses.probability(int)", "i", () -> 1)
            .defaultForName("likelihoods", () -> Map.of("a", 0.5, "b", 0.25, "c", 0.1, "d", 0.2))
            .instance(NormalInverseGamma.class, () -> NormalInverseGamma.of(0, 1, 2, 3))
            .defaultFor("NormalInverseGamma.logLikelihood", "x", () -> new double[][] {{0.5, 1.0}, {-0.5, 2.0}})
            .instance(Fit.class, () -> Mle.normal(new double[] {0.1, 0.2, 0.4, 0.8}))
            .defaultFor("Mle.normal(double[],Fixed)", "fixed", () -> Fixed.of("sd", 1))
            .defaultFor("Mle.gamma(double[],Fixed)", "fixed", () -> Fixed.of("shape", 2))
            .defaultFor("Mle.beta(double[],Fixed)", "fixed", () -> Fixed.of("alpha", 2))
            .defaultFor("Mle.logNormal(double[],Fixed)", "fixed", () -> Fixed.of("sigma", 1))
            .defaultFor("Mle.laplace(double[],Fixed)", "fixed", () -> Fixed.of("scale", 1))
            .defaultFor("Fit.estimate", "name", () -> "mean")
            .defaultFor("Fit.standardError", "name", () -> "mean")
            .defaultForName("priorDensity", () -> (DoubleUnaryOperator) x -> 1.0)
            // messages that rightly blame another argument for what the hostile one caused
            .alias("MonteCarlo.*", "a", "f")
            .alias("MonteCarlo.*", "b", "f")
            .alias("GridPosterior.*", "lower", "priorDensity")
            .alias("GridPosterior.*", "upper", "priorDensity")
            .alias("Mle.fit", "start", "logLikelihood")
            .alias("Histogram.checkBins", "bins", "x")
            // documented NaN
            .allowNaN("MonteCarlo.chunk", "documented: a chunk carries a non-finite integrand in its sums to"
                    + " PartialSums.toEstimate, which throws (a cluster reports it on the driver, as locally)")
            .allowNaN("StudentT.mean()", "documented: NaN for degreesOfFreedom <= 1 (the mean does not exist)")
            .allowNaN("StudentT.variance()", "documented: NaN for degreesOfFreedom <= 1, as SciPy")
            .allowNaN("StudentT.standardDeviation()", "documented: NaN for degreesOfFreedom <= 1, as SciPy")
            .allowNaN("StudentT.skewness()", "documented: NaN for degreesOfFreedom <= 3, as SciPy")
            .allowNaN("StudentT.excessKurtosis()", "documented: NaN for degreesOfFreedom <= 2, as SciPy")
            .allowNaN("InverseGamma.skewness()", "documented: NaN for shape <= 3, as SciPy")
            .allowNaN("InverseGamma.excessKurtosis()", "documented: NaN for shape <= 4, as SciPy")
            .allowNaN("Bernoulli.skewness()", "documented: NaN for a point mass (p = 0 or 1)")
            .allowNaN("Bernoulli.excessKurtosis()", "documented: NaN for a point mass (p = 0 or 1)")
            .allowNaN("Binomial.skewness()", "documented: NaN for a point mass (trials = 0, p = 0 or 1)")
            .allowNaN("Binomial.excessKurtosis()", "documented: NaN for a point mass (trials = 0, p = 0 or 1)")
            .allowNaN("BetaBinomial.skewness()", "documented: NaN for trials = 0 (a point mass)")
            .allowNaN("BetaBinomial.excessKurtosis()", "documented: NaN for trials = 0 (a point mass)")
            .allowNaN("Geometric.skewness()", "documented: NaN for p = 1 (a point mass)")
            .allowNaN("Geometric.excessKurtosis()", "documented: NaN for p = 1 (a point mass)")
            .allowNaN("NegativeBinomial.skewness()", "documented: NaN for p = 1 (a point mass)")
            .allowNaN("NegativeBinomial.excessKurtosis()", "documented: NaN for p = 1 (a point mass)")
            .allowNaN("Categorical.skewness()", "documented: NaN for a point mass")
            .allowNaN("Poisson.skewness()", "documented: NaN for rate 0 (a point mass)")
            .allowNaN("Poisson.excessKurtosis()", "documented: NaN for rate 0 (a point mass)")
            .allowNaN("Shifted.mean()", "documented: the base's mean plus the location (NaN where the base's is)")
            .allowNaN("Shifted.variance()", "documented: the base's (NaN where the base's is)")
            .allowNaN("Shifted.standardDeviation()", "documented: the base's (NaN where the base's is)")
            .allowNaN("Shifted.skewness()", "documented: the base's (NaN where the base's is)")
            .allowNaN("Shifted.excessKurtosis()", "documented: the base's (NaN where the base's is)")
            .allowNaN("Categorical.excessKurtosis()", "documented: NaN for a point mass")
            .allowNaN("Moments.skewness()", "documented: NaN for n < 3 or constant data")
            .allowNaN("Moments.kurtosis()", "documented: NaN for n < 4 or constant data")
            .allowNaN("Moments.*() | *x=empty", "documented: every moment is NaN for an empty sample")
            .allowNaN("Moments.*() | baseline", "documented: an empty accumulator's moments are NaN")
            .allowNaN("Moments.variance() | x=single element", "documented: variance needs n >= 2")
            .allowNaN("Moments.standardDeviation() | x=single element", "documented: needs n >= 2")
            .allowNaN("Moments.standardError() | x=single element", "documented: needs n >= 2")
            .allowNaN("Moments.populationSkewness() | *x=constant", "documented: NaN for constant data (0/0), as SciPy")
            .allowNaN("Moments.populationSkewness() | *x=single element", "documented: one value is constant data")
            .allowNaN("Moments.populationKurtosis() | *x=constant", "documented: NaN for constant data (0/0), as SciPy")
            .allowNaN("Moments.populationKurtosis() | *x=single element", "documented: one value is constant data")
            .allowNaN("Moments.autocorrelation(*) | x=empty", "documented: NaN for empty data")
            .allowNaN("Moments.autocorrelation(*) | x=constant", "documented: NaN for constant data (0/0)")
            .allowNaN("Moments.autocorrelation(*) | x=single element", "documented: one value is constant data")
            .allowNaN("Moments.centralMoment(*) | x=empty", "documented: NaN for an empty sample")
            .allowNaN("Covariance.correlation() | *=constant", "documented: NaN when a variable is constant")
            .allowNaN("Covariance.*() | baseline", "documented: an empty accumulator's statistics are NaN")
            .allowNaN("CovarianceMatrix.correlation() | *=constant rows", "documented: NaN for a constant column")
            .allowNaN("CovarianceMatrix.*() | baseline", "documented: NaN entries while fewer than 2 observations")
            .allowNaN("Fit.bic() | n=0", "documented: n = 0 means unknown, then bic is NaN")
            .allowNaN("Mle.fit(ToDoubleFunction,double[])", "documented: n unknown (0), bic NaN")
            // legal sizes and amounts of work the caller asked for (below the documented limits)
            .requestedAllocation("*.sample(RandomGenerator,int) | n=1073741824",
                    "2^30 draws is below Checks.MAX_ARRAY_LENGTH: the caller asked for the array")
            .requestedAllocation("*.symmetric(int,double) | k=1073741824", "2^30 categories, below MAX_ARRAY_LENGTH")
            .requestedAllocation("Categorical.uniform(int) | k=1073741824", "2^30 outcomes, below MAX_ARRAY_LENGTH")
            .requestedAllocation("MonteCarlo.quasi(*) | randomizations=1073741824", "2^30 shifts, below MAX_ARRAY_LENGTH")
            .requestedAllocation("MonteCarlo.replicate(*) | replications=1073741824", "2^30 replications")
            .requestedAllocation("GridPosterior.* | points=1073741824", "2^30 grid points, below MAX_ARRAY_LENGTH")
            .requestedAllocation("*(*MultivariateDistribution*) | n=*",
                    "each of the n draws allocates a d-vector that is garbage at once: allocation, not retention")
            .requestedWork("*.sample(RandomGenerator,int) | n=1073741824",
                    "2^30 draws, as asked: when the heap holds the array, filling it runs in time proportional to n")
            .requestedWork("MonteCarlo.* | n=*", "n samples, as asked; runs in time proportional to n")
            .requestedWork("MonteCarlo.* | sampleSize=*", "sampleSize x replications samples, as asked")
            .requestedWork("Divergences.klMonteCarlo* | n=*", "n samples, as asked")
            .requestedWork("MonteCarlo.trace(*) | maxSamples=*", "up to maxSamples samples, as asked")
            .requestedWork("MultivariateNormalCdf.estimate(*) | maxPoints=*", "up to maxPoints evaluations, as asked")
            .requestedWork("SamplingDistribution.* | sampleSize=*", "sampleSize x replications draws, as asked")
            .requestedWork("SamplingDistribution.* | replications=*", "sampleSize x replications draws, as asked")
            .timeout(Duration.ofSeconds(2))
            .build();

    @TestFactory
    Stream<DynamicNode> sweep() {
        return SWEEP.tests();
    }

    @AfterAll
    static void printSummary() throws IOException {
        System.out.println(SWEEP.summary());
        SWEEP.writeSummary(Path.of("target", "hostile-sweep", "stats.txt"));
    }
}
