#!/usr/bin/python3
"""Reference values for AndersonDarlingNormalityTest.

Run with Debian's python: /usr/bin/python3 tools/reference/anderson_normality.py (scipy 1.10.1)
Calls: r = scipy.stats.anderson(x, dist='norm') -> r.statistic, r.critical_values; and the
p-value of D'Agostino & Stephens (1986, table 4.9) for A* = A2 (1 + 0.75/n + 2.25/n^2), written
out here from the published coefficients (statsmodels' normal_ad uses the same; statsmodels is
not installed, so this is a separate transcription).
"""
import math

import numpy as np
import scipy
from scipy import stats

print("// scipy %s, numpy %s" % (scipy.__version__, np.__version__))
iris = np.loadtxt("/work/shared/data/iris.csv", delimiter=",", skiprows=1)


def dagostino(a2, n):
    a = a2 * (1 + 0.75 / n + 2.25 / n ** 2)
    if a >= 0.6:
        return math.exp(1.2937 - 5.709 * a + 0.0186 * a ** 2)
    if a >= 0.34:
        return math.exp(0.9177 - 4.279 * a - 1.38 * a ** 2)
    if a >= 0.2:
        return 1 - math.exp(-8.318 + 42.796 * a - 59.938 * a ** 2)
    return 1 - math.exp(-13.436 + 101.14 * a - 223.73 * a ** 2)


sets = {
    "iris sepal length": iris[:, 0],
    "iris sepal width": iris[:, 1],
    "iris petal length": iris[:, 2],
    "small": np.array([2.1, 3.4, 1.9, 5.6, 4.4, 7.0, 6.1, 8.8, 9.3, 0.5]),
    "uniformish": np.linspace(0.0, 1.0, 25),
}
for name, x in sets.items():
    r = stats.anderson(x, dist="norm")
    print('{"%s", %r, %r, %s},' % (name, float(r.statistic), dagostino(float(r.statistic), len(x)),
                                   ", ".join(repr(float(c)) for c in r.critical_values)))
