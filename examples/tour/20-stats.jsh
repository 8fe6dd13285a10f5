// ---- statlearn tour: moments, distributions, the central limit theorem, maximum likelihood ----
// Needs: dev.statlearn.stats.descriptive.*, dev.statlearn.stats.distribution.*, dev.statlearn.stats.mle.*
// (imported by the tour's startup) and core's Datasets / Randomness.

System.out.println("\n== Moments: iris petal length ==");
double[] petal = Datasets.iris().column(2);
var petalMoments = Moments.of(petal);
System.out.printf("n=%d mean=%.4f sd=%.4f (divides by n-1) skewness=%.4f excess kurtosis=%.4f min=%.1f max=%.1f%n",
    petalMoments.count(), petalMoments.mean(), petalMoments.standardDeviation(),
    petalMoments.skewness(), petalMoments.kurtosis(), petalMoments.min(), petalMoments.max());
// streaming and mergeable: two halves combined give the one-pass answer
var firstHalf = Moments.of(java.util.Arrays.copyOfRange(petal, 0, 75));
var secondHalf = Moments.of(java.util.Arrays.copyOfRange(petal, 75, 150));
System.out.printf("combine(first half, second half).variance() = %.12f, one pass = %.12f%n",
    firstHalf.combine(secondHalf).variance(), petalMoments.variance());
System.out.printf("correlation(petal length, petal width) = %.4f%n",
    Covariance.of(petal, Datasets.iris().column(3)).correlation());
// biased (population) shape, a central moment of any order, lag-1 autocorrelation, NaN omitted
System.out.printf("g1=%.4f g2=%.4f (bias=True)  m5=%.4f  r1=%.4f  mean omitting NaN of {1, NaN, 3} = %.1f%n",
    petalMoments.populationSkewness(), petalMoments.populationKurtosis(), Moments.centralMoment(petal, 5),
    Moments.autocorrelation(petal, 1), Moments.of(NanPolicy.OMIT, 1, Double.NaN, 3).mean());

System.out.println("\n== Distributions ==");
System.out.printf("N(0,1): cdf(1.96) = %.6f, inverseCdf(0.975) = %.6f, density(0) = %.6f%n",
    Normal.standard().cdf(1.96), Normal.standard().inverseCdf(0.975), Normal.standard().density(0));
var gammaDist = Gamma.of(2, 0.5);
System.out.printf("%s: mean %.1f, variance %.1f, median %.4f, P(X > 10) = %.5f%n",
    gammaDist, gammaDist.mean(), gammaDist.variance(), gammaDist.inverseCdf(0.5), gammaDist.survival(10));
System.out.printf("Binomial(10, 0.3): pmf(3) = %.6f, cdf(3) = %.6f; Poisson(4): pmf(2) = %.6f%n",
    Binomial.of(10, 0.3).pmf(3), Binomial.of(10, 0.3).cdf(3), Poisson.of(4).pmf(2));
System.out.println("5 seeded draws from Beta(2, 5): " + java.util.Arrays.toString(
    java.util.Arrays.stream(Beta.of(2, 5).sample(Randomness.seeded(42), 5)).map(v -> Math.round(v * 1e4) / 1e4).toArray()));
// far tails in log space, inverse survival, entropy and shape, for every family
System.out.printf("N(0,1) tails: cdf(-40) = %s but logCdf(-40) = %.3f, logSurvival(40) = %.3f, inverseSurvival(1e-12) = %.4f%n",
    Normal.standard().cdf(-40), Normal.standard().logCdf(-40), Normal.standard().logSurvival(40), Normal.standard().inverseSurvival(1e-12));
System.out.printf("%s: entropy %.4f nats, skewness %.4f (2/sqrt(shape)), excess kurtosis %.4f (6/shape)%n",
    gammaDist, gammaDist.entropy(), gammaDist.skewness(), gammaDist.excessKurtosis());
System.out.printf("Poisson(0), the point mass at 0: pmf(0) = %.1f, P(X > 0) = %.1f, entropy %.1f%n",
    Poisson.of(0).pmf(0), Poisson.of(0).survival(0), Poisson.of(0).entropy());

System.out.println("\n== Central limit theorem: means of n draws from Exponential(1) (sigma = 1, skewness 2) ==");
for (int n : new int[] {1, 4, 16, 64, 256}) {
    var means = SamplingDistribution.ofMean(Exponential.of(1), n, 5000, Randomness.seeded(n));
    System.out.printf("n=%3d  mean of means=%.4f  sd of means=%.4f  sigma/sqrt(n)=%.4f  skewness=%.3f%n",
        n, means.mean(), means.standardDeviation(), 1 / Math.sqrt(n), means.skewness());
}

System.out.println("\n== Maximum likelihood: normal model for iris petal length ==");
var normalFit = Mle.normal(petal);
System.out.println(normalFit);
System.out.printf("mu-hat is the sample mean; sigma-hat divides by n: %.4f vs sample sd %.4f%n",
    normalFit.distribution().sd(), petalMoments.standardDeviation());
System.out.println("Wald intervals: " + normalFit.confidenceIntervals(0.95));
System.out.printf("negative log-likelihood (the loss) = %.4f%n", -normalFit.logLikelihood());
var meanFixed = Mle.normal(petal, Fixed.of("mean", 3.5));   // SciPy: norm.fit(x, floc=3.5)
System.out.printf("mean held at 3.5: %s, se(sd) = %.4f, AIC %.2f (free fit %.2f)%n",
    meanFixed.distribution(), meanFixed.standardError("sd"), meanFixed.aic(), normalFit.aic());

System.out.println("\n== Maximum likelihood: categorical model for the digit labels ==");
int[] digitLabels = Datasets.digits().labels();
var labelFit = Mle.categorical(digitLabels, 10);
System.out.println("p-hat_k = n_k / n: " + labelFit.estimates().values().stream().map(p -> String.format("%.4f", p)).toList());
System.out.printf("se of p-hat_0 = %.5f, NLL = %.3f, NLL per label = %.4f (log 10 = %.4f)%n",
    labelFit.standardError("p[0]"), -labelFit.logLikelihood(), -labelFit.logLikelihood() / digitLabels.length, Math.log(10));

System.out.println("\n== Which family fits best? wine proline, ranked by AIC ==");
var ranking = Mle.best(Datasets.wine().column(12));
System.out.println(ranking);
var gammaFit = Mle.gamma(Datasets.wine().column(12));
System.out.println("gamma shape by Newton on the digamma equation, with standard errors:");
System.out.println(gammaFit);
// location-scale fits: the two-parameter exponential (SciPy expon.fit) and the shifted log-normal
var shiftedExp = Mle.shiftedExponential(Datasets.wine().column(12));
var shiftedLn = Mle.shiftedLogNormal(Datasets.wine().column(12));
System.out.printf("shifted exponential %s (AIC %.1f); shifted log-normal %s (AIC %.1f); gamma AIC %.1f%n",
    shiftedExp.distribution(), shiftedExp.aic(), shiftedLn.distribution(), shiftedLn.aic(), gammaFit.aic());

System.out.println("\n== Your own model: generic numerical MLE (normal with log-sd parameter) ==");
var ownFit = Mle.fit(t -> Normal.of(t[0], Math.exp(t[1])).logLikelihood(petal), new double[] {0, 0}, petal.length, "mu", "logSigma");
System.out.println(ownFit);
