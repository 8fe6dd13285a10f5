#!/usr/bin/python3
"""Reference values for MomentsExtraTest (central moments of any order, biased skewness and
kurtosis, NaN policy, lag-k autocorrelation).

Run with Debian's python: /usr/bin/python3 tools/reference/moments_extra.py
Output is pasted into stats/src/test/java/dev/statlearn/stats/descriptive/MomentsExtraTest.java.
Calls: scipy.stats.moment(x, moment=k), scipy.stats.skew(x, bias=True),
scipy.stats.kurtosis(x, fisher=True, bias=True), the same with nan_policy='omit'; and, as an
independent check, the same quantities in exact rational arithmetic (fractions.Fraction) rounded
once. The autocorrelation r_k = sum_{i>k} d_i d_{i-k} / sum d_i^2 has no SciPy function; it is
computed exactly with fractions (NIST StRD certifies r_1 on its own data, used separately).
"""
from fractions import Fraction

import numpy as np
import scipy
from scipy import stats

print("// numpy %s, scipy %s" % (np.__version__, scipy.__version__))
iris = np.loadtxt("/work/shared/data/iris.csv", delimiter=",", skiprows=1)[:, :4]


def exact_central(x, k):
    x = [Fraction(float(v)) for v in x]
    n = len(x)
    m = sum(x) / n
    return sum((v - m) ** k for v in x) / n


def exact_acf(x, lag):
    x = [Fraction(float(v)) for v in x]
    n = len(x)
    m = sum(x) / n
    d = [v - m for v in x]
    return sum(d[i] * d[i - lag] for i in range(lag, n)) / sum(v * v for v in d)


def exact_g1g2(x):
    m2 = exact_central(x, 2)
    m3 = exact_central(x, 3)
    m4 = exact_central(x, 4)
    return float(m3) / float(m2) ** 1.5, float(m4 / (m2 * m2)) - 3


sets = {
    "IRIS0": iris[:, 0],
    "SMALL": np.array([2, 8, 0, 4, 1, 9, 9, 0], dtype=float),
    # 1e9 plus exactly representable noise k * 2^-20, k = ((31 i^2 + 7) mod 101) - 50, i = 0..299
    "HUGE_MEAN": 1e9 + (((31 * np.arange(300) ** 2 + 7) % 101) - 50) * 2.0 ** -20,
}
for name, x in sets.items():
    print("// %s: exact central moments of orders 0..8 (Fraction, rounded once);" % name)
    print("// scipy.stats.moment(x, moment=k) for comparison: %s" %
          [float(stats.moment(x, moment=k)) for k in range(0, 9)])
    print("%s_MOMENTS = {%s};" % (name, ", ".join(repr(float(exact_central(x, k))) for k in range(0, 9))))
    g1, g2 = exact_g1g2(x)
    print("// scipy.stats.skew(x, bias=True), kurtosis(x, bias=True): %r, %r" %
          (float(stats.skew(x, bias=True)), float(stats.kurtosis(x, bias=True))))
    print("%s_G1G2 = {%r, %r};" % (name, g1, g2))
    print("%s_ACF = {%s};  // lags 0..5, exact" % (name, ", ".join(repr(float(exact_acf(x, k))) for k in range(0, 6))))

# NaN policy: SMALL with NaN inserted
xn = np.array([2, np.nan, 8, 0, 4, np.nan, 1, 9, 9, 0], dtype=float)
print("// nan_policy='omit' on {2, NaN, 8, 0, 4, NaN, 1, 9, 9, 0}:")
print("// mean %r, var(ddof=1) %r, skew(bias=False) %r, kurtosis(bias=False) %r, moment(order=3) %r" % (
    float(np.nanmean(xn)), float(np.nanvar(xn, ddof=1)), float(stats.skew(xn, bias=False, nan_policy='omit')),
    float(stats.kurtosis(xn, bias=False, nan_policy='omit')), float(stats.moment(xn, moment=3, nan_policy='omit'))))
print("// nan_policy='propagate': moment(order=3) %r, skew %r" % (
    float(stats.moment(xn, moment=3)), float(stats.skew(xn))))
