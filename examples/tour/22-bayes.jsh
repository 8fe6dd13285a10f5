// ---- Bayesian updating and goodness of fit (stats.bayes, stats.inference) ----
// Needs only the default tour imports (dev.statlearn.stats.bayes.*, .distribution.*, .test.*).

System.out.println("\n== Bayesian updating and goodness of fit ==");
// The course notes' diagnostic test: prevalence 10%, sensitivity 99%.
BinaryTest accurate = BinaryTest.of(0.99, 0.01);
System.out.printf("P(ill | +) with FPR 1%%:  %.4f%n", accurate.posteriorAfterPositive(0.10));
BinaryTest noisy = BinaryTest.of(0.99, 0.10);
double afterOne = noisy.posteriorAfterPositive(0.10);
System.out.printf("P(ill | +) with FPR 10%%: %.4f, after a second positive: %.4f%n",
        afterOne, noisy.posteriorAfterPositive(afterOne));
System.out.println("path of posteriors for +, +, -: "
        + java.util.Arrays.stream(noisy.posteriors(0.10, true, true, false)).mapToObj(p -> String.format("%.4f", p)).toList());

// The same update over named hypotheses (log space, chained, with its evidence).
Hypotheses patient = Hypotheses.of(new String[] {"ill", "healthy"}, new double[] {0.10, 0.90});
Hypotheses afterTest = patient.update(0.99, 0.10);
System.out.printf("%s, evidence P(+) = %.4f%n", afterTest, afterTest.evidence());

// Beta-Bernoulli on real data: the share of malignant tumours in the breast-cancer data (malignant = 0).
int[] malignant = java.util.Arrays.stream(Datasets.breastCancer().labels()).map(y -> y == 0 ? 1 : 0).toArray();
BetaBernoulli share = BetaBernoulli.prior(1, 1).update(malignant);
System.out.printf("posterior %s, mean %.4f%n", share.posterior(), share.posteriorMean());
System.out.println("equal-tailed:    " + share.credibleInterval(0.95));
System.out.println("highest-density: " + share.highestDensityInterval(0.95));
// Bayes factor: a prior centred on 1/2 against the uniform prior
double logBf = BetaBernoulli.prior(50, 50).update(malignant).logMarginalLikelihood() - share.logMarginalLikelihood();
System.out.printf("log Bayes factor, Beta(50,50) vs Beta(1,1): %.2f%n", logBf);

// A non-conjugate case on a grid: the location of iris petal lengths under a Laplace likelihood.
double[] petal = Datasets.iris().column(2);
GridPosterior location = GridPosterior.uniform(1, 7, 1201).update(m -> {
    double s = 0;
    for (double v : petal) { s -= Math.abs(v - m); }
    return s;   // Laplace with scale 1, up to a constant
});
System.out.printf("grid posterior of the location: mean %.3f, interval %s%n", location.mean(), location.credibleInterval(0.95));
// SciPy's bayes_mvs: posterior means and 90% intervals of a sample's mean, variance and sd (Jeffreys prior)
var sepalMvs = MeanVarianceStd.of(Datasets.iris().column(0));
System.out.printf("bayes_mvs, iris sepal length: mean %.4f %s, variance %.4f %s, sd %.4f %s%n",
    sepalMvs.mean(0.9).center(), sepalMvs.mean(0.9).interval(), sepalMvs.variance(0.9).center(), sepalMvs.variance(0.9).interval(),
    sepalMvs.standardDeviation(0.9).center(), sepalMvs.standardDeviation(0.9).interval());

// Goodness of fit: does a sample from Normal(0, 1) look normal? And a shifted one?
double[] draws = Normal.standard().sample(Randomness.seeded(42), 1000);
System.out.println("KS vs N(0,1), N(0,1) sample:   " + KolmogorovSmirnov.oneSample(draws, Normal.standard()));
double[] shifted = Normal.of(0.2, 1).sample(Randomness.seeded(43), 1000);
System.out.println("KS vs N(0,1), N(0.2,1) sample: " + KolmogorovSmirnov.oneSample(shifted, Normal.standard()));
System.out.println("KS two-sample:                 " + KolmogorovSmirnov.twoSample(draws, shifted));
// Are the ten digits equally frequent in the digits data?
int[] digitCounts = Datasets.digits().classCounts();
System.out.println("chi-square, digits uniform:    " + ChiSquare.goodnessOfFit(java.util.Arrays.stream(digitCounts).asLongStream().toArray()));
// A discrete sampler: Poisson(3.5) draws against Poisson(3.5), binned so every expected count is >= 5.
System.out.println("chi-square, Poisson sampler:   " + ChiSquare.goodnessOfFit(Poisson.of(3.5).sample(Randomness.seeded(5), 1000), Poisson.of(3.5)));
// Students test normality first: Shapiro-Wilk and Anderson-Darling with estimated mean and sd
System.out.println("Shapiro-Wilk, iris sepal length: " + ShapiroWilk.test(Datasets.iris().column(0))
    + ", Anderson-Darling: " + AndersonDarling.normality(Datasets.iris().column(0)));
System.out.println("where the two-sample KS statistic is attained: "
    + KolmogorovSmirnov.withDefaults().statisticLocation(draws, shifted));
System.out.println("G-test of the digits counts: " + PowerDivergence.goodnessOfFit(
    java.util.Arrays.stream(digitCounts).asLongStream().toArray(), PowerDivergence.LOG_LIKELIHOOD));
System.out.println("petal length vs width: Pearson " + Correlation.pearson(Datasets.iris().column(2), Datasets.iris().column(3))
    + ", Kendall " + Correlation.kendallTau(Datasets.iris().column(2), Datasets.iris().column(3)));
