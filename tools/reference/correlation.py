#!/usr/bin/python3
"""Reference values for CorrelationTest.

Run with Debian's python: /usr/bin/python3 tools/reference/correlation.py (scipy 1.10.1, numpy 1.24.2)
Calls: r = scipy.stats.pearsonr(x, y) -> statistic, pvalue, r.confidence_interval(0.95) and (0.8);
scipy.stats.spearmanr(x, y); scipy.stats.kendalltau(x, y) (variant 'b', method 'auto').
"""
import numpy as np
import scipy
from scipy import stats

print("// scipy %s, numpy %s" % (scipy.__version__, np.__version__))
iris = np.loadtxt("/work/shared/data/iris.csv", delimiter=",", skiprows=1)
sets = {
    # iris sepal length (column 0) vs sepal width (column 1): many ties, weak negative
    "IRIS_SEPAL": (iris[:, 0], iris[:, 1]),
    # iris petal length vs petal width (columns 2, 3): strong, ties
    "IRIS_PETAL": (iris[:, 2], iris[:, 3]),
    # 10 distinct pairs: Kendall's exact p-value
    "SMALL": (np.array([2.1, 3.4, 1.9, 5.6, 4.4, 7.0, 6.1, 8.8, 9.3, 0.5]),
              np.array([1.0, 2.5, 2.0, 4.1, 3.0, 6.2, 7.7, 5.9, 9.9, 1.3])),
    # 40 distinct pairs x_i = i, y_i = (17 i mod 41) + i / 100: Kendall's normal approximation
    "N40": (np.arange(1, 41, dtype=float), np.array([(17 * i) % 41 + i / 100 for i in range(1, 41)])),
}
for name, (x, y) in sets.items():
    r = stats.pearsonr(x, y)
    ci95 = r.confidence_interval(0.95)
    ci80 = r.confidence_interval(0.8)
    s = stats.spearmanr(x, y)
    k = stats.kendalltau(x, y)
    print("// %s: pearson r, p, ci95 low, high, ci80 low, high; spearman rho, p; kendall tau, p" % name)
    print("private static final double[] %s = {%r, %r, %r, %r, %r, %r, %r, %r, %r, %r};" % (
        name, float(r.statistic), float(r.pvalue), float(ci95.low), float(ci95.high), float(ci80.low),
        float(ci80.high), float(s.correlation), float(s.pvalue), float(k.correlation), float(k.pvalue)))

# nan_policy='omit': pairs with a NaN in either sample are dropped
x = np.array([2.1, 3.4, np.nan, 1.9, 5.6, 4.4, 7.0, 6.1, 8.8, 9.3, 0.5, 3.3])
y = np.array([1.0, 2.5, 2.0, np.nan, 4.1, 3.0, 6.2, 7.7, 5.9, 9.9, 1.3, np.nan])
s = stats.spearmanr(x, y, nan_policy="omit")
k = stats.kendalltau(x, y, nan_policy="omit")
print("// spearmanr(x, y, nan_policy='omit'), kendalltau(x, y, nan_policy='omit'):")
print("private static final double[] OMIT = {%r, %r, %r, %r};" % (float(s.correlation), float(s.pvalue),
                                                                   float(k.correlation), float(k.pvalue)))
