package dev.statlearn.stats.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.junit.jupiter.api.Test;

/**
 * The special functions behind the goodness-of-fit tests against mpmath, exactly as the code
 * calls them:
 * <ul>
 *   <li>{@code logGamma(n + 1)} ({@link KolmogorovSmirnov}, {@code KsDistributions}):
 *       Commons Numbers 1.3 {@code LogGamma.value}; reference {@code mpmath.loggamma}.</li>
 *   <li>{@code chiSquareSf(df, chi2)} ({@link ChiSquare}'s p-value): Commons Numbers 1.3
 *       {@code RegularizedGamma.Q.value(df / 2, chi2 / 2)}; reference
 *       {@code mpmath.gammainc(df/2, chi2/2, inf, regularized=True)}.</li>
 *   <li>{@code binomialLogPmf(n, p, k)} ({@code KsDistributions.smirnovSf} for n &ge; 1013):
 *       Commons Math 3.6.1 {@code BinomialDistribution.logProbability} (Loader's saddle point),
 *       kept because it is accurate; reference
 *       {@code log(mpmath.binomial(n, k)) + k log p + (n - k) log1p(-p)}.</li>
 * </ul>
 * Values from {@code tools/reference/gof_special_functions.py} (pyenv Python 3.11.7, mpmath
 * 1.3.0, 60 digits checked against 40). Measured on the same grid, Commons Math 3.6.1's
 * {@code Gamma.regularizedGammaQ(a, x, 1e-15, 100000)}, which ChiSquare used before, is off by
 * 4e-11 relative at 1e5 degrees of freedom, 9e-9 at 1e7 and 1.4e-7 at 1e8, and throws
 * {@code MaxCountExceededException} at 1e9 (chi2 = df); Commons Numbers is within 1.1e-13 up to
 * 1e8 except in the far tail (3.4e-13 at p = 5.9e-208, 2.3e-12 at 2.6e-104) and 7.1e-8 at
 * 1e9 degrees of freedom in the tail (p = 5.6e-111). {@code logGamma(n + 1)} is within 4e-16
 * relative in both libraries; the binomial log pmf within 8.2e-16 relative (|value| &ge; 1) or
 * absolute.
 */
class GofSpecialFunctionsReferenceTest {

    /** {name, arg1, arg2, arg3, mpmath value}. */
    private static final Object[][] TABLE = {
            {"logGamma", 1.0, 0.0, 0.0, 0.0},
            {"logGamma", 2.0, 0.0, 0.0, 0.0},
            {"logGamma", 3.0, 0.0, 0.0, 0.6931471805599453},
            {"logGamma", 11.0, 0.0, 0.0, 15.104412573075516},
            {"logGamma", 141.0, 0.0, 0.0, 555.2202941468948},
            {"logGamma", 142.0, 0.0, 0.0, 560.169054037273},
            {"logGamma", 1001.0, 0.0, 0.0, 5912.128178488163},
            {"logGamma", 12346.0, 0.0, 0.0, 103962.95347844968},
            {"logGamma", 1000001.0, 0.0, 0.0, 12815518.384658169},
            {"logGamma", 100000001.0, 0.0, 0.0, 1742068084.5245154},
            {"logGamma", 2147483648.0, 0.0, 0.0, 43996705655.378525},
            {"chiSquareSf", 1.0, 1e-06, 0.0, 0.9992021155721779},
            {"chiSquareSf", 1.0, 0.01, 0.0, 0.920344325445942},
            {"chiSquareSf", 1.0, 0.1, 0.0, 0.7518296340458492},
            {"chiSquareSf", 1.0, 0.5, 0.0, 0.4795001221869535},
            {"chiSquareSf", 1.0, 0.9, 0.0, 0.3427817111479114},
            {"chiSquareSf", 1.0, 1.0, 0.0, 0.3173105078629141},
            {"chiSquareSf", 1.0, 1.1, 0.0, 0.29426610430496286},
            {"chiSquareSf", 1.0, 1.5, 0.0, 0.2206713619198468},
            {"chiSquareSf", 1.0, 2.0, 0.0, 0.15729920705028513},
            {"chiSquareSf", 1.0, 5.0, 0.0, 0.025347318677468263},
            {"chiSquareSf", 1.0, 20.0, 0.0, 7.744216431044084e-06},
            {"chiSquareSf", 2.0, 2e-06, 0.0, 0.9999990000005},
            {"chiSquareSf", 2.0, 0.02, 0.0, 0.9900498337491681},
            {"chiSquareSf", 2.0, 0.2, 0.0, 0.9048374180359595},
            {"chiSquareSf", 2.0, 1.0, 0.0, 0.6065306597126334},
            {"chiSquareSf", 2.0, 1.8, 0.0, 0.4065696597405991},
            {"chiSquareSf", 2.0, 2.0, 0.0, 0.36787944117144233},
            {"chiSquareSf", 2.0, 2.2, 0.0, 0.33287108369807955},
            {"chiSquareSf", 2.0, 3.0, 0.0, 0.22313016014842982},
            {"chiSquareSf", 2.0, 4.0, 0.0, 0.1353352832366127},
            {"chiSquareSf", 2.0, 10.0, 0.0, 0.006737946999085467},
            {"chiSquareSf", 2.0, 40.0, 0.0, 2.061153622438558e-09},
            {"chiSquareSf", 3.0, 3e-06, 0.0, 0.9999999986180247},
            {"chiSquareSf", 3.0, 0.03, 0.0, 0.9986303948188087},
            {"chiSquareSf", 3.0, 0.30000000000000004, 0.0, 0.9600284803068776},
            {"chiSquareSf", 3.0, 1.5, 0.0, 0.6822703303362125},
            {"chiSquareSf", 3.0, 2.7, 0.0, 0.44022729436023106},
            {"chiSquareSf", 3.0, 3.0, 0.0, 0.39162517627108895},
            {"chiSquareSf", 3.0, 3.3000000000000003, 0.0, 0.3476426447322745},
            {"chiSquareSf", 3.0, 4.5, 0.0, 0.21229028736013333},
            {"chiSquareSf", 3.0, 6.0, 0.0, 0.11161022509471256},
            {"chiSquareSf", 3.0, 15.0, 0.0, 0.0018166489665723232},
            {"chiSquareSf", 3.0, 60.0, 0.0, 5.878230727906912e-13},
            {"chiSquareSf", 5.0, 4.9999999999999996e-06, 0.0, 0.999999999999997},
            {"chiSquareSf", 5.0, 0.05, 0.0, 0.999970790460001},
            {"chiSquareSf", 5.0, 0.5, 0.0, 0.9921232932326296},
            {"chiSquareSf", 5.0, 2.5, 0.0, 0.7764950711233227},
            {"chiSquareSf", 5.0, 4.5, 0.0, 0.4798834381132994},
            {"chiSquareSf", 5.0, 5.0, 0.0, 0.41588018699550794},
            {"chiSquareSf", 5.0, 5.5, 0.0, 0.35794588085095846},
            {"chiSquareSf", 5.0, 7.5, 0.0, 0.186029833602867},
            {"chiSquareSf", 5.0, 10.0, 0.0, 0.07523524614651218},
            {"chiSquareSf", 5.0, 25.0, 0.0, 0.00013933379118562619},
            {"chiSquareSf", 5.0, 100.0, 0.0, 5.28514836094324e-20},
            {"chiSquareSf", 10.0, 9.999999999999999e-06, 0.0, 1.0},
            {"chiSquareSf", 10.0, 0.1, 0.0, 0.9999999975020487},
            {"chiSquareSf", 10.0, 1.0, 0.0, 0.9998278843700441},
            {"chiSquareSf", 10.0, 5.0, 0.0, 0.8911780189141513},
            {"chiSquareSf", 10.0, 9.0, 0.0, 0.5321035763747155},
            {"chiSquareSf", 10.0, 10.0, 0.0, 0.4404932850652124},
            {"chiSquareSf", 10.0, 11.0, 0.0, 0.35751800242792553},
            {"chiSquareSf", 10.0, 15.0, 0.0, 0.1320618562877206},
            {"chiSquareSf", 10.0, 20.0, 0.0, 0.029252688076961072},
            {"chiSquareSf", 10.0, 50.0, 0.0, 2.6690834249044957e-07},
            {"chiSquareSf", 10.0, 200.0, 0.0, 1.6139305336977305e-37},
            {"chiSquareSf", 30.0, 2.9999999999999997e-05, 0.0, 1.0},
            {"chiSquareSf", 30.0, 0.3, 0.0, 1.0},
            {"chiSquareSf", 30.0, 3.0, 0.0, 0.9999999999176028},
            {"chiSquareSf", 30.0, 15.0, 0.0, 0.9897395720876574},
            {"chiSquareSf", 30.0, 27.0, 0.0, 0.6232711254087304},
            {"chiSquareSf", 30.0, 30.0, 0.0, 0.46565370894400965},
            {"chiSquareSf", 30.0, 33.0, 0.0, 0.3225420969345649},
            {"chiSquareSf", 30.0, 45.0, 0.0, 0.038601758266317336},
            {"chiSquareSf", 30.0, 60.0, 0.0, 0.0009206823961486663},
            {"chiSquareSf", 30.0, 150.0, 0.0, 6.706952523937961e-18},
            {"chiSquareSf", 30.0, 600.0, 0.0, 2.962279801331759e-107},
            {"chiSquareSf", 100.0, 9.999999999999999e-05, 0.0, 1.0},
            {"chiSquareSf", 100.0, 1.0, 0.0, 1.0},
            {"chiSquareSf", 100.0, 10.0, 0.0, 1.0},
            {"chiSquareSf", 100.0, 50.0, 0.0, 0.9999930466947524},
            {"chiSquareSf", 100.0, 90.0, 0.0, 0.7531979655998298},
            {"chiSquareSf", 100.0, 100.0, 0.0, 0.48119168452795674},
            {"chiSquareSf", 100.0, 110.00000000000001, 0.0, 0.23220478050085605},
            {"chiSquareSf", 100.0, 150.0, 0.0, 0.0009039320423540091},
            {"chiSquareSf", 100.0, 200.0, 0.0, 1.1784500720979422e-08},
            {"chiSquareSf", 100.0, 500.0, 0.0, 1.7201210053695373e-54},
            {"chiSquareSf", 1000.0, 0.001, 0.0, 1.0},
            {"chiSquareSf", 1000.0, 10.0, 0.0, 1.0},
            {"chiSquareSf", 1000.0, 100.0, 0.0, 1.0},
            {"chiSquareSf", 1000.0, 500.0, 0.0, 1.0},
            {"chiSquareSf", 1000.0, 900.0, 0.0, 0.9892827619087102},
            {"chiSquareSf", 1000.0, 1000.0, 0.0, 0.49405285382923964},
            {"chiSquareSf", 1000.0, 1100.0, 0.0, 0.014614408126295194},
            {"chiSquareSf", 1000.0, 1500.0, 0.0, 1.0454640385979658e-22},
            {"chiSquareSf", 1000.0, 2000.0, 0.0, 4.1436785914549916e-69},
            {"chiSquareSf", 10000.0, 0.01, 0.0, 1.0},
            {"chiSquareSf", 10000.0, 100.0, 0.0, 1.0},
            {"chiSquareSf", 10000.0, 1000.0, 0.0, 1.0},
            {"chiSquareSf", 10000.0, 5000.0, 0.0, 1.0},
            {"chiSquareSf", 10000.0, 9000.0, 0.0, 0.999999999999873},
            {"chiSquareSf", 10000.0, 10000.0, 0.0, 0.49811936596618267},
            {"chiSquareSf", 10000.0, 11000.0, 0.0, 3.618329558096479e-12},
            {"chiSquareSf", 10000.0, 15000.0, 0.0, 5.91586882905196e-208},
            {"chiSquareSf", 100000.0, 0.09999999999999999, 0.0, 1.0},
            {"chiSquareSf", 100000.0, 1000.0, 0.0, 1.0},
            {"chiSquareSf", 100000.0, 10000.0, 0.0, 1.0},
            {"chiSquareSf", 100000.0, 50000.0, 0.0, 1.0},
            {"chiSquareSf", 100000.0, 90000.0, 0.0, 1.0},
            {"chiSquareSf", 100000.0, 100000.0, 0.0, 0.4994052918952067},
            {"chiSquareSf", 100000.0, 110000.00000000001, 0.0, 2.5841772471779244e-104},
            {"chiSquareSf", 1000000.0, 999000.0, 0.0, 0.7601767314598729},
            {"chiSquareSf", 1000000.0, 1000000.0, 0.0, 0.4998119368033945},
            {"chiSquareSf", 1000000.0, 1000999.9999999999, 0.0, 0.23967680482554693},
            {"chiSquareSf", 10000000.0, 9990000.0, 0.0, 0.9873458681142245},
            {"chiSquareSf", 10000000.0, 10000000.0, 0.0, 0.4999405291960622},
            {"chiSquareSf", 10000000.0, 10009999.999999998, 0.0, 0.012693185164492098},
            {"chiSquareSf", 100000000.0, 99900000.0, 0.0, 0.9999999999992439},
            {"chiSquareSf", 100000000.0, 100000000.0, 0.0, 0.49998119368054633},
            {"chiSquareSf", 100000000.0, 100099999.99999999, 0.0, 7.816251316949021e-13},
            {"chiSquareSf", 1000000000.0, 999000000.0, 0.0, 1.0},
            {"chiSquareSf", 1000000000.0, 1000000000.0, 0.0, 0.49999405291961274},
            {"chiSquareSf", 1000000000.0, 1000999999.9999999, 0.0, 5.613937948608448e-111},
            {"chiSquareSf", 1.0, 50.0, 0.0, 1.537459794428035e-12},
            {"chiSquareSf", 4.0, 50.0, 0.0, 3.610865404890645e-10},
            {"chiSquareSf", 1.0, 200.0, 0.0, 2.088487583762545e-45},
            {"chiSquareSf", 4.0, 200.0, 0.0, 3.757276735781044e-42},
            {"chiSquareSf", 1.0, 1000.0, 0.0, 1.7958327848007262e-219},
            {"chiSquareSf", 4.0, 1000.0, 0.0, 3.569412779777384e-215},
            {"binomialLogPmf", 1013.0, 0.0001, 0.0, -0.101305065337692},
            {"binomialLogPmf", 1013.0, 0.0001, 1.0, -2.390873928064858},
            {"binomialLogPmf", 1013.0, 0.0001, 1012.0, -9313.943884940649},
            {"binomialLogPmf", 1013.0, 0.01, 0.0, -10.18099021959696},
            {"binomialLogPmf", 1013.0, 0.01, 1.0, -7.855438565482866},
            {"binomialLogPmf", 1013.0, 0.01, 5.0, -3.3506100097464757},
            {"binomialLogPmf", 1013.0, 0.01, 10.0, -2.074448277958483},
            {"binomialLogPmf", 1013.0, 0.01, 21.0, -6.933262136569469},
            {"binomialLogPmf", 1013.0, 0.01, 1012.0, -4653.5216070515535},
            {"binomialLogPmf", 1013.0, 0.1, 0.0, -106.73020236137805},
            {"binomialLogPmf", 1013.0, 0.1, 1.0, -102.00675543446559},
            {"binomialLogPmf", 1013.0, 0.1, 50.0, -20.26509516264564},
            {"binomialLogPmf", 1013.0, 0.1, 101.0, -3.1753112418931533},
            {"binomialLogPmf", 1013.0, 0.1, 203.0, -48.76926613193643},
            {"binomialLogPmf", 1013.0, 0.1, 1012.0, -2323.4008031213834},
            {"binomialLogPmf", 1013.0, 0.3, 0.0, -361.31171820993586},
            {"binomialLogPmf", 1013.0, 0.3, 1.0, -355.23834456607443},
            {"binomialLogPmf", 1013.0, 0.3, 151.0, -66.04819661653329},
            {"binomialLogPmf", 1013.0, 0.3, 303.0, -3.6003167010274875},
            {"binomialLogPmf", 1013.0, 0.3, 607.0, -197.20394866664867},
            {"binomialLogPmf", 1013.0, 0.3, 1012.0, -1211.8564814175372},
            {"binomialLogPmf", 1013.0, 0.5, 0.0, -702.1580939072246},
            {"binomialLogPmf", 1013.0, 0.5, 1.0, -695.2374224029759},
            {"binomialLogPmf", 1013.0, 0.5, 253.0, -136.32972355235077},
            {"binomialLogPmf", 1013.0, 0.5, 506.0, -3.6868669930037985},
            {"binomialLogPmf", 1013.0, 0.5, 1012.0, -695.2374224029759},
            {"binomialLogPmf", 1013.0, 0.5, 1013.0, -702.1580939072246},
            {"binomialLogPmf", 1013.0, 0.9, 0.0, -2332.5186992029685},
            {"binomialLogPmf", 1013.0, 0.9, 1.0, -2323.4008031213834},
            {"binomialLogPmf", 1013.0, 0.9, 455.0, -639.5500905434018},
            {"binomialLogPmf", 1013.0, 0.9, 911.0, -3.1818686424393126},
            {"binomialLogPmf", 1013.0, 0.9, 1012.0, -102.00675543446556},
            {"binomialLogPmf", 1013.0, 0.9, 1013.0, -106.73020236137802},
            {"binomialLogPmf", 1013.0, 0.999, 0.0, -6997.556097608904},
            {"binomialLogPmf", 1013.0, 0.999, 1.0, -6983.728671326006},
            {"binomialLogPmf", 1013.0, 0.999, 505.0, -2811.177652255455},
            {"binomialLogPmf", 1013.0, 0.999, 1011.0, -1.6798082216810766},
            {"binomialLogPmf", 1013.0, 0.999, 1012.0, -0.9995901123199896},
            {"binomialLogPmf", 1013.0, 0.999, 1013.0, -1.0135068379201204},
            {"binomialLogPmf", 5000.0, 0.0001, 0.0, -0.5000250016667916},
            {"binomialLogPmf", 5000.0, 0.0001, 1.0, -1.1930721772264037},
            {"binomialLogPmf", 5000.0, 0.0001, 4999.0, -46033.97442632252},
            {"binomialLogPmf", 5000.0, 0.01, 0.0, -50.25167926750721},
            {"binomialLogPmf", 5000.0, 0.01, 1.0, -46.32960592622556},
            {"binomialLogPmf", 5000.0, 0.01, 25.0, -10.263549199154056},
            {"binomialLogPmf", 5000.0, 0.01, 50.0, -2.871591680789146},
            {"binomialLogPmf", 5000.0, 0.01, 101.0, -23.493603708415073},
            {"binomialLogPmf", 5000.0, 0.01, 4999.0, -23012.738616898907},
            {"binomialLogPmf", 5000.0, 0.1, 0.0, -526.8025782891316},
            {"binomialLogPmf", 5000.0, 0.1, 1.0, -520.4826096750515},
            {"binomialLogPmf", 5000.0, 0.1, 250.0, -87.18686244911414},
            {"binomialLogPmf", 5000.0, 0.1, 500.0, -3.9737308430831435},
            {"binomialLogPmf", 5000.0, 0.1, 1001.0, -227.0882995479967},
            {"binomialLogPmf", 5000.0, 0.1, 4999.0, -11502.211047201476},
            {"binomialLogPmf", 5000.0, 0.3, 0.0, -1783.3747196936617},
            {"binomialLogPmf", 5000.0, 0.3, 1.0, -1775.7048243626327},
            {"binomialLogPmf", 5000.0, 0.3, 750.0, -309.45050567811217},
            {"binomialLogPmf", 5000.0, 0.3, 1500.0, -4.39727395319229},
            {"binomialLogPmf", 5000.0, 0.3, 3001.0, -965.9270917841462},
            {"binomialLogPmf", 5000.0, 0.3, 4999.0, -6010.499530577877},
            {"binomialLogPmf", 5000.0, 0.5, 0.0, -3465.735902799727},
            {"binomialLogPmf", 5000.0, 0.5, 1.0, -3457.2187096083103},
            {"binomialLogPmf", 5000.0, 0.5, 1250.0, -658.4007988400325},
            {"binomialLogPmf", 5000.0, 0.5, 2500.0, -4.484437948352513},
            {"binomialLogPmf", 5000.0, 0.5, 4999.0, -3457.2187096083103},
            {"binomialLogPmf", 5000.0, 0.5, 5000.0, -3465.735902799727},
            {"binomialLogPmf", 5000.0, 0.9, 0.0, -11512.925464970229},
            {"binomialLogPmf", 5000.0, 0.9, 1.0, -11502.211047201477},
            {"binomialLogPmf", 5000.0, 0.9, 2250.0, -3132.9555108496193},
            {"binomialLogPmf", 5000.0, 0.9, 4500.0, -3.9737308430831435},
            {"binomialLogPmf", 5000.0, 0.9, 4999.0, -520.4826096750513},
            {"binomialLogPmf", 5000.0, 0.9, 5000.0, -526.8025782891314},
            {"binomialLogPmf", 5000.0, 0.999, 0.0, -34538.77639491068},
            {"binomialLogPmf", 5000.0, 0.999, 1.0, -34523.35244694062},
            {"binomialLogPmf", 5000.0, 0.999, 2497.0, -13831.36184705483},
            {"binomialLogPmf", 5000.0, 0.999, 4995.0, -1.7398019471281023},
            {"binomialLogPmf", 5000.0, 0.999, 4999.0, -3.392063255149987},
            {"binomialLogPmf", 5000.0, 0.999, 5000.0, -5.002501667917672},
            {"binomialLogPmf", 100000.0, 0.0001, 0.0, -10.000500033335834},
            {"binomialLogPmf", 100000.0, 0.0001, 1.0, -7.697814935341455},
            {"binomialLogPmf", 100000.0, 0.0001, 5.0, -3.274666287646018},
            {"binomialLogPmf", 100000.0, 0.0001, 10.0, -2.0785116407182334},
            {"binomialLogPmf", 100000.0, 0.0001, 21.0, -7.0263520174454825},
            {"binomialLogPmf", 100000.0, 0.0001, 99999.0, -921013.3140317863},
            {"binomialLogPmf", 100000.0, 0.01, 0.0, -1005.0335853501441},
            {"binomialLogPmf", 100000.0, 0.01, 1.0, -998.1157797353085},
            {"binomialLogPmf", 100000.0, 0.01, 500.0, -158.71081868310074},
            {"binomialLogPmf", 100000.0, 0.01, 1000.0, -4.367874346517055},
            {"binomialLogPmf", 100000.0, 0.01, 2001.0, -396.7750871661816},
            {"binomialLogPmf", 100000.0, 0.01, 99999.0, -460500.910553494},
            {"binomialLogPmf", 100000.0, 0.1, 0.0, -10536.05156578263},
            {"binomialLogPmf", 100000.0, 0.1, 1.0, -10526.735864894998},
            {"binomialLogPmf", 100000.0, 0.1, 5000.0, -1675.802023068717},
            {"binomialLogPmf", 100000.0, 0.1, 10000.0, -5.471436887289774},
            {"binomialLogPmf", 100000.0, 0.1, 20001.0, -4446.870853812011},
            {"binomialLogPmf", 100000.0, 0.1, 99999.0, -230244.79914936225},
            {"binomialLogPmf", 100000.0, 0.3, 0.0, -35667.49439387324},
            {"binomialLogPmf", 100000.0, 0.3, 1.0, -35656.828766268656},
            {"binomialLogPmf", 100000.0, 0.3, 15000.0, -6111.699106593316},
            {"binomialLogPmf", 100000.0, 0.3, 30000.0, -5.895080526478088},
            {"binomialLogPmf", 100000.0, 0.3, 60001.0, -19211.413941541596},
            {"binomialLogPmf", 100000.0, 0.3, 99999.0, -120384.92020926824},
            {"binomialLogPmf", 100000.0, 0.5, 0.0, -69314.71805599453},
            {"binomialLogPmf", 100000.0, 0.5, 1.0, -69303.20513052956},
            {"binomialLogPmf", 100000.0, 0.5, 25000.0, -13087.042010773712},
            {"binomialLogPmf", 100000.0, 0.5, 50000.0, -5.982256585129842},
            {"binomialLogPmf", 100000.0, 0.5, 99999.0, -69303.20513052956},
            {"binomialLogPmf", 100000.0, 0.5, 100000.0, -69314.71805599453},
            {"binomialLogPmf", 100000.0, 0.9, 0.0, -230258.5092994046},
            {"binomialLogPmf", 100000.0, 0.9, 1.0, -230244.79914936228},
            {"binomialLogPmf", 100000.0, 0.9, 45000.0, -62575.499179366736},
            {"binomialLogPmf", 100000.0, 0.9, 90000.0, -5.471436887289774},
            {"binomialLogPmf", 100000.0, 0.9, 99999.0, -10526.735864894994},
            {"binomialLogPmf", 100000.0, 0.9, 100000.0, -10536.051565782627},
            {"binomialLogPmf", 100000.0, 0.999, 0.0, -690775.5278982136},
            {"binomialLogPmf", 100000.0, 0.999, 1.0, -690757.10821797},
            {"binomialLogPmf", 100000.0, 0.999, 49950.0, -276474.44090481737},
            {"binomialLogPmf", 100000.0, 0.999, 99900.0, -3.221856707421729},
            {"binomialLogPmf", 100000.0, 0.999, 99999.0, -95.44386267203177},
            {"binomialLogPmf", 100000.0, 0.999, 100000.0, -100.05003335835345},
            {"binomialLogPmf", 1000000.0, 0.0001, 0.0, -100.00500033335834},
            {"binomialLogPmf", 1000000.0, 0.0001, 1.0, -95.39973014236992},
            {"binomialLogPmf", 1000000.0, 0.0001, 50.0, -18.220482755923133},
            {"binomialLogPmf", 1000000.0, 0.0001, 100.0, -3.2223069542625207},
            {"binomialLogPmf", 1000000.0, 0.0001, 201.0, -42.90108538863419},
            {"binomialLogPmf", 1000000.0, 0.0001, 999999.0, -9210317.346225258},
            {"binomialLogPmf", 1000000.0, 0.01, 0.0, -10050.335853501441},
            {"binomialLogPmf", 1000000.0, 0.01, 1.0, -10041.115462793612},
            {"binomialLogPmf", 1000000.0, 0.01, 5000.0, -1552.0442025327334},
            {"binomialLogPmf", 1000000.0, 0.01, 10000.0, -5.519091885441095},
            {"binomialLogPmf", 1000000.0, 0.01, 20001.0, -3920.1835111362143},
            {"binomialLogPmf", 1000000.0, 0.01, 999999.0, -4605151.775357683},
            {"binomialLogPmf", 1000000.0, 0.1, 0.0, -105360.51565782631},
            {"binomialLogPmf", 1000000.0, 0.1, 1.0, -105348.89737184568},
            {"binomialLogPmf", 1000000.0, 0.1, 50000.0, -16712.804361463986},
            {"binomialLogPmf", 1000000.0, 0.1, 100000.0, -6.622721850453466},
            {"binomialLogPmf", 1000000.0, 0.1, 200001.0, -44410.728925616306},
            {"binomialLogPmf", 1000000.0, 0.1, 999999.0, -2302569.0802589105},
            {"binomialLogPmf", 1000000.0, 0.3, 0.0, -356674.9439387324},
            {"binomialLogPmf", 1000000.0, 0.3, 1.0, -356661.9757260348},
            {"binomialLogPmf", 1000000.0, 0.3, 150000.0, -61067.3320657473},
            {"binomialLogPmf", 1000000.0, 0.3, 300000.0, -7.046370251546539},
            {"binomialLogPmf", 1000000.0, 0.3, 600001.0, -192050.35906233155},
            {"binomialLogPmf", 1000000.0, 0.3, 999999.0, -1203958.1415175176},
            {"binomialLogPmf", 1000000.0, 0.5, 0.0, -693147.1805599453},
            {"binomialLogPmf", 1000000.0, 0.5, 1.0, -693133.3650493873},
            {"binomialLogPmf", 1000000.0, 0.5, 250000.0, -130819.02564709347},
            {"binomialLogPmf", 1000000.0, 0.5, 500000.0, -7.133546881626865},
            {"binomialLogPmf", 1000000.0, 0.5, 999999.0, -693133.3650493873},
            {"binomialLogPmf", 1000000.0, 0.5, 1000000.0, -693147.1805599453},
            {"binomialLogPmf", 1000000.0, 0.9, 0.0, -2302585.092994046},
            {"binomialLogPmf", 1000000.0, 0.9, 1.0, -2302569.0802589105},
            {"binomialLogPmf", 1000000.0, 0.9, 450000.0, -625702.3480008757},
            {"binomialLogPmf", 1000000.0, 0.9, 900000.0, -6.622721850453466},
            {"binomialLogPmf", 1000000.0, 0.9, 999999.0, -105348.89737184565},
            {"binomialLogPmf", 1000000.0, 0.9, 1000000.0, -105360.51565782628},
            {"binomialLogPmf", 1000000.0, 0.999, 0.0, -6907755.278982136},
            {"binomialLogPmf", 1000000.0, 0.999, 1.0, -6907734.5567168},
            {"binomialLogPmf", 1000000.0, 0.999, 499500.0, -2764691.720033704},
            {"binomialLogPmf", 1000000.0, 0.999, 999000.0, -4.372399255942922},
            {"binomialLogPmf", 1000000.0, 0.999, 999999.0, -993.5915778042187},
            {"binomialLogPmf", 1000000.0, 0.999, 1000000.0, -1000.5003335835344},
    };

    private static double tolerance(String name, double df, double value) {
        switch (name) {
            case "logGamma":
            case "binomialLogPmf":
                return 1e-15 * Math.max(1, Math.abs(value));
            default:
                if (df >= 1e9) {
                    return 1e-7 * value;    // measured 7.1e-8 in the tail at 1e9 degrees of freedom
                }
                return (value < 1e-100 ? 3e-12 : 2e-13) * value;
        }
    }

    @Test
    void matchesMpmath() {
        for (Object[] row : TABLE) {
            String name = (String) row[0];
            double a = (Double) row[1];
            double b = (Double) row[2];
            double c = (Double) row[3];
            double expected = (Double) row[4];
            double actual;
            switch (name) {
                case "logGamma":
                    actual = LogGamma.value(a);
                    break;
                case "chiSquareSf":
                    actual = RegularizedGamma.Q.value(a / 2.0, b / 2.0);
                    break;
                case "binomialLogPmf":
                    actual = new BinomialDistribution(null, (int) a, b).logProbability((int) c);
                    break;
                default:
                    throw new AssertionError(name);
            }
            assertEquals(expected, actual, tolerance(name, a, expected), name + "(" + a + ", " + b + ", " + c + ")");
        }
    }

    @Test
    void chiSquarePValueIsTheRegularizedGammaQ() {
        // 3 categories, uniform: chi2 = (10^2 + 10^2 + 0) / 30 = 20/3 with 2 degrees of freedom,
        // p = exp(-chi2 / 2) exactly for df = 2
        TestResult r = ChiSquare.goodnessOfFit(new long[] {40, 20, 30});
        assertEquals(20.0 / 3, r.statistic(), 1e-15);
        assertEquals(Math.exp(-10.0 / 3), r.pValue(), 1e-16);
    }
}
