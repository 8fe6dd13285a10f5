#!/usr/bin/env python3
"""True maximum-likelihood gamma and beta fits (mpmath, 40 digits) for MleScipyTest's iterative rows.

Run with a Python 3 that has scipy 1.17.1, numpy and mpmath 1.3.0 (the pyenv `python3` on PATH
here, Python 3.11.7):  python3 tools/reference/mle_mpmath.py
The data columns are those of tools/reference/mle.py. The maximum solves the score equations
    gamma: log a - digamma(a) = log(mean x) - mean(log x),  rate = a / mean x
    beta:  digamma(a) - digamma(a + b) = mean(log x),  digamma(b) - digamma(a + b) = mean(log(1 - x))
with mpmath.findroot at 40 digits, started from SciPy's fit; each line also prints SciPy 1.17.1's
fit (stats.gamma.fit(x, floc=0), stats.beta.fit(x, floc=0, fscale=1)) and its largest relative
gap to mpmath.
"""
import numpy as np
import mpmath as mp
import scipy
from scipy import stats

mp.mp.dps = 40
D = "/work/shared/data/"
wine = np.loadtxt(D + "wine_data.csv", delimiter=",", skiprows=1)
bc = np.loadtxt(D + "breast_cancer.csv", delimiter=",", skiprows=1)
print("// scipy %s, mpmath %s" % (scipy.__version__, mp.__version__))

for name, x in [("gamma wine color", wine[:, 9]), ("gamma bc area", bc[:, 3])]:
    xs = [mp.mpf(float(v)) for v in x]
    n = len(xs)
    mean = mp.fsum(xs) / n
    s = mp.log(mean) - mp.fsum(mp.log(v) for v in xs) / n
    a0, _, scale0 = stats.gamma.fit(x, floc=0)
    a = mp.findroot(lambda t: mp.log(t) - mp.digamma(t) - s, mp.mpf(a0))
    rate = a / mean
    gap = max(abs(a0 - float(a)) / float(a), abs(1 / scale0 - float(rate)) / float(rate))
    print('{"%s", %r, %r},  // scipy %r, %r (gap %.2g)' % (name, float(a), float(rate), a0, 1 / scale0, gap))

for name, x in [("beta bc smoothness", bc[:, 4]), ("beta bc fractal", bc[:, 9])]:
    xs = [mp.mpf(float(v)) for v in x]
    n = len(xs)
    l1 = mp.fsum(mp.log(v) for v in xs) / n
    l2 = mp.fsum(mp.log(1 - v) for v in xs) / n
    a0, b0, _, _ = stats.beta.fit(x, floc=0, fscale=1)
    a, b = mp.findroot([lambda p, q: mp.digamma(p) - mp.digamma(p + q) - l1,
                        lambda p, q: mp.digamma(q) - mp.digamma(p + q) - l2], (mp.mpf(a0), mp.mpf(b0)))
    gap = max(abs(a0 - float(a)) / float(a), abs(b0 - float(b)) / float(b))
    print('{"%s", %r, %r},  // scipy %r, %r (gap %.2g)' % (name, float(a), float(b), a0, b0, gap))
