#!/usr/bin/python3
"""Reference values for MleFixedTest: fits with one parameter held fixed (SciPy's floc, fscale,
f0, f1), on bundled real data.

Run with Debian's python: /usr/bin/python3 tools/reference/mle_fixed.py  (scipy 1.10.1, numpy 1.24.2)
Each line: name, the fixed value, the two estimates in statlearn's parametrization, then the
log-likelihood sum(dist.logpdf(x)) of the fitted scipy distribution; the call is in the
comment above. SciPy solves the closed forms and the one-dimensional score equations itself
(gamma/beta with a fixed parameter use its optimizer on the profile), so agreement is to its
optimizer's tolerance for those.
"""
import numpy as np
import scipy
from scipy import stats

D = "/work/shared/data/"
iris = np.loadtxt(D + "iris.csv", delimiter=",", skiprows=1)
wine = np.loadtxt(D + "wine_data.csv", delimiter=",", skiprows=1)
print("// scipy %s, numpy %s" % (scipy.__version__, np.__version__))

petal = iris[:, 2]          # iris petal length (Datasets.iris().column(2))
proline = wine[:, 12]       # wine proline (Datasets.wine().column(12))
# beta data: (petal length - 0.5) / 7, strictly inside (0, 1)
unit = (petal - 0.5) / 7.0


def line(name, call, fixed, est, ll):
    print("// %s" % call)
    print('{"%s", %r, %s, %r},' % (name, float(fixed), ", ".join(repr(float(e)) for e in est), float(ll)))


loc, scale = stats.norm.fit(petal, floc=4.0)
line("normal mean", "stats.norm.fit(petal, floc=4.0)", 4.0, (loc, scale), stats.norm.logpdf(petal, loc, scale).sum())
loc, scale = stats.norm.fit(petal, fscale=2.0)
line("normal sd", "stats.norm.fit(petal, fscale=2.0)", 2.0, (loc, scale), stats.norm.logpdf(petal, loc, scale).sum())
a, loc, scale = stats.gamma.fit(proline, f0=3.0, floc=0)
line("gamma shape", "stats.gamma.fit(proline, f0=3.0, floc=0)", 3.0, (a, 1 / scale),
     stats.gamma.logpdf(proline, a, 0, scale).sum())
a, loc, scale = stats.gamma.fit(proline, floc=0, fscale=1 / 0.01)
line("gamma rate", "stats.gamma.fit(proline, floc=0, fscale=1/0.01)", 0.01, (a, 1 / scale),
     stats.gamma.logpdf(proline, a, 0, scale).sum())
a, b, loc, scale = stats.beta.fit(unit, f0=2.0, floc=0, fscale=1)
line("beta alpha", "stats.beta.fit(unit, f0=2.0, floc=0, fscale=1)", 2.0, (a, b), stats.beta.logpdf(unit, a, b).sum())
a, b, loc, scale = stats.beta.fit(unit, f1=1.5, floc=0, fscale=1)
line("beta beta", "stats.beta.fit(unit, f1=1.5, floc=0, fscale=1)", 1.5, (a, b), stats.beta.logpdf(unit, a, b).sum())
s, loc, scale = stats.lognorm.fit(proline, floc=0, fscale=np.exp(6.5))
line("lognormal mu", "stats.lognorm.fit(proline, floc=0, fscale=exp(6.5))", 6.5, (np.log(scale), s),
     stats.lognorm.logpdf(proline, s, 0, scale).sum())
s, loc, scale = stats.lognorm.fit(proline, f0=0.5, floc=0)
line("lognormal sigma", "stats.lognorm.fit(proline, f0=0.5, floc=0)", 0.5, (np.log(scale), s),
     stats.lognorm.logpdf(proline, s, 0, scale).sum())
loc, scale = stats.laplace.fit(petal, floc=4.0)
line("laplace location", "stats.laplace.fit(petal, floc=4.0)", 4.0, (loc, scale),
     stats.laplace.logpdf(petal, loc, scale).sum())
loc, scale = stats.laplace.fit(petal, fscale=1.5)
line("laplace scale", "stats.laplace.fit(petal, fscale=1.5)", 1.5, (loc, scale),
     stats.laplace.logpdf(petal, loc, scale).sum())

# The score equations of the one-dimensional gamma and beta profiles solved with mpmath
# (mp.dps = 30, findroot), independent of SciPy's optimizer: these are the tight references.
import mpmath as mp
mp.mp.dps = 30
print("// mpmath %s, mp.dps=30, findroot on the score equation:" % mp.__version__)
ml = mp.fsum(mp.log(mp.mpf(float(v))) for v in proline) / len(proline)
a = mp.findroot(lambda t: mp.digamma(t) - (mp.log(mp.mpf("0.01")) + ml), 7.35)
print("// gamma rate 0.01 on proline: digamma(a) = log(0.01) + mean(log x)")
print("GAMMA_RATE_SHAPE = %s;" % mp.nstr(a, 20))
l1 = mp.fsum(mp.log(mp.mpf(float(v))) for v in unit) / len(unit)
l2 = mp.fsum(mp.log(1 - mp.mpf(float(v))) for v in unit) / len(unit)
b = mp.findroot(lambda t: mp.digamma(t) - mp.digamma(2 + t) - l2, 2.25)
print("// beta alpha=2 on unit: digamma(b) - digamma(2 + b) = mean(log(1 - x))")
print("BETA_ALPHA2_B = %s;" % mp.nstr(b, 20))
a = mp.findroot(lambda t: mp.digamma(t) - mp.digamma(t + 1.5) - l1, 1.33)
print("// beta beta=1.5 on unit: digamma(a) - digamma(a + 1.5) = mean(log x)")
print("BETA_BETA15_A = %s;" % mp.nstr(a, 20))
