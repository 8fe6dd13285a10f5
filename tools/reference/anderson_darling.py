#!/usr/bin/python3
"""Reference values for dev.statlearn.stats.inference.AndersonDarling and ChiSquare.homogeneity.

Run with Debian's python (scipy 1.10.1, numpy 1.24.2, mpmath 1.2.1):
    /usr/bin/python3 tools/reference/anderson_darling.py
and paste the printed tables into AndersonDarlingTest / ChiSquareHomogeneityTest.

1. The limiting null CDF of A^2 (Anderson & Darling 1954, eq. for a(z)), evaluated with mpmath:
   AD_inf(z) = sqrt(2 pi)/z sum_{j>=0} binom(-1/2, j) (4j+1) exp(-(4j+1)^2 pi^2/(8z))
               * int_0^inf exp(z/(8(w^2+1)) - (4j+1)^2 pi^2 w^2/(8z)) dw
2. A Monte Carlo of the finite-n null distribution (case 0: U(0,1) draws, F = identity),
   numpy default_rng(20261201), R replications per n; P(A^2 >= z) with its standard error.
3. scipy.stats.anderson_ksamp is NOT used (it is the k-sample test); scipy.stats.anderson only
   does composite hypotheses, so the one-sample statistic is checked against the direct formula
   on fixed samples with scipy's norm.logcdf / norm.logsf.
4. chi2_contingency(np.array([first, second]), correction=False) for the homogeneity tables.
"""
import mpmath as mp
import numpy as np
import scipy
from scipy import stats

mp.mp.dps = 30
print("# scipy %s, numpy %s, mpmath %s" % (scipy.__version__, np.__version__, mp.__version__))


def ad_inf(z):
    z = mp.mpf(z)
    total = mp.mpf(0)
    for j in range(0, 60):
        c = mp.binomial(mp.mpf(-0.5), j) * (4 * j + 1)
        a = (4 * j + 1) ** 2 * mp.pi ** 2 / (8 * z)
        integral = mp.quad(lambda w: mp.exp(z / (8 * (w * w + 1)) - a * w * w), [0, mp.inf])
        term = c * mp.exp(-a) * integral
        total += term
        if abs(term) < mp.mpf(10) ** -25:
            break
    return mp.sqrt(2 * mp.pi) / z * total


print("# adinf | z | AD_inf(z) (mpmath series)")
for z in [0.1, 0.25, 0.5, 1.0, 1.5, 1.933, 2.492, 3.0, 3.857, 5.0, 7.0]:
    print("adinf | %r | %s" % (z, mp.nstr(ad_inf(z), 17)))

rng = np.random.default_rng(20261201)
R = 2_000_000
print("# mc | n | z | P(A^2 >= z) | standard error   (R = %d replications)" % R)
for n in [5, 10, 50]:
    stat = np.empty(R)
    chunk = 200_000
    i = np.arange(1, n + 1)
    for start in range(0, R, chunk):
        u = np.sort(rng.random((chunk, n)), axis=1)
        s = ((2 * i - 1) * (np.log(u) + np.log1p(-u[:, ::-1]))).sum(axis=1)
        stat[start:start + chunk] = -n - s / n
    for z in [0.5, 1.0, 1.933, 2.492, 3.857]:
        p = float(np.mean(stat >= z))
        print("mc | %d | %r | %r | %r" % (n, z, p, (p * (1 - p) / R) ** 0.5))

print("# stat | sample | A^2 against Normal(0, 1) (direct formula with norm.logcdf, norm.logsf)")
samples = {
    "a": [-1.2, -0.4, 0.1, 0.3, 0.9, 1.7],
    "b": [0.5, 0.6, 0.7, 0.8, 0.9],
    "c": [-9.0, 0.0, 9.0],
}
for name, x in samples.items():
    x = np.sort(np.array(x))
    n = len(x)
    i = np.arange(1, n + 1)
    a2 = -n - np.sum((2 * i - 1) * (stats.norm.logcdf(x) + stats.norm.logsf(x[::-1]))) / n
    print("stat | %s | %s | %r" % (name, ",".join(repr(v) for v in x), float(a2)))

print("# homog | first | second | statistic | pvalue | dof  (chi2_contingency(..., correction=False))")
tables = [
    ([10, 20, 30], [15, 25, 20]),
    ([5, 0, 7, 9], [3, 4, 0, 12]),
    ([100, 1], [90, 11]),
    ([1000, 2000, 3000, 4000], [1010, 1990, 3050, 3950]),
    ([0, 1, 0], [2, 0, 0]),
]
for a, b in tables:
    keep = [k for k in range(len(a)) if a[k] + b[k] > 0]
    t = np.array([[a[k] for k in keep], [b[k] for k in keep]])
    chi2, p, dof, _ = stats.chi2_contingency(t, correction=False)
    print("homog | %s | %s | %r | %r | %d" % (a, b, float(chi2), float(p), dof))
