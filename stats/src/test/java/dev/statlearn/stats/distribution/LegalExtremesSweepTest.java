package dev.statlearn.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.statlearn.core.Randomness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hand-written part of the hostile-input sweep that reflection cannot reach: every distribution at
 * extreme-but-legal parameters (each positive parameter over {@code 1e-300 … 1e300}, locations to
 * ±1e300, probabilities from {@code 1e-300} to {@code 1 - 1e-16}), and at each one the density,
 * log-density, CDF and survival over extreme points, the quantile over {@code p} from 0 through
 * {@code 1e-300} to 1, the moments and 20 draws. Allowed: a construction rejected with an
 * {@link IllegalArgumentException} naming a parameter; otherwise numbers that are not NaN,
 * probabilities in [0, 1], non-decreasing quantiles inside the support, draws inside the support,
 * all within 5 s per distribution. Documented NaN (StudentT moments for small degrees of freedom)
 * is skipped.
 */
class LegalExtremesSweepTest {

    private static final double[] POSITIVE = {1e-300, 1e-100, 1e-10, 1e-3, 1, 1e3, 1e10, 1e100, 1e300};
    private static final double[] LOCATION = {-1e300, -1, 0, 1e-300, 1, 1e300};
    private static final double[] PROBABILITY = {1e-300, 1e-16, 1e-3, 0.5, 1 - 1e-16, 1};
    private static final double[] X = {Double.NEGATIVE_INFINITY, -1e300, -1, -1e-300, -0.0, 0, Double.MIN_VALUE,
        1e-300, 0.5, 1, 2, 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
    private static final double[] P = {0, Double.MIN_VALUE, 1e-300, 1e-100, 1e-16, 1e-3, 0.3, 0.5, 0.9,
        1 - 1e-10, 1 - 1e-16, 1};
    private static final int[] K = {Integer.MIN_VALUE, -1, 0, 1, 2, 10, 1000, 1 << 30, Integer.MAX_VALUE};

    private static final int[] COUNTS = new int[3];

    private record Case(String name, Supplier<Object> make) {
    }

    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (double a : POSITIVE) {
            out.add(new Case("Exponential.of(" + a + ")", () -> Exponential.of(a)));
            out.add(new Case("Poisson.of(" + a + ")", () -> Poisson.of(a)));
            for (double b : POSITIVE) {
                out.add(new Case("Gamma.of(" + a + ", " + b + ")", () -> Gamma.of(a, b)));
                out.add(new Case("Beta.of(" + a + ", " + b + ")", () -> Beta.of(a, b)));
                out.add(new Case("InverseGamma.of(" + a + ", " + b + ")", () -> InverseGamma.of(a, b)));
                out.add(new Case("BetaBinomial.of(10, " + a + ", " + b + ")", () -> BetaBinomial.of(10, a, b)));
            }
            for (double loc : LOCATION) {
                out.add(new Case("Normal.of(" + loc + ", " + a + ")", () -> Normal.of(loc, a)));
                out.add(new Case("Laplace.of(" + loc + ", " + a + ")", () -> Laplace.of(loc, a)));
                out.add(new Case("LogNormal.of(" + loc + ", " + a + ")", () -> LogNormal.of(loc, a)));
                out.add(new Case("Uniform.of(" + loc + ", " + loc + " + " + a + ")", () -> Uniform.of(loc, loc + a)));
                for (double df : new double[] {1e-300, 0.5, 1, 2.5, 1e10, 1e300}) {
                    out.add(new Case("StudentT.of(" + df + ", " + loc + ", " + a + ")", () -> StudentT.of(df, loc, a)));
                }
            }
        }
        for (double p : PROBABILITY) {
            out.add(new Case("Bernoulli.of(" + p + ")", () -> Bernoulli.of(p)));
            out.add(new Case("Geometric.of(" + p + ")", () -> Geometric.of(p)));
            for (int n : new int[] {0, 1, 1000, Integer.MAX_VALUE}) {
                out.add(new Case("Binomial.of(" + n + ", " + p + ")", () -> Binomial.of(n, p)));
            }
            for (double size : POSITIVE) {
                out.add(new Case("NegativeBinomial.of(" + size + ", " + p + ")", () -> NegativeBinomial.of(size, p)));
            }
            out.add(new Case("Categorical.of(" + p + ", 1 - " + p + ")", () -> Categorical.of(p, 1 - p)));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyDistributionAtLegalExtremes() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(5), () -> check(c))));
    }

    private static void check(Case c) {
        Object d;
        try {
            d = c.make().get();
        } catch (IllegalArgumentException e) {
            synchronized (COUNTS) {
                COUNTS[0]++;
            }
            String m = String.valueOf(e.getMessage());
            Assertions.assertTrue(m.matches("(?s).*\\b(p|rate|shape|scale|alpha|beta|size|trials|sd|sigma|mu|mean|location"
                    + "|lower|upper|degreesOfFreedom|n)\\b.*"), () -> "rejection does not name a parameter: " + m);
            return;
        }
        List<String> problems = new ArrayList<>();
        if (d instanceof ContinuousDistribution cd) {
            continuous(cd, problems);
        } else {
            discrete((DiscreteDistribution) d, problems);
        }
        synchronized (COUNTS) {
            COUNTS[problems.isEmpty() ? 1 : 2]++;
        }
        if (!problems.isEmpty()) {
            Assertions.fail(d + ": " + String.join("; ", problems));
        }
    }

    private static void continuous(ContinuousDistribution d, List<String> problems) {
        double lo = d.supportLowerBound();
        double hi = d.supportUpperBound();
        for (double x : X) {
            value(problems, "density(" + x + ")", () -> d.density(x), 0, Double.POSITIVE_INFINITY);
            value(problems, "logDensity(" + x + ")", () -> d.logDensity(x), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            value(problems, "cdf(" + x + ")", () -> d.cdf(x), 0, 1);
            value(problems, "survival(" + x + ")", () -> d.survival(x), 0, 1);
            value(problems, "logCdf(" + x + ")", () -> d.logCdf(x), Double.NEGATIVE_INFINITY, 0);
            value(problems, "logSurvival(" + x + ")", () -> d.logSurvival(x), Double.NEGATIVE_INFINITY, 0);
        }
        double previousIsf = Double.POSITIVE_INFINITY;
        for (double q : P) {
            double v;
            try {
                v = d.inverseSurvival(q);
            } catch (RuntimeException e) {
                problems.add("inverseSurvival(" + q + ") threw " + e);
                continue;
            }
            if (Double.isNaN(v) || v < lo || v > hi) {
                problems.add("inverseSurvival(" + q + ") = " + v + " outside the support [" + lo + ", " + hi + "]");
            } else if (v > previousIsf) {
                problems.add("inverseSurvival(" + q + ") = " + v + " above that of a smaller q, " + previousIsf);
            } else {
                previousIsf = v;
            }
        }
        shape(d.getClass().getSimpleName(), d::entropy, d::skewness, d::excessKurtosis, problems,
                d instanceof StudentT t ? t.degreesOfFreedom() : d instanceof InverseGamma g ? g.shape() : Double.NaN);
        double previous = Double.NEGATIVE_INFINITY;
        for (double p : P) {
            double q;
            try {
                q = d.inverseCdf(p);
            } catch (UnsupportedOperationException e) {
                break;
            } catch (RuntimeException e) {
                problems.add("inverseCdf(" + p + ") threw " + e);
                continue;
            }
            if (Double.isNaN(q) || q < lo || q > hi) {
                problems.add("inverseCdf(" + p + ") = " + q + " outside the support [" + lo + ", " + hi + "]");
            } else if (q < previous) {
                problems.add("inverseCdf(" + p + ") = " + q + " below the quantile of a smaller p, " + previous);
            } else {
                previous = q;
            }
        }
        boolean studentSmallDf = d instanceof StudentT t && t.degreesOfFreedom() <= 2;
        if (!studentSmallDf) {
            value(problems, "mean()", d::mean, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            value(problems, "variance()", d::variance, 0, Double.POSITIVE_INFINITY);
        }
        RandomGenerator rng = Randomness.seeded(7);
        for (int i = 0; i < 20; i++) {
            double s;
            try {
                s = d.sample(rng);
            } catch (RuntimeException e) {
                problems.add("sample threw " + e);
                break;
            }
            if (!(s >= lo && s <= hi)) {
                problems.add("sample " + s + " outside [" + lo + ", " + hi + "]");
                break;
            }
        }
    }

    private static void discrete(DiscreteDistribution d, List<String> problems) {
        int lo = d.supportLowerBound();
        int hi = d.supportUpperBound();
        for (int k : K) {
            value(problems, "pmf(" + k + ")", () -> d.pmf(k), 0, 1);
            value(problems, "logPmf(" + k + ")", () -> d.logPmf(k), Double.NEGATIVE_INFINITY, 0);
            value(problems, "cdf(" + k + ")", () -> d.cdf(k), 0, 1);
            value(problems, "survival(" + k + ")", () -> d.survival(k), 0, 1);
            value(problems, "logCdf(" + k + ")", () -> d.logCdf(k), Double.NEGATIVE_INFINITY, 0);
            value(problems, "logSurvival(" + k + ")", () -> d.logSurvival(k), Double.NEGATIVE_INFINITY, 0);
        }
        int previousIsf = Integer.MAX_VALUE;
        for (double q : P) {
            int v;
            try {
                v = d.inverseSurvival(q);
            } catch (RuntimeException e) {
                problems.add("inverseSurvival(" + q + ") threw " + e);
                continue;
            }
            if (v < lo || v > hi) {
                problems.add("inverseSurvival(" + q + ") = " + v + " outside the support [" + lo + ", " + hi + "]");
            } else if (v > previousIsf) {
                problems.add("inverseSurvival(" + q + ") = " + v + " above that of a smaller q, " + previousIsf);
            } else {
                previousIsf = v;
            }
        }
        shape(d.getClass().getSimpleName(), d::entropy, d::skewness, d::excessKurtosis, problems,
                d.variance() > 0 ? Double.NaN : 0.0);
        int previous = Integer.MIN_VALUE;
        for (double p : P) {
            int q;
            try {
                q = d.inverseCdf(p);
            } catch (RuntimeException e) {
                problems.add("inverseCdf(" + p + ") threw " + e);
                continue;
            }
            if (q < lo || q > hi) {
                problems.add("inverseCdf(" + p + ") = " + q + " outside the support [" + lo + ", " + hi + "]");
            } else if (q < previous) {
                problems.add("inverseCdf(" + p + ") = " + q + " below the quantile of a smaller p, " + previous);
            } else {
                previous = q;
            }
        }
        value(problems, "mean()", d::mean, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        value(problems, "variance()", d::variance, 0, Double.POSITIVE_INFINITY);
        RandomGenerator rng = Randomness.seeded(7);
        for (int i = 0; i < 20; i++) {
            int s;
            try {
                s = d.sample(rng);
            } catch (RuntimeException e) {
                problems.add("sample threw " + e);
                break;
            }
            if (s < lo || s > hi) {
                problems.add("sample " + s + " outside [" + lo + ", " + hi + "]");
                break;
            }
        }
    }

    /**
     * Entropy (finite; for discrete distributions \( \ge 0 \)), skewness and excess kurtosis (not
     * NaN, except where documented: StudentT skewness for \( \nu \le 3 \) and kurtosis for
     * \( \nu \le 2 \), InverseGamma for shapes \( \le 3 \) / \( \le 4 \), and point masses,
     * flagged by {@code limit} 0).
     */
    private static void shape(String family, DoubleCall entropy, DoubleCall skew, DoubleCall kurt, List<String> problems,
            double limit) {
        value(problems, "entropy()", entropy, -Double.MAX_VALUE, Double.MAX_VALUE);
        boolean skewNaN = family.equals("StudentT") ? limit <= 3 : family.equals("InverseGamma") ? limit <= 3 : limit == 0;
        boolean kurtNaN = family.equals("StudentT") ? limit <= 2 : family.equals("InverseGamma") ? limit <= 4 : limit == 0;
        if (!skewNaN) {
            value(problems, "skewness()", skew, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        if (!kurtNaN) {
            value(problems, "excessKurtosis()", kurt, -2, Double.POSITIVE_INFINITY);
        }
    }

    private interface DoubleCall {
        double get();
    }

    private static void value(List<String> problems, String what, DoubleCall call, double min, double max) {
        double v;
        try {
            v = call.get();
        } catch (RuntimeException e) {
            problems.add(what + " threw " + e);
            return;
        }
        if (!(v >= min && v <= max)) {
            problems.add(what + " = " + v);
        }
    }

    @AfterAll
    static void printCounts() {
        System.out.println("LegalExtremesSweepTest: " + COUNTS[0] + " constructions rejected (named), "
                + COUNTS[1] + " distributions clean, " + COUNTS[2] + " with problems");
    }
}
