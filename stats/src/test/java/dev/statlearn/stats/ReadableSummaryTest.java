package dev.statlearn.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.statlearn.core.data.Datasets;
import dev.statlearn.stats.bayes.BetaBernoulli;
import dev.statlearn.stats.bayes.BinaryTest;
import dev.statlearn.stats.bayes.DirichletCategorical;
import dev.statlearn.stats.bayes.GammaPoisson;
import dev.statlearn.stats.bayes.NormalNormal;
import dev.statlearn.stats.descriptive.Covariance;
import dev.statlearn.stats.descriptive.CovarianceMatrix;
import dev.statlearn.stats.descriptive.Moments;
import dev.statlearn.stats.distribution.Beta;
import dev.statlearn.stats.distribution.Categorical;
import dev.statlearn.stats.distribution.Gamma;
import dev.statlearn.stats.distribution.Normal;
import dev.statlearn.stats.distribution.StudentT;
import dev.statlearn.stats.divergence.Histogram;
import dev.statlearn.stats.mle.Mle;
import dev.statlearn.stats.montecarlo.MonteCarlo;
import dev.statlearn.stats.inference.KolmogorovSmirnov;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JShell summaries: short, named, a few significant digits; full precision in the accessors. */
class ReadableSummaryTest {

    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{10,}");
    private static final double[] SEPAL = Datasets.iris().column(0);

    @Test
    void distributionsAndPosteriorsPrintNamedParameters() {
        Normal fitted = Mle.normal(SEPAL).distribution();
        assertEquals("Normal(mean=5.843, sd=0.8253)", fitted.toString());
        assertEquals(5.843333333333334, fitted.mean(), 1e-12); // full precision in the accessor
        assertEquals("Beta(alpha=2, beta=0.5)", new Beta(2, 0.5).toString());
        assertEquals("Categorical(p=[0.2, 0.3, 0.5])", Categorical.of(0.2, 0.3, 0.5).toString());
        assertEquals("BetaBernoulli(prior=Beta(alpha=1, beta=1), posterior=Beta(alpha=3, beta=2))",
                BetaBernoulli.prior(1, 1).update(1, 0, 1).toString());
        assertEquals("TestResult(statistic=1.235E-5, pValue=1)",
                new dev.statlearn.stats.inference.TestResult(1.23456e-5, 1.0).toString());
    }

    @Test
    void fitsAndRankingsAreSmallTables() {
        assertEquals("Fit Normal(mean=5.843, sd=0.8253)\n"
                + "  n = 150, log-likelihood = -184.04, AIC = 372.08, BIC = 378.101\n"
                + "  parameter  estimate      se\n"
                + "  mean          5.843  0.0674\n"
                + "  sd           0.8253  0.0476", Mle.normal(SEPAL).toString());
        String ranking = Mle.best(SEPAL).toString();
        assertEquals("rank  model", ranking.substring(0, 11));
        assertFalse(LONG_NUMBER.matcher(ranking).find(), ranking);
        assertEquals("Fit theta=[1, 2]\n"
                + "  log-likelihood = 0, AIC = 4\n"
                + "  parameter  estimate     se\n"
                + "  theta[0]          1  0.707\n"
                + "  theta[1]          2  0.707",
                Mle.fit(t -> -(t[0] - 1) * (t[0] - 1) - (t[1] - 2) * (t[1] - 2), new double[] {0, 0}).toString());
    }

    @Test
    void momentsLeaveOutWhatIsUndefined() {
        assertEquals("Moments(n=0)", Moments.create().toString());
        assertEquals("Moments(n=1, mean=2.5, min=2.5, max=2.5)", Moments.of(2.5).toString());
        assertEquals("Moments(n=150, mean=5.843, sd=0.8281, skewness=0.3149, kurtosis=-0.5521, min=4.3, max=7.9)",
                Moments.of(SEPAL).toString());
    }

    @Test
    void noSummaryPrintsLongDigitRunsOrNaN() {
        qt().withExamples(200)
                .forAll(doubles().between(-1e3, 1e3), doubles().between(-1e3, 1e3), integers().between(1, 9))
                .checkAssert((a, b, k) -> {
                    for (Object o : summaries(a / k, b / 7)) {
                        String s = o.toString();
                        assertFalse(LONG_NUMBER.matcher(s).find(), s);
                        assertFalse(s.contains("NaN"), s);
                        assertFalse(s.contains("@"), s);
                    }
                });
    }

    private static List<Object> summaries(double a, double b) {
        double pa = Math.abs(a) + 0.1;
        double pb = Math.abs(b) + 0.1;
        List<Object> out = new ArrayList<>();
        out.add(new Normal(a, pb));
        out.add(new Gamma(pa, pb));
        out.add(new Beta(pa, pb));
        out.add(new StudentT(pa, a, pb));
        out.add(Categorical.of(pa / (2 * (pa + pb)), pb / (2 * (pa + pb)), 0.5));
        out.add(Moments.of(a, b, a * b, a + b, 1 / pa));
        out.add(Covariance.of(new double[] {a, b, 3}, new double[] {pb, pa, 1}));
        out.add(CovarianceMatrix.of(new double[][] {{a, b}, {pa, pb}, {1, 1 / pa}}));
        out.add(Mle.normal(new double[] {a, b, pa, pb}));
        out.add(KolmogorovSmirnov.oneSample(new double[] {a, b, pa, pb}, new Normal(0, 1)));
        out.add(BetaBernoulli.prior(pa, pb).update(1, 0, 1));
        out.add(GammaPoisson.prior(pa, pb).update(3, 4));
        out.add(DirichletCategorical.prior(pa, pb).update(1, 0, 1));
        out.add(NormalNormal.prior(a, pb, pa).update(b));
        out.add(BinaryTest.of(1 / (1 + pa), 1 / (1 + pb)));
        out.add(MonteCarlo.integrate(Math::exp, 0, Math.min(pa, 5), 1000, new SplittableRandom(7)));
        out.add(Mle.fit(t -> -(t[0] - a) * (t[0] - a) - (t[1] - b) * (t[1] - b), new double[] {0, 0}));
        out.add(Histogram.of(new double[] {-1, 0, 0.5, 2}, new double[] {a, b, pa, pb}));
        return out;
    }
}
