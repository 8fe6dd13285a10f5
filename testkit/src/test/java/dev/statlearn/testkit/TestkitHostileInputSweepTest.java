package dev.statlearn.testkit;

import dev.statlearn.core.Randomness;
import dev.statlearn.core.data.Dataset;
import dev.statlearn.core.testing.HostileInputSweep;
import dev.statlearn.nn.Output;
import dev.statlearn.stats.distribution.Bernoulli;
import dev.statlearn.stats.distribution.ContinuousDistribution;
import dev.statlearn.stats.distribution.DiscreteDistribution;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.testkit.generate.Families;
import dev.statlearn.testkit.generate.Generator;
import dev.statlearn.testkit.generate.LabelledDatasets;
import dev.statlearn.testkit.generate.ProbabilityVectors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile-input sweep over every public entry point of {@code dev.statlearn.testkit.**} (see
 * {@link HostileInputSweep}): the statistical assertions, the generator factories and the records
 * they return, and (through {@link Delegate}) the instance methods of generators.
 *
 * <p>Scope. The sweep judges argument checks; a statistical assertion also fails, by design, when a
 * legal argument makes the code under test wrong (a bound the metric crosses, labels that do not fit
 * the probabilities, a known value the procedure does not estimate). Such an {@link AssertionError}
 * is accepted ({@code allowException}) when its message shows the hostile value, as the failure
 * messages do. {@code assertAgreesWith} is skipped: with a working Monte Carlo procedure every
 * legal known value but its own fails the assertion, so its hostile cases would test nothing but
 * that; its argument checks are tested with the estimator assertions. The samplers get working
 * defaults (a standard normal, a fair coin); {@code Estimator} and {@code IntervalProcedure} have
 * none, so those assertions report no baseline.
 */
class TestkitHostileInputSweepTest {

    private static final HostileInputSweep SWEEP = HostileInputSweep.forPackages("dev.statlearn.testkit")
            .defaultFor("StatisticalAssertions.withDraws", "n", () -> 1000)
            .defaultFor(ToDoubleFunction.class, () -> (ToDoubleFunction<RandomGenerator>) RandomGenerator::nextGaussian)
            .defaultFor(ToIntFunction.class, () -> (ToIntFunction<RandomGenerator>) rng -> rng.nextInt(2))
            .defaultFor(ContinuousDistribution.class, Normal::standard)
            .defaultFor(DiscreteDistribution.class, () -> Bernoulli.of(0.5))
            .skip("StatisticalAssertions.assertAgreesWith*", "every legal known value but the procedure's own "
                    + "fails the assertion by design (an AssertionError that shows the value, not the argument's "
                    + "name); its argument checks are tested with the estimator assertions")
            .defaultFor("StatisticalAssertions.assertWithinBounds", "lower", () -> -10.0)
            .defaultFor("StatisticalAssertions.assertWithinBounds", "upper", () -> 10.0)
            .defaultFor("StatisticalAssertions.assertCalibrated", "labels", () -> new int[] {0, 0, 1, 1})
            .allowException("StatisticalAssertions.assert*", AssertionError.class,
                    "a legal argument that makes the code under test wrong fails the assertion: its purpose")
            .defaultFor("StatisticalAssertions.withReplications", "r", () -> 100)
            .defaultFor(Generator.class, () -> ProbabilityVectors.dirichlet(3))
            .defaultFor(Dataset.class, () -> LabelledDatasets.balanced(8, 2, 2, 1).next(Randomness.seeded(1)))
            .defaultFor("ConfusionMatrices.withEmpty", "emptyRows", () -> 1)
            .defaultFor("ConfusionMatrices.withEmpty", "emptyColumns", () -> 2)
            .defaultFor("Pair.new", "first", Normal::standard)
            .defaultFor("Pair.new", "second", () -> Normal.of(1, 2))
            .defaultFor("LabelledDatasets.class*", "n", () -> 40)
            .defaultFor("LabelledDatasets.classification(int,int,int,double,int,double)", "imbalanceRatio", () -> 3.0)
            .defaultFor("LabelledDatasets.*", "minPerClass", () -> 2)
            .defaultFor("LinearData.new", "coefficients", () -> new double[] {0.5, -1})
            .defaultFor("MlpShape.new", "hidden", () -> new int[] {3, 2})
            .defaultFor("MlpShape.new", "outputs", () -> 3)
            .defaultFor("MlpShape.new", "output", () -> Output.SOFTMAX)
            .defaultFor("ProbabilityVectors.extreme(int,int)", "minExponent", () -> -100)
            .defaultFor("ProbabilityVectors.withZeros", "zeros", () -> 2)
            .defaultFor("ScoredLabels.new", "labels", () -> new int[] {0, 1, 0, 1})
            .build();

    /** The generators' instance methods, through {@link Delegate} (the sweep skips test classes in a package scan). */
    private static final HostileInputSweep INSTANCES = HostileInputSweep.forClasses(Delegate.class)
            .defaultFor(Function.class, () -> (Function<Object, Object>) String::valueOf)
            .defaultFor("Delegate.flatMap", "f", () -> (Function<Object, Generator<Object>>) v -> rng -> v)
            .instance(Delegate.class, () -> new Delegate<>(ProbabilityVectors.withZeros(5, 2)))
            .instance(Delegate.class, () -> new Delegate<>(Families.discrete(Families.Range.EXTREME)))
            .build();

    /**
     * A generator of this package's factories behind a public class: the factories return lambdas,
     * whose hidden classes reflection cannot call, so the sweep calls {@code next}, {@code map} and
     * {@code flatMap} through this delegate (its {@code next} adds nothing: a null generator reaches
     * the factory's own check).
     *
     * @param <T> the generated type
     */
    public static final class Delegate<T> implements Generator<T> {
        private final Generator<T> g;

        /**
         * Wraps a generator.
         *
         * @param g the generator
         */
        public Delegate(Generator<T> g) {
            this.g = g;
        }

        @Override
        public T next(RandomGenerator rng) {
            return g.next(rng);
        }
    }

    @TestFactory
    Stream<DynamicNode> sweep() {
        return Stream.concat(SWEEP.tests(), INSTANCES.tests());
    }

    @AfterAll
    static void printSummary() throws IOException {
        System.out.println(SWEEP.summary());
        System.out.println(INSTANCES.summary());
        SWEEP.writeSummary(Path.of("target", "hostile-sweep", "testkit.txt"));
        INSTANCES.writeSummary(Path.of("target", "hostile-sweep", "testkit-generator-instances.txt"));
    }
}
