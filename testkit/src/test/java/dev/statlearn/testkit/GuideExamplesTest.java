package dev.statlearn.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.statlearn.core.Interval;
import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.eval.ConfusionMatrix;
import dev.statlearn.eval.validation.Split;
import dev.statlearn.eval.validation.Splits;
import dev.statlearn.nn.Mlp;
import dev.statlearn.nn.Output;
import dev.statlearn.nn.train.Optimizer;
import dev.statlearn.nn.train.Trainer;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.Geometric;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.StudentT;
import dev.statlearn.stats.divergence.Divergences;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import dev.statlearn.testkit.generate.ConfusionMatrices;
import dev.statlearn.testkit.generate.Families;
import dev.statlearn.testkit.generate.LabelledDatasets;
import dev.statlearn.testkit.generate.ProbabilityVectors;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The examples of the README's guide "Testing your code with statlearn-testkit", as tests: each
 * method is one snippet of the guide, with the same code (the guide shows the method bodies).
 */
class GuideExamplesTest {

    /** (a) A sampler: Box–Muller against Normal(0, 1); a geometric sampler by inversion. */
    @Test
    void sampler() {
        StatisticalAssertions check = StatisticalAssertions.standard().withSeed(42);

        ToDoubleFunction<RandomGenerator> boxMuller = rng ->
                Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
        check.assertDrawsFrom(boxMuller, Normal.of(0, 1));

        // trials until the first success, success probability 0.3: support 1, 2, ...
        ToIntFunction<RandomGenerator> geometric = rng ->
                1 + (int) Math.floor(Math.log(1 - rng.nextDouble()) / Math.log(1 - 0.3));
        check.assertDrawsFrom(geometric, Geometric.of(0.3));

        // two samplers of one distribution: inversion against the library's exponential
        check.assertSameDistribution(rng -> -Math.log(1 - rng.nextDouble()),
                rng -> Exponential.of(1).sample(rng));

        assertTrue(Double.isFinite(boxMuller.applyAsDouble(Randomness.seeded(1))));
        assertTrue(geometric.applyAsInt(Randomness.seeded(1)) >= 1);
        assertTrue(check.falseFailureRate() > 0 && Normal.of(0, 1).sd() == 1
                && Geometric.of(0.3).p() == 0.3 && Exponential.of(1).rate() == 1);
    }

    /** (b) An estimator and an interval procedure: the sample variance, the t interval. */
    @Test
    void estimator() {
        StatisticalAssertions check = StatisticalAssertions.standard().withSeed(42);

        // the sample variance (divisor n - 1) of 10 draws of N(0, 2^2) is unbiased for 4
        Estimator variance = (rng, n) -> Moments.of(Normal.of(0, 2).sample(rng, n)).variance();
        check.assertUnbiased(variance, 10, 4.0);

        // the 95% t interval for the mean of 20 normal draws covers the mean 95% of the time
        IntervalProcedure tInterval = (rng, n) -> {
            Moments m = Moments.of(Normal.of(5, 2).sample(rng, n));
            double half = StudentT.standard(n - 1).inverseCdf(0.975) * m.standardDeviation() / Math.sqrt(n);
            return new Interval(m.mean() - half, m.mean() + half, 0.95);
        };
        check.assertCovers(tInterval, 20, 5.0);

        // a Monte Carlo integral agrees with the exact value within its own standard errors
        check.assertAgreesWith(rng -> MonteCarlo.integrate(x -> x * x, 0, 1, 10_000, rng), 1.0 / 3);

        assertTrue(variance.estimate(Randomness.seeded(1), 10) > 0);
        Interval i = tInterval.interval(Randomness.seeded(1), 20);
        assertTrue(i.lower() < i.upper());
        assertEquals(1.0 / 3, MonteCarlo.integrate(x -> x * x, 0, 1, 10_000, Randomness.seeded(1)).value(), 0.02);
        assertTrue(check.seed() == 42);
    }

    /**
     * (c) A classifier's calibration: logistic regression (an MLP without hidden layers and a
     * sigmoid output) on two Gaussian classes with one covariance, for which the true posterior is
     * logistic, checked on held-out rows.
     */
    @Test
    void calibration() {
        Dataset data = LabelledDatasets.balanced(4_000, 2, 2, 2.0).next(Randomness.seeded(3));
        Split split = Splits.stratifiedHoldout(data.labels(), 0.5, Randomness.seeded(4));
        Dataset train = split.trainOf(data);
        Dataset test = split.testOf(data);
        Mlp logistic = Mlp.builder(2).output(1, Output.SIGMOID).seed(5).build();
        Mlp fitted = Trainer.withDefaults().withOptimizer(Optimizer.adam(0.05)).withEpochs(30).withBatchSize(100)
                .withSeed(6).fit(logistic, train.features(), train.labels()).model();
        double[][] proba = fitted.predictProba(test.features());
        double[] p = new double[proba.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = proba[i][proba[i].length - 1];   // probability of class 1
        }
        StatisticalAssertions.standard().assertCalibrated(p, test.labels());

        assertEquals(2_000, p.length);
        assertTrue(ConfusionMatrix.of(test.labels(), fitted.predict(test.features())).accuracy() > 0.8);
    }

    /** (d) Generators in a QuickTheories property, by seed and as a {@code Gen}. */
    @Test
    void generatorsInAProperty() {
        // a seed and a size from QuickTheories (it shrinks through them); the value from the seed
        qt().forAll(longs().all(), integers().between(2, 50)).checkAssert((seed, k) -> {
            RandomGenerator rng = Randomness.seeded(seed);
            double[] p = ProbabilityVectors.extreme(k).next(rng);
            double[] q = ProbabilityVectors.withZeros(k, 0).next(rng);
            assertTrue(Divergences.kl(p, q) >= 0);
        });

        // as a QuickTheories Gen: every generated gamma distribution's sampler draws from it
        Gen<Gamma> gammas = longs().all().map(seed -> Families.gamma(Families.Range.TYPICAL).next(Randomness.seeded(seed)));
        qt().withExamples(20).forAll(gammas, longs().all()).checkAssert((gamma, seed) -> {
            StatisticalAssertions.standard().withSeed(seed).assertDrawsFrom(gamma::sample, gamma);
            assertTrue(gamma.sample(Randomness.seeded(seed)) >= 0);
        });

        // a confusion matrix with a big total and a class that never occurs
        ConfusionMatrix m = ConfusionMatrices.withEmpty(3, 1_000_000_000_000L, 1, 0).next(Randomness.seeded(7));
        assertEquals(1_000_000_000_000L, m.total());
    }
}
