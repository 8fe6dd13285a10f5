#!/usr/bin/python3
"""Reference values for dev.statlearn.stats.descriptive (MomentsTest, CovarianceTest).

Run with Debian's python: /usr/bin/python3 tools/reference/descriptive.py
(scipy 1.10.1, numpy 1.24.2). Output is pasted into the tests.
Calls: numpy.mean, numpy.var(x, ddof=1), numpy.var(x), scipy.stats.skew(x, bias=False),
scipy.stats.kurtosis(x, fisher=True, bias=False), numpy.cov(..., rowvar=False),
numpy.corrcoef(..., rowvar=False).
"""
import numpy as np
import scipy
from scipy import stats

print("// numpy %s, scipy %s" % (np.__version__, scipy.__version__))
iris = np.loadtxt("/work/shared/data/iris.csv", delimiter=",", skiprows=1)[:, :4]


def moments(name, x):
    x = np.asarray(x, dtype=float)
    print("// %s: n=%d" % (name, len(x)))
    print("{%r, %r, %r, %r, %r}," % (np.mean(x), np.var(x, ddof=1), np.var(x),
                                     stats.skew(x, bias=False),
                                     stats.kurtosis(x, fisher=True, bias=False)))


for j in range(4):
    moments("iris column %d" % j, iris[:, j])
moments("small", [2, 8, 0, 4, 1, 9, 9, 0])
# 1e9 plus exactly representable noise k * 2^-20, k = ((31 i^2 + 7) mod 101) - 50, i = 0..9999
i = np.arange(10000)
k = ((31 * i * i + 7) % 101) - 50
moments("huge mean (numpy/scipy, for comparison only)", 1e9 + k * 2.0 ** -20)


def exact(name, x):
    """Same quantities in exact rational arithmetic (fractions), rounded once at the end."""
    from fractions import Fraction
    import math
    x = [Fraction(float(v)) for v in x]
    n = len(x)
    m = sum(x) / n
    m2 = sum((v - m) ** 2 for v in x)
    m3 = sum((v - m) ** 3 for v in x)
    m4 = sum((v - m) ** 4 for v in x)
    g1 = float(m3 / n) / float(m2 / n) ** 1.5
    skew = g1 * math.sqrt(n * (n - 1)) / (n - 2)
    g2 = m4 * n / (m2 * m2) - 3
    kurt = float(((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3)))
    print("// %s (exact rational arithmetic): n=%d" % (name, n))
    print("{%r, %r, %r, %r, %r}," % (float(m), float(m2 / (n - 1)), float(m2 / n), skew, kurt))


exact("huge mean", 1e9 + k * 2.0 ** -20)
# skewed: -log((i + 0.5) / 1000), i = 0..999
moments("skewed", -np.log((np.arange(1000) + 0.5) / 1000))

print("// np.cov(iris[:, :4], rowvar=False)")
print(repr(np.cov(iris, rowvar=False).tolist()))
print("// np.corrcoef(iris[:, :4], rowvar=False)")
print(repr(np.corrcoef(iris, rowvar=False).tolist()))
