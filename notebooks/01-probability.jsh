// Chapter 1: probability and statistics for deep learning.
// Run from the repository root:  ./jshell.sh notebooks/01-probability.jsh
// The Jupyter notebook 01-probability.ipynb is generated from this file: java notebooks/Generate.java

// %% [markdown]
// # 1. Probability and statistics for deep learning
//
// A neural network is a composition of linear maps $O = XW + b$ and non-linear activations.
// Why would a deep-learning practitioner need probability? Because every loss function is a
// statement about the data: the squared error estimates the conditional mean $E[y \mid x]$,
// the cross-entropy is the negative log-likelihood of a categorical distribution, and minimising
// it is the same as minimising the Kullback–Leibler divergence between the data and the model.
//
// This chapter walks through the course notes on probability and statistics with the library's
// own calls on real data: softmax, expectations, Monte Carlo integration, maximum likelihood,
// distances between distributions and Bayes' rule.

// %% [markdown]
// ## Setup
//
// The imports (`./jshell.sh` already has them; a Jupyter kernel needs them) and a small helper
// that saves each figure as a PNG under `notebooks/figures/` (or `figures/` when the working
// directory is `notebooks/`, as in Jupyter; the system property `statlearn.figures` overrides it)
// and, inside a Jupyter Java kernel (JJava), also shows it inline.

// %%
import dev.statlearn.core.*;
import dev.statlearn.core.data.*;
import dev.statlearn.core.preprocess.*;
import dev.statlearn.nn.*;
import dev.statlearn.nn.train.*;
import dev.statlearn.stats.bayes.*;
import dev.statlearn.stats.descriptive.*;
import dev.statlearn.stats.distribution.*;
import dev.statlearn.stats.divergence.*;
import dev.statlearn.stats.mle.*;
import dev.statlearn.stats.montecarlo.*;
import dev.statlearn.plot.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.*;
import java.util.random.*;
import java.util.stream.*;

String chapter = "01-probability";
Path figures = Path.of(System.getProperty("statlearn.figures",
        Files.isDirectory(Path.of("notebooks")) ? "notebooks/figures" : "figures"));

void show(Figure figure, String name) {
    Path file = figure.save(figures.resolve(chapter + "-" + name + ".png"));
    System.out.println("figure " + file.getFileName() + " (" + figure.width() + "x" + figure.height() + ")");
    // inside a Jupyter Java kernel (JJava or IJava) also show it inline; plain JShell has only the file
    for (String kernel : List.of("org.dflib.jjava.jupyter.kernel.BaseNotebookStatics", "org.dflib.jjava.runtime.Display",
            "io.github.spencerpark.ijava.runtime.Display")) {
        try {
            Class.forName(kernel).getMethod("display", Object.class).invoke(null, figure.toImage());
            return;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // not this kernel
        }
    }
}

// %% [markdown]
// ## 1.1 Softmax: from scores to a probability vector
//
// The last layer of a classifier produces one score (logit) $z_k$ per class. The softmax
// $\mathrm{softmax}(z)_k = e^{z_k} / \sum_j e^{z_j}$ turns them into a probability vector: positive
// entries that sum to one. At inference time we usually only need the arg-max, the one-hot vector
// of the most probable class. The library computes softmax stably (it subtracts the largest
// logit first), so logits of 1000 do not overflow.

// %%
double[] logits = {2.0, 1.0, 0.1};
double[] p = Softmax.softmax(logits);
System.out.printf("logits %s -> probabilities [%.4f, %.4f, %.4f], sum %.4f%n",
        Arrays.toString(logits), p[0], p[1], p[2], p[0] + p[1] + p[2]);
System.out.println("arg-max " + Softmax.argmax(p) + ", one-hot " + Arrays.toString(Softmax.oneHot(Softmax.argmax(p), 3)));
double[] huge = Softmax.softmax(new double[] {1000, 1001, 1002});
System.out.printf("softmax of {1000, 1001, 1002}: [%.4f, %.4f, %.4f] (a naive exp would overflow)%n", huge[0], huge[1], huge[2]);

// %% [markdown]
// A real network makes this concrete. We train a small multilayer perceptron (4 inputs, 8 ReLU
// units, 3 softmax outputs) on the iris flowers by backpropagation. Its output for one flower is
// exactly such a probability vector: the model's conditional distribution $P(y \mid x)$.

// %%
Dataset iris = Datasets.iris();
System.out.println(iris);
StandardScaler irisScaler = StandardScaler.fit(iris.features());
Dataset irisScaled = irisScaler.transform(iris);
Mlp irisNet = Mlp.builder(4).hidden(8, Activation.RELU).output(3, Output.SOFTMAX).seed(1).build();
TrainingResult irisFit = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.02)).
        withEpochs(60).withBatchSize(16).withSeed(1).fit(irisNet, irisScaled);
System.out.printf("cross-entropy after training: %.4f (log 3 = %.4f before learning anything)%n",
        irisFit.history().finalTrainLoss(), Math.log(3));
double[][] irisProba = irisFit.model().predictProba(irisScaled.features());
// flower 0, and the two flowers the network is least sure about
int[] leastSure = IntStream.range(0, iris.size()).boxed().
        sorted(Comparator.comparingDouble(i -> Arrays.stream(irisProba[i]).max().getAsDouble())).
        mapToInt(Integer::intValue).limit(2).toArray();
for (int row : new int[] {0, leastSure[0], leastSure[1]}) {
    double[] proba = irisProba[row];
    System.out.printf("flower %3d (%s): P = [%.4f, %.4f, %.4f] -> predicted %s%n", row,
            iris.classNames().get(iris.label(row)), proba[0], proba[1], proba[2],
            iris.classNames().get(Softmax.argmax(proba)));
}

// %% [markdown]
// Flowers of the first species are separated with near certainty; flowers on the border between
// the other two get a more hesitant probability vector. That hesitation is information the
// arg-max throws away, and the rest of this chapter is about measuring it.
//
// ## 1.2 Expectation, variance and the sampling distribution
//
// The expectation summarises a distribution, and other statistics are expectations too:
// variance $E[(X-\mu)^2]$, skewness, kurtosis, covariance. The sample variance divides by
// $N-1$ so that it is unbiased.

// %%
double[] petal = iris.column(2);
Moments petalMoments = Moments.of(petal);
System.out.printf("iris petal length: n = %d, mean %.4f, sd %.4f (divides by n-1), skewness %.4f, excess kurtosis %.4f%n",
        petalMoments.count(), petalMoments.mean(), petalMoments.standardDeviation(),
        petalMoments.skewness(), petalMoments.kurtosis());
System.out.printf("correlation of petal length and petal width: %.4f%n",
        Covariance.of(petal, iris.column(3)).correlation());

// %% [markdown]
// Covariance generalises variance to pairs of features, and the correlation matrix scales it to
// $[-1, 1]$. Four chemical measurements of the 178 wines: alcohol, malic acid, flavanoids and
// proline.

// %%
Dataset wine = Datasets.wine();
System.out.println(wine);
int[] wineColumns = {0, 1, 6, 12};
double[][] wineX = Arrays.stream(wine.features()).map(r -> new double[] {r[0], r[1], r[6], r[12]}).toArray(double[][]::new);
CovarianceMatrix wineCov = CovarianceMatrix.of(wineX);
System.out.println("features: " + Arrays.stream(wineColumns).mapToObj(j -> wine.featureNames().get(j)).toList());
double[][] wineCorr = wineCov.correlation();
for (double[] row : wineCorr) {
    System.out.println(Arrays.stream(row).mapToObj(v -> String.format("%7.4f", v)).collect(Collectors.joining(" ")));
}

// %% [markdown]
// Alcohol and proline go together (0.64); malic acid and flavanoids move in opposite directions
// (−0.41). Correlated features carry overlapping information — a theme that returns with
// permutation importance in chapter 4.
//
// The *sampling distribution* is the distribution of a statistic over repeated samples. The
// central limit theorem says the mean of $N$ draws is approximately $\mathcal N(\mu, \sigma^2/N)$
// whatever the population looks like. Here the population is the very skewed Exponential(1)
// ($\sigma = 1$, skewness 2): the spread of the means follows $1/\sqrt N$ and their skewness
// fades like $2/\sqrt N$.

// %%
for (int n : new int[] {1, 4, 16, 64, 256}) {
    Moments means = SamplingDistribution.ofMean(Exponential.of(1), n, 5000, Randomness.seeded(n));
    System.out.printf("N = %3d: mean of means %.4f, sd of means %.4f (1/sqrt(N) = %.4f), skewness %.4f%n",
            n, means.mean(), means.standardDeviation(), 1 / Math.sqrt(n), means.skewness());
}

// %% [markdown]
// For the exponential population the sampling distribution of the mean is known exactly: the
// mean of $N$ draws from Exponential(1) is Gamma(shape $N$, rate $N$). Side by side for $N = 16$:
// the population, the exact sampling distribution and the central limit theorem's
// $\mathcal N(1, 1/16)$. The last two already nearly coincide.

// %%
List<ContinuousDistribution> clt = List.of(Exponential.of(1), Gamma.of(16, 16), Normal.of(1, 0.25));
clt.forEach(System.out::println);
show(DistributionPlots.continuous(clt, 0, 3), "sampling-distribution");

// %% [markdown]
// ![Population, exact sampling distribution of the mean, normal approximation](figures/01-probability-sampling-distribution.png)
//
// Counts have distributions too. A binomial with many trials and a small success probability
// is close to a Poisson with the same mean (the "law of rare events"): Binomial(100, 0.05)
// against Poisson(5), probability mass functions on the left, CDFs on the right.

// %%
List<DiscreteDistribution> rare = List.of(Binomial.of(100, 0.05), Poisson.of(5));
System.out.printf("P(X = 5): binomial %.4f, Poisson %.4f%n", rare.get(0).pmf(5), rare.get(1).pmf(5));
show(DistributionPlots.discrete(rare, 0, 15), "rare-events");

// %% [markdown]
// ![Binomial against Poisson](figures/01-probability-rare-events.png)

// %% [markdown]
// ## 1.3 Monte Carlo sampling
//
// When we cannot integrate against $P(x)$ in closed form we can still *sample* from it: for
// i.i.d. draws the sample mean of $f(x_i)$ converges to $E[f(X)]$ (law of large numbers), with a
// standard error that shrinks like $1/\sqrt n$.
//
// The notes' example: $\int_{-1}^{1} e^{-x^2}\,dx$. With $U \sim \mathrm{Uniform}(-1, 1)$ the
// integral is $2\,E[e^{-U^2}]$, so we average $e^{-u^2}$ over uniform draws and multiply by the
// length of the interval. The exact value is $\sqrt\pi\,\mathrm{erf}(1) = 1.49365$.

// %%
DoubleUnaryOperator gauss = x -> Math.exp(-x * x);
double exact = 1.4936482656;
Estimate oneRun = MonteCarlo.integrate(gauss, -1, 1, 10_000, Randomness.seeded(1));
System.out.printf("one run of 10,000 samples: %.4f +- %.4f (standard error); 95%% interval %s; exact %.5f%n",
        oneRun.value(), oneRun.standardError(), oneRun.confidenceInterval(0.95), exact);

// %% [markdown]
// How does the estimate settle as samples accumulate? One run, traced after $10^2, 10^3,
// \ldots$ samples: each decade shrinks the error bar by about $\sqrt{10} \approx 3.2$.

// %%
List<Estimate> trace = MonteCarlo.trace(gauss, -1, 1, 1_000_000, Randomness.seeded(7));
for (Estimate e : trace) {
    System.out.printf("n = %,9d: %.5f +- %.5f%n", e.samples(), e.value(), e.standardError());
}
show(MonteCarloPlots.convergence(trace, exact), "mc-convergence");

// %% [markdown]
// ![Monte Carlo convergence](figures/01-probability-mc-convergence.png)
//
// The notes repeat the 10,000-sample estimate 100 times and report the mean and the standard
// deviation of the 100 estimates: **1.4937 ± 0.0041**. We do the same: `replicate` runs
// `integrate` 100 times on one seeded generator and keeps the 100 estimates.

// %%
Replication replication = MonteCarlo.replicate(gauss, -1, 1, 10_000, 100, Randomness.seeded(42));
System.out.println(replication);
System.out.printf("mean %.4f, sd %.4f   (notes: 1.4937 +- 0.0041; exact 1.49365)%n",
        replication.mean(), replication.standardDeviation());
System.out.printf("the mean of 100 runs is itself uncertain: its standard error is %.5f%n", replication.standardErrorOfMean());
show(MonteCarloPlots.replications(replication, exact), "mc-replications");

// %% [markdown]
// ![100 replications](figures/01-probability-mc-replications.png)
//
// The spread of the 100 estimates (their sd, about 0.004) matches what a *single* run already
// reports as its standard error: Monte Carlo tells you its own accuracy. Our mean differs from
// the notes' 1.4937 only in the fourth decimal, well inside the uncertainty of a mean of 100
// runs (about 0.0004), and both agree with the exact 1.49365. (NumPy's `np.std` divides by $N$,
// our sd by $N - 1$; with 100 runs that changes the sd by 0.5%.)
//
// ## 1.4 Maximum likelihood
//
// A parametric model assumes a family of distributions and estimates its parameters. Maximum
// likelihood picks the parameters under which the observed data are most probable; for
// independent data we maximise the log-likelihood $\sum_i \log p(x_i \mid \theta)$ (sums, not
// products of small numbers), and the loss a network minimises is the *negative*
// log-likelihood.
//
// **Normal.** For $\mathcal N(\mu, \sigma^2)$ the estimates are the sample mean and the standard
// deviation that divides by $n$ (the MLE is biased; the unbiased estimate divides by $n - 1$).
// Data: the mean radius of the 569 tumours in the breast-cancer data.

// %%
Dataset cancer = Datasets.breastCancer();
System.out.println(cancer);
double[] radius = cancer.column(0);
Fit<Normal> radiusFit = Mle.normal(radius);
System.out.println(radiusFit);
System.out.printf("mu-hat %.4f = sample mean %.4f; sigma-hat %.4f (divides by n) vs sample sd %.4f (n-1)%n",
        radiusFit.estimate("mean"), Moments.of(radius).mean(), radiusFit.distribution().sd(), Moments.of(radius).standardDeviation());
System.out.printf("negative log-likelihood (the loss): %.4f%n", -radiusFit.logLikelihood());

// %% [markdown]
// Is the normal a good assumption? The notes insist that we check. `Mle.best` fits several
// families by maximum likelihood and ranks them by AIC ($2k - 2\log L$, lower is better); a
// Q–Q plot shows where the normal fails.

// %%
Ranking radiusRanking = Mle.best(radius);
System.out.println(radiusRanking);
show(DistributionPlots.fits(radius, radiusRanking, "mean radius"), "mle-fits");
show(DistributionPlots.qq(radius, radiusFit.distribution(), "mean radius"), "qq-normal");

// %% [markdown]
// ![MLE fits ranked by AIC](figures/01-probability-mle-fits.png)
// ![Normal Q-Q plot](figures/01-probability-qq-normal.png)
//
// The radius is right-skewed: the right-skewed families fit better than the normal, and in the
// Q–Q plot the upper tail bends away from the line.
//
// **Categorical.** For labels in $\{0, \ldots, K-1\}$ with probabilities $p_k$ the MLE is the
// observed share $\hat p_k = n_k / n$. The softmax output of a classifier *is* the parameter vector
// of a categorical distribution, and its cross-entropy loss is this negative log-likelihood.

// %%
Dataset digits = Datasets.digits();
int[] digitLabels = digits.labels();
Fit<Categorical> labelFit = Mle.categorical(digitLabels, 10);
System.out.println("class counts: " + Arrays.toString(digits.classCounts()));
System.out.println(labelFit);
System.out.printf("NLL per label %.4f vs log 10 = %.4f: the ten digits are almost equally frequent%n",
        -labelFit.logLikelihood() / digitLabels.length, Math.log(10));

// %% [markdown]
// ## 1.5 Distances between distributions
//
// Loss functions measure how far the model's distribution $Q$ is from the data's $P$. The notes
// name three distances:
//
// * **Kullback–Leibler** $\mathrm{KL}(P\|Q) = \sum_x P(x) \log \frac{P(x)}{Q(x)}$ — not symmetric,
//   infinite where $Q$ is zero but $P$ is not. It decomposes as cross-entropy minus entropy, so
//   with $P$ fixed by the data, minimising the cross-entropy (the NLL) minimises KL.
// * **Total variation** $\mathrm{TV}(P, Q) = \frac12 \sum_x |P(x) - Q(x)|$ — the largest
//   difference in probability the two give to any event, between 0 and 1.
// * **Wasserstein-1** — the least work to move the mass of $P$ onto $Q$, in the units of $x$.
//
// We compare the mean radius of malignant and benign tumours (class 0 is malignant).

// %%
int[] cancerLabels = cancer.labels();
double[] malignant = IntStream.range(0, radius.length).filter(i -> cancerLabels[i] == 0).mapToDouble(i -> radius[i]).toArray();
double[] benign = IntStream.range(0, radius.length).filter(i -> cancerLabels[i] == 1).mapToDouble(i -> radius[i]).toArray();
Histogram hMalignant = Histogram.spanning(20, malignant, benign).addAll(malignant);
Histogram hBenign = hMalignant.emptyCopy().addAll(benign);
double[] pm = hMalignant.probabilities(1), pb = hBenign.probabilities(1);   // add-one smoothing: no empty bins
System.out.printf("KL(malignant || benign) = %.4f nats, KL(benign || malignant) = %.4f nats (not symmetric)%n",
        Divergences.kl(pm, pb), Divergences.kl(pb, pm));
System.out.printf("cross-entropy %.4f = KL %.4f + entropy %.4f%n",
        Divergences.crossEntropy(pm, pb), Divergences.kl(pm, pb), Divergences.entropy(pm));
System.out.printf("total variation %.4f, Jensen-Shannon %.4f nats, Hellinger %.4f%n",
        Divergences.totalVariation(hMalignant.probabilities(), hBenign.probabilities()),
        Divergences.jensenShannon(hMalignant.probabilities(), hBenign.probabilities()),
        Divergences.hellinger(hMalignant.probabilities(), hBenign.probabilities()));
System.out.printf("Wasserstein-1 %.4f (units of radius; the means differ by %.4f)%n",
        Divergences.wasserstein1(malignant, benign), Moments.of(malignant).mean() - Moments.of(benign).mean());
show(DistributionPlots.divergences(malignant, benign, "malignant", "benign", 20, 1), "divergences");

// %% [markdown]
// ![Two distributions and their distances](figures/01-probability-divergences.png)
//
// The two histograms overlap in a narrow band only: total variation near 0.7 says an event
// (a range of radii) exists whose probability differs by that much between the classes — the
// radius alone is a strong predictor. Wasserstein-1 equals the difference of the means here:
// the malignant radii are *stochastically larger* (their CDF lies below the benign CDF
// everywhere), and then the cheapest way to move one distribution onto the other costs exactly
// the shift of the mean.
//
// ## 1.6 Bayes' rule: updating a belief
//
// $P(\theta \mid D) = P(D \mid \theta)\,P(\theta) / P(D)$, with the evidence
// $P(D) = P(D \mid \theta)P(\theta) + P(D \mid \neg\theta)P(\neg\theta)$. The notes' diagnostic
// test: prevalence 10%, sensitivity 99%, false-positive rate 1%. What is the probability of the
// disease after a positive result?

// %%
double prevalence = 0.10;
BinaryTest accurateTest = BinaryTest.of(0.99, 0.01);
double posteriorAccurate = accurateTest.posteriorAfterPositive(prevalence);
System.out.printf("P(+) = %.4f; P(ill | +) = 0.99 x 0.10 / P(+) = %.4f   (notes: 0.9167)%n",
        accurateTest.probabilityOfPositive(prevalence), posteriorAccurate);

// %% [markdown]
// With a worse test (false-positive rate 10%) a single positive is much weaker evidence. The
// posterior after the first test becomes the prior of the second: a second positive result
// brings the probability back above 0.9.

// %%
BinaryTest noisyTest = BinaryTest.of(0.99, 0.10);
double posteriorFirst = noisyTest.posteriorAfterPositive(prevalence);
double posteriorSecond = noisyTest.posteriorAfterPositive(posteriorFirst);
System.out.printf("false-positive rate 10%%: after one positive %.4f (notes: 0.5238), after a second %.4f (notes: 0.9159)%n",
        posteriorFirst, posteriorSecond);
System.out.println("the same path in one call: " + Arrays.toString(
        Arrays.stream(noisyTest.posteriors(prevalence, true, true)).map(v -> Math.round(v * 1e4) / 1e4).toArray()));
show(BayesPlots.diagnosticTests(List.of(accurateTest, noisyTest), prevalence, true, true), "diagnostic-test");

// %% [markdown]
// ![Posterior after each test result](figures/01-probability-diagnostic-test.png)
//
// Two lessons. The false-positive rate matters as much as the sensitivity when the condition
// is rare: with 10% false positives, most positives among 90% healthy people are false alarms.
// And which error to reduce — type I (false positive) or type II (false negative) — is a
// decision about costs: in medicine a missed disease (type II) is usually the serious one.
//
// The prevalence itself — the prior of the diagnostic test — is usually estimated from data,
// and Bayes' rule works for it too. A Beta prior on the share $\theta$ of malignant tumours,
// updated with the observed tumours one by one, gives a Beta posterior (the prior is
// *conjugate*). We start from Beta(2, 8): a belief that about one tumour in five is malignant,
// worth ten observations. The 95% highest-density interval (HDI) is the narrowest interval
// holding 95% of the posterior probability. After 30 tumours the posterior sits between the
// prior and the data and is still wide; after all 569 the data dominate and it is narrow.

// %%
int[] isMalignant = Arrays.stream(cancerLabels).map(v -> v == 0 ? 1 : 0).toArray();
int[] randomOrder = Randomness.permutation(isMalignant.length, Randomness.seeded(5));
int[] first30 = Arrays.stream(randomOrder).limit(30).map(i -> isMalignant[i]).toArray();
BetaBernoulli after30 = BetaBernoulli.prior(2, 8).update(first30);
BetaBernoulli afterAll = BetaBernoulli.prior(2, 8).update(isMalignant);
BetaBernoulli fileHead = BetaBernoulli.prior(2, 8).update(Arrays.copyOf(isMalignant, 30));
System.out.printf("after  30 random tumours (%d malignant): posterior mean %.4f, 95%% HDI %s%n",
        Arrays.stream(first30).sum(), after30.posteriorMean(), after30.highestDensityInterval(0.95));
System.out.printf("after all 569 tumours:                  posterior mean %.4f, 95%% HDI %s%n",
        afterAll.posteriorMean(), afterAll.highestDensityInterval(0.95));
System.out.printf("after the first 30 rows of the file:    posterior mean %.4f, 95%% HDI %s%n",
        fileHead.posteriorMean(), fileHead.highestDensityInterval(0.95));
show(BayesPlots.betaBernoulli(after30, 0.95), "beta-bernoulli");

// %% [markdown]
// ![Prior, likelihood and posterior after 30 tumours](figures/01-probability-beta-bernoulli.png)
//
// The posterior can only be as good as the sample. The first 30 rows of the file are not a
// random sample — most of them are malignant — and updating on them gives a confident, wrong
// answer. Likewise the 37% of the whole data set is a property of how the tumours were
// collected, not a prevalence to plug into the diagnostic test of a screening population.
//
// Finally, the notes' warning: conditional probabilities describe association, not causation.
// A model that predicts well from $P(y \mid x)$ can still fail when the data-generating process
// changes; robust models need the causal structure, with confounders removed.
/exit
