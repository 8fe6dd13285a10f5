package dev.statlearn.testkit.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statlearn.core.Randomness;
import dev.statlearn.stats.distribution.Bernoulli;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.BetaBinomial;
import dev.statlearn.stats.distribution.Binomial;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.Exponential;
import dev.statlearn.stats.distribution.Geometric;
import dev.statlearn.stats.distribution.InverseGamma;
import dev.statlearn.stats.distribution.Laplace;
import dev.statlearn.stats.distribution.LogNormal;
import dev.statlearn.stats.distribution.NegativeBinomial;
import dev.statlearn.stats.distribution.Poisson;
import dev.statlearn.stats.distribution.StudentT;
import dev.statlearn.stats.distribution.Uniform;
import dev.statlearn.testkit.generate.Families.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Each family's parameters stay in the documented TYPICAL ranges, and the EXTREME ranges reach their
 * documented extremes. "Reaches" bounds are far inside the ranges: with 400 draws the chance that
 * none lands beyond them is below 1e-10 for each (stated per check).
 */
class FamilyRangesTest {

    private static final int N = 400;

    private static <D> List<D> draw(Generator<D> g, long seed) {
        RandomGenerator rng = Randomness.seeded(seed);
        List<D> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            out.add(g.next(rng));
        }
        return out;
    }

    private static <D> void within(List<D> ds, ToDoubleFunction<D> parameter, double lo, double hi, String name) {
        for (D d : ds) {
            double v = parameter.applyAsDouble(d);
            assertTrue(v >= lo && v <= hi, name + " of " + d + " = " + v + " outside [" + lo + ", " + hi + "]");
        }
    }

    private static <D> double min(List<D> ds, ToDoubleFunction<D> parameter) {
        return ds.stream().mapToDouble(parameter).min().orElseThrow();
    }

    private static <D> double max(List<D> ds, ToDoubleFunction<D> parameter) {
        return ds.stream().mapToDouble(parameter).max().orElseThrow();
    }

    @Test
    void typicalRanges() {
        List<StudentT> t = draw(Families.studentT(Range.TYPICAL), 1);
        within(t, StudentT::degreesOfFreedom, 0.5, 100, "df");
        within(t, StudentT::location, -10, 10, "location");
        within(t, StudentT::scale, 0.1, 10, "scale");
        List<Laplace> laplace = draw(Families.laplace(Range.TYPICAL), 2);
        within(laplace, Laplace::location, -10, 10, "location");
        within(laplace, Laplace::scale, 0.1, 10, "scale");
        List<Uniform> uniform = draw(Families.uniform(Range.TYPICAL), 3);
        within(uniform, Uniform::lower, -10, 10, "lower");
        within(uniform, u -> u.upper() - u.lower(), 0.1 * (1 - 1e-12), 10 * (1 + 1e-12), "width");
        within(draw(Families.exponential(Range.TYPICAL), 4), Exponential::rate, 0.1, 10, "rate");
        List<InverseGamma> ig = draw(Families.inverseGamma(Range.TYPICAL), 5);
        within(ig, InverseGamma::shape, 0.2, 20, "shape");
        within(ig, InverseGamma::scale, 0.1, 10, "scale");
        List<Beta> beta = draw(Families.beta(Range.TYPICAL), 6);
        within(beta, Beta::alpha, 0.2, 20, "alpha");
        within(beta, Beta::beta, 0.2, 20, "beta");
        List<LogNormal> ln = draw(Families.logNormal(Range.TYPICAL), 7);
        within(ln, LogNormal::mu, -3, 3, "mu");
        within(ln, LogNormal::sigma, 0.1, 2, "sigma");
        within(draw(Families.bernoulli(Range.TYPICAL), 8), Bernoulli::p, 0.01, 0.99, "p");
        List<BetaBinomial> bb = draw(Families.betaBinomial(Range.TYPICAL), 9);
        within(bb, BetaBinomial::trials, 0, 100, "trials");
        within(bb, BetaBinomial::alpha, 0.2, 20, "alpha");
        within(draw(Families.geometric(Range.TYPICAL), 10), Geometric::p, 0.01, 1, "p");
        List<NegativeBinomial> nb = draw(Families.negativeBinomial(Range.TYPICAL), 11);
        within(nb, NegativeBinomial::size, 0.1, 100, "size");
        within(nb, d -> d.size() * (1 - d.p()) / d.p(), 0.01 * (1 - 1e-9), 1000 * (1 + 1e-9), "mean");
        within(draw(Families.poisson(Range.TYPICAL), 12), Poisson::rate, 0.01, 1000, "rate");
        within(draw(Families.categorical(Range.TYPICAL), 13), c -> c.supportUpperBound() + 1, 2, 10, "k");
    }

    @Test
    void extremeRangesReachTheirExtremes() {
        // log10 of each of these is uniform over a range at least 16 decades wide; each bound below
        // leaves at least 1/8 of it beyond: P(no draw beyond) <= (7/8)^400 < 1e-23
        List<StudentT> t = draw(Families.studentT(Range.EXTREME), 21);
        within(t, StudentT::degreesOfFreedom, 1e-8, 1e8, "df");
        assertTrue(min(t, StudentT::degreesOfFreedom) < 1e-6 && max(t, StudentT::degreesOfFreedom) > 1e6);
        // location: 0 with probability 1/8, else a random sign and magnitude log-uniform on 1e-200..1e200
        List<Laplace> laplace = draw(Families.laplace(Range.EXTREME), 22);
        assertTrue(laplace.stream().anyMatch(d -> d.location() == 0));
        assertTrue(min(laplace, Laplace::location) < -1e150 && max(laplace, Laplace::location) > 1e150);
        assertTrue(laplace.stream().anyMatch(d -> d.location() != 0 && Math.abs(d.location()) < 1e-150));
        within(laplace, d -> Math.abs(d.location()), 0, 1e200, "|location|");
        within(laplace, Laplace::scale, 1e-200, 1e200, "scale");
        List<Uniform> uniform = draw(Families.uniform(Range.EXTREME), 23);
        within(uniform, u -> (u.upper() - u.lower()) / Math.max(Math.abs(u.lower()), 1e-200), 1e-12 * 0.99,
                1e12 * 1.01, "relative width");
        List<Exponential> exp = draw(Families.exponential(Range.EXTREME), 24);
        assertTrue(min(exp, Exponential::rate) < 1e-150 && max(exp, Exponential::rate) > 1e150);
        List<LogNormal> ln = draw(Families.logNormal(Range.EXTREME), 25);
        within(ln, LogNormal::mu, -700, 700, "mu");
        assertTrue(min(ln, LogNormal::mu) < -500 && max(ln, LogNormal::mu) > 500);
        within(ln, LogNormal::sigma, 1e-8, 100, "sigma");
        List<Beta> beta = draw(Families.beta(Range.EXTREME), 26);
        assertTrue(min(beta, Beta::alpha) < 1e-6 && max(beta, Beta::beta) > 1e6);
        List<InverseGamma> ig = draw(Families.inverseGamma(Range.EXTREME), 27);
        assertTrue(min(ig, InverseGamma::scale) < 1e-150 && max(ig, InverseGamma::shape) > 1e6);
        // p extreme: 1/4 in [1e-300, 1e-3], 1/4 in [1 - 1e-3, 1 - 1e-16], 1/8 each exactly 0 and 1
        List<Bernoulli> b = draw(Families.bernoulli(Range.EXTREME), 28);
        assertTrue(b.stream().anyMatch(d -> d.p() == 0) && b.stream().anyMatch(d -> d.p() == 1));
        assertTrue(min(b.stream().filter(d -> d.p() > 0).toList(), Bernoulli::p) < 1e-200);
        assertTrue(b.stream().anyMatch(d -> d.p() > 1 - 1e-12 && d.p() < 1));
        assertTrue(b.stream().anyMatch(d -> d.p() > 0.1 && d.p() < 0.9));
        List<Binomial> bin = draw(Families.binomial(Range.EXTREME), 29);
        assertTrue(bin.stream().anyMatch(d -> d.trials() == 0) && max(bin, Binomial::trials) > 1e8);
        List<BetaBinomial> bb = draw(Families.betaBinomial(Range.EXTREME), 30);
        within(bb, BetaBinomial::trials, 0, 10_000, "trials");
        assertTrue(max(bb, BetaBinomial::trials) > 1000);
        List<Geometric> geo = draw(Families.geometric(Range.EXTREME), 31);
        within(geo, Geometric::p, Geometric.MIN_P, 1, "p");
        assertTrue(min(geo, Geometric::p) < 1e-6 && geo.stream().anyMatch(d -> d.p() > 1 - 1e-10 && d.p() < 1));
        List<NegativeBinomial> nb = draw(Families.negativeBinomial(Range.EXTREME), 32);
        assertTrue(min(nb, NegativeBinomial::size) < 1e-6 && max(nb, NegativeBinomial::size) > 1e6);
        assertTrue(max(nb, d -> d.size() * (1 - d.p()) / d.p()) > 1e4 && nb.stream().anyMatch(d -> d.p() == 1));
        List<Poisson> poisson = draw(Families.poisson(Range.EXTREME), 33);
        within(poisson, Poisson::rate, 1e-200, 1e9, "rate");
        assertTrue(min(poisson, Poisson::rate) < 1e-150 && max(poisson, Poisson::rate) > 1e6);
        List<Categorical> cat = draw(Families.categorical(Range.EXTREME), 34);
        within(cat, c -> c.supportUpperBound() + 1, 2, 50, "k");
        assertTrue(max(cat, c -> c.supportUpperBound() + 1) > 40);
        assertTrue(min(cat, c -> Arrays.stream(c.probabilities()).min().orElseThrow()) < 1e-250);
    }

    @Test
    void generatorCompositionMapsAndChains() {
        Generator<Double> sd = Families.normal(Range.TYPICAL).map(d -> d.sd());
        Generator<double[]> vectors = ProbabilityVectors.dirichlet(3);
        Generator<Integer> lengths = vectors.flatMap(p -> ProbabilityVectors.dirichlet(p.length + 1)).map(q -> q.length);
        RandomGenerator rng = Randomness.seeded(1);
        for (int i = 0; i < 20; i++) {
            double s = sd.next(rng);
            assertTrue(s >= 0.1 && s <= 10);
            assertTrue(lengths.next(rng) == 4);
        }
        Function<Double, Double> identity = x -> x;
        assertTrue(sd.map(identity).next(Randomness.seeded(5)).equals(sd.next(Randomness.seeded(5))));
    }
}
