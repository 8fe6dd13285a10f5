"""Reference values for the testkit's estimator assertions (testkit EstimatorChecks).

Run with Debian's /usr/bin/python3 (numpy 1.24.2, scipy 1.10.1):
    /usr/bin/python3 tools/reference/testkit_estimators.py

1. Two-sided exact binomial p-values, scipy.stats.binomtest(k, n, p, alternative="two-sided").pvalue.
2. Hosmer-Lemeshow for external validation, 10 quantile groups, on deterministic datasets that the
   Java test rebuilds bit for bit: u_i = (i * 0.6180339887498949) % 1.0, v_i = (i * 0.7548776662466927) % 1.0
   for i = 1..n (Java's % and Python's % agree for positive doubles). Groups: numpy.percentile at
   linspace(0, 100, 11) (linear interpolation), numpy.searchsorted(interior edges, p, side="left");
   statistic sum over groups with V > 0 of (O - E)^2 / V, O = positives, E = sum p, V = sum p(1-p);
   p-value scipy.stats.chi2.sf(C, df) with df = number of such groups.
3. Critical counts of the self-tests: scipy.stats.binom.
"""
import numpy as np
import scipy
from scipy import stats

print("numpy", np.__version__, "scipy", scipy.__version__)

print("# 1. binomtest two-sided")
for k, n, p in [(950, 1000, 0.95), (930, 1000, 0.95), (965, 1000, 0.95), (927, 1000, 0.95),
                (900, 1000, 0.9), (3, 20, 0.5), (17, 20, 0.5), (0, 20, 0.5), (20, 20, 0.5),
                (7, 10, 0.3), (1, 10, 0.3), (88, 100, 0.95), (100, 100, 0.95), (0, 100, 0.01),
                (4, 100, 0.01), (9, 1000, 0.01)]:
    print(f"    {{{k}, {n}, {p!r}, {stats.binomtest(k, n, p, alternative='two-sided').pvalue!r}}},")


def sequences(n):
    i = np.arange(1, n + 1, dtype=np.float64)
    return (i * 0.6180339887498949) % 1.0, (i * 0.7548776662466927) % 1.0


def hosmer_lemeshow(p, y):
    edges = np.percentile(p, np.linspace(0, 100, 11))
    idx = np.searchsorted(edges[1:-1], p, side="left")
    groups = np.unique(idx)
    o = np.bincount(idx, weights=y, minlength=10)[groups]
    e = np.bincount(idx, weights=p, minlength=10)[groups]
    v = np.bincount(idx, weights=p * (1 - p), minlength=10)[groups]
    keep = v > 0
    c = float(np.sum((o[keep] - e[keep]) ** 2 / v[keep]))
    df = int(np.sum(keep))
    return c, df, len(groups), float(stats.chi2.sf(c, df))


print("# 2. Hosmer-Lemeshow")
# (a) calibrated: p = u, y = [v < p], n = 500
u, v = sequences(500)
print("calibrated n=500", hosmer_lemeshow(u, (v < u).astype(float)))
# (b) miscalibrated: reported p = u, true probability u^1.6 (over-confident), n = 600
u, v = sequences(600)
print("u^1.6 n=600", hosmer_lemeshow(u, (v < u ** 1.6).astype(float)))
# (c) ties: p = 0.1 + 0.2 * floor(4 u) in {0.1, 0.3, 0.5, 0.7}, y = [v < p], n = 400
u, v = sequences(400)
p = 0.1 + 0.2 * np.floor(4 * u)
print("ties n=400", hosmer_lemeshow(p, (v < p).astype(float)))

print("# 3. critical counts")
for runs, rate in [(400, 0.05), (300, 0.05), (200, 0.05)]:
    c = int(stats.binom.isf(1e-9, runs, rate)) + 1
    print(f"null: runs {runs} rate {rate}: P(X >= {c}) = {stats.binom.sf(c - 1, runs, rate):.3g}")
for runs, power in [(200, 0.99), (200, 0.9), (200, 0.8), (200, 0.7), (400, 0.8)]:
    c = int(stats.binom.ppf(1e-9, runs, power))
    print(f"power: runs {runs} power {power}: P(X < {c}) = {stats.binom.cdf(c - 1, runs, power):.3g}")
