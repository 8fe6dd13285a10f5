// Monte Carlo integration with error bars, and distances between distributions.
// Extra imports this fragment needs:
import java.util.function.DoubleUnaryOperator;

System.out.println("\n== Monte Carlo: the course notes' integral of exp(-x^2) on [-1, 1] ==");
DoubleUnaryOperator gauss = x -> Math.exp(-x * x);
System.out.println("exact: sqrt(pi) * erf(1) = 1.4936482656");
System.out.println("one run, 10,000 samples:  " + MonteCarlo.integrate(gauss, -1, 1, 10_000, Randomness.seeded(1)));
Replication rep = MonteCarlo.replicate(gauss, -1, 1, 10_000, 100, Randomness.seeded(42));
System.out.println("10,000 samples x 100 replications: " + rep + "   (notes: mean 1.4937, sd 0.0041)");
System.out.println("interval of one run: " + MonteCarlo.integrate(gauss, -1, 1, 10_000, Randomness.seeded(1)).confidenceInterval(0.95));

System.out.println("\nConvergence trace (error shrinks ~sqrt(10) = 3.2x per row):");
for (Estimate e : MonteCarlo.trace(gauss, -1, 1, 1_000_000, Randomness.seeded(7))) System.out.println("  " + e);

System.out.println("\nStandard error at equal cost, exp(-x^2) on [0, 2] (exact 0.8820813908):");
System.out.println(String.format("%10s %12s %12s %12s %12s", "evals", "plain", "antithetic", "stratified", "quasi-MC"));
for (int k = 10; k <= 20; k += 2) {
    int n = 1 << k;
    double plain = MonteCarlo.integrate(gauss, 0, 2, n, Randomness.seeded(k)).standardError();
    double anti = MonteCarlo.antithetic(gauss, 0, 2, n, Randomness.seeded(k)).standardError();
    double strat = MonteCarlo.stratified(gauss, 0, 2, n / 16, n, Randomness.seeded(k)).standardError();
    double quasi = MonteCarlo.quasi(gauss, 0, 2, n / 16, 16, Randomness.seeded(k)).standardError();
    System.out.println(String.format("%10d %12.2e %12.2e %12.2e %12.2e", n, plain, anti, strat, quasi));
}
System.out.println("(plain and antithetic fall as 1/sqrt(n); stratified and quasi-MC close to 1/n or faster.)");
System.out.printf("Caveat: on the symmetric [-1, 1], antithetic pairs (x, -x) give equal values and do not help: se %.2e vs plain %.2e%n",
        MonteCarlo.antithetic(gauss, -1, 1, 1 << 14, Randomness.seeded(3)).standardError(),
        MonteCarlo.integrate(gauss, -1, 1, 1 << 14, Randomness.seeded(3)).standardError());
System.out.println("Control variate 1 - x^2 (integral 4/3): "
        + MonteCarlo.controlVariate(gauss, x -> 1 - x * x, 4.0 / 3, -1, 1, 1 << 14, Randomness.seeded(3)));

Estimate onPool = MonteCarlo.parallel(gauss, -1, 1, 2_000_000L, 2024);
Estimate inline = MonteCarlo.parallel(gauss, -1, 1, 2_000_000L, 2024, Runnable::run);
System.out.println("\nParallel, 2 million samples: " + onPool + "; identical on one thread: " + onPool.equals(inline));

System.out.println("Importance sampling, P(Z > 4) (exact 3.167e-05) with proposal N(4.5, 1): "
        + MonteCarlo.importance(x -> x > 4 ? 1 : 0, Normal.standard(), Normal.of(4.5, 1), 20_000, Randomness.seeded(5)).estimate()
        + "; plain sampling: " + MonteCarlo.expectation(x -> x > 4 ? 1 : 0, Normal.standard(), 20_000, Randomness.seeded(5)));
System.out.println("E[Z^2] = 1 with proposal Laplace(0, 1): " + MonteCarlo.importance(x -> x * x, Normal.standard(), Laplace.of(0, 1), 20_000, Randomness.seeded(6)));
System.out.println("          with too-narrow N(0, 0.5):   " + MonteCarlo.importance(x -> x * x, Normal.standard(), Normal.of(0, 0.5), 20_000, Randomness.seeded(6))
        + "  <- low effective sample size: do not trust this error bar");

// The multivariate normal CDF by Genz's randomized lattice rule: a normal fitted to iris setosa's
// four measurements; P(every measurement <= its mean) against the share of flowers
Dataset irisData = Datasets.iris();
var setosa = irisData.select(java.util.stream.IntStream.range(0, irisData.size()).filter(i -> irisData.label(i) == 0).toArray());
var setosaCov = CovarianceMatrix.of(setosa.features());
double[] setosaMean = setosaCov.mean();
long setosaBelow = java.util.Arrays.stream(setosa.features()).filter(r -> java.util.stream.IntStream.range(0, 4).allMatch(j -> r[j] <= setosaMean[j])).count();
System.out.printf("setosa, P(all four <= mean) under a fitted normal: %s; observed %d of 50; independent 1/16 = 0.0625%n",
    MultivariateNormalCdf.estimate(MultivariateNormal.of(setosaMean, setosaCov.covariance()), setosaMean, 1e-5, 1_000_000, Randomness.seeded(8)),
    setosaBelow);

System.out.println("\n== Distances: mean radius of malignant vs benign tumours (breast cancer) ==");
Dataset cancer = Datasets.breastCancer();
double[] radius = cancer.column(0);
int[] label = cancer.labels();
double[] malignant = java.util.stream.IntStream.range(0, label.length).filter(i -> label[i] == 0).mapToDouble(i -> radius[i]).toArray();
double[] benign = java.util.stream.IntStream.range(0, label.length).filter(i -> label[i] == 1).mapToDouble(i -> radius[i]).toArray();
Histogram hm = Histogram.spanning(20, malignant, benign).addAll(malignant);
Histogram hb = hm.emptyCopy().addAll(benign);
System.out.println("malignant " + hm);
System.out.println("benign    " + hb);
double[] pm = hm.probabilities(), pb = hb.probabilities();
double[] sm = hm.probabilities(1), sb = hb.probabilities(1);
System.out.println(String.format("entropy          malignant %.4f, benign %.4f nats", Divergences.entropy(pm), Divergences.entropy(pb)));
System.out.println(String.format("KL(mal || ben)   %s unsmoothed; %.4f with add-one smoothing", Divergences.kl(pm, pb), Divergences.kl(sm, sb)));
System.out.println(String.format("KL(ben || mal)   %.4f (smoothed; KL is not symmetric)", Divergences.kl(sb, sm)));
System.out.println(String.format("cross-entropy    %.4f = KL + entropy (smoothed)", Divergences.crossEntropy(sm, sb)));
System.out.println(String.format("total variation  %.4f", Divergences.totalVariation(pm, pb)));
System.out.println(String.format("Jensen-Shannon   %.4f nats (distance %.4f, <= sqrt(ln 2) = 0.8326)", Divergences.jensenShannon(pm, pb), Divergences.jensenShannonDistance(pm, pb)));
System.out.println(String.format("Hellinger        %.4f", Divergences.hellinger(pm, pb)));
System.out.println(String.format("Wasserstein-1    %.4f (on the raw samples, in units of radius)", Divergences.wasserstein1(malignant, benign)));
Normal nm = Mle.normal(malignant).distribution();
Normal nb = Mle.normal(benign).distribution();
System.out.println("Normal fits (maximum likelihood): malignant " + nm + ", benign " + nb);
System.out.println(String.format("  closed forms: KL %.4f, Hellinger %.4f, Wasserstein-2 %.4f; TV by quadrature %.4f; KL by Monte Carlo %s",
        Divergences.kl(nm, nb), Divergences.hellinger(nm, nb), Divergences.wasserstein2(nm, nb),
        Divergences.totalVariation(nm, nb), Divergences.klMonteCarlo(nm, nb, 100_000, Randomness.seeded(1))));
Gamma gm = Mle.gamma(malignant).distribution();
Gamma gb = Mle.gamma(benign).distribution();
System.out.println(String.format("  gamma fits: closed-form KL %.4f; differential entropy of the malignant radii by m-spacings %.4f nats, of the fitted normal %.4f, of the fitted gamma %.4f",
        Divergences.kl(gm, gb), Divergences.differentialEntropy(malignant), nm.entropy(), gm.entropy()));
double[] digitCountsAsWeights = java.util.Arrays.stream(Datasets.digits().classCounts()).asDoubleStream().toArray();
System.out.println(String.format("entropy of the digits' class counts, divided by their sum when asked: %.4f nats (uniform: log 10 = %.4f)",
        Divergences.entropy(digitCountsAsWeights, Normalization.DIVIDE_BY_SUM), Math.log(10)));
