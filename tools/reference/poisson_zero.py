#!/usr/bin/python3
"""Reference values for PoissonPointMassTest: the Poisson with mean 0 (scipy.stats.poisson(0),
the point mass at 0) and KL divergences involving it.

Run with Debian's python: /usr/bin/python3 tools/reference/poisson_zero.py  (scipy 1.10.1)
Each line names the SciPy call. KL(Poisson(0) || Poisson(lam)) is checked against
scipy.stats.entropy(pk, qk) on the pmf over 0..200 (pk is the point mass, so the sum is
-log qk[0] = lam); KL(Poisson(lam) || Poisson(0)) against the same call, which gives inf.
"""
import numpy as np
import scipy
from scipy import stats

print("// scipy %s, numpy %s" % (scipy.__version__, np.__version__))
d = stats.poisson(0)
ks = [-1, 0, 1, 5]
print("// poisson(0).pmf(k), .logpmf(k), .cdf(k), .sf(k), .logcdf(k), .logsf(k) for k in", ks)
for k in ks:
    print("{%d, %r, %r, %r, %r, %r, %r}," % (k, d.pmf(k), d.logpmf(k), d.cdf(k), d.sf(k), d.logcdf(k), d.logsf(k)))
print("// poisson(0).ppf(p) for p in 0, 0.5, 1:", [float(v) for v in d.ppf([0, 0.5, 1])])
print("// poisson(0).isf(q) for q in 0, 0.5, 1:", [float(v) for v in d.isf([0, 0.5, 1])])
print("// poisson(0).entropy():", float(d.entropy()))
print("// poisson(0).stats(moments='mvsk'):", [float(v) for v in d.stats(moments="mvsk")])
print("// poisson(0).rvs(10, random_state=1):", list(d.rvs(10, random_state=1)))
k = np.arange(0, 201)
for lam in [0.5, 3.0, 40.0]:
    p0 = stats.poisson(0).pmf(k)
    q = stats.poisson(lam).pmf(k)
    print("// entropy(poisson(0).pmf(0..200), poisson(%r).pmf(0..200)) = %r" % (lam, float(stats.entropy(p0, q))))
    with np.errstate(divide="ignore"):
        print("// entropy(poisson(%r).pmf(0..200), poisson(0).pmf(0..200)) = %r" % (lam, float(stats.entropy(q, p0))))

# Entropy of Poisson(lam) for small lam, where SciPy's summation (like statlearn's before the fix)
# drops terms: mpmath 50 digits, H = -sum p_k log p_k over k = 0..400
import mpmath as mp
mp.mp.dps = 50
print("// mpmath %s, dps 50: lam, H = -sum_k p_k log p_k; scipy poisson(lam).entropy()" % mp.__version__)
for lam in ["1e-300", "1e-100", "1e-30", "1e-20", "1e-8", "0.001", "0.5", "1"]:
    l = mp.mpf(lam)
    h = mp.mpf(0)
    for k in range(0, 400):
        lp = k * mp.log(l) - l - mp.loggamma(k + 1)
        h -= mp.exp(lp) * lp
    print("{%s, %s}, // scipy %r" % (lam, mp.nstr(h, 20), float(stats.poisson(float(lam)).entropy())))
